// Shared pieces of the protocol tests: the rules they rely on (checked loudly), example articles, an independent
// offset ⇄ position computation to compare the server's ranges against, and temporary workspace folders.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Position, Range, TextEdit } from 'vscode-languageserver-protocol';
import { requireRules as requireRulesOfSuite } from '../helpers/requireRules';

export const AD_LABEL = 'noise/ad-label';
export const HTML_ENTITIES = 'characters/html-entities';
export const INVISIBLE = 'characters/invisible';

/** Fails loudly (never skips) when a rule a test depends on is not registered. */
export function requireRules(...ruleIds: string[]): void {
  requireRulesOfSuite('protocol', ...ruleIds);
}

/** Two ad labels (two separate noise blocks) between paragraphs. */
export const ARTICLE_WITH_TWO_AD_LABELS = [
  'Rhine barge operators cut loads as river level falls',
  '',
  'Shipping companies on the busiest waterway say they can carry only a third of their usual cargo.',
  '',
  'Advertisement',
  '',
  'The river carries most of the inland shipping, and low water has become a yearly problem for the operators.',
  '',
  'Advertisement',
  '',
  'Operators expect the restrictions to last until the spring rains arrive.',
  '',
].join('\n');

/** The UTF-16 offset where the `occurrence`-th (0-based) `needle` starts; throws when there is none. */
export function offsetOf(text: string, needle: string, occurrence = 0): number {
  let offset = -1;
  for (let seen = 0; seen <= occurrence; seen++) {
    offset = text.indexOf(needle, offset + 1);
    if (offset < 0) throw new Error(`${JSON.stringify(needle)} occurs fewer than ${occurrence + 1} times`);
  }
  return offset;
}

/**
 * Position of a UTF-16 offset, computed independently of the server's PositionMap: split into lines at \r\n, \r
 * and \n, then count code units within the line.
 */
export function positionOf(text: string, offset: number): Position {
  const before = text.slice(0, offset);
  const lineBreaks = before.match(/\r\n|\r|\n/g) ?? [];
  // An offset between \r and \n is not addressable; tests never ask for one.
  const lastBreak = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r'));
  return { line: lineBreaks.length, character: offset - (lastBreak + 1) };
}

export function rangeOf(text: string, start: number, end: number): Range {
  return { start: positionOf(text, start), end: positionOf(text, end) };
}

function offsetAt(text: string, position: Position): number {
  const lines = text.split(/(?<=\r\n|\r(?!\n)|\n)/);
  let offset = 0;
  for (let line = 0; line < position.line; line++) offset += lines[line]?.length ?? 0;
  return offset + position.character;
}

/** Applies LSP text edits (non-overlapping, all against the original text) the way an editor does. */
export function applyLspEdits(text: string, edits: readonly TextEdit[]): string {
  const withOffsets = edits
    .map(edit => ({ start: offsetAt(text, edit.range.start), end: offsetAt(text, edit.range.end), newText: edit.newText }))
    .sort((a, b) => b.start - a.start);
  let result = text;
  for (const edit of withOffsets) result = result.slice(0, edit.start) + edit.newText + result.slice(edit.end);
  return result;
}

/** A fresh folder under the OS temp directory; `remove` deletes it. */
export function temporaryWorkspace(): { folder: string; uriOf(name: string): string; remove(): void } {
  const folder = mkdtempSync(join(tmpdir(), 'article-lint-protocol-'));
  return {
    folder,
    uriOf: name => pathToFileURL(join(folder, name)).href,
    remove: () => rmSync(folder, { recursive: true, force: true }),
  };
}
