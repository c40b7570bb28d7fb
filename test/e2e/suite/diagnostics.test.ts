// Diagnostics in the editor for the seed-like article: the rule ids, exact ranges, severities, the Unnecessary tag
// that fades noise, the link to each rule's doc, and the status-bar counts.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { ArticleLintApi, DiagnosticSummary, activateExtension, closeAllEditors, openInEditor, ruleIdOf, summarizeAll, waitFor, waitForDiagnostics } from './helpers';

/** What the server reports for baltic-ferries.txt, in document order (0-based lines, UTF-16 characters). */
const EXPECTED_BALTIC_FERRIES: DiagnosticSummary[] = [
  { rule: 'noise/icon-font-run', range: [0, 1, 0, 568], severity: 'warning', unnecessary: true },
  { rule: 'metadata/dateline', range: [1, 0, 1, 17], severity: 'info', unnecessary: false },
  { rule: 'metadata/headline', range: [2, 0, 2, 61], severity: 'info', unnecessary: false },
  { rule: 'metadata/standfirst', range: [4, 0, 4, 139], severity: 'info', unnecessary: false },
  { rule: 'metadata/caption', range: [5, 0, 5, 76], severity: 'info', unnecessary: false },
  { rule: 'metadata/credit', range: [5, 77, 5, 124], severity: 'info', unnecessary: false },
  { rule: 'noise/ad-label', range: [11, 0, 11, 13], severity: 'warning', unnecessary: true },
  { rule: 'text/unquoted-quote', range: [17, 0, 17, 196], severity: 'hint', unnecessary: false },
];

describe('diagnostics', () => {
  let api: ArticleLintApi;
  let editor: vscode.TextEditor;
  let diagnostics: vscode.Diagnostic[];

  before(async () => {
    api = await activateExtension();
    editor = await openInEditor('baltic-ferries.txt');
    diagnostics = await waitForDiagnostics(editor.document.uri, 'all findings of the article are reported', found => found.length >= EXPECTED_BALTIC_FERRIES.length);
  });
  after(closeAllEditors);

  it('lints a plain-text article (the seed is a .txt page dump)', () => {
    assert.equal(editor.document.languageId, 'plaintext');
  });

  it('reports each finding with its rule id, exact range and severity, and fades noise as Unnecessary', () => {
    assert.deepEqual(summarizeAll(diagnostics), EXPECTED_BALTIC_FERRIES);
  });

  it('links every diagnostic to its rule documentation shipped with the extension', () => {
    for (const diagnostic of diagnostics) {
      const code = diagnostic.code;
      assert.ok(typeof code === 'object', `${ruleIdOf(diagnostic)} has a code with a documentation target`);
      assert.equal(code.target.scheme, 'file');
      assert.ok(code.target.path.endsWith(`/docs/rules/${ruleIdOf(diagnostic)}.md`), code.target.toString());
      assert.equal(diagnostic.source, 'article-lint');
    }
  });

  it('counts the findings by category in the status bar', async () => {
    const expected = '$(checklist) 2 noise · 5 meta · 1 text';
    // The item updates on the diagnostics-changed event, which may come a moment after the diagnostics themselves.
    await waitFor(`the status bar reads "${expected}"`, () => api.statusBarText === expected, { describeLast: () => String(api.statusBarText) });
  });
});
