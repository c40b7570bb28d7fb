// The shipped recognizer on sentences written for these tests (not from the training corpus): expected names are
// marked inline with ⟦…⟧ and their types listed in order. Also: mentions are in order, never overlap, and their
// offsets are UTF-16 offsets into the text.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseArticle } from '../../server/src/engine/article';
import givenNameLexicon from '../../server/src/engine/lexicons/givenNames.json';
import { isGivenName } from '../../server/src/engine/entities/givenNames';
import { recognizeMentions, recognizeNamedMentions } from '../../server/src/engine/entities/recognizer';
import { loadNerModel } from '../../server/src/host/nerModel';
import { markSpans, parseMarked } from '../helpers/marked';

const loaded = loadNerModel();
if (loaded.kind === 'error') throw new Error(loaded.message);
const model = loaded.model;

/** [marked text, the types of the marked names in order]. */
const NAMED_CASES: [string, string[]][] = [
  ['⟦Angela Merkel⟧ met ⟦Emmanuel Macron⟧ in ⟦Paris⟧ on Tuesday.', ['person', 'person', 'place']],
  ['Shares of ⟦Microsoft⟧ rose after ⟦Reuters⟧ reported the deal.', ['organization', 'organization']],
  ['The ⟦German⟧ and ⟦French⟧ ministers flew to ⟦Brussels⟧ for talks with ⟦NATO⟧.', ['misc', 'misc', 'place', 'organization']],
  ['SOCCER - ⟦JAPAN⟧ GET LUCKY WIN , ⟦CHINA⟧ IN SURPRISE DEFEAT .', ['place', 'place']],
  // The second pass gives the surname alone the type the full name got.
  ['Defence chief ⟦Andrey Kartapolov⟧ spoke on Monday. Later, ⟦Kartapolov⟧ said more.', ['person', 'person']],
  ['“We will not leave,” ⟦Kartapolov⟧ told reporters in ⟦Moscow⟧.', ['person', 'place']],
  ['nothing here is a name, and the numbers 12 and 2022 are not either.', []],
  // A person's name at the end of an organization is split off where the model's scores and a given name agree, even
  // when the surname never stands alone.
  [
    'A mission could follow, the head of ⟦Russia⟧’s ⟦State Duma Defense Committee⟧ ⟦Andrey Kartapolov⟧ said on Monday.',
    ['place', 'organization', 'person'],
  ],
  ['Members of the ⟦Senate Armed Services Committee⟧ ⟦Jack Reed⟧ and ⟦Roger Wicker⟧ met on Monday.', ['organization', 'person', 'person']],
  ['The ⟦World Boxing Council⟧ stripped him of the title.', ['organization']],
];

describe('recognizeNamedMentions with the shipped model', () => {
  for (const [marked, types] of NAMED_CASES) {
    it(marked, () => {
      const { text, spans } = parseMarked(marked);
      const mentions = recognizeNamedMentions(text, model);
      assert.equal(markSpans(text, mentions.map(mention => mention.span)), marked);
      assert.deepEqual(mentions.map(mention => mention.type), types);
      assert.ok(mentions.every(mention => mention.source === 'model'));
      assert.equal(spans.length, types.length, 'the case lists a type per marked span');
    });
  }
});

describe('recognizeMentions', () => {
  it('adds dates and amounts from rules to the names, in text order', () => {
    const text = 'On June 6, 2022, Gazprom said gas prices in Europe rose 12 percent to $6.5 billion.';
    const mentions = recognizeMentions(parseArticle(text), model);
    assert.deepEqual(
      mentions.map(mention => `${mention.type}:${mention.text}:${mention.source}`),
      ['date:June 6, 2022:rule', 'organization:Gazprom:model', 'place:Europe:model', 'percent:12 percent:rule', 'money:$6.5 billion:rule'],
    );
  });

  it('gives UTF-16 offsets after emoji and CRLF, and mentions that never overlap', () => {
    const text = 'Breaking \u{1F4F0}\r\n\r\nPresident Joe Biden flew to Kyiv on Monday.\r\n'.repeat(20);
    const mentions = recognizeMentions(parseArticle(text), model);
    assert.ok(mentions.length >= 40, `only ${mentions.length} mentions`);
    mentions.forEach((mention, index) => {
      assert.equal(text.slice(mention.span.start, mention.span.end), mention.text);
      if (index > 0) assert.ok(mention.span.start >= mentions[index - 1].span.end, `${mention.text} overlaps the mention before it`);
    });
    assert.deepEqual(
      mentions.slice(0, 3).map(mention => [mention.type, mention.text, mention.span.start]),
      [['person', 'Joe Biden', text.indexOf('Joe')], ['place', 'Kyiv', text.indexOf('Kyiv')], ['date', 'Monday', text.indexOf('Monday')]],
    );
  });

  it('finds nothing in an empty or blank article', () => {
    for (const text of ['', '\n\r\n \u00A0\n']) assert.deepEqual(recognizeMentions(parseArticle(text), model), []);
  });
});

describe('the given-names lexicon', () => {
  it('is sorted, distinct, capitalised names, and says where it came from', () => {
    const names = givenNameLexicon.names;
    assert.ok(names.length > 8000);
    assert.deepEqual([...new Set(names)].sort(), names);
    assert.ok(names.every(name => /^[A-Z][a-z]+(?:-[A-Z][a-z]+)?$/.test(name)));
    assert.match(givenNameLexicon.$comment, /Moby.*PDDL 1\.0.*CC0 1\.0/);
  });

  it('knows given names as written in running text', () => {
    for (const name of ['Andrey', 'Jack', 'Leonid', 'Mary']) assert.ok(isGivenName(name), name);
    for (const word of ['ANDREY', 'andrey', 'Kartapolov', 'Committee']) assert.ok(!isGivenName(word), word);
  });
});
