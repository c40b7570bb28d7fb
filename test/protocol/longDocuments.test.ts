// A long document over the wire: linted in sections with work-done progress, diagnostics equal to the engine's lint
// of the same text, and an edit that re-lints only what it touched (no second progress) with results still equal to
// a fresh lint of the edited text.

import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { lintArticle } from '../../server/src/engine/lint';
import { SECTIONED_LINT_LENGTH } from '../../server/src/engine/sections';
import { PositionMap } from '../../server/src/positions';
import { applyLspEdits } from './fixtures';
import { LspClient } from './lspClient';

const samplesFolder = join(new URL('../..', import.meta.url).pathname, 'samples');
const SAMPLES = readdirSync(samplesFolder)
  .filter(name => name.endsWith('.txt'))
  .sort()
  .map(name => readFileSync(join(samplesFolder, name), 'utf8').replace(/\r\n?/g, '\n'));

/** The samples, numbered, until about `length` characters: a page dump. */
function dump(length: number): string {
  const parts: string[] = [];
  let total = 0;
  for (let copy = 0; total < length; copy++) {
    const page = `Page ${copy}\n\n${SAMPLES[copy % SAMPLES.length].trimEnd()}\n\n`;
    parts.push(page);
    total += page.length;
  }
  return parts.join('');
}

/** Rule and range of every diagnostic, as one comparable string each. */
function summary(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map(({ code, range }) => `${code} ${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`);
}

/** What the engine finds in `text`, in the same form. */
function engineSummary(text: string): string[] {
  const positions = new PositionMap(text);
  return lintArticle(text).findings.map(finding => {
    const start = positions.positionAt(finding.span.start);
    const end = positions.positionAt(finding.span.end);
    return `${finding.rule} ${start.line}:${start.character}-${end.line}:${end.character}`;
  });
}

interface ProgressValue {
  kind: 'begin' | 'report' | 'end';
  message?: string;
}

describe('long documents', () => {
  let client: LspClient;
  const uri = 'untitled:page-dump';
  let text = dump(3 * 1024 * 1024);
  const progress = () =>
    client.notifications.filter(notification => notification.method === '$/progress').map(notification => (notification.params as { value: ProgressValue }).value);

  before(async () => {
    client = await LspClient.start({ pullDiagnostics: true });
  });
  after(() => client.stop());

  it('lints a 3 MiB dump in sections with progress, and reports what the engine reports', async () => {
    assert.ok(text.length > 8 * SECTIONED_LINT_LENGTH);
    client.openDocument(uri, text);
    const diagnostics = await client.pulledDiagnostics(uri);
    const values = progress();
    assert.equal(values[0]?.kind, 'begin');
    assert.match(values[0].message ?? '', /^Linting page-dump: 0 of \d+ sections$/);
    assert.ok(values.some(value => value.kind === 'report'), 'progress is reported while the sections are linted');
    assert.equal(values.at(-1)?.kind, 'end');
    assert.deepEqual(summary(diagnostics), engineSummary(text));
  });

  it('after an edit re-lints only the touched sections (no progress) and still equals a fresh lint', async () => {
    const progressBefore = progress().length;
    const line = text.slice(0, text.indexOf('\n\n', text.length / 2)).split('\n').length;
    const changes = [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: 'Advertisement\n\nA sentence the user typed.\n' }];
    client.changeDocument(uri, 2, changes);
    text = applyLspEdits(text, changes.map(change => ({ range: change.range, newText: change.text })));
    const diagnostics = await client.pulledDiagnostics(uri);
    assert.equal(progress().length, progressBefore, 'an edit does not re-lint the whole document');
    assert.deepEqual(summary(diagnostics), engineSummary(text));
  });

  it('keeps answering hovers on the long document', async () => {
    const hover = await client.request<{ contents: { value: string } } | null>('textDocument/hover', {
      textDocument: { uri },
      position: { line: text.split('\n').indexOf('Advertisement'), character: 2 },
    });
    assert.match(hover?.contents.value ?? '', /noise\/ad-label/);
  });
});
