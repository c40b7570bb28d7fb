// Finds, reads and rewrites `.articlelint.json` on disk for the language server and the CLI (Node I/O lives here,
// outside the engine). Parsing and editing the JSON is the engine's pure config module.

import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { CONFIG_FILE_NAME, EMPTY_CONFIG, ParsedConfig, parseConfig } from '../engine/config';
import { findNearestFile } from './nearestFile';

export interface LoadedConfig extends ParsedConfig {
  /** The config file's path, or undefined when none was found. */
  readonly path?: string;
}

/** The nearest `.articlelint.json` in `startDirectory` or a parent folder, stopping after `stopDirectory` if given. */
export function findConfigFile(startDirectory: string, stopDirectory?: string): string | undefined {
  return findNearestFile(CONFIG_FILE_NAME, startDirectory, stopDirectory);
}

/** Bigger config files are refused unread: a real one (rules, ignored blocks, phrase lists) is a few KiB. */
export const MAX_CONFIG_BYTES = 1024 * 1024;

/** Reads and parses a config file. A missing or unreadable file is a problem in the result, never an exception. */
export function loadConfigFile(path: string | undefined): LoadedConfig {
  if (path === undefined) return { config: EMPTY_CONFIG, problems: [] };
  let text: string;
  try {
    const bytes = statSync(path).size;
    if (bytes > MAX_CONFIG_BYTES) {
      return { path, config: EMPTY_CONFIG, problems: [`${path} is ${(bytes / 1024 / 1024).toFixed(1)} MiB; config files over 1 MiB are not read`] };
    }
    text = readFileSync(path, 'utf8');
  } catch (error) {
    return { path, config: EMPTY_CONFIG, problems: [`cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`] };
  }
  const parsed = parseConfig(text);
  return { path, config: parsed.config, problems: parsed.problems.map(problem => `${path}: ${problem}`) };
}

/** The path of `file` relative to the config file's folder, with forward slashes, as override globs expect. */
export function pathRelativeToConfig(configPath: string, file: string): string {
  return relative(dirname(configPath), resolve(file)).split('\\').join('/');
}

/**
 * Rewrites a config file through a pure edit (e.g. `withRuleDisabled`). Creates the file if missing. Throws with a
 * clear message when the existing file is not valid JSON, so a broken file is never overwritten.
 */
export function updateConfigFile(path: string, edit: (currentText: string) => string): void {
  const current = existsSync(path) ? readFileSync(path, 'utf8') : '';
  let next: string;
  try {
    next = edit(current);
  } catch (error) {
    throw new Error(`cannot update ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
  writeFileSync(path, next, 'utf8');
}
