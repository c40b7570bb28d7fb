// Shared fixtures for the noise rule tests: long prose paragraphs that make the layout detect a main-content region,
// a builder that joins blocks with blank lines, and the hostile-input checks every noise rule must pass.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lintArticle } from '../../../server/src/engine/lint';
import { ruleById } from '../../../server/src/engine/rules/registry';

/**
 * Body paragraphs of an invented local-news story, each well over 200 characters of ordinary prose, so the layout
 * classes them as body lines. Three in a row are enough for the content region.
 */
export const PARAGRAPHS = [
  'The county library on Elm Street reopened on Saturday after an eighteen-month renovation that doubled the size of its children’s room and added a small recording studio that residents can book for an hour at a time.',
  'Librarians said more than two thousand people came through the doors on the first day, many of them parents who had been driving to the branch in the next town while the building was closed and the old roof was replaced.',
  'The project cost about $6.4 million, most of it from a bond that voters approved in 2021. The rest came from a state grant for energy upgrades and from a campaign run by the Friends of the Library, which sold engraved bricks for the new garden path.',
  'Some residents had questioned whether a town of this size needed a studio at all, but the head librarian said the waiting list for the room already runs into March and that most of the early bookings are from teenagers working on school projects.',
  'The board will meet again next month to decide whether to extend opening hours on Sundays, a change that would need two more part-time staff and that several members said they would support if the county agrees to share the cost.',
] as const;

/** Three body paragraphs separated by blank lines: enough text for the content region to be found. */
export const BODY = PARAGRAPHS.slice(0, 3).join('\n\n');

/** Joins blocks (paragraphs, lists, noise) with one blank line between them, as scraped page dumps usually are. */
export function blocks(...parts: readonly string[]): string {
  return parts.join('\n\n');
}

/** Inputs that must not break a rule: empty text, CRLF, NUL bytes, lone surrogates, and a 1 MB line. */
export function testHostileInput(ruleId: string, noise: string): void {
  describe(`${ruleId} on hostile input`, () => {
    const rule = ruleById(ruleId);
    const cases: [string, string][] = [
      ['empty text', ''],
      ['only blank lines', '\n\n \r\n\t\n'],
      ['CRLF line breaks', blocks(noise, BODY, noise).replace(/\n/g, '\r\n')],
      ['lone CR line breaks', blocks(noise, BODY).replace(/\n/g, '\r')],
      ['NUL bytes and lone surrogates', `\u0000${noise}\u0000\n\n\uD800${BODY}\uDC00\n\n\u0000`],
    ];
    for (const [name, text] of cases) {
      it(`does not throw on ${name}, and every span lies inside the text`, () => {
        const result = lintArticle(text, { rules: [rule!] });
        assert.deepEqual(result.failures, []);
        for (const finding of result.findings) {
          assert.ok(finding.span.start >= 0 && finding.span.start < finding.span.end && finding.span.end <= text.length);
        }
      });
    }

    it('finishes a 1 MB line quickly', () => {
      const text = blocks(noise, `${'words and more words, '.repeat(48_000)}end.`, BODY, noise);
      const started = performance.now();
      const result = lintArticle(text, { rules: [rule!] });
      assert.deepEqual(result.failures, []);
      assert.ok(performance.now() - started < 3000, 'took more than 3 s');
    });

    it('finishes 20,000 short lines quickly', () => {
      const text = `${noise}\n`.repeat(20_000);
      const started = performance.now();
      const result = lintArticle(text, { rules: [rule!] });
      assert.deepEqual(result.failures, []);
      assert.ok(performance.now() - started < 3000, 'took more than 3 s');
    });
  });
}
