// A 5 MiB article: it opens, gets diagnostics for what is on screen first and then for all of it, and the extension
// host keeps running meanwhile (the linting happens in the language server's process); its names are coloured where
// the editor shows them. Prints the times for the report; asserts no time.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, readWorkspaceFile, waitForDiagnostics, workspaceFile, writeWorkspaceFile } from './helpers';

const LARGE_FILE = 'large-5mib.txt';
const LARGE_FILE_OPENED_MIDWAY = 'large-5mib-midway.txt';
const TARGET_BYTES = 5 * 1024 * 1024;

/**
 * The seed-like article and the notes repeated to 5 MiB, each copy numbered (so no two parts of the file are the same
 * text, whose results the server would reuse): one very long scraped page with repeated blocks.
 */
async function writeLargeArticle(name: string): Promise<number> {
  const pieces = [await readWorkspaceFile('baltic-ferries.txt'), await readWorkspaceFile('reader-notes.txt')];
  const parts: string[] = [];
  let bytes = 0;
  for (let index = 0; bytes < TARGET_BYTES; index++) {
    const piece = `${pieces[index % pieces.length].trimEnd()}\n\nPart ${index}\n\n`;
    parts.push(piece);
    bytes += Buffer.byteLength(piece);
  }
  await writeWorkspaceFile(name, parts.join(''));
  return bytes;
}

describe('a 5 MiB article', function () {
  this.timeout(180_000);
  let bytes: number;

  before(async () => {
    await activateExtension();
    bytes = await writeLargeArticle(LARGE_FILE);
    await writeLargeArticle(LARGE_FILE_OPENED_MIDWAY);
  });
  after(async () => {
    await closeAllEditors();
    await vscode.workspace.fs.delete(workspaceFile(LARGE_FILE));
    await vscode.workspace.fs.delete(workspaceFile(LARGE_FILE_OPENED_MIDWAY));
  });

  it('opens and gets diagnostics while the extension host stays responsive', async () => {
    // Timer ticks in the extension host while the server lints: they keep coming unless the host is blocked.
    let ticks = 0;
    let longestGapMs = 0;
    let lastTick = performance.now();
    const ticker = setInterval(() => {
      const now = performance.now();
      longestGapMs = Math.max(longestGapMs, now - lastTick);
      lastTick = now;
      ticks++;
    }, 20);
    try {
      const started = performance.now();
      const document = await vscode.workspace.openTextDocument(workspaceFile(LARGE_FILE));
      await vscode.window.showTextDocument(document, { preview: false });
      const opened = performance.now();
      const diagnostics = await waitForDiagnostics(document.uri, 'the large article has diagnostics', found => found.length > 0, 150_000);
      const diagnosed = performance.now();
      const lastTenth = Math.floor(document.lineCount * 0.9);
      const complete = await waitForDiagnostics(document.uri, 'the end of the article has diagnostics', found => found.some(diagnostic => diagnostic.range.start.line >= lastTenth), 150_000);
      const completed = performance.now();
      const ticksWhileLinting = ticks;
      console.log(
        `[measure] ${(bytes / 1024 / 1024).toFixed(1)} MiB article: opened in the editor after ${(opened - started).toFixed(0)} ms, ` +
          `${diagnostics.length} diagnostics (the top) after ${(diagnosed - started).toFixed(0)} ms, ${complete.length} (all) after ${(completed - started).toFixed(0)} ms; ` +
          `extension host: ${ticksWhileLinting} timer ticks, longest gap ${longestGapMs.toFixed(0)} ms`,
      );
      assert.equal(document.getText().length > TARGET_BYTES * 0.9, true, 'the whole file is in the editor');
      assert.ok(diagnostics.some(diagnostic => diagnostic.range.start.line === 0), 'the icon-font line at the top is reported first');
      assert.ok(diagnostics.length < complete.length, 'the top comes before the rest');
      assert.ok(ticksWhileLinting > 0, 'the extension host ran timers while the server linted');
      // The host still answers requests that go through the server once the lint is done.
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, new vscode.Position(0, 5));
      assert.ok(hovers.length > 0, 'a hover comes back for the icon-font line');
    } finally {
      clearInterval(ticker);
    }
  });

  it('lints what is on screen first when the article is opened at its middle', async () => {
    const started = performance.now();
    const document = await vscode.workspace.openTextDocument(workspaceFile(LARGE_FILE_OPENED_MIDWAY));
    const lines = document.getText().split('\n');
    // The first line of a copy of the seed-like article, an icon-font menu that is always reported: the one nearest the
    // middle, shown at the top of the editor.
    const middle = lines.findIndex((line, index) => index >= lines.length / 2 && line === lines[0]);
    assert.ok(middle > 0, 'the article has a copy in its second half');
    const editor = await vscode.window.showTextDocument(document, { preview: false, selection: new vscode.Range(middle, 0, middle, 0) });
    editor.revealRange(new vscode.Range(middle, 0, middle, 0), vscode.TextEditorRevealType.AtTop);
    const onScreen = await waitForDiagnostics(document.uri, 'the line on screen is reported', found => found.some(diagnostic => diagnostic.range.start.line === middle), 150_000);
    const shown = performance.now();
    const lastTenth = Math.floor(document.lineCount * 0.9);
    assert.ok(!onScreen.some(diagnostic => diagnostic.range.start.line >= lastTenth), 'the end of the article is not linted before the screen is');
    const complete = await waitForDiagnostics(document.uri, 'the end of the article has diagnostics', found => found.some(diagnostic => diagnostic.range.start.line >= lastTenth), 150_000);
    console.log(
      `[measure] 5 MiB article opened at line ${middle}: ${onScreen.length} diagnostics with the screen after ${(shown - started).toFixed(0)} ms, ` +
        `${complete.length} (all) after ${(performance.now() - started).toFixed(0)} ms`,
    );
  });

  it('colours the names on screen, and those further on once the editor shows them', async () => {
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor && editor.document.uri.path.endsWith(LARGE_FILE_OPENED_MIDWAY), 'the article opened at its middle is shown');
    const tokenLines = async () => {
      const tokens = await vscode.commands.executeCommand<vscode.SemanticTokens>('vscode.provideDocumentSemanticTokens', editor.document.uri);
      const lines: number[] = [];
      let line = 0;
      for (let index = 0; index < (tokens?.data.length ?? 0); index += 5) lines.push((line += tokens.data[index]));
      return lines;
    };
    // A section is at most 128 KiB: the lines of the sections around the screen lie within that of it.
    const near = (first: number, line: number) => {
      const offset = editor.document.offsetAt(new vscode.Position(line, 0));
      const screen = editor.document.offsetAt(new vscode.Position(first, 0));
      return offset > screen - 130 * 1024 && offset < screen + 140 * 1024;
    };
    const middle = editor.visibleRanges[0].start.line;
    const atMiddle = await tokenLines();
    assert.ok(atMiddle.length > 0 && atMiddle.every(line => near(middle, line)), `${atMiddle.length} tokens, all around line ${middle}`);

    const end = editor.document.lineCount - 50;
    editor.revealRange(new vscode.Range(end, 0, end, 0), vscode.TextEditorRevealType.AtTop);
    // The client tells the server what the editor shows after a short pause; then the tokens follow the screen.
    let atEnd: number[] = [];
    for (let attempt = 0; attempt < 50 && !(atEnd.length > 0 && atEnd.every(line => near(end, line))); attempt++) {
      await new Promise(resolve => setTimeout(resolve, 200));
      atEnd = await tokenLines();
    }
    assert.ok(atEnd.length > 0 && atEnd.every(line => near(end, line)), `${atEnd.length} tokens, all around line ${end}`);
  });
});
