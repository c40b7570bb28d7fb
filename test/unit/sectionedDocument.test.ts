// SectionedDocument, the server's text document: the same changes give the text, lines and positions that
// vscode-languageserver-textdocument gives for the text, for short documents and for long ones held in sections.

import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import fc from 'fast-check';
import { TextDocument, TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { SectionedSource } from '../../server/src/engine/index';
import { SECTIONED_DOCUMENTS, SectionedDocument, sourceOf } from '../../server/src/sectionedDocument';

const paragraph = (index: number) => `Paragraph ${index}: the council voted on the ferry plan.\r\nIt said “yes”. 😀`;
const LONG = Array.from({ length: 6_000 }, (_, index) => paragraph(index)).join('\n\n');

const change = fc.oneof(
  fc.record({
    start: fc.record({ line: fc.integer({ min: -1, max: 20_000 }), character: fc.integer({ min: -1, max: 90 }) }),
    end: fc.record({ line: fc.integer({ min: -1, max: 20_000 }), character: fc.integer({ min: -1, max: 90 }) }),
    text: fc.constantFrom('', 'x', '\n', '\r', '\r\n', '\n\n', 'two\nlines', '😀', '<quote>', '</quote>', 'Pasted.\n\n'.repeat(400)),
  }),
  fc.constant({ full: 'Replaced whole.\nShort now.' }),
);

/**
 * The text after `event`, with its positions read as vscode-languageserver-textdocument reads them, from a line index
 * made for this text: that library's own index, kept up change by change, goes wrong when a change puts "\r" before a
 * "\n" (two line breaks for one) or lands past the last line, and later changes then land elsewhere.
 */
function applied(text: string, event: TextDocumentContentChangeEvent): string {
  if (!('range' in event)) return event.text;
  const fresh = TextDocument.create('file:///reference.txt', 'plaintext', 1, text);
  const [start, end] = [fresh.offsetAt(event.range.start), fresh.offsetAt(event.range.end)].sort((a, b) => a - b);
  return text.slice(0, start) + event.text + text.slice(end);
}

test('the same changes give the same text, line count and positions as vscode-languageserver-textdocument', () => {
  fc.assert(
    fc.property(fc.constantFrom('', 'one line', 'a\r\nb\rc\n', LONG), fc.array(change, { maxLength: 12 }), fc.array(fc.nat(), { maxLength: 10 }), (initial, changes, probes) => {
      const document = SECTIONED_DOCUMENTS.create('file:///a.txt', 'plaintext', 1, initial);
      let text = initial;
      let version = 1;
      for (const item of changes) {
        version++;
        // A range whose end is before its start is taken the right way round by both.
        const event: TextDocumentContentChangeEvent = 'full' in item ? { text: item.full } : { range: { start: item.start, end: item.end }, text: item.text };
        text = applied(text, event);
        SECTIONED_DOCUMENTS.update(document, [event], version);
        assert.equal(document.version, version);
        assert.equal(document.getText(), text);
      }
      const reference = TextDocument.create('file:///a.txt', 'plaintext', version, text);
      assert.equal(document.lineCount, reference.lineCount);
      for (const probe of probes) {
        const offset = probe % (text.length + 1);
        // Inside "\r\n" the two differ by design (the reference moves to before the "\r"); elsewhere they agree.
        if (text[offset - 1] === '\r' && text[offset] === '\n') continue;
        const position = reference.positionAt(offset);
        assert.deepEqual(document.positionAt(offset), position);
        assert.equal(document.offsetAt(position), reference.offsetAt(position));
        const lineEnd = { line: position.line, character: position.character + 40 };
        assert.equal(document.getText({ start: position, end: lineEnd }), reference.getText({ start: position, end: lineEnd }));
        assert.equal(document.getText({ start: lineEnd, end: position }), reference.getText({ start: lineEnd, end: position }));
      }
    }),
    { numRuns: 200 },
  );
});

test('a long document is held in sections that the linter reads as they are', () => {
  const document = SECTIONED_DOCUMENTS.create('file:///long.txt', 'plaintext', 1, LONG);
  const source = sourceOf(document);
  assert.ok(source instanceof SectionedSource && source.isSectioned);
  SECTIONED_DOCUMENTS.update(document, [{ range: { start: { line: 9_000, character: 3 }, end: { line: 9_000, character: 3 } }, text: 'typed' }], 2);
  const edited = sourceOf(document) as SectionedSource;
  assert.notEqual(edited, source, 'each version has its own source');
  assert.ok(edited.pieces.filter(piece => source.pieces.includes(piece)).length >= source.pieces.length - 6, 'the sections the edit did not touch are shared');
  assert.equal(sourceOf(TextDocument.create('file:///b.txt', 'plaintext', 1, 'text')), 'text');
  assert.ok(document instanceof SectionedDocument);
});
