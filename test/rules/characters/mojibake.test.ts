// characters/mojibake: detection and exact repair of UTF-8 misread as single-byte codecs, and clean text left alone.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lintArticle } from '../../../server/src/engine/lint';
import { ruleById } from '../../../server/src/engine/rules/registry';
import { testRule } from '../../helpers/ruleTester';

testRule('characters/mojibake', {
  valid: [
    '',
    'Plain ASCII text with no accents at all.',
    { name: 'correct French', text: 'Le café de la gare, déjà vu, à bientôt.' },
    { name: 'correct German and Polish', text: 'Straße über Łódź — „Zitat“ und ‚Halbzitat‘.' },
    { name: 'Greek diaereses used as quotes', text: 'Η ¨ανατροφή¨ δυστυχώς' },
    { name: 'an accented capital before a curly apostrophe', text: 'Meet ZOÉ’s band tonight.' },
    { name: 'multiplication sign and pound', text: 'Offering 5×£35 pin ups' },
    { name: 'Cyrillic, Hebrew, Arabic, CJK and emoji', text: 'Привет мир. שלום. مرحبا. 日本語のテキスト 😀👍🏽' },
    { name: 'ambiguous between Latin-1 and MacRoman', text: 'Bremer/Mccoy – DrÃ¥ber' },
    { name: 'math symbols', text: '(-1/2)! = √π and 2012—∞' },
    { name: 'tagged passages are read like any text', text: '<headline>Café crème</headline>' },
  ],
  invalid: [
    {
      name: 'UTF-8 read as Windows-1252, one word',
      text: 'Le Caf⟦Ã©⟧ est ouvert.',
      output: 'Le Café est ouvert.',
      message: /UTF-8 read as (Latin-1|Windows-1252).*"Ã©" should read "é"/,
      evidence: /"Ã©" is what "é" looks like/,
    },
    { name: 'curly apostrophe', text: 'It doesn⟦â€™⟧t matter.', output: 'It doesn’t matter.', message: /Windows-1252/ },
    { name: 'several words, one finding each', text: 'Le bar⟦Ã¨⟧me de d⟦Ã©⟧placement.', output: 'Le barème de déplacement.' },
    {
      name: 'more than three runs on a line become one finding',
      text: 'La r⟦Ã©gion de lâ€™Ukraine, lâ€™Ã©tÃ© Ã  lâ€™⟧ouest du pays.',
      output: 'La région de l’Ukraine, l’été à l’ouest du pays.',
      message: /mojibake sequences on this line/,
    },
    { name: 'à whose no-break space became a space', text: 'voil⟦Ã⟧ le travail', output: 'voilà le travail' },
    { name: 'MacRoman', text: 'Un r⟦√©⟧gime ⟦√©quilibr√©⟧.', output: 'Un régime équilibré.', message: /MacRoman/ },
    { name: 'Cyrillic read as Windows-1252', text: '⟦ÐŸÑ€Ð¸Ð²ÐµÑ‚⟧', output: 'Привет' },
    { name: 'Windows-1251 misreading of a dash', text: 'Tip 2 ⟦вЂ“⟧ Broadcast', output: 'Tip 2 – Broadcast', message: /Windows-1251/ },
    { name: 'double mojibake', text: 'Iggy Pop (n⟦ÃƒÂ©⟧ Jim Osterberg)', output: 'Iggy Pop (né Jim Osterberg)' },
    { name: 'CESU-8 emoji', text: 'Hi guys ⟦í\u00A0½í¸\u008D⟧', output: 'Hi guys 😍' },
    {
      name: 'C1 controls that were Windows-1252 quotes, in one word, so one finding',
      text: 'He said ⟦\u0093yes\u0094⟧.',
      output: 'He said “yes”.',
      message: /Windows-1252 read as Latin-1/,
      evidence: /⟨U\+0093⟩/,
    },
    { name: 'embedded in correct text that cannot be encoded as a whole', text: 'Привет caf⟦Ã©⟧', output: 'Привет café' },
    { name: 'bytes lost before: the sequence becomes one replacement character', text: '⟦â€œ⟧lossy decoding', output: '“lossy decoding' },
    { name: 'inside a tag of the vocabulary', text: '<headline>Le Caf⟦Ã©⟧</headline>', output: '<headline>Le Café</headline>' },
    { name: 'CRLF line breaks', text: 'Caf⟦Ã©⟧\r\n\r\ncr⟦Ãª⟧pe\r\n', output: 'Café\r\n\r\ncrêpe\r\n' },
  ],
});

describe('characters/mojibake on hostile input', () => {
  const rule = ruleById('characters/mojibake')!;

  it('survives NUL bytes, lone surrogates and lone CR', () => {
    const text = 'a\u0000b\uD800c\r\uDC00dÃ©\rCafÃ©\u0000';
    const result = lintArticle(text, { rules: [rule] });
    assert.deepEqual(result.failures, []);
    for (const finding of result.findings) assert.ok(finding.span.end <= text.length && finding.span.start < finding.span.end);
  });

  it('never splits a surrogate pair', () => {
    const text = '😀CafÃ©😀 🇫🇷Ã©';
    for (const finding of lintArticle(text, { rules: [rule] }).findings) {
      for (const offset of [finding.span.start, finding.span.end]) {
        const code = text.charCodeAt(offset);
        assert.ok(!(code >= 0xdc00 && code <= 0xdfff), `span boundary ${offset} is inside a surrogate pair`);
      }
    }
  });

  it('is linear on a 1 MB line with mojibake at both ends', () => {
    const text = `CafÃ© ${'plain words and more words '.repeat(40_000)} crÃªpe`;
    const started = performance.now();
    const result = lintArticle(text, { rules: [rule] });
    assert.equal(result.findings.length, 2);
    assert.ok(performance.now() - started < 3000, 'took more than 3 s');
  });
});
