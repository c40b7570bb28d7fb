// The line memo: per-line analyses are reused only for the same text and kind, it holds at most two generations,
// and a lint that reads from a memo filled by earlier versions of the text finds exactly what a fresh lint finds.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { lintArticle } from '../../server/src/engine/lint';
import { LineMemo } from '../../server/src/engine/lineMemo';
import { articleText, RUNS } from '../properties/arbitraries';
import { pageDump } from '../helpers/pageDump';

/** One kind of analysis through a memo, counting the texts it analysed. */
function countingAnalysis(memo: LineMemo, kind: string) {
  const analysed: string[] = [];
  const analyse = (text: string) => (analysed.push(text), text.toUpperCase());
  return { of: (text: string) => memo.analysesOf(text).of(kind, analyse), analysed };
}

describe('LineMemo', () => {
  it('analyses a text once per kind', () => {
    const memo = new LineMemo();
    const bylines = countingAnalysis(memo, 'byline/en');
    const credits = countingAnalysis(memo, 'credit/en');
    assert.equal(bylines.of('By Jane Doe'), 'BY JANE DOE');
    assert.equal(bylines.of('By Jane ' + 'Doe'), 'BY JANE DOE');
    assert.equal(credits.of('By Jane Doe'), 'BY JANE DOE');
    assert.deepEqual(bylines.analysed, ['By Jane Doe']);
    assert.deepEqual(credits.analysed, ['By Jane Doe']);
    assert.equal(memo.analysesOf('By Jane Doe'), memo.analysesOf('By Jane Doe'), 'one record per text');
  });

  it('keeps the texts of the last two generations, and those it was asked for again', () => {
    const memo = new LineMemo(2);
    const table = countingAnalysis(memo, 'features/en');
    for (const text of ['a', 'b', 'c', 'd']) table.of(text); // old generation [a, b], new [c, d]
    table.of('b'); // asked for again: the new one is full, so old [c, d], new [b]
    assert.deepEqual(table.analysed, ['a', 'b', 'c', 'd']);
    table.of('e'); // new [b, e]
    table.of('f'); // old [b, e], new [f]: c and d are dropped
    table.of('d');
    table.of('b');
    assert.deepEqual(table.analysed, ['a', 'b', 'c', 'd', 'e', 'f', 'd']);
  });

  it('starts a generation when the lines of the current one reach their length in characters', () => {
    const memo = new LineMemo(100, 10);
    const table = countingAnalysis(memo, 'features/en');
    for (const text of ['aaaa', 'bbbb', 'cc', 'dddddddd', 'eee']) table.of(text); // [aaaa, bbbb, cc] then [dddddddd], [eee]
    table.of('dddddddd');
    table.of('aaaa');
    assert.deepEqual(table.analysed, ['aaaa', 'bbbb', 'cc', 'dddddddd', 'eee', 'aaaa']);
  });

  it('gives a lint the findings of a fresh lint, over edits of real-looking pages', () => {
    const pages = pageDump(60_000);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(), fc.nat({ max: 400 }), fc.constantFrom('', 'x', 'By Jane Doe\n', '\n', 'Photo: Getty Images\n', 'Nov. 19, 2019\n', 'é')), { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 1, max: 64 }),
        (edits, linesPerGeneration) => {
          const memo = new LineMemo(linesPerGeneration);
          let text = pages.slice(0, 20_000);
          lintArticle(text, { lineMemo: memo });
          for (const [at, removed, inserted] of edits) {
            const start = at % (text.length + 1);
            text = text.slice(0, start) + inserted + text.slice(Math.min(text.length, start + removed));
            assert.deepEqual(lintArticle(text, { lineMemo: memo }).findings, lintArticle(text).findings);
          }
        },
      ),
      { numRuns: Math.max(10, RUNS / 5) },
    );
  });

  it('gives a lint the findings of a fresh lint, on hostile text', () => {
    const memo = new LineMemo(32);
    fc.assert(
      fc.property(articleText, text => {
        assert.deepEqual(lintArticle(text, { lineMemo: memo }).findings, lintArticle(text).findings);
      }),
      { numRuns: RUNS },
    );
  });
});
