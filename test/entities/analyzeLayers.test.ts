// Merging the mention layers (tags, model, knowledge) and splitting a person's name off a title, on mentions written
// by hand; then the facade with the shipped model on a seed-like article (the "done when" cases).

import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parseArticle } from '../../server/src/engine/article';
import { analyzeEntities, bundledKnowledge, Entity, EntityType, Mention } from '../../server/src/engine/entities';
import { mergeMentionLayers, splitPersonNamesOffTitles } from '../../server/src/engine/entities/mentionLayers';
import { loadNerModel } from '../../server/src/host/nerModel';

/** A mention of `name` at its first occurrence in `text` (or the occurrence after `after`). */
function mention(text: string, name: string, type: EntityType, source: Mention['source'], after = 0): Mention {
  const start = text.indexOf(name, after);
  assert.ok(start >= 0, `"${name}" is not in the text`);
  return { span: { start, end: start + name.length }, text: name, type, source };
}

const describeMentions = (mentions: readonly Mention[]) => mentions.map(item => `${item.text}/${item.type}/${item.source}`);

describe('mergeMentionLayers', () => {
  const text = 'Anadolu Agency and Donbass under the Minsk agreements; Jordan scored; <Kiev>.';

  it('drops a weaker mention that overlaps a stronger one, and keeps text order', () => {
    const merged = mergeMentionLayers([
      [mention(text, 'Kiev', 'organization', 'tag')],
      [mention(text, 'Donbass', 'misc', 'model'), mention(text, 'Anadolu Agency', 'person', 'model')],
      [mention(text, 'Kiev', 'place', 'knowledge'), mention(text, 'Agency and', 'misc', 'knowledge')],
    ]);
    assert.deepEqual(describeMentions(merged), ['Anadolu Agency/person/model', 'Donbass/misc/model', 'Kiev/organization/tag']);
  });

  it('lets a known name correct the type on the same span, except a one-word person and a tag', () => {
    const merged = mergeMentionLayers([
      [],
      [mention(text, 'Anadolu Agency', 'person', 'model'), mention(text, 'Donbass', 'misc', 'model'), mention(text, 'Jordan', 'person', 'model')],
      [mention(text, 'Anadolu Agency', 'organization', 'knowledge'), mention(text, 'Donbass', 'place', 'knowledge'), mention(text, 'Jordan', 'place', 'knowledge')],
    ]);
    assert.deepEqual(describeMentions(merged), ['Anadolu Agency/organization/model', 'Donbass/place/model', 'Jordan/person/model']);
  });

  it('lets a known name of several words replace the shorter mentions inside it', () => {
    const merged = mergeMentionLayers([
      [],
      [mention(text, 'Minsk', 'place', 'model'), mention(text, 'Anadolu', 'organization', 'model')],
      [mention(text, 'Minsk agreements', 'misc', 'knowledge'), mention(text, 'Anadolu Agency', 'organization', 'knowledge')],
    ]);
    assert.deepEqual(describeMentions(merged), ['Anadolu Agency/organization/knowledge', 'Minsk agreements/misc/knowledge']);
  });
});

describe('mergeMentionLayers: a user tag inside a longer model mention', () => {
  it('keeps the tag on its span and the rest of the model mention as its own mention', () => {
    const text = 'the head of the State Duma Defense Committee Andrey Kartapolov said.';
    const merged = mergeMentionLayers([
      [mention(text, 'Andrey Kartapolov', 'person', 'tag')],
      [mention(text, 'State Duma Defense Committee Andrey Kartapolov', 'organization', 'model')],
      [],
    ]);
    assert.deepEqual(describeMentions(merged), ['State Duma Defense Committee/organization/model', 'Andrey Kartapolov/person/tag']);
    for (const item of merged) assert.equal(text.slice(item.span.start, item.span.end), item.text);
  });

  it('keeps the pieces on both sides of a tag, trimmed of function words and punctuation', () => {
    const text = 'troops in the Donetsk and Lugansk People’s Republics, it said.';
    const merged = mergeMentionLayers([
      [mention(text, 'Lugansk', 'place', 'tag')],
      [mention(text, 'Donetsk and Lugansk People’s Republics', 'organization', 'model')],
    ]);
    assert.deepEqual(describeMentions(merged), ['Donetsk/organization/model', 'Lugansk/place/tag', 'People’s Republics/organization/model']);
    for (const item of merged) assert.equal(text.slice(item.span.start, item.span.end), item.text);
  });

  it('drops leftovers that are only function words or punctuation, and the rest of a word the tag cuts', () => {
    const text = 'Donetsk and Lugansk, then Kartapolov-led Committee.';
    const merged = mergeMentionLayers([
      [mention(text, 'Donetsk', 'place', 'tag'), mention(text, 'Lugansk', 'place', 'tag'), mention(text, 'Kartapolov', 'person', 'tag')],
      [mention(text, 'Donetsk and Lugansk,', 'place', 'model'), mention(text, 'Kartapolov-led Committee', 'organization', 'model')],
    ]);
    assert.deepEqual(describeMentions(merged), ['Donetsk/place/tag', 'Lugansk/place/tag', 'Kartapolov/person/tag', 'Committee/organization/model']);
  });

  it('does not cut knowledge mentions or numeric ones: a piece of a known name is not that name', () => {
    const text = 'under the Minsk agreements on 6 June 2022.';
    const merged = mergeMentionLayers([
      [mention(text, 'Minsk', 'place', 'tag'), mention(text, '2022', 'misc', 'tag')],
      [mention(text, '6 June 2022', 'date', 'rule')],
      [mention(text, 'Minsk agreements', 'misc', 'knowledge')],
    ]);
    assert.deepEqual(describeMentions(merged), ['Minsk/place/tag', '2022/misc/tag']);
  });
});

describe('splitPersonNamesOffTitles', () => {
  const text = 'the head of the State Duma Defense Committee Andrey Kartapolov said. Kartapolov added: the Defense Committee Kartapolov.';

  it('splits the full name off a title when the surname alone is a person elsewhere', () => {
    const mentions = splitPersonNamesOffTitles([
      mention(text, 'State Duma Defense Committee Andrey Kartapolov', 'organization', 'model'),
      mention(text, 'Kartapolov', 'person', 'model', 70),
    ]);
    assert.deepEqual(describeMentions(mentions), ['State Duma Defense Committee/organization/model', 'Andrey Kartapolov/person/model', 'Kartapolov/person/model']);
    for (const item of mentions) assert.equal(text.slice(item.span.start, item.span.end), item.text);
  });

  it('leaves mentions alone without such a surname, or when the word before it is a title word', () => {
    const withoutSurname = [mention(text, 'State Duma Defense Committee Andrey Kartapolov', 'organization', 'model')];
    assert.deepEqual(splitPersonNamesOffTitles(withoutSurname), withoutSurname);
    const titleWord = [mention(text, 'the Defense Committee Kartapolov', 'organization', 'model'), mention(text, 'Kartapolov', 'person', 'model', 70)];
    assert.deepEqual(splitPersonNamesOffTitles(titleWord), titleWord);
  });
});

describe('analyzeEntities with the shipped model', () => {
  const loaded = loadNerModel();
  if (loaded.kind === 'error') throw new Error(loaded.message);
  // Our own sentences, in the seed article's constructions (shared/data/articles/000_…).
  const text = [
    'Moscow explains its stance on peacekeepers',
    'FILE PHOTO. Collective Security Treaty Organization (CSTO) peacekeepers on exercise. © Getty Images / Anadolu Agency / Ivan Petrov',
    '',
    'A peacekeeping mission of the Collective Security Treaty Organization (CSTO) might one day be sent to eastern Ukraine, the head of Russia’s State Duma Defense Committee Andrey Kartapolov said on Monday.',
    '',
    '“Peacekeepers from the CSTO countries may be needed there,” Kartapolov told reporters.',
    '',
    'The CSTO is a Moscow-led regional security organization, which brings together six post-Soviet countries: Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia, and Tajikistan.',
    '',
    'It is too early to talk about a mission while the fighting between Moscow and Kiev goes on, Kartapolov continued. Kiev says the offensive was unprovoked.',
  ].join('\n');
  const { entities } = analyzeEntities(parseArticle(text), { model: loaded.model, knowledge: bundledKnowledge() });
  const entityWith = (name: string): Entity => {
    const found = entities.find(entity => entity.mentions.some(item => item.text === name));
    assert.ok(found, `no entity mentioned as "${name}": ${entities.map(entity => entity.id).join(', ')}`);
    return found;
  };

  it('"Kartapolov" is the person Andrey Kartapolov, with his role from the text', () => {
    const kartapolov = entityWith('Kartapolov');
    assert.equal(kartapolov.type, 'person');
    assert.equal(kartapolov.canonical, 'Andrey Kartapolov');
    assert.deepEqual(kartapolov.facts.filter(fact => fact.kind === 'role').map(fact => fact.text), ['head of Russia’s State Duma Defense Committee']);
  });

  it('"CSTO" has the expansion and the members the text gives', () => {
    const csto = entityWith('CSTO');
    assert.equal(csto.canonical, 'Collective Security Treaty Organization');
    assert.deepEqual(csto.facts.find(fact => fact.kind === 'expansion')?.text, 'Collective Security Treaty Organization');
    assert.deepEqual(csto.facts.find(fact => fact.kind === 'members')?.items, ['Armenia', 'Belarus', 'Kazakhstan', 'Kyrgyzstan', 'Russia', 'Tajikistan']);
  });

  it('"Kiev" is the place Kyiv', () => {
    const kyiv = entityWith('Kiev');
    assert.equal(kyiv.type, 'place');
    assert.equal(kyiv.canonical, 'Kyiv');
    assert.deepEqual(kyiv.aliases, ['Kiev']);
  });

  it('splits "Andrey Kartapolov" off the committee even when "Kartapolov" never stands alone, and keeps his role', () => {
    const once = [
      'A peacekeeping mission might one day be sent to eastern Ukraine, the head of Russia’s State Duma Defense Committee Andrey Kartapolov said on Monday.',
      '',
      'He added that the CSTO countries could send troops.',
    ].join('\n');
    const analysis = analyzeEntities(parseArticle(once), { model: loaded.model, knowledge: bundledKnowledge() });
    const named = (name: string) => analysis.entities.find(entity => entity.canonical === name);
    assert.equal(named('State Duma Defense Committee')?.type, 'organization');
    const person = named('Andrey Kartapolov');
    assert.equal(person?.type, 'person');
    assert.deepEqual(person?.facts.filter(fact => fact.kind === 'role').map(fact => fact.text), ['head of Russia’s State Duma Defense Committee']);
  });

  it('a <person> tag on "Andrey Kartapolov" keeps "State Duma Defense Committee" from the model’s longer mention', () => {
    const tagged = text.replace('Committee Andrey Kartapolov said', 'Committee <person>Andrey Kartapolov</person> said');
    const article = parseArticle(tagged);
    const { mentions } = analyzeEntities(article, { model: loaded.model, knowledge: bundledKnowledge() });
    const sentence = article.text.indexOf('A peacekeeping mission');
    const inSentence = mentions.filter(item => item.span.start > sentence && item.span.start < article.text.indexOf('\n', sentence));
    assert.deepEqual(
      inSentence.filter(item => item.type !== 'date').map(item => `${item.text}/${item.type}/${item.source}`),
      [
        'Collective Security Treaty Organization/organization/model', 'CSTO/organization/model', 'Ukraine/place/model', 'Russia/place/model',
        'State Duma Defense Committee/organization/model', 'Andrey Kartapolov/person/tag',
      ],
    );
  });
});

describe('analyzeEntities on the seed article (issue 4’s names)', () => {
  const seedPath = join(__dirname, '..', '..', '..', 'shared', 'data', 'articles', '000_b5462eb3a528e492.txt');
  const present = existsSync(seedPath);
  const skip = present ? false : `${seedPath} is absent (the shared data is not beside the clone); the seed-like article above covers the same cases`;
  const loaded = loadNerModel();
  if (loaded.kind === 'error') throw new Error(loaded.message);
  const seed = present ? readFileSync(seedPath, 'utf8') : '';
  const analyze = (text: string) => analyzeEntities(parseArticle(text), { model: loaded.model, knowledge: bundledKnowledge() });
  const entityWith = (entities: readonly Entity[], name: string): Entity => {
    const found = entities.find(entity => entity.mentions.some(item => item.text === name));
    assert.ok(found, `no entity mentioned as "${name}": ${entities.map(entity => entity.id).join(', ')}`);
    return found;
  };

  /** [a mention's text, the entity's type, canonical name, aliases, what the knowledge entry says it is]. */
  const CASES: [string, EntityType, string, string[], string | undefined][] = [
    ['Kartapolov', 'person', 'Andrey Kartapolov', ['Kartapolov'], undefined],
    ['CSTO', 'organization', 'Collective Security Treaty Organization', ['CSTO'], 'Russia-led military alliance'],
    ['Kiev', 'place', 'Kyiv', ['Kiev'], undefined],
    ['Lugansk', 'place', 'Luhansk', ['Lugansk'], undefined],
    // The first "Lugansk" stands in a coordination the model takes whole: a curated entry knows it.
    ['Donetsk and Lugansk People’s Republics', 'place', "Donetsk and Luhansk People's Republics", ['Donetsk and Lugansk People’s Republics'], 'The Donetsk and Luhansk'],
    ['Donbass', 'place', 'Donbas', ['Donbass'], 'Region of eastern Ukraine'],
    ['NATO', 'organization', 'North Atlantic Treaty Organization', ['NATO'], 'Military alliance'],
    ['Kremlin', 'organization', 'Kremlin', [], 'The fortress in Moscow'],
    ['Getty Images', 'organization', 'Getty Images', [], 'Photo agency'],
    ['Anadolu Agency', 'organization', 'Anadolu Agency', [], 'Turkish state-run news agency'],
    ['Minsk agreements', 'misc', 'Minsk agreements', [], 'Ceasefire agreements'],
  ];
  for (const [name, type, canonical, aliases, description] of CASES) {
    it(`"${name}" is the ${type} ${canonical}`, { skip }, () => {
      const entity = entityWith(analyze(seed).entities, name);
      assert.equal(entity.type, type);
      assert.equal(entity.canonical, canonical);
      assert.deepEqual(entity.aliases, aliases);
      if (description) assert.ok(entity.knowledge?.description?.startsWith(description), entity.knowledge?.description);
      if (type === 'place') assert.equal(entity.knowledge?.details?.Country, 'Ukraine');
    });
  }

  it('a <person> tag on "Andrey Kartapolov" keeps the committee as an organization', { skip }, () => {
    const tagged = seed.replace('Committee Andrey Kartapolov said', 'Committee <person>Andrey Kartapolov</person> said');
    assert.notEqual(tagged, seed);
    const { entities } = analyze(tagged);
    assert.equal(entities.find(entity => entity.canonical === 'State Duma Defense Committee')?.type, 'organization');
    assert.equal(entityWith(entities, 'Andrey Kartapolov').type, 'person');
  });

  it('splits "Andrey Kartapolov" off the committee when "Kartapolov" is not written alone', { skip }, () => {
    const once = seed.replace('Kartapolov told', 'he told').replace(' Kartapolov continued', ' he continued');
    assert.equal(once.split('Kartapolov').length, 2);
    const { entities } = analyze(once);
    assert.equal(entities.find(entity => entity.canonical === 'State Duma Defense Committee')?.type, 'organization');
    const person = entityWith(entities, 'Andrey Kartapolov');
    assert.equal(person.type, 'person');
    assert.deepEqual(person.facts.filter(fact => fact.kind === 'role').map(fact => fact.text), ['head of Russia’s State Duma Defense Committee']);
  });
});
