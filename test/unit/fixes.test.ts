// applyEdits, removeLinesEdit and tagFix: the only code that changes article text.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseArticle } from '../../server/src/engine/article';
import { applyEdits, applyFixes, removeLinesEdit, tagFix } from '../../server/src/engine/fixes';

describe('applyEdits', () => {
  it('applies edits in offset order regardless of input order', () => {
    const result = applyEdits('abcdef', [
      { span: { start: 4, end: 5 }, newText: 'E' },
      { span: { start: 0, end: 1 }, newText: 'A' },
    ]);
    assert.equal(result.text, 'AbcdEf');
    assert.equal(result.applied.length, 2);
  });

  it('skips an overlapping edit instead of clipping it, and touches nothing outside applied spans', () => {
    const result = applyEdits('abcdef', [
      { span: { start: 1, end: 4 }, newText: 'X' },
      { span: { start: 3, end: 5 }, newText: 'Y' },
    ]);
    assert.equal(result.text, 'aXef');
    assert.equal(result.skipped.length, 1);
  });

  it('applies adjacent edits and two insertions at one offset in input order', () => {
    assert.equal(applyEdits('ab', [{ span: { start: 0, end: 1 }, newText: 'A' }, { span: { start: 1, end: 2 }, newText: 'B' }]).text, 'AB');
    assert.equal(applyEdits('x', [{ span: { start: 1, end: 1 }, newText: '1' }, { span: { start: 1, end: 1 }, newText: '2' }]).text, 'x12');
  });

  it('skips edits outside the text or with inverted spans', () => {
    const result = applyEdits('abc', [
      { span: { start: 2, end: 9 }, newText: '' },
      { span: { start: 2, end: 1 }, newText: '' },
      { span: { start: -1, end: 0 }, newText: '' },
    ]);
    assert.equal(result.text, 'abc');
    assert.equal(result.skipped.length, 3);
  });

  it('never splits a surrogate pair it was not asked to touch', () => {
    const text = 'a😀b';
    assert.equal(applyEdits(text, [{ span: { start: 3, end: 4 }, newText: 'B' }]).text, 'a😀B');
  });
});

describe('applyFixes', () => {
  it('skips a whole fix when one of its edits clashes with an applied fix', () => {
    const result = applyFixes('abcdef', [
      { title: 'remove', kind: 'remove', edits: [{ span: { start: 0, end: 3 }, newText: '' }] },
      { title: 'x', kind: 'repair', edits: [{ span: { start: 4, end: 5 }, newText: 'E' }, { span: { start: 2, end: 3 }, newText: 'C' }] },
    ]);
    assert.equal(result.text, 'def');
    assert.equal(result.appliedFixes, 1);
  });

  it('lets a repair inside a tagged passage coexist with the tag insertions', () => {
    const result = applyFixes('abcdef', [
      tagFix({ start: 0, end: 3 }, 'quote'),
      { title: 'x', kind: 'repair', edits: [{ span: { start: 1, end: 2 }, newText: 'B' }] },
    ]);
    assert.equal(result.text, '<quote>aBc</quote>def');
    assert.equal(result.appliedFixes, 2);
  });
});

describe('removeLinesEdit', () => {
  const remove = (text: string, first: number, last: number) => {
    const article = parseArticle(text);
    return applyEdits(text, [removeLinesEdit(article, first, last)]).text;
  };

  it('removes a paragraph between paragraphs and keeps one blank line', () => {
    assert.equal(remove('a\n\nNOISE\n\nb\n', 2, 2), 'a\n\nb\n');
  });

  it('removes a line glued to the previous paragraph without eating the separator after it', () => {
    assert.equal(remove('a\nNOISE\n\nb\n', 1, 1), 'a\n\nb\n');
  });

  it('removes the first block with the blank lines after it', () => {
    assert.equal(remove('NOISE\nMORE\n\nb\n', 0, 1), 'b\n');
  });

  it('removes the last block with the blank lines before it', () => {
    assert.equal(remove('a\n\nNOISE\n\n', 2, 2), 'a\n');
    assert.equal(remove('a\n\nNOISE', 2, 2), 'a\n');
  });

  it('keeps CRLF line ends intact', () => {
    assert.equal(remove('a\r\n\r\nNOISE\r\n\r\nb\r\n', 2, 2), 'a\r\n\r\nb\r\n');
  });
});

describe('tagFix', () => {
  it('wraps a passage with two insertions and changes no character of it', () => {
    const fix = tagFix({ start: 2, end: 5 }, 'headline');
    assert.equal(applyEdits('x Title y', fix.edits).text, 'x <headline>Tit</headline>le y');
    assert.ok(fix.edits.every(edit => edit.span.start === edit.span.end));
  });
});
