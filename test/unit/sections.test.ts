// Long documents are linted in sections: where the cuts fall (line starts, never inside a tagged passage, the same
// downstream after an edit), the cache that re-lints only changed sections, and the result equal to a fresh lint.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parseArticle } from '../../server/src/engine/article';
import { LineMemo } from '../../server/src/engine/lineMemo';
import { lineStartsOf } from '../../server/src/engine/lineStarts';
import { lintArticle, startLint } from '../../server/src/engine/lint';
import { SectionedSource } from '../../server/src/engine/sectionedSource';
import { SECTIONED_LINT_LENGTH, SectionCache, sectionSpans } from '../../server/src/engine/sections';
import { parseTaggedText } from '../../server/src/engine/tags';
import { Span } from '../../server/src/engine/types';
import { pageDump } from '../helpers/pageDump';

const sectionsOf = (text: string) => sectionSpans(parseTaggedText(text));
const textsOf = (text: string, spans: readonly Span[]) => spans.map(span => text.slice(span.start, span.end));

function assertCovers(text: string, spans: readonly Span[]): void {
  assert.equal(spans[0].start, 0);
  assert.equal(spans[spans.length - 1].end, text.length);
  for (let index = 1; index < spans.length; index++) {
    assert.equal(spans[index].start, spans[index - 1].end, 'sections follow each other without a gap');
    const before = text[spans[index].start - 1];
    assert.ok(before === '\n' || (before === '\r' && text[spans[index].start] !== '\n'), `cut ${index} is at a line start and keeps CRLF whole`);
  }
}

describe('sectionSpans', () => {
  it('keeps a document up to the threshold whole', () => {
    const text = pageDump(SECTIONED_LINT_LENGTH - 1000);
    assert.deepEqual(sectionsOf(text), [{ start: 0, end: text.length }]);
  });

  it('cuts a long dump at line starts into sections of at least 32 KiB, covering it without gaps', () => {
    for (const lineBreak of ['\n', '\r\n', '\r']) {
      const text = pageDump(1024 * 1024, lineBreak);
      const spans = sectionsOf(text);
      assertCovers(text, spans);
      assert.ok(spans.length >= 8 && spans.length <= 32, `${spans.length} sections for 1 MiB`);
      for (const span of spans.slice(0, -1)) assert.ok(span.end - span.start >= 32 * 1024);
    }
  });

  it('cuts in the same places downstream of an edit, so only the edited section and perhaps a neighbour change', () => {
    const text = pageDump(2 * 1024 * 1024);
    const before = textsOf(text, sectionsOf(text));
    const middle = text.indexOf('\n\n', text.length / 2) + 2;
    for (const edit of ['x', 'A new sentence typed into the page.\n\n', '']) {
      const edited = edit === '' ? text.slice(0, middle) + text.slice(middle + 40) : text.slice(0, middle) + edit + text.slice(middle);
      const after = textsOf(edited, sectionsOf(edited));
      const unchanged = new Set(before);
      const changed = after.filter(section => !unchanged.has(section));
      assert.ok(changed.length >= 1 && changed.length <= 3, `${changed.length} of ${after.length} sections changed`);
    }
  });

  it('never cuts inside a tagged passage', () => {
    // Every paragraph of the dump inside one <quote>…</quote> spanning many paragraph breaks: no cut may fall in it.
    const body = pageDump(600 * 1024);
    const quoted = `${body.slice(0, 100_000)}<quote>${body.slice(100_000, 300_000)}</quote>${body.slice(300_000)}`;
    const spans = sectionsOf(quoted);
    assertCovers(quoted, spans);
    const open = quoted.indexOf('<quote>');
    const close = quoted.indexOf('</quote>') + '</quote>'.length;
    for (const span of spans) assert.ok(span.start <= open || span.start >= close, `cut at ${span.start} inside the quote ${open}–${close}`);
  });

  it('cuts text without blank lines at line starts, and keeps one huge line whole', () => {
    const lines = pageDump(700 * 1024).replace(/\n\n+/g, '\n');
    const spans = sectionsOf(lines);
    assertCovers(lines, spans);
    assert.ok(spans.length > 2);
    const oneLine = 'word '.repeat(120 * 1024);
    assert.deepEqual(sectionsOf(oneLine), [{ start: 0, end: oneLine.length }]);
  });

  it('cuts a line repeated over and over, which never hashes to a cut, at the forced length', () => {
    const text = 'Share on Facebook\n\n'.repeat(60_000);
    const spans = sectionsOf(text);
    assertCovers(text, spans);
    assert.ok(spans.length >= 2);
    for (const span of spans.slice(0, -1)) assert.ok(span.end - span.start <= 4 * 128 * 1024 + 100);
  });
});

describe('linting in sections', () => {
  it('with a cache gives what a fresh lint gives, after edits, and re-lints only the changed sections', () => {
    const cache = new SectionCache();
    let text = pageDump(1024 * 1024);
    const first = startLint(text, { sectionCache: cache });
    assert.equal(first.remainingSections, first.sectionCount);
    first.finish();
    assert.equal(cache.size, first.sectionCount);

    for (const edit of ['Advertisement\n\n', 'x', '&amp; ']) {
      const at = text.indexOf('\n\n', text.length / 3) + 2;
      text = text.slice(0, at) + edit + text.slice(at);
      const job = startLint(text, { sectionCache: cache });
      assert.ok(job.remainingSections >= 1 && job.remainingSections <= 3, `${job.remainingSections} of ${job.sectionCount} sections to lint`);
      const incremental = job.finish();
      const fresh = lintArticle(text);
      assert.deepEqual(incremental.findings, fresh.findings);
      assert.equal(incremental.article.text, fresh.article.text);
      assert.equal(cache.size, job.sectionCount, 'the cache keeps only the sections of the latest lint');
    }
  });

  it('steps through the sections one at a time', () => {
    const text = pageDump(600 * 1024);
    const job = startLint(text);
    let steps = 0;
    while (job.step()) steps++;
    assert.equal(steps + 1, job.sectionCount);
    assert.equal(job.remainingSections, 0);
    assert.deepEqual(job.finish().findings, lintArticle(text).findings);
  });

  it('lints the prioritized sections first, and shows their findings before the rest is linted', () => {
    const text = pageDump(1024 * 1024);
    const fresh = lintArticle(text).findings;
    const job = startLint(text);
    const spans = sectionsOf(text);
    assert.ok(spans.length >= 6, `${spans.length} sections`);
    // What a user who scrolled to the middle sees: the end of one section and the start of the next.
    const middle = Math.floor(spans.length / 2);
    const screen = { start: spans[middle].end - 500, end: spans[middle].end + 500 };
    job.prioritize([screen]);
    assert.equal(job.remainingPrioritized, 2);
    assert.deepEqual(job.findingsSoFar(), []);
    job.step();
    job.step();
    assert.equal(job.remainingPrioritized, 0);
    assert.equal(job.remainingSections, spans.length - 2);
    const inScreenSections = (finding: { span: Span }) => finding.span.start >= spans[middle].start && finding.span.start < spans[middle + 1].end;
    const soFar = job.findingsSoFar();
    assert.ok(soFar.length > 0);
    assert.deepEqual(soFar, fresh.filter(inScreenSections), 'exactly the findings of the two sections on screen, as a full lint gives them');

    // A cursor (an empty span) prioritizes the section it stands in; the order never changes the result.
    job.prioritize([{ start: spans[1].start, end: spans[1].start }]);
    assert.equal(job.remainingPrioritized, 1);
    job.step();
    assert.equal(job.remainingSections, spans.length - 3);
    assert.deepEqual(job.finish().findings, fresh);
  });

  it('reports findings all over a long dump, in document offsets, sorted, each on the text it names', () => {
    const text = pageDump(600 * 1024);
    const { findings } = lintArticle(text);
    const adLabels = findings.filter(finding => finding.rule === 'noise/ad-label');
    assert.ok(adLabels.length > 20, `${adLabels.length} ad labels`);
    const lastSection = sectionsOf(text).at(-1)!;
    assert.ok(adLabels.some(finding => finding.span.start >= lastSection.start), 'the last section has its findings too');
    for (const finding of adLabels) assert.match(text.slice(finding.span.start, finding.span.end), /^(?:advertisement|sponsored|anzeige)/i);
    for (let index = 1; index < findings.length; index++) assert.ok(findings[index - 1].span.start <= findings[index].span.start);
  });
});

describe('line starts of a long document', () => {
  it('are those of the whole text, pieced together from the sections, also after edits and for every line break', () => {
    for (const lineBreak of ['\n', '\r\n', '\r']) {
      const cache = new SectionCache();
      let text = pageDump(600 * 1024, lineBreak);
      const job = startLint(text, { sectionCache: cache });
      assert.ok(job.sectionCount > 4);
      // Asked before the lint (the host converts the ranges on screen) and after it.
      assert.deepEqual(Array.from(job.lineStarts()), lineStartsOf(text));
      job.finish();
      assert.deepEqual(Array.from(job.lineStarts()), lineStartsOf(text));
      for (const edit of [`Advertisement${lineBreak}${lineBreak}`, 'x', lineBreak]) {
        const at = text.indexOf(lineBreak + lineBreak, text.length / 3) + 2 * lineBreak.length;
        text = text.slice(0, at) + edit + text.slice(at);
        const edited = startLint(text, { sectionCache: cache });
        assert.deepEqual(Array.from(edited.lineStarts()), lineStartsOf(text), `after typing ${JSON.stringify(edit)} with ${JSON.stringify(lineBreak)}`);
        edited.finish();
      }
    }
  });

  it('end with the text\'s length when it ends with a line break, and are those of the text for a short one', () => {
    const text = pageDump(300 * 1024);
    assert.ok(text.endsWith('\n'));
    const starts = Array.from(startLint(text).lineStarts());
    assert.equal(starts[starts.length - 1], text.length);
    assert.deepEqual(starts, lineStartsOf(text));
    assert.deepEqual(Array.from(startLint('one\r\ntwo\rthree\n').lineStarts()), [0, 5, 9, 15]);
  });
});

describe('memory of a long document', () => {
  it('keeps no earlier version of the document alive through the results it reuses', () => {
    setFlagsFromString('--expose-gc');
    const collectGarbage = runInNewContext('gc') as () => void;
    const cache = new SectionCache();
    // Untagged, so a section's text is a view into the whole document: the case that pinned old versions.
    let text = parseTaggedText(pageDump(2 * 1024 * 1024)).plain;
    startLint(text, { sectionCache: cache }).finish();
    collectGarbage();
    const settled = process.memoryUsage().heapUsed;
    // One edit in each of eight sections: each version's lint reuses the other sections' results from earlier ones.
    for (let edit = 0; edit < 8; edit++) {
      const at = text.indexOf('\n\n', ((edit + 0.5) * text.length) / 8) + 2;
      text = text.slice(0, at) + 'x' + text.slice(at);
      startLint(text, { sectionCache: cache }).finish();
    }
    collectGarbage();
    const grown = process.memoryUsage().heapUsed - settled;
    // Every version held would be the whole text again: at least 2 MiB each.
    assert.ok(grown < text.length, `the heap grew by ${(grown / 1048576).toFixed(1)} MiB over 8 edits of a ${(text.length / 1048576).toFixed(1)} MiB text`);
  });
});

describe('a long document held in sections (SectionedSource)', () => {
  it('lints to the same findings and line starts as its text, tagged or not, before and after edits', () => {
    const untagged = pageDump(600 * 1024);
    const tagged = untagged.replace(/^(Page \d+)$/gm, '<headline>$1</headline>');
    assert.ok(tagged.length > untagged.length + 1000, 'the tagged dump has tags');
    for (const text of [untagged, tagged]) {
      let source = SectionedSource.of(text);
      let current = text;
      const cache = new SectionCache();
      assert.ok(source.isSectioned);
      for (const at of [0, 0.3, 0.7, 1]) {
        const offset = Math.floor(at * current.length);
        source = source.edit({ start: offset, end: offset }, 'typed ');
        current = current.slice(0, offset) + 'typed ' + current.slice(offset);
        const job = startLint(source, { sectionCache: cache });
        const fresh = startLint(current);
        assert.deepEqual(Array.from(job.lineStarts()), Array.from(fresh.lineStarts()));
        const result = job.finish();
        const expected = fresh.finish();
        assert.deepEqual(result.findings, expected.findings);
        assert.equal(result.tagged.source, current);
        assert.equal(result.tagged.isIdentity, expected.tagged.isIdentity);
        assert.deepEqual(result.tagged.annotations, expected.tagged.annotations);
      }
    }
  });

  it('keeps no earlier version alive through the results it reuses', () => {
    setFlagsFromString('--expose-gc');
    const collectGarbage = runInNewContext('gc') as () => void;
    const cache = new SectionCache();
    // As the server lints: with a line memo from the second lint on, which must keep only its own copies of lines.
    const lineMemo = new LineMemo();
    let source = SectionedSource.of(pageDump(2 * 1024 * 1024));
    startLint(source, { sectionCache: cache }).finish();
    collectGarbage();
    const settled = process.memoryUsage().heapUsed;
    for (let edit = 0; edit < 8; edit++) {
      const at = Math.floor(((edit + 0.5) * source.length) / 8);
      source = source.edit({ start: at, end: at }, 'x');
      startLint(source, { sectionCache: cache, lineMemo }).finish();
    }
    collectGarbage();
    const grown = process.memoryUsage().heapUsed - settled;
    // Each version shares the sections an edit did not touch: eight edits add a few sections, not eight documents.
    assert.ok(grown < source.length, `the heap grew by ${(grown / 1048576).toFixed(1)} MiB over 8 edits of a ${(source.length / 1048576).toFixed(1)} MiB text`);
  });
});

describe('a section that continues a document', () => {
  const text = 'Council approves budget for schools | The Daily Ledger\n\nThe council approved the budget on Tuesday after a long debate about school funding and repairs.\n\nMembers said the plan would be reviewed again in spring, when the first figures for the year are known.\n';
  const headlines = (startsDocument: boolean) =>
    lintArticle(parseArticle(text, { startsDocument })).findings.filter(finding => finding.rule === 'metadata/headline').length;

  it('does not read its first line as the page title', () => {
    assert.equal(headlines(true), 1);
    assert.equal(headlines(false), 0);
  });
});
