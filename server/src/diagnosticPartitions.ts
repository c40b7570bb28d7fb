// A document's diagnostics split among several pull providers (LSP diagnostic `identifier`s), by stripes of lines, so
// a keystroke re-sends the diagnostics of the one provider whose lines it touched instead of all of the document's.
//
// Why: a pull report is all of a document's diagnostics or `unchanged`; LSP has no delta. A long scrape dump has tens
// of thousands of diagnostics, and a keystroke that changes one of them (a double space typed before the next word)
// re-sent every one: megabytes of JSON to encode, parse and convert to editor objects. A client keeps one collection
// per provider and asks each on every change; each answers for its own lines, `unchanged` when they did not change.
// Lines are dealt out in stripes, round robin, so every provider holds about the same share of a long document.

import { Diagnostic } from 'vscode-languageserver/node';
import { DIAGNOSTIC_SOURCE } from './diagnostics';

/** Providers a client that can register them dynamically gets; the first is the one declared in `initialize`. */
export const DIAGNOSTIC_PARTITION_COUNT = 16;

/** Consecutive lines whose diagnostics one provider reports; the next stripe goes to the next provider. */
export const LINES_PER_STRIPE = 64;

/** The identifier of provider `index`: the first keeps the server's name, the others are numbered after it. */
export function partitionIdentifier(index: number): string {
  return index === 0 ? DIAGNOSTIC_SOURCE : `${DIAGNOSTIC_SOURCE}#${index}`;
}

/**
 * Which provider a pull is for. A pull without an identifier (a client that knows of one provider only) gets them
 * all; an identifier this server never gave out gets nothing.
 */
export function partitionOfPull(identifier: string | undefined, partitionCount: number): number | 'all' | 'none' {
  if (identifier === undefined) return 'all';
  for (let index = 0; index < partitionCount; index++) if (partitionIdentifier(index) === identifier) return index;
  return 'none';
}

/** The provider that reports a diagnostic starting on `line` (0-based). */
export function partitionOfLine(line: number, partitionCount: number): number {
  return Math.floor(line / LINES_PER_STRIPE) % partitionCount;
}

const splits = new WeakMap<readonly Diagnostic[], { readonly partitionCount: number; readonly partitions: readonly Diagnostic[][] }>();

/**
 * `diagnostics` dealt out to `partitionCount` providers by the line each starts on, in their order. Memoized per list:
 * every provider of a client asks for the same version.
 */
export function splitDiagnostics(diagnostics: readonly Diagnostic[], partitionCount: number): readonly Diagnostic[][] {
  const known = splits.get(diagnostics);
  if (known?.partitionCount === partitionCount) return known.partitions;
  const partitions: Diagnostic[][] = Array.from({ length: partitionCount }, () => []);
  for (const diagnostic of diagnostics) partitions[partitionOfLine(diagnostic.range.start.line, partitionCount)].push(diagnostic);
  splits.set(diagnostics, { partitionCount, partitions });
  return partitions;
}
