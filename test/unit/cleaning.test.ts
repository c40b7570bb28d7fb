// cleaning.ts: which findings fix-all applies, how removals merge, and what extract --body keeps.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseArticle } from '../../server/src/engine/article';
import { extractBody, fixAllEdits, fixUntilStable, isInFixAllScope } from '../../server/src/engine/cleaning';
import { applyEdits, editsBetween, repairFix, tagFix } from '../../server/src/engine/fixes';
import { Category, Confidence, Finding, Fix, Span } from '../../server/src/engine/types';

function finding(category: Category, span: Span, fixes: Fix[], confidence: Confidence = 'high'): Finding {
  return { rule: `${category}/test`, category, severity: 'warning', message: 'm', evidence: 'e', confidence, hash: '0', span, fixes };
}

function removal(article: ReturnType<typeof parseArticle>, line: number): Finding {
  const span = article.lines[line].span;
  return finding('noise', span, [{ title: 'remove', kind: 'remove', edits: [{ span, newText: '' }] }]);
}

describe('isInFixAllScope', () => {
  const repair = repairFix({ start: 0, end: 1 }, 'x', 'repair');
  const remove: Fix = { title: 'remove', kind: 'remove', edits: [] };
  const span = { start: 0, end: 1 };

  it('applies sure character repairs in every scope, and never a guessed one', () => {
    for (const scope of ['characters', 'characters+high-confidence-noise', 'characters+noise'] as const) {
      assert.equal(isInFixAllScope(finding('characters', span, [repair]), scope), true);
      assert.equal(isInFixAllScope(finding('characters', span, [repair], 'medium'), scope), false);
    }
  });

  it('removes noise only when the scope says so, medium confidence only with characters+noise', () => {
    assert.equal(isInFixAllScope(finding('noise', span, [remove]), 'characters'), false);
    assert.equal(isInFixAllScope(finding('noise', span, [remove]), 'characters+high-confidence-noise'), true);
    assert.equal(isInFixAllScope(finding('noise', span, [remove], 'medium'), 'characters+high-confidence-noise'), false);
    assert.equal(isInFixAllScope(finding('noise', span, [remove], 'medium'), 'characters+noise'), true);
  });

  it('never applies metadata tags or findings without a fix', () => {
    assert.equal(isInFixAllScope(finding('metadata', span, [tagFix(span, 'headline')]), 'characters+noise'), false);
    assert.equal(isInFixAllScope(finding('characters', span, []), 'characters+noise'), false);
  });
});

describe('fixAllEdits', () => {
  it('merges neighbouring removals so one blank line stays between paragraphs', () => {
    const text = 'Body one.\n\nMenu\n\nShare\n\nBody two.\n';
    const article = parseArticle(text);
    const edits = fixAllEdits(article, [removal(article, 2), removal(article, 4)]);
    assert.equal(applyEdits(text, edits).text, 'Body one.\n\nBody two.\n');
  });

  it('drops repairs inside removed text and keeps the others', () => {
    const text = 'Menu&amp;\n\nCaf&eacute; opens.\n';
    const article = parseArticle(text);
    const insideRemoved = finding('characters', { start: 4, end: 9 }, [repairFix({ start: 4, end: 9 }, '&', 'decode')]);
    const kept = finding('characters', { start: 14, end: 22 }, [repairFix({ start: 14, end: 22 }, 'é', 'decode')]);
    const edits = fixAllEdits(article, [removal(article, 0), insideRemoved, kept]);
    assert.equal(applyEdits(text, edits).text, 'Café opens.\n');
  });

  it('removes a span inside a line as it is', () => {
    const text = 'Great story Advertisement here.\n';
    const article = parseArticle(text);
    const span = { start: 12, end: 26 };
    const edits = fixAllEdits(article, [finding('noise', span, [{ title: 'remove', kind: 'remove', edits: [{ span, newText: '' }] }])]);
    assert.equal(applyEdits(text, edits).text, 'Great story here.\n');
  });
});

describe('extractBody', () => {
  it('removes a line covered by two findings (a caption and its credit) as a whole line', () => {
    const text = 'FILE PHOTO. Barges on the Rhine. © Agency / Photographer\n\nBody text.\n';
    const article = parseArticle(text);
    const creditStart = text.indexOf('©');
    const caption = finding('metadata', { start: 0, end: creditStart - 1 }, []);
    const credit = finding('metadata', { start: creditStart, end: text.indexOf('\n') }, []);
    assert.equal(extractBody(article, [caption, credit]), 'Body text.\n');
  });

  it('drops noise, found metadata and tagged metadata, keeps quotes as plain text and repairs characters', () => {
    const text = '<headline>Title</headline>\n\nBy Jane Doe\n\nShare\n\n<quote>We will win.</quote>\n\nCaf&eacute; opens.\n';
    const article = parseArticle(text);
    // Findings come in offsets of the text as given, tags included.
    const at = (passage: string) => ({ start: text.indexOf(passage), end: text.indexOf(passage) + passage.length });
    const byline = finding('metadata', at('By Jane Doe'), [tagFix(at('By Jane Doe'), 'byline')]);
    const share = finding('noise', at('Share'), [{ title: 'remove', kind: 'remove', edits: [{ span: at('Share'), newText: '' }] }]);
    const entity = finding('characters', at('&eacute;'), [repairFix(at('&eacute;'), 'é', 'decode')]);
    assert.equal(extractBody(article, [byline, share, entity]), 'We will win.\n\nCafé opens.\n');
  });
});

describe('fixUntilStable and editsBetween', () => {
  it('keeps fixing while a fix reveals more (a line outside the body once a duplicate goes), and settles', () => {
    const paragraph = 'The council voted late on Tuesday to build a network of protected bike lanes across the city over five years.';
    const text = `${paragraph}\n${'Home News Sport Business Politics Culture Weather Travel Money Opinion Video Podcasts Puzzles Jobs Archive '.repeat(3)}\n${paragraph}\n`;
    const outcome = fixUntilStable(text, {}, 'characters+noise');
    assert.equal(outcome.text, `${paragraph}\n`);
    assert.ok(outcome.passes >= 2, `took ${outcome.passes} passes`);
    assert.equal(fixUntilStable(outcome.text, {}, 'characters+noise').passes, 0);
  });

  it('gives one edit between two texts, never splitting a surrogate pair', () => {
    assert.deepEqual(editsBetween('abcdef', 'abXdef'), [{ span: { start: 2, end: 3 }, newText: 'X' }]);
    assert.deepEqual(editsBetween('same', 'same'), []);
    const before = 'x😀y';
    const after = 'x😁y';
    const [edit] = editsBetween(before, after);
    assert.equal(applyEdits(before, [edit]).text, after);
    assert.equal(edit.span.start, 1);
  });
});
