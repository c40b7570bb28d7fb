// Outline names: a paragraph's name is its text with white space collapsed, cut to 60 characters with an ellipsis,
// however long the paragraph and its runs of white space (names are made from the start of long blocks only).

import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import fc from 'fast-check';
import { outlineOf, parseArticle } from '../../server/src/engine/index';

const collapsedName = (text: string) => {
  const collapsed = text.replace(/\s+/g, ' ').trim();
  return collapsed.length > 60 ? `${collapsed.slice(0, 59)}…` : collapsed || '(empty)';
};

test('a paragraph is named by its collapsed text, cut to 60 characters', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom('word', ' ', '   ', '\t', 'x', '😀', ' '.repeat(100), 'abc'.repeat(30), '\u00A0'), { maxLength: 120 }), parts => {
      const text = `Title\n\n${parts.join('')}\n\nLast paragraph.`;
      const article = parseArticle(text);
      const outline = outlineOf(article);
      assert.equal(outline.length, article.blocks.length);
      for (const [index, block] of article.blocks.entries()) assert.equal(outline[index].name, collapsedName(article.slice(block.span)));
    }),
    { numRuns: 500 },
  );
});
