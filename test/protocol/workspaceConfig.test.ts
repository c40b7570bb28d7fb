// `.articlelint.json` over the wire: the ignore commands write it (rule per file, rule per workspace, exact block)
// and the diagnostics go away; edits on disk apply after didChangeWatchedFiles and win over the editor settings;
// a broken file is reported once, never overwritten, and the server keeps answering.

import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, beforeEach, describe, it } from 'node:test';
import type { CodeAction, Command, Diagnostic } from 'vscode-languageserver-protocol';
import { AD_LABEL, ARTICLE_WITH_TWO_AD_LABELS, requireRules, temporaryWorkspace } from './fixtures';
import { LspClient } from './lspClient';

const text = ARTICLE_WITH_TWO_AD_LABELS;
const ARTICLE_WITH_TWO_DIFFERENT_AD_LABELS = text.replace(/Advertisement(?![\s\S]*Advertisement)/, 'Sponsored');

function adLabelDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.filter(diagnostic => diagnostic.code === AD_LABEL);
}

describe('.articlelint.json', () => {
  let workspace: ReturnType<typeof temporaryWorkspace>;
  let client: LspClient;
  let configPath: string;
  // Each test opens documents at fresh URIs under news/, so one test's documents never affect another's.
  let testNumber = 0;
  let articleUri: string;
  let otherArticleUri: string;

  before(async () => {
    requireRules(AD_LABEL);
    workspace = temporaryWorkspace();
    mkdirSync(join(workspace.folder, 'news'));
    configPath = join(workspace.folder, '.articlelint.json');
    client = await LspClient.start({ workspaceFolder: workspace.folder, settings: {} });
  });
  after(async () => {
    await client.stop();
    workspace.remove();
  });
  beforeEach(() => {
    testNumber++;
    articleUri = workspace.uriOf(`news/article-${testNumber}.txt`);
    otherArticleUri = workspace.uriOf(`news/other-${testNumber}.txt`);
    writeFileSync(configPath, '{}\n');
    notifyConfigChanged();
  });

  function notifyConfigChanged(): void {
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: workspace.uriOf('.articlelint.json'), type: 2 }] });
  }

  async function openAndGetAdLabels(uri: string, articleText = text): Promise<Diagnostic[]> {
    client.openDocument(uri, articleText);
    const diagnostics = adLabelDiagnostics(await client.publishedDiagnostics(uri, 1));
    assert.ok(diagnostics.length > 0, 'the ad labels are reported before they are ignored');
    return diagnostics;
  }

  async function runActionCommand(uri: string, diagnostic: Diagnostic, title: string): Promise<void> {
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic] },
    });
    const action = actions.find(candidate => candidate.title === title);
    assert.ok(action?.command, `an action "${title}" with a command among ${actions.map(candidate => candidate.title).join(' | ')}`);
    const command: Command = action.command;
    await client.request('workspace/executeCommand', { command: command.command, arguments: command.arguments });
  }

  it('"Ignore <rule> in this file" writes an override for that file; the file loses the diagnostics, others keep them', async () => {
    const [adLabel] = await openAndGetAdLabels(articleUri);
    await openAndGetAdLabels(otherArticleUri);
    const since = client.mark();
    await runActionCommand(articleUri, adLabel, `Ignore ${AD_LABEL} in this file`);

    assert.deepEqual(JSON.parse(readFileSync(configPath, 'utf8')).overrides, [{ files: [`news/article-${testNumber}.txt`], rules: { [AD_LABEL]: 'off' } }]);
    assert.deepEqual(adLabelDiagnostics(await client.publishedDiagnostics(articleUri, 1, since)), []);
    assert.equal(adLabelDiagnostics(await client.publishedDiagnostics(otherArticleUri, 1, since)).length, 2);
  });

  it('"Ignore <rule> in this workspace" turns the rule off in the config for every file', async () => {
    const [adLabel] = await openAndGetAdLabels(articleUri);
    await openAndGetAdLabels(otherArticleUri);
    const since = client.mark();
    await runActionCommand(articleUri, adLabel, `Ignore ${AD_LABEL} in this workspace`);

    assert.deepEqual(JSON.parse(readFileSync(configPath, 'utf8')).rules, { [AD_LABEL]: 'off' });
    assert.deepEqual(adLabelDiagnostics(await client.publishedDiagnostics(articleUri, 1, since)), []);
    assert.deepEqual(adLabelDiagnostics(await client.publishedDiagnostics(otherArticleUri, 1, since)), []);
  });

  it('"Ignore this exact block" records the block hash; only that block disappears', async () => {
    const [advertisement, sponsored] = await openAndGetAdLabels(articleUri, ARTICLE_WITH_TWO_DIFFERENT_AD_LABELS);
    assert.ok(sponsored, 'both ad labels are reported');
    const since = client.mark();
    await runActionCommand(articleUri, advertisement, `Ignore this exact block (${AD_LABEL})`);

    const ignoredBlocks = JSON.parse(readFileSync(configPath, 'utf8')).ignoredBlocks;
    assert.deepEqual(ignoredBlocks, [{ hash: (advertisement.data as { hash: string }).hash, rule: AD_LABEL, preview: 'Advertisement' }]);
    assert.deepEqual(adLabelDiagnostics(await client.publishedDiagnostics(articleUri, 1, since)), [sponsored]);
  });

  it('refuses to ignore a block for a stale document version and writes nothing', async () => {
    const [adLabel] = await openAndGetAdLabels(articleUri);
    const data = adLabel.data as { hash: string; span: unknown };
    const errorsBefore = client.shownMessages(1).length;
    await client.request('workspace/executeCommand', {
      command: 'articleLint.ignoreBlock',
      arguments: [{ uri: articleUri, version: 7, rule: AD_LABEL, hash: data.hash, span: data.span }],
    });
    await client.waitUntil(() => (client.shownMessages(1).length > errorsBefore ? true : undefined), 'an error message');
    assert.equal(readFileSync(configPath, 'utf8'), '{}\n');
  });

  it('applies a config edited on disk after didChangeWatchedFiles, and the file wins over the editor settings', async () => {
    client.changeSettings({ rules: { [AD_LABEL]: 'hint' } });
    const before = await openAndGetAdLabels(articleUri);
    assert.deepEqual(before.map(diagnostic => diagnostic.severity), [4, 4]);

    writeFileSync(configPath, JSON.stringify({ rules: { [AD_LABEL]: 'error' } }));
    let since = client.mark();
    notifyConfigChanged();
    const raised = adLabelDiagnostics(await client.publishedDiagnostics(articleUri, 1, since));
    assert.deepEqual(raised.map(diagnostic => diagnostic.severity), [1, 1]);

    writeFileSync(configPath, JSON.stringify({ overrides: [{ files: ['news/**'], rules: { [AD_LABEL]: 'off' } }] }));
    since = client.mark();
    notifyConfigChanged();
    assert.deepEqual(adLabelDiagnostics(await client.publishedDiagnostics(articleUri, 1, since)), []);
    client.changeSettings({});
  });

  it('reports a broken config file once, keeps linting, and does not overwrite the file from an ignore action', async () => {
    const broken = '{ "rules": { "noise/ad-label": "off" ';
    writeFileSync(configPath, broken);
    notifyConfigChanged();
    const warningsBefore = client.shownMessages(2).length;
    const [adLabel] = await openAndGetAdLabels(articleUri);
    await client.waitUntil(() => (client.shownMessages(2).length > warningsBefore ? true : undefined), 'a warning message');
    assert.match(client.shownMessages(2).at(-1)!, /\.articlelint\.json has problems.*not valid JSON/);

    const errorsBefore = client.shownMessages(1).length;
    await runActionCommand(articleUri, adLabel, `Ignore ${AD_LABEL} in this workspace`);
    await client.waitUntil(() => (client.shownMessages(1).length > errorsBefore ? true : undefined), 'an error message');
    assert.match(client.shownMessages(1).at(-1)!, /cannot update .*\.articlelint\.json/);
    assert.equal(readFileSync(configPath, 'utf8'), broken);

    // Opening another document re-reads nothing new: the same problem is not shown twice.
    await openAndGetAdLabels(otherArticleUri);
    assert.equal(client.shownMessages(2).length, warningsBefore + 1);
  });

  it('adds the phrases of "lexicons" to the noise lists, refusing a pattern list and an oversized list with a message', async () => {
    const siteChrome = 'Zur Startseite der Redaktion';
    const articleText = text.replace('Advertisement', siteChrome);
    const chromeOf = (diagnostics: Diagnostic[]) => diagnostics.filter(diagnostic => diagnostic.code === 'noise/ui-chrome');
    client.openDocument(articleUri, articleText);
    assert.deepEqual(chromeOf(await client.publishedDiagnostics(articleUri, 1)), [], 'the bundled lists do not know the phrase');

    const tooMany = Array.from({ length: 5000 }, (_, index) => `footer link number ${index}`);
    writeFileSync(configPath, JSON.stringify({ lexicons: { uiChrome: [siteChrome], uiChromePatterns: ['^(a+)+$'], footerAnchors: tooMany } }));
    const warningsBefore = client.shownMessages(2).length;
    const since = client.mark();
    notifyConfigChanged();
    const chrome = chromeOf(await client.publishedDiagnostics(articleUri, 1, since));
    assert.deepEqual(
      chrome.map(diagnostic => diagnostic.range.start.line),
      [articleText.split('\n').indexOf(siteChrome)],
    );
    await client.waitUntil(() => (client.shownMessages(2).length > warningsBefore ? true : undefined), 'a warning message');
    const warning = client.shownMessages(2).at(-1)!;
    assert.match(warning, /"uiChromePatterns" is not accepted: only literal phrases/);
    assert.match(warning, /footerAnchors has more than 1000 phrases/);
  });

  it('refuses a config file over 1 MiB unread, says so, and keeps linting with the defaults', async () => {
    writeFileSync(configPath, JSON.stringify({ rules: { [AD_LABEL]: 'off' }, padding: 'x'.repeat(1024 * 1024) }));
    notifyConfigChanged();
    const warningsBefore = client.shownMessages(2).length;
    await openAndGetAdLabels(articleUri);
    await client.waitUntil(() => (client.shownMessages(2).length > warningsBefore ? true : undefined), 'a warning message');
    assert.match(client.shownMessages(2).at(-1)!, /is 1\.0 MiB; config files over 1 MiB are not read/);
  });

  it('creates the config next to the file when the file is outside every workspace folder', async () => {
    const outside = temporaryWorkspace();
    try {
      const uri = outside.uriOf('loose.txt');
      const [adLabel] = await openAndGetAdLabels(uri);
      await runActionCommand(uri, adLabel, `Ignore ${AD_LABEL} in this workspace`);
      const written = join(outside.folder, '.articlelint.json');
      assert.ok(existsSync(written));
      assert.deepEqual(JSON.parse(readFileSync(written, 'utf8')).rules, { [AD_LABEL]: 'off' });
    } finally {
      outside.remove();
    }
  });
});
