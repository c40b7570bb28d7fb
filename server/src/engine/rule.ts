// The contract every rule implements: metadata (id, category, default severity, summary) and a check over a parsed
// Article that returns finding drafts. The engine (lint.ts) adds rule id, severity and hash, and contains failures.

import { Article } from './article';
import type { UserPhrases } from './rules/noise/noiseLexicon';
import { Category, Confidence, Fix, Severity, Span, TagName } from './types';

/** What a rule may read besides the article. Plain data only, so rules stay pure and testable. */
export interface RuleContext {
  /** BCP-47 primary language subtag of the article (`en`); lexicons fall back to English. */
  readonly language: string;
  /** Phrases the workspace adds to the bundled noise lists (`lexicons` in `.articlelint.json`). */
  readonly userPhrases?: UserPhrases;
}

/** A finding as a rule reports it; the engine fills in the rest of `Finding`. */
export interface FindingDraft {
  readonly span: Span;
  readonly message: string;
  readonly evidence: string;
  readonly fixes: readonly Fix[];
  /** Defaults to `high`. */
  readonly confidence?: Confidence;
  readonly tag?: TagName;
  /**
   * The span and fixes are offsets into the text as given (with its tags), not into the untagged text rules read.
   * Only for findings about the tag markup itself (text/tag-syntax); everything else reports on the untagged text.
   */
  readonly inSource?: boolean;
}

export interface Rule {
  /** `category/name`; also the name of the rule's doc file, `docs/rules/<category>/<name>.md`. */
  readonly id: string;
  readonly category: Category;
  readonly defaultSeverity: Severity;
  /** One line: what the rule finds. Used in docs, settings descriptions and `article-lint rules`. */
  readonly summary: string;
  check(article: Article, context: RuleContext): readonly FindingDraft[];
}
