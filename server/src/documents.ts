// Lints each open document once per version: the lint result and its PositionMap are cached per URI, keyed by the
// document version and a generation that changes whenever settings, `.articlelint.json` or the knowledge file change.
// A long document is linted in sections, in time slices that let other requests through, with progress, and with a
// per-document section cache so an edit re-lints only the sections it touched.

import { TextDocument } from 'vscode-languageserver-textdocument';
import { KnowledgeBase, LintOptions, LintResult, RuleFailure, SectionCache, startLint } from './engine/index';
import { ExpectedError } from './containment';
import { PositionMap } from './positions';
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
/** Progress is shown for lints of at least this many sections still to lint (a few MiB), not for every keystroke. */
const PROGRESS_MIN_SECTIONS = 16;

interface CacheEntry {
  readonly version: number;
  readonly generation: number;
  readonly text: string;
  readonly languageId: string;
  readonly settings: Promise<DocumentSettings>;
  linting?: Promise<LintedDocument>;
}

/** A document's section results, valid for one generation (the options of every section depend on it). */
interface DocumentSections {
  readonly generation: number;
  readonly cache: SectionCache;
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
        text: document.getText(),
        languageId: document.languageId,
        settings: this.dependencies.settingsFor(document.uri),
      };
      this.cache.set(document.uri, entry);
    }
    const settings = await entry.settings;
    if (mode === 'ifEnabled' && !isLintedLanguage(entry.languageId, settings)) return undefined;
    entry.linting ??= this.enqueue(document.uri, entry, settings);
    return entry.linting;
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

  private sectionCacheFor(uri: string, generation: number): SectionCache {
    let sections = this.sections.get(uri);
    if (!sections || sections.generation !== generation) {
      sections = { generation, cache: new SectionCache() };
      this.sections.set(uri, sections);
    }
    return sections.cache;
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
    const job = startLint(entry.text, { ...options, sectionCache: this.sectionCacheFor(uri, entry.generation) });
    const total = job.remainingSections;
    const progress = total >= PROGRESS_MIN_SECTIONS ? this.dependencies.startProgress?.(uri, total) : undefined;
    try {
      let sliceStart = performance.now();
      let linted = 0;
      while (job.step()) {
        linted++;
        if (performance.now() - sliceStart >= TIME_SLICE_MILLISECONDS) {
          progress?.report(linted);
          await new Promise(resolve => setImmediate(resolve));
          sliceStart = performance.now();
        }
      }
    } finally {
      progress?.end();
    }
    const result = job.finish();
    if (result.failures.length > 0 && this.failuresLoggedForVersion.get(uri) !== entry.version) {
      this.failuresLoggedForVersion.set(uri, entry.version);
      this.dependencies.logRuleFailures(uri, entry.version, result.failures);
    }
    return {
      uri,
      version: entry.version,
      settings,
      options,
      result,
      positions: new PositionMap(entry.text),
      resultId: `${this.session}:${entry.generation}:${entry.version}`,
    };
  }
}
