// tags.ts: parsing vocabulary tags into annotations over the untagged text, offset mapping both ways, carrying edits
// into the tagged source, and placing new tags so they nest and never cross.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyEdits } from '../../server/src/engine/fixes';
import { editToSource, parseTaggedText, tagEdits, tagPlacementProblem } from '../../server/src/engine/tags';
import { TagName } from '../../server/src/engine/types';

const plainOf = (text: string, span: { start: number; end: number }) => text.slice(span.start, span.end);

describe('parseTaggedText', () => {
  it('leaves text without vocabulary tags as it is', () => {
    const tagged = parseTaggedText('Prices <b>rose</b> 3 < 4.');
    assert.equal(tagged.isIdentity, true);
    assert.equal(tagged.plain, 'Prices <b>rose</b> 3 < 4.');
    assert.deepEqual(tagged.annotations, []);
  });

  it('strips well-formed tags and gives each passage its plain and source spans', () => {
    const source = '<headline>Ferries stop</headline>\n<quote speaker="Anna Lind">We wait, said <person>Anna</person>.</quote>';
    const tagged = parseTaggedText(source);
    assert.equal(tagged.plain, 'Ferries stop\nWe wait, said Anna.');
    assert.deepEqual(
      tagged.annotations.map(annotation => [annotation.tag, plainOf(tagged.plain, annotation.plain), annotation.attributes]),
      [
        ['headline', 'Ferries stop', {}],
        ['quote', 'We wait, said Anna.', { speaker: 'Anna Lind' }],
        ['person', 'Anna', {}],
      ],
    );
    const quote = tagged.annotations[1];
    assert.equal(plainOf(source, quote.openTag), '<quote speaker="Anna Lind">');
    assert.equal(plainOf(source, quote.closeTag), '</quote>');
    assert.deepEqual(tagged.problems, []);
  });

  it('maps offsets both ways, with a side for positions where markup sits', () => {
    const source = 'a<person>bc</person>d';
    const tagged = parseTaggedText(source);
    assert.equal(tagged.plain, 'abcd');
    assert.equal(tagged.toSource(1, 'before'), 1);
    assert.equal(tagged.toSource(1, 'after'), 9);
    assert.equal(tagged.toSource(3, 'before'), 11);
    assert.equal(tagged.toSource(3, 'after'), 20);
    assert.equal(tagged.toSource(4, 'after'), 21);
    for (let plain = 0; plain <= 4; plain++) {
      assert.equal(tagged.toPlain(tagged.toSource(plain, 'before')), plain);
      assert.equal(tagged.toPlain(tagged.toSource(plain, 'after')), plain);
    }
    assert.equal(tagged.toPlain(5), 1, 'inside markup maps to where the markup sits');
  });

  it('reports unclosed, unopened, crossing and empty tags and keeps their markup as text', () => {
    const cases: [string, string][] = [
      ['<quote>never closed', 'unclosed'],
      ['stray </byline> here', 'unopened'],
      ['<quote>a <person>b</quote> c</person>', 'crossing'],
      ['<person></person>', 'empty'],
      ['<quote who="x">a</quote>', 'unknown-attribute'],
    ];
    for (const [source, kind] of cases) {
      const tagged = parseTaggedText(source);
      assert.ok(tagged.problems.some(problem => problem.kind === kind), `${source}: expected a ${kind} problem, got ${JSON.stringify(tagged.problems)}`);
    }
    assert.equal(parseTaggedText('<quote>never closed').plain, '<quote>never closed');
  });

  it('decodes attribute entities and ignores tags that only look like ours', () => {
    const tagged = parseTaggedText('<quote speaker="A &quot;B&quot; C">x</quote> <quotes>y</quotes> <person >z</person>');
    assert.equal(tagged.annotations[0].attributes.speaker, 'A "B" C');
    assert.equal(tagged.plain, 'x <quotes>y</quotes> z');
  });

  it('counts astral characters as two UTF-16 units on both sides', () => {
    const tagged = parseTaggedText('😀<place>Kyiv 🇺🇦</place>!');
    assert.equal(tagged.plain, '😀Kyiv 🇺🇦!');
    assert.equal(plainOf(tagged.plain, tagged.annotations[0].plain), 'Kyiv 🇺🇦');
  });
});

describe('editToSource', () => {
  const carry = (source: string, plainStart: number, plainEnd: number, newText: string) => {
    const tagged = parseTaggedText(source);
    return applyEdits(source, editToSource(tagged, { span: { start: plainStart, end: plainEnd }, newText })).text;
  };

  it('deletes a wholly tagged passage with its tags', () => {
    const source = 'Top\n<caption>A ferry.</caption>\nBody';
    assert.equal(carry(source, 4, 12, ''), 'Top\n\nBody');
  });

  it('keeps the tags of a passage the deletion only touches', () => {
    const source = 'Menu <person>Anna Lind</person> says';
    // Delete "Menu Anna " — the person passage is only partly deleted, so its tags stay.
    assert.equal(carry(source, 0, 10, ''), '<person>Lind</person> says');
  });

  it('repairs characters inside a tagged passage without touching the tags', () => {
    const source = '<person>CafÃ© owner</person>';
    assert.equal(carry(source, 3, 5, 'é'), '<person>Café owner</person>');
  });

  it('is the identity for untagged text', () => {
    assert.equal(carry('abc', 1, 2, 'X'), 'aXc');
  });
});

describe('tagEdits', () => {
  const tag = (source: string, start: number, end: number, name: TagName, attributes = {}) => {
    const tagged = parseTaggedText(source);
    return applyEdits(source, tagEdits(tagged, { start, end }, name, attributes)).text;
  };

  it('wraps untagged text', () => {
    assert.equal(tag('6 Jun, 2022 15:41\nTitle', 0, 17, 'dateline'), '<dateline>6 Jun, 2022 15:41</dateline>\nTitle');
  });

  it('puts a new passage around the passages inside it and inside the passages around it', () => {
    assert.equal(tag('said <person>Anna</person> today', 0, 15, 'quote', { speaker: 'Anna' }), '<quote speaker="Anna">said <person>Anna</person> today</quote>');
    assert.equal(tag('<quote>said Anna Lind today</quote>', 5, 14, 'person'), '<quote>said <person>Anna Lind</person> today</quote>');
    assert.equal(tag('<quote>Anna Lind</quote>', 0, 9, 'person'), '<person><quote>Anna Lind</quote></person>');
    assert.equal(tag('<person>Anna</person> <place>Oslo</place>', 0, 9, 'quote'), '<quote><person>Anna</person> <place>Oslo</place></quote>');
  });

  it('refuses to cross a passage or split a surrogate pair, saying why', () => {
    const tagged = parseTaggedText('<person>Anna Lind</person> spoke');
    assert.match(tagPlacementProblem(tagged, { start: 5, end: 15 }) ?? '', /cross the <person> passage/);
    assert.match(tagPlacementProblem(parseTaggedText('a😀b'), { start: 0, end: 2 }) ?? '', /two UTF-16 units/);
    assert.throws(() => tagEdits(tagged, { start: 5, end: 15 }, 'quote'), /cannot tag as <quote>/);
  });

  it('round-trips random tag layouts: the parsed annotations are the ones that were added', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed / 0x7fffffff;
    };
    const alphabet = ['a', 'b', ' ', '\n', 'é', '😀', '🇺🇦', '<', '&'];
    const tags: TagName[] = ['quote', 'person', 'place', 'headline', 'date'];
    for (let round = 0; round < 300; round++) {
      let plain = '';
      const length = 1 + Math.floor(random() * 30);
      while (plain.length < length) plain += alphabet[Math.floor(random() * alphabet.length)];
      let source = plain;
      const added: string[] = [];
      for (let attempt = 0; attempt < 4; attempt++) {
        const tagged = parseTaggedText(source);
        let start = Math.floor(random() * plain.length);
        let end = start + 1 + Math.floor(random() * (plain.length - start));
        const name = tags[Math.floor(random() * tags.length)];
        if (tagPlacementProblem(tagged, { start, end })) continue;
        source = applyEdits(source, tagEdits(tagged, { start, end }, name)).text;
        added.push(`${name}:${start}-${end}`);
        start = end;
      }
      const reparsed = parseTaggedText(source);
      assert.equal(reparsed.plain, plain, `plain text changed for ${JSON.stringify(source)}`);
      assert.deepEqual(reparsed.problems, [], `problems in ${JSON.stringify(source)}`);
      assert.deepEqual(
        reparsed.annotations.map(annotation => `${annotation.tag}:${annotation.plain.start}-${annotation.plain.end}`).sort(),
        added.sort(),
        JSON.stringify(source),
      );
    }
  });
});
