// Findings → diagnostics for a long document: the diagnostics of a section an edit did not touch are the same objects
// as before (nothing is rebuilt for them), yet every range is where a fresh conversion puts it, also after line breaks
// typed above; and `sameDiagnostics` tells a report that did not change from one that did.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { startLint } from '../../server/src/engine/lint';
import { SectionCache } from '../../server/src/engine/sections';
import { sameDiagnostics, toDiagnostic, toDiagnostics } from '../../server/src/diagnostics';
import { LintedDocument } from '../../server/src/documents';
import { PositionMap } from '../../server/src/positions';
import { pageDump } from '../helpers/pageDump';

/** What the server reports for one version of a document linted with `cache`. */
function report(text: string, cache: SectionCache) {
  const result = startLint(text, { sectionCache: cache }).finish();
  const positions = new PositionMap(text);
  const linted = { result, positions } as unknown as LintedDocument;
  return { result, positions, diagnostics: toDiagnostics(linted) };
}

describe('diagnostics of a long document', () => {
  const cache = new SectionCache();
  let text = pageDump(1024 * 1024);
  const first = report(text, cache);

  it('are built from the findings, one each, in order', () => {
    assert.ok(first.result.sections && first.result.sections.length > 4);
    assert.deepEqual(first.diagnostics, first.result.findings.map(finding => toDiagnostic(finding, first.positions)));
  });

  it('reuse the diagnostics of sections above an edit and below it on the same lines, and stay exact', () => {
    const at = text.indexOf('\n', text.length / 2) + 1;
    text = `${text.slice(0, at)}x${text.slice(at)}`;
    const typed = report(text, cache);
    assert.deepEqual(typed.diagnostics, typed.result.findings.map(finding => toDiagnostic(finding, typed.positions)));
    const reused = typed.diagnostics.filter(diagnostic => first.diagnostics.includes(diagnostic)).length;
    // Only the edited section's are new: a character typed inside a line moves no other line.
    assert.ok(reused >= typed.diagnostics.length * 0.9, `${reused} of ${typed.diagnostics.length} reused`);

    // A line break typed a quarter down moves every diagnostic below it one line down: none of those may be reused.
    const top = text.indexOf('\n', text.length / 4) + 1;
    text = `${text.slice(0, top)}\n${text.slice(top)}`;
    const broken = report(text, cache);
    assert.deepEqual(broken.diagnostics, broken.result.findings.map(finding => toDiagnostic(finding, broken.positions)));
    assert.equal(sameDiagnostics(typed.diagnostics, broken.diagnostics), false);
    const brokenLine = text.slice(0, top).split('\n').length - 1;
    const kept = broken.diagnostics.filter(diagnostic => typed.diagnostics.includes(diagnostic));
    assert.ok(kept.length > 0, 'the sections above the line break keep theirs');
    assert.ok(kept.every(diagnostic => diagnostic.range.end.line <= brokenLine), 'only diagnostics above the new line break are kept');
  });
});

describe('sameDiagnostics', () => {
  it('compares code, message, severity, hash and range', () => {
    const text = 'Advertisement\n\nThe council met on Tuesday to approve the budget for the coming year.\n';
    const { diagnostics } = report(text, new SectionCache());
    assert.ok(diagnostics.length > 0);
    const copy = diagnostics.map(diagnostic => structuredClone(diagnostic));
    assert.equal(sameDiagnostics(diagnostics, copy), true);
    const moved = copy.map((diagnostic, index) => (index === 0 ? { ...diagnostic, range: { ...diagnostic.range, end: { line: 0, character: 12 } } } : diagnostic));
    assert.equal(sameDiagnostics(diagnostics, moved), false);
    assert.equal(sameDiagnostics(diagnostics, copy.slice(1)), false);
    const otherHash = copy.map((diagnostic, index) => (index === 0 ? { ...diagnostic, data: { hash: '0000000000000000' } } : diagnostic));
    assert.equal(sameDiagnostics(diagnostics, otherHash), false);
  });
});
