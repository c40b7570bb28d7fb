// Properties of SectionedSource: after any sequence of edits, its pieces are exactly the sections sectionSpans cuts
// the edited text into (tagged passages included; one piece for short text), and its text, characters, slices and line
// starts are those of the edited string.

import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import fc from 'fast-check';
import { lineStartsOf } from '../../server/src/engine/lineStarts';
import { SectionedSource } from '../../server/src/engine/sectionedSource';
import { SECTIONED_LINT_LENGTH, sectionSpans } from '../../server/src/engine/sections';
import { mayEndInsideMarkup, parseTaggedText } from '../../server/src/engine/tags';
import { RUNS } from './arbitraries';

// Each case builds a text of a few hundred KiB and cuts it again after every edit: a tenth of the cases of the
// cheaper properties, and at least 20.
const CASES = Math.max(20, Math.round(RUNS / 10));

const WORDS = ['the', 'council', 'voted', 'on', 'Tuesday', 'ferry', 'Tampere', '—', 'said', '“quote”', 'é', '😀', 'a', 'plan'];
const SEPARATORS = ['\n\n', '\n', '\r\n\r\n', '\r\n', '\n \n', '\n\u200B\n', '\n\n\n', ' ', '\r\r'];

/** A long text from a plan of paragraphs: word choices vary with a seed, so cuts fall in different places. */
const longText = fc
  .record({
    seed: fc.integer({ min: 1, max: 2 ** 31 - 1 }),
    paragraphs: fc.array(
      fc.record({
        words: fc.integer({ min: 1, max: 400 }),
        separator: fc.constantFrom(...SEPARATORS),
        // Tags open and close at random paragraphs: passages of one line or of many sections, unclosed and stray tags.
        opens: fc.constantFrom('', '', '', '<headline>', '<quote>', '<person canonical="A">', '<quote\n speaker="B">'),
        closes: fc.constantFrom('', '', '', '</headline>', '</quote>', '</person>'),
      }),
      { minLength: 1, maxLength: 40 },
    ),
    length: fc.integer({ min: SECTIONED_LINT_LENGTH - 20_000, max: SECTIONED_LINT_LENGTH + 400_000 }),
  })
  .map(({ seed, paragraphs, length }) => {
    let state = seed;
    const random = () => (state = (Math.imul(state, 48271) >>> 0) % 2147483647) / 2147483647;
    const parts: string[] = [];
    let total = 0;
    for (let index = 0; total < length; index++) {
      const paragraph = paragraphs[index % paragraphs.length];
      parts.push(paragraph.opens);
      for (let word = 0; word < paragraph.words; word++) {
        const text = (word === 0 ? '' : ' ') + WORDS[Math.floor(random() * WORDS.length)];
        parts.push(text);
        total += text.length;
      }
      parts.push(paragraph.closes, paragraph.separator);
      total += paragraph.opens.length + paragraph.closes.length + paragraph.separator.length;
    }
    return parts.join('');
  });

const insertion = fc.oneof(
  fc.constantFrom('', 'x', ' ', '\n', '\n\n', '\r', '\r\n', '\u200B', 'word ', '<', 'plan\n\nThe ferry'),
  fc.constantFrom('<person>', '</person>', '<per', 'son>', '<quote>', '</quote>', '</headline>', '<headline>', '<quote\n speaker="C">', '<person\n'),
  fc.string({ maxLength: 40 }),
  fc.integer({ min: 1, max: 60_000 }).map(length => 'Pasted paragraph text.\n\n'.repeat(Math.ceil(length / 24)).slice(0, length)),
);
// Where to edit: anywhere, or near where a piece starts (within the characters that decide the cut before it).
const place = fc.oneof(
  fc.record({ anywhere: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({ piece: fc.nat(), offset: fc.integer({ min: -40, max: 40 }) }),
);
const edit = fc.record({
  at: place,
  removed: fc.oneof(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 5_000 }), fc.integer({ min: 0, max: 300_000 })),
  inserted: insertion,
});

function assertSameAsFresh(source: SectionedSource, text: string): void {
  assert.equal(source.length, text.length);
  assert.equal(source.text(), text);
  const sections = text.length > SECTIONED_LINT_LENGTH ? sectionSpans(parseTaggedText(text)).map(span => text.slice(span.start, span.end)) : [text];
  // Markup with a line break in it, across a cut, is found only in the whole text: such a text is held whole.
  const expected = sections.slice(0, -1).some(mayEndInsideMarkup) ? [text] : sections;
  assert.deepEqual(
    source.pieces.map(piece => piece.text.length),
    expected.map(piece => piece.length),
  );
  assert.deepEqual(
    source.pieces.map(piece => piece.text),
    expected,
  );
  const lineStarts = lineStartsOf(text);
  assert.equal(source.lineCount, lineStarts.length);
  assert.deepEqual(
    lineStarts.map((_, line) => source.lineStart(line)),
    lineStarts,
  );
  // Every line's first and last offsets are on that line.
  for (const [line, start] of lineStarts.entries()) {
    assert.equal(source.lineAt(start), line);
    const end = line + 1 < lineStarts.length ? lineStarts[line + 1] - 1 : text.length;
    if (end > start) assert.equal(source.lineAt(end), line);
  }
}

function pieceStart(source: SectionedSource, piece: number, offset: number): number {
  let start = 0;
  for (let index = 0; index < piece % source.pieces.length; index++) start += source.pieces[index].text.length;
  return Math.max(0, Math.min(source.length, start + offset));
}

test('after any edits, the pieces are the sections of the edited text, as a fresh cut would make them', () => {
  fc.assert(
    fc.property(longText, fc.array(edit, { minLength: 1, maxLength: 8 }), (initial, edits) => {
      let source = SectionedSource.of(initial);
      let text = initial;
      assertSameAsFresh(source, text);
      for (const { at, removed, inserted } of edits) {
        const start = 'anywhere' in at ? Math.floor(at.anywhere * text.length) : pieceStart(source, at.piece, at.offset);
        const end = Math.min(text.length, start + removed);
        source = source.edit({ start, end }, inserted);
        text = text.slice(0, start) + inserted + text.slice(end);
        assertSameAsFresh(source, text);
      }
    }),
    { numRuns: CASES },
  );
});

test('characters and slices read across pieces are those of the text', () => {
  fc.assert(
    fc.property(longText, fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 100_000 })), { maxLength: 20 }), (text, reads) => {
      const source = SectionedSource.of(text);
      for (const [at, length] of reads) {
        const start = Math.floor(at * text.length);
        assert.equal(source.slice(start, start + length), text.slice(start, start + length));
        assert.ok(Object.is(source.charCodeAt(start), text.charCodeAt(start)));
      }
      assert.ok(Number.isNaN(source.charCodeAt(text.length)));
    }),
    { numRuns: CASES },
  );
});

test('a long untagged text is held in pieces, and an edit shares the pieces it did not touch', () => {
  const paragraph = (index: number) => `Paragraph ${index} of the ferry story, with a plan the council voted on. `.repeat(3);
  const text = Array.from({ length: 12_000 }, (_, index) => paragraph(index)).join('\n\n');
  const source = SectionedSource.of(text);
  assert.ok(source.pieces.length > 10, `${source.pieces.length} pieces`);
  const middle = Math.floor(text.length / 2);
  const edited = source.edit({ start: middle, end: middle }, 'x');
  const shared = edited.pieces.filter(piece => source.pieces.includes(piece)).length;
  assert.ok(shared >= source.pieces.length - 3, `${shared} of ${source.pieces.length} pieces shared`);
  // Tagging a passage keeps the pieces the edit did not touch too.
  const tagged = edited.edit({ start: middle, end: middle }, '<person>x</person>');
  assert.ok(tagged.pieces.filter(piece => source.pieces.includes(piece)).length >= source.pieces.length - 3);
  assert.ok(tagged.hasMarkup);
});

test('a tag typed far from its partner joins them in one passage, and no section is cut inside it', () => {
  const paragraphs = Array.from({ length: 9_000 }, (_, index) => `Paragraph ${index} of the ferry story, which the council voted on.`);
  const cases = [
    // A closing tag typed late pairs with an opening tag left unclosed early (the sections before the edit change).
    { marks: new Map([[200, '<quote>']]), typedAt: 7_000, typed: '</quote>' },
    // An opening tag typed early pairs with a stray closing tag late (the sections after the edit change).
    { marks: new Map([[7_000, '</quote>']]), typedAt: 200, typed: '<quote>' },
  ];
  for (const { marks, typedAt, typed } of cases) {
    const lines = paragraphs.map((paragraph, index) => (marks.get(index) ?? '') + paragraph);
    const text = lines.join('\n\n');
    const at = lines.slice(0, typedAt).join('\n\n').length + 2;
    const before = SectionedSource.of(text);
    const edited = before.edit({ start: at, end: at }, typed);
    const expectedText = text.slice(0, at) + typed + text.slice(at);
    assertSameAsFresh(edited, expectedText);
    assert.ok(
      edited.pieces.some(piece => piece.text.includes('<quote>') && piece.text.includes('</quote>')),
      'the passage is inside one section',
    );
  }
});
