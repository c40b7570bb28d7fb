// The status-bar item with the active file's Article Lint counts ("$(checklist) 3 noise · 2 chars · 4 meta").
// Counts come from the diagnostics VS Code already holds, so the item needs nothing from the server.

import * as vscode from 'vscode';
import { countDiagnostics, formatStatusText, formatStatusTooltip } from './diagnosticCounts';
import { CONFIGURATION_SECTION, isLintedDocument } from './lintedDocuments';

export class FindingsStatusBar implements vscode.Disposable {
  private readonly item: vscode.StatusBarItem;
  private readonly subscriptions: vscode.Disposable[] = [];
  private isVisible = false;

  constructor() {
    this.item = vscode.window.createStatusBarItem('articleLint.findings', vscode.StatusBarAlignment.Right, 100);
    this.item.name = 'Article Lint findings';
    this.item.command = 'workbench.actions.view.problems';
    this.subscriptions.push(
      this.item,
      vscode.languages.onDidChangeDiagnostics(event => {
        const activeUri = vscode.window.activeTextEditor?.document.uri.toString();
        if (event.uris.some(uri => uri.toString() === activeUri)) this.update();
      }),
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      // Changing a document's language mode closes and reopens it without changing the active editor.
      vscode.workspace.onDidOpenTextDocument(document => {
        if (document === vscode.window.activeTextEditor?.document) this.update();
      }),
      vscode.workspace.onDidChangeConfiguration(event => {
        if (event.affectsConfiguration(CONFIGURATION_SECTION)) this.update();
      }),
    );
    this.update();
  }

  /** The text on display, or undefined while the item is hidden. For the e2e tests, which cannot read the status bar. */
  get visibleText(): string | undefined {
    return this.isVisible ? this.item.text : undefined;
  }

  private update(): void {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || !isLintedDocument(document)) {
      this.item.hide();
      this.isVisible = false;
      return;
    }
    const counts = countDiagnostics(vscode.languages.getDiagnostics(document.uri));
    this.item.text = formatStatusText(counts);
    this.item.tooltip = formatStatusTooltip(counts);
    this.item.show();
    this.isVisible = true;
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}
