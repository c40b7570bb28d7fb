// Settings take effect without a reload: a rule's severity from `articleLint.rules`, `off` to silence it, and
// `articleLint.lintPlaintext` for plain-text files (article files are linted either way).

import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, diagnosticsOfRule, openInEditor, setWorkspaceSetting, summarize, waitForDiagnostics } from './helpers';

describe('settings', () => {
  let plainText: vscode.TextDocument;
  let article: vscode.TextDocument;

  before(async () => {
    await activateExtension();
    article = (await openInEditor('harbour-strike.article.txt')).document;
    plainText = (await openInEditor('reader-notes.txt')).document;
  });
  afterEach(async () => {
    await setWorkspaceSetting('rules', undefined);
    await setWorkspaceSetting('lintPlaintext', undefined);
  });
  after(closeAllEditors);

  function adLabelsOf(diagnostics: vscode.Diagnostic[]): vscode.Diagnostic[] {
    return diagnosticsOfRule(diagnostics, 'noise/ad-label');
  }

  it('applies a severity from articleLint.rules, and "off" removes the rule', async () => {
    const initial = adLabelsOf(await waitForDiagnostics(plainText.uri, 'the ad label is reported', found => adLabelsOf(found).length === 1));
    assert.equal(summarize(initial[0]).severity, 'warning');

    await setWorkspaceSetting('rules', { 'noise/ad-label': 'error' });
    await waitForDiagnostics(plainText.uri, 'the ad label is an error', found => adLabelsOf(found).some(d => d.severity === vscode.DiagnosticSeverity.Error));

    await setWorkspaceSetting('rules', { 'noise/ad-label': 'off' });
    const silenced = await waitForDiagnostics(plainText.uri, 'the ad label is no longer reported', found => adLabelsOf(found).length === 0);
    assert.deepEqual(silenced, [], 'the ad label was the only finding in the notes');
  });

  it('lints plain-text files, and stops when articleLint.lintPlaintext is false', async () => {
    assert.equal(plainText.languageId, 'plaintext');
    await waitForDiagnostics(plainText.uri, 'the plain-text file is linted', found => found.length === 1);

    await setWorkspaceSetting('lintPlaintext', false);
    await waitForDiagnostics(plainText.uri, 'the plain-text file is no longer linted', found => found.length === 0);
    // The article language is linted whatever the setting says.
    const articleFindings = await waitForDiagnostics(article.uri, 'the article file is still linted', found => found.length === 2);
    assert.deepEqual(articleFindings.map(d => summarize(d).rule).sort(), ['characters/html-entities', 'noise/share-buttons']);

    await setWorkspaceSetting('lintPlaintext', true);
    await waitForDiagnostics(plainText.uri, 'the plain-text file is linted again', found => found.length === 1);
  });
});
