// The entity features of the language server over the engine's entity analysis of the cached parse: the hover
// section of a mention, document highlights and references (every mention of the same entity), semantic tokens by
// entity type, and the entity code actions. The engine's spans are offsets into the untagged text; every range here
// goes through `article.tagged` to the document's offsets, then through the document's PositionMap.

import {
  CodeAction,
  CodeActionContext,
  CodeActionKind,
  CodeActionParams,
  Command,
  DocumentHighlight,
  DocumentHighlightKind,
  Location,
  Position,
  Range,
  SemanticTokens,
  SemanticTokensBuilder,
  SemanticTokensLegend,
  WorkspaceEdit,
} from 'vscode-languageserver/node';
import type { NerModel } from './engine/entities';
import {
  analyzeEntitiesInSections,
  Entity,
  EntitySectionCache,
  Finding,
  ENTITY_TYPES,
  EntityType,
  KNOWLEDGE_FILE_PATH,
  KnowledgeBase,
  KnowledgeEntry,
  Mention,
  Span,
  TAG_OF_ENTITY_TYPE,
  TaggedText,
  TagName,
  tagEdits,
  tagPlacementProblem,
  TextEdit,
  TextFact,
} from './engine/index';
import { LintedDocument } from './documents';
import { escapeMarkdown } from './hover';
import { AddToKnowledgeFileArguments, COMMANDS } from './protocol';
import { isActionAsked, TAG_ACTION_KIND } from './tagging';

/** The kind of "Add X to the workspace knowledge file": a refactoring, offered when asked for like the tag actions. */
export const KNOWLEDGE_ACTION_KIND = `${CodeActionKind.Refactor}.articleLint.knowledge`;

/** One token type per entity type, named after it, so a theme or the user can colour `person`, `place`, … */
export const SEMANTIC_TOKENS_LEGEND: SemanticTokensLegend = { tokenTypes: [...ENTITY_TYPES], tokenModifiers: [] };

/** The entities of one linted document version, as the features show them. */
export interface EntityView {
  readonly linted: LintedDocument;
  /**
   * In text order: every mention of the analysis except the model's mentions inside noise findings. That text is
   * meant to go, and one-line labels are where the model errs ("Advertisement" as an organization).
   */
  readonly mentions: readonly Mention[];
  entityOf(mention: Mention): Entity | undefined;
  /** The shown mentions of an entity, in text order; the first is its first mention. */
  mentionsOf(entity: Entity): readonly Mention[];
}

const views = new WeakMap<LintedDocument, Map<string, { model: NerModel | undefined; knowledge: KnowledgeBase; view: EntityView }>>();

/**
 * The entity view of a linted version, computed once per version, model and knowledge base. `onlySections`: for a
 * long document, the view of these sections only (by index), e.g. the one under the cursor: a long document's
 * sections are analysed one by one, so an entity and all its mentions are in one section, and what a hover,
 * highlights or references show of it is the same in the view of its section as in the view of the whole document.
 */
export function entityViewOf(
  linted: LintedDocument,
  model: NerModel | undefined,
  knowledge: KnowledgeBase,
  sectionCache?: EntitySectionCache,
  onlySections?: ReadonlySet<number>,
): EntityView {
  const key = onlySections && linted.result.sections ? sectionsKey(onlySections) : '';
  let cachedViews = views.get(linted);
  if (!cachedViews) views.set(linted, (cachedViews = new Map()));
  const cached = cachedViews.get(key);
  if (cached && cached.model === model && cached.knowledge === knowledge) return cached.view;
  const { tagged, sections } = linted.result;
  // A long document is analysed in sections, and an edit re-analyses only the sections it changed.
  const entities = analyzeEntitiesInSections(linted.result, { model, knowledge }, sectionCache, key ? onlySections : undefined);
  const findings = key && sections ? sections.flatMap((section, index) => (onlySections!.has(index) ? section.findings : [])) : linted.result.findings;
  const { mentions, mentionEntities, hidden } = shownMentions(entities, findings, tagged);
  const view: EntityView = {
    linted,
    mentions,
    entityOf: mention => {
      const { start } = mention.span;
      for (let index = lastMentionStartingAtOrBefore(mentions, start); index >= 0 && mentions[index].span.start === start; index--) {
        if (mentions[index] === mention) return mentionEntities[index];
      }
      return undefined;
    },
    mentionsOf: entity => (hidden.size === 0 ? entity.mentions : entity.mentions.filter(mention => !hidden.has(mention))),
  };
  cachedViews.set(key, { model, knowledge, view });
  return view;
}

/**
 * The mentions of `entities` to show, in text order, with their entities in a parallel list (not maps: a long document
 * has tens of thousands of both): all but the model's mentions inside noise findings (`findings`, sorted by start).
 */
function shownMentions(entities: readonly Entity[], findings: readonly Finding[], tagged: TaggedText) {
  // The furthest end among the noise spans starting at or before a mention tells whether one of them covers it.
  const noiseSpans = findings.filter(finding => finding.category === 'noise').map(finding => finding.span);
  const allMentions: Mention[] = [];
  const entityOfEach: Entity[] = [];
  for (const entity of entities) {
    for (const mention of entity.mentions) {
      allMentions.push(mention);
      entityOfEach.push(entity);
    }
  }
  const order = Array.from(allMentions.keys()).sort((a, b) => allMentions[a].span.start - allMentions[b].span.start);
  const mentions: Mention[] = [];
  const mentionEntities: Entity[] = [];
  const hidden = new Set<Mention>();
  let noiseIndex = 0;
  let noiseReach = -1;
  for (const index of order) {
    const mention = allMentions[index];
    const source = sourceSpanOf(tagged, mention.span);
    while (noiseIndex < noiseSpans.length && noiseSpans[noiseIndex].start <= source.start) noiseReach = Math.max(noiseReach, noiseSpans[noiseIndex++].end);
    if (mention.source === 'model' && noiseReach >= source.end) {
      hidden.add(mention);
      continue;
    }
    mentions.push(mention);
    mentionEntities.push(entityOfEach[index]);
  }
  return { mentions, mentionEntities, hidden };
}

// ---- hover ---------------------------------------------------------------------------------------------------------

export interface EntityHover {
  readonly markdown: string;
  readonly range: Range;
}

/** The hover section of the mention under the cursor, or undefined when there is none. */
export function entityHoverAt(view: EntityView, position: Position): EntityHover | undefined {
  const mention = mentionAt(view, position, { includeEnd: false });
  const entity = mention && view.entityOf(mention);
  if (!mention || !entity) return undefined;
  return { markdown: describeEntity(view, entity, mention), range: rangeOfMention(view, mention) };
}

const MENTION_SOURCES: Record<Mention['source'], string> = {
  model: 'found by the entity model',
  rule: 'found by a rule',
  knowledge: 'a name the knowledge base knows',
  tag: 'tagged in the text',
};

function describeEntity(view: EntityView, entity: Entity, hovered: Mention): string {
  const sections = [`**${escapeMarkdown(entity.canonical)}** · ${entity.type}`];
  const aliases = entity.aliases.filter(alias => alias !== entity.canonical);
  if (aliases.length > 0) sections.push(`*Also written:* ${aliases.map(escapeMarkdown).join(', ')}`);
  if (entity.knowledge) sections.push(describeKnowledge(entity.knowledge));
  for (const fact of entity.facts) sections.push(`${describeFact(fact)} — *from the text, line ${lineOf(view, fact.span)}*`);
  const mentions = view.mentionsOf(entity);
  const count = mentions.length === 1 ? `Mentioned once, on line ${lineOf(view, mentions[0].span)}` : `Mentioned ${mentions.length} times, first on line ${lineOf(view, mentions[0].span)}`;
  sections.push(`${count}; this mention ${MENTION_SOURCES[hovered.source]}.`);
  return sections.join('\n\n');
}

function describeKnowledge(entry: KnowledgeEntry): string {
  const lines = [entry.description ? escapeMarkdown(entry.description) : 'A known name.'];
  const details = Object.entries(entry.details ?? {}).map(([label, value]) => `${escapeMarkdown(label)}: ${escapeMarkdown(value)}`);
  if (details.length > 0) lines.push(details.join(' · '));
  lines.push(`*from ${escapeMarkdown(describeKnowledgeSource(entry.source))}*`);
  // Two trailing spaces: a markdown line break, so the source sits under the description it vouches for.
  return lines.join('  \n');
}

/** Where a knowledge entry came from, as the hover names it. */
export function describeKnowledgeSource(source: string): string {
  if (source === 'workspace') return `the workspace file (${KNOWLEDGE_FILE_PATH})`;
  if (source === 'curated') return 'Article Lint’s curated list';
  return source;
}

const FACT_LABELS: Record<TextFact['kind'], string> = { role: 'Role', expansion: 'Expansion', members: 'Members', alias: 'Also called' };

function describeFact(fact: TextFact): string {
  const label = fact.kind === 'members' && fact.items ? `${FACT_LABELS.members} (${fact.items.length})` : FACT_LABELS[fact.kind];
  return `*${label}:* “${escapeMarkdown(fact.text)}”`;
}

function lineOf(view: EntityView, span: Span): number {
  return view.linted.positions.positionAt(sourceSpanOf(view.linted.result.tagged, span).start).line + 1;
}

// ---- highlights, references, semantic tokens -----------------------------------------------------------------------

/** Every mention of the entity at the cursor (none when the cursor is not on a mention). */
export function documentHighlightsAt(view: EntityView, position: Position): DocumentHighlight[] {
  return mentionsOfEntityAt(view, position).map(mention => ({ range: rangeOfMention(view, mention), kind: DocumentHighlightKind.Text }));
}

/** The same as locations; the first mention counts as the declaration, left out unless `includeDeclaration`. */
export function referencesAt(view: EntityView, position: Position, includeDeclaration: boolean): Location[] {
  const mentions = mentionsOfEntityAt(view, position);
  return (includeDeclaration ? mentions : mentions.slice(1)).map(mention => ({ uri: view.linted.uri, range: rangeOfMention(view, mention) }));
}

function mentionsOfEntityAt(view: EntityView, position: Position): readonly Mention[] {
  const mention = mentionAt(view, position, { includeEnd: true });
  const entity = mention && view.entityOf(mention);
  return entity ? view.mentionsOf(entity) : [];
}

/** Every shown mention as a token of its entity type; a mention broken across lines gives one token per line. */
export function semanticTokensOf(view: EntityView): SemanticTokens {
  return tokensOf(view.linted, view.mentions);
}

/** A set of section indexes as a key: the same sections give the same key. */
export function sectionsKey(sections: ReadonlySet<number>): string {
  return [...sections].join(',');
}

/** The indexes of the sections of a long document that `spans` (source offsets) overlap; an empty span counts too. */
export function sectionsOverlapping(linted: LintedDocument, spans: readonly Span[]): Set<number> {
  const sections = linted.result.sections ?? [];
  const wanted = new Set<number>();
  for (const [index, section] of sections.entries()) {
    const end = index + 1 < sections.length ? sections[index + 1].start : Number.MAX_SAFE_INTEGER;
    if (spans.some(span => span.start < end && section.start < Math.max(span.end, span.start + 1))) wanted.add(index);
  }
  return wanted;
}

function tokensOf(linted: LintedDocument, mentions: readonly Mention[]): SemanticTokens {
  const builder = new SemanticTokensBuilder();
  const { positions } = linted;
  for (const mention of mentions) {
    const tokenType = SEMANTIC_TOKENS_LEGEND.tokenTypes.indexOf(mention.type);
    const { start, end } = positions.rangeOf(sourceSpanOf(linted.result.tagged, mention.span));
    for (let line = start.line; line <= end.line; line++) {
      const from = line === start.line ? start.character : 0;
      const to = line === end.line ? end.character : positions.offsetAt({ line, character: Number.MAX_SAFE_INTEGER }) - positions.offsetAt({ line, character: 0 });
      if (to > from) builder.push(line, from, to - from, tokenType, 0);
    }
  }
  return builder.build();
}

// ---- code actions --------------------------------------------------------------------------------------------------

export interface EntityActionOptions {
  /** The client applies versioned `documentChanges`. */
  readonly supportsDocumentChanges: boolean;
  /** The document is a file, so there is a folder for `.articlelint/entities.json`. */
  readonly canWriteKnowledge: boolean;
}

const NAME_TAGS: readonly TagName[] = ['person', 'org', 'place', 'misc'];
/** The types a workspace knowledge entry may have. */
export const KNOWLEDGE_FILE_TYPES: readonly EntityType[] = ['person', 'organization', 'place', 'misc'];

/** Whether the client asked for any entity action (see `entityActions`). */
export function isEntityActionAsked(context: CodeActionContext): boolean {
  return isActionAsked(TAG_ACTION_KIND, context) || isActionAsked(KNOWLEDGE_ACTION_KIND, context);
}

/**
 * On a mention, when the user asks for actions (Ctrl+. or the Refactor menu, as for the tag actions): tag it (the
 * recognised type first and preferred; with a selection, the selection's own tag actions do this), tag every
 * untagged mention of its entity in one edit, and add a name the knowledge base does not know to the workspace file.
 */
export function entityActions(params: CodeActionParams, view: EntityView, options: EntityActionOptions): CodeAction[] {
  const tagAsked = isActionAsked(TAG_ACTION_KIND, params.context);
  const knowledgeAsked = isActionAsked(KNOWLEDGE_ACTION_KIND, params.context);
  if (!tagAsked && !knowledgeAsked) return [];
  const { linted } = view;
  const { tagged } = linted.result;
  const mention = mentionAt(view, params.range.start, { includeEnd: true });
  const entity = mention && view.entityOf(mention);
  if (!mention || !entity) return [];
  const selection = linted.positions.spanOf(params.range);
  if (selection.end > sourceSpanOf(tagged, mention.span).end) return [];
  const edit = (edits: readonly TextEdit[]) => workspaceEditFor(linted, edits, options.supportsDocumentChanges);
  const actions: CodeAction[] = [];
  const recognisedTag = TAG_OF_ENTITY_TYPE[mention.type];

  if (tagAsked && selection.start === selection.end && mention.source !== 'tag' && recognisedTag) {
    const tags = mention.type === 'date' ? [recognisedTag] : [recognisedTag, ...NAME_TAGS.filter(tag => tag !== recognisedTag)];
    const problem = tagPlacementProblem(tagged, mention.span);
    for (const tag of tags) {
      const title = `Tag “${mention.text}” as <${tag}>`;
      actions.push(
        problem
          ? { title, kind: TAG_ACTION_KIND, disabled: { reason: `cannot tag as <${tag}>: ${problem}` } }
          : { title, kind: TAG_ACTION_KIND, isPreferred: tag === recognisedTag, edit: edit(tagEdits(tagged, mention.span, tag)) },
      );
    }
  }

  const entityTag = TAG_OF_ENTITY_TYPE[entity.type];
  const mentions = view.mentionsOf(entity);
  if (tagAsked && entityTag && mentions.length > 1) {
    const untagged = mentions.filter(candidate => candidate.source !== 'tag' && !tagPlacementProblem(tagged, candidate.span));
    if (untagged.length > 0) {
      const name = `“${entity.canonical}”`;
      // Mentions already tagged, or that a tag cannot reach without crossing a passage, are left as they are.
      const title =
        untagged.length === mentions.length
          ? `Tag all ${untagged.length} mentions of ${name} as <${entityTag}>`
          : `Tag ${untagged.length} more ${untagged.length === 1 ? 'mention' : 'mentions'} of ${name} as <${entityTag}>`;
      actions.push({ title, kind: TAG_ACTION_KIND, edit: edit(untagged.flatMap(candidate => tagEdits(tagged, candidate.span, entityTag))) });
    }
  }

  if (knowledgeAsked && options.canWriteKnowledge && !entity.knowledge && KNOWLEDGE_FILE_TYPES.includes(entity.type)) {
    const commandArguments: AddToKnowledgeFileArguments = { uri: linted.uri, name: entity.canonical, type: entity.type, aliases: [...entity.aliases] };
    const title = `Add “${entity.canonical}” to the workspace knowledge file`;
    actions.push({ title, kind: KNOWLEDGE_ACTION_KIND, command: Command.create(title, COMMANDS.addToKnowledgeFile, commandArguments) });
  }
  return actions;
}

function workspaceEditFor(linted: LintedDocument, edits: readonly TextEdit[], supportsDocumentChanges: boolean): WorkspaceEdit {
  const lspEdits = edits.map(piece => ({ range: linted.positions.rangeOf(piece.span), newText: piece.newText }));
  return supportsDocumentChanges
    ? { documentChanges: [{ textDocument: { uri: linted.uri, version: linted.version }, edits: lspEdits }] }
    : { changes: { [linted.uri]: lspEdits } };
}

// ---- offsets -------------------------------------------------------------------------------------------------------

/**
 * The shown mention at a position. With `includeEnd`, a cursor just after a name is on it (highlights, actions); a
 * hover asks about the character under the pointer, so it does not.
 */
function mentionAt(view: EntityView, position: Position, { includeEnd }: { includeEnd: boolean }): Mention | undefined {
  const { mentions, linted } = view;
  const offset = linted.result.tagged.toPlain(linted.positions.offsetAt(position));
  const mention = mentions[lastMentionStartingAtOrBefore(mentions, offset)];
  if (!mention) return undefined;
  return offset < mention.span.end || (includeEnd && offset === mention.span.end) ? mention : undefined;
}

/** The index of the last of `mentions` (in text order) that starts at or before `offset`; -1 when none does. */
function lastMentionStartingAtOrBefore(mentions: readonly Mention[], offset: number): number {
  let low = 0;
  let high = mentions.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (mentions[middle].span.start <= offset) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}

function rangeOfMention(view: EntityView, mention: Mention): Range {
  return view.linted.positions.rangeOf(sourceSpanOf(view.linted.result.tagged, mention.span));
}

/** A span of the untagged text in the document: tags at its edges stay outside it. */
export function sourceSpanOf(tagged: TaggedText, span: Span): Span {
  if (tagged.isIdentity) return span;
  const start = tagged.toSource(span.start, 'after');
  return { start, end: Math.max(start, tagged.toSource(span.end, 'before')) };
}
