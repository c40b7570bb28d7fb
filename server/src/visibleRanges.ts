// Which parts of each open document the editors show, as the client says with articleLint/visibleRanges: validated
// (a client is not trusted to send well-formed ranges) and kept for the linter, which lints those sections first.

import { isRecord } from './engine/index';
import { Range } from './positions';

/** More ranges than this (split editors, folded regions) add nothing to what is worth linting first. */
const MAX_RANGES = 32;

export class VisibleRanges {
  private readonly byUri = new Map<string, readonly Range[]>();

  /** Stores the ranges a notification carries; returns false (and keeps nothing) for malformed params. */
  update(params: unknown): boolean {
    if (!isRecord(params) || typeof params.uri !== 'string' || !Array.isArray(params.ranges)) return false;
    const ranges = params.ranges.slice(0, MAX_RANGES);
    if (!ranges.every(isRange)) return false;
    // A new array every time: the linter notices a change by identity.
    this.byUri.set(params.uri, ranges.map(({ start, end }) => ({ start: { line: start.line, character: start.character }, end: { line: end.line, character: end.character } })));
    return true;
  }

  rangesFor(uri: string): readonly Range[] | undefined {
    return this.byUri.get(uri);
  }

  forget(uri: string): void {
    this.byUri.delete(uri);
  }
}

function isRange(value: unknown): value is Range {
  return isRecord(value) && isPosition(value.start) && isPosition(value.end);
}

function isPosition(value: unknown): value is Range['start'] {
  return isRecord(value) && isCount(value.line) && isCount(value.character);
}

function isCount(value: unknown): value is number {
  return Number.isSafeInteger(value) && (value as number) >= 0;
}
