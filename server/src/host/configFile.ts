// Reads `.articlelint.json` on disk for the language server and the CLI (Node I/O lives here, outside the engine;
// nearestFile.ts finds the file, updateFile.ts writes it). Parsing and editing the JSON is the engine's config module.

import { readFileSync, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { EMPTY_CONFIG, ParsedConfig, parseConfig } from '../engine/config';

export interface LoadedConfig extends ParsedConfig {
  /** The config file's path, or undefined when none was found. */
  readonly path?: string;
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
