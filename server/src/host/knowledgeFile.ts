// Finds and reads the workspace knowledge file `.articlelint/entities.json` for the language server and the CLI (Node
// I/O lives here, outside the engine; updateFile.ts writes it). Parsing and editing it is the engine's knowledge module.

import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
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
