// A long document over the wire: linted in sections with work-done progress, the sections on screen first and shown as
// a preview (pulled and pushed), diagnostics equal to the engine's lint of the same text, and an edit that re-lints
// only what it touched (no second progress, no preview) with results still equal to a fresh lint of the edited text.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Diagnostic, DocumentSymbol } from 'vscode-languageserver-protocol';
import { parseArticle } from '../../server/src/engine/article';
import { OUTLINE_MAX_ITEMS } from '../../server/src/engine/outline';
import { lintArticle } from '../../server/src/engine/lint';
import { SECTIONED_LINT_LENGTH, sectionSpans } from '../../server/src/engine/sections';
import { parseTaggedText } from '../../server/src/engine/tags';
import { PositionMap } from '../../server/src/positions';
import { pageDump } from '../helpers/pageDump';
import { applyLspEdits } from './fixtures';
import { LspClient } from './lspClient';

/** The line a summary line (see `summary`) starts on. */
function startLine(summaryLine: string): number {
  return Number(/ (\d+):/.exec(summaryLine)![1]);
}

/** Rule and range of every diagnostic, as one comparable string each. */
function summary(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map(({ code, range }) => `${code} ${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`);
}

/** What the engine finds in `text`, in the same form. */
function engineSummary(text: string): string[] {
  const positions = new PositionMap(text);
  return lintArticle(text).findings.map(finding => {
    const start = positions.positionAt(finding.span.start);
    const end = positions.positionAt(finding.span.end);
    return `${finding.rule} ${start.line}:${start.character}-${end.line}:${end.character}`;
  });
}

interface ProgressValue {
  kind: 'begin' | 'report' | 'end';
  message?: string;
}

describe('long documents', () => {
  let client: LspClient;
  const uri = 'untitled:page-dump';
  let text = pageDump(3 * 1024 * 1024);
  const progress = () =>
    client.notifications.filter(notification => notification.method === '$/progress').map(notification => (notification.params as { value: ProgressValue }).value);

  before(async () => {
    client = await LspClient.start({ pullDiagnostics: true });
  });
  after(() => client.stop());

  it('lints a 3 MiB dump in sections with progress, shows the top first, and then reports what the engine reports', async () => {
    assert.ok(text.length > 8 * SECTIONED_LINT_LENGTH);
    client.openDocument(uri, text);
    const reports = await client.pulledUntilComplete(uri);
    assert.equal(reports.length, 2, `a preview, then the full report: ${reports.map(report => report.resultId).join(', ')}`);
    const [preview, complete] = reports.map(report => summary(report.items));
    const engine = engineSummary(text);
    // With no visible ranges from the client, the top of the document is what is on screen.
    const firstSection = sectionSpans(parseTaggedText(text))[0];
    const firstSectionLines = text.slice(0, firstSection.end).split('\n').length - 1;
    assert.ok(preview.length > 0);
    assert.deepEqual(preview, engine.filter(line => startLine(line) < firstSectionLines), 'the preview is the first section, as the engine lints it');
    const diagnostics = reports[1].items;
    assert.deepEqual(complete, engine);
    const values = progress();
    assert.equal(values[0]?.kind, 'begin');
    assert.match(values[0].message ?? '', /^Linting page-dump: 0 of \d+ sections$/);
    assert.ok(values.some(value => value.kind === 'report'), 'progress is reported while the sections are linted');
    assert.equal(values.at(-1)?.kind, 'end');
    assert.deepEqual(summary(diagnostics), engineSummary(text));
  });

  it('after an edit re-lints only the touched sections (no progress) and still equals a fresh lint', async () => {
    const progressBefore = progress().length;
    const line = text.slice(0, text.indexOf('\n\n', text.length / 2)).split('\n').length;
    const changes = [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: 'Advertisement\n\nA sentence the user typed.\n' }];
    client.changeDocument(uri, 2, changes);
    text = applyLspEdits(text, changes.map(change => ({ range: change.range, newText: change.text })));
    const diagnostics = await client.pulledDiagnostics(uri);
    assert.equal(progress().length, progressBefore, 'an edit does not re-lint the whole document');
    assert.deepEqual(summary(diagnostics), engineSummary(text));
  });

  it('lints the sections on screen first when the client says where it is scrolled, and again after a scroll', async () => {
    const scrolled = 'untitled:scrolled-dump';
    const scrolledText = pageDump(6 * 1024 * 1024);
    const lines = scrolledText.split('\n').length;
    const screenAt = (firstLine: number) => [{ start: { line: firstLine, character: 0 }, end: { line: firstLine + 150, character: 0 } }];
    const middle = Math.floor(lines / 2);
    client.notify('articleLint/visibleRanges', { uri: scrolled, ranges: screenAt(middle) });
    client.openDocument(scrolled, scrolledText);
    let refreshes = client.diagnosticRefreshes;
    const preview = await client.pulledReport(scrolled);
    assert.match(preview.resultId, /:preview1$/);
    // Then the user scrolls near the end while the rest is linted (6 MiB take seconds): that part is linted next and
    // shown in a newer preview, then the full report follows.
    const nearEnd = lines - 400;
    client.notify('articleLint/visibleRanges', { uri: scrolled, ranges: screenAt(nearEnd) });
    await client.waitUntil(() => (client.diagnosticRefreshes > refreshes ? true : undefined), 'a diagnostic refresh after the scroll');
    refreshes = client.diagnosticRefreshes;
    const next = await client.pulledReport(scrolled, preview.resultId);
    assert.match(next.resultId, /:preview2$/);

    const engine = engineSummary(scrolledText);
    const onScreen = (from: number) => engine.filter(line => startLine(line) >= from && startLine(line) < from + 150);
    const previewLines = summary(preview.items);
    assert.ok(onScreen(middle).length > 0 && onScreen(nearEnd).length > 0, 'both screens show findings');
    for (const line of onScreen(middle)) assert.ok(previewLines.includes(line), `${line} is in the preview`);
    assert.ok(previewLines.every(line => engine.includes(line)), 'the preview shows only what the full lint shows');
    assert.ok(previewLines.every(line => startLine(line) > 1000), 'the top was not linted before the screen');
    const nextLines = summary(next.items);
    for (const line of [...onScreen(middle), ...onScreen(nearEnd)]) assert.ok(nextLines.includes(line), `${line} is in the second preview`);
    assert.ok(nextLines.length < engine.length, 'the second preview comes before the lint is complete');
    await client.waitUntil(() => (client.diagnosticRefreshes > refreshes ? true : undefined), 'a diagnostic refresh once the lint is complete');
    assert.deepEqual(summary((await client.pulledReport(scrolled, next.resultId)).items), engine);
    client.notify('textDocument/didClose', { textDocument: { uri: scrolled } });
  });

  it('ignores malformed visible ranges and keeps linting', async () => {
    const since = client.mark();
    client.notify('articleLint/visibleRanges', { uri, ranges: [{ start: { line: -1, character: 0 }, end: null }] });
    client.notify('articleLint/visibleRanges', { uri: 42 });
    client.notify('articleLint/visibleRanges', null);
    const hover = await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } });
    assert.notEqual(hover, undefined);
    const warnings = client.notifications.slice(since).filter(notification => notification.method === 'window/logMessage' && /visibleRanges ignored/.test(JSON.stringify(notification.params)));
    assert.equal(warnings.length, 3);
  });

  it('keeps answering hovers on the long document', async () => {
    const hover = await client.request<{ contents: { value: string } } | null>('textDocument/hover', {
      textDocument: { uri },
      position: { line: text.split('\n').indexOf('Advertisement'), character: 2 },
    });
    assert.match(hover?.contents.value ?? '', /noise\/ad-label/);
  });

  it('outlines the first paragraphs of the long document, then one symbol that says how many more there are', async () => {
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.equal(symbols.length, OUTLINE_MAX_ITEMS + 1);
    const paragraphs = parseArticle(text).blocks.length;
    assert.equal(symbols[OUTLINE_MAX_ITEMS].name, `${(paragraphs - OUTLINE_MAX_ITEMS).toLocaleString('en-US')} more paragraphs (the outline lists the first 2,000); headlines and tagged passages below`);
    assert.equal(symbols[OUTLINE_MAX_ITEMS].range.end.line, text.trimEnd().split('\n').length - 1, 'the last symbol reaches the end of the dump');
  });
});

describe('long documents with a push client', () => {
  it('publishes the top of a long dump first, then everything the engine reports', async () => {
    const client = await LspClient.start({ pullDiagnostics: false });
    try {
      const uri = 'untitled:pushed-dump';
      const text = pageDump(3 * 1024 * 1024);
      client.openDocument(uri, text);
      const first = await client.publishedDiagnostics(uri, 1);
      const since = client.notifications.findIndex(notification => notification.method === 'textDocument/publishDiagnostics') + 1;
      const complete = await client.publishedDiagnostics(uri, 1, since);
      const engine = engineSummary(text);
      const firstSectionLines = text.slice(0, sectionSpans(parseTaggedText(text))[0].end).split('\n').length - 1;
      assert.ok(first.length > 0);
      assert.deepEqual(summary(first), engine.filter(line => startLine(line) < firstSectionLines), 'first the first section');
      assert.deepEqual(summary(complete), engine, 'then all of it');
    } finally {
      await client.stop();
    }
  });
});
