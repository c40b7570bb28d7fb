// Lints each open document once per version: the lint result and its PositionMap are cached per URI, keyed by the
// document version and a generation that changes whenever settings, `.articlelint.json` or the knowledge file change.
// A long document is linted in sections, in time slices that let other requests through, with progress, and with a
// per-document section cache so an edit re-lints only the sections it touched; the sections on screen are linted first
// and offered as a preview while the rest is linted.

import { TextDocument } from 'vscode-languageserver-textdocument';
import { Finding, KnowledgeBase, LineMemo, LintJob, LintOptions, LintResult, RuleFailure, SectionCache, SectionedSource, startLint } from './engine/index';
import { ExpectedError } from './containment';
import { PositionMap, Range } from './positions';
import { sourceOf } from './sectionedDocument';
import { DocumentSettings, isLintedLanguage } from './settings';
import { FileConfigOptions } from './workspaceConfig';

/** One document version, linted with its effective options. */
export interface LintedDocument {
  readonly uri: string;
  readonly version: number;
  readonly settings: DocumentSettings;
  /** The options the text was linted with, for re-linting a fixed text the same way. */
  readonly options: LintOptions;
  readonly result: LintResult;
  /** Converts the engine's offsets in `result` for exactly this version of the text. */
  readonly positions: PositionMap;
  /** Changes whenever the inputs other than the text change; with the version it identifies a diagnostics report. */
  readonly resultId: string;
}

/**
 * What a long lint shows before it is done: the findings of the sections linted so far, those on screen first. Its
 * result id ends in PREVIEW_RESULT_ID_MARK; the full `LintedDocument` of the same version follows.
 */
export interface LintPreview {
  readonly uri: string;
  readonly version: number;
  readonly findings: readonly Finding[];
  readonly positions: PositionMap;
  readonly resultId: string;
  /** Settles when the lint it previews is complete (or failed): the time to show the full result instead. */
  readonly lintSettled: Promise<void>;
}

/** Result ids of previews contain this (see protocol.ts: clients may show that more is coming). */
const PREVIEW_RESULT_ID_MARK = ':preview';

export function isPreview(report: LintedDocument | LintPreview): report is LintPreview {
  return !('result' in report);
}

/**
 * `ifEnabled`: for diagnostics, hovers and quick fixes, which respect `enable` and `lintPlaintext`.
 * `always`: for commands the user invoked explicitly (extract body, fix all), which work on any open document.
 */
export type LintMode = 'ifEnabled' | 'always';

export interface DocumentLinterDependencies {
  settingsFor(uri: string): Promise<DocumentSettings>;
  configFor(uri: string): FileConfigOptions;
  /** The workspace knowledge for the document, when a knowledge file applies (names are not noise; see lint.ts). */
  knowledgeFor(uri: string): KnowledgeBase | undefined;
  logRuleFailures(uri: string, version: number, failures: readonly RuleFailure[]): void;
  /** The document's current version, to skip linting a version that is already outdated. */
  currentVersion(uri: string): number | undefined;
  /** Shows the progress of a long lint; `report` gets the sections linted so far. */
  startProgress?(uri: string, totalSections: number): LintProgress | undefined;
  /** The ranges of the document on screen, as the client last said; a long lint does the sections there first. */
  visibleRangesFor?(uri: string): readonly Range[] | undefined;
  /** A long lint has linted the sections on screen: their findings can be shown while it goes on. */
  previewReady?(preview: LintPreview): void;
}

export interface LintProgress {
  report(lintedSections: number): void;
  end(): void;
}

/** The document changed before its lint started; the newer version has its own. Not an error. */
export class StaleDocumentError extends Error implements ExpectedError {
  readonly expected = true;
  constructor(uri: string, version: number) {
    super(`${uri} version ${version} is outdated`);
  }
}

/** How long a lint runs before it lets other requests and notifications through. */
const TIME_SLICE_MILLISECONDS = 20;
/**
 * Progress and a preview are shown for lints of at least this many sections still to lint (about a MiB or more),
 * not for the few sections a keystroke touches.
 */
const LONG_LINT_MIN_SECTIONS = 16;

interface CacheEntry {
  readonly version: number;
  readonly generation: number;
  /** The text of this version: a long document's sections, or one string. */
  readonly source: string | SectionedSource;
  readonly languageId: string;
  readonly settings: Promise<DocumentSettings>;
  linting?: Promise<LintedDocument>;
  /** The latest preview of this version's lint, and who waits for the next one (see `lintOrPreview`). */
  preview?: LintPreview;
  previewWaiters: ((preview: LintPreview) => void)[];
  /** The lint of this version is complete: no more previews. */
  linted?: boolean;
}

/** A document's section results, valid for one generation (the options of every section depend on it). */
interface DocumentSections {
  readonly generation: number;
  readonly cache: SectionCache;
  /**
   * Per-line analyses of earlier versions (see lineMemo.ts). The first lint fills it too: lines repeat within a page
   * dump, and code first run at a keystroke ran slowly for the first twenty or so.
   */
  readonly lineMemo: LineMemo;
}

export class DocumentLinter {
  private readonly cache = new Map<string, CacheEntry>();
  private readonly failuresLoggedForVersion = new Map<string, number>();
  private readonly sections = new Map<string, DocumentSections>();
  /** The latest lint started per document: the next one waits for it, so two never lint the same sections at once. */
  private readonly latestLint = new Map<string, Promise<unknown>>();
  private generation = 0;
  // Result ids must not repeat across server restarts, when versions and generations start over.
  private readonly session = Math.random().toString(36).slice(2, 10);

  constructor(private readonly dependencies: DocumentLinterDependencies) {}

  /**
   * The lint of the document's current version (computed at most once per version and generation), or undefined in
   * `ifEnabled` mode when linting is off for the document. The result describes the text as it was when called.
   * Rejects with StaleDocumentError when the document changed before the lint could start.
   */
  async lint(document: TextDocument, mode: LintMode): Promise<LintedDocument | undefined> {
    let entry = this.cache.get(document.uri);
    if (!entry || entry.version !== document.version || entry.generation !== this.generation) {
      entry = {
        version: document.version,
        generation: this.generation,
        source: sourceOf(document),
        languageId: document.languageId,
        settings: this.dependencies.settingsFor(document.uri),
        previewWaiters: [],
      };
      this.cache.set(document.uri, entry);
    }
    const settings = await entry.settings;
    if (mode === 'ifEnabled' && !isLintedLanguage(entry.languageId, settings)) return undefined;
    entry.linting ??= this.enqueue(document.uri, entry, settings);
    return entry.linting;
  }

  /**
   * Like `lint`, but while a long lint runs, resolves as soon as it has a preview other than `shownResultId` (the one
   * the client already shows): the first preview, or a newer one after the user scrolled.
   */
  async lintOrPreview(document: TextDocument, mode: LintMode, shownResultId?: string): Promise<LintedDocument | LintPreview | undefined> {
    const linted = this.lint(document, mode);
    const entry = this.cache.get(document.uri);
    if (!entry || entry.version !== document.version || entry.linted) return linted;
    const preview = new Promise<LintPreview>(resolve => {
      if (entry.preview && entry.preview.resultId !== shownResultId) return resolve(entry.preview);
      entry.previewWaiters.push(resolve);
    });
    // The full lint first: when both are there, it wins.
    return Promise.race([linted, preview]);
  }

  /** Starts the lint once the document's previous lint is done; that one's sections are then in the cache. */
  private enqueue(uri: string, entry: CacheEntry, settings: DocumentSettings): Promise<LintedDocument> {
    const previous = this.latestLint.get(uri) ?? Promise.resolve();
    const linting = previous
      .catch(() => undefined)
      .then(() => {
        if (this.dependencies.currentVersion(uri) !== entry.version) throw new StaleDocumentError(uri, entry.version);
        return this.compute(uri, entry, settings);
      });
    this.latestLint.set(uri, linting);
    // A failed lint is not kept: the next request for the same version tries again.
    linting.catch(() => {
      if (this.cache.get(uri) === entry) entry.linting = undefined;
    });
    return linting;
  }

  /** Settings or config files changed: every document is linted again on its next request. */
  invalidateAll(): void {
    this.generation++;
  }

  forget(uri: string): void {
    this.cache.delete(uri);
    this.failuresLoggedForVersion.delete(uri);
    this.sections.delete(uri);
    this.latestLint.delete(uri);
  }

  private sectionsOf(uri: string, generation: number): DocumentSections {
    let sections = this.sections.get(uri);
    if (!sections || sections.generation !== generation) {
      sections = { generation, cache: new SectionCache(), lineMemo: new LineMemo() };
      this.sections.set(uri, sections);
    }
    return sections;
  }

  private async compute(uri: string, entry: CacheEntry, settings: DocumentSettings): Promise<LintedDocument> {
    const config = this.dependencies.configFor(uri);
    const knowledge = this.dependencies.knowledgeFor(uri);
    const options: LintOptions = {
      ...(knowledge ? { knowledge } : {}),
      // File config wins over editor settings, rule by rule.
      severities: { ...settings.rules, ...config.severities },
      ignoredHashes: config.ignoredHashes,
      language: config.language ?? settings.language,
      ...(config.userPhrases ? { userPhrases: config.userPhrases } : {}),
    };
    const sections = this.sectionsOf(uri, entry.generation);
    const job = startLint(entry.source, { ...options, sectionCache: sections.cache, lineMemo: sections.lineMemo });
    const positions = typeof entry.source === 'string' ? new PositionMap(entry.source, job.lineStarts()) : new PositionMap(entry.source);
    let settle = () => {};
    const lintSettled = new Promise<void>(resolve => (settle = resolve));
    let result: LintResult;
    try {
      await this.stepInSlices(uri, entry, job, positions, lintSettled);
      result = job.finish();
      entry.linted = true;
    } finally {
      // Whoever waits for a preview also waits for the lint, which is done (or failed) now.
      entry.previewWaiters = [];
      // Once the promise `lint` returned has its result, so that a client told to pull again gets it.
      setImmediate(settle);
    }
    if (result.failures.length > 0 && this.failuresLoggedForVersion.get(uri) !== entry.version) {
      this.failuresLoggedForVersion.set(uri, entry.version);
      this.dependencies.logRuleFailures(uri, entry.version, result.failures);
    }
    return { uri, version: entry.version, settings, options, result, positions, resultId: this.resultIdOf(entry) };
  }

  /**
   * Runs the job's steps in time slices that let other requests through. A long lint shows progress, does the
   * sections on screen first and then offers what it has as a preview, and again whenever the user scrolled.
   */
  private async stepInSlices(
    uri: string,
    entry: CacheEntry,
    job: LintJob,
    positions: PositionMap,
    lintSettled: Promise<void>,
  ): Promise<void> {
    const total = job.remainingSections;
    const isLong = total >= LONG_LINT_MIN_SECTIONS;
    const progress = isLong ? this.dependencies.startProgress?.(uri, total) : undefined;
    // The client's ranges are compared by identity: each notification stores a new array.
    let onScreen = this.dependencies.visibleRangesFor?.(uri);
    job.prioritize((onScreen ?? []).map(range => positions.spanOf(range)));
    let previewDue = isLong;
    let previews = 0;
    try {
      let sliceStart = performance.now();
      let linted = 0;
      while (job.step()) {
        linted++;
        if (previewDue && job.remainingPrioritized === 0) {
          previewDue = false;
          const resultId = `${this.resultIdOf(entry)}${PREVIEW_RESULT_ID_MARK}${++previews}`;
          this.offerPreview(entry, { uri, version: entry.version, findings: job.findingsSoFar(), positions, resultId, lintSettled });
        }
        if (performance.now() - sliceStart < TIME_SLICE_MILLISECONDS) continue;
        progress?.report(linted);
        await new Promise(resolve => setImmediate(resolve));
        sliceStart = performance.now();
        const nowOnScreen = this.dependencies.visibleRangesFor?.(uri);
        if (isLong && nowOnScreen !== onScreen) {
          // The user scrolled: lint what is on screen now next, then show it with everything linted so far.
          onScreen = nowOnScreen;
          job.prioritize((onScreen ?? []).map(range => positions.spanOf(range)));
          previewDue = true;
        }
      }
    } finally {
      progress?.end();
    }
  }

  private resultIdOf(entry: CacheEntry): string {
    return `${this.session}:${entry.generation}:${entry.version}`;
  }

  private offerPreview(entry: CacheEntry, preview: LintPreview): void {
    entry.preview = preview;
    const waiters = entry.previewWaiters;
    entry.previewWaiters = [];
    for (const resolve of waiters) resolve(preview);
    this.dependencies.previewReady?.(preview);
  }
}
