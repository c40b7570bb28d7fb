// Shared hostile-input checks for the characters rules: no throw, spans inside the text and off surrogate pairs,
// fixes that stay inside their finding's span, and linear time on a 1 MB line.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lintArticle } from '../../../server/src/engine/lint';
import { ruleById } from '../../../server/src/engine/rules/registry';

const HOSTILE_TEXTS: readonly string[] = [
  '',
  '\u0000',
  '\u0000\u0000 a\u0000b \u0000',
  '\uD800',
  'a\uDC00b\uD83D',
  '\r',
  '\r\r\n\n\r',
  'line one\rline two\r\nline three\n',
  '😀\u200B😀 🇫🇷\u00A0👨‍👩‍👧 <p>&amp;</p>\t \r\n',
  '\uFEFF<headline>Ca&amp;f\u00A0é</headline>\u00AD\n',
];

export function testHostileInput(ruleId: string, oneMegabyteLine: string): void {
  const rule = ruleById(ruleId);
  describe(`${ruleId} on hostile input`, () => {
    it('is registered', () => assert.ok(rule));
    if (!rule) return;
    for (const [index, text] of HOSTILE_TEXTS.entries()) {
      it(`hostile text #${index + 1} gives sane findings`, () => {
        const result = lintArticle(text, { rules: [rule] });
        assert.deepEqual(result.failures, []);
        for (const finding of result.findings) {
          assert.ok(finding.span.start >= 0 && finding.span.start < finding.span.end && finding.span.end <= text.length, 'span inside the text');
          for (const offset of [finding.span.start, finding.span.end]) assert.ok(!splitsSurrogatePair(text, offset), `span boundary ${offset} splits a surrogate pair`);
          for (const fix of finding.fixes) {
            for (const edit of fix.edits) {
              assert.ok(edit.span.start >= finding.span.start && edit.span.end <= finding.span.end, 'a fix edits only inside its finding');
            }
          }
        }
      });
    }
    it('is fast on a 1 MB line', () => {
      assert.ok(oneMegabyteLine.length >= 1_000_000);
      const started = performance.now();
      const result = lintArticle(oneMegabyteLine, { rules: [rule] });
      assert.deepEqual(result.failures, []);
      assert.ok(performance.now() - started < 3000, `took ${Math.round(performance.now() - started)} ms`);
    });
  });
}

function splitsSurrogatePair(text: string, offset: number): boolean {
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}
