// Checks one input of `check` end to end (read, decode, resolve its config, lint or fix and write back) into plain
// data. The same code runs in-process and in the worker threads of a parallel run, so both report the same things.

import { writeFileSync } from 'node:fs';
import { Finding, FixAllScope, fixUntilStable, lintArticle, LintResult, MAX_FIX_PASSES, RuleFailure, Severity, SeveritySetting } from '../engine/index';
import { ConfigResolver, ResolvedOptions } from './configs';
import { decodeArticleBytes } from './decode';
import { Input, reason } from './files';
import { CliIo, readInputBytes } from './io';
import { FixSummary, isAtOrAbove } from './report';

/** What checking one input depends on besides the input itself; plain data, so it can be handed to a worker thread. */
export interface InputCheckSettings {
  /** `--fix`: write fixed text back; undefined when fixing was not asked for. */
  readonly fixScope?: FixAllScope;
  readonly configPath?: string;
  readonly ruleSettings: Readonly<Record<string, SeveritySetting>>;
  readonly failOn: Severity;
  readonly quiet: boolean;
  /** Where the config search for standard input starts. */
  readonly workingFolder: string;
}

/** One checked input; plain data (it crosses from a worker thread to the main thread by structured clone). */
export interface CheckedInput {
  readonly bytes: number;
  /**
   * The text the shown findings' spans refer to (after fixing, when --fix ran), for their line/column positions.
   * Empty when no finding is shown: nothing needs a position then, and the text need not travel between threads.
   */
  readonly text: string;
  /** The findings to print: all of them, or with --quiet only those at or above --fail-on. */
  readonly shownFindings: readonly Finding[];
  /** How many findings are at or above --fail-on, shown or not; they decide exit code 1. */
  readonly failingFindings: number;
  readonly skipped?: string;
  /** An I/O or config error: printed once and makes the run exit with 2. */
  readonly error?: string;
  /** The broken config file behind `error`, so its message is printed once for all the files it governs. */
  readonly configPath?: string;
  readonly notices: readonly string[];
  readonly fix?: FixSummary;
  /**
   * Problems of a config file that do not stop it from applying (an unknown rule), reported by the input that made
   * this checker load the file. Each thread has its own checker, so the caller prints every message once per run.
   */
  readonly configWarnings: readonly string[];
}

export class InputChecker {
  private readonly configResolver: ConfigResolver;
  private pendingConfigWarnings: string[] = [];

  constructor(
    private readonly settings: InputCheckSettings,
    private readonly io: Pick<CliIo, 'readStdin'>,
  ) {
    this.configResolver = new ConfigResolver(
      settings.configPath,
      settings.ruleSettings,
      message => this.pendingConfigWarnings.push(message),
      settings.workingFolder,
    );
  }

  /** Reads `--config FILE` now, so a broken one stops the run before any input is read. */
  checkExplicitConfig(): { readonly problem?: ResolvedOptions; readonly configWarnings: readonly string[] } {
    const problem = this.configResolver.checkExplicitConfig();
    return { ...(problem !== undefined ? { problem } : {}), configWarnings: this.takeConfigWarnings() };
  }

  check(input: Input): CheckedInput {
    const checked = this.checkWithoutConfigWarnings(input);
    return { ...checked, configWarnings: this.takeConfigWarnings() };
  }

  private takeConfigWarnings(): string[] {
    const warnings = this.pendingConfigWarnings;
    this.pendingConfigWarnings = [];
    return warnings;
  }

  private checkWithoutConfigWarnings(input: Input): Omit<CheckedInput, 'configWarnings'> {
    const notChecked = { text: '', shownFindings: [], failingFindings: 0 };
    const read = readInputBytes(this.io, input);
    if ('error' in read) return { bytes: 0, ...notChecked, skipped: 'unreadable', error: read.error, notices: [] };
    const bytes = read.bytes.byteLength;
    const decoded = decodeArticleBytes(read.bytes);
    if (decoded.kind === 'skipped') return { bytes, ...notChecked, skipped: decoded.reason, notices: [] };

    const resolved = this.configResolver.optionsFor(input.kind === 'file' ? input.path : undefined);
    if (resolved.kind === 'config-error') {
      return {
        bytes,
        ...notChecked,
        skipped: `not checked: broken config file ${resolved.configPath}`,
        error: `broken config file: ${resolved.message}`,
        configPath: resolved.configPath,
        notices: [],
      };
    }

    const notices = [...decoded.notices];
    let result: LintResult;
    let failures: readonly RuleFailure[];
    let fix: FixSummary | undefined;
    let error: string | undefined;
    // A file read with replacement characters would lose its undecodable bytes if written back, so it is only linted.
    if (this.settings.fixScope !== undefined && input.kind === 'file' && decoded.isValidUtf8) {
      const outcome = fixUntilStable(decoded.text, resolved.options, this.settings.fixScope);
      result = outcome.result;
      failures = outcome.failures;
      const changed = outcome.text !== decoded.text;
      if (changed) {
        try {
          writeFileSync(input.path, (decoded.hasByteOrderMark ? '\uFEFF' : '') + outcome.text, 'utf8');
        } catch (writeError) {
          error = `cannot write ${input.path}: ${reason(writeError)}`;
        }
      }
      fix = { passes: outcome.passes, appliedEdits: outcome.appliedEdits, written: changed && error === undefined };
      if (!outcome.stable) notices.push(`fixes were still changing the text after ${MAX_FIX_PASSES} passes; some remain unapplied`);
    } else {
      result = lintArticle(decoded.text, resolved.options);
      failures = result.failures;
    }
    for (const failure of failures) notices.push(`rule ${failure.rule} failed and was skipped: ${failure.message}`);
    // With a failed write the file still holds the original text, whose positions the fixed findings do not match.
    if (error !== undefined) result = lintArticle(decoded.text, resolved.options);

    const failing = result.findings.filter(finding => isAtOrAbove(finding.severity, this.settings.failOn));
    const shownFindings = this.settings.quiet ? failing : result.findings;
    return {
      bytes,
      text: shownFindings.length > 0 ? result.article.tagged.source : '',
      shownFindings,
      failingFindings: failing.length,
      ...(error !== undefined ? { error } : {}),
      notices,
      ...(fix ? { fix } : {}),
    };
  }
}
