// A 5 MiB article: it opens, gets diagnostics, and the extension host keeps running meanwhile (the linting happens
// in the language server's process). Prints the times for the report; asserts no time.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, readWorkspaceFile, waitForDiagnostics, workspaceFile, writeWorkspaceFile } from './helpers';

const LARGE_FILE = 'large-5mib.txt';
const TARGET_BYTES = 5 * 1024 * 1024;

/** The seed-like article and the notes repeated to 5 MiB: one very long scraped page with repeated blocks. */
async function writeLargeArticle(): Promise<number> {
  const pieces = [await readWorkspaceFile('baltic-ferries.txt'), await readWorkspaceFile('reader-notes.txt')];
  const parts: string[] = [];
  let bytes = 0;
  for (let index = 0; bytes < TARGET_BYTES; index++) {
    const piece = `${pieces[index % pieces.length].trimEnd()}\n\n`;
    parts.push(piece);
    bytes += Buffer.byteLength(piece);
  }
  await writeWorkspaceFile(LARGE_FILE, parts.join(''));
  return bytes;
}

describe('a 5 MiB article', function () {
  this.timeout(180_000);
  let bytes: number;

  before(async () => {
    await activateExtension();
    bytes = await writeLargeArticle();
  });
  after(async () => {
    await closeAllEditors();
    await vscode.workspace.fs.delete(workspaceFile(LARGE_FILE));
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
      const ticksWhileLinting = ticks;
      console.log(
        `[measure] ${(bytes / 1024 / 1024).toFixed(1)} MiB article: opened in the editor after ${(opened - started).toFixed(0)} ms, ` +
          `${diagnostics.length} diagnostics after ${(diagnosed - started).toFixed(0)} ms; ` +
          `extension host: ${ticksWhileLinting} timer ticks, longest gap ${longestGapMs.toFixed(0)} ms`,
      );
      assert.equal(document.getText().length > TARGET_BYTES * 0.9, true, 'the whole file is in the editor');
      assert.ok(diagnostics.some(diagnostic => diagnostic.range.start.line === 0), 'the icon-font line at the top is reported');
      assert.ok(ticksWhileLinting > 0, 'the extension host ran timers while the server linted');
      // The host still answers requests that go through the server once the lint is done.
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, new vscode.Position(0, 5));
      assert.ok(hovers.length > 0, 'a hover comes back for the icon-font line');
    } finally {
      clearInterval(ticker);
    }
  });
});
