// Diagnostic providers over the wire: a client that registers providers dynamically (as VS Code does) gets the
// document's diagnostics split among them by stripes of lines, together exactly the one report a client without them
// gets, and a keystroke re-sends only the provider whose lines changed; a client that refuses them gets one report.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { DIAGNOSTIC_PARTITION_COUNT, LINES_PER_STRIPE, partitionIdentifier } from '../../server/src/diagnosticPartitions';
import { AD_LABEL, requireRules } from './fixtures';

const WHITESPACE = 'characters/whitespace';
import { LspClient } from './lspClient';

/** 2,400 lines, an ad label in every 6 (paragraphs numbered, so none is a duplicate): diagnostics on every stripe. */
const block = (number: number) => [
  `Shipping company number ${number} on the busiest waterway says it can carry only a third of its usual cargo.`,
  '',
  'Advertisement',
  '',
  `The river carries most of the inland shipping, and low water has become a yearly problem for ${number} operators.`,
  '',
];
const LINES = Array.from({ length: 400 }, (_, number) => block(number)).flat();
const TEXT = LINES.join('\n');
const IDENTIFIERS = Array.from({ length: DIAGNOSTIC_PARTITION_COUNT }, (_, index) => partitionIdentifier(index));

const byPosition = (a: Diagnostic, b: Diagnostic) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || String(a.code).localeCompare(String(b.code));

describe('diagnostic providers', () => {
  let client: LspClient;
  before(async () => {
    requireRules(AD_LABEL, WHITESPACE);
    client = await LspClient.start({ pullDiagnostics: true, diagnosticProviders: 'accepted', settings: {} });
    await client.waitUntil(() => (client.registrations.some(registration => registration.method === 'textDocument/diagnostic') ? true : undefined), 'diagnostic provider registrations');
  });
  after(() => client.stop());

  it('registers the providers after the one declared in initialize, for the client\'s documents', () => {
    const declared = client.initializeResult.capabilities.diagnosticProvider;
    assert.equal(typeof declared === 'object' && 'identifier' in declared ? declared.identifier : undefined, IDENTIFIERS[0]);
    const registered = client.registrations.filter(registration => registration.method === 'textDocument/diagnostic');
    assert.deepEqual(
      registered.map(registration => registration.registerOptions),
      IDENTIFIERS.slice(1).map(identifier => ({ documentSelector: null, identifier, interFileDependencies: false, workspaceDiagnostics: false })),
    );
  });

  it('splits the document\'s diagnostics by stripes of lines, together the same as one report', async () => {
    const uri = 'untitled:partitioned-1';
    client.openDocument(uri, TEXT);
    const reports = await Promise.all(IDENTIFIERS.map(identifier => client.diagnosticReportOf(uri, identifier)));
    for (const [index, report] of reports.entries()) {
      assert.equal(report.kind, 'full');
      assert.ok(report.items!.length > 0, `provider ${index} has diagnostics`);
      for (const diagnostic of report.items!) assert.equal(Math.floor(diagnostic.range.start.line / LINES_PER_STRIPE) % DIAGNOSTIC_PARTITION_COUNT, index);
    }
    const whole = await client.pulledDiagnostics(uri);
    assert.equal(whole.filter(diagnostic => diagnostic.code === AD_LABEL).length, 400);
    assert.deepEqual(reports.flatMap(report => report.items!).sort(byPosition), [...whole].sort(byPosition));
  });

  it('answers a keystroke with the diagnostics of the one provider whose lines changed, the others unchanged', async () => {
    const uri = 'untitled:partitioned-2';
    client.openDocument(uri, TEXT);
    const shown = await Promise.all(IDENTIFIERS.map(identifier => client.diagnosticReportOf(uri, identifier)));
    // A double space typed in a body line in the middle: one more diagnostic, no line moves.
    const line = 1204;
    client.changeDocument(uri, 2, [{ range: { start: { line, character: 9 }, end: { line, character: 9 } }, text: ' ' }]);
    const answers = await Promise.all(IDENTIFIERS.map((identifier, index) => client.diagnosticReportOf(uri, identifier, shown[index].resultId)));
    const owner = Math.floor(line / LINES_PER_STRIPE) % DIAGNOSTIC_PARTITION_COUNT;
    assert.deepEqual(
      answers.map(answer => answer.kind),
      IDENTIFIERS.map((_, index) => (index === owner ? 'full' : 'unchanged')),
    );
    assert.equal(answers[owner].items!.length, shown[owner].items!.length + 1);
    assert.ok(answers[owner].items!.some(diagnostic => diagnostic.code === WHITESPACE && diagnostic.range.start.line === line));
    // What the client now shows, provider by provider, is the new version's report.
    const showing = answers.flatMap((answer, index) => (answer.kind === 'full' ? answer.items! : shown[index].items!));
    assert.deepEqual(showing.sort(byPosition), (await client.pulledDiagnostics(uri)).sort(byPosition));
  });

  it('answers an identifier it never registered with an empty report', async () => {
    const uri = 'untitled:partitioned-3';
    client.openDocument(uri, TEXT);
    assert.deepEqual(await client.diagnosticReportOf(uri, `${IDENTIFIERS[0]}#${DIAGNOSTIC_PARTITION_COUNT}`), { kind: 'full', items: [] });
  });
});

describe('diagnostic providers refused by the client', () => {
  let client: LspClient;
  before(async () => {
    requireRules(AD_LABEL);
    client = await LspClient.start({ pullDiagnostics: true, diagnosticProviders: 'refused', settings: {} });
  });
  after(() => client.stop());

  it('reports everything through the one provider declared in initialize, and asks the client to pull again', async () => {
    // The refusal makes the server ask for a pull again, for whatever it reported split before.
    await client.waitUntil(() => (client.diagnosticRefreshes > 0 ? true : undefined), 'a diagnostic refresh after the refusal');
    const uri = 'untitled:refused-1';
    client.openDocument(uri, TEXT);
    const report = await client.diagnosticReportOf(uri, IDENTIFIERS[0]);
    assert.equal(report.items!.filter(diagnostic => diagnostic.code === AD_LABEL).length, 400);
    assert.deepEqual(report.items, await client.pulledDiagnostics(uri));
    assert.deepEqual(await client.diagnosticReportOf(uri, IDENTIFIERS[1]), { kind: 'full', items: [] });
  });
});
