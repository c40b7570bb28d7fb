// The engine's public surface. Hosts (language server, CLI, tests) import from here, never from rule files.

export { parseArticle } from './article';
export type { Article, Block, Line } from './article';
export { parseTaggedText, tagEdits, tagPlacementProblem, editToSource, openingTag, TAG_ATTRIBUTES } from './tags';
export type { Annotation, TaggedText, TagProblem } from './tags';
export { lintArticle, startLint } from './lint';
export type { LintedSection, LintJob, LintOptions, LintResult } from './lint';
export { SectionCache, SECTIONED_LINT_LENGTH } from './sections';
export { SectionedSource } from './sectionedSource';
export { LineMemo } from './lineMemo';
export type { SourcePiece } from './sectionedSource';
export { lineIndexOf, lineStartsOf } from './lineStarts';
export type { LineIndex } from './lineStarts';
export { lastIndexAtOrBefore } from './sortedSearch';
export { analyzeEntitiesInSections, EntitySectionCache } from './sectionedEntities';
export { applyEdits, applyFixes, editsBetween, removeLinesEdit, removeLinesFix, repairFix, tagFix, overlap } from './fixes';
export type { AppliedEdits } from './fixes';
export { fixAllEdits, extractBody, isInFixAllScope, fixUntilStable, FIX_ALL_SCOPES, MAX_FIX_PASSES } from './cleaning';
export type { FixAllScope, FixOutcome } from './cleaning';
export { RULES, ruleById } from './rules/registry';
export type { Rule, RuleContext, FindingDraft } from './rule';
export { contentHash, normalizeForHash } from './hash';
export { isRecord } from './untrusted';
export {
  CONFIG_FILE_NAME,
  EMPTY_CONFIG,
  parseConfig,
  resolveFileOptions,
  withBlockIgnored,
  withRuleDisabled,
  globToRegExp,
} from './config';
export type { ArticleLintConfig, ConfigOverride, IgnoredBlock, ParsedConfig } from './config';
export { EXTENSIBLE_LISTS } from './rules/noise/noiseLexicon';
export type { ExtensibleListName, UserPhrases } from './rules/noise/noiseLexicon';
export { annotationsAt, retagEdits, tagSelection, untagEdits } from './tagActions';
export type { TagAction } from './tagActions';
export { foldingRangesOf, outlineForEditor, outlineOf, OUTLINE_MAX_ITEMS } from './outline';
export { foldingRangesInSections, outlineInSections } from './sectionedOutline';
export type { FoldingRange as ArticleFoldingRange, OutlineItem } from './outline';
export { EXPORT_FORMATS, exportArticle, importBrat, serializeAnnotations } from './export/index';
export type { ExportFormat, ExportedFile, SpanAnnotation } from './export/index';
export * from './types';
export {
  analyzeEntities,
  bundledKnowledge,
  createKnowledgeBase,
  findTextFacts,
  foldName,
  KNOWLEDGE_FILE_PATH,
  knowledgeMentions,
  parseWorkspaceKnowledge,
  resolveEntities,
  withKnowledgeEntry,
  withWorkspaceEntries,
} from './entities';
export type {
  ArticleFacts,
  EntityAnalysis,
  EntityAnalysisOptions,
  KnowledgeBase,
  ParsedWorkspaceKnowledge,
  ResolveOptions,
  WorkspaceEntryInput,
} from './entities';
export { ENTITY_TYPES, TAG_OF_ENTITY_TYPE } from './entities/types';
export type { Entity, EntityType, KnowledgeEntry, Mention, TextFact } from './entities/types';
