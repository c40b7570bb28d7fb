// The server survives anything a client or a scraper can send: empty and binary text, lone surrogates, a 1 MB line,
// out-of-range positions, malformed command arguments and settings. Also prints (never asserts) how long a 5 MiB
// document takes from didOpen to its diagnostics.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { AD_LABEL, ARTICLE_WITH_TWO_AD_LABELS, requireRules } from './fixtures';
import { LspClient } from './lspClient';

const LINE_BREAKS = ['\r\n', '\r', '\n'];

/** Name, text, and whether the text holds an ad label the server must still report. */
const hostileTexts: [string, string, boolean][] = [
  ['empty', '', false],
  ['only line breaks', '\r\n\n\r\r\n', false],
  ['NUL bytes', 'PK\u0003\u0004\u0000\u0000\u0000binary\u0000garbage\nAdvertisement\n\u0000', true],
  ['lone surrogates', '\uD800 dangling high\nAdvertisement\n\uDC00 dangling low \uDBFF', true],
  ['a 1 MB line', 'flood '.repeat(175_000) + '\nAdvertisement\n', true],
  ['CR, LF and CRLF in turn', ARTICLE_WITH_TWO_AD_LABELS.split('\n').map((line, index) => line + LINE_BREAKS[index % 3]).join(''), true],
];

describe('robustness', () => {
  let client: LspClient;
  before(async () => {
    requireRules(AD_LABEL);
    client = await LspClient.start();
  });
  after(() => client.stop());

  for (const [name, text, holdsAdLabel] of hostileTexts) {
    it(`lints ${name} and keeps answering requests`, async () => {
      const uri = `untitled:hostile-${name.replace(/\W+/g, '-')}`;
      client.openDocument(uri, text);
      const diagnostics = await client.publishedDiagnostics(uri, 1);
      assert.equal(diagnostics.some(diagnostic => diagnostic.code === AD_LABEL), holdsAdLabel);
      await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } });
      await client.request('textDocument/codeAction', {
        textDocument: { uri },
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        context: { diagnostics, only: ['source.fixAll.articleLint'] },
      });
      const body = await client.request<{ text: string } | null>('articleLint/extractBody', { uri });
      assert.equal(typeof body?.text, 'string');
    });
  }

  it('answers requests with positions far outside the document', async () => {
    const uri = 'untitled:out-of-range';
    client.openDocument(uri, ARTICLE_WITH_TWO_AD_LABELS);
    await client.publishedDiagnostics(uri, 1);
    const farAway = { line: 1_000_000, character: 1_000_000 };
    assert.equal(await client.request('textDocument/hover', { textDocument: { uri }, position: farAway }), null);
    assert.equal(await client.request('textDocument/hover', { textDocument: { uri }, position: { line: -1, character: -5 } }), null);
  });

  it('ignores diagnostics with malformed data and commands with malformed arguments', async () => {
    const uri = 'untitled:out-of-range';
    const forged: Diagnostic = {
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } },
      message: 'forged',
      source: 'article-lint',
      code: AD_LABEL,
      data: { version: 1, rule: AD_LABEL, fixes: 'not an array' },
    };
    const actions = await client.request('textDocument/codeAction', {
      textDocument: { uri },
      range: forged.range,
      context: { diagnostics: [forged] },
    });
    assert.deepEqual(actions, []);

    // Well-formed data that names no finding of the version, carrying edits of its own: the server applies only fixes
    // from its own lint, so nothing comes back.
    const text = 'Advertisement\n\nThe council met on Tuesday to approve the budget for the coming year after a long debate.\n';
    const knownUri = 'untitled:forged-fix';
    client.openDocument(knownUri, text);
    await client.publishedDiagnostics(knownUri, 1);
    const smuggled: Diagnostic = {
      ...forged,
      data: {
        version: 1,
        rule: AD_LABEL,
        hash: '0000000000000000',
        category: 'noise',
        confidence: 'high',
        span: { start: 0, end: 13 },
        fixes: [{ title: 'Delete everything', kind: 'remove', edits: [{ span: { start: 0, end: text.length }, newText: '' }] }],
      },
    };
    const smuggledActions = await client.request<{ title: string }[]>('textDocument/codeAction', {
      textDocument: { uri: knownUri },
      range: smuggled.range,
      context: { diagnostics: [smuggled] },
    });
    assert.ok(!smuggledActions.some(action => action.title === 'Delete everything'), smuggledActions.map(action => action.title).join(' | '));

    const errorsBefore = client.shownMessages(1).length;
    assert.equal(await client.request('workspace/executeCommand', { command: 'articleLint.ignoreRule', arguments: [{ uri }] }), null);
    assert.equal(await client.request('workspace/executeCommand', { command: 'articleLint.ignoreBlock' }), null);
    assert.equal(await client.request('workspace/executeCommand', { command: 'articleLint.applyFixAll', arguments: ['nonsense'] }), null);
    assert.equal(client.shownMessages(1).length, errorsBefore + 3, 'each failed command tells the user');
    assert.equal(await client.request('articleLint/extractBody', null), null);
  });

  it('sanitizes malformed settings: wrong types fall back to defaults, unknown rules are logged and dropped', async () => {
    const since = client.mark();
    client.changeSettings({ enable: 'yes', lintPlaintext: 1, rules: { 'no/such-rule': 'error', [AD_LABEL]: 'loud' }, fixAll: { scope: 'everything' } });
    const uri = 'untitled:odd-settings';
    client.openDocument(uri, ARTICLE_WITH_TWO_AD_LABELS);
    const diagnostics = await client.publishedDiagnostics(uri, 1, since);
    assert.equal(diagnostics.filter(diagnostic => diagnostic.code === AD_LABEL).length, 2, 'linting stays enabled with the default severity');
    const warnings = client.notifications
      .slice(since)
      .filter(notification => notification.method === 'window/logMessage' && notification.params.type === 2)
      .map(notification => notification.params.message as string);
    assert.ok(warnings.some(message => message.includes('unknown rule "no/such-rule"')), warnings.join('\n'));
    assert.ok(warnings.some(message => message.includes(`"${AD_LABEL}" must be one of`)), warnings.join('\n'));
    client.changeSettings({});
  });

  it('is still running and wrote nothing but LSP messages to stdout', async () => {
    assert.equal(client.isRunning, true);
    assert.deepEqual(client.protocolErrors, []);
  });
});

describe('a 5 MiB document (timing printed, not asserted)', () => {
  const paragraph =
    'Shipping companies on the busiest waterway say they can carry only a third of their usual cargo until the spring rains arrive, and the ports along the river have started to plan for a long dry season.';
  const blocks: string[] = [];
  let length = 0;
  for (let index = 0; length < 5 * 1024 * 1024; index++) {
    const block = index % 40 === 39 ? 'Advertisement' : `${paragraph} (${index})`;
    blocks.push(block);
    length += block.length + 2;
  }
  const bigText = blocks.join('\n\n') + '\n';

  for (const pullDiagnostics of [false, true]) {
    it(`didOpen → diagnostics with ${pullDiagnostics ? 'pull' : 'push'} diagnostics`, async () => {
      requireRules(AD_LABEL);
      const client = await LspClient.start({ pullDiagnostics });
      try {
        const uri = 'untitled:five-mebibytes';
        const started = performance.now();
        client.openDocument(uri, bigText);
        const diagnostics = pullDiagnostics ? await client.pulledDiagnostics(uri) : await client.publishedDiagnostics(uri, 1);
        const elapsed = performance.now() - started;
        const hoverStarted = performance.now();
        await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } });
        const hoverElapsed = performance.now() - hoverStarted;
        console.log(
          `5 MiB (${bigText.length} UTF-16 units, ${diagnostics.length} diagnostics), ${pullDiagnostics ? 'pull' : 'push'}: ` +
            `didOpen → diagnostics ${elapsed.toFixed(0)} ms; a hover afterwards ${hoverElapsed.toFixed(0)} ms`,
        );
        assert.ok(diagnostics.some(diagnostic => diagnostic.code === AD_LABEL));
      } finally {
        await client.stop();
      }
    });
  }
});
