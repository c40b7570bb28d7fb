// The entity facade: tagged passages, knowledge mentions and resolution together, memoized per Article; hostile
// input and a 5 MiB article. These runs have no model: the recognizer has its own tests.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseArticle } from '../../server/src/engine/article';
import { analyzeEntities, bundledKnowledge, Entity, withWorkspaceEntries } from '../../server/src/engine/entities';

const knowledge = bundledKnowledge();

// Our own paragraphs, modelled on the seed article's constructions.
const SEED_LIKE = [
  '7 Jun, 2022 10:12',
  'Moscow weighs a peacekeeping role in Ukraine',
  'FILE PHOTO. Collective Security Treaty Organization (CSTO) troops on exercise. © Getty Images / Anadolu Agency / Ivan Petrov',
  '',
  'A peacekeeping mission of the Collective Security Treaty Organization (CSTO) might one day be sent to Ukraine, the head of Russia’s State Duma Defense Committee Andrey Kartapolov said on Monday.',
  '',
  'The CSTO is a Moscow-led security bloc, which unites six post-Soviet countries: Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia, and Tajikistan.',
  '',
  'Talks between Moscow and Kiev are stalled, Kartapolov added, citing the Minsk agreements and the Donbass republics of Donetsk and Lugansk. The Kremlin and the US-led NATO bloc disagree.',
  '',
].join('\n');

function entityNamed(entities: readonly Entity[], canonical: string): Entity {
  const entity = entities.find(candidate => candidate.canonical === canonical);
  assert.ok(entity, `no entity "${canonical}"; entities: ${entities.map(candidate => candidate.canonical).join(', ')}`);
  return entity;
}

describe('analyzeEntities without a model', () => {
  const article = parseArticle(SEED_LIKE);
  const { mentions, entities } = analyzeEntities(article, { knowledge });

  it('finds the known names of the seed-like article', () => {
    assert.deepEqual(
      entities.map(entity => entity.canonical),
      [
        'Moscow', 'Ukraine', 'Collective Security Treaty Organization', 'Getty Images', 'Anadolu Agency', 'Russia',
        'Armenia', 'Belarus', 'Kazakhstan', 'Kyrgyzstan', 'Tajikistan', 'Kyiv', 'Minsk agreements', 'Donbas', 'Donetsk',
        'Luhansk', 'Kremlin', 'United States', 'North Atlantic Treaty Organization',
      ],
    );
  });

  it('gives CSTO its expansion and members from the text', () => {
    const csto = entityNamed(entities, 'Collective Security Treaty Organization');
    assert.deepEqual(csto.aliases, ['CSTO']);
    assert.deepEqual(csto.facts.map(fact => fact.kind), ['expansion', 'members']);
    assert.deepEqual(csto.facts[1].items, ['Armenia', 'Belarus', 'Kazakhstan', 'Kyrgyzstan', 'Russia', 'Tajikistan']);
  });

  it('gives Kiev the Kyiv spelling and the knowledge entry', () => {
    const kyiv = entityNamed(entities, 'Kyiv');
    assert.deepEqual(kyiv.aliases, ['Kiev']);
    assert.equal(kyiv.knowledge?.details?.Country, 'Ukraine');
  });

  it('returns mentions in text order, never overlapping, with their text', () => {
    for (const [index, mention] of mentions.entries()) {
      assert.equal(mention.text, SEED_LIKE.slice(mention.span.start, mention.span.end));
      if (index > 0) assert.ok(mentions[index - 1].span.end <= mention.span.start);
    }
  });

  it('is memoized per Article and options', () => {
    assert.equal(analyzeEntities(article, { knowledge }), analyzeEntities(article, { knowledge }));
    const other = withWorkspaceEntries(knowledge, [{ canonical: 'Ivan Petrov', type: 'person', aliases: [], source: 'workspace' }]);
    const withWorkspace = analyzeEntities(article, { knowledge: other });
    assert.ok(withWorkspace.entities.some(entity => entity.canonical === 'Ivan Petrov'));
    assert.notEqual(analyzeEntities(parseArticle(SEED_LIKE), { knowledge }), analyzeEntities(article, { knowledge }));
  });
});

describe('analyzeEntities with tags and workspace knowledge', () => {
  it('links "Kartapolov" to Andrey Kartapolov with his role, through a workspace entry', () => {
    const workspace = withWorkspaceEntries(knowledge, [
      { canonical: 'Andrey Kartapolov', type: 'person', aliases: ['Kartapolov'], description: 'Russian general and lawmaker.', source: 'workspace' },
    ]);
    const { entities } = analyzeEntities(parseArticle(SEED_LIKE), { knowledge: workspace });
    const kartapolov = entityNamed(entities, 'Andrey Kartapolov');
    assert.equal(kartapolov.type, 'person');
    assert.deepEqual(kartapolov.mentions.map(mention => mention.text), ['Andrey Kartapolov', 'Kartapolov']);
    assert.deepEqual(kartapolov.facts.map(fact => [fact.kind, fact.text]), [['role', 'head of Russia’s State Duma Defense Committee']]);
    assert.equal(kartapolov.knowledge?.description, 'Russian general and lawmaker.');
  });

  it('takes tagged passages as mentions; a tag wins over knowledge and may state the canonical name', () => {
    const text =
      'The head of the committee <person>Andrey Kartapolov</person> spoke; <person canonical="Andrey Kartapolov">the general</person> ' +
      'left for <org>Kiev</org>.';
    const article = parseArticle(text);
    const { mentions, entities } = analyzeEntities(article, { knowledge });
    assert.deepEqual(mentions.map(mention => [mention.text, mention.type, mention.source]), [
      ['Andrey Kartapolov', 'person', 'tag'],
      ['the general', 'person', 'tag'],
      ['Kiev', 'organization', 'tag'],
    ]);
    const kartapolov = entityNamed(entities, 'Andrey Kartapolov');
    assert.deepEqual(kartapolov.aliases, ['the general']);
    assert.deepEqual(kartapolov.facts.map(fact => fact.text), ['head of the committee']);
    const kyiv = entityNamed(entities, 'Kyiv');
    assert.equal(kyiv.type, 'organization', 'the user’s tag decides the type');
    assert.equal(kyiv.knowledge?.canonical, 'Kyiv');
  });
});

describe('analyzeEntities on hostile and large input', () => {
  const hostile = ['', '\u0000', '\uD800', '\uDC00CSTO\uD800', 'NATO said\r\nKiev\r\n\r\nLugansk\r\n', '<person></person>', '<org>', '\uFEFF'];
  for (const [index, text] of hostile.entries()) {
    it(`never throws on hostile input #${index + 1}`, () => {
      const article = parseArticle(text);
      const { mentions, entities } = analyzeEntities(article, { knowledge });
      for (const mention of mentions) assert.equal(mention.text, article.text.slice(mention.span.start, mention.span.end));
      assert.equal(entities.reduce((count, entity) => count + entity.mentions.length, 0), mentions.length);
    });
  }

  it('keeps CRLF offsets exact', () => {
    const { mentions } = analyzeEntities(parseArticle('NATO met\r\nKiev\r\n\r\nLugansk\r\n'), { knowledge });
    assert.deepEqual(mentions.map(mention => [mention.span.start, mention.text]), [[0, 'NATO'], [10, 'Kiev'], [18, 'Lugansk']]);
  });

  it('analyses a 5 MiB article (the same entities, every mention)', t => {
    const copies = Math.ceil((5 * 1024 * 1024) / SEED_LIKE.length);
    const big = (SEED_LIKE + '\n').repeat(copies);
    const single = analyzeEntities(parseArticle(SEED_LIKE), { knowledge });
    const started = Date.now();
    const { mentions, entities } = analyzeEntities(parseArticle(big), { knowledge });
    t.diagnostic(`${copies} copies, ${(big.length / 1024 / 1024).toFixed(1)} MiB: ${mentions.length} mentions in ${Date.now() - started} ms`);
    assert.equal(mentions.length, single.mentions.length * copies);
    assert.deepEqual(entities.map(entity => entity.id), single.entities.map(entity => entity.id));
    const repeatedFacts = entityNamed(entities, 'Collective Security Treaty Organization').facts;
    assert.deepEqual(repeatedFacts.map(fact => fact.kind), ['expansion', 'members'], 'a fact the text repeats is kept once');
  });

  it('analyses 5 MiB without a line break, dense with cues (colons, parentheses, acronyms)', t => {
    const unit = 'NATO countries: Armenia, Belarus: Kiev (CSTO) the head of: ';
    const big = unit.repeat(Math.ceil((5 * 1024 * 1024) / unit.length));
    const started = Date.now();
    const { mentions, entities } = analyzeEntities(parseArticle(big), { knowledge });
    t.diagnostic(`${(big.length / 1024 / 1024).toFixed(1)} MiB on one line: ${mentions.length} mentions in ${Date.now() - started} ms`);
    assert.deepEqual(entities.map(entity => entity.canonical), ['North Atlantic Treaty Organization', 'Armenia', 'Belarus', 'Kyiv', 'Collective Security Treaty Organization']);
    assert.deepEqual(entityNamed(entities, 'North Atlantic Treaty Organization').facts.map(fact => fact.items), [['Armenia', 'Belarus']]);
  });
});
