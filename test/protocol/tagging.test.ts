// Tagging over the wire: refactor actions that tag a selection (disabled, with the reason, when they would cross a
// passage), untag and re-tag; the outline and folds of a tagged article; diagnostics of a tagged file at its offsets.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { CodeAction, Diagnostic, DocumentSymbol, FoldingRange, TextDocumentEdit } from 'vscode-languageserver-protocol';
import { applyLspEdits, offsetOf } from './fixtures';
import { LspClient } from './lspClient';

const text = [
  '<headline>Ferry crossings cancelled as storm closes ports</headline>',
  '',
  'Advertisement',
  '',
  '<quote>We would rather wait, said <person>Annika Lindqvist</person>.',
  'Nobody sails into this.</quote>',
  '',
  'Ferry companies cancelled more than forty crossings on the Baltic Sea on Tuesday after gusts forced the ports of Rostock, Trelleborg and Helsinki to close.',
  '',
].join('\n');

function positionOf(offset: number) {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

describe('tagging through the language server', () => {
  let client: LspClient;
  const uri = 'untitled:tagging';
  let diagnostics: Diagnostic[];

  before(async () => {
    client = await LspClient.start();
    client.openDocument(uri, text);
    diagnostics = await client.publishedDiagnostics(uri, 1);
  });
  after(() => client.stop());

  const actionsFor = (start: number, end: number) =>
    client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: positionOf(start), end: positionOf(end) },
      context: { diagnostics: [], only: ['refactor'] },
    });

  it('reports diagnostics of the tagged file at the tagged offsets', () => {
    const adLabel = diagnostics.find(diagnostic => diagnostic.code === 'noise/ad-label');
    assert.deepEqual(adLabel?.range, { start: positionOf(offsetOf(text, 'Advertisement')), end: positionOf(offsetOf(text, 'Advertisement') + 13) });
  });

  it('tags a selection as any tag of the vocabulary', async () => {
    const start = offsetOf(text, 'Rostock');
    const actions = await actionsFor(start, start + 'Rostock'.length);
    const tagPlace = actions.find(action => action.title === 'Tag selection as <place>');
    assert.ok(tagPlace?.edit, actions.map(action => action.title).join(', '));
    const change = tagPlace.edit.documentChanges?.[0] as TextDocumentEdit;
    assert.match(applyLspEdits(text, change.edits), /ports of <place>Rostock<\/place>, Trelleborg/);
  });

  it('disables a tag action that would cross a passage, saying why', async () => {
    const actions = await actionsFor(offsetOf(text, 'Lindqvist'), offsetOf(text, 'Nobody'));
    const tagQuote = actions.find(action => action.title === 'Tag selection as <byline>');
    assert.match(tagQuote?.disabled?.reason ?? '', /cross the <person> passage/);
  });

  it('keeps tag actions out of the automatic light bulb and offers them on Ctrl+.', async () => {
    const start = offsetOf(text, 'Rostock');
    const request = (triggerKind: number) =>
      client.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri },
        range: { start: positionOf(start), end: positionOf(start + 7) },
        context: { diagnostics: [], triggerKind },
      });
    assert.equal((await request(2)).filter(action => action.title.startsWith('Tag selection')).length, 0);
    assert.equal((await request(1)).filter(action => action.title.startsWith('Tag selection')).length, 12);
  });

  it('removes or changes the tag at the cursor', async () => {
    const inside = offsetOf(text, 'Annika');
    const actions = await actionsFor(inside, inside);
    const untag = actions.find(action => action.title === 'Remove the <person> tags');
    const retag = actions.find(action => action.title === 'Change <person> to <org>');
    assert.match(applyLspEdits(text, (untag?.edit?.documentChanges?.[0] as TextDocumentEdit).edits), /said Annika Lindqvist\./);
    assert.match(applyLspEdits(text, (retag?.edit?.documentChanges?.[0] as TextDocumentEdit).edits), /said <org>Annika Lindqvist<\/org>\./);
  });

  it('gives the outline: the headline, paragraphs, and the passages inside them', async () => {
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.deepEqual(
      symbols.map(symbol => symbol.name),
      ['headline: Ferry crossings cancelled as storm closes ports', 'Advertisement', 'quote: We would rather wait, said Annika Lindqvist. Nobody sails i…', 'Ferry companies cancelled more than forty crossings on the …'],
    );
    assert.deepEqual(symbols[2].children?.map(child => child.name), ['person: Annika Lindqvist']);
  });

  it('exports the tagged document for annotation tools', async () => {
    const brat = await client.request<{ files: { extension: string; content: string }[] } | null>('articleLint/exportAnnotations', { uri, format: 'brat' });
    assert.deepEqual(brat?.files.map(file => file.extension), ['.txt', '.ann']);
    assert.ok(!brat?.files[0].content.includes('<quote>'), 'the brat text is the untagged article');
    assert.match(brat?.files[1].content ?? '', /^T\d+\tperson \d+ \d+\tAnnika Lindqvist$/m);
    const tei = await client.request<{ files: { extension: string; content: string }[] } | null>('articleLint/exportAnnotations', { uri, format: 'tei' });
    assert.match(tei?.files[0].content ?? '', /<head>Ferry crossings cancelled as storm closes ports<\/head>/);
    assert.equal(await client.request('articleLint/exportAnnotations', { uri: 'untitled:not-open', format: 'brat' }), null);
  });

  it('folds the two-line quotation', async () => {
    const folds = await client.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri } });
    assert.ok(folds.some(fold => fold.startLine === 4 && fold.endLine === 5), JSON.stringify(folds));
  });
});
