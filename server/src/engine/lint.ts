// The engine's facade: parse an article once, run the enabled rules over it, and return findings plus the rules
// that failed. It never throws on any input text; a rule that throws is reported in `failures` and skipped. Rules see
// the untagged text; findings and their fixes are returned in offsets of the text as given (tags included). A long
// document is linted section by section (sections.ts), as a job a host can run in steps and with a cache.

import { Article, articleOf, parseArticle } from './article';
import { bundledKnowledge, KnowledgeBase } from './entities/knowledge';
import { foldName } from './entities/names';
import { contentHash } from './hash';
import { FindingDraft, Rule, RuleContext } from './rule';
import type { UserPhrases } from './rules/noise/noiseLexicon';
import { RULES } from './rules/registry';
import type { LineMemo } from './lineMemo';
import { lineStartsOf } from './lineStarts';
import { detachedSectionText, SectionCache, SectionResult, sectionSpans } from './sections';
import { editToSource, lazyTaggedText, parseTaggedText, TaggedText, tagEdits, tagPlacementProblem } from './tags';
import { SectionedSource } from './sectionedSource';
import { sharedCopy } from './text/ownCopy';
import { ENTITY_TAGS, Finding, Fix, RuleFailure, SeveritySetting, Span, TagName } from './types';

export interface LintOptions {
  /** Severity per rule id; rules not listed use their default severity; `off` disables a rule. */
  readonly severities?: Readonly<Record<string, SeveritySetting>>;
  /** Content hashes (see hash.ts) of blocks the user chose to ignore; findings on them are dropped. */
  readonly ignoredHashes?: ReadonlySet<string>;
  /** Primary language subtag; defaults to `en`. */
  readonly language?: string;
  /** Phrases the workspace adds to the bundled noise lists (`lexicons` in `.articlelint.json`). */
  readonly userPhrases?: UserPhrases;
  /** The rules to run; defaults to the registry. Tests pass a single rule here. */
  readonly rules?: readonly Rule[];
  /**
   * The names a one-line noise finding may not consist of (see `isOnlyAName`); defaults to the bundled knowledge,
   * built only when such a finding turns up. Hosts add the workspace's `.articlelint/entities.json` on top.
   */
  readonly knowledge?: KnowledgeBase;
  /**
   * Results of the sections of a long document from earlier versions (see sections.ts), reused when a section's text
   * is unchanged and filled with the new ones. Only for the same document and the same other options.
   */
  readonly sectionCache?: SectionCache;
  /**
   * What per-line analyses found for lines of earlier versions (see lineMemo.ts): a host that lints a document again
   * after each edit passes the same memo each time. Only for the same document and the same other options.
   */
  readonly lineMemo?: LineMemo;
}

export interface LintResult {
  /** The parse the rules read: `article.text` is the untagged text; `article.tagged.source` is the text as given. */
  readonly article: Article;
  /** `article.tagged`, which a long document has parsed already, while its whole parse is built only when asked for. */
  readonly tagged: TaggedText;
  /** In offsets of the text as given (tags included), sorted by start offset, then rule id. */
  readonly findings: readonly Finding[];
  readonly failures: readonly RuleFailure[];
  /** For a document linted in sections: `findings` section by section (absent for a document linted whole). */
  readonly sections?: readonly LintedSection[];
}

/** The findings of one section of a long document, which starts at a line start. */
export interface LintedSection {
  /**
   * The same object in every version of the document where this section has the same text (wherever an edit above
   * moved it): what a host builds from the section's findings relative to the section's first line can be kept by it.
   */
  readonly identity: object;
  /** Offset in the document where the section starts. */
  readonly start: number;
  /** The section's text as given (tags included). */
  readonly text: string;
  /** In document offsets; a slice of `findings`. */
  readonly findings: readonly Finding[];
}

export function lintArticle(input: string | Article, options: LintOptions = {}): LintResult {
  return startLint(input, options).finish();
}

/** A lint in steps: a host runs `step()` while it has time and answers other requests in between. */
export interface LintJob {
  /** Sections in the document (1 for a document linted whole). */
  readonly sectionCount: number;
  /** Sections not linted yet (cached ones count as linted). */
  readonly remainingSections: number;
  /** Of the sections `prioritize` asked for, those not linted yet. */
  readonly remainingPrioritized: number;
  /**
   * Lints the sections that overlap `spans` (source offsets: the part of the document on screen) before the others.
   * Replaces an earlier priority. The result does not depend on the order.
   */
  prioritize(spans: readonly Span[]): void;
  /** Lints the next section; false once none remain. */
  step(): boolean;
  /** The findings of the sections linted so far, as `finish` will return them: what a host can show meanwhile. */
  findingsSoFar(): Finding[];
  /** Lints whatever remains and returns the result. */
  finish(): LintResult;
  /**
   * The line starts of the text as given (lineStartsOf it), pieced together from its sections': a section's are kept
   * with its result, so after an edit only the sections the edit changed are scanned again.
   */
  lineStarts(): ArrayLike<number>;
}

/**
 * `input`: the text, a parsed article, or a long document held in sections (SectionedSource), whose sections are
 * linted as they are, without a copy of the whole text.
 */
export function startLint(input: string | Article | SectionedSource, options: LintOptions = {}): LintJob {
  if (input instanceof SectionedSource) {
    if (!input.isSectioned) return startLint(input.text(), options);
    let starts = 0;
    const sections = input.pieces.map((piece, index) => {
      const span = { start: starts, end: (starts += piece.text.length) };
      return { span, text: piece.text, startsDocument: index === 0, lineStarts: piece.lineStarts };
    });
    return startSectionedLint(sections, lazyTaggedText(() => input.text(), input.hasMarkup), options);
  }
  const tagged = typeof input === 'string' ? parseTaggedText(input) : input.tagged;
  const spans = sectionSpans(tagged);
  if (spans.length === 1) {
    let result: LintResult | undefined;
    const run = () => (result ??= lintWhole(typeof input === 'string' ? articleOf(tagged, { lineMemo: options.lineMemo }) : input, options));
    return {
      sectionCount: 1,
      get remainingSections() {
        return result ? 0 : 1;
      },
      get remainingPrioritized() {
        return 0;
      },
      prioritize: () => undefined,
      step: () => (run(), false),
      findingsSoFar: () => [...(result?.findings ?? [])],
      finish: run,
      lineStarts: () => lineStartsOf(tagged.source),
    };
  }
  const sections = spans.map((span, index) => ({ span, text: tagged.source.slice(span.start, span.end), startsDocument: index === 0 }));
  return startSectionedLint(sections, tagged, options, typeof input === 'string' ? undefined : input);
}

/** A section to lint: its span in the document and its text, and its line starts when known already. */
interface SectionToLint {
  readonly span: Span;
  readonly text: string;
  readonly startsDocument: boolean;
  readonly lineStarts?: readonly number[];
}

/** The lint of a long document, section by section; `article`: the whole parse when the caller has it already. */
function startSectionedLint(sections: readonly SectionToLint[], tagged: TaggedText, options: LintOptions, article?: Article): LintJob {
  const cache = options.sectionCache ?? new SectionCache();
  const sectionOptions: LintOptions = { ...options, sectionCache: undefined };
  // Each section's result once found: a cache lookup hashes and compares tens of KiB of text.
  const results: (SectionResult | undefined)[] = sections.map(() => undefined);
  const resultOf = (index: number): SectionResult | undefined => (results[index] ??= cache.get(sections[index].text, sections[index].startsDocument));
  const isLinted = (index: number) => resultOf(index) !== undefined;
  // The line starts of sections not linted yet, when asked for before their lint.
  const scannedLineStarts: (readonly number[] | undefined)[] = [];
  const lineStartsOfSection = (index: number) =>
    resultOf(index)?.lineStarts ?? (scannedLineStarts[index] ??= sections[index].lineStarts ?? lineStartsOf(sections[index].text));
  const lintSection = (index: number): SectionResult => {
    const known = resultOf(index);
    if (known) return known;
    const { text, startsDocument } = sections[index];
    const article = parseArticle(detachedSectionText(text), { startsDocument, lineMemo: options.lineMemo });
    const { findings, failures } = lintWhole(article, sectionOptions, true);
    const result: SectionResult = { failures, lineStarts: lineStartsOfSection(index) };
    cache.add(text, startsDocument, findings, result);
    results[index] = result;
    return result;
  };
  // Sections are linted in document order, except those `prioritize` puts first.
  let prioritized: number[] = [];
  let next = 0;
  const nextToLint = (): number | undefined => {
    const first = prioritized.find(index => !isLinted(index));
    if (first !== undefined) return first;
    while (next < sections.length && isLinted(next)) next++;
    return next < sections.length ? next : undefined;
  };
  return {
    sectionCount: sections.length,
    get remainingSections() {
      return sections.filter((_, index) => !isLinted(index)).length;
    },
    get remainingPrioritized() {
      return prioritized.filter(index => !isLinted(index)).length;
    },
    prioritize(wanted) {
      // An empty span (a cursor) counts for the section it stands in.
      const overlaps = (section: Span, span: Span) => span.start < section.end && section.start < Math.max(span.end, span.start + 1);
      prioritized = sections.flatMap((section, index) => (wanted.some(span => overlaps(section.span, span)) ? [index] : []));
    },
    step() {
      const index = nextToLint();
      if (index !== undefined) lintSection(index);
      return nextToLint() !== undefined;
    },
    lineStarts() {
      // A section ends after a line break: the start after it is the next section's first, except at the very end.
      const counts = sections.map((section, index) => {
        const sectionStarts = lineStartsOfSection(index);
        return index < sections.length - 1 && sectionStarts[sectionStarts.length - 1] === section.text.length ? sectionStarts.length - 1 : sectionStarts.length;
      });
      const starts = new Uint32Array(counts.reduce((sum, count) => sum + count, 0));
      let filled = 0;
      for (const [index, section] of sections.entries()) {
        const sectionStarts = lineStartsOfSection(index);
        for (let line = 0; line < counts[index]; line++) starts[filled++] = section.span.start + sectionStarts[line];
      }
      return starts;
    },
    findingsSoFar() {
      const findings: Finding[] = [];
      for (const [index, section] of sections.entries()) {
        const result = resultOf(index);
        if (result) for (const finding of cache.findingsAt(result, section.span.start)) findings.push(finding);
      }
      return findings;
    },
    finish() {
      const failures = new Map<string, RuleFailure>();
      // Findings are moved to document offsets when first read: after a keystroke, a host that kept what it built
      // from the sections that did not change reads only the edited section's.
      const linted = sections.map((section, index): LintedSection => {
        const result = lintSection(index);
        for (const failure of result.failures) failures.set(`${failure.rule}\n${failure.message}`, failure);
        const { start } = section.span;
        return {
          identity: result,
          start,
          text: section.text,
          get findings() {
            return cache.findingsAt(result, start);
          },
        };
      });
      cache.keepOnly(sections.map((section, index) => ({ ...section, result: results[index]! })));
      // Hosts read the whole parse only for hovers, actions and extraction: parse it when first asked.
      let findings: Finding[] | undefined;
      return {
        get article() {
          return (article ??= articleOf(tagged));
        },
        tagged,
        get findings() {
          return (findings ??= linted.flatMap(section => section.findings));
        },
        failures: [...failures.values()],
        sections: linted,
      };
    },
  };
}

/**
 * Runs the rules over one article (a whole document or one section of it). `ownStrings`: for a section, whose
 * findings are kept across versions, findings own their strings (see toFinding); a whole document's findings go with
 * the version they describe.
 */
function lintWhole(article: Article, options: LintOptions, ownStrings = false): LintResult {
  const context: RuleContext = { language: options.language ?? 'en', ...(options.userPhrases ? { userPhrases: options.userPhrases } : {}) };
  // Findings over the untagged text, and the few (tag syntax) that are about the markup itself, in source offsets.
  const findings: Finding[] = [];
  const sourceFindings: Finding[] = [];
  const failures: RuleFailure[] = [];
  for (const rule of options.rules ?? RULES) {
    const setting = options.severities?.[rule.id] ?? rule.defaultSeverity;
    if (setting === 'off') continue;
    try {
      for (const draft of rule.check(article, context)) {
        if (draft.inSource) sourceFindings.push(toFinding(rule, setting, draft, contentHash(article.tagged.source.slice(draft.span.start, draft.span.end)), ownStrings));
        else findings.push(toFinding(rule, setting, draft, NOT_HASHED_YET, ownStrings));
      }
    } catch (error) {
      failures.push({ rule: rule.id, message: error instanceof Error ? error.message : String(error) });
    }
  }
  const structurePassages = article.tags.filter(passage => !ENTITY_TAGS.has(passage.tag)).map(passage => passage.plain);
  const namePassages = article.tags.filter(passage => NAME_TAGS.has(passage.tag)).map(passage => passage.plain);
  const knowledge = () => options.knowledge ?? bundledKnowledge();
  // A finding's content hash ("ignore this exact block") is of the untagged text it covers, taken once it is kept:
  // most findings the rules report are dropped below, and hashing them all was about 1 % of a check.
  const hashOf = (finding: Finding) => contentHash(article.slice(finding.span));
  const ignored = options.ignoredHashes && options.ignoredHashes.size > 0 ? options.ignoredHashes : undefined;
  const kept = findings.filter(
    finding =>
      !ignored?.has(hashOf(finding)) && !isAlreadyTagged(structurePassages, finding) && !isOnlyAName(article, finding, namePassages, knowledge),
  );
  const hashed = (finding: Finding): Finding => ({ ...finding, hash: ownStrings ? sharedCopy(hashOf(finding)) : hashOf(finding) });
  const settled = settleNoiseAndMetadata(keepOnePerBlock(kept)).map(finding => toSource(article, hashed(finding)));
  const all = sourceFindings.length === 0 ? settled : [...settled, ...sourceFindings].sort((a, b) => a.span.start - b.span.start || a.rule.localeCompare(b.rule));
  return { article, tagged: article.tagged, findings: all, failures };
}

/** The hash of a finding whose hash is taken once it is kept (see lintWhole). */
const NOT_HASHED_YET = '';

/**
 * With `ownStrings`, a finding owns its strings (see sharedCopy): a long document's findings are kept across
 * versions, and a message quoting a line would otherwise keep the text of its whole section alive.
 */
function toFinding(rule: Rule, severity: Finding['severity'], draft: FindingDraft, hash: string, ownStrings: boolean): Finding {
  const own = ownStrings ? sharedCopy : (text: string) => text;
  return {
    rule: rule.id,
    category: rule.category,
    severity,
    message: own(draft.message),
    span: draft.span,
    evidence: own(draft.evidence),
    confidence: draft.confidence ?? 'high',
    hash: own(hash),
    fixes: ownStrings ? draft.fixes.map(fix => ({ ...fix, title: own(fix.title), edits: fix.edits.map(edit => ({ ...edit, newText: own(edit.newText) })) })) : draft.fixes,
    ...(draft.tag ? { tag: draft.tag } : {}),
  };
}

/**
 * Carries a finding from the untagged text into the text as given. Its span keeps to the article text (markup at its
 * edges stays outside); its edits step over markup; a tag fix is placed again so the new tag nests with the existing
 * ones (and is dropped when it would cross one).
 */
function toSource(article: Article, finding: Finding): Finding {
  const { tagged } = article;
  if (tagged.isIdentity) return finding;
  const { start, end } = finding.span;
  const span = start === end ? { start: tagged.toSource(start, 'after'), end: tagged.toSource(start, 'after') } : { start: tagged.toSource(start, 'after'), end: Math.max(tagged.toSource(start, 'after'), tagged.toSource(end, 'before')) };
  const fixes = finding.fixes.flatMap((fix): Fix[] => {
    if (fix.kind !== 'tag') return [{ ...fix, edits: fix.edits.flatMap(edit => editToSource(tagged, edit)) }];
    const [open, close] = fix.edits;
    const tag = /^<([a-z]+)/.exec(open?.newText ?? '')?.[1] as TagName | undefined;
    const plain = { start: open?.span.start ?? 0, end: close?.span.start ?? 0 };
    if (!tag || tagPlacementProblem(tagged, plain)) return [];
    return [{ ...fix, edits: tagEdits(tagged, plain, tag) }];
  });
  return { ...finding, span, fixes };
}

/**
 * A passage the user already tagged as a headline, caption, quote… is settled: only character repairs still apply
 * inside it. Entity tags (`<person>…`) settle nothing: the byline around a tagged name is still a byline.
 */
function isAlreadyTagged(structurePassages: readonly Span[], finding: Finding): boolean {
  return finding.category !== 'characters' && structurePassages.some(passage => passage.start < finding.span.end && finding.span.start < passage.end);
}

const NAME_TAGS: ReadonlySet<TagName> = new Set(['person', 'org', 'place']);
const NAME_TYPES: ReadonlySet<string> = new Set(['person', 'organization', 'place']);

/**
 * Names are not noise: a noise finding on one line whose whole text is a passage the user tagged as a person,
 * organization or place, or a name the knowledge base knows as one, is dropped. The trained model is deliberately not
 * asked: lint must not wait for it, and one-line labels are where it errs ("Advertisement" and "Email" come out as
 * organizations). Names the knowledge base finds only inside longer text ("Sale", "Nice") do not count.
 */
function isOnlyAName(article: Article, finding: Finding, namePassages: readonly Span[], knowledge: () => KnowledgeBase): boolean {
  if (finding.category !== 'noise') return false;
  const raw = article.slice(finding.span);
  if (/[\r\n]/.test(raw)) return false;
  const name = raw.trim();
  if (name === '') return false;
  const start = finding.span.start + raw.indexOf(name);
  if (namePassages.some(passage => passage.start === start && passage.end === start + name.length)) return true;
  if (!/^\p{Lu}/u.test(name)) return false;
  const names = knowledge();
  return !names.namesNotMentionedAlone.has(foldName(name)) && names.lookupAll(name).some(entry => NAME_TYPES.has(entry.type));
}

/**
 * One diagnostic per block: within a category, a finding whose span lies inside another finding's span is dropped
 * (the containing block wins; on equal spans the rule registered first wins). Output is sorted by position.
 */
function keepOnePerBlock(findings: Finding[]): Finding[] {
  const byPosition = findings
    .map((finding, order) => ({ finding, order }))
    .sort((a, b) => a.finding.span.start - b.finding.span.start || b.finding.span.end - a.finding.span.end || a.order - b.order)
    .map(entry => entry.finding);
  const kept: Finding[] = [];
  // The furthest-reaching span seen so far per category: a later finding inside it is contained (spans are sorted
  // by start, longest first), so this is one linear pass.
  const reach = new Map<string, Span>();
  for (const finding of byPosition) {
    if (finding.category === 'characters') {
      kept.push(finding);
      continue;
    }
    const covering = reach.get(finding.category);
    if (covering && finding.span.start >= covering.start && finding.span.end <= covering.end) continue;
    kept.push(finding);
    if (!covering || finding.span.end > covering.end) reach.set(finding.category, finding.span);
  }
  return kept.sort((a, b) => a.span.start - b.span.start || a.rule.localeCompare(b.rule));
}

/**
 * Noise and metadata on the same text: a metadata line that is itself a repeat or a one-line "noise" match (a
 * headline repeated under the page title) stays metadata, to be tagged rather than deleted; metadata inside a larger
 * noise block (the dateline of a teaser in a "Most read" list) belongs to that block and is not reported twice.
 * Input and output are sorted by start offset.
 */
function settleNoiseAndMetadata(findings: Finding[]): Finding[] {
  const noise = findings.filter(finding => finding.category === 'noise');
  const metadata = findings.filter(finding => finding.category === 'metadata');
  if (noise.length === 0 || metadata.length === 0) return findings;
  const dropped = new Set<Finding>();
  // Both lists are sorted by start; noise that ends before a metadata finding starts cannot touch a later one.
  let cursor = 0;
  for (const meta of metadata) {
    while (cursor < noise.length && noise[cursor].span.end <= meta.span.start) cursor++;
    for (let index = cursor; index < noise.length && noise[index].span.start < meta.span.end; index++) {
      const block = noise[index];
      if (block.span.end <= meta.span.start) continue;
      if (block.span.start >= meta.span.start && block.span.end <= meta.span.end) dropped.add(block);
      else dropped.add(meta);
    }
  }
  return dropped.size === 0 ? findings : findings.filter(finding => !dropped.has(finding));
}
