// Facts the text states: acronym definitions, appositive roles and member lists. Sentences are modelled on the seed
// article; ⟦…⟧ marks the mentions a recognizer would give (their types are listed per case).

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseArticle } from '../../server/src/engine/article';
import { findAcronymDefinitions, findMemberLists, findTextFacts } from '../../server/src/engine/entities/facts';
import { EntityType, Mention } from '../../server/src/engine/entities/types';
import { parseMarked } from '../helpers/marked';

/** The text without markers and one mention per marked span, typed in order of appearance. */
function marked(markedText: string, types: readonly EntityType[]): { text: string; mentions: Mention[] } {
  const { text, spans } = parseMarked(markedText);
  assert.equal(spans.length, types.length, `${spans.length} spans but ${types.length} types in: ${markedText}`);
  const mentions = spans.map((span, index) => ({ span, text: text.slice(span.start, span.end), type: types[index], source: 'model' as const }));
  return { text, mentions };
}

describe('acronym definitions', () => {
  const cases: { text: string; acronym: string; expansion: string; whole: string }[] = [
    {
      text: 'A peacekeeping mission of the Collective Security Treaty Organization (CSTO) could be deployed.',
      acronym: 'CSTO',
      expansion: 'Collective Security Treaty Organization',
      whole: 'Collective Security Treaty Organization (CSTO)',
    },
    {
      text: 'FILE PHOTO. Collective Security Treaty Organization (CSTO) peacekeepers in Kazakhstan.',
      acronym: 'CSTO',
      expansion: 'Collective Security Treaty Organization',
      whole: 'Collective Security Treaty Organization (CSTO)',
    },
    {
      text: 'Monitors from the Organization for Security and Co-operation in Europe (OSCE) left.',
      acronym: 'OSCE',
      expansion: 'Organization for Security and Co-operation in Europe',
      whole: 'Organization for Security and Co-operation in Europe (OSCE)',
    },
    {
      text: 'Peacekeepers of the CSTO (Collective Security Treaty Organization) were sent.',
      acronym: 'CSTO',
      expansion: 'Collective Security Treaty Organization',
      whole: 'CSTO (Collective Security Treaty Organization)',
    },
    {
      text: 'the Donetsk People’s Republic (DPR) said',
      acronym: 'DPR',
      expansion: 'Donetsk People’s Republic',
      whole: 'Donetsk People’s Republic (DPR)',
    },
  ];
  for (const testCase of cases) {
    it(`${testCase.acronym} = ${testCase.expansion}`, () => {
      const [definition, ...more] = findAcronymDefinitions(testCase.text);
      assert.equal(more.length, 0);
      assert.equal(definition?.acronym, testCase.acronym);
      assert.equal(definition.expansion, testCase.expansion);
      assert.equal(testCase.text.slice(definition.span.start, definition.span.end), testCase.whole);
      assert.equal(testCase.text.slice(definition.acronymSpan.start, definition.acronymSpan.end), testCase.acronym);
      assert.equal(testCase.text.slice(definition.expansionSpan.start, definition.expansionSpan.end), testCase.expansion);
    });
  }

  const notDefinitions = [
    'Peacekeepers in Kazakhstan (KZ) and Armenia.',
    'Photo by John Doe (AP)',
    'He said on Monday (UTC) that it was over.',
    'the bloc (CSTO) met',
    'Russia (RU)',
    'A list (a, b, c) of items (i.e. these)',
    '(CSTO)',
    'Security Treaty (CSTO',
  ];
  for (const text of notDefinitions) {
    it(`finds no definition in "${text}"`, () => assert.deepEqual(findAcronymDefinitions(text), []));
  }
});

describe('roles', () => {
  const cases: { name: string; text: string; types: EntityType[]; roles: string[] }[] = [
    {
      name: 'a role before the full name',
      text: 'regions of Ukraine, the head of Russia’s State Duma Defense Committee ⟦Andrey Kartapolov⟧ said Monday.',
      types: ['person'],
      roles: ['head of Russia’s State Duma Defense Committee'],
    },
    {
      name: 'a role after a surname, between commas',
      text: '⟦Kartapolov⟧, the head of the defense committee, told reporters.',
      types: ['person'],
      roles: ['head of the defense committee'],
    },
    {
      name: 'an indefinite role after a name, up to the verb',
      text: '“No,” said ⟦Maria Zakharova⟧, a spokeswoman for the Russian Foreign Ministry.',
      types: ['person'],
      roles: ['spokeswoman for the Russian Foreign Ministry'],
    },
    {
      name: 'a capitalised title with its nationality',
      text: 'Russian Foreign Minister ⟦Sergey Lavrov⟧ said the talks were over.',
      types: ['person'],
      roles: ['Russian Foreign Minister'],
    },
    {
      name: 'a role after "according to"',
      text: 'It was unprovoked, according to Kremlin spokesman ⟦Dmitry Peskov⟧.',
      types: ['person'],
      roles: ['Kremlin spokesman'],
    },
    {
      name: 'a verb between two role nouns ends the role',
      text: 'The minister met Ukrainian President ⟦Volodymyr Zelensky⟧ in Kyiv.',
      types: ['person'],
      roles: ['Ukrainian President'],
    },
    {
      name: 'a role phrase cut at a word outside the role vocabulary',
      text: '⟦Kartapolov⟧, a former commander of the Western Military District who now sits in parliament, said.',
      types: ['person'],
      roles: ['former commander of the Western Military District'],
    },
    {
      name: 'no role: a quotation, a verb, a list of names',
      text: '“It cannot be ruled out,” ⟦Kartapolov⟧ told reporters. Talks between ⟦Putin⟧ and ⟦Biden⟧ ended; ⟦Kartapolov⟧, who declined, left.',
      types: ['person', 'person', 'person', 'person'],
      roles: [],
    },
    {
      name: 'no role for an organization in apposition',
      text: 'the alliance ⟦NATO⟧, the head of which is in Brussels',
      types: ['organization'],
      roles: [],
    },
  ];
  for (const testCase of cases) {
    it(testCase.name, () => {
      const { text, mentions } = marked(testCase.text, testCase.types);
      const facts = findTextFacts(parseArticle(text), mentions);
      assert.deepEqual(facts.roles.map(role => role.role), testCase.roles);
      for (const role of facts.roles) {
        assert.equal(text.slice(role.roleSpan.start, role.roleSpan.end), role.role);
        assert.ok(role.span.start <= role.mention.span.start && role.span.end >= role.mention.span.end, 'the statement covers the name');
      }
    });
  }
});

describe('member lists', () => {
  const seedSentence =
    'The ⟦CSTO⟧ is a Moscow-led regional security organization, which brings together six post-Soviet countries: Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia, and Tajikistan. Earlier this year it met.';

  it('lists the members the text gives for the organization the sentence is about', () => {
    const { text, mentions } = marked(seedSentence, ['organization']);
    const [list, ...more] = findMemberLists(text, mentions);
    assert.equal(more.length, 0);
    assert.equal(list.owner, mentions[0]);
    assert.deepEqual(list.members.map(member => member.text), ['Armenia', 'Belarus', 'Kazakhstan', 'Kyrgyzstan', 'Russia', 'Tajikistan']);
    assert.equal(text.slice(list.span.start, list.span.end), 'Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia, and Tajikistan');
  });

  it('takes a member mention whole ("Bosnia and Herzegovina")', () => {
    const { text, mentions } = marked('The ⟦Union⟧ has three members: ⟦Bosnia and Herzegovina⟧, ⟦Serbia⟧ and the Kingdom of Spain.', [
      'organization',
      'place',
      'place',
    ]);
    assert.deepEqual(findMemberLists(text, mentions)[0]?.members.map(member => member.text), ['Bosnia and Herzegovina', 'Serbia']);
  });

  it('accepts "including" right after a member noun', () => {
    const { text, mentions } = marked('⟦NATO⟧ allies including Poland, Romania and the Baltic states sent troops.', ['organization']);
    assert.deepEqual(findMemberLists(text, mentions)[0]?.members.map(member => member.text), ['Poland', 'Romania']);
  });

  const notLists: [string, string, EntityType[]][] = [
    ['no member noun', '⟦NATO⟧ officials visited three cities: Paris, Rome and Berlin.', ['organization']],
    ['no organization in the sentence', 'The bloc brings together six countries: Armenia, Belarus and Russia.', []],
    ['the organization in another sentence', '⟦NATO⟧ met. Six countries: Armenia, Belarus and Russia.', ['organization']],
    ['one item only', 'The ⟦CSTO⟧ has members: Armenia.', ['organization']],
    ['a list of lower-case words', 'The ⟦CSTO⟧ countries: tanks, planes and ships.', ['organization']],
  ];
  for (const [name, markedText, types] of notLists) {
    it(`finds none: ${name}`, () => {
      const { text, mentions } = marked(markedText, types);
      assert.deepEqual(findMemberLists(text, mentions), []);
    });
  }
});

describe('facts on hostile text', () => {
  it('never throws and keeps spans inside the text', () => {
    const texts = ['', '\u0000', '(', ')', '((CSTO))', '\uD800 (CSTO) \uDC00', 'A B C D (ABCD)\r\n', ':'.repeat(10_000), '('.repeat(5000) + 'X)'];
    for (const text of texts) {
      const mention: Mention = { span: { start: 0, end: Math.min(1, text.length) }, text: text.slice(0, 1), type: 'person', source: 'model' };
      const facts = findTextFacts(parseArticle(text), [mention, { ...mention, type: 'organization' }]);
      for (const fact of [...facts.acronyms, ...facts.roles, ...facts.memberLists]) {
        assert.ok(fact.span.start >= 0 && fact.span.end <= text.length && fact.span.start <= fact.span.end);
      }
    }
  });
});
