// lintArticle, the engine facade: severities, failure containment, ignored blocks, tagged passages, one finding per
// block, and the noise/metadata settlement — exercised with small fake rules so each policy is tested alone.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixAllEdits, isInFixAllScope } from '../../server/src/engine/cleaning';
import { applyEdits, removeLinesFix, tagFix } from '../../server/src/engine/fixes';
import { contentHash } from '../../server/src/engine/hash';
import { lintArticle } from '../../server/src/engine/lint';
import { Rule } from '../../server/src/engine/rule';
import { Category, Span } from '../../server/src/engine/types';

/** A rule that reports the given spans of the text (found by substring) with its category. */
function fakeRule(id: string, category: Category, passages: string[]): Rule {
  return {
    id,
    category,
    defaultSeverity: 'warning',
    summary: 'test rule',
    check(article) {
      return passages.map(passage => {
        const start = article.text.indexOf(passage);
        const span: Span = { start, end: start + passage.length };
        const line = article.lineAt(start).index;
        return {
          span,
          message: `${id} found`,
          evidence: 'because the test says so',
          fixes: [category === 'metadata' ? tagFix(span, 'headline') : removeLinesFix(article, line, line, 'remove')],
        };
      });
    },
  };
}

const text = 'Title line\nShare on Facebook\nBody text goes here.\n';

describe('lintArticle', () => {
  it('applies severity settings and skips rules set to off', () => {
    const rule = fakeRule('noise/fake', 'noise', ['Share on Facebook']);
    assert.equal(lintArticle(text, { rules: [rule], severities: { 'noise/fake': 'error' } }).findings[0].severity, 'error');
    assert.equal(lintArticle(text, { rules: [rule], severities: { 'noise/fake': 'off' } }).findings.length, 0);
  });

  it('contains a rule that throws and still runs the others', () => {
    const throwing: Rule = { ...fakeRule('noise/broken', 'noise', []), check: () => { throw new Error('boom'); } };
    const result = lintArticle(text, { rules: [throwing, fakeRule('noise/fake', 'noise', ['Share on Facebook'])] });
    assert.deepEqual(result.failures, [{ rule: 'noise/broken', message: 'boom' }]);
    assert.equal(result.findings.length, 1);
  });

  it('fills in hash, confidence and category, and drops findings on ignored blocks', () => {
    const rule = fakeRule('noise/fake', 'noise', ['Share on Facebook']);
    const [finding] = lintArticle(text, { rules: [rule] }).findings;
    assert.equal(finding.hash, contentHash('Share on Facebook'));
    assert.equal(finding.confidence, 'high');
    assert.equal(finding.category, 'noise');
    assert.equal(lintArticle(text, { rules: [rule], ignoredHashes: new Set([finding.hash]) }).findings.length, 0);
  });

  it('leaves passages the user already tagged alone, except for character repairs', () => {
    const tagged = '<headline>Title line</headline>\nBody.\n';
    const metadata = fakeRule('metadata/fake', 'metadata', ['Title line']);
    const characters = fakeRule('characters/fake', 'characters', ['Title']);
    const result = lintArticle(tagged, { rules: [metadata, characters] });
    assert.deepEqual(result.findings.map(finding => finding.rule), ['characters/fake']);
  });

  it('still reports metadata around a name the user tagged as an entity', () => {
    const text = 'By <person>Jane Doe</person>\nBody.\n';
    const byline = fakeRule('metadata/fake', 'metadata', ['By <person>Jane Doe</person>']);
    assert.deepEqual(lintArticle(text, { rules: [byline] }).findings.map(finding => finding.rule), ['metadata/fake']);
  });

  it('keeps one finding per block within a category: the containing block wins', () => {
    const outer = fakeRule('noise/outer', 'noise', ['Title line\nShare on Facebook']);
    const inner = fakeRule('noise/inner', 'noise', ['Share on Facebook']);
    assert.deepEqual(lintArticle(text, { rules: [inner, outer] }).findings.map(finding => finding.rule), ['noise/outer']);
  });

  it('keeps metadata over noise on the same line, and lets a larger noise block absorb metadata inside it', () => {
    const headline = fakeRule('metadata/fake', 'metadata', ['Title line']);
    const sameLine = fakeRule('noise/same', 'noise', ['Title line']);
    assert.deepEqual(lintArticle(text, { rules: [sameLine, headline] }).findings.map(finding => finding.rule), ['metadata/fake']);
    const block = fakeRule('noise/block', 'noise', ['Title line\nShare on Facebook']);
    assert.deepEqual(lintArticle(text, { rules: [block, headline] }).findings.map(finding => finding.rule), ['noise/block']);
  });

  it('returns findings sorted by position', () => {
    const rule = fakeRule('noise/fake', 'noise', ['Body text goes here.', 'Title line']);
    const starts = lintArticle(text, { rules: [rule] }).findings.map(finding => finding.span.start);
    assert.deepEqual(starts, [...starts].sort((a, b) => a - b));
  });

  it('never throws on hostile input with the real rules', () => {
    const inputs = ['', '\u0000\u0000\u0000', '\uD800 lone \uDC00 surrogates', 'a\r\nb\rc\n', 'x'.repeat(1_000_000), '\uFEFF'];
    for (const input of inputs) {
      const result = lintArticle(input);
      assert.deepEqual(result.failures, [], `a rule failed on ${JSON.stringify(input.slice(0, 20))}`);
    }
  });
});

describe('lintArticle on tagged text', () => {
  const untagged = 'Ferries stop\n\nAdvertisement\n\nThe captain of the ferry, Anna Lind, said the CafÃ© at the port would stay open.\n';
  const tagged = '<headline>Ferries stop</headline>\n\nAdvertisement\n\nThe captain of the ferry, <person>Anna Lind</person>, said the <place>CafÃ©</place> at the port would stay open.\n';

  it('finds the same things in a tagged file as in the same file without tags, at the tagged offsets', () => {
    const plain = lintArticle(untagged).findings.filter(finding => finding.category !== 'metadata');
    const withTags = lintArticle(tagged).findings.filter(finding => finding.category !== 'metadata');
    assert.deepEqual(
      withTags.map(finding => [finding.rule, tagged.slice(finding.span.start, finding.span.end)]),
      plain.map(finding => [finding.rule, untagged.slice(finding.span.start, finding.span.end)]),
    );
    assert.ok(withTags.some(finding => finding.rule === 'characters/mojibake'), 'the mojibake inside <place> is found');
  });

  it('applies fix-all to the tagged file without breaking its tags', () => {
    const result = lintArticle(tagged);
    const fixed = applyEdits(tagged, fixAllEdits(result.article, result.findings.filter(finding => isInFixAllScope(finding, 'characters+high-confidence-noise')))).text;
    assert.equal(fixed, '<headline>Ferries stop</headline>\n\nThe captain of the ferry, <person>Anna Lind</person>, said the <place>Café</place> at the port would stay open.\n');
  });

  it('places a metadata tag fix around existing entity tags', () => {
    const source = 'By <person>Jane Doe</person>\n\nBody text of the article goes on here for a while, long enough to be a paragraph of the body.\n';
    const byline = lintArticle(source).findings.find(finding => finding.rule === 'metadata/byline');
    assert.ok(byline, 'the byline around a tagged name is still found');
    assert.equal(applyEdits(source, byline.fixes[0].edits).text.split('\n')[0], '<byline>By <person>Jane Doe</person></byline>');
  });
});
