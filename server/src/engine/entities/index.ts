// The entity facade hosts call: the article's mentions (user tags, the trained model, the knowledge base) and the
// entities they form, computed once per parsed Article and knowledge base.

import { Article } from '../article';
import { ENTITY_TAGS, TagName } from '../types';
import { findTextFacts } from './facts';
import { KnowledgeBase, knowledgeMentions } from './knowledge';
import { mergeMentionLayers, splitPersonNamesOffTitles } from './mentionLayers';
import { NerModel, recognizeMentions } from './recognizer';
import { resolveEntities } from './resolve';
import { Entity, EntityType, Mention, TAG_OF_ENTITY_TYPE } from './types';

export interface EntityAnalysisOptions {
  /** The trained recognizer; without it only tagged passages and known names are found. */
  readonly model?: NerModel;
  readonly knowledge: KnowledgeBase;
}

export interface EntityAnalysis {
  /** Every mention, in text order, never overlapping. */
  readonly mentions: readonly Mention[];
  /** Ordered by first mention. */
  readonly entities: readonly Entity[];
}

const ENTITY_TYPE_OF_TAG = new Map(Object.entries(TAG_OF_ENTITY_TYPE).map(([type, tag]) => [tag as TagName, type as EntityType]));

const analyses = new WeakMap<Article, { options: EntityAnalysisOptions; analysis: EntityAnalysis }>();

/**
 * Mentions and entities of an article. Where mentions overlap, a user's tag wins over the model, and the model over
 * the knowledge base (the model judges the span: "Kyiv Post" is not the city), though the knowledge base corrects the
 * type of a name it knows (mentionLayers.ts). Memoized per Article: hovers, highlights and references on one
 * document version share one analysis.
 */
export function analyzeEntities(article: Article, options: EntityAnalysisOptions): EntityAnalysis {
  const cached = analyses.get(article);
  if (cached && cached.options.model === options.model && cached.options.knowledge === options.knowledge) return cached.analysis;
  const statedCanonicals = new Map<Mention, string>();
  const mentions = splitPersonNamesOffTitles(
    mergeMentionLayers([
      taggedMentions(article, statedCanonicals),
      options.model ? recognizeMentions(article, options.model) : [],
      knowledgeMentions(article, options.knowledge),
    ]),
  );
  const entities = resolveEntities(article, mentions, options.knowledge, { facts: findTextFacts(article, mentions), statedCanonicals });
  const analysis = { mentions, entities };
  analyses.set(article, { options, analysis });
  return analysis;
}

/**
 * Passages the user wrapped in entity tags (`<person>…</person>`): mentions of that type, source `tag`. A
 * `canonical` attribute is recorded in `statedCanonicals`.
 */
function taggedMentions(article: Article, statedCanonicals: Map<Mention, string>): Mention[] {
  const mentions: Mention[] = [];
  for (const passage of article.tags) {
    const type = ENTITY_TAGS.has(passage.tag) ? ENTITY_TYPE_OF_TAG.get(passage.tag) : undefined;
    if (!type || passage.plain.end <= passage.plain.start) continue;
    const mention: Mention = { span: passage.plain, text: article.slice(passage.plain), type, source: 'tag' };
    mentions.push(mention);
    const canonical = passage.attributes.canonical?.trim();
    if (canonical) statedCanonicals.set(mention, canonical);
  }
  return mentions;
}

export type { NerModel } from './recognizer';
export { resolveEntities } from './resolve';
export type { ResolveOptions } from './resolve';
export { findTextFacts, findAcronymDefinitions, findMemberLists } from './facts';
export type { AcronymDefinition, ArticleFacts, MemberList, RoleStatement } from './facts';
export {
  KNOWLEDGE_FILE_PATH,
  bundledKnowledge,
  createKnowledgeBase,
  foldName,
  knowledgeMentions,
  parseWorkspaceKnowledge,
  withKnowledgeEntry,
  withWorkspaceEntries,
} from './knowledge';
export type { KnowledgeBase, ParsedWorkspaceKnowledge, WorkspaceEntryInput } from './knowledge';
export * from './types';
