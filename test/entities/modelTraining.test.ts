// Training is reproducible: two runs on the same (tiny, made-up) data write byte-identical model files, and the
// file they write loads and tags. The real corpus is never needed here.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseNerModel } from '../../server/src/engine/entities/model';
import { recognizeNamedMentions } from '../../server/src/engine/entities/recognizer';
import { ConllDocument, layOutConllDocument } from '../../scripts/ner/conll';
import { trainNerModel } from '../../scripts/ner/training';

const PEOPLE = [['Anna', 'Berg'], ['Oskar', 'Lund'], ['Mira', 'Holt'], ['Ivan', 'Sokol']];
const PLACES = ['Oslo', 'Tallinn', 'Riga', 'Bergen'];
const ORGANIZATIONS = [['Nordic', 'Rail'], ['Baltic', 'Ferries'], ['Harbour', 'Council']];

/** A made-up CoNLL document: who met whom, where, for which organization, with IOB1 tags. */
function syntheticDocument(seed: number): { words: string[]; tags: string[] }[] {
  const sentences: { words: string[]; tags: string[] }[] = [];
  for (let index = 0; index < 6; index++) {
    const person = PEOPLE[(seed + index) % PEOPLE.length];
    const place = PLACES[(seed * 3 + index) % PLACES.length];
    const organization = ORGANIZATIONS[(seed + 2 * index) % ORGANIZATIONS.length];
    sentences.push({
      words: [...person, 'of', ...organization, 'arrived', 'in', place, 'on', 'Monday', '.'],
      tags: ['I-PER', 'I-PER', 'O', 'I-ORG', 'I-ORG', 'O', 'O', 'I-LOC', 'O', 'O', 'O'],
    });
    sentences.push({ words: ['The', 'visit', 'to', place, 'was', 'short', '.'], tags: ['O', 'O', 'O', 'I-LOC', 'O', 'O', 'O'] });
  }
  return sentences;
}

const TRAINING: ConllDocument[] = Array.from({ length: 8 }, (_, seed) => layOutConllDocument(syntheticDocument(seed)));
const DEVELOPMENT: ConllDocument[] = Array.from({ length: 2 }, (_, seed) => layOutConllDocument(syntheticDocument(seed + 20)));
const OPTIONS = { maxEpochs: 2, minFeatureCount: 1, folds: 2, seed: 7, log: () => {} };

describe('trainNerModel', () => {
  const first = trainNerModel(TRAINING, DEVELOPMENT, OPTIONS);
  const second = trainNerModel(TRAINING, DEVELOPMENT, OPTIONS);

  it('writes byte-identical models from the same data', () => {
    assert.ok(first.bytes.length > 100, `only ${first.bytes.length} bytes`);
    assert.deepEqual(second.bytes, first.bytes);
  });

  it('writes a model that loads and finds the names it was trained on', () => {
    const model = parseNerModel(first.bytes);
    const mentions = recognizeNamedMentions('Mira Holt of Nordic Rail arrived in Riga on Monday .\n', model);
    assert.deepEqual(
      mentions.map(mention => `${mention.type}:${mention.text}`),
      ['person:Mira Holt', 'organization:Nordic Rail', 'place:Riga'],
    );
  });
});
