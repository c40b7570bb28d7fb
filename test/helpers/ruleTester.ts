// textlint-tester style tables for one rule: `valid` texts produce no finding of the rule; `invalid` cases mark the
// expected finding spans inline with ⟦…⟧ and may give the text after applying every finding's first fix.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixAllEdits } from '../../server/src/engine/cleaning';
import { applyEdits } from '../../server/src/engine/fixes';
import { lintArticle } from '../../server/src/engine/lint';
import { Rule } from '../../server/src/engine/rule';
import { ruleById } from '../../server/src/engine/rules/registry';
import { markSpans, parseMarked } from './marked';

export interface InvalidCase {
  /** The article with each expected finding span wrapped in ⟦…⟧. */
  readonly text: string;
  /** The article after applying the first fix of every finding of this rule. */
  readonly output?: string;
  /** A pattern every finding's message (or, if given, evidence) must match. */
  readonly message?: RegExp;
  readonly evidence?: RegExp;
  /** The tag the finding proposes (metadata and quote rules). */
  readonly tag?: string;
  readonly name?: string;
}

export interface RuleCases {
  readonly valid: readonly (string | { readonly text: string; readonly name?: string })[];
  readonly invalid: readonly InvalidCase[];
}

export function testRule(ruleId: string, cases: RuleCases): void {
  const rule = ruleById(ruleId);
  describe(ruleId, () => {
    it('is registered', () => assert.ok(rule, `${ruleId} is not in the registry`));
    if (!rule) return;
    for (const [index, entry] of cases.valid.entries()) {
      const text = typeof entry === 'string' ? entry : entry.text;
      const name = typeof entry === 'string' ? undefined : entry.name;
      it(`valid #${index + 1}${name ? `: ${name}` : ''}`, () => {
        const findings = run(rule, text);
        assert.equal(markSpans(text, findings.map(f => f.span)), text, 'expected no finding');
      });
    }
    for (const [index, entry] of cases.invalid.entries()) {
      it(`invalid #${index + 1}${entry.name ? `: ${entry.name}` : ''}`, () => {
        const { text, spans } = parseMarked(entry.text);
        const findings = run(rule, text);
        assert.equal(markSpans(text, findings.map(f => f.span)), markSpans(text, spans), 'finding spans differ');
        for (const finding of findings) {
          if (entry.message) assert.match(finding.message, entry.message);
          if (entry.evidence) assert.match(finding.evidence, entry.evidence);
          if (entry.tag) assert.equal(finding.tag, entry.tag);
          assert.ok(finding.evidence.length > 0, 'a finding must say why it fired');
        }
        if (entry.output !== undefined) {
          const result = lintArticle(text, { rules: [rule] });
          const fixed = applyEdits(text, fixAllEdits(result.article, result.findings)).text;
          assert.equal(fixed, entry.output);
        }
      });
    }
  });
}

function run(rule: Rule, text: string) {
  const result = lintArticle(text, { rules: [rule] });
  assert.deepEqual(result.failures, [], 'the rule threw');
  return result.findings;
}
