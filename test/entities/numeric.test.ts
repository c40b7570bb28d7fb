// Dates, times, money and percentages by rule: the expected mentions are marked inline with ⟦…⟧ and listed by type.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { recognizeNumericMentions } from '../../server/src/engine/entities/numericEntities';
import { markSpans, parseMarked } from '../helpers/marked';

/** [marked text, the types of the marked mentions in order]. */
const CASES: [string, string[]][] = [
  ['The firm paid ⟦$6.5 billion⟧ for it.', ['money']],
  ['Shares cost ⟦$ 12.50⟧ and ⟦20 euros⟧, or ⟦US$1,000⟧ in all.', ['money', 'money', 'money']],
  ['The bank lent ⟦USD 5 million⟧ and ⟦6.5 billion roubles⟧.', ['money', 'money']],
  ['Prices rose ⟦12 percent⟧, then ⟦3.5%⟧, then ⟦2 per cent⟧.', ['percent', 'percent', 'percent']],
  ['Posted ⟦6 Jun, 2022 15:41⟧ by the desk.', ['date']],
  ['BRUSSELS ⟦1996-08-22⟧', ['date']],
  ['The meeting starts at ⟦15:30⟧ sharp.', ['time']],
  ['Kartapolov said ⟦Monday⟧ that it began in late ⟦February⟧.', ['date', 'date']],
  ['The Minsk agreements were first signed in ⟦2014⟧.', ['date']],
  ['They may march on, and 1996 votes were cast for 3 candidates.', []],
  ['Call 212-859-1650 for the 12-year-old.', []],
];

describe('recognizeNumericMentions', () => {
  for (const [marked, types] of CASES) {
    it(marked, () => {
      const { text, spans } = parseMarked(marked);
      const mentions = recognizeNumericMentions(text);
      assert.equal(markSpans(text, mentions.map(mention => mention.span)), marked);
      assert.deepEqual(mentions.map(mention => mention.type), types);
      for (const mention of mentions) {
        assert.equal(mention.source, 'rule');
        assert.equal(mention.text, text.slice(mention.span.start, mention.span.end));
      }
      assert.equal(spans.length, types.length, 'the case lists a type per marked span');
    });
  }
});
