// The model file: what is written is read back the same, the same model always gives the same bytes, and every kind
// of broken file fails with an error that says what is wrong.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FEATURE_SCHEME_VERSION, LABEL_COUNT } from '../../server/src/engine/entities/features';
import { NerModelFormatError, parseNerModel, SerializableNerModel, serializeNerModel } from '../../server/src/engine/entities/model';
import { addWeights } from '../../server/src/engine/entities/weightTable';

const TINY_MODEL: SerializableNerModel = {
  description: { featureSchemeVersion: FEATURE_SCHEME_VERSION, trainedOn: 'a hand-made test model – not trained', epochs: [1, 2], developmentF1: 0.5 },
  caseDictionary: { keys: Int32Array.from([11, -7, 3]), values: Uint8Array.from([2, 1, 3]) },
  gazetteer: { keys: Int32Array.from([101, 202]), typeMasks: Uint8Array.from([1, 6]), maxTokens: 3 },
  startWords: Int32Array.from([555]),
  // Feature 1000 votes for labels 0 and 4; feature -2000 for label 16; feature 77 for label 3.
  firstPass: { keys: Int32Array.from([1000, -2000, 77]), rowStarts: Int32Array.from([0, 2, 3, 4]), labels: Uint8Array.from([0, 4, 16, 3]), weights: Int16Array.from([5, -32767, 32767, 1]) },
  secondPass: { keys: Int32Array.from([9]), rowStarts: Int32Array.from([0, 1]), labels: Uint8Array.from([2]), weights: Int16Array.from([-3]) },
};

function scoresOf(weights: ReturnType<typeof parseNerModel>['firstPass'], keys: number[]): number[] {
  const scores = new Float64Array(LABEL_COUNT);
  addWeights(weights, Int32Array.from(keys), keys.length, scores);
  return [...scores];
}

describe('model file round trip', () => {
  const bytes = serializeNerModel(TINY_MODEL);
  const model = parseNerModel(bytes);

  it('keeps the description, non-ASCII text included', () => assert.deepEqual(model.description, TINY_MODEL.description));

  it('keeps the case dictionary, gazetteer and start words', () => {
    assert.deepEqual([11, -7, 3, 4].map(key => model.resources.caseDictionary.get(key)), [2, 1, 3, -1]);
    assert.deepEqual([101, 202, 303].map(key => model.resources.gazetteer.get(key)), [1, 6, -1]);
    assert.equal(model.resources.maxGazetteerTokens, 3);
    assert.ok(model.resources.startWords.get(555) >= 0);
    assert.equal(model.resources.startWords.get(556), -1);
  });

  it('keeps every weight of both passes, and unknown features add nothing', () => {
    const expected = new Array(LABEL_COUNT).fill(0);
    expected[0] = 5;
    expected[4] = -32767;
    expected[16] = 32767;
    expected[3] = 1;
    assert.deepEqual(scoresOf(model.firstPass, [1000, -2000, 77, 123456]), expected);
    const second = new Array(LABEL_COUNT).fill(0);
    second[2] = -3;
    assert.deepEqual(scoresOf(model.secondPass, [9, 1000]), second);
  });

  it('writes the same bytes for the same model', () => assert.deepEqual(serializeNerModel(TINY_MODEL), bytes));

  it('reads a file at any byte offset of its buffer (as a Node Buffer from a pool may be)', () => {
    const shifted = new Uint8Array(bytes.length + 3);
    shifted.set(bytes, 3);
    assert.deepEqual(parseNerModel(shifted.subarray(3)).description, TINY_MODEL.description);
  });
});

describe('broken model files', () => {
  const bytes = serializeNerModel(TINY_MODEL);
  const withByte = (offset: number, value: number) => {
    const copy = bytes.slice();
    copy[offset] = value;
    return copy;
  };
  const cases: [string, Uint8Array, RegExp][] = [
    ['an empty file', new Uint8Array(0), /not an Article Lint NER model/],
    ['another kind of file', new TextEncoder().encode('{"not": "a model"}'), /not an Article Lint NER model/],
    ['a newer format version', withByte(8, 99), /format version 99, but this build reads version 1/],
    ['a truncated file', bytes.slice(0, bytes.length - 40), /checksum mismatch: the model file is truncated or corrupt/],
    ['a changed byte', withByte(bytes.length - 30, bytes[bytes.length - 30] ^ 0xff), /checksum mismatch/],
    [
      'another feature scheme',
      serializeNerModel({ ...TINY_MODEL, description: { ...TINY_MODEL.description, featureSchemeVersion: FEATURE_SCHEME_VERSION + 1 } }),
      /trained with feature scheme \d+, but this build computes scheme \d+; retrain with npm run train:ner/,
    ],
    [
      'a row that names a label out of range',
      serializeNerModel({ ...TINY_MODEL, secondPass: { ...TINY_MODEL.secondPass, labels: Uint8Array.from([LABEL_COUNT]) } }),
      /second pass: label 17 out of range/,
    ],
    [
      'the same feature twice',
      serializeNerModel({ ...TINY_MODEL, secondPass: { keys: Int32Array.from([9, 9]), rowStarts: Int32Array.from([0, 1, 2]), labels: Uint8Array.from([1, 2]), weights: Int16Array.from([1, 1]) } }),
      /second pass: duplicate feature key 9/,
    ],
  ];
  for (const [name, file, message] of cases) {
    it(`rejects ${name}`, () => {
      assert.throws(() => parseNerModel(file), (error: unknown) => error instanceof NerModelFormatError && message.test(error.message));
    });
  }
});
