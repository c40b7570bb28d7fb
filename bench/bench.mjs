// `npm run bench` (issue 6): builds scraped-text corpora of 1, 5 and 50 MiB from samples/ in .bench/ (many files of
// one article each) and a 5 MiB single article, then in one run:
// - times whole CLI runs (check --format json on one thread and on every core; extract and entities on the 5 MiB
//   article) next to peers run in the same session, so ratios hold on a noisy machine: textlint (devDependency) with
//   one trivial published rule (textlint-rule-no-todo, which finds nothing here) and with one local regex rule that
//   reports every "Advertisement" (bench/peers/textlint-rules/ad-label.js), an I/O floor and a plain-regex filter;
//   a textlint run whose estimate (from its speed on the smaller inputs) exceeds BENCH_PEER_LIMIT_SECONDS is skipped
//   and printed as skipped with the estimate;
// - through the stdio server as VS Code drives it (pull diagnostics, bench/lspInteractive.mjs): spawn + initialize →
//   first diagnostics (for a long document a preview of the part on screen, the top or the middle) and complete
//   diagnostics for a 10 KiB and the 5 MiB article (fresh server per run); holding the 5 MiB article, hover and
//   code-action latency, keystroke → fresh diagnostics (didChange in the middle + textDocument/diagnostic, one
//   character at a time), and the server's peak RSS (VmHWM); then typing as in the editor (pauses after words, and the
//   editor's requests for semantic tokens, outline, folds and highlights after each change), which the goals leave out, with
//   its keystroke latency and peak RSS printed under them; with a push-only client, didOpen → first
//   publishDiagnostics (bench/lspFirstDiagnostics.mjs); the entity model's load and first hovers (bench/lspEntities.mjs)
//   and recognizeMentions in one process (bench/entitiesSpeed.ts);
// - prints the issue's goals next to the measured numbers (met / not met) and writes it all to .bench/results.json.
// Process rows are the median wall time of BENCH_REPETITIONS runs (default 3), or of BENCH_LARGE_REPETITIONS
// (default 1) for inputs of 20 MiB and more. Other knobs: BENCH_CORPORA_MIB (default "1,5,50"), BENCH_KEYSTROKES
// (default 40), BENCH_KEYSTROKE_BUDGET_SECONDS (default 240), BENCH_HOVER_SAMPLES (default 20 per kind),
// BENCH_PEER_LIMIT_SECONDS (default 180). Nothing here asserts a time or fails on a missed goal.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { measureEntities } from './lspEntities.mjs';
import { measureFirstDiagnostics } from './lspFirstDiagnostics.mjs';
import { measureColdStart, measureInteractive } from './lspInteractive.mjs';
import { listArticleFiles } from './peers/listFiles.mjs';

const benchStarted = performance.now();
// Other work on the machine slows every row; the load averages at the start and the end say how busy it was.
const loadAtStart = loadavg();
const ROOT = resolve(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..');
const BENCH_FOLDER = join(ROOT, '.bench');
const CORPORA_FOLDER = join(BENCH_FOLDER, 'corpus');
const SINGLE_FOLDER = join(BENCH_FOLDER, 'single');
const CLI = join(ROOT, 'dist', 'cli.js');
const SERVER = join(ROOT, 'dist', 'server.js');
const TEXTLINT = join(ROOT, 'node_modules', 'textlint', 'bin', 'textlint.js');
const TEXTLINT_RULES_FOLDER = join(ROOT, 'bench', 'peers', 'textlint-rules');
const MIB = 1024 * 1024;

const numberFromEnvironment = (name, fallback) => (process.env[name] === undefined || process.env[name] === '' ? fallback : Number(process.env[name]));
const REPETITIONS = numberFromEnvironment('BENCH_REPETITIONS', 3);
const LARGE_REPETITIONS = numberFromEnvironment('BENCH_LARGE_REPETITIONS', 1);
const LARGE_INPUT_BYTES = 20 * MIB;
const CORPORA_MIB = (process.env.BENCH_CORPORA_MIB || '1,5,50').split(',').map(Number).sort((a, b) => a - b);
const PEER_LIMIT_SECONDS = numberFromEnvironment('BENCH_PEER_LIMIT_SECONDS', 180);
const KEYSTROKES = numberFromEnvironment('BENCH_KEYSTROKES', 40);
const KEYSTROKE_BUDGET_SECONDS = numberFromEnvironment('BENCH_KEYSTROKE_BUDGET_SECONDS', 240);
const HOVER_SAMPLES = numberFromEnvironment('BENCH_HOVER_SAMPLES', 20);
const SINGLE_FILE_MIB = 5;
const SMALL_ARTICLE_BYTES = 10 * 1024;
// The parallel row asks for every available core, whatever check's own default would choose.
const ALL_JOBS = availableParallelism();
// "Tampere" is in the body of samples/07, so entity hovers land on a place, not inside a noise block.
const ENTITY_NAME = 'Tampere';

for (const [file, remedy] of [
  [CLI, 'run "npm run build" (or "npm run bench", which builds first)'],
  [SERVER, 'run "npm run build" (or "npm run bench", which builds first)'],
  [TEXTLINT, 'run "npm ci": textlint is a devDependency'],
]) {
  if (!existsSync(file)) {
    console.error(`${file} is missing: ${remedy}`);
    process.exit(1);
  }
}
// Which code was measured: the build is of the work tree, so uncommitted engine or server changes count too.
const gitOutput = args => spawnSync('git', args, { cwd: ROOT, encoding: 'utf8' }).stdout?.trim() ?? '';
const measuredCode = { commit: gitOutput(['rev-parse', '--short', 'HEAD']) || 'unknown', uncommittedSourceChanges: gitOutput(['status', '--porcelain', '--', 'server', 'client']) !== '' };
const packageVersion = name => JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')).version;
const textlintVersions = { textlint: packageVersion('textlint'), 'textlint-rule-no-todo': packageVersion('textlint-rule-no-todo') };

const samples = readdirSync(join(ROOT, 'samples'))
  .filter(name => name.endsWith('.txt'))
  .sort()
  .map(name => readFileSync(join(ROOT, 'samples', name), 'utf8'));

// ---- inputs ----------------------------------------------------------------------------------------------------

/**
 * A corpus is many files of one article each, like a scraped collection: the samples written again and again into
 * folders of 500 files, each copy under its own name. Returns the total size in bytes and the number of files.
 */
function buildCorpus(folder, targetBytes) {
  let bytes = 0;
  let files = 0;
  for (; bytes < targetBytes; files++) {
    const shard = join(folder, `shard-${String(Math.floor(files / 500)).padStart(3, '0')}`);
    if (files % 500 === 0) mkdirSync(shard, { recursive: true });
    const text = samples[files % samples.length];
    writeFileSync(join(shard, `article-${String(files).padStart(6, '0')}.txt`), text);
    bytes += Buffer.byteLength(text);
  }
  return { bytes, files };
}

/** The samples concatenated, each copy numbered, until `targetBytes`: one very large "article", like a page dump. */
function concatenatedSamples(targetBytes) {
  const parts = [];
  let bytes = 0;
  for (let index = 0; bytes < targetBytes; index++) {
    // Each copy numbered, so no two stretches of the article are the same text: the linter reuses the results of
    // identical sections, and a dump that repeats itself would measure that reuse instead of linting.
    const page = `Page ${index + 1}\n\n${samples[index % samples.length].replace(/\r\n/g, '\n').trimEnd()}\n\n`;
    parts.push(page);
    bytes += Buffer.byteLength(page);
  }
  return parts.join('');
}

rmSync(CORPORA_FOLDER, { recursive: true, force: true });
mkdirSync(SINGLE_FOLDER, { recursive: true });
const corpora = CORPORA_MIB.map(mebibytes => {
  const folder = join(CORPORA_FOLDER, `${mebibytes}mib`);
  return { label: `${mebibytes} MiB corpus`, mebibytes, folder, ...buildCorpus(folder, mebibytes * MIB) };
});
const singleFile = join(SINGLE_FOLDER, 'single-5mib.txt');
writeFileSync(singleFile, concatenatedSamples(SINGLE_FILE_MIB * MIB));
const singleText = readFileSync(singleFile, 'utf8');
const singleBytes = statSync(singleFile).size;
// About 10 KiB, cut at a paragraph break so it still reads as one (long) scraped page.
const smallArticleSource = concatenatedSamples(SMALL_ARTICLE_BYTES * 2);
const smallArticleText = smallArticleSource.slice(0, smallArticleSource.lastIndexOf('\n\n', SMALL_ARTICLE_BYTES) + 1);
const smallFile = join(SINGLE_FOLDER, 'small-10kib.txt');
writeFileSync(smallFile, smallArticleText);

// ---- process timings -------------------------------------------------------------------------------------------

/** One run of `node args…`, in milliseconds of wall time; stdout is discarded by the OS, as in a pipe to a file. */
function runProcess(args) {
  const started = performance.now();
  const result = spawnSync(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 * MIB });
  const milliseconds = performance.now() - started;
  // Linters exit 1 when they report problems; anything else means the run did not do the work.
  if (result.status !== 0 && result.status !== 1) {
    throw new Error(`node ${args.join(' ')} exited with ${result.status}: ${result.stderr?.toString().slice(0, 2000)}`);
  }
  return milliseconds;
}

/**
 * Median wall time of `runs` runs. No warm-up run: the input was just written, so it is in the file cache already, and
 * every run pays the same process start-up a user pays.
 */
function timeProcess(args, runs) {
  const times = Array.from({ length: runs }, () => runProcess(args)).sort((a, b) => a - b);
  return { medianMs: times[Math.floor(times.length / 2)], runsMs: times };
}

const IO_FLOOR = join(ROOT, 'bench', 'peers', 'ioFloor.mjs');
const REGEX_CLEANER = join(ROOT, 'bench', 'peers', 'regexCleaner.mjs');
const TEXTLINT_NO_TODO = 'textlint + textlint-rule-no-todo';
const TEXTLINT_AD_LABEL = 'textlint + local ad-label rule';
const CHECK_ONE_THREAD = 'article-lint check --format json --jobs 1';
const textlintArgs = {
  [TEXTLINT_NO_TODO]: path => [TEXTLINT, '--no-textlintrc', '--rule', 'no-todo', '--format', 'json', path],
  [TEXTLINT_AD_LABEL]: path => [TEXTLINT, '--no-textlintrc', '--rulesdir', TEXTLINT_RULES_FOLDER, '--format', 'json', path],
};

/** What each input is checked with; peers flagged `limited` are skipped when their estimate exceeds the limit. */
function casesFor(input, path, { corpus }) {
  return [
    { input, path, program: 'I/O floor (read + split lines)', args: [IO_FLOOR, path] },
    { input, path, program: 'plain-regex line filter', args: [REGEX_CLEANER, path] },
    { input, path, program: TEXTLINT_NO_TODO, args: textlintArgs[TEXTLINT_NO_TODO](path), limited: true },
    { input, path, program: TEXTLINT_AD_LABEL, args: textlintArgs[TEXTLINT_AD_LABEL](path), limited: true },
    { input, path, program: CHECK_ONE_THREAD, args: [CLI, 'check', '--format', 'json', '--jobs', '1', path] },
    ...(corpus
      ? [{ input, path, program: `article-lint check --format json --jobs ${ALL_JOBS}`, args: [CLI, 'check', '--format', 'json', '--jobs', String(ALL_JOBS), path] }]
      : [
          { input, path, program: 'article-lint extract --body', args: [CLI, 'extract', '--body', path] },
          { input, path, program: 'article-lint entities --format json', args: [CLI, 'entities', '--format', 'json', path] },
        ]),
  ];
}

const processCases = [
  ...corpora.flatMap(corpus => casesFor(corpus.label, corpus.folder, { corpus: true }).map(entry => ({ ...entry, bytes: corpus.bytes, files: corpus.files }))),
  ...casesFor(`${SINGLE_FILE_MIB} MiB file`, singleFile, { corpus: false }).map(entry => ({ ...entry, bytes: singleBytes, files: 1 })),
  // extract takes one article per run, so over a corpus it is one process per file; the 10 KiB run shows that cost.
  ...[
    { program: 'I/O floor (read + split lines)', args: [IO_FLOOR, smallFile] },
    { program: 'article-lint extract --body', args: [CLI, 'extract', '--body', smallFile] },
  ].map(entry => ({ ...entry, input: '10 KiB file', path: smallFile, bytes: Buffer.byteLength(smallArticleText), files: 1 })),
];

console.log(
  `article-lint bench · node ${process.version} · ${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length} · ` +
    `${(totalmem() / 1024 ** 3).toFixed(0)} GiB · textlint ${textlintVersions.textlint}, textlint-rule-no-todo ${textlintVersions['textlint-rule-no-todo']}`,
);
console.log(
  `inputs: ${corpora.map(corpus => `${corpus.label} ${corpus.files} files (${(corpus.bytes / MIB).toFixed(1)} MiB)`).join(' · ')} · ` +
    `single article ${(singleBytes / MIB).toFixed(1)} MiB · all made from samples/`,
);
console.log(`code: commit ${measuredCode.commit}${measuredCode.uncommittedSourceChanges ? ' with uncommitted changes in server/ or client/ (built as they are)' : ''}`);

// The peers must read what the CLI reads: textlint on the smallest corpus, once, with its report parsed.
const sanity = (() => {
  const corpus = corpora[0];
  const files = listArticleFiles([corpus.folder]);
  const expectedLabels = files.reduce((count, file) => count + (readFileSync(file, 'utf8').match(/\bAdvertisement\b/g)?.length ?? 0), 0);
  const run = spawnSync(process.execPath, textlintArgs[TEXTLINT_AD_LABEL](corpus.folder), { cwd: ROOT, encoding: 'utf8', maxBuffer: 256 * MIB });
  const report = JSON.parse(run.stdout);
  const reported = report.reduce((count, file) => count + file.messages.filter(message => message.ruleId === 'ad-label').length, 0);
  return { corpus: corpus.label, files: files.length, textlintFiles: report.length, advertisementLabels: expectedLabels, textlintReported: reported };
})();
console.log(
  `check: textlint read ${sanity.textlintFiles} of the ${sanity.files} files of the ${sanity.corpus} and its ad-label rule reported ` +
    `${sanity.textlintReported} of the ${sanity.advertisementLabels} "Advertisement" in them\n`,
);

const processResults = [];
for (const entry of processCases) {
  const runs = entry.bytes >= LARGE_INPUT_BYTES ? LARGE_REPETITIONS : REPETITIONS;
  const base = { input: entry.input, program: entry.program, bytes: entry.bytes, files: entry.files, runs };
  // The latest speed of the same program on a smaller input predicts this run; a peer too slow to wait for is skipped.
  const earlier = processResults.findLast(result => result.program === entry.program && result.mibPerSecond !== undefined);
  const estimatedMs = earlier ? ((entry.bytes / MIB / earlier.mibPerSecond) * 1000 * runs) : undefined;
  if (entry.limited && estimatedMs !== undefined && estimatedMs > PEER_LIMIT_SECONDS * 1000) {
    processResults.push({ ...base, runs: 0, skipped: `skipped (estimated ${(estimatedMs / 60_000).toFixed(1)} min)`, estimatedMs });
  } else {
    const timing = timeProcess(entry.args, runs);
    processResults.push({ ...base, ...timing, mibPerSecond: entry.bytes / MIB / (timing.medianMs / 1000) });
  }
  // A dot per measured program, on a terminal only, so a redirected report stays clean.
  if (process.stderr.isTTY) process.stderr.write('.');
}
if (process.stderr.isTTY) process.stderr.write('\n');

// ---- language server -------------------------------------------------------------------------------------------

const smallDocument = { label: '10 KiB article', path: smallFile, text: smallArticleText };
const singleDocument = { label: `${SINGLE_FILE_MIB} MiB article`, path: singleFile, text: singleText };
const singleOpenedMidway = { ...singleDocument, label: `${singleDocument.label}, opened at its middle`, visibleLine: Math.floor(singleText.split('\n').length / 2) };
const coldStart = await measureColdStart(SERVER, [smallDocument, singleDocument, singleOpenedMidway], REPETITIONS);
const interactive = await measureInteractive(SERVER, singleDocument, {
  entityName: ENTITY_NAME,
  samplesPerKind: HOVER_SAMPLES,
  keystrokes: KEYSTROKES,
  keystrokeBudgetMs: KEYSTROKE_BUDGET_SECONDS * 1000,
});
const pushFirstDiagnostics = await measureFirstDiagnostics(SERVER, [smallDocument, singleDocument], REPETITIONS, samples[0]);
const lspEntities = await measureEntities(SERVER, singleDocument, ENTITY_NAME, REPETITIONS);

// ---- entities in process ------------------------------------------------------------------------------------------

const ENTITIES_SPEED = join(BENCH_FOLDER, 'entitiesSpeed.js');
await build({ entryPoints: [join(ROOT, 'bench', 'entitiesSpeed.ts')], outfile: ENTITIES_SPEED, bundle: true, platform: 'node', target: 'node20', logLevel: 'warning' });
const entitiesRun = spawnSync(process.execPath, [ENTITIES_SPEED, join(ROOT, 'dist', 'ner-model.bin'), singleFile, String(REPETITIONS)], { encoding: 'utf8' });
if (entitiesRun.status !== 0) throw new Error(`entitiesSpeed failed: ${entitiesRun.stderr}`);
const entitiesResult = JSON.parse(entitiesRun.stdout);

// ---- report ----------------------------------------------------------------------------------------------------

/** A plain-text table: the first `leftColumns` columns are left-aligned, the rest right-aligned. */
function table(header, rows, leftColumns = 2) {
  const widths = header.map((_, column) => Math.max(header[column].length, ...rows.map(row => String(row[column]).length)));
  const line = cells => cells.map((cell, column) => (column < leftColumns ? String(cell).padEnd(widths[column]) : String(cell).padStart(widths[column]))).join('  ').trimEnd();
  return [line(header), widths.map(width => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}
const median = values => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const milliseconds = value => (value === undefined ? '-' : value < 10 ? value.toFixed(1) : value.toFixed(0));
const rate = value => (value === undefined ? '-' : value.toFixed(value < 1 ? 2 : 1));
const ratio = value => (value === undefined ? '-' : `${value.toFixed(value < 1 ? 2 : 1)}×`);
const mebibytes = bytes => (bytes >= MIB ? `${(bytes / MIB).toFixed(1)} MiB` : `${(bytes / 1024).toFixed(0)} KiB`);

const textlintOn = input => processResults.find(result => result.input === input && result.program === TEXTLINT_NO_TODO && result.mibPerSecond !== undefined);
console.log(`CLI and peers: wall time of whole process runs (median of "runs"); × textlint = MiB/s over ${TEXTLINT_NO_TODO}'s on the same input`);
console.log(
  table(
    ['input', 'program', 'runs', 'median ms', 'MiB/s', '× textlint'],
    processResults.map(result => {
      const textlint = textlintOn(result.input);
      if (result.skipped) return [result.input, result.program, '-', result.skipped, '-', '-'];
      return [
        result.input,
        result.program,
        String(result.runs),
        result.medianMs.toFixed(0),
        rate(result.mibPerSecond),
        textlint ? ratio(result.mibPerSecond / textlint.mibPerSecond) : '-',
      ];
    }),
  ),
);

console.log();
const keystrokeNote = interactive.keystrokes.stoppedByBudget ? ` (${interactive.keystrokes.count} of ${KEYSTROKES}: the ${KEYSTROKE_BUDGET_SECONDS} s budget ran out)` : '';
const seriesRow = (what, measure, series) => [what, measure, String(series.count), milliseconds(series.p50Ms), milliseconds(series.p95Ms), milliseconds(series.maxMs)];
const singleRow = (what, measure, values) => [what, measure, String(values.length), milliseconds(median(values)), '-', milliseconds(Math.max(...values))];
const { hover, codeAction, keystrokes } = interactive;
console.log(`language server over stdio, pulled like VS Code does (textDocument/diagnostic after didOpen and each didChange) unless it says push`);
console.log(
  table(
    ['document', 'measure', 'n', 'p50 ms', 'p95 ms', 'max ms'],
    [
      ...coldStart.flatMap(result => [
        singleRow(result.label, 'spawn + initialize → first diagnostics (fresh server; a preview of the screen if long)', result.runs.map(run => run.first.milliseconds)),
        singleRow(result.label, 'spawn + initialize → complete diagnostics (fresh server)', result.runs.map(run => run.milliseconds)),
      ]),
      ...pushFirstDiagnostics.map(result => singleRow(result.label, 'didOpen → first publishDiagnostics (push client, warm server)', result.runs.map(run => run.milliseconds))),
      seriesRow(interactive.label, `keystroke → fresh diagnostics, mid-document${keystrokeNote}`, keystrokes),
      seriesRow(interactive.label, '  of those, every provider answered "unchanged"', keystrokes.unchanged),
      seriesRow(interactive.label, '  of those, some providers answered in full (a diagnostic changed)', keystrokes.full),
      seriesRow(interactive.label, 'keystroke → fresh diagnostics, typing with pauses, the editor asking for its other features', keystrokes.withEditorRequests),
      singleRow(interactive.label, `hover on an entity, first (analyses the whole document)`, [hover.firstOnEntity.milliseconds]),
      seriesRow(interactive.label, 'hover on a line with a finding', hover.onFindings),
      seriesRow(interactive.label, 'hover on plain text', hover.onPlainText),
      seriesRow(interactive.label, 'hover on an entity, later ones', hover.laterOnEntity),
      seriesRow(interactive.label, 'hover, on findings, plain text and entities, after the first', hover.all),
      seriesRow(interactive.label, 'first hover on a version just typed (entities again)', hover.firstAfterEdit),
      seriesRow(interactive.label, 'codeAction on cursor move, line with a finding', codeAction.cursorMoveOnFindings),
      seriesRow(interactive.label, 'codeAction on cursor move, plain text', codeAction.cursorMoveOnPlainText),
      seriesRow(interactive.label, 'codeAction on Ctrl+. (invoked), line with a finding', codeAction.invokedOnFindings),
      seriesRow(interactive.label, 'codeAction, cursor move and Ctrl+., findings and plain text', codeAction.all),
    ],
  ),
);
console.log(
  `${interactive.label}: ${interactive.lines} lines, ${interactive.diagnostics} diagnostics; ${hover.withContent} of ${hover.asked} hovers had content; ` +
    `${codeAction.actionsOffered} code actions offered in ${codeAction.asked} requests; ` +
    `server peak RSS (VmHWM) ${interactive.serverMemory.peakRssMiB.toFixed(0)} MiB, RSS ${interactive.serverMemory.rssAtEndMiB.toFixed(0)} MiB before typing as in the editor`,
);

const lspEntityRuns = lspEntities.runs;
console.log();
console.log(
  table(
    ['language server (stdio), push client', 'measure', 'median ms'],
    [
      ['entity model', 'load (read + parse)', median(lspEntityRuns.map(run => run.loadMs)).toFixed(0)],
      ['entity model', 'ready after the initialize answer', median(lspEntityRuns.map(run => run.readyAfterInitializeMs)).toFixed(0)],
      [lspEntities.label, `first entity hover, after diagnostics (${lspEntityRuns[0].entity})`, median(lspEntityRuns.map(run => run.firstHoverMs)).toFixed(0)],
      [lspEntities.label, 'second hover (analysis cached)', median(lspEntityRuns.map(run => run.secondHoverMs)).toFixed(1)],
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
      [`${SINGLE_FILE_MIB} MiB file`, `recognizeMentions (${entitiesResult.mentions} mentions)`, entitiesResult.tagMs.toFixed(0), (entitiesResult.bytes / MIB / (entitiesResult.tagMs / 1000)).toFixed(1)],
    ],
  ),
);

// ---- goals (issue 6) ------------------------------------------------------------------------------------------

const largestCorpus = corpora[corpora.length - 1];
const checkOn = input => processResults.find(result => result.input === input && result.program === CHECK_ONE_THREAD);
const largestCheck = checkOn(largestCorpus.label);
// The ratio on the largest corpus textlint was run on (it may have been skipped on the largest one).
const ratioCorpus = [...corpora].reverse().find(corpus => textlintOn(corpus.label));
const ratioValue = ratioCorpus && checkOn(ratioCorpus.label).mibPerSecond / textlintOn(ratioCorpus.label).mibPerSecond;
const goal = (name, target, measuredText, measured, met) => ({ goal: name, target, measured, measuredText, met });
const goals = [
  goal(`full check, one thread (${largestCorpus.label}, --jobs 1)`, '≥ 20 MiB/s', `${rate(largestCheck.mibPerSecond)} MiB/s`, largestCheck.mibPerSecond, largestCheck.mibPerSecond >= 20),
  goal(
    `check --jobs 1 vs ${TEXTLINT_NO_TODO}${ratioCorpus ? ` (${ratioCorpus.label})` : ''}`,
    '≥ 8×',
    ratioValue === undefined ? 'not measured' : ratio(ratioValue),
    ratioValue,
    ratioValue !== undefined && ratioValue >= 8,
  ),
  goal(`keystroke → fresh diagnostics p95 (${interactive.label})`, '≤ 30 ms', `${milliseconds(keystrokes.p95Ms)} ms`, keystrokes.p95Ms, keystrokes.p95Ms <= 30),
  goal(`hover p95 (${interactive.label}, all but the first)`, '≤ 5 ms', `${milliseconds(hover.all.p95Ms)} ms`, hover.all.p95Ms, hover.all.p95Ms <= 5),
  goal(`server peak RSS holding the ${interactive.label}`, '≤ 250 MiB', `${interactive.serverMemory.peakRssMiB.toFixed(0)} MiB`, interactive.serverMemory.peakRssMiB, interactive.serverMemory.peakRssMiB <= 250),
];
console.log();
console.log(table(['goal (issue 6)', 'target', 'measured', 'met'], goals.map(entry => [entry.goal, entry.target, entry.measuredText, entry.met ? 'met' : 'not met']), 1));
console.log(
  `(not in the goals, typing as in the editor, with its requests for semantic tokens, outline, folds and highlights after each change: ` +
    `keystroke p95 ${milliseconds(keystrokes.withEditorRequests.p95Ms)} ms, server peak RSS ${keystrokes.withEditorRequests.peakRssMiB.toFixed(0)} MiB)`,
);
console.log(
  `(the first hover on a version just typed waits for that version's entity analysis: p50 ${milliseconds(hover.firstAfterEdit.p50Ms)} ms; ` +
    `code actions have no goal: p95 ${milliseconds(codeAction.all.p95Ms)} ms)`,
);

const wallSeconds = (performance.now() - benchStarted) / 1000;
const loadAtEnd = loadavg();
const loadText = load => load.map(value => value.toFixed(1)).join(' ');
console.log(`\nload average (1, 5, 15 min) at the start ${loadText(loadAtStart)}, at the end ${loadText(loadAtEnd)}, on ${cpus().length} cores`);
const results = {
  date: new Date().toISOString(),
  node: process.version,
  cpu: cpus()[0]?.model,
  cpuCount: cpus().length,
  loadAverage: { start: loadAtStart, end: loadAtEnd },
  code: measuredCode,
  settings: {
    repetitions: REPETITIONS,
    largeRepetitions: LARGE_REPETITIONS,
    largeInputBytes: LARGE_INPUT_BYTES,
    keystrokes: KEYSTROKES,
    keystrokeBudgetSeconds: KEYSTROKE_BUDGET_SECONDS,
    hoverSamplesPerKind: HOVER_SAMPLES,
    peerLimitSeconds: PEER_LIMIT_SECONDS,
    jobs: ALL_JOBS,
  },
  peers: { ...textlintVersions, textlintRules: { [TEXTLINT_NO_TODO]: 'no-todo', [TEXTLINT_AD_LABEL]: 'bench/peers/textlint-rules/ad-label.js' }, sanity },
  corpora: corpora.map(corpus => ({ label: corpus.label, files: corpus.files, bytes: corpus.bytes })),
  singleFile: { bytes: singleBytes },
  processes: processResults,
  languageServer: {
    coldStart: coldStart.map(result => ({ ...result, medianMs: median(result.runs.map(run => run.milliseconds)), firstMedianMs: median(result.runs.map(run => run.first.milliseconds)) })),
    interactive,
    pushFirstDiagnostics: pushFirstDiagnostics.map(result => ({ ...result, medianMs: median(result.runs.map(run => run.milliseconds)) })),
  },
  languageServerEntities: lspEntities,
  entities: entitiesResult,
  goals,
  wallSeconds,
};
writeFileSync(join(BENCH_FOLDER, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log(`wrote ${join('.bench', 'results.json')} · bench wall time ${(wallSeconds / 60).toFixed(1)} min (without the build)`);
