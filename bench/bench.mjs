// `npm run bench`: builds a multi-MiB corpus from samples/ in .bench/, times the CLI (check --format json on one
// thread and on every available core, extract --body) next to two trivial peers run in the same session (an I/O
// floor and a plain-regex line filter), times didOpen → first diagnostics through the stdio language server, and
// times the entity model's load and recognizeMentions' tagging in one process (bench/entitiesSpeed.ts), and through the
// server the model's readiness after `initialize` and the first entity hover on the 5 MiB article (bench/lspEntities.mjs).
// Prints a table and writes .bench/results.json.
// Wall time of whole process runs, median of BENCH_REPETITIONS (default 3). Nothing here asserts a time.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { measureEntities } from './lspEntities.mjs';
import { measureFirstDiagnostics } from './lspFirstDiagnostics.mjs';

const ROOT = resolve(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..');
const BENCH_FOLDER = join(ROOT, '.bench');
const CORPUS_FOLDER = join(BENCH_FOLDER, 'corpus');
const SINGLE_FOLDER = join(BENCH_FOLDER, 'single');
const CLI = join(ROOT, 'dist', 'cli.js');
const SERVER = join(ROOT, 'dist', 'server.js');
const MIB = 1024 * 1024;

const REPETITIONS = Number(process.env.BENCH_REPETITIONS ?? 3);
const CORPUS_MIB = Number(process.env.BENCH_CORPUS_MIB ?? 24);
const SINGLE_FILE_MIB = 5;
const SMALL_ARTICLE_BYTES = 10 * 1024;
// The parallel row asks for every available core, whatever check's own default would choose.
const ALL_JOBS = availableParallelism();

for (const bundle of [CLI, SERVER]) {
  if (!existsSync(bundle)) {
    console.error(`${bundle} is missing: run "npm run build" (or "npm run bench", which builds first)`);
    process.exit(1);
  }
}

const samples = readdirSync(join(ROOT, 'samples'))
  .filter(name => name.endsWith('.txt'))
  .sort()
  .map(name => readFileSync(join(ROOT, 'samples', name), 'utf8'));

// ---- corpus ----------------------------------------------------------------------------------------------------

/**
 * A corpus is many files of one article each, like a scraped collection: the samples written again and again into
 * folders of 500 files, each copy under its own name. Returns the total size in bytes.
 */
function buildCorpus(folder, targetBytes) {
  rmSync(folder, { recursive: true, force: true });
  let bytes = 0;
  for (let index = 0; bytes < targetBytes; index++) {
    const shard = join(folder, `shard-${String(Math.floor(index / 500)).padStart(3, '0')}`);
    if (index % 500 === 0) mkdirSync(shard, { recursive: true });
    const text = samples[index % samples.length];
    writeFileSync(join(shard, `article-${String(index).padStart(6, '0')}.txt`), text);
    bytes += Buffer.byteLength(text);
  }
  return bytes;
}

/** The samples concatenated (blank line between) until `targetBytes`: one very large "article". */
function concatenatedSamples(targetBytes) {
  const parts = [];
  let bytes = 0;
  for (let index = 0; bytes < targetBytes; index++) {
    const text = samples[index % samples.length].replace(/\r\n/g, '\n');
    parts.push(text.trimEnd(), '\n\n');
    bytes += Buffer.byteLength(text) + 2;
  }
  return parts.join('');
}

mkdirSync(SINGLE_FOLDER, { recursive: true });
const corpusBytes = buildCorpus(CORPUS_FOLDER, CORPUS_MIB * MIB);
const corpusFiles = countFiles(CORPUS_FOLDER);
const singleFile = join(SINGLE_FOLDER, 'single-5mib.txt');
writeFileSync(singleFile, concatenatedSamples(SINGLE_FILE_MIB * MIB));
const singleBytes = statSync(singleFile).size;
// About 10 KiB, cut at a paragraph break so it still reads as one (long) scraped page.
const smallArticleSource = concatenatedSamples(SMALL_ARTICLE_BYTES * 2);
const smallArticleText = smallArticleSource.slice(0, smallArticleSource.lastIndexOf('\n\n', SMALL_ARTICLE_BYTES) + 1);

function countFiles(folder) {
  let count = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    count += entry.isDirectory() ? countFiles(join(folder, entry.name)) : 1;
  }
  return count;
}

// ---- process timings -------------------------------------------------------------------------------------------

/**
 * Median wall time of `REPETITIONS` runs of `node args…`. No warm-up run: the corpus was just written, so it is in
 * the file cache already, and every run pays the same process start-up a user pays.
 */
function timeProcess(args) {
  const run = () => {
    const started = performance.now();
    // stdout is discarded by the OS, so writing the report costs what it costs in a pipe to a file, not more.
    const result = spawnSync(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 * MIB });
    const milliseconds = performance.now() - started;
    if (result.status !== 0 && result.status !== 1) {
      throw new Error(`node ${args.join(' ')} exited with ${result.status}: ${result.stderr?.toString().slice(0, 2000)}`);
    }
    return milliseconds;
  };
  const times = Array.from({ length: REPETITIONS }, run).sort((a, b) => a - b);
  return { medianMs: times[Math.floor(times.length / 2)], runsMs: times };
}

const IO_FLOOR = join(ROOT, 'bench', 'peers', 'ioFloor.mjs');
const REGEX_CLEANER = join(ROOT, 'bench', 'peers', 'regexCleaner.mjs');
const smallFile = join(SINGLE_FOLDER, 'small-10kib.txt');
writeFileSync(smallFile, smallArticleText);

const processCases = [
  { input: 'corpus', bytes: corpusBytes, program: 'I/O floor (read + split lines)', args: [IO_FLOOR, CORPUS_FOLDER] },
  { input: 'corpus', bytes: corpusBytes, program: 'plain-regex line filter', args: [REGEX_CLEANER, CORPUS_FOLDER] },
  { input: 'corpus', bytes: corpusBytes, program: 'article-lint check --format json --jobs 1', args: [CLI, 'check', '--format', 'json', '--jobs', '1', CORPUS_FOLDER] },
  {
    input: 'corpus',
    bytes: corpusBytes,
    program: `article-lint check --format json --jobs ${ALL_JOBS}`,
    args: [CLI, 'check', '--format', 'json', '--jobs', String(ALL_JOBS), CORPUS_FOLDER],
  },
  { input: '5 MiB file', bytes: singleBytes, program: 'I/O floor (read + split lines)', args: [IO_FLOOR, singleFile] },
  { input: '5 MiB file', bytes: singleBytes, program: 'plain-regex line filter', args: [REGEX_CLEANER, singleFile] },
  { input: '5 MiB file', bytes: singleBytes, program: 'article-lint check --format json', args: [CLI, 'check', '--format', 'json', singleFile] },
  { input: '5 MiB file', bytes: singleBytes, program: 'article-lint extract --body', args: [CLI, 'extract', '--body', singleFile] },
  { input: '5 MiB file', bytes: singleBytes, program: 'article-lint entities --format json', args: [CLI, 'entities', '--format', 'json', singleFile] },
  // extract takes one article per run, so over a corpus it is one process per file; the 10 KiB run shows that cost.
  { input: '10 KiB file', bytes: Buffer.byteLength(smallArticleText), program: 'I/O floor (read + split lines)', args: [IO_FLOOR, smallFile] },
  { input: '10 KiB file', bytes: Buffer.byteLength(smallArticleText), program: 'article-lint extract --body', args: [CLI, 'extract', '--body', smallFile] },
];

console.log(
  `article-lint bench · node ${process.version} · ${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length} · ` +
    `${(totalmem() / 1024 ** 3).toFixed(0)} GiB · median of ${REPETITIONS}`,
);
console.log(`corpus: ${corpusFiles} files, ${(corpusBytes / MIB).toFixed(1)} MiB (samples/ repeated) · single file: ${(singleBytes / MIB).toFixed(1)} MiB\n`);

const processResults = [];
for (const entry of processCases) {
  const timing = timeProcess(entry.args);
  processResults.push({
    input: entry.input,
    program: entry.program,
    bytes: entry.bytes,
    ...timing,
    mibPerSecond: entry.bytes / MIB / (timing.medianMs / 1000),
  });
  // A dot per measured program, on a terminal only, so a redirected report stays clean.
  if (process.stderr.isTTY) process.stderr.write('.');
}
if (process.stderr.isTTY) process.stderr.write('\n');

// ---- language server -------------------------------------------------------------------------------------------

const lspResults = await measureFirstDiagnostics(
  SERVER,
  [
    { label: '10 KiB article', path: smallFile, text: smallArticleText },
    { label: '5 MiB article', path: singleFile, text: readFileSync(singleFile, 'utf8') },
  ],
  REPETITIONS,
  samples[0],
);

// "Tampere" is in the body of samples/07, so the hover lands on a place, not inside a noise block.
const lspEntities = await measureEntities(SERVER, { label: '5 MiB article', path: singleFile, text: readFileSync(singleFile, 'utf8') }, 'Tampere', REPETITIONS);

// ---- entities in process ------------------------------------------------------------------------------------------

const ENTITIES_SPEED = join(BENCH_FOLDER, 'entitiesSpeed.js');
await build({ entryPoints: [join(ROOT, 'bench', 'entitiesSpeed.ts')], outfile: ENTITIES_SPEED, bundle: true, platform: 'node', target: 'node20', logLevel: 'warning' });
const entitiesRun = spawnSync(process.execPath, [ENTITIES_SPEED, join(ROOT, 'dist', 'ner-model.bin'), singleFile, String(REPETITIONS)], { encoding: 'utf8' });
if (entitiesRun.status !== 0) throw new Error(`entitiesSpeed failed: ${entitiesRun.stderr}`);
const entitiesResult = JSON.parse(entitiesRun.stdout);

// ---- report ----------------------------------------------------------------------------------------------------

function table(header, rows) {
  const widths = header.map((_, column) => Math.max(header[column].length, ...rows.map(row => String(row[column]).length)));
  const line = cells => cells.map((cell, column) => (column === 0 || column === 1 ? String(cell).padEnd(widths[column]) : String(cell).padStart(widths[column]))).join('  ');
  return [line(header), widths.map(width => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}

console.log(
  table(
    ['input', 'program', 'median ms', 'MiB/s', 'vs I/O floor'],
    processResults.map(result => {
      const floor = processResults.find(other => other.input === result.input && other.program.startsWith('I/O floor'));
      return [
        result.input,
        result.program,
        result.medianMs.toFixed(0),
        result.mibPerSecond.toFixed(result.mibPerSecond < 1 ? 2 : 1),
        floor && floor !== result ? `${(result.medianMs / floor.medianMs).toFixed(1)}×` : '1.0×',
      ];
    }),
  ),
);
console.log();
const median = values => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
console.log(
  table(
    ['language server (stdio)', 'measure', 'median ms', 'diagnostics'],
    lspResults.map(result => [
      result.label,
      'didOpen → first publishDiagnostics',
      median(result.runs.map(run => run.milliseconds)).toFixed(0),
      String(result.runs[0].diagnostics),
    ]),
  ),
);

const lspEntityRuns = lspEntities.runs;
console.log();
console.log(
  table(
    ['language server (stdio)', 'measure', 'median ms'],
    [
      ['entity model', 'load (read + parse)', median(lspEntityRuns.map(run => run.loadMs)).toFixed(0)],
      ['entity model', 'ready after the initialize answer', median(lspEntityRuns.map(run => run.readyAfterInitializeMs)).toFixed(0)],
      [lspEntities.label, `first entity hover, after diagnostics (${lspEntityRuns[0].entity})`, median(lspEntityRuns.map(run => run.firstHoverMs)).toFixed(0)],
      [lspEntities.label, 'second hover (analysis cached)', median(lspEntityRuns.map(run => run.secondHoverMs)).toFixed(0)],
    ],
  ),
);

console.log();
console.log(
  table(
    ['entities (in process)', 'measure', 'median ms', 'MiB/s'],
    [
      [`ner-model.bin, ${(entitiesResult.modelBytes / MIB).toFixed(2)} MiB`, 'load (read + parse), first run', entitiesResult.firstLoadMs.toFixed(0), ''],
      [`ner-model.bin, ${(entitiesResult.modelBytes / MIB).toFixed(2)} MiB`, 'load (read + parse)', entitiesResult.loadMs.toFixed(0), ''],
      ['5 MiB file', `recognizeMentions (${entitiesResult.mentions} mentions)`, entitiesResult.tagMs.toFixed(0), (entitiesResult.bytes / MIB / (entitiesResult.tagMs / 1000)).toFixed(1)],
    ],
  ),
);

const results = {
  date: new Date().toISOString(),
  node: process.version,
  cpu: cpus()[0]?.model,
  cpuCount: cpus().length,
  repetitions: REPETITIONS,
  corpus: { files: corpusFiles, bytes: corpusBytes },
  singleFile: { bytes: singleBytes },
  processes: processResults,
  entities: entitiesResult,
  languageServerEntities: lspEntities,
  languageServer: lspResults.map(result => ({
    ...result,
    medianMs: median(result.runs.map(run => run.milliseconds)),
  })),
};
writeFileSync(join(BENCH_FOLDER, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nwrote ${join('.bench', 'results.json')}`);
