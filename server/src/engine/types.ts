// The engine's plain-data vocabulary: spans in UTF-16 offsets, findings, fixes, severities, categories and tags.
// Everything here is serializable, so findings and fixes can cross the LSP wire and be printed by the CLI as-is.

/** A half-open range `[start, end)` of UTF-16 code-unit offsets into the article text (what JS strings index). */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** What a finding is about. Noise is removable; characters are repaired in place; metadata is tagged; text is advice. */
export const CATEGORIES = ['noise', 'characters', 'metadata', 'text'] as const;
export type Category = (typeof CATEGORIES)[number];

/** Severities, most severe first (the order the CLI's `--max-severity` style checks rely on). */
export const SEVERITIES = ['error', 'warning', 'info', 'hint'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** A severity setting as users write it: a severity, or `off` to disable the rule. */
export type SeveritySetting = Severity | 'off';
export const SEVERITY_SETTINGS: readonly SeveritySetting[] = ['off', ...SEVERITIES];

/** Replace the text in `span` with `newText`. An insertion has `span.start === span.end`. */
export interface TextEdit {
  readonly span: Span;
  readonly newText: string;
}

/**
 * How a fix changes the article:
 * - `remove` deletes a noise block (and the line breaks that would otherwise be left behind);
 * - `repair` rewrites characters in place (mojibake, entities, invisible characters) without losing words;
 * - `tag` wraps a passage in an inline tag and deletes nothing.
 */
export type FixKind = 'remove' | 'repair' | 'tag';

/** A fix is data: a title for the UI and the edits that apply it. Applied only by `applyEdits` (fixes.ts). */
export interface Fix {
  readonly title: string;
  readonly kind: FixKind;
  readonly edits: readonly TextEdit[];
}

/**
 * How sure a rule is. Fix-on-save applies `high` noise removals only (when configured to remove noise at all);
 * `medium` findings are shown but left for the user to decide.
 */
export type Confidence = 'high' | 'medium';

/** One problem found in an article: a noise block, a broken character run, a metadata line, a text hint. */
export interface Finding {
  /** Rule id, `category/name`, e.g. `noise/share-buttons`. */
  readonly rule: string;
  readonly category: Category;
  readonly severity: Severity;
  /** One sentence for the Problems panel. */
  readonly message: string;
  /** The whole block the finding covers (one finding per block, never one per line of a block). */
  readonly span: Span;
  /** Why the rule fired, in words a user can check against the text (shown on hover). */
  readonly evidence: string;
  readonly confidence: Confidence;
  /** Whitespace-insensitive content hash of the span's text; the key of "ignore this exact block". */
  readonly hash: string;
  readonly fixes: readonly Fix[];
  /** For metadata and quote findings: the tag the "tag" fix wraps the passage in. */
  readonly tag?: TagName;
}

/**
 * The fixed vocabulary of inline tags. Structure tags mark what a passage is (`<dateline>6 Jun, 2022 15:41</dateline>`);
 * entity tags mark names (`<person>Andrey Kartapolov</person>`). `extract --body` leaves metadata passages out and
 * keeps the text of `quote` and entity tags; no rule treats these tags as HTML residue.
 */
export const TAG_NAMES = ['dateline', 'byline', 'headline', 'standfirst', 'caption', 'credit', 'quote', 'person', 'org', 'place', 'misc', 'date'] as const;
export type TagName = (typeof TAG_NAMES)[number];

/** The entity tags, for names the recognizer finds or a user marks. */
export const ENTITY_TAGS: ReadonlySet<TagName> = new Set(['person', 'org', 'place', 'misc', 'date']);

/** Tags whose passages are metadata about the article rather than its body. */
export const METADATA_TAGS: ReadonlySet<TagName> = new Set(['dateline', 'byline', 'headline', 'standfirst', 'caption', 'credit']);

/** A rule that threw: the engine logs it through the caller and carries on with the other rules. */
export interface RuleFailure {
  readonly rule: string;
  readonly message: string;
}
