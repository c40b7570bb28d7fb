// Inline expected spans for tests: `⟦` and `⟧` mark where a finding should start and end; the markers are stripped.

import { Span } from '../../server/src/engine/types';

export const OPEN = '⟦';
export const CLOSE = '⟧';

export function parseMarked(marked: string): { text: string; spans: Span[] } {
  const spans: Span[] = [];
  const opens: number[] = [];
  let text = '';
  for (const char of marked) {
    if (char === OPEN) opens.push(text.length);
    else if (char === CLOSE) {
      const start = opens.pop();
      if (start === undefined) throw new Error(`unbalanced ${CLOSE} in test case: ${marked}`);
      spans.push({ start, end: text.length });
    } else text += char;
  }
  if (opens.length > 0) throw new Error(`unbalanced ${OPEN} in test case: ${marked}`);
  return { text, spans: spans.sort((a, b) => a.start - b.start || a.end - b.end) };
}

/** Re-inserts markers around spans, so a failing assertion shows the text the way the test case was written. */
export function markSpans(text: string, spans: readonly Span[]): string {
  const inserts: { at: number; mark: string; order: number }[] = [];
  for (const span of spans) {
    inserts.push({ at: span.start, mark: OPEN, order: 1 }, { at: span.end, mark: CLOSE, order: 0 });
  }
  inserts.sort((a, b) => b.at - a.at || b.order - a.order);
  let result = text;
  for (const insert of inserts) result = result.slice(0, insert.at) + insert.mark + result.slice(insert.at);
  return result;
}
