// Hover on a finding explains it (rule with doc link, message, evidence, confidence, category, what the fix does),
// and the `articleLint/extractBody` request returns the article without its noise.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Diagnostic, Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { AD_LABEL, ARTICLE_WITH_TWO_AD_LABELS, offsetOf, positionOf, requireRules } from './fixtures';
import { LspClient } from './lspClient';

const text = ARTICLE_WITH_TWO_AD_LABELS;

describe('hover and extractBody', () => {
  let client: LspClient;
  let adLabel: Diagnostic;
  const uri = 'untitled:hover';

  before(async () => {
    requireRules(AD_LABEL);
    client = await LspClient.start();
    client.openDocument(uri, text);
    adLabel = (await client.publishedDiagnostics(uri, 1)).find(diagnostic => diagnostic.code === AD_LABEL)!;
    assert.ok(adLabel, 'the ad label is reported');
  });
  after(() => client.stop());

  it('explains the finding under the cursor in markdown, over the finding range', async () => {
    const inside = positionOf(text, offsetOf(text, 'Advertisement') + 4);
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: inside });
    const contents = hover.contents as MarkupContent;
    assert.equal(contents.kind, 'markdown');
    assert.ok(contents.value.includes(`[${AD_LABEL}](${adLabel.codeDescription!.href})`), contents.value);
    assert.ok(contents.value.includes('*Why:*'), contents.value);
    assert.ok(contents.value.includes('confidence high'), contents.value);
    assert.ok(contents.value.includes('noise'), contents.value);
    assert.ok(contents.value.includes('deletes this block'), contents.value);
    assert.ok(contents.value.includes(adLabel.message.replace(/[\\`*_[\]<>&#|~]/g, '\\$&')), contents.value);
    assert.deepEqual(hover.range, adLabel.range);
  });

  it('answers null away from findings', async () => {
    const inParagraph = positionOf(text, offsetOf(text, 'Shipping companies') + 3);
    assert.equal(await client.request('textDocument/hover', { textDocument: { uri }, position: inParagraph }), null);
  });

  it('returns the body without noise for articleLint/extractBody, and null for a document that is not open', async () => {
    const body = await client.request<{ text: string; version: number }>('articleLint/extractBody', { uri });
    assert.equal(body.version, 1);
    assert.ok(!body.text.includes('Advertisement'), body.text);
    assert.ok(body.text.includes('Operators expect the restrictions to last until the spring rains arrive.'), body.text);
    assert.equal(await client.request('articleLint/extractBody', { uri: 'untitled:not-open' }), null);
  });
});
