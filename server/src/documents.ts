// Lints each open document once per version: the lint result and its PositionMap are cached per URI, keyed by the
// document version and a generation that changes whenever settings, `.articlelint.json` or the knowledge file change.

import { TextDocument } from 'vscode-languageserver-textdocument';
import { KnowledgeBase, LintOptions, LintResult, RuleFailure, lintArticle } from './engine/index';
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
}

interface CacheEntry {
  readonly version: number;
  readonly generation: number;
  readonly text: string;
  readonly languageId: string;
  readonly settings: Promise<DocumentSettings>;
  linted?: LintedDocument;
}

export class DocumentLinter {
  private readonly cache = new Map<string, CacheEntry>();
  private readonly failuresLoggedForVersion = new Map<string, number>();
  private generation = 0;
  // Result ids must not repeat across server restarts, when versions and generations start over.
  private readonly session = Math.random().toString(36).slice(2, 10);

  constructor(private readonly dependencies: DocumentLinterDependencies) {}

  /**
   * The lint of the document's current version (computed at most once per version and generation), or undefined in
   * `ifEnabled` mode when linting is off for the document. The result describes the text as it was when called.
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
    entry.linted ??= this.compute(document.uri, entry, settings);
    return entry.linted;
  }

  /** Settings or config files changed: every document is linted again on its next request. */
  invalidateAll(): void {
    this.generation++;
  }

  forget(uri: string): void {
    this.cache.delete(uri);
    this.failuresLoggedForVersion.delete(uri);
  }

  private compute(uri: string, entry: CacheEntry, settings: DocumentSettings): LintedDocument {
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
    const result = lintArticle(entry.text, options);
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
