// Rewrites a workspace file Article Lint writes (`.articlelint.json`, `.articlelint/entities.json`) through a pure
// edit of its text: the one place the server writes files.

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Applies `edit` (e.g. `withRuleDisabled`, `text => withKnowledgeEntry(text, entry)`) to the file's text, creating the
 * file and its folder if missing. Throws with a clear message when the edit fails (the existing file is not valid
 * JSON), so a broken file is never overwritten.
 */
export function updateFile(path: string, edit: (currentText: string) => string): void {
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
