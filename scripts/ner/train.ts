// `npm run train:ner`: trains the named-entity recognizer on CoNLL-2003 eng.train, picks epochs on eng.testa (and on
// nothing else), and writes server/data/ner-model.bin. Exits 2 when the data is missing.
// Usage: npx tsx scripts/ner/train.ts [--data DIR] [--out FILE] [--max-epochs N] [--min-count N]

import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { formatScores, readConllFile } from './conll';
import { DEFAULT_TRAINING_OPTIONS, trainNerModel } from './training';

const repositoryRoot = resolve(__dirname, '..', '..');
const options = { data: resolve(repositoryRoot, '..', 'shared', 'data', 'conll2003'), out: join(repositoryRoot, 'server', 'data', 'ner-model.bin'), ...DEFAULT_TRAINING_OPTIONS };
const args = process.argv.slice(2);
for (let index = 0; index < args.length; index++) {
  const value = args[index + 1];
  switch (args[index]) {
    case '--data':
      options.data = resolve(value);
      break;
    case '--out':
      options.out = resolve(value);
      break;
    case '--max-epochs':
      options.maxEpochs = Number(value);
      break;
    case '--min-count':
      options.minFeatureCount = Number(value);
      break;
    default:
      console.error(`unknown argument ${args[index]}; usage: train.ts [--data DIR] [--out FILE] [--max-epochs N] [--min-count N]`);
      process.exit(2);
  }
  index++;
}

const trainPath = join(options.data, 'eng.train');
const developmentPath = join(options.data, 'eng.testa');
for (const path of [trainPath, developmentPath]) {
  if (!existsSync(path)) {
    console.error(`train:ner: ${path} is missing. The CoNLL-2003 files (eng.train, eng.testa) are expected in ${options.data}; pass --data DIR to read them elsewhere.`);
    process.exit(2);
  }
}

const started = performance.now();
const result = trainNerModel(readConllFile(trainPath), readConllFile(developmentPath), { ...options, log: line => console.log(line) });
const seconds = (performance.now() - started) / 1000;
mkdirSync(dirname(options.out), { recursive: true });
writeFileSync(options.out, result.bytes);
console.log(`\ntrained in ${seconds.toFixed(1)} s; epochs ${result.epochs.join(' + ')}; features ${result.featureCounts.join(' + ')}`);
console.log(`wrote ${options.out} (${(result.bytes.length / 1048576).toFixed(2)} MiB)`);
console.log(`development (eng.testa) scores of the written model:\n${formatScores(result.developmentScores)}`);
console.log(`dev F1 ${(100 * result.developmentScores.ALL.f1).toFixed(2)}`);
