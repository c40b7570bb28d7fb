// Entities of a long document analysed section by section: every span still names its text in the whole document
// (tagged or not), a short document is analysed exactly as before, and a cache reused after an edit gives what a
// fresh analysis gives.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseArticle } from '../../server/src/engine/article';
import { analyzeEntities, bundledKnowledge } from '../../server/src/engine/entities/index';
import { Entity } from '../../server/src/engine/entities/types';
import { analyzeEntitiesInSections, EntitySectionCache } from '../../server/src/engine/sectionedEntities';
import { lintArticle, startLint } from '../../server/src/engine/lint';
import { SECTIONED_LINT_LENGTH, SectionCache } from '../../server/src/engine/sections';
import { loadNerModel } from '../../server/src/host/nerModel';

const loaded = loadNerModel();
if (loaded.kind === 'error') throw new Error(loaded.message);
const options = { model: loaded.model, knowledge: bundledKnowledge() };

// Our own page, in the constructions of scraped news: an acronym defined in the text, a surname after the full name.
const PAGE = [
  'Peacekeepers may be sent east, lawmaker says',
  '',
  'A mission of the Collective Security Treaty Organization (CSTO) might be sent to Ukraine, the head of the Defense Committee <person>Andrey Kartapolov</person> said on 6 June 2022.',
  '',
  '“Peacekeepers from the CSTO countries may be needed there,” Kartapolov told reporters in Moscow.',
  '',
  'The bloc groups Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia and Tajikistan, and costs $2.5 million a year.',
  '',
].join('\n');

function dump(length: number): string {
  const pages: string[] = [];
  for (let total = 0, copy = 0; total < length; copy++) {
    const page = `Page ${copy}\n\n${PAGE}\n`;
    pages.push(page);
    total += page.length;
  }
  return pages.join('');
}

/** Type, text and span of every mention, in text order: what hovers, highlights and colours are built from. */
function mentionsOf(entities: readonly Entity[]): string[] {
  return entities
    .flatMap(entity => entity.mentions.map(mention => ({ entity, mention })))
    .sort((a, b) => a.mention.span.start - b.mention.span.start)
    .map(({ entity, mention }) => `${mention.span.start}-${mention.span.end} ${mention.type} ${mention.text} → ${entity.canonical}`);
}


describe('analyzeEntitiesInSections', () => {
  it('analyses a short document exactly as analyzeEntities does', () => {
    const linted = lintArticle(dump(20_000));
    assert.equal(linted.sections, undefined);
    assert.deepEqual(analyzeEntitiesInSections(linted, options), analyzeEntities(parseArticle(linted.article.tagged.source), options).entities);
  });

  it('finds the names of every section of a long tagged dump, each span naming its text in the whole document', () => {
    const linted = lintArticle(dump(SECTIONED_LINT_LENGTH * 2));
    assert.ok(linted.sections && linted.sections.length > 1);
    const { article } = linted;
    const entities = analyzeEntitiesInSections(linted, options);
    const mentions = entities.flatMap(entity => entity.mentions);
    for (const mention of mentions) assert.equal(article.text.slice(mention.span.start, mention.span.end), mention.text);
    // A fact's span covers the passage that states it ("… Organization (CSTO)"): the same passages a page alone gives.
    const page = parseArticle(PAGE);
    const pageFacts = new Set(analyzeEntities(page, options).entities.flatMap(entity => entity.facts.map(fact => page.text.slice(fact.span.start, fact.span.end))));
    assert.ok(pageFacts.size >= 2);
    for (const fact of entities.flatMap(entity => entity.facts)) assert.ok(pageFacts.has(article.text.slice(fact.span.start, fact.span.end)), fact.text);
    const copies = article.text.split('\nPage ').length;
    const kartapolov = mentions.filter(mention => mention.text === 'Andrey Kartapolov');
    assert.equal(kartapolov.length, copies, 'the tagged name in every copy of the page');
    const last = kartapolov.at(-1)!;
    assert.ok(last.span.start > article.text.length - PAGE.length * 2, 'the last page has its names too');
    const csto = entities.filter(entity => entity.canonical === 'Collective Security Treaty Organization');
    assert.ok(csto.length > 1 && csto.every(entity => entity.facts.some(fact => fact.kind === 'expansion')), 'each section knows its own expansion');
  });

  it('with a cache gives after an edit what a fresh analysis gives', () => {
    const cache = new EntitySectionCache();
    // The lint's section cache gives the unchanged sections of the edited version the same identity as before.
    const sectionCache = new SectionCache();
    let text = dump(SECTIONED_LINT_LENGTH * 2);
    analyzeEntitiesInSections(startLint(text, { sectionCache }).finish(), options, cache);
    const at = text.indexOf('\n\n', text.length / 2) + 2;
    text = `${text.slice(0, at)}Officials in Kiev declined to comment.\n\n${text.slice(at)}`;
    const edited = startLint(text, { sectionCache }).finish();
    const cached = mentionsOf(analyzeEntitiesInSections(edited, options, cache));
    assert.deepEqual(cached, mentionsOf(analyzeEntitiesInSections(lintArticle(text), options)));
    assert.ok(cached.some(mention => / place Kiev → Kyiv$/.test(mention)));
    // A tagged line typed at the top moves every later section by fewer untagged characters than characters.
    text = `Page 0\n\n<person>Olga Petrova</person> in Minsk said nothing.\n\n${text.slice('Page 0\n\n'.length)}`;
    const moved = mentionsOf(analyzeEntitiesInSections(startLint(text, { sectionCache }).finish(), options, cache));
    assert.deepEqual(moved, mentionsOf(analyzeEntitiesInSections(lintArticle(text), options)));
    assert.ok(moved.some(mention => / person Olga Petrova → Olga Petrova$/.test(mention)));
  });

  it('of some sections gives exactly the entities those sections have in the analysis of all of them', () => {
    const cache = new EntitySectionCache();
    const linted = lintArticle(dump(SECTIONED_LINT_LENGTH * 2));
    const all = analyzeEntitiesInSections(linted, options, cache);
    const sections = linted.sections!;
    // Mention spans are offsets of the untagged text; section starts are offsets of the text as given.
    const inSection = (entity: Entity, index: number) => {
      const start = linted.tagged.toPlain(sections[index].start);
      const end = index + 1 < sections.length ? linted.tagged.toPlain(sections[index + 1].start) : Number.MAX_SAFE_INTEGER;
      return entity.mentions.every(mention => mention.span.start >= start && mention.span.end <= end);
    };
    for (const wanted of [new Set([0]), new Set([2, 3]), new Set([sections.length - 1])]) {
      const some = analyzeEntitiesInSections(linted, options, new EntitySectionCache(), wanted);
      assert.ok(some.length > 0);
      assert.deepEqual(mentionsOf(some), mentionsOf(all.filter(entity => [...wanted].some(index => inSection(entity, index)))));
    }
  });
});
