// Outline names: a paragraph's name is its text with white space collapsed, cut to 60 characters with an ellipsis,
// however long the paragraph and its runs of white space (names are made from the start of long blocks only); and a
// long document's outline and folds, made section by section, are those of its whole parse.

import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import fc from 'fast-check';
import { foldingRangesInSections, foldingRangesOf, lastIndexAtOrBefore, lineStartsOf, outlineForEditor, outlineInSections, outlineOf, parseArticle, SectionCache, SectionedSource, startLint } from '../../server/src/engine/index';
import { pageDump } from '../helpers/pageDump';

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

test('a long document gets, section by section, the outline and folds of its whole parse, also after edits', () => {
  const untagged = pageDump(700 * 1024);
  const tagged = untagged.replace(/^(Page \d+)$/gm, '<headline>$1</headline>');
  for (let text of [untagged, tagged]) {
    let source = SectionedSource.of(text);
    const cache = new SectionCache();
    for (const at of [0.5, 0.1, 0.9]) {
      const offset = text.indexOf('\n\n', Math.floor(at * text.length)) + 2;
      source = source.edit({ start: offset, end: offset }, 'Typed. ');
      text = text.slice(0, offset) + 'Typed. ' + text.slice(offset);
      const result = startLint(source, { sectionCache: cache }).finish();
      assert.ok(result.sections && result.sections.length > 10);
      const whole = parseArticle(text);
      assert.deepEqual(outlineInSections(result), outlineOf(whole));
      const lineStarts = lineStartsOf(text);
      const lineOf = (offset: number) => lastIndexAtOrBefore(lineStarts, offset);
      assert.deepEqual(foldingRangesInSections(result, lineOf), foldingRangesOf(whole, lineOf));
    }
  }
});

test('an editor gets the first items of a long outline, then one item for the rest with its headlines and tagged passages', () => {
  const text = pageDump(60 * 1024).replace(/^(Page \d+)$/gm, '<headline>$1</headline>').replace(/Tampere/g, '<place>Tampere</place>');
  const outline = outlineOf(parseArticle(text));
  assert.ok(outline.length > 300, `a dump of ${outline.length} paragraphs`);
  assert.equal(outlineForEditor(outline, outline.length), outline, 'an outline within the limit is as it is');

  const shown = outlineForEditor(outline, 100);
  assert.equal(shown.length, 101);
  assert.deepEqual(shown.slice(0, 100), outline.slice(0, 100));
  const rest = shown[100];
  assert.equal(rest.name, `${outline.length - 100} more paragraphs (the outline lists the first 100); headlines and tagged passages below`);
  assert.deepEqual(rest.span, { start: outline[100].span.start, end: outline[outline.length - 1].span.end });
  const restOfOutline = outline.slice(100);
  const headlines = restOfOutline.filter(item => item.kind === 'headline');
  const places = restOfOutline.flatMap(item => item.children).filter(child => child.tag === 'place');
  assert.ok(headlines.length > 5 && places.length > 0, 'the rest has headlines and tagged places');
  assert.deepEqual(rest.children.filter(child => child.kind === 'headline'), headlines);
  assert.deepEqual(rest.children.filter(child => child.tag === 'place'), places);
  assert.ok(!rest.children.some(child => child.kind === 'paragraph'), 'plain paragraphs are left out');
  for (const child of rest.children) assert.ok(child.span.start >= rest.span.start && child.span.end <= rest.span.end, 'children lie inside their parent');
});
