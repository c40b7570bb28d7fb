// Shared pieces of the CLI tests: the bundle is built once when this module loads, then each test runs
// `node dist/cli.js` in a temporary folder and looks at its exit code, stdout, stderr and the files it left.

import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { requireRules as requireRulesOfSuite } from '../helpers/requireRules';

export const REPOSITORY_ROOT = resolve(__dirname, '..', '..');
export const CLI_PATH = join(REPOSITORY_ROOT, 'dist', 'cli.js');
export const SAMPLES_FOLDER = join(REPOSITORY_ROOT, 'samples');

// Built here rather than per suite: all CLI suites run in one process (cli.test.ts), so one build serves them and
// no suite ever executes a bundle another process is rewriting.
const build = spawnSync(process.execPath, ['scripts/build.mjs', 'cli'], { cwd: REPOSITORY_ROOT, encoding: 'utf8' });
if (build.status !== 0) throw new Error(`node scripts/build.mjs cli failed:\n${build.stderr}`);

export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function runCli(args: readonly string[], options: { cwd: string; stdin?: string | Buffer; env?: Record<string, string> }): CliRun {
  const result = spawnSync(process.execPath, [CLI_PATH, ...args], {
    cwd: options.cwd,
    input: options.stdin ?? '',
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...options.env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs `check --format json` and parses stdout; fails with the CLI's stderr when stdout is not JSON. */
export function checkJson(args: readonly string[], options: { cwd: string; stdin?: string }): { run: CliRun; report: JsonReport } {
  const run = runCli(['check', '--format', 'json', ...args], options);
  try {
    return { run, report: JSON.parse(run.stdout) as JsonReport };
  } catch {
    throw new Error(`stdout is not JSON (exit ${run.status}):\n${run.stdout}\nstderr:\n${run.stderr}`);
  }
}

export interface JsonPosition {
  line: number;
  character: number;
}
export interface JsonRange {
  start: JsonPosition;
  end: JsonPosition;
}
export interface JsonFinding {
  rule: string;
  category: string;
  severity: string;
  message: string;
  range: JsonRange;
  fixes: { title: string; edits: { range: JsonRange; newText: string }[]; kind: string }[];
  evidence: string;
  confidence: string;
  hash: string;
  tag?: string;
}
export interface JsonReport {
  files: { path: string; findings: JsonFinding[]; skipped?: string; notices?: string[]; fix?: { passes: number; appliedEdits: number; written: boolean } }[];
}

/** A fresh folder under the OS temp directory holding `files` (relative path → content); `remove` deletes it. */
export function makeTempFolder(files: Record<string, string | Buffer> = {}): { path: string; remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), 'article-lint-cli-'));
  for (const [relativePath, content] of Object.entries(files)) {
    const target = join(path, relativePath);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

/** Fails loudly (never skips) when a rule a test depends on is not registered. */
export function requireRules(...ruleIds: string[]): void {
  requireRulesOfSuite('CLI', ...ruleIds);
}

/** An article whose only noise is one ad label between paragraphs, with `\n` line ends. */
export const ARTICLE_WITH_AD_LABEL = [
  'Ferry service resumes after engine repairs',
  '',
  'The harbour ferry returned to service on Saturday after three weeks in dry dock for engine repairs.',
  '',
  'Advertisement',
  '',
  'The operator said timetables would return to normal from Monday, with extra sailings at weekends.',
  '',
].join('\n');

export const AD_LABEL_RULE = 'noise/ad-label';

/** An HTML entity in the middle of a CRLF line, after an accented letter and an emoji (two UTF-16 code units). */
export const ENTITY_AFTER_EMOJI_ARTICLE = 'Harbour news\r\n\r\nThe caf\u00e9 \u{1F600} owner said fish &amp; chips sold out by noon on Saturday.\r\n';
