// The quick fix of a noise block removes exactly that block (with the blank line after it, so one blank line stays
// between paragraphs), and undo brings the text back byte for byte; "fix all" is offered without its edit and VS Code
// resolves it (codeAction/resolve) when it is picked.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'mocha';
import * as vscode from 'vscode';
import {
  actionTitled,
  activateExtension,
  applyCodeAction,
  closeAllEditors,
  codeActionsAt,
  diagnosticsOfRule,
  openInEditor,
  waitFor,
  waitForDiagnostics,
  workspaceFile,
  writeWorkspaceFile,
} from './helpers';

describe('quick fix', () => {
  let editor: vscode.TextEditor;
  let originalText: string;

  before(async () => {
    await activateExtension();
    editor = await openInEditor('baltic-ferries.txt');
    originalText = editor.document.getText();
    await waitForDiagnostics(editor.document.uri, 'the ad label is reported', found => diagnosticsOfRule(found, 'noise/ad-label').length === 1);
  });
  after(async () => {
    // Leave the file as the other suites expect it, whatever happened above.
    if (editor.document.isDirty) await vscode.commands.executeCommand('workbench.action.files.revert');
    await closeAllEditors();
  });

  it('removes exactly the ad-label block, and undo restores the text byte for byte', async () => {
    const uri = editor.document.uri;
    const [adLabel] = diagnosticsOfRule(vscode.languages.getDiagnostics(uri), 'noise/ad-label');
    const actions = await codeActionsAt(uri, adLabel.range, vscode.CodeActionKind.QuickFix);
    // Only the ad label's diagnostic lies in this range, so its fix is the only removal offered.
    assert.equal(actions.filter(action => action.title === 'Remove this line').length, 1);
    const remove = actionTitled(actions, 'Remove this line');
    assert.equal(remove.isPreferred, true, 'the removal is the preferred fix (what Ctrl+. then Enter applies)');

    const labelLine = '\nAdvertisement\n\n';
    const labelStart = originalText.indexOf(labelLine) + 1;
    assert.ok(labelStart > 0, 'the fixture holds the ad label between two paragraphs');
    const expectedText = originalText.slice(0, labelStart) + originalText.slice(labelStart + 'Advertisement\n\n'.length);

    await applyCodeAction(remove);
    assert.equal(editor.document.getText(), expectedText);
    const remaining = await waitForDiagnostics(uri, 'the ad label is no longer reported', found => found.length > 0 && diagnosticsOfRule(found, 'noise/ad-label').length === 0);
    assert.equal(diagnosticsOfRule(remaining, 'noise/icon-font-run').length, 1, 'the other noise block is still reported');

    await vscode.window.showTextDocument(editor.document);
    await vscode.commands.executeCommand('undo');
    await waitFor('undo restores the original text', () => editor.document.getText() === originalText, {
      describeLast: () => JSON.stringify(editor.document.getText().slice(labelStart - 40, labelStart + 40)),
    });
    assert.equal(editor.document.isDirty, false, 'after undo the document is back at its saved state');
  });

  it('offers "fix all" for a rule without computing it, and VS Code resolves it to the edit that fixes every finding', async () => {
    const name = 'two-ad-labels.txt';
    const text = 'Ferry strike ends\n\nThe ferries run again from Monday, the operator said.\n\nAdvertisement\n\nTickets bought for the strike days will be refunded.\n\nAdvertisement\n\nThe union called the agreement fair.\n';
    await writeWorkspaceFile(name, text);
    try {
      const twoLabels = await openInEditor(name);
      const uri = twoLabels.document.uri;
      const [first] = diagnosticsOfRule(
        await waitForDiagnostics(uri, 'both ad labels are reported', found => diagnosticsOfRule(found, 'noise/ad-label').length === 2),
        'noise/ad-label',
      );
      const unresolved = actionTitled(await codeActionsAt(uri, first.range, vscode.CodeActionKind.QuickFix), 'Fix all noise/ad-label problems in this file');
      assert.equal(unresolved.edit, undefined, 'the light bulb gets the action without its edit');
      // What VS Code does when the action is picked: ask the server for the edit.
      const resolved = actionTitled(await codeActionsAt(uri, first.range, vscode.CodeActionKind.QuickFix, 10), 'Fix all noise/ad-label problems in this file');
      await applyCodeAction(resolved);
      assert.equal(twoLabels.document.getText(), text.split('Advertisement\n\n').join(''));
      await vscode.commands.executeCommand('workbench.action.files.revert');
    } finally {
      await closeAllEditors();
      await vscode.workspace.fs.delete(workspaceFile(name));
    }
  });
});
