// A burst of edits like fast typing: 10,000 didChange notifications as fast as the pipe takes them, with hovers, code
// actions and cancelled requests in between. The server must stay alive and end on the diagnostics of the final text.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Diagnostic, Hover } from 'vscode-languageserver-protocol';
import { lintArticle } from '../../server/src/engine/lint';
import { Position, PositionMap } from '../../server/src/positions';
import { LspClient } from './lspClient';

const EDITS = Number(process.env.BURST_EDITS ?? 10_000);

/** Fast typing at a cursor, the same every run for a seed: mostly `letters`, now and then a line break or a deletion. */
class Typist {
  constructor(
    private seed: number,
    public text: string,
    public cursor: number,
  ) {}

  random(limit: number): number {
    this.seed = (this.seed * 1103515245 + 12345) & 0x7fffffff;
    return this.seed % limit;
  }

  /** One keystroke: the text and cursor after it, and the change that makes it, in positions of the text before. */
  type(letters: string): { range: { start: Position; end: Position }; text: string } {
    const positions = new PositionMap(this.text);
    const choice = this.random(20);
    let start = this.cursor;
    let insert = letters[this.random(letters.length)];
    if (choice === 0) insert = '\n';
    if (choice === 1 && this.cursor > 0) {
      start = this.cursor - 1;
      insert = '';
    }
    const change = { range: { start: positions.positionAt(start), end: positions.positionAt(this.cursor) }, text: insert };
    this.text = this.text.slice(0, start) + insert + this.text.slice(this.cursor);
    this.cursor = start + insert.length;
    return change;
  }
}
const sample = readFileSync(join(new URL('../..', import.meta.url).pathname, 'samples', '02-page-dump.txt'), 'utf8');

describe('a burst of 10,000 edits', () => {
  let client: LspClient;
  const uri = 'untitled:burst';
  before(async () => {
    client = await LspClient.start();
  });
  after(() => client.stop());

  it('keeps the server alive and ends on the diagnostics of the final text', { timeout: 120_000 }, async () => {
    client.openDocument(uri, sample);
    // Typing in the middle of the article.
    const typist = new Typist(3, sample, Math.floor(sample.length / 2));
    const side: Promise<unknown>[] = [];
    for (let version = 2; version <= EDITS + 1; version++) {
      const change = typist.type('abcdefghij ');
      client.changeDocument(uri, version, [change]);
      if (version % 97 === 0) side.push(client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: change.range.start }).catch(error => error));
      if (version % 101 === 0) {
        const range = { start: { line: 0, character: 0 }, end: new PositionMap(typist.text).positionAt(Math.min(200, typist.text.length)) };
        side.push(client.request('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: [] } }).catch(error => error));
      }
      if (version % 103 === 0) side.push(client.requestAndCancel('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } }));
    }
    await Promise.all(side);
    const finalVersion = EDITS + 1;
    const published: Diagnostic[] = await client.publishedDiagnostics(uri, finalVersion);
    assert.ok(client.isRunning, 'the server is alive');

    const { text } = typist;
    const served: any = await client.request('articleLint/exportAnnotations', { uri, format: 'jsonl' });
    assert.equal(JSON.parse(served.files[0].content).text, text, 'the server holds the same text');
    const expected = lintArticle(text);
    const positions = new PositionMap(text);
    assert.deepEqual(
      published.map(diagnostic => `${diagnostic.code} ${JSON.stringify(diagnostic.range)}`),
      expected.findings.map(finding => `${finding.rule} ${JSON.stringify(positions.rangeOf(finding.span))}`),
    );
    // And it still answers.
    const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } });
    assert.notEqual(hover, undefined);
  });
});

describe('a burst of edits in a long document, pulled like VS Code pulls', () => {
  let client: LspClient;
  const uri = 'untitled:burst-long';
  before(async () => {
    client = await LspClient.start({ pullDiagnostics: true });
  });
  after(() => client.stop());

  it('ends with the editor showing exactly a fresh lint of the final text', { timeout: 180_000 }, async () => {
    // The sample repeated and numbered past the length where the server lints in sections.
    const opened = Array.from({ length: 60 }, (_, copy) => `Page ${copy}\n\n${sample.replace(/\r\n?/g, '\n')}`).join('\n\n');
    client.openDocument(uri, opened);
    // What the editor shows: the items of the last full report; `unchanged` keeps them.
    let shown = (await client.pulledUntilComplete(uri)).at(-1)!;
    // A pull as VS Code makes it; an outdated version is answered "cancelled, ask again", and the next pull asks.
    const pull = async () => {
      const report = await client
        .request<{ kind: string; resultId: string; items?: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri }, previousResultId: shown.resultId })
        .catch((error: Error) => error);
      if (report instanceof Error) return;
      shown = { resultId: report.resultId, items: report.kind === 'full' ? report.items! : shown.items };
    };
    const typist = new Typist(11, opened, Math.floor(opened.length / 2));
    const edits = Math.min(EDITS, 2_000);
    for (let version = 2; version <= edits + 1; version++) {
      // Now and then the user jumps elsewhere; double spaces come and go, which changes the diagnostics.
      if (typist.random(200) === 0) typist.cursor = typist.random(typist.text.length);
      client.changeDocument(uri, version, [typist.type('abcdefghij  ')]);
      if (version % 50 === 0) {
        const line = new PositionMap(typist.text).positionAt(typist.cursor).line;
        client.notify('articleLint/visibleRanges', { uri, ranges: [{ start: { line: Math.max(0, line - 20), character: 0 }, end: { line: line + 20, character: 0 } }] });
      }
      if (version % 10 === 0 || version === edits + 1) await pull();
    }
    // The last pull may have been cancelled or a preview: pull until the report is of the final version and complete.
    for (let attempt = 0; attempt < 20 && (shown.resultId.includes(':preview') || !shown.resultId.endsWith(`:${edits + 1}`)); attempt++) await pull();
    assert.match(shown.resultId, new RegExp(`:${edits + 1}$`), 'the editor ends on a complete report of the final version');
    assert.ok(client.isRunning, 'the server is alive');
    const { text } = typist;
    const positions = new PositionMap(text);
    assert.deepEqual(
      shown.items.map(diagnostic => `${diagnostic.code} ${JSON.stringify(diagnostic.range)}`),
      lintArticle(text).findings.map(finding => `${finding.rule} ${JSON.stringify(positions.rangeOf(finding.span))}`),
    );
  });
});
