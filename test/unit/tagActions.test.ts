// Tag, untag and re-tag a passage as edits on the tagged source; the outline and folds of a tagged article.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseArticle } from '../../server/src/engine/article';
import { applyEdits } from '../../server/src/engine/fixes';
import { foldingRangesOf, outlineOf } from '../../server/src/engine/outline';
import { annotationsAt, retagEdits, tagSelection, untagEdits } from '../../server/src/engine/tagActions';
import { PositionMap } from '../../server/src/positions';

const source = '<headline>Ferries stop</headline>\n\n<quote>We wait, said <person>Anna Lind</person>.\nNobody sails.</quote>\n';

describe('tagSelection', () => {
  it('tags a selection, trimmed of surrounding spaces, around the tags inside it', () => {
    const article = parseArticle(source);
    const start = source.indexOf(' said');
    const end = source.indexOf('.\nNobody');
    const action = tagSelection(article, { start, end }, 'misc');
    assert.ok(action.ok);
    assert.match(applyEdits(source, action.edits).text, /We wait, <misc>said <person>Anna Lind<\/person><\/misc>\./);
  });

  it('refuses a selection that would cross a passage, saying why', () => {
    const article = parseArticle(source);
    const action = tagSelection(article, { start: source.indexOf('Lind'), end: source.indexOf('Nobody') }, 'place');
    assert.equal(action.ok, false);
    assert.match(action.ok ? '' : action.reason, /cross the <person> passage/);
  });
});

describe('untag and retag', () => {
  it('removes or changes the innermost passage at a position, keeping valid attributes', () => {
    const text = '<quote speaker="Anna">We wait, said <person>Anna</person>.</quote>';
    const article = parseArticle(text);
    const [inner, outer] = annotationsAt(article, text.indexOf('Anna</person>'));
    assert.equal(inner.tag, 'person');
    assert.equal(outer.tag, 'quote');
    assert.equal(applyEdits(text, untagEdits(inner)).text, '<quote speaker="Anna">We wait, said Anna.</quote>');
    assert.equal(applyEdits(text, retagEdits(inner, 'org')).text, '<quote speaker="Anna">We wait, said <org>Anna</org>.</quote>');
    assert.equal(applyEdits(text, retagEdits(outer, 'caption')).text, '<caption>We wait, said <person>Anna</person>.</caption>');
  });
});

describe('outline and folding', () => {
  it('lists the headline and paragraphs with the tagged passages inside them', () => {
    const outline = outlineOf(parseArticle(source));
    assert.deepEqual(outline.map(item => [item.kind, item.name]), [
      ['headline', 'headline: Ferries stop'],
      ['quote', 'quote: We wait, said Anna Lind. Nobody sails.'],
    ]);
    assert.deepEqual(outline[1].children.map(child => child.name), ['person: Anna Lind']);
    assert.equal(source.slice(outline[0].span.start, outline[0].span.end), '<headline>Ferries stop</headline>');
  });

  it('folds paragraphs and tagged passages that span lines, in source lines', () => {
    const positions = new PositionMap(source);
    const folds = foldingRangesOf(parseArticle(source), offset => positions.positionAt(offset).line);
    assert.deepEqual(folds, [
      { startLine: 2, endLine: 3, kind: 'paragraph' },
      { startLine: 2, endLine: 3, kind: 'tag' },
    ]);
  });
});
