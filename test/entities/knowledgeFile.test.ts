// The workspace knowledge file `.articlelint/entities.json`: parsing with comments and problems (never throwing),
// the "add X to the workspace knowledge file" edit, and the host's find / load / update on disk.

import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { KNOWLEDGE_FILE_PATH, parseWorkspaceKnowledge, withKnowledgeEntry } from '../../server/src/engine/entities/knowledge';
import { findKnowledgeFile, knowledgeFilePathFor, loadKnowledgeFile } from '../../server/src/host/knowledgeFile';
import { updateFile } from '../../server/src/host/updateFile';

describe('parseWorkspaceKnowledge', () => {
  it('reads entries from JSON with comments and trailing commas', () => {
    const parsed = parseWorkspaceKnowledge(`\uFEFF{
      // people our desk writes about
      "entities": [
        {
          "name": "Andrey Kartapolov",
          "type": "person",
          "aliases": ["Kartapolov", "Andrei Kartapolov",],
          "description": "Russian general; chairs the State Duma Defense Committee.", /* since 2021 */
          "details": { "Party": "United Russia" },
        },
        { "name": "Example News", "type": "organization" },
      ],
    }`);
    assert.deepEqual(parsed.problems, []);
    assert.deepEqual(parsed.entries, [
      {
        canonical: 'Andrey Kartapolov',
        type: 'person',
        aliases: ['Kartapolov', 'Andrei Kartapolov'],
        description: 'Russian general; chairs the State Duma Defense Committee.',
        details: { Party: 'United Russia' },
        source: 'workspace',
      },
      { canonical: 'Example News', type: 'organization', aliases: [], source: 'workspace' },
    ]);
  });

  it('reports each bad entry and keeps the good ones', () => {
    const parsed = parseWorkspaceKnowledge(
      JSON.stringify({
        entities: [
          { name: 'Good Place', type: 'place' },
          { type: 'person' },
          { name: 'Bad Type', type: 'date' },
          'not an object',
          { name: 'Odd Fields', type: 'misc', aliases: ['ok', 3], details: { Year: 2014 }, colour: 'red' },
        ],
        version: 2,
      }),
    );
    assert.deepEqual(parsed.entries.map(entry => entry.canonical), ['Good Place', 'Odd Fields']);
    assert.deepEqual(parsed.entries[1].aliases, ['ok']);
    assert.equal(parsed.entries[1].details, undefined);
    assert.equal(parsed.problems.length, 7, parsed.problems.join('\n'));
    assert.ok(parsed.problems.some(problem => /entities\[2\] \("Bad Type"\): "type" must be one of person, organization, place, misc/.test(problem)));
  });

  const hostileTexts: [string, RegExp | undefined][] = [
    ['', undefined],
    ['{ "entities": [ ', /not valid JSON/],
    ['[1, 2]', /top level must be an object/],
    ['{ "entities": { "name": "x" } }', /"entities" must be an array/],
    ['null', /top level/],
    ['\u0000', /not valid JSON/],
    ['{ "entities": [{ "name": "\uD800", "type": "place" }] }', undefined],
    ['{\r\n  // CRLF\r\n  "entities": []\r\n}\r\n', undefined],
    ['"/* not a comment */"', /top level/],
    ['['.repeat(100_000), /not valid JSON/],
  ];
  for (const [index, [text, problem]] of hostileTexts.entries()) {
    it(`never throws on hostile text #${index + 1}`, () => {
      const parsed = parseWorkspaceKnowledge(text);
      if (problem) assert.match(parsed.problems.join('\n'), problem);
      else assert.deepEqual(parsed.problems, []);
    });
  }
});

describe('withKnowledgeEntry', () => {
  it('starts a new file that parses back to the entry', () => {
    const text = withKnowledgeEntry('', { name: 'Andrey Kartapolov', type: 'person', aliases: ['Kartapolov'] });
    assert.deepEqual(parseWorkspaceKnowledge(text), {
      entries: [{ canonical: 'Andrey Kartapolov', type: 'person', aliases: ['Kartapolov'], source: 'workspace' }],
      problems: [],
    });
  });

  it('appends to a file with comments, keeping the other entries', () => {
    const text = withKnowledgeEntry('{ // ours\n "entities": [{ "name": "Example News", "type": "organization" }] }', {
      name: 'CSTO',
      type: 'organization',
      description: 'Defined in the article.',
    });
    const parsed = parseWorkspaceKnowledge(text);
    assert.deepEqual(parsed.entries.map(entry => entry.canonical), ['Example News', 'CSTO']);
    assert.equal(parsed.entries[1].description, 'Defined in the article.');
  });

  it('merges new aliases into an entry of the same name and type, keeping its description', () => {
    const first = withKnowledgeEntry('', { name: 'Kartapolov', type: 'person', aliases: ['A. Kartapolov'], description: 'Ours.' });
    const second = withKnowledgeEntry(first, { name: 'kartapolov', type: 'person', aliases: ['Andrey Kartapolov', 'a. kartapolov'], description: 'Theirs.' });
    const [entry] = parseWorkspaceKnowledge(second).entries;
    assert.deepEqual(entry.aliases, ['A. Kartapolov', 'Andrey Kartapolov']);
    assert.equal(entry.description, 'Ours.');
    assert.equal(parseWorkspaceKnowledge(second).entries.length, 1);
  });

  it('refuses to rewrite a broken file', () => {
    assert.throws(() => withKnowledgeEntry('{ "entities": [', { name: 'X', type: 'misc' }));
    assert.throws(() => withKnowledgeEntry('[]', { name: 'X', type: 'misc' }), /must hold a JSON object/);
    assert.throws(() => withKnowledgeEntry('{ "entities": 3 }', { name: 'X', type: 'misc' }), /must be an array/);
  });
});

describe('host knowledge file', () => {
  const root = mkdtempSync(join(tmpdir(), 'article-lint-knowledge-'));
  after(() => rmSync(root, { recursive: true, force: true }));

  it('finds the nearest file above an article, and none past the stop folder', () => {
    const workspace = join(root, 'workspace');
    const articles = join(workspace, 'articles', '2022');
    mkdirSync(articles, { recursive: true });
    mkdirSync(join(workspace, '.articlelint'));
    writeFileSync(join(workspace, KNOWLEDGE_FILE_PATH), '{ "entities": [{ "name": "Example News", "type": "organization" }] }');
    assert.equal(findKnowledgeFile(articles), join(workspace, KNOWLEDGE_FILE_PATH));
    assert.equal(findKnowledgeFile(articles, articles), undefined);
    const loaded = loadKnowledgeFile(findKnowledgeFile(articles));
    assert.deepEqual(loaded.entries.map(entry => entry.canonical), ['Example News']);
  });

  it('reports an unreadable or broken file as a problem with its path', () => {
    assert.match(loadKnowledgeFile(join(root, 'missing.json')).problems[0], /cannot read .*missing\.json/);
    const broken = join(root, 'broken.json');
    writeFileSync(broken, '{ nope');
    assert.match(loadKnowledgeFile(broken).problems[0], /broken\.json: not valid JSON/);
    assert.deepEqual(loadKnowledgeFile(undefined), { entries: [], problems: [] });
  });

  it('creates the .articlelint folder and file on the first update, and never overwrites a broken file', () => {
    const path = knowledgeFilePathFor(join(root, 'fresh'));
    updateFile(path, text => withKnowledgeEntry(text, { name: 'Kartapolov', type: 'person' }));
    assert.deepEqual(loadKnowledgeFile(path).entries.map(entry => entry.canonical), ['Kartapolov']);
    writeFileSync(path, '{ broken');
    assert.throws(() => updateFile(path, text => withKnowledgeEntry(text, { name: 'X', type: 'misc' })), /cannot update/);
    assert.equal(readFileSync(path, 'utf8'), '{ broken');
  });
});
