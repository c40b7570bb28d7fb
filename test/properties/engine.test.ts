// Properties of the engine on generated hostile articles: it never throws, every range is valid and whole characters,
// a fix edits only its own span, fix-all settles, extraction drops the noise the check reported, and tagged text
// survives the trip through brat. `npm run fuzz` runs the same properties on many more documents.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { extractBody, fixUntilStable } from '../../server/src/engine/cleaning';
import { exportBrat, importBrat } from '../../server/src/engine/export/brat';
import { serializeAnnotations } from '../../server/src/engine/export/serialize';
import { applyEdits } from '../../server/src/engine/fixes';
import { lintArticle } from '../../server/src/engine/lint';
import { parseTaggedText, tagEdits, tagPlacementProblem } from '../../server/src/engine/tags';
import { TAG_NAMES, TagName } from '../../server/src/engine/types';
import { articleText, plainText, RUNS } from './arbitraries';

const splitsSurrogatePair = (text: string, offset: number) =>
  offset > 0 && offset < text.length && /[\uD800-\uDBFF]/.test(text[offset - 1]) && /[\uDC00-\uDFFF]/.test(text[offset]);

/** What fix-all (fix-on-save, `check --fix`) makes of a text: every fix in scope, until the text is stable. */
function fixAll(text: string): string {
  return fixUntilStable(text, {}, 'characters+noise').text;
}

describe('engine properties on generated articles', () => {
  it('never throws, never lets a rule fail, and gives valid ranges of whole characters', () => {
    fc.assert(
      fc.property(articleText, text => {
        const result = lintArticle(text);
        assert.deepEqual(result.failures, []);
        for (const finding of result.findings) {
          const { start, end } = finding.span;
          assert.ok(0 <= start && start <= end && end <= text.length, `${finding.rule} span ${start}-${end} outside 0-${text.length}`);
          assert.ok(!splitsSurrogatePair(text, start) && !splitsSurrogatePair(text, end), `${finding.rule} splits a surrogate pair`);
          for (const fix of finding.fixes) {
            for (const edit of fix.edits) {
              assert.ok(0 <= edit.span.start && edit.span.start <= edit.span.end && edit.span.end <= text.length, `${finding.rule} edit outside the text`);
              assert.ok(!splitsSurrogatePair(text, edit.span.start) && !splitsSurrogatePair(text, edit.span.end), `${finding.rule} edit splits a surrogate pair`);
            }
          }
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('applies each fix inside its own edits: the text before the first and after the last edit stays', () => {
    fc.assert(
      fc.property(articleText, text => {
        for (const finding of lintArticle(text).findings) {
          for (const fix of finding.fixes) {
            const applied = applyEdits(text, fix.edits);
            assert.deepEqual(applied.skipped, [], `${finding.rule}: "${fix.title}" has overlapping edits`);
            const first = Math.min(...fix.edits.map(edit => edit.span.start));
            const last = Math.max(...fix.edits.map(edit => edit.span.end));
            assert.ok(applied.text.startsWith(text.slice(0, first)), `${finding.rule}: "${fix.title}" changed text before its edits`);
            assert.ok(applied.text.endsWith(text.slice(last)), `${finding.rule}: "${fix.title}" changed text after its edits`);
          }
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('settles: applying fix-all twice gives what applying it once gave', () => {
    fc.assert(
      fc.property(articleText, text => {
        const once = fixAll(text);
        assert.equal(fixAll(once), once);
      }),
      { numRuns: RUNS },
    );
  });

  it('extracts a body without the noise the check reported (noise text that stands nowhere else)', () => {
    fc.assert(
      fc.property(articleText, text => {
        const result = lintArticle(text);
        const body = extractBody(result.article, result.findings);
        const noise = result.findings.filter(finding => finding.category === 'noise' && finding.rule !== 'noise/duplicate');
        for (const finding of noise) {
          const noiseText = text.slice(finding.span.start, finding.span.end).trim();
          if (noiseText.length < 12) continue;
          const elsewhere = text.split(noiseText).length > 2;
          if (!elsewhere) assert.ok(!body.includes(noiseText), `${finding.rule}: "${noiseText.slice(0, 40)}" is still in the body`);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('keeps tagged text through the trip inline → brat → inline', () => {
    const tagRequest = fc.tuple(fc.nat(), fc.nat(), fc.constantFrom(...TAG_NAMES));
    fc.assert(
      fc.property(plainText, fc.array(tagRequest, { maxLength: 6 }), (plain, requests) => {
        let source = plain;
        for (const [a, b, tag] of requests) {
          const start = a % plain.length;
          const end = start + 1 + (b % (plain.length - start));
          const tagged = parseTaggedText(source);
          if (tagPlacementProblem(tagged, { start, end })) continue;
          source = applyEdits(source, tagEdits(tagged, { start, end }, tag as TagName)).text;
        }
        const { text, annotations } = exportBrat(lintArticle(source).article);
        const imported = importBrat(text, annotations);
        assert.deepEqual(imported.problems, []);
        const rebuilt = parseTaggedText(serializeAnnotations(text, imported.annotations).text);
        const original = parseTaggedText(source);
        assert.equal(rebuilt.plain, original.plain);
        assert.deepEqual(rebuilt.annotations.map(annotation => [annotation.tag, annotation.plain]), original.annotations.map(annotation => [annotation.tag, annotation.plain]));
      }),
      { numRuns: RUNS },
    );
  });
});
