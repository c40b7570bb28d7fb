// The bundled knowledge base: lookups by any name, the data it ships, workspace entries on top, and the conservative
// knowledge mentions (expected mentions marked inline with ⟦…⟧).

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { generateKnowledgeFile, GENERATED_KNOWLEDGE_PATH } from '../../scripts/knowledge/build';
import { parseArticle } from '../../server/src/engine/article';
import {
  bundledKnowledge,
  createKnowledgeBase,
  foldName,
  knowledgeMentions,
  withWorkspaceEntries,
} from '../../server/src/engine/entities/knowledge';
import { KnowledgeEntry } from '../../server/src/engine/entities/types';
import curated from '../../server/src/engine/lexicons/knowledge.curated.json';
import { markSpans, parseMarked } from '../helpers/marked';

const knowledge = bundledKnowledge();

describe('bundled knowledge lookup', () => {
  const spellings: [written: string, canonical: string][] = [
    ['Kiev', 'Kyiv'],
    ['KYIV', 'Kyiv'],
    ['Lugansk', 'Luhansk'],
    ['Donbass', 'Donbas'],
    ['Kharkov', 'Kharkiv'],
    ['Odessa', 'Odesa'],
    ['Bombay', 'Mumbai'],
    ['Peking', 'Beijing'],
    ['the Kremlin', 'Kremlin'],
    ['The  Kremlin', 'Kremlin'],
    ['Krakow', 'Kraków'],
    ['Cote d’Ivoire', 'Ivory Coast'],
    ['Russian Federation', 'Russia'],
    ['Turkey', 'Türkiye'],
    ['CSTO', 'Collective Security Treaty Organization'],
    ['Collective Security Treaty Organisation', 'Collective Security Treaty Organization'],
    ['OSCE', 'Organization for Security and Co-operation in Europe'],
    ['AFP', 'Agence France-Presse'],
    ['anadolu agency', 'Anadolu Agency'],
    ['Minsk accords', 'Minsk agreements'],
  ];
  for (const [written, canonical] of spellings) {
    it(`finds "${written}" as ${canonical}`, () => assert.equal(knowledge.lookup(written)?.canonical, canonical));
  }

  it('gives a country its capital, region and ISO codes, with its source', () => {
    const ukraine = knowledge.lookup('Ukraine');
    assert.equal(ukraine?.type, 'place');
    assert.deepEqual(ukraine?.details, { Capital: 'Kyiv', Region: 'Europe', 'ISO 3166': 'UA / UKR' });
    assert.match(ukraine?.source ?? '', /countries-list \(MIT\)/);
  });

  it('describes a capital city by its country, from GeoNames', () => {
    const kyiv = knowledge.lookup('Kiev');
    assert.equal(kyiv?.description, 'Capital of Ukraine.');
    assert.equal(kyiv?.details?.Country, 'Ukraine');
    assert.deepEqual(kyiv?.aliases, ['Kiev']);
    assert.match(kyiv?.source ?? '', /GeoNames.*CC BY 4\.0/);
  });

  it('prefers an entry of the asked type, and finds nothing for unknown names', () => {
    const jordanThePerson: KnowledgeEntry = { canonical: 'Michael Jordan', type: 'person', aliases: ['Jordan'], source: 'workspace' };
    const withPerson = createKnowledgeBase([...knowledge.entries, jordanThePerson]);
    assert.equal(withPerson.lookup('Jordan')?.type, 'place');
    assert.equal(withPerson.lookup('Jordan', 'person')?.canonical, 'Michael Jordan');
    assert.equal(withPerson.lookupAll('Jordan').length, 2);
    assert.equal(knowledge.lookup('Kartapolov'), undefined);
    assert.equal(knowledge.lookup(''), undefined);
  });

  it('resolves every curated spelling to an entry named by its first spelling', () => {
    for (const spelling of curated.spellings) {
      for (const name of spelling.names) {
        assert.equal(knowledge.lookup(name, 'place')?.canonical, spelling.names[0], `${name} should lead to ${spelling.names[0]}`);
      }
    }
  });

  it('gives every entry a canonical name, a known type and a source', () => {
    for (const entry of knowledge.entries) {
      assert.ok(entry.canonical.trim() !== '', JSON.stringify(entry));
      assert.ok(['person', 'organization', 'place', 'misc'].includes(entry.type), `${entry.canonical}: ${entry.type}`);
      assert.ok(entry.source !== '', entry.canonical);
    }
  });
});

describe('foldName', () => {
  it('ignores case, diacritics, curly apostrophes, dashes, spacing and a leading "the"', () => {
    assert.equal(foldName('  The  Donetsk People’s Republic '), "donetsk people's republic");
    assert.equal(foldName('Chișinău'), 'chisinau');
    assert.equal(foldName('Guinea‑Bissau'), 'guinea-bissau');
    assert.equal(foldName('Theresa'), 'theresa');
  });
});

describe('knowledge.generated.json', () => {
  it('is what npm run build:knowledge writes from the installed packages', () => {
    assert.equal(readFileSync(GENERATED_KNOWLEDGE_PATH, 'utf8'), generateKnowledgeFile().text);
  });

  it('stays small (well under 1 MB)', () => {
    assert.ok(readFileSync(GENERATED_KNOWLEDGE_PATH).length < 250_000);
  });
});

describe('workspace entries over the bundled knowledge', () => {
  const workspaceKyiv: KnowledgeEntry = { canonical: 'Kyiv', type: 'place', aliases: [], description: 'Where our bureau is.', source: 'workspace' };
  const kartapolov: KnowledgeEntry = {
    canonical: 'Andrey Kartapolov',
    type: 'person',
    aliases: ['Kartapolov'],
    description: 'Russian general and lawmaker.',
    source: 'workspace',
  };
  const merged = withWorkspaceEntries(knowledge, [workspaceKyiv, kartapolov]);

  it('replaces a bundled entry sharing a name and type, keeping its other names', () => {
    assert.equal(merged.lookup('Kyiv')?.description, 'Where our bureau is.');
    assert.equal(merged.lookup('Kiev')?.source, 'workspace');
    assert.ok(!merged.entries.some(entry => entry.canonical === 'Kyiv' && entry.source !== 'workspace'));
  });

  it('adds new entries and leaves the rest alone', () => {
    assert.equal(merged.lookup('Kartapolov')?.canonical, 'Andrey Kartapolov');
    assert.equal(merged.lookup('Lugansk')?.canonical, 'Luhansk');
    assert.equal(knowledge.lookup('Kartapolov'), undefined, 'the bundled base is not changed');
  });
});

describe('knowledgeMentions', () => {
  const cases: { name: string; text: string; types?: string[] }[] = [
    {
      name: 'acronyms, multi-word names and places',
      text: 'A mission of the ⟦Collective Security Treaty Organization⟧ (⟦CSTO⟧) was sent to ⟦Kazakhstan⟧.',
      types: ['organization', 'organization', 'place'],
    },
    { name: 'photo credits', text: 'FILE PHOTO. Peacekeepers. © ⟦Getty Images⟧ / ⟦Anadolu Agency⟧ / Pavel Pavlov' },
    { name: 'a leading "the" and an older spelling', text: 'The ⟦Kremlin⟧ says ⟦Kiev⟧ refused.' },
    { name: 'possessives and hyphenated compounds', text: 'the head of ⟦Russia⟧’s committee, the ⟦US⟧-led ⟦NATO⟧ bloc' },
    { name: 'diacritics either way', text: 'Trains from ⟦Kraków⟧ and ⟦Krakow⟧ to ⟦Côte d’Ivoire⟧.' },
    { name: 'a name wrapped onto the next line', text: 'The ⟦Collective Security\nTreaty Organization⟧ met.' },
    { name: 'CRLF line breaks', text: 'The ⟦Donbass⟧ republics\r\nof ⟦Donetsk⟧ and ⟦Lugansk⟧.\r\n' },
    { name: 'a line in capitals is no place for acronyms', text: 'WHO WILL TELL US\nThe ⟦WHO⟧ said so.' },
    { name: 'common words and lower case are never names', text: 'Let us see the china. Sale of the year! Male voters in turkey farms.' },
    { name: 'part of a longer capitalised name', text: 'The Kyiv Post said the ⟦Donetsk People’s Republic⟧, not the Lugansk People’s Militia, is in Moscow State University.' },
    { name: 'a shouted country name', text: 'They chanted TURKEY and then ⟦Turkey⟧ again.' },
    { name: 'a blank line ends a name', text: 'Collective Security\n\nTreaty Organization' },
    { name: 'acronyms keep their case', text: 'Csto, Nato and ⟦NATO⟧.' },
  ];
  for (const testCase of cases) {
    it(testCase.name, () => {
      const { text, spans } = parseMarked(testCase.text);
      const mentions = knowledgeMentions(parseArticle(text), knowledge);
      assert.equal(markSpans(text, mentions.map(mention => mention.span)), markSpans(text, spans));
      for (const mention of mentions) {
        assert.equal(mention.source, 'knowledge');
        assert.equal(mention.text, text.slice(mention.span.start, mention.span.end));
      }
      if (testCase.types) assert.deepEqual(mentions.map(mention => mention.type), testCase.types);
    });
  }

  it('finds workspace names, single words included', () => {
    const merged = withWorkspaceEntries(knowledge, [
      { canonical: 'Andrey Kartapolov', type: 'person', aliases: ['Kartapolov'], source: 'workspace' },
    ]);
    const { text, spans } = parseMarked('⟦Andrey Kartapolov⟧ spoke; later ⟦Kartapolov⟧ continued.');
    const mentions = knowledgeMentions(parseArticle(text), merged);
    assert.deepEqual(mentions.map(mention => mention.span), spans);
    assert.deepEqual(mentions.map(mention => mention.type), ['person', 'person']);
  });

  it('survives hostile text: empty, NUL, lone surrogates, no line breaks', () => {
    for (const text of ['', '\u0000', '\uD800NATO\uDC00', 'NATO\u0000Kiev', '\uFEFFKiev', ' '.repeat(1000) + 'Kiev']) {
      const mentions = knowledgeMentions(parseArticle(text), knowledge);
      for (const mention of mentions) assert.equal(mention.text, text.slice(mention.span.start, mention.span.end));
    }
    assert.deepEqual(knowledgeMentions(parseArticle('NATO\u0000Kiev'), knowledge).map(mention => mention.text), ['NATO', 'Kiev']);
  });
});
