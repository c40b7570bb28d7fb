// The status bar's counting and wording: grouping by the rule id's category, ignoring other extensions' diagnostics.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CountableDiagnostic, countDiagnostics, formatStatusText, formatStatusTooltip } from '../../client/src/diagnosticCounts';

const lint = (code: CountableDiagnostic['code']): CountableDiagnostic => ({ source: 'article-lint', code });

describe('countDiagnostics', () => {
  it('groups by the category prefix of the rule id and counts each rule', () => {
    const counts = countDiagnostics([
      lint('noise/share-buttons'),
      lint('noise/share-buttons'),
      lint('noise/cookie-banner'),
      lint('characters/mojibake'),
      lint('metadata/dateline'),
    ]);
    assert.equal(counts.total, 5);
    assert.deepEqual([...counts.byCategory], [['noise', 3], ['characters', 1], ['metadata', 1]]);
    assert.equal(counts.byRule.get('noise/share-buttons'), 2);
    assert.equal(counts.byRule.get('noise/cookie-banner'), 1);
  });

  it('ignores diagnostics from other sources', () => {
    const counts = countDiagnostics([{ source: 'cSpell', code: 'noise/share-buttons' }, { code: 'noise/x' }, lint('text/long-line')]);
    assert.equal(counts.total, 1);
    assert.deepEqual([...counts.byCategory], [['text', 1]]);
  });

  it('reads codes wrapped with a documentation link', () => {
    const counts = countDiagnostics([lint({ value: 'characters/invisible' })]);
    assert.deepEqual([...counts.byRule], [['characters/invisible', 1]]);
  });

  it('counts codes that are not rule ids under "other" rather than dropping them', () => {
    const counts = countDiagnostics([lint(undefined), lint(42), lint('/leading-slash')]);
    assert.equal(counts.byCategory.get('other'), 3);
    assert.equal(counts.total, 3);
  });
});

describe('formatStatusText', () => {
  it('shows known categories in a fixed order with short words, unknown ones after them', () => {
    const counts = countDiagnostics([
      lint('metadata/byline'),
      lint('zeta/thing'),
      lint('metadata/dateline'),
      lint('characters/mojibake'),
      lint('noise/menu'),
      lint('text/x'),
    ]);
    assert.equal(formatStatusText(counts), '$(checklist) 1 noise · 1 chars · 2 meta · 1 text · 1 zeta');
  });

  it('leaves out categories without findings, and says "clean" when there are none', () => {
    assert.equal(formatStatusText(countDiagnostics([lint('characters/mojibake')])), '$(checklist) 1 chars');
    assert.equal(formatStatusText(countDiagnostics([])), '$(checklist) clean');
  });
});

describe('formatStatusTooltip', () => {
  it('lists rules most frequent first, ties by id', () => {
    const counts = countDiagnostics([lint('noise/menu'), lint('characters/mojibake'), lint('noise/ad-label'), lint('noise/menu')]);
    assert.equal(
      formatStatusTooltip(counts),
      'Article Lint: 4 findings\n\nnoise/menu: 2\ncharacters/mojibake: 1\nnoise/ad-label: 1\n\nClick to open the Problems panel',
    );
  });

  it('uses the singular for one finding and a plain sentence for none', () => {
    assert.match(formatStatusTooltip(countDiagnostics([lint('noise/menu')])), /^Article Lint: 1 finding\n/);
    assert.equal(formatStatusTooltip(countDiagnostics([])), 'Article Lint: no findings in this file');
  });
});
