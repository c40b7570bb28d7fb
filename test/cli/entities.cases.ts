// entities: names, dates and amounts of one article as JSON with UTF-16 offsets or as text lines; standard input;
// usage mistakes and a missing input exit 2.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
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
