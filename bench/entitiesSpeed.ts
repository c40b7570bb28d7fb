// Bundled and run by bench.mjs: the entity model's load time (read + parse of dist/ner-model.bin) and the tagging
// speed of recognizeMentions on one text, in this process, without the CLI's start-up. Prints one JSON line.
// Usage (after bundling): node entitiesSpeed.js MODEL_FILE TEXT_FILE REPETITIONS

import { readFileSync } from 'node:fs';
import { parseArticle } from '../server/src/engine/article';
import { recognizeMentions } from '../server/src/engine/entities/recognizer';
import { loadNerModel } from '../server/src/host/nerModel';

const [modelPath, textPath, repetitionsText] = process.argv.slice(2);
const repetitions = Number(repetitionsText ?? 3);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const loadTimes: number[] = [];
let model;
for (let run = 0; run < repetitions; run++) {
  const loaded = loadNerModel(modelPath);
  if (loaded.kind === 'error') {
    console.error(loaded.message);
    process.exit(2);
  }
  loadTimes.push(loaded.loadMilliseconds);
  model = loaded.model;
}

const text = readFileSync(textPath, 'utf8');
const article = parseArticle(text);
const tagTimes: number[] = [];
let mentions = 0;
for (let run = 0; run < repetitions; run++) {
  const started = performance.now();
  mentions = recognizeMentions(article, model!).length;
  tagTimes.push(performance.now() - started);
}
const bytes = Buffer.byteLength(text);
console.log(JSON.stringify({ modelBytes: readFileSync(modelPath).length, firstLoadMs: loadTimes[0], loadMs: median(loadTimes), tagMs: median(tagTimes), bytes, mentions }));
