// parseArticle: lines, blocks and tagged passages with UTF-16 offsets, across line-ending styles.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseArticle } from '../../server/src/engine/article';

describe('parseArticle', () => {
  it('splits \\n, \\r\\n and lone \\r line ends and keeps offsets exact', () => {
    const text = 'one\r\ntwo\rthree\nfour';
    const article = parseArticle(text);
    assert.deepEqual(article.lines.map(line => line.text), ['one', 'two', 'three', 'four']);
    for (const line of article.lines) assert.equal(text.slice(line.span.start, line.span.end), line.text);
    assert.deepEqual(article.lines.map(line => line.breakEnd), [5, 9, 15, 19]);
  });

  it('has no lines for empty text and no extra line after a final break', () => {
    assert.equal(parseArticle('').lines.length, 0);
    assert.equal(parseArticle('a\n').lines.length, 1);
  });

  it('groups non-blank lines into blocks; whitespace-only and zero-width-only lines separate blocks', () => {
    const article = parseArticle('a\nb\n \t\nc\n\u200B\nd');
    assert.deepEqual(article.blocks.map(block => [block.firstLine, block.lastLine]), [[0, 1], [3, 3], [5, 5]]);
    assert.deepEqual(article.lines.map(line => line.blockIndex), [0, 0, -1, 1, -1, 2]);
    assert.equal(article.slice(article.blocks[0].span), 'a\nb');
  });

  it('finds the line at an offset, with the break belonging to the line it ends', () => {
    const article = parseArticle('ab\ncd\n');
    assert.equal(article.lineAt(0).index, 0);
    assert.equal(article.lineAt(2).index, 0);
    assert.equal(article.lineAt(3).index, 1);
    assert.equal(article.lineAt(6).index, 1);
  });

  it('counts UTF-16 code units, so astral characters take two', () => {
    const article = parseArticle('😀 x\ny');
    assert.deepEqual(article.lines[1].span, { start: 5, end: 6 });
  });
});

describe('parseArticle on tagged text', () => {
  it('reads the untagged text and keeps the passages with spans into it', () => {
    const source = 'x <headline>Title</headline> y <quote>q</quote>';
    const article = parseArticle(source);
    assert.equal(article.text, 'x Title y q');
    assert.deepEqual(article.tags.map(passage => [passage.tag, article.slice(passage.plain)]), [['headline', 'Title'], ['quote', 'q']]);
    assert.equal(article.tagged.source, source);
  });

  it('leaves unpaired and unknown tags in the text', () => {
    const article = parseArticle('<headline>open <b>x</b> </byline>');
    assert.deepEqual(article.tags, []);
    assert.equal(article.text, '<headline>open <b>x</b> </byline>');
  });
});
