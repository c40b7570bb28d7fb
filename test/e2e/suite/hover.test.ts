// Hover on a noise block: the language server's explanation (rule, link to its doc, evidence, what the fix does)
// over exactly the block's range, as `vscode.executeHoverProvider` collects it from every provider.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, diagnosticsOfRule, openInEditor, waitForDiagnostics } from './helpers';

function markdownOf(hover: vscode.Hover): string {
  return hover.contents.map(part => (typeof part === 'string' ? part : part.value)).join('\n');
}

describe('hover', () => {
  let editor: vscode.TextEditor;
  let adLabel: vscode.Diagnostic;

  before(async () => {
    await activateExtension();
    editor = await openInEditor('baltic-ferries.txt');
    const diagnostics = await waitForDiagnostics(editor.document.uri, 'the ad label is reported', found => diagnosticsOfRule(found, 'noise/ad-label').length === 1);
    [adLabel] = diagnosticsOfRule(diagnostics, 'noise/ad-label');
  });
  after(closeAllEditors);

  it('explains the noise block under the cursor: rule, evidence and fix', async () => {
    const inside = adLabel.range.start.translate(0, 4);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, inside);
    const ours = hovers.filter(hover => markdownOf(hover).includes('noise/ad-label'));
    assert.equal(ours.length, 1, `one Article Lint hover; got ${JSON.stringify(hovers.map(markdownOf))}`);
    const markdown = markdownOf(ours[0]);
    assert.match(markdown, /\*\*\[noise\/ad-label\]\(file:\/\/\S+\/docs\/rules\/noise\/ad-label\.md\)\*\* · noise · warning · confidence \w+/);
    assert.match(markdown, /\*Why:\* \S/, 'the evidence for the finding');
    assert.match(markdown, /\*Fix:\* Remove this line — deletes this block\./);
    assert.deepEqual(ours[0].range, adLabel.range, 'the hover highlights the block it explains');
  });

  it('says nothing over article text', async () => {
    const bodyText = new vscode.Position(9, 10);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, bodyText);
    assert.deepEqual(hovers.map(markdownOf).filter(markdown => markdown.includes('*Why:*')), []);
  });
});
