// The entities of a long document, analysed section by section (the sections lint uses, see sections.ts) and kept per
// section text, so an edit re-analyses the section it touched instead of megabytes. Entities do not cross sections:
// in a dump of many pages, a name's mentions, facts and count are those of its own part of the dump.

import { Article, parseArticle } from './article';
import { analyzeEntities, EntityAnalysisOptions } from './entities/index';
import { Entity, Mention, TextFact } from './entities/types';
import { detachedSectionText, sectionSpans } from './sections';
import { TaggedText } from './tags';
import { Span } from './types';

/** Entities of one section, with spans in offsets of the section's source text. */
type SectionEntities = readonly Entity[];

/** Section analyses kept between versions of one document; valid for one model and knowledge base. */
export class EntitySectionCache {
  private options: EntityAnalysisOptions | undefined;
  private byText: [Map<string, SectionEntities>, Map<string, SectionEntities>] = [new Map(), new Map()];

  /** The map for these options and kind of section; other options empty the cache first. */
  mapFor(options: EntityAnalysisOptions, startsDocument: boolean): Map<string, SectionEntities> {
    if (this.options?.model !== options.model || this.options?.knowledge !== options.knowledge) {
      this.options = options;
      this.byText = [new Map(), new Map()];
    }
    return this.byText[startsDocument ? 0 : 1];
  }

  /** Keeps the analyses of these sections only. */
  keepOnly(used: readonly [Map<string, SectionEntities>, Map<string, SectionEntities>]): void {
    this.byText = [new Map(used[0]), new Map(used[1])];
  }
}

/**
 * The entities of an article, ordered by first mention, with spans into `article.text` like `analyzeEntities`. A
 * document short enough to lint whole is analysed whole.
 */
/**
 * A document's tags, parsed, and its whole parse, read only when the document is short enough to be analysed whole
 * (a LintResult, whose whole parse of a long document is built only when asked for).
 */
export interface DocumentToAnalyse {
  readonly tagged: TaggedText;
  readonly article: Article;
}

export function analyzeEntitiesInSections(document: DocumentToAnalyse, options: EntityAnalysisOptions, cache = new EntitySectionCache()): readonly Entity[] {
  const { tagged } = document;
  const spans = sectionSpans(tagged);
  if (spans.length === 1) return analyzeEntities(document.article, options).entities;
  const used: [Map<string, SectionEntities>, Map<string, SectionEntities>] = [new Map(), new Map()];
  const entities: Entity[] = [];
  for (const [index, span] of spans.entries()) {
    const text = tagged.source.slice(span.start, span.end);
    const startsDocument = index === 0;
    const known = cache.mapFor(options, startsDocument);
    let sectionEntities = known.get(text);
    if (!sectionEntities) {
      const section = parseArticle(detachedSectionText(tagged.source, span), { startsDocument });
      sectionEntities = analyzeEntities(section, options).entities.map(entity => moveEntity(entity, plainSpan => toSourceSpan(section, plainSpan)));
      known.set(text, sectionEntities);
    }
    used[startsDocument ? 0 : 1].set(text, sectionEntities);
    // Section source offsets → document source offsets → document plain offsets.
    const toDocument = (sectionSpan: Span): Span =>
      tagged.isIdentity
        ? { start: sectionSpan.start + span.start, end: sectionSpan.end + span.start }
        : { start: tagged.toPlain(sectionSpan.start + span.start), end: tagged.toPlain(sectionSpan.end + span.start) };
    for (const entity of sectionEntities) entities.push(moveEntity(entity, toDocument));
  }
  cache.keepOnly(used);
  return entities;
}

/** The source span of a plain span of `article`: markup at its edges stays outside. */
function toSourceSpan(article: Article, span: Span): Span {
  const { tagged } = article;
  if (tagged.isIdentity) return span;
  const start = tagged.toSource(span.start, 'after');
  return { start, end: Math.max(start, tagged.toSource(span.end, 'before')) };
}

/** The entity with every span (mentions and facts) moved by `move`. */
function moveEntity(entity: Entity, move: (span: Span) => Span): Entity {
  const mentions = entity.mentions.map((mention): Mention => ({ ...mention, span: move(mention.span) }));
  const facts = entity.facts.map((fact): TextFact => ({ ...fact, span: move(fact.span) }));
  return { ...entity, mentions, facts };
}
