// Export formats of tagged articles: brat standoff (code point offsets, fragments, notes), JSONL spans, TEI XML, and
// the brat → inline import. The round trip inline → brat → inline must be lossless, astral characters included.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SAXParser } from 'sax';
import { parseArticle } from '../../server/src/engine/article';
import { exportBrat, importBrat } from '../../server/src/engine/export/brat';
import { CodePointOffsets } from '../../server/src/engine/export/codePoints';
import { exportConll } from '../../server/src/engine/export/conll';
import { exportJsonl } from '../../server/src/engine/export/jsonl';
import { serializeAnnotations } from '../../server/src/engine/export/serialize';
import { exportTei } from '../../server/src/engine/export/tei';
import { applyEdits } from '../../server/src/engine/fixes';
import { parseTaggedText, tagEdits, tagPlacementProblem } from '../../server/src/engine/tags';
import { TagName } from '../../server/src/engine/types';

const SEED_LIKE = [
  '<dateline>9 Jan, 2024 07:45</dateline>',
  '<headline>Baltic ferry crossings cancelled 🚢 as storm closes ports</headline>',
  '',
  '<caption>FILE PHOTO. A ferry waits in Rostock.</caption> <credit>© Getty Images / Jens Brandt</credit>',
  '',
  '<person>Annika Lindqvist</person>, who heads operations for a <place>Swedish</place> line, said crossings would resume.',
  '',
  '<quote speaker="Annika Lindqvist">We would rather have angry passengers on the quay than frightened passengers at sea.',
  'Nobody sails into this.</quote>',
  '',
].join('\n');

/** Python-style slicing by code points, to check offsets the way brat, doccano and Prodigy read them. */
function sliceCodePoints(text: string, start: number, end: number): string {
  return [...text].slice(start, end).join('');
}

describe('CodePointOffsets', () => {
  it('converts both ways around astral characters', () => {
    const text = 'a😀b🇺🇦c';
    const offsets = new CodePointOffsets(text);
    for (let codePoint = 0; codePoint <= [...text].length; codePoint++) {
      assert.equal(offsets.toCodePoint(offsets.toUtf16(codePoint)), codePoint);
    }
    assert.equal(offsets.toUtf16(2), 3);
    assert.equal(offsets.toCodePoint(text.indexOf('c')), 5);
  });
});

describe('exportBrat', () => {
  const article = parseArticle(SEED_LIKE);
  const { text, annotations } = exportBrat(article);

  it('writes the untagged text and one T line per passage, with code point offsets brat can check', () => {
    assert.equal(text, article.text);
    const lines = annotations.trim().split('\n').filter(line => line.startsWith('T'));
    assert.equal(lines.length, article.tags.length);
    for (const line of lines) {
      const [, labelAndRanges, fragmentText] = line.split('\t');
      const ranges = labelAndRanges.split(' ').slice(1).join(' ').split(';').map(range => range.split(' ').map(Number));
      assert.equal(ranges.map(([start, end]) => sliceCodePoints(text, start, end)).join(' '), fragmentText, line);
    }
  });

  it('splits a passage over a line break into fragments and keeps attributes as notes', () => {
    assert.match(annotations, /\tquote \d+ \d+;\d+ \d+\t/);
    assert.match(annotations, /AnnotatorNotes T\d+\tspeaker="Annika Lindqvist"/);
  });

  it('imports back to the same tags', () => {
    const imported = importBrat(text, annotations);
    assert.deepEqual(imported.problems, []);
    assert.equal(serializeAnnotations(text, imported.annotations).text, SEED_LIKE);
  });

  it('reports what it cannot read instead of guessing', () => {
    const imported = importBrat('abc def', 'T1\tEVENT 0 3\tabc\nT2\tPER 0 99\tabc\nT3\tperson 4 7\tXYZ\nbad line\n');
    assert.deepEqual(imported.annotations.map(annotation => [annotation.tag, annotation.span.start, annotation.span.end]), [['person', 4, 7]]);
    assert.equal(imported.problems.length, 3, imported.problems.join('\n'));
  });
});

describe('exportConll', () => {
  it('writes a token a line with IOB2 entity and structure labels and a blank line between sentences', () => {
    const conll = exportConll(parseArticle(SEED_LIKE));
    const rows = conll.split('\n').filter(line => line.includes('\t')).map(line => line.split('\t'));
    assert.deepEqual(rows.find(([token]) => token === 'Annika'), ['Annika', 'B-PER', 'O']);
    assert.deepEqual(rows.find(([token]) => token === 'Lindqvist'), ['Lindqvist', 'I-PER', 'O']);
    assert.deepEqual(rows.find(([token]) => token === 'Swedish'), ['Swedish', 'B-LOC', 'O']);
    assert.deepEqual(rows.find(([token]) => token === 'Baltic'), ['Baltic', 'O', 'B-HEADLINE']);
    assert.deepEqual(rows.find(([token]) => token === 'ferry'), ['ferry', 'O', 'I-HEADLINE']);
    assert.ok(rows.some(([, , structure]) => structure === 'B-QUOTE'));
    assert.ok(conll.includes('\n\n'), 'sentences are separated by blank lines');
  });
});

describe('exportJsonl', () => {
  it('writes one line with code point spans, as Prodigy and doccano read them', () => {
    const article = parseArticle('😀 <person>Anna</person> in <place>Kyiv</place>');
    const record = JSON.parse(exportJsonl(article));
    assert.deepEqual(record.spans.map((span: { start: number; end: number; label: string }) => [sliceCodePoints(record.text, span.start, span.end), span.label]), [
      ['Anna', 'person'],
      ['Kyiv', 'place'],
    ]);
    assert.deepEqual(record.label, record.spans.map((span: { start: number; end: number; label: string }) => [span.start, span.end, span.label]));
  });
});

describe('exportTei', () => {
  function wellFormedXml(xml: string): string[] {
    const errors: string[] = [];
    const parser = new SAXParser(true);
    const elements: string[] = [];
    parser.onerror = error => {
      errors.push(error.message);
      parser.resume();
    };
    parser.onopentag = node => elements.push(node.name);
    parser.write(xml).close();
    return errors.length > 0 ? errors : elements;
  }

  it('is well-formed TEI with heads, figures, names and quotations', () => {
    const elements = wellFormedXml(exportTei(parseArticle(SEED_LIKE), 'seed-like.txt'));
    for (const element of ['TEI', 'teiHeader', 'head', 'dateline', 'figure', 'figDesc', 'persName', 'placeName', 'q', 'p', 'lb']) {
      assert.ok(elements.includes(element), `<${element}> missing: ${elements.join(' ')}`);
    }
  });

  it('stays well-formed on hostile text', () => {
    for (const source of ['', '\u0000<person>a&b</person>"<', 'x\uD800y <quote speaker="a&quot;b">q</quote>', 'a\r\nb\rc']) {
      const result = wellFormedXml(exportTei(parseArticle(source)));
      assert.ok(result.includes('TEI'), `not well-formed for ${JSON.stringify(source)}: ${result.join('; ')}`);
    }
  });
});

describe('inline → brat → inline round trip', () => {
  it('is lossless for random tag layouts over text with astral characters and line breaks', () => {
    let seed = 11;
    const random = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed / 0x7fffffff;
    };
    const alphabet = ['a', 'b', ' ', '\n', 'é', '😀', '🇺🇦', '&', '"'];
    const tags: TagName[] = ['quote', 'person', 'place', 'headline', 'caption', 'org'];
    for (let round = 0; round < 300; round++) {
      let plain = '';
      const length = 2 + Math.floor(random() * 40);
      while (plain.length < length) plain += alphabet[Math.floor(random() * alphabet.length)];
      let source = plain;
      for (let attempt = 0; attempt < 5; attempt++) {
        const tagged = parseTaggedText(source);
        const start = Math.floor(random() * (plain.length - 1));
        const end = start + 1 + Math.floor(random() * (plain.length - start - 1));
        const tag = tags[Math.floor(random() * tags.length)];
        if (tagPlacementProblem(tagged, { start, end })) continue;
        const attributes: Record<string, string> = tag === 'quote' && random() < 0.5 ? { speaker: 'A "B" 😀' } : {};
        source = applyEdits(source, tagEdits(tagged, { start, end }, tag, attributes)).text;
      }
      const brat = exportBrat(parseArticle(source));
      const imported = importBrat(brat.text, brat.annotations);
      assert.deepEqual(imported.problems, [], JSON.stringify(source));
      const rebuilt = serializeAnnotations(brat.text, imported.annotations);
      assert.deepEqual(rebuilt.refused, []);
      const original = parseTaggedText(source);
      const again = parseTaggedText(rebuilt.text);
      assert.equal(again.plain, original.plain);
      assert.deepEqual(
        again.annotations.map(annotation => [annotation.tag, annotation.plain, annotation.attributes]),
        original.annotations.map(annotation => [annotation.tag, annotation.plain, annotation.attributes]),
        JSON.stringify(source),
      );
    }
  });
});
