// "Ignore" code actions: they write `.articlelint.json` at the workspace root through the server's commands, and
// the diagnostic disappears without a reload; deleting the file brings it back.
// VS Code's file watcher drops a creation and a deletion of the same file that fall into one batch (about 100 ms),
// so the tests let the creation be reported before they delete the file, as any real edit session would.

import assert from 'node:assert/strict';
import { after, afterEach, before, beforeEach, describe, it } from 'mocha';
import * as vscode from 'vscode';
import {
  actionTitled,
  activateExtension,
  applyCodeAction,
  closeAllEditors,
  codeActionsAt,
  diagnosticsOfRule,
  openInEditor,
  readWorkspaceFile,
  waitFor,
  waitForDiagnostics,
  workspaceFile,
  workspaceFileExists,
  workspaceFolder,
} from './helpers';

const CONFIG_FILE = '.articlelint.json';
const FILE = 'reader-notes.txt';

describe('ignore actions', () => {
  let uri: vscode.Uri;
  let watcher: vscode.FileSystemWatcher;
  const watchedEvents: string[] = [];

  before(async () => {
    await activateExtension();
    uri = (await openInEditor(FILE)).document.uri;
    watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(workspaceFolder(), CONFIG_FILE));
    watcher.onDidCreate(() => watchedEvents.push('created'));
    watcher.onDidChange(() => watchedEvents.push('changed'));
    watcher.onDidDelete(() => watchedEvents.push('deleted'));
  });
  afterEach(async () => {
    if (await workspaceFileExists(CONFIG_FILE)) {
      watchedEvents.length = 0;
      await vscode.workspace.fs.delete(workspaceFile(CONFIG_FILE));
      await waitFor(`the watcher reports ${CONFIG_FILE} deleted`, () => watchedEvents.includes('deleted'));
    }
    // The server watches the config file: with it gone, the ad label is reported again.
    await waitForDiagnostics(uri, 'the ad label is reported again', found => diagnosticsOfRule(found, 'noise/ad-label').length === 1);
  });
  after(async () => {
    watcher.dispose();
    await closeAllEditors();
  });

  async function adLabelActions(): Promise<vscode.CodeAction[]> {
    const [adLabel] = diagnosticsOfRule(
      await waitForDiagnostics(uri, 'the ad label is reported', found => diagnosticsOfRule(found, 'noise/ad-label').length === 1),
      'noise/ad-label',
    );
    return codeActionsAt(uri, adLabel.range, vscode.CodeActionKind.QuickFix);
  }

  /** The config the action wrote, once the file watcher has reported it (see the note at the top). */
  async function configWritten(): Promise<unknown> {
    await waitFor(`the watcher reports ${CONFIG_FILE} written`, () => watchedEvents.includes('created') || watchedEvents.includes('changed'));
    return JSON.parse(await readWorkspaceFile(CONFIG_FILE));
  }

  beforeEach(() => {
    watchedEvents.length = 0;
  });

  it('"Ignore noise/ad-label in this file" turns the rule off for this file only', async () => {
    await applyCodeAction(actionTitled(await adLabelActions(), 'Ignore noise/ad-label in this file'));
    assert.deepEqual(await configWritten(), { overrides: [{ files: [FILE], rules: { 'noise/ad-label': 'off' } }] });
    await waitForDiagnostics(uri, 'the ad label is no longer reported', found => diagnosticsOfRule(found, 'noise/ad-label').length === 0);
  });

  it('"Ignore noise/ad-label in this workspace" turns the rule off everywhere', async () => {
    await applyCodeAction(actionTitled(await adLabelActions(), 'Ignore noise/ad-label in this workspace'));
    assert.deepEqual(await configWritten(), { rules: { 'noise/ad-label': 'off' } });
    await waitForDiagnostics(uri, 'the ad label is no longer reported', found => diagnosticsOfRule(found, 'noise/ad-label').length === 0);
  });

  it('"Ignore this exact block" records the block by its content hash', async () => {
    await applyCodeAction(actionTitled(await adLabelActions(), 'Ignore this exact block (noise/ad-label)'));
    const config = (await configWritten()) as { ignoredBlocks?: { hash: string; rule: string; preview: string }[] };
    assert.equal(config.ignoredBlocks?.length, 1);
    assert.equal(config.ignoredBlocks?.[0].rule, 'noise/ad-label');
    assert.equal(config.ignoredBlocks?.[0].preview, 'Advertisement');
    assert.match(config.ignoredBlocks?.[0].hash ?? '', /^[0-9a-f]{16}$/);
    await waitForDiagnostics(uri, 'the ad label is no longer reported', found => diagnosticsOfRule(found, 'noise/ad-label').length === 0);
  });
});
