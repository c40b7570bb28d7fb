// Tells the server which ranges of each linted document the editors show (articleLint/visibleRanges), so that the
// lint of a long document does those sections first and shows them before the rest is done.

import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/node';
import { VISIBLE_RANGES_NOTIFICATION, VisibleRangesParams } from '../../server/src/protocol';
import { DOCUMENT_SELECTOR } from './lintedDocuments';

/** Scrolling fires an event per frame; the server looks at most every 20 ms, so more often than this is waste. */
const SEND_INTERVAL_MILLISECONDS = 100;

/** Starts reporting; `reportAll` sends every editor's ranges again (a restarted server knows none). */
export function reportVisibleRanges(client: LanguageClient): vscode.Disposable & { reportAll(): void } {
  const pending = new Map<string, vscode.TextDocument>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastSent = 0;

  const send = () => {
    timer = undefined;
    lastSent = performance.now();
    for (const document of pending.values()) {
      // Every editor showing the document counts (a split view shows two places at once).
      const ranges = vscode.window.visibleTextEditors
        .filter(editor => editor.document === document)
        .flatMap(editor => editor.visibleRanges.map(range => client.code2ProtocolConverter.asRange(range)));
      const params: VisibleRangesParams = { uri: client.code2ProtocolConverter.asUri(document.uri), ranges };
      // Only a stopped or stopping client rejects: after a restart, `reportAll` sends the ranges again.
      client.sendNotification(VISIBLE_RANGES_NOTIFICATION, params).catch(() => undefined);
    }
    pending.clear();
  };
  // The first change is sent at once (a file opened at line 80,000), later ones at most every interval.
  const changed = (editors: readonly vscode.TextEditor[]) => {
    for (const { document } of editors) if (vscode.languages.match(DOCUMENT_SELECTOR, document) > 0) pending.set(document.uri.toString(), document);
    if (pending.size === 0 || timer) return;
    timer = setTimeout(send, Math.max(0, lastSent + SEND_INTERVAL_MILLISECONDS - performance.now()));
  };

  const reportAll = () => changed(vscode.window.visibleTextEditors);
  reportAll();
  const subscriptions = vscode.Disposable.from(
    vscode.window.onDidChangeTextEditorVisibleRanges(event => changed([event.textEditor])),
    vscode.window.onDidChangeVisibleTextEditors(changed),
    { dispose: () => clearTimeout(timer) },
  );
  return { reportAll, dispose: () => subscriptions.dispose() };
}
