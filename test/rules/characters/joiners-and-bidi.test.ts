// characters/joiners-and-bidi: joiners and bidi controls flagged as hints outside the scripts and emoji that need
// them; removal offered only where nothing on the line could use them.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lintArticle } from '../../../server/src/engine/lint';
import { ruleById } from '../../../server/src/engine/rules/registry';
import { testHostileInput } from './hostileInput';
import { testRule } from '../../helpers/ruleTester';

testRule('characters/joiners-and-bidi', {
  valid: [
    '',
    { name: 'ZWJ emoji sequences', text: 'Family 👨‍👩‍👧, heart on fire ❤️‍🔥, 👩🏽‍💻 coder' },
    { name: 'Persian ZWNJ half-space', text: 'می‌خواهم کتاب‌ها را' },
    { name: 'Devanagari ZWJ', text: 'क्‍ष and र्‍य' },
    { name: 'bidi marks in Hebrew text', text: 'הטלפון ‎+972-3-1234567‏ שלי' },
    { name: 'isolates in Arabic text', text: 'قال ⁨John Smith⁩ إن' },
  ],
  invalid: [
    { name: 'ZWNJ in English', text: 'foo⟦\u200C⟧bar', output: 'foobar', message: /zero-width non-joiner/i },
    { name: 'LRM in an ASCII line', text: 'Price: 10⟦\u200E⟧ USD', output: 'Price: 10 USD', message: /left-to-right mark/i },
    { name: 'an override run is one finding', text: '⟦\u202E\u202C⟧text', output: 'text', message: /2 formatting characters/ },
    { name: 'ZWJ next to Latin in a line with Arabic: shown, not removed', text: 'abc⟦\u200D⟧def مرحبا', output: 'abc\u200Ddef مرحبا' },
  ],
});

describe('characters/joiners-and-bidi', () => {
  it('is a hint by default', () => assert.equal(ruleById('characters/joiners-and-bidi')!.defaultSeverity, 'hint'));
  it('offers no removal when the line has a script that uses joiners', () => {
    const findings = lintArticle('abc\u200Ddef مرحبا', { rules: [ruleById('characters/joiners-and-bidi')!] }).findings;
    assert.equal(findings.length, 1);
    assert.deepEqual(findings[0].fixes, []);
  });
});

testHostileInput('characters/joiners-and-bidi', `${'word\u200E'.repeat(200_000)}`);
