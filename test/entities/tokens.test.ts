// The tokenizer: CoNLL/PTB-style splits, sentence ends, and UTF-16 spans that stay right after emoji, NBSP and CRLF.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sentenceTexts, tokenizeText, tokenTexts } from '../../server/src/engine/entities/tokens';

/** [what the case shows, text, expected sentences of tokens]. */
const SPLITS: [string, string, string[][]][] = [
  ['punctuation is split off, "’s" is its own token', 'Russia’s “liberated” regions (CSTO), he said.', [['Russia', '’s', '“', 'liberated', '”', 'regions', '(', 'CSTO', ')', ',', 'he', 'said', '.']]],
  ['abbreviations, dates, amounts and hyphenated words stay whole', 'The U.S. paid $6.5 billion on 1996-08-30 to a Moscow-led bloc', [['The', 'U.S.', 'paid', '$6.5', 'billion', 'on', '1996-08-30', 'to', 'a', 'Moscow-led', 'bloc']]],
  ['clitics as in the Penn Treebank', "They didn't say I'm sure, the players' club", [['They', 'did', "n't", 'say', 'I', "'m", 'sure', ',', 'the', 'players', "'", 'club']]],
  ['CoNLL text keeps its tokens', "Germany 's Werder Bremen beat 1860 Munich 3-1 .", [['Germany', "'s", 'Werder', 'Bremen', 'beat', '1860', 'Munich', '3-1', '.']]],
  ['a full stop ends a sentence before a capital, not after Mr.', 'Mr. Smith left. He came back. it went on', [['Mr.', 'Smith', 'left', '.'], ['He', 'came', 'back', '.', 'it', 'went', 'on']]],
  ['a closing quote stays with its sentence', '"We will win." The coach said so', [['"', 'We', 'will', 'win', '.', '"'], ['The', 'coach', 'said', 'so']]],
  ['a line break always ends a sentence; a numbered line keeps "3."', 'SOCCER - JAPAN WIN\n3. Mika Hakkinen', [['SOCCER', '-', 'JAPAN', 'WIN'], ['3.', 'Mika', 'Hakkinen']]],
  ['em dashes, double hyphens and ellipses between words are split', 'Moscow—Kiev talks--stalled… again', [['Moscow', '—', 'Kiev', 'talks', '--', 'stalled', '…', 'again']]],
  ['a dash line stays one token', '-------- oOo', [['--------', 'oOo']]],
  ['percent signs are split off', 'up 5% today', [['up', '5', '%', 'today']]],
];

describe('tokenizeText splits', () => {
  for (const [name, text, expected] of SPLITS) {
    it(name, () => assert.deepEqual(sentenceTexts(tokenizeText(text)), expected));
  }
});

/** [what the case shows, text, expected tokens as [text, start, end] in UTF-16 offsets]. */
const SPANS: [string, string, [string, number, number][]][] = [
  ['after an emoji (two UTF-16 units)', 'Hi \u{1F600} Kiev', [['Hi', 0, 2], ['\u{1F600}', 3, 5], ['Kiev', 6, 10]]],
  ['across a no-break space', 'Andrey\u00A0Kartapolov said', [['Andrey', 0, 6], ['Kartapolov', 7, 17], ['said', 18, 22]]],
  ['across CRLF line ends', 'NATO\r\nKremlin\r\n', [['NATO', 0, 4], ['Kremlin', 6, 13]]],
  ['around a zero-width space', 'Donbass\u200Brepublics', [['Donbass', 0, 7], ['republics', 8, 17]]],
];

describe('tokenizeText spans', () => {
  for (const [name, text, expected] of SPANS) {
    it(name, () => {
      const tokens = tokenizeText(text);
      const actual = tokenTexts(tokens).map((token, index): [string, number, number] => [token, tokens.starts[index], tokens.ends[index]]);
      assert.deepEqual(actual, expected);
    });
  }

  it('puts CRLF lines in separate sentences', () => {
    assert.deepEqual(sentenceTexts(tokenizeText('NATO\r\nKremlin\r\n')), [['NATO'], ['Kremlin']]);
  });

  it('gives an empty text and a blank text no tokens and no sentences', () => {
    for (const text of ['', ' \n\u00A0\r\n']) {
      const tokens = tokenizeText(text);
      assert.deepEqual([tokens.count, tokens.sentenceCount], [0, 0], JSON.stringify(text));
    }
  });

  it('covers every non-space character of a long text exactly once, in order', () => {
    const text = 'Kartapolov told reporters: “It cannot be ruled out.” '.repeat(500);
    const tokens = tokenizeText(text);
    let covered = '';
    for (let index = 0; index < tokens.count; index++) {
      if (index > 0) assert.ok(tokens.starts[index] >= tokens.ends[index - 1], `token ${index} overlaps the one before`);
      covered += text.slice(tokens.starts[index], tokens.ends[index]);
    }
    assert.equal(covered, text.replace(/\s/g, ''));
  });
});
