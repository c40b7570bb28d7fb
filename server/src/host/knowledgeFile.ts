// Finds, reads and rewrites the workspace knowledge file `.articlelint/entities.json` for the language server and the
// CLI (Node I/O lives here, outside the engine). Parsing and editing the JSON is the engine's pure knowledge module.

import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { KNOWLEDGE_FILE_PATH, parseWorkspaceKnowledge, ParsedWorkspaceKnowledge } from '../engine/entities/knowledge';
import { findNearestFile } from './nearestFile';

export interface LoadedKnowledgeFile extends ParsedWorkspaceKnowledge {
  /** The file's path, or undefined when none was found. */
  readonly path?: string;
}

/** The nearest `.articlelint/entities.json` in `startDirectory` or a parent folder, stopping after `stopDirectory`. */
export function findKnowledgeFile(startDirectory: string, stopDirectory?: string): string | undefined {
  return findNearestFile(KNOWLEDGE_FILE_PATH, startDirectory, stopDirectory);
}

/** Bigger knowledge files are refused unread: tens of thousands of entries fit well under this. */
export const MAX_KNOWLEDGE_FILE_BYTES = 16 * 1024 * 1024;

/** Reads and parses a knowledge file. A missing or unreadable file is a problem in the result, never an exception. */
export function loadKnowledgeFile(path: string | undefined): LoadedKnowledgeFile {
  if (path === undefined) return { entries: [], problems: [] };
  let text: string;
  try {
    const bytes = statSync(path).size;
    if (bytes > MAX_KNOWLEDGE_FILE_BYTES) {
      return { path, entries: [], problems: [`${path} is ${(bytes / 1024 / 1024).toFixed(1)} MiB; knowledge files over 16 MiB are not read`] };
    }
    text = readFileSync(path, 'utf8');
  } catch (error) {
    return { path, entries: [], problems: [`cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`] };
  }
  const parsed = parseWorkspaceKnowledge(text);
  return { path, entries: parsed.entries, problems: parsed.problems.map(problem => `${path}: ${problem}`) };
}

/** Where a new knowledge file for a workspace folder goes: `<folder>/.articlelint/entities.json`. */
export function knowledgeFilePathFor(workspaceFolder: string): string {
  return join(resolve(workspaceFolder), KNOWLEDGE_FILE_PATH);
}

/**
 * Rewrites a knowledge file through a pure edit (e.g. `text => withKnowledgeEntry(text, entry)`), creating the file
 * and its `.articlelint` folder if missing. Throws with a clear message when the edit fails (the existing file is
 * not valid JSON), so a broken file is never overwritten.
 */
export function updateKnowledgeFile(path: string, edit: (currentText: string) => string): void {
  const current = existsSync(path) ? readFileSync(path, 'utf8') : '';
  let next: string;
  try {
    next = edit(current);
  } catch (error) {
    throw new Error(`cannot update ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, next, 'utf8');
}
