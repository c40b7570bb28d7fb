// Diagnostics over the wire: pushed (publishDiagnostics) and pulled (textDocument/diagnostic), their codes, ranges,
// severities, faded noise and doc links, and how settings (severity off, lintPlaintext, enable) change them live.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { ruleById } from '../../server/src/engine/index';
import { AD_LABEL, ARTICLE_WITH_TWO_AD_LABELS, offsetOf, rangeOf, requireRules } from './fixtures';
import { LspClient } from './lspClient';

const LSP_SEVERITY = { error: 1, warning: 2, info: 3, hint: 4 } as const;
const text = ARTICLE_WITH_TWO_AD_LABELS;

function adLabelDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.filter(diagnostic => diagnostic.code === AD_LABEL);
}

/** What both ad labels in ARTICLE_WITH_TWO_AD_LABELS must look like as diagnostics. */
function assertAdLabelDiagnostics(diagnostics: Diagnostic[], expectedSeverity: number): void {
  const adLabels = adLabelDiagnostics(diagnostics);
  assert.deepEqual(
    adLabels.map(diagnostic => diagnostic.range),
    [0, 1].map(occurrence => rangeOf(text, offsetOf(text, 'Advertisement', occurrence), offsetOf(text, 'Advertisement', occurrence) + 'Advertisement'.length)),
  );
  for (const diagnostic of adLabels) {
    assert.equal(diagnostic.severity, expectedSeverity);
    assert.equal(diagnostic.source, 'article-lint');
    assert.deepEqual(diagnostic.tags, [1], 'noise is tagged Unnecessary so the editor fades it');
    assert.match(diagnostic.codeDescription?.href ?? '', /^file:\/\/.*\/docs\/rules\/noise\/ad-label\.md$/);
    assert.equal(typeof diagnostic.message, 'string');
    assert.equal(diagnostic.code, AD_LABEL);
    // Nothing that changes with an edit elsewhere in the document: no version, no offsets.
    assert.deepEqual(Object.keys(diagnostic.data as object), ['hash']);
  }
}

describe('push diagnostics', () => {
  let client: LspClient;
  before(async () => {
    requireRules(AD_LABEL);
    client = await LspClient.start({ settings: {} });
  });
  after(() => client.stop());

  it('publishes one faded diagnostic per ad label with the rule id, its doc link and the default severity', async () => {
    client.openDocument('untitled:push-1', text);
    const diagnostics = await client.publishedDiagnostics('untitled:push-1', 1);
    assertAdLabelDiagnostics(diagnostics, LSP_SEVERITY[ruleById(AD_LABEL)!.defaultSeverity]);
  });

  it('follows incremental changes', async () => {
    const firstLabel = offsetOf(text, 'Advertisement');
    // Delete "Advertisement\n\n" (lines 4 and 5) with a range edit, as an editor sends it.
    client.changeDocument('untitled:push-1', 2, [{ range: { start: { line: 4, character: 0 }, end: { line: 6, character: 0 } }, text: '' }]);
    const changed = text.slice(0, firstLabel) + text.slice(firstLabel + 'Advertisement\n\n'.length);
    const diagnostics = adLabelDiagnostics(await client.publishedDiagnostics('untitled:push-1', 2));
    const secondLabel = offsetOf(changed, 'Advertisement');
    assert.deepEqual(
      diagnostics.map(diagnostic => diagnostic.range),
      [rangeOf(changed, secondLabel, secondLabel + 'Advertisement'.length)],
    );
  });

  it('clears the diagnostics of a closed document', async () => {
    const since = client.mark();
    client.closeDocument('untitled:push-1');
    const cleared = await client.waitForNotification('textDocument/publishDiagnostics', params => params.uri === 'untitled:push-1', { since });
    assert.deepEqual(cleared.diagnostics, []);
  });

  it('applies a severity from the settings, and `off` removes the rule without a restart', async () => {
    client.changeSettings({ rules: { [AD_LABEL]: 'error' } });
    client.openDocument('untitled:push-2', text);
    assertAdLabelDiagnostics(await client.publishedDiagnostics('untitled:push-2', 1), LSP_SEVERITY.error);

    const since = client.mark();
    client.changeSettings({ rules: { [AD_LABEL]: 'off' } });
    const republished = await client.publishedDiagnostics('untitled:push-2', 1, since);
    assert.deepEqual(adLabelDiagnostics(republished), []);
  });

  it('does not lint plain text when lintPlaintext is false, but still lints article documents', async () => {
    client.changeSettings({ lintPlaintext: false });
    client.openDocument('untitled:plain', text, { languageId: 'plaintext' });
    client.openDocument('untitled:article', text, { languageId: 'article' });
    assert.deepEqual(await client.publishedDiagnostics('untitled:plain', 1), []);
    assertAdLabelDiagnostics(await client.publishedDiagnostics('untitled:article', 1), LSP_SEVERITY[ruleById(AD_LABEL)!.defaultSeverity]);
  });

  it('lints nothing when enable is false', async () => {
    const since = client.mark();
    client.changeSettings({ enable: false });
    assert.deepEqual(await client.publishedDiagnostics('untitled:article', 1, since), []);
    client.changeSettings({});
  });

  it('never writes anything but LSP messages to stdout', () => {
    assert.deepEqual(client.protocolErrors, []);
  });
});

describe('pull diagnostics', () => {
  let client: LspClient;
  before(async () => {
    requireRules(AD_LABEL);
    client = await LspClient.start({ pullDiagnostics: true, settings: {} });
  });
  after(() => client.stop());

  it('answers textDocument/diagnostic with the same diagnostics and publishes none', async () => {
    client.openDocument('untitled:pull-1', text);
    const report = await client.request<{ kind: string; resultId: string; items: Diagnostic[] }>('textDocument/diagnostic', {
      textDocument: { uri: 'untitled:pull-1' },
    });
    assert.equal(report.kind, 'full');
    assertAdLabelDiagnostics(report.items, LSP_SEVERITY[ruleById(AD_LABEL)!.defaultSeverity]);

    const again = await client.request<{ kind: string }>('textDocument/diagnostic', {
      textDocument: { uri: 'untitled:pull-1' },
      previousResultId: report.resultId,
    });
    assert.equal(again.kind, 'unchanged');
    assert.equal(client.notifications.filter(notification => notification.method === 'textDocument/publishDiagnostics').length, 0);
  });

  it('answers "unchanged" for a new version whose diagnostics are the same, and the new ones when they moved', async () => {
    const uri = 'untitled:pull-typing';
    client.openDocument(uri, text);
    const first = await client.pulledReport(uri);
    const line = text.split('\n').indexOf('Operators expect the restrictions to last until the spring rains arrive.');
    // Typing in a line without findings, below the ad labels: every diagnostic stays where it was.
    client.changeDocument(uri, 2, [{ range: { start: { line, character: 10 }, end: { line, character: 10 } }, text: 'now ' }]);
    const typed = await client.request<{ kind: string; resultId: string }>('textDocument/diagnostic', { textDocument: { uri }, previousResultId: first.resultId });
    assert.equal(typed.kind, 'unchanged');
    assert.notEqual(typed.resultId, first.resultId, 'the id names the new version');
    // A new line above them moves them all down.
    client.changeDocument(uri, 3, [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: '\n' }]);
    const moved = await client.request<{ kind: string; resultId: string; items: Diagnostic[] }>('textDocument/diagnostic', {
      textDocument: { uri },
      previousResultId: typed.resultId,
    });
    assert.equal(moved.kind, 'full');
    assert.deepEqual(
      adLabelDiagnostics(moved.items).map(diagnostic => diagnostic.range.start.line),
      adLabelDiagnostics(first.items).map(diagnostic => diagnostic.range.start.line + 1),
    );
    // And the code actions of a diagnostic shown since version 1 still work on the version it shows.
    const [adLabel] = adLabelDiagnostics(moved.items);
    const actions = await client.request<{ isPreferred?: boolean; edit?: { documentChanges?: { textDocument: { version: number } }[] } }[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: adLabel.range,
      context: { diagnostics: [adLabel] },
    });
    assert.equal(actions.find(action => action.isPreferred)?.edit?.documentChanges?.[0].textDocument.version, 3);
  });

  it('asks the client to pull again after a settings change, and the rule set to off is gone', async () => {
    const refreshesBefore = client.diagnosticRefreshes;
    client.changeSettings({ rules: { [AD_LABEL]: 'off' } });
    await client.waitUntil(() => (client.diagnosticRefreshes > refreshesBefore ? true : undefined), 'a diagnostic refresh request');
    assert.deepEqual(adLabelDiagnostics(await client.pulledDiagnostics('untitled:pull-1')), []);
  });

  it('reports nothing for a document that is not open', async () => {
    assert.deepEqual(await client.pulledDiagnostics('untitled:never-opened'), []);
  });
});

describe('a client without workspace/configuration', () => {
  let client: LspClient;
  before(async () => {
    requireRules(AD_LABEL);
    client = await LspClient.start({ configurationSupport: false });
  });
  after(() => client.stop());

  it('takes the settings sent with didChangeConfiguration', async () => {
    client.openDocument('untitled:no-configuration', text);
    assert.equal(adLabelDiagnostics(await client.publishedDiagnostics('untitled:no-configuration', 1)).length, 2);
    const since = client.mark();
    client.changeSettings({ rules: { [AD_LABEL]: 'off' } });
    assert.deepEqual(adLabelDiagnostics(await client.publishedDiagnostics('untitled:no-configuration', 1, since)), []);
  });
});
