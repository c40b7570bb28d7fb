// Entity resolution: mentions grouped by name, surname, acronym and knowledge spelling; canonical names, aliases,
// facts and ids. ⟦…⟧ marks the mentions a recognizer would give, typed in order of appearance.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseArticle } from '../../server/src/engine/article';
import { bundledKnowledge, withWorkspaceEntries } from '../../server/src/engine/entities/knowledge';
import { resolveEntities } from '../../server/src/engine/entities/resolve';
import { Entity, EntityType, Mention } from '../../server/src/engine/entities/types';
import { parseMarked } from '../helpers/marked';

const knowledge = bundledKnowledge();

function resolveMarked(markedText: string, types: readonly EntityType[], base = knowledge): { text: string; entities: Entity[] } {
  const { text, spans } = parseMarked(markedText);
  assert.equal(spans.length, types.length, `${spans.length} spans but ${types.length} types`);
  const mentions: Mention[] = spans.map((span, index) => ({ span, text: text.slice(span.start, span.end), type: types[index], source: 'model' }));
  return { text, entities: resolveEntities(parseArticle(text), mentions, base) };
}

function entityOf(entities: readonly Entity[], mentionText: string): Entity {
  const entity = entities.find(candidate => candidate.mentions.some(mention => mention.text === mentionText));
  assert.ok(entity, `no entity has a mention "${mentionText}"; entities: ${entities.map(candidate => candidate.id).join(', ')}`);
  return entity;
}

// Modelled on the seed article (shared/data/articles/000_…): our own sentences, the same constructions.
const SEED_LIKE = [
  'Moscow weighs a peacekeeping role in Ukraine',
  '',
  'A peacekeeping mission of the ⟦Collective Security Treaty Organization⟧ (⟦CSTO⟧) might one day be sent to ⟦Ukraine⟧, the head of ⟦Russia⟧’s ⟦State Duma Defense Committee⟧ ⟦Andrey Kartapolov⟧ said on Monday.',
  '',
  '“Peacekeepers from the ⟦CSTO⟧ countries may be needed there,” ⟦Kartapolov⟧ told journalists.',
  '',
  'The ⟦CSTO⟧ is a ⟦Moscow⟧-led security bloc, which unites six post-Soviet countries: ⟦Armenia⟧, ⟦Belarus⟧, ⟦Kazakhstan⟧, ⟦Kyrgyzstan⟧, ⟦Russia⟧, and ⟦Tajikistan⟧.',
  '',
  'Talks between ⟦Moscow⟧ and ⟦Kiev⟧ are stalled, ⟦Kartapolov⟧ added. ⟦Kiev⟧ says the offensive was unprovoked.',
].join('\n');
const SEED_TYPES: EntityType[] = [
  'organization', 'organization', 'place', 'place', 'organization', 'person',
  'organization', 'person',
  'organization', 'place', 'place', 'place', 'place', 'place', 'place', 'place',
  'place', 'place', 'person', 'organization',
];

describe('resolveEntities on a seed-like article', () => {
  const { text, entities } = resolveMarked(SEED_LIKE, SEED_TYPES);

  it('links "Kartapolov" to the person Andrey Kartapolov with the role the text gives', () => {
    const kartapolov = entityOf(entities, 'Kartapolov');
    assert.equal(kartapolov.type, 'person');
    assert.equal(kartapolov.canonical, 'Andrey Kartapolov');
    assert.deepEqual(kartapolov.aliases, ['Kartapolov']);
    assert.equal(kartapolov.id, 'person:andrey kartapolov');
    assert.deepEqual(kartapolov.mentions.map(mention => mention.text), ['Andrey Kartapolov', 'Kartapolov', 'Kartapolov']);
    const roles = kartapolov.facts.filter(fact => fact.kind === 'role');
    assert.deepEqual(roles.map(fact => fact.text), ['head of Russia’s State Duma Defense Committee']);
    assert.equal(text.slice(roles[0].span.start, roles[0].span.end), 'head of Russia’s State Duma Defense Committee Andrey Kartapolov');
  });

  it('gives "CSTO" the expansion and the members from the text, and the knowledge entry', () => {
    const csto = entityOf(entities, 'CSTO');
    assert.equal(csto.type, 'organization');
    assert.equal(csto.canonical, 'Collective Security Treaty Organization');
    assert.deepEqual(csto.aliases, ['CSTO']);
    assert.equal(csto.mentions.length, 4, 'the expansion and three acronyms');
    const expansion = csto.facts.find(fact => fact.kind === 'expansion');
    assert.equal(expansion?.text, 'Collective Security Treaty Organization');
    const members = csto.facts.find(fact => fact.kind === 'members');
    assert.deepEqual(members?.items, ['Armenia', 'Belarus', 'Kazakhstan', 'Kyrgyzstan', 'Russia', 'Tajikistan']);
    assert.equal(members?.text, 'Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia, Tajikistan');
    assert.equal(csto.knowledge?.source, 'curated');
  });

  it('makes "Kiev" the place Kyiv from knowledge, whatever type the model gave each mention', () => {
    const kyiv = entityOf(entities, 'Kiev');
    assert.equal(kyiv.type, 'place', 'a tie between place and organization goes to the knowledge type');
    assert.equal(kyiv.canonical, 'Kyiv');
    assert.deepEqual(kyiv.aliases, ['Kiev']);
    assert.equal(kyiv.knowledge?.canonical, 'Kyiv');
    assert.equal(kyiv.knowledge?.description, 'Capital of Ukraine.');
    assert.equal(kyiv.mentions.length, 2);
  });

  it('orders entities by first mention, with unique, deterministic ids', () => {
    const ids = entities.map(entity => entity.id);
    assert.equal(new Set(ids).size, ids.length);
    const firsts = entities.map(entity => entity.mentions[0].span.start);
    assert.deepEqual(firsts, [...firsts].sort((a, b) => a - b));
    assert.deepEqual(resolveMarked(SEED_LIKE, SEED_TYPES).entities, entities);
    assert.equal(entities.find(entity => entity.canonical === 'Russia')?.mentions.length, 2);
  });
});

describe('resolveEntities grouping', () => {
  it('groups two spellings the knowledge base knows as one', () => {
    const { entities } = resolveMarked('Shelling in ⟦Lugansk⟧ (⟦Luhansk⟧ in Ukrainian) and ⟦Donbass⟧.', ['place', 'place', 'place']);
    assert.deepEqual(entities.map(entity => [entity.canonical, entity.aliases]), [['Luhansk', ['Lugansk']], ['Donbas', ['Donbass']]]);
  });

  it('leaves a surname alone when two people share it', () => {
    const { entities } = resolveMarked('⟦John Smith⟧ met ⟦Mary Smith⟧. ⟦Smith⟧ left.', ['person', 'person', 'person']);
    assert.deepEqual(entities.map(entity => entity.canonical), ['John Smith', 'Mary Smith', 'Smith']);
  });

  it('links a surname that comes before the full name too', () => {
    const { entities } = resolveMarked('⟦Kartapolov⟧ spoke. Later ⟦Andrey Kartapolov⟧ and his aide ⟦Ivanov⟧ left.', ['person', 'person', 'person']);
    assert.deepEqual(entities.map(entity => entity.canonical), ['Andrey Kartapolov', 'Ivanov']);
  });

  it('links an acronym and an expansion defined in the text without knowledge', () => {
    const { entities } = resolveMarked('The ⟦Northern Fishing Council⟧ (⟦NFC⟧) met; the ⟦NFC⟧ agreed.', ['organization', 'organization', 'organization']);
    assert.equal(entities.length, 1);
    assert.equal(entities[0].canonical, 'Northern Fishing Council');
    assert.equal(entities[0].knowledge, undefined);
    assert.deepEqual(entities[0].facts.map(fact => fact.kind), ['expansion']);
  });

  it('names an acronym by the expansion the text gives even when the expansion is not a mention', () => {
    const { entities } = resolveMarked('The Northern Fishing Council (⟦NFC⟧) met.', ['organization']);
    assert.equal(entities[0].canonical, 'Northern Fishing Council');
    assert.deepEqual(entities[0].aliases, ['NFC']);
  });

  it('does not give a person the knowledge of a place of the same name', () => {
    const { entities } = resolveMarked('⟦Jordan⟧ scored twice.', ['person']);
    assert.equal(entities[0].type, 'person');
    assert.equal(entities[0].knowledge, undefined);
  });

  it('gives a person the workspace entry for them, and its canonical name', () => {
    const workspace = withWorkspaceEntries(knowledge, [
      { canonical: 'Andrey Kartapolov', type: 'person', aliases: ['Kartapolov'], description: 'Russian general.', source: 'workspace' },
    ]);
    const { entities } = resolveMarked('⟦Kartapolov⟧ said so.', ['person'], workspace);
    assert.equal(entities[0].canonical, 'Andrey Kartapolov');
    assert.equal(entities[0].knowledge?.description, 'Russian general.');
  });

  it('keeps dates apart from names and out of the knowledge base', () => {
    const { entities } = resolveMarked('⟦Monday⟧ in ⟦Moscow⟧, and again ⟦Monday⟧.', ['date', 'place', 'date']);
    assert.deepEqual(entities.map(entity => [entity.id, entity.mentions.length, entity.knowledge === undefined]), [
      ['date:monday', 2, true],
      ['place:moscow', 1, false],
    ]);
  });

  it('numbers repeated ids', () => {
    const { entities } = resolveMarked('⟦Smith⟧ met ⟦John Smith⟧ and ⟦Mary Smith⟧; ⟦Smiths⟧.', ['person', 'person', 'person', 'person']);
    assert.deepEqual(entities.map(entity => entity.id).filter(id => id.startsWith('person:smith')), ['person:smith', 'person:smiths']);
    assert.equal(new Set(entities.map(entity => entity.id)).size, entities.length);
  });

  it('resolves nothing to nothing and survives hostile mentions', () => {
    assert.deepEqual(resolveEntities(parseArticle(''), [], knowledge), []);
    const text = '\uD800Kiev\u0000\r\n';
    const mentions: Mention[] = [
      { span: { start: 1, end: 5 }, text: 'Kiev', type: 'place', source: 'model' },
      { span: { start: 0, end: 1 }, text: '\uD800', type: 'misc', source: 'model' },
      { span: { start: 5, end: 5 }, text: '', type: 'person', source: 'model' },
    ];
    const entities = resolveEntities(parseArticle(text), mentions, knowledge);
    assert.deepEqual(entities.map(entity => entity.canonical).sort(), ['', '\uD800', 'Kyiv'].sort());
  });
});
