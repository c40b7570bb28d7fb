// entities: names, dates and amounts of one article as JSON with UTF-16 offsets or as text lines, each with its entity
// and canonical name; offsets into tagged files; workspace knowledge (--knowledge or the nearest file); standard
// input; usage mistakes, a missing input and a broken knowledge file exit 2. And check: a name is never noise.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { CLI_PATH, makeTempFolder, runCli } from './helpers';

/** Our own two-line article: an emoji and CRLF before the names shift UTF-16 offsets away from code points. */
const ARTICLE = 'the morning brief \u{1F600}\r\nAngela Merkel met Emmanuel Macron in Paris on Tuesday, June 4, 2019, and pledged $6.5 billion.\r\n';

interface JsonEntity {
  start: number;
  end: number;
  text: string;
  type: string;
  source: string;
  canonical: string;
  entity: string;
}

function parseEntities(stdout: string): JsonEntity[] {
  try {
    return (JSON.parse(stdout) as { entities: JsonEntity[] }).entities;
  } catch {
    throw new Error(`stdout is not JSON:\n${stdout}`);
  }
}

describe('entities', () => {
  let folder: ReturnType<typeof makeTempFolder>;
  before(() => {
    folder = makeTempFolder({ 'article.txt': ARTICLE, 'empty.txt': '' });
  });
  after(() => folder.remove());

  it('prints names from the model and dates and money from rules, with UTF-16 offsets into the text', () => {
    const run = runCli(['entities', 'article.txt'], { cwd: folder.path });
    assert.equal(run.status, 0, run.stderr);
    const entities = parseEntities(run.stdout);
    for (const entity of entities) assert.equal(ARTICLE.slice(entity.start, entity.end), entity.text, `offsets of "${entity.text}"`);
    assert.deepEqual(
      entities.map(entity => `${entity.type}:${entity.text}:${entity.source}`),
      [
        'person:Angela Merkel:model',
        'person:Emmanuel Macron:model',
        'place:Paris:model',
        'date:Tuesday, June 4, 2019:rule',
        'money:$6.5 billion:rule',
      ],
    );
    assert.equal(entities[0].start, ARTICLE.indexOf('Angela'));
  });

  it('reads standard input and prints text lines with 1-based line:column', () => {
    const run = runCli(['entities', '--format', 'text', '-'], { cwd: folder.path, stdin: ARTICLE });
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /^\s*2:1 {2}person\s+Angela Merkel$/m);
    assert.match(run.stdout, /^\s*2:38 {2}place\s+Paris$/m);
  });

  it('prints an empty list for an empty file', () => {
    const run = runCli(['entities', 'empty.txt'], { cwd: folder.path });
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(parseEntities(run.stdout), []);
  });

  const mistakes: [string, string[], RegExp][] = [
    ['no input', ['entities'], /entities needs a file/],
    ['two inputs', ['entities', 'article.txt', 'empty.txt'], /entities takes one input/],
    ['a bad --format', ['entities', '--format', 'xml', 'article.txt'], /--format must be one of json, text/],
    ['a missing file', ['entities', 'missing.txt'], /cannot read .*missing\.txt/],
  ];
  for (const [name, args, message] of mistakes) {
    it(`exits 2 for ${name}`, () => {
      const run = runCli(args, { cwd: folder.path });
      assert.equal(run.status, 2);
      assert.match(run.stderr, message);
    });
  }

  it('lists the command in --help and explains it in help entities', () => {
    assert.match(runCli(['--help'], { cwd: folder.path }).stdout, /article-lint entities FILE\|-/);
    assert.match(runCli(['help', 'entities'], { cwd: folder.path }).stdout, /UTF-16 code units/);
  });
});

describe('entities without a usable model', () => {
  // A copy of the bundle in a folder of its own looks for ner-model.bin beside itself, as the installed CLI does.
  const shippedModel = () => readFileSync(join(CLI_PATH, '..', 'ner-model.bin'));
  const cases: [string, () => Buffer | undefined, RegExp][] = [
    ['missing', () => undefined, /the entity model .*ner-model\.bin is missing/],
    ['not a model', () => Buffer.from('not a model at all'), /the entity model .*ner-model\.bin cannot be used: not an Article Lint NER model/],
    ['truncated', () => shippedModel().subarray(0, shippedModel().length >> 1), /cannot be used: checksum mismatch/],
  ];
  for (const [name, model, message] of cases) {
    it(`exits 2 with a clear message when the model is ${name}`, () => {
      const folder = makeTempFolder({ 'article.txt': ARTICLE });
      try {
        copyFileSync(CLI_PATH, join(folder.path, 'cli.js'));
        const content = model();
        if (content !== undefined) writeFileSync(join(folder.path, 'ner-model.bin'), content);
        const run = spawnSync(process.execPath, [join(folder.path, 'cli.js'), 'entities', 'article.txt'], { cwd: folder.path, encoding: 'utf8' });
        assert.equal(run.status, 2, run.stdout);
        assert.match(run.stderr, message);
        assert.equal(run.stdout, '');
      } finally {
        folder.remove();
      }
    });
  }
});

/** Our own sentences in the seed article's constructions: a surname after the full name, Kiev for Kyiv, an acronym. */
const SEED_LIKE = [
  'A peacekeeping mission of the Collective Security Treaty Organization (CSTO) could be sent to Ukraine, the head of Russia’s State Duma Defense Committee Andrey Kartapolov said on Monday.',
  '',
  'Talks between Moscow and Kiev are stalled, Kartapolov added. Kiev says the CSTO has no role to play.',
  '',
].join('\n');

/** The same with tags: every offset after the first tag differs from the untagged text's. */
const SEED_LIKE_TAGGED = SEED_LIKE.replace('Andrey Kartapolov', '<person>Andrey Kartapolov</person>').replace('Moscow and Kiev', '<place>Moscow</place> and <place>Kiev</place>');

describe('entities: canonical names, tagged files and workspace knowledge', () => {
  let folder: ReturnType<typeof makeTempFolder>;
  before(() => {
    folder = makeTempFolder({ 'seed-like.txt': SEED_LIKE, 'seed-like.article': SEED_LIKE_TAGGED, 'nsl.txt': 'Ferry operator NSL said on Tuesday that NSL ships would sail.\n' });
  });
  after(() => folder.remove());

  const entitiesOf = (args: string[], cwd = folder.path) => {
    const run = runCli(['entities', ...args], { cwd });
    assert.equal(run.status, 0, run.stderr);
    return parseEntities(run.stdout);
  };

  it('gives every mention its entity id and canonical name: a surname, an acronym, an old spelling', () => {
    const entities = entitiesOf(['seed-like.txt']);
    const byText = (text: string) => entities.filter(entity => entity.text === text);
    assert.deepEqual(byText('Kartapolov').map(entity => [entity.type, entity.canonical, entity.entity]), [['person', 'Andrey Kartapolov', 'person:andrey kartapolov']]);
    assert.deepEqual(byText('Andrey Kartapolov').map(entity => entity.entity), ['person:andrey kartapolov']);
    assert.deepEqual([...new Set(byText('CSTO').map(entity => entity.canonical))], ['Collective Security Treaty Organization']);
    assert.deepEqual(byText('Kiev').map(entity => [entity.type, entity.canonical]), [['place', 'Kyiv'], ['place', 'Kyiv']]);
    for (const entity of entities) assert.equal(SEED_LIKE.slice(entity.start, entity.end), entity.text);
  });

  it('prints offsets into the tagged file, not into the text without its tags', () => {
    const entities = entitiesOf(['seed-like.article']);
    for (const entity of entities) assert.equal(SEED_LIKE_TAGGED.slice(entity.start, entity.end), entity.text, `offsets of "${entity.text}"`);
    const kiev = entities.filter(entity => entity.text === 'Kiev');
    assert.deepEqual(kiev.map(entity => [entity.start, entity.source]), [[SEED_LIKE_TAGGED.indexOf('Kiev'), 'tag'], [SEED_LIKE_TAGGED.indexOf('Kiev says'), kiev[1].source]]);
    assert.equal(entities.find(entity => entity.text === 'Andrey Kartapolov')?.source, 'tag');
    assert.equal(entities.find(entity => entity.text === 'Kartapolov')?.canonical, 'Andrey Kartapolov');
  });

  it('shows the canonical name in the text format where the text says something else', () => {
    const run = runCli(['entities', '--format', 'text', 'seed-like.txt'], { cwd: folder.path });
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /^\s*3:26 {2}place\s+Kiev → Kyiv$/m);
    assert.match(run.stdout, /^\s*3:44 {2}person\s+Kartapolov → Andrey Kartapolov$/m);
  });

  it('uses --knowledge FILE, and otherwise the nearest .articlelint/entities.json above the article', () => {
    const entry = JSON.stringify({ entities: [{ name: 'Nordic Strait Lines', type: 'organization', aliases: ['NSL'] }] });
    const withoutFile = entitiesOf(['nsl.txt']);
    assert.ok(!withoutFile.some(entity => entity.canonical === 'Nordic Strait Lines'), JSON.stringify(withoutFile));

    writeFileSync(join(folder.path, 'mine.json'), entry);
    const explicit = entitiesOf(['--knowledge', 'mine.json', 'nsl.txt']);
    assert.deepEqual(explicit.filter(entity => entity.text === 'NSL').map(entity => [entity.type, entity.canonical]), [['organization', 'Nordic Strait Lines'], ['organization', 'Nordic Strait Lines']]);

    const nested = join(folder.path, 'project', 'articles');
    mkdirSync(join(folder.path, 'project', '.articlelint'), { recursive: true });
    mkdirSync(nested, { recursive: true });
    writeFileSync(join(folder.path, 'project', '.articlelint', 'entities.json'), entry);
    copyFileSync(join(folder.path, 'nsl.txt'), join(nested, 'nsl.txt'));
    const nearest = entitiesOf([join('articles', 'nsl.txt')], join(folder.path, 'project'));
    assert.deepEqual(nearest.filter(entity => entity.text === 'NSL').map(entity => entity.canonical), ['Nordic Strait Lines', 'Nordic Strait Lines']);
    const fromStdin = runCli(['entities', '-'], { cwd: join(folder.path, 'project'), stdin: readFileSync(join(folder.path, 'nsl.txt')) });
    assert.ok(parseEntities(fromStdin.stdout).some(entity => entity.canonical === 'Nordic Strait Lines'), 'standard input uses the file above the working folder');
  });

  it('exits 2 for a knowledge file that cannot be read or used, and warns about bad entries', () => {
    const missing = runCli(['entities', '--knowledge', 'nowhere.json', 'nsl.txt'], { cwd: folder.path });
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /cannot read .*nowhere\.json/);
    writeFileSync(join(folder.path, 'broken.json'), '{ "entities": [ ');
    const broken = runCli(['entities', '--knowledge', 'broken.json', 'nsl.txt'], { cwd: folder.path });
    assert.equal(broken.status, 2);
    assert.match(broken.stderr, /broken\.json: not valid JSON/);
    assert.equal(broken.stdout, '');
    writeFileSync(join(folder.path, 'partly.json'), JSON.stringify({ entities: [{ name: 'Nordic Strait Lines', type: 'organization', aliases: ['NSL'] }, { name: 'No type' }] }));
    const partly = runCli(['entities', '--knowledge', 'partly.json', 'nsl.txt'], { cwd: folder.path });
    assert.equal(partly.status, 0, partly.stderr);
    assert.match(partly.stderr, /warning: .*partly\.json: entities\[1\] \("No type"\)/);
    assert.ok(parseEntities(partly.stdout).some(entity => entity.canonical === 'Nordic Strait Lines'));
  });

  it('explains --knowledge in help entities and rejects it without a value', () => {
    assert.match(runCli(['help', 'entities'], { cwd: folder.path }).stdout, /--knowledge FILE/);
    const run = runCli(['entities', 'nsl.txt', '--knowledge'], { cwd: folder.path });
    assert.equal(run.status, 2);
    assert.match(run.stderr, /--knowledge needs a value/);
  });
});

describe('check: a line that is only a name is not noise', () => {
  // Three body paragraphs, then a line the share-button rule flags when it stands alone after the body.
  const BODY = [
    'Moscow weighs a peacekeeping role in Ukraine',
    '',
    'The committee met on Monday to discuss the situation in the region, officials said in a statement.',
    '',
    'Talks between the two capitals have stalled since the spring, and neither side expects progress soon.',
    '',
    'Officials on both sides said a new round of talks could begin in the autumn if the fighting stops.',
    '',
  ].join('\n');
  let folder: ReturnType<typeof makeTempFolder>;
  before(() => {
    folder = makeTempFolder({
      'plain.txt': `${BODY}\nTelegram\n`,
      'tagged.article': `${BODY}\n<org>Telegram</org>\n`,
      'misc.article': `${BODY}\n<misc>Telegram</misc>\n`,
      // A workspace whose knowledge file knows the name: the editor and check both read it.
      'desk/.articlelint/entities.json': JSON.stringify({ entities: [{ name: 'Telegram', type: 'organization', description: 'Messaging service' }] }),
      'desk/known.txt': `${BODY}\nTelegram\n`,
      'broken/.articlelint/entities.json': '{ "entities": [',
      'broken/story.txt': `${BODY}\nTelegram\n`,
    });
  });
  after(() => folder.remove());

  const shareButtonLines = (file: string) => {
    const run = runCli(['check', '--format', 'json', file], { cwd: folder.path });
    const findings = (JSON.parse(run.stdout) as { files: { findings: { rule: string; range: { start: { line: number } } }[] }[] }).files[0].findings;
    return findings.filter(finding => finding.rule === 'noise/share-buttons').map(finding => finding.range.start.line);
  };

  it('flags the lone network name, but not once it is tagged as an organization', () => {
    assert.deepEqual(shareButtonLines('plain.txt'), [8], 'the untagged line is a share button');
    assert.deepEqual(shareButtonLines('tagged.article'), []);
    assert.deepEqual(shareButtonLines('misc.article'), [8], 'only people, organizations and places are names here');
  });

  it('does not flag a name the nearest workspace knowledge file knows', () => {
    assert.deepEqual(shareButtonLines('desk/known.txt'), []);
  });

  it('stops the files under a knowledge file that cannot be used, naming the file, with exit 2', () => {
    const run = runCli(['check', 'broken/story.txt'], { cwd: folder.path });
    assert.equal(run.status, 2);
    assert.match(run.stderr, /broken config file: .*entities\.json: not valid JSON/);
  });
});
