// export / import: tagged articles out to brat, CoNLL, JSONL and TEI, and brat back to inline tags, through the CLI.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { makeTempFolder, runCli } from './helpers';

const TAGGED = '<dateline>9 Jan, 2024 07:45</dateline>\n<headline>Ferries stop 🚢</headline>\n\n<quote speaker="Anna Lind">We wait, said <person>Anna Lind</person>.\nNobody sails.</quote>\n';

describe('export and import', () => {
  let folder: ReturnType<typeof makeTempFolder>;
  before(() => {
    folder = makeTempFolder({ 'ferries.txt': TAGGED, 'broken.txt': '<quote>never closed\n' });
  });
  after(() => folder.remove());

  it('writes brat files into --out and reads them back to the same tagged article', () => {
    const exported = runCli(['export', '--format', 'brat', '--out', 'brat', 'ferries.txt'], { cwd: folder.path });
    assert.equal(exported.status, 0, exported.stderr);
    const annotations = readFileSync(join(folder.path, 'brat', 'ferries.ann'), 'utf8');
    assert.match(annotations, /^T\d+\tperson \d+ \d+\tAnna Lind$/m);
    assert.ok(!readFileSync(join(folder.path, 'brat', 'ferries.txt'), 'utf8').includes('<'), 'the brat text has no tags');
    const imported = runCli(['import', '--format', 'brat', 'brat/ferries.txt', 'brat/ferries.ann'], { cwd: folder.path });
    assert.equal(imported.status, 0, imported.stderr);
    assert.equal(imported.stdout, TAGGED);
  });

  it('prints JSONL and CoNLL to standard output, and TEI for one file', () => {
    const jsonl = runCli(['export', '--format', 'jsonl', 'ferries.txt'], { cwd: folder.path });
    assert.equal(jsonl.status, 0, jsonl.stderr);
    assert.deepEqual(JSON.parse(jsonl.stdout).spans.map((span: { label: string }) => span.label), ['dateline', 'headline', 'quote', 'person']);
    const conll = runCli(['export', '--format', 'conll', 'ferries.txt'], { cwd: folder.path });
    assert.match(conll.stdout, /^Anna\tB-PER\tI-QUOTE$/m);
    const tei = runCli(['export', '--format', 'tei', 'ferries.txt'], { cwd: folder.path });
    assert.match(tei.stdout, /<q who="Anna Lind">We wait, said <persName>Anna Lind<\/persName>\.<lb\/>Nobody sails\.<\/q>/);
  });

  it('reports broken tags, refuses brat without --out, and never writes over the article', () => {
    const broken = runCli(['export', '--format', 'jsonl', 'broken.txt'], { cwd: folder.path });
    assert.match(broken.stderr, /<quote> is never closed \(left out of the export\)/);
    const noFolder = runCli(['export', '--format', 'brat', 'ferries.txt'], { cwd: folder.path });
    assert.equal(noFolder.status, 2);
    const overwrite = runCli(['export', '--format', 'brat', '--out', '.', 'ferries.txt'], { cwd: folder.path });
    assert.equal(overwrite.status, 2);
    assert.match(overwrite.stderr, /would overwrite the article itself/);
    assert.equal(readFileSync(join(folder.path, 'ferries.txt'), 'utf8'), TAGGED);
  });

  it('names the mistake in a wrong command line', () => {
    assert.equal(runCli(['export', 'ferries.txt'], { cwd: folder.path }).status, 2);
    assert.equal(runCli(['import', '--format', 'brat', 'only-one.txt'], { cwd: folder.path }).status, 2);
    assert.equal(runCli(['export', '--format', 'docx', 'ferries.txt'], { cwd: folder.path }).status, 2);
  });
});
