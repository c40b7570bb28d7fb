// The entities of a long document, analysed section by section (the sections of its lint, see sections.ts) and kept
// per section, so an edit re-analyses the section it touched instead of megabytes. Entities do not cross sections: in
// a dump of many pages, a name's mentions, facts and count are those of its own part of the dump.

import { Article, parseArticle } from './article';
import { analyzeEntities, EntityAnalysisOptions } from './entities/index';
import { Entity, Mention, TextFact } from './entities/types';
import type { LintedSection } from './lint';
import { detachedSectionText } from './sections';
import { ownCopy } from './text/ownCopy';
import { TaggedText } from './tags';
import { Span } from './types';

/**
 * Entities of one section in the offsets of the untagged document where the section last stood (`plainStart`: the
 * section's start there). One copy: when an edit above moves the section, its entities are moved from there.
 */
interface PlacedEntities {
  readonly plainStart: number;
  readonly entities: readonly Entity[];
}

/**
 * Section analyses kept between versions of one document, by the identity of the lint's section (the same object in
 * every version where the section's text is the same), so nothing here holds text or outlives the lint's own cache.
 * Valid for one model and knowledge base.
 */
export class EntitySectionCache {
  private options: EntityAnalysisOptions | undefined;
  private bySection = new WeakMap<object, PlacedEntities>();

  /** The analyses for these options; other options empty the cache first. */
  analysesFor(options: EntityAnalysisOptions): WeakMap<object, PlacedEntities> {
    if (this.options?.model !== options.model || this.options?.knowledge !== options.knowledge) {
      this.options = options;
      this.bySection = new WeakMap();
    }
    return this.bySection;
  }
}

/**
 * A linted document (a LintResult): its tags, its whole parse (read only when the document was linted whole), and the
 * sections a long document was linted in.
 */
export interface DocumentToAnalyse {
  readonly tagged: TaggedText;
  readonly article: Article;
  readonly sections?: readonly LintedSection[];
}

/**
 * The entities of a linted document, ordered by first mention within each section, with spans into the untagged text
 * like `analyzeEntities`. A document linted whole is analysed whole.
 */
export function analyzeEntitiesInSections(
  document: DocumentToAnalyse,
  options: EntityAnalysisOptions,
  cache = new EntitySectionCache(),
  /** For a document linted in sections: analyse only these (by index), e.g. the ones on screen. */
  onlySections?: ReadonlySet<number>,
): readonly Entity[] {
  const { tagged, sections } = document;
  if (!sections) return analyzeEntities(document.article, options).entities;
  const analyses = cache.analysesFor(options);
  const entities: Entity[] = [];
  for (const [index, section] of sections.entries()) {
    if (onlySections && !onlySections.has(index)) continue;
    const plainStart = tagged.isIdentity ? section.start : tagged.toPlain(section.start);
    let placed = analyses.get(section.identity);
    if (!placed) {
      const parsed = parseArticle(detachedSectionText(section.text), { startsDocument: index === 0 });
      // Section plain offsets → section source offsets → document source offsets → document plain offsets.
      const toDocument = (plainSpan: Span): Span => {
        const sectionSpan = toSourceSpan(parsed, plainSpan);
        return tagged.isIdentity
          ? { start: sectionSpan.start + section.start, end: sectionSpan.end + section.start }
          : { start: tagged.toPlain(sectionSpan.start + section.start), end: tagged.toPlain(sectionSpan.end + section.start) };
      };
      placed = { plainStart, entities: analyzeEntities(parsed, options).entities.map(entity => moveEntity(entity, toDocument, ownCopy)) };
      analyses.set(section.identity, placed);
    } else if (placed.plainStart !== plainStart) {
      // The same text, moved: the untagged text inside the section is the same, so every offset moves alike.
      const shift = plainStart - placed.plainStart;
      placed = { plainStart, entities: placed.entities.map(entity => moveEntity(entity, span => ({ start: span.start + shift, end: span.end + shift }))) };
      analyses.set(section.identity, placed);
    }
    for (const entity of placed.entities) entities.push(entity);
  }
  return entities;
}

/** The source span of a plain span of `article`: markup at its edges stays outside. */
function toSourceSpan(article: Article, span: Span): Span {
  const { tagged } = article;
  if (tagged.isIdentity) return span;
  const start = tagged.toSource(span.start, 'after');
  return { start, end: Math.max(start, tagged.toSource(span.end, 'before')) };
}

/**
 * The entity with every span (mentions and facts) moved by `move`. `copy` gives it its own copies of the names and
 * passages it quotes (see ownCopy) when they are still sliced from a section's text, which the analyses kept across
 * versions would otherwise keep alive.
 */
function moveEntity(entity: Entity, move: (span: Span) => Span, copy: (text: string) => string = text => text): Entity {
  return {
    ...entity,
    id: copy(entity.id),
    canonical: copy(entity.canonical),
    aliases: entity.aliases.map(alias => copy(alias)),
    mentions: entity.mentions.map((mention): Mention => ({ ...mention, text: copy(mention.text), span: move(mention.span) })),
    facts: entity.facts.map((fact): TextFact => ({ ...fact, text: copy(fact.text), span: move(fact.span), ...(fact.items ? { items: fact.items.map(item => copy(item)) } : {}) })),
  };
}
