// characters/replacement-character: lost characters reported without a fix; mojibake with a lost byte left to
// characters/mojibake.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lintArticle } from '../../../server/src/engine/lint';
import { ruleById } from '../../../server/src/engine/rules/registry';
import { testHostileInput } from './hostileInput';
import { testRule } from '../../helpers/ruleTester';

testRule('characters/replacement-character', {
  valid: [
    '',
    'No lost characters here: 😀 👍🏽 🇫🇷.',
    { name: 'a lost byte inside mojibake is characters/mojibake\'s', text: 'â€œlossy decodingâ€\uFFFD' },
  ],
  invalid: [
    { name: 'one replacement character', text: 'Sloven⟦\uFFFD⟧ina', message: /A replacement character/, evidence: /Re-fetch/ },
    { name: 'a run is one finding', text: 'x ⟦\uFFFD\uFFFD\uFFFD⟧ y', message: /3 replacement characters/ },
    { name: 'lone high surrogate', text: 'a⟦\uD83D⟧b', message: /lone surrogate/ },
    { name: 'lone low surrogate', text: 'a⟦\uDE00⟧b', message: /lone surrogate/ },
    { name: 'no fix: nothing changes', text: 'Sloven⟦\uFFFD⟧ina', output: 'Sloven\uFFFDina' },
  ],
});

describe('characters/replacement-character findings', () => {
  it('offer no fix', () => {
    const findings = lintArticle('a\uFFFDb', { rules: [ruleById('characters/replacement-character')!] }).findings;
    assert.equal(findings.length, 1);
    assert.deepEqual(findings[0].fixes, []);
  });
});

testHostileInput('characters/replacement-character', `${'a\uFFFD'.repeat(100_000)}${'\uD800x'.repeat(400_000)}`);
