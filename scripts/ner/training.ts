// Trains the recognizer's two passes as averaged perceptrons and packs them into a model file. Deterministic: a
// fixed shuffle seed, insertion-ordered maps and sorted keys, so the same data always gives the same bytes.
// Lists derived from the training data (case dictionary, gazetteer) are built out-of-fold for the training features,
// so the model learns how far to trust them on names it has never seen.

import {
  CASE_NONE,
  CONTEXT_NORMAL,
  DocumentFeatures,
  FEATURE_SCHEME_VERSION,
  HAS_UPPER,
  LABEL_COUNT,
  labelOf,
  MAX_FEATURES_PER_TOKEN,
  NerResources,
  OUTSIDE,
  BEGIN,
  INSIDE,
  LAST,
  UNIT,
  SEQUENCE_SEED,
  sequenceHash,
  SENTENCE_START_LABEL,
} from '../../server/src/engine/entities/features';
import { DocumentLabelEvidence } from '../../server/src/engine/entities/documentEvidence';
import { IntTable } from '../../server/src/engine/entities/intTable';
import { parseNerModel, SerializableNerModel, SerializableWeights, serializeNerModel } from '../../server/src/engine/entities/model';
import { entitiesOfLabels, LabelScorer, labelDocument, tagDocument, weightTableScorer } from '../../server/src/engine/entities/recognizer';
import { tokenizeText, Tokens } from '../../server/src/engine/entities/tokens';
import { concatenateDocuments, ConllDocument, CONLL_TYPES, GoldEntity, scoreEntities, TypeScore } from './conll';

export interface TrainingOptions {
  /** Most epochs to try per pass; the best on the development set is kept. */
  readonly maxEpochs: number;
  /** Features seen fewer times in training are dropped. */
  readonly minFeatureCount: number;
  /** Folds for the out-of-fold lists and first-pass labels. */
  readonly folds: number;
  readonly seed: number;
  /** Called with progress lines. */
  readonly log: (line: string) => void;
}

export const DEFAULT_TRAINING_OPTIONS: Omit<TrainingOptions, 'log'> = { maxEpochs: 15, minFeatureCount: 1, folds: 5, seed: 20240601 };

export interface TrainingResult {
  readonly bytes: Uint8Array;
  readonly epochs: readonly [number, number];
  readonly featureCounts: readonly [number, number];
  readonly developmentScores: Record<string, TypeScore>;
}

/** A training document: tokens, gold BILOU labels per token, and which fold it belongs to. */
interface LabelledDocument {
  readonly tokens: Tokens;
  readonly gold: Uint8Array;
  readonly fold: number;
}

const CONLL_TYPE_INDEX: Record<string, number> = { PER: 0, ORG: 1, LOC: 2, MISC: 3 };

/** Projects gold entity spans onto our tokens as BILOU labels. */
function labelTokens(tokens: Tokens, entities: readonly GoldEntity[]): Uint8Array {
  const labels = new Uint8Array(tokens.count);
  let token = 0;
  for (const entity of entities) {
    while (token < tokens.count && tokens.ends[token] <= entity.start) token++;
    const first = token;
    while (token < tokens.count && tokens.starts[token] < entity.end) token++;
    const last = token - 1;
    if (last < first) continue;
    const type = CONLL_TYPE_INDEX[entity.type];
    if (first === last) labels[first] = labelOf(type, UNIT);
    else {
      labels[first] = labelOf(type, BEGIN);
      for (let inside = first + 1; inside < last; inside++) labels[inside] = labelOf(type, INSIDE);
      labels[last] = labelOf(type, LAST);
    }
  }
  return labels;
}

// ---- derived lists -------------------------------------------------------------------------------------------------

const EMPTY_RESOURCES: NerResources = {
  caseDictionary: new IntTable(new Int32Array(0), new Uint8Array(0)),
  gazetteer: new IntTable(new Int32Array(0), new Uint8Array(0)),
  startWords: new IntTable(new Int32Array(0), new Uint8Array(0)),
  maxGazetteerTokens: 0,
};
const MAX_GAZETTEER_TOKENS = 6;
/** Words without capitals must start this many training entities to be scored after O. */
const MIN_START_WORD_COUNT = 2;

interface DerivedLists {
  readonly caseKeys: Int32Array;
  readonly caseValues: Uint8Array;
  readonly gazetteerKeys: Int32Array;
  readonly gazetteerMasks: Uint8Array;
}

/** The case dictionary and gazetteer of a set of documents, keys sorted. */
function deriveLists(documents: readonly LabelledDocument[]): DerivedLists {
  const caseCounts = new Map<number, number[]>();
  const gazetteer = new Map<number, number>();
  for (const document of documents) {
    const plain = new DocumentFeatures(document.tokens, EMPTY_RESOURCES);
    for (let token = 0; token < plain.count; token++) {
      const caseClass = plain.caseClass[token];
      if (plain.context[token] !== CONTEXT_NORMAL || caseClass === CASE_NONE) continue;
      let counts = caseCounts.get(plain.lower[token]);
      if (counts === undefined) caseCounts.set(plain.lower[token], (counts = [0, 0, 0, 0, 0]));
      counts[caseClass]++;
    }
    for (const entity of entitiesOfLabels(document.gold, document.tokens.count)) {
      const length = entity.lastToken - entity.firstToken + 1;
      if (length > MAX_GAZETTEER_TOKENS) continue;
      let hash = SEQUENCE_SEED;
      for (let token = entity.firstToken; token <= entity.lastToken; token++) hash = sequenceHash(hash, plain.lower[token]);
      gazetteer.set(hash, (gazetteer.get(hash) ?? 0) | (1 << entity.type));
    }
  }
  const caseKeys = Int32Array.from(caseCounts.keys()).sort();
  const caseValues = Uint8Array.from(caseKeys, key => {
    const counts = caseCounts.get(key)!;
    let best = 1;
    for (let caseClass = 2; caseClass < counts.length; caseClass++) if (counts[caseClass] > counts[best]) best = caseClass;
    return best;
  });
  const gazetteerKeys = Int32Array.from(gazetteer.keys()).sort();
  const gazetteerMasks = Uint8Array.from(gazetteerKeys, key => gazetteer.get(key)!);
  return { caseKeys, caseValues, gazetteerKeys, gazetteerMasks };
}

function startWordsOf(documents: readonly LabelledDocument[]): Int32Array {
  const counts = new Map<number, number>();
  for (const document of documents) {
    const plain = new DocumentFeatures(document.tokens, EMPTY_RESOURCES);
    for (const entity of entitiesOfLabels(document.gold, document.tokens.count)) {
      if ((plain.flags[entity.firstToken] & HAS_UPPER) !== 0) continue;
      const key = plain.lower[entity.firstToken];
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return Int32Array.from([...counts].filter(([, count]) => count >= MIN_START_WORD_COUNT).map(([key]) => key)).sort();
}

function resourcesOf(lists: DerivedLists, startWords: Int32Array): NerResources {
  return {
    caseDictionary: new IntTable(lists.caseKeys, lists.caseValues),
    gazetteer: new IntTable(lists.gazetteerKeys, lists.gazetteerMasks),
    startWords: new IntTable(startWords, new Uint8Array(startWords.length)),
    maxGazetteerTokens: MAX_GAZETTEER_TOKENS,
  };
}

// ---- the averaged perceptron -------------------------------------------------------------------------------------

/** Dense weights over an interned feature index; `score` counts scored tokens, the clock of the averaging. */
class AveragedPerceptron implements LabelScorer {
  readonly weights: Float64Array;
  /** Sum of time-stamped updates: the averaged weight is `weights - totals / clock`. */
  private readonly totals: Float64Array;
  private clock = 1;

  constructor(readonly index: Map<number, number>) {
    this.weights = new Float64Array(index.size * LABEL_COUNT);
    this.totals = new Float64Array(index.size * LABEL_COUNT);
  }

  score(keys: Int32Array, keyCount: number, scores: Float64Array): void {
    this.clock++;
    for (let position = 0; position < keyCount; position++) {
      const feature = this.index.get(keys[position]);
      if (feature === undefined) continue;
      const base = feature * LABEL_COUNT;
      for (let label = 0; label < LABEL_COUNT; label++) scores[label] += this.weights[base + label];
    }
  }

  update(keys: Int32Array, keyCount: number, gold: number, predicted: number): void {
    for (let position = 0; position < keyCount; position++) {
      const feature = this.index.get(keys[position]);
      if (feature === undefined) continue;
      const base = feature * LABEL_COUNT;
      this.weights[base + gold] += 1;
      this.totals[base + gold] += this.clock;
      this.weights[base + predicted] -= 1;
      this.totals[base + predicted] -= this.clock;
    }
  }

  averaged(): FrozenWeights {
    const averaged = new Float64Array(this.weights.length);
    for (let index = 0; index < averaged.length; index++) averaged[index] = this.weights[index] - this.totals[index] / this.clock;
    return new FrozenWeights(this.index, averaged);
  }
}

/** Averaged weights, for scoring the development set and for export. */
class FrozenWeights implements LabelScorer {
  constructor(
    readonly index: Map<number, number>,
    readonly weights: Float64Array,
  ) {}

  score(keys: Int32Array, keyCount: number, scores: Float64Array): void {
    for (let position = 0; position < keyCount; position++) {
      const feature = this.index.get(keys[position]);
      if (feature === undefined) continue;
      const base = feature * LABEL_COUNT;
      for (let label = 0; label < LABEL_COUNT; label++) scores[label] += this.weights[base + label];
    }
  }

  /** Quantizes to 16 bits with one scale (the argmax does not care about scale) and keeps the non-zero entries. */
  export(): SerializableWeights {
    let largest = 0;
    for (const weight of this.weights) largest = Math.max(largest, Math.abs(weight));
    const scale = largest > 0 ? 32767 / largest : 1;
    const rows: { key: number; labels: number[]; weights: number[] }[] = [];
    for (const [key, feature] of this.index) {
      const labels: number[] = [];
      const weights: number[] = [];
      for (let label = 0; label < LABEL_COUNT; label++) {
        const quantized = Math.round(this.weights[feature * LABEL_COUNT + label] * scale);
        if (quantized === 0) continue;
        labels.push(label);
        weights.push(quantized);
      }
      if (labels.length > 0) rows.push({ key, labels, weights });
    }
    rows.sort((a, b) => a.key - b.key);
    const rowStarts = new Int32Array(rows.length + 1);
    rows.forEach((row, index) => (rowStarts[index + 1] = rowStarts[index] + row.labels.length));
    return {
      keys: Int32Array.from(rows, row => row.key),
      rowStarts,
      labels: Uint8Array.from(rows.flatMap(row => row.labels)),
      weights: Int16Array.from(rows.flatMap(row => row.weights)),
    };
  }
}

/** Seeded pseudo-random numbers (mulberry32), so shuffles are the same on every run. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [copy[index], copy[other]] = [copy[other], copy[index]];
  }
  return copy;
}

// ---- training ------------------------------------------------------------------------------------------------------

/** A document ready for training: features computed with lists that exclude its own fold. */
interface TrainingDocument extends LabelledDocument {
  readonly features: DocumentFeatures;
  /** Out-of-fold first-pass labels, as evidence for the second pass. */
  evidence?: DocumentLabelEvidence;
}

/** Interns the features seen at least `minCount` times with gold history (and the documents' evidence, if any). */
function indexFeatures(documents: readonly TrainingDocument[], minCount: number, withEvidence: boolean): Map<number, number> {
  const counts = new Map<number, number>();
  const keys = new Int32Array(MAX_FEATURES_PER_TOKEN);
  for (const document of documents) {
    const { features, gold } = document;
    const { sentenceStarts, sentenceCount } = features.tokens;
    for (let sentence = 0; sentence < sentenceCount; sentence++) {
      for (let token = sentenceStarts[sentence]; token < sentenceStarts[sentence + 1]; token++) {
        const previous = token > sentenceStarts[sentence] ? gold[token - 1] : SENTENCE_START_LABEL;
        const beforePrevious = token - 1 > sentenceStarts[sentence] ? gold[token - 2] : SENTENCE_START_LABEL;
        if (previous === OUTSIDE || previous === SENTENCE_START_LABEL) {
          if (!features.mayStartEntity(token)) continue;
          if (withEvidence && document.evidence !== undefined && document.evidence.settled[token] === 1) continue;
        }
        let count = features.observationFeatures(token, keys, 0);
        count = features.labelFeatures(token, previous, beforePrevious, keys, count);
        if (withEvidence && document.evidence !== undefined) count = document.evidence.features(features, token, keys, count);
        for (let position = 0; position < count; position++) counts.set(keys[position], (counts.get(keys[position]) ?? 0) + 1);
      }
    }
  }
  const index = new Map<number, number>();
  for (const [key, count] of counts) if (count >= minCount) index.set(key, index.size);
  return index;
}

function trainEpochs(
  documents: readonly TrainingDocument[],
  index: Map<number, number>,
  epochs: number,
  useEvidence: boolean,
  random: () => number,
  afterEpoch?: (epoch: number, weights: FrozenWeights) => void,
): FrozenWeights {
  const perceptron = new AveragedPerceptron(index);
  const update = (keys: Int32Array, count: number, gold: number, predicted: number) => perceptron.update(keys, count, gold, predicted);
  for (let epoch = 1; epoch <= epochs; epoch++) {
    for (const document of shuffled(documents, random)) {
      const labels = new Uint8Array(document.tokens.count);
      tagDocument(document.features, perceptron, useEvidence ? document.evidence : undefined, labels, { gold: document.gold, update });
    }
    afterEpoch?.(epoch, perceptron.averaged());
  }
  return perceptron.averaged();
}

function predictedEntities(tokens: Tokens, labels: Uint8Array): GoldEntity[] {
  return entitiesOfLabels(labels, tokens.count).map(entity => ({
    start: tokens.starts[entity.firstToken],
    end: tokens.ends[entity.lastToken],
    type: CONLL_TYPES[entity.type],
  }));
}

export function trainNerModel(trainingSet: readonly ConllDocument[], developmentSet: readonly ConllDocument[], options: TrainingOptions): TrainingResult {
  const { log } = options;
  const random = seededRandom(options.seed);
  const labelled: LabelledDocument[] = trainingSet.map((document, index) => {
    const tokens = tokenizeText(document.text);
    return { tokens, gold: labelTokens(tokens, document.entities), fold: index % options.folds };
  });
  const startWords = startWordsOf(labelled);
  const fullLists = deriveLists(labelled);
  const fullResources = resourcesOf(fullLists, startWords);
  const foldResources = Array.from({ length: options.folds }, (_, fold) =>
    resourcesOf(deriveLists(labelled.filter(document => document.fold !== fold)), startWords),
  );
  const documents: TrainingDocument[] = labelled.map(document => ({ ...document, features: new DocumentFeatures(document.tokens, foldResources[document.fold]) }));
  log(`${documents.length} training documents, ${documents.reduce((sum, document) => sum + document.tokens.count, 0)} tokens; ` +
    `case dictionary ${fullLists.caseKeys.length} words, gazetteer ${fullLists.gazetteerKeys.length} entries, ${startWords.length} start words`);

  // The development set is scored as the evaluation script scores it: all documents in one text.
  const development = concatenateDocuments(developmentSet);
  const developmentTokens = tokenizeText(development.text);
  const developmentFeatures = new DocumentFeatures(developmentTokens, fullResources);
  const developmentF1 = (labels: Uint8Array) => scoreEntities(development, predictedEntities(developmentTokens, labels)).ALL.f1;

  // First pass: pick the epoch count on the development set.
  const firstIndex = indexFeatures(documents, options.minFeatureCount, false);
  log(`first pass: ${firstIndex.size} features`);
  let bestFirst = { epoch: 0, f1: -1, weights: undefined as FrozenWeights | undefined };
  trainEpochs(documents, firstIndex, options.maxEpochs, false, random, (epoch, weights) => {
    const labels = new Uint8Array(developmentTokens.count);
    tagDocument(developmentFeatures, weights, undefined, labels);
    const f1 = developmentF1(labels);
    log(`  first pass epoch ${epoch}: development F1 ${(100 * f1).toFixed(2)}`);
    if (f1 > bestFirst.f1) bestFirst = { epoch, f1, weights };
  });
  const firstWeights = bestFirst.weights!;

  // Out-of-fold first-pass labels for the training documents, so the second pass learns from realistic mistakes.
  for (let fold = 0; fold < options.folds; fold++) {
    const inFold = documents.filter(document => document.fold === fold);
    const weights = trainEpochs(documents.filter(document => document.fold !== fold), firstIndex, bestFirst.epoch, false, random);
    for (const document of inFold) {
      const labels = new Uint8Array(document.tokens.count);
      tagDocument(document.features, weights, undefined, labels);
      document.evidence = new DocumentLabelEvidence(document.features, labels);
    }
    log(`  out-of-fold first pass ${fold + 1}/${options.folds} done`);
  }

  const developmentFirstLabels = new Uint8Array(developmentTokens.count);
  tagDocument(developmentFeatures, firstWeights, undefined, developmentFirstLabels);
  const developmentEvidence = new DocumentLabelEvidence(developmentFeatures, developmentFirstLabels);
  const secondIndex = indexFeatures(documents, options.minFeatureCount, true);
  log(`second pass: ${secondIndex.size} features`);
  let bestSecond = { epoch: 0, f1: -1, weights: undefined as FrozenWeights | undefined };
  trainEpochs(documents, secondIndex, options.maxEpochs, true, random, (epoch, weights) => {
    const labels = new Uint8Array(developmentTokens.count);
    tagDocument(developmentFeatures, weights, developmentEvidence, labels);
    const f1 = developmentF1(labels);
    log(`  second pass epoch ${epoch}: development F1 ${(100 * f1).toFixed(2)}`);
    if (f1 > bestSecond.f1) bestSecond = { epoch, f1, weights };
  });

  const firstPass = firstWeights.export();
  const secondPass = bestSecond.weights!.export();
  const serializable: SerializableNerModel = {
    description: {
      featureSchemeVersion: FEATURE_SCHEME_VERSION,
      trainedOn: 'CoNLL-2003 eng.train (derived weights and word hashes only)',
      epochs: [bestFirst.epoch, bestSecond.epoch],
      developmentF1: Math.round(10000 * bestSecond.f1) / 10000,
    },
    caseDictionary: { keys: fullLists.caseKeys, values: fullLists.caseValues },
    gazetteer: { keys: fullLists.gazetteerKeys, typeMasks: fullLists.gazetteerMasks, maxTokens: MAX_GAZETTEER_TOKENS },
    startWords,
    firstPass,
    secondPass,
  };
  const bytes = serializeNerModel(serializable);

  // Score the model as shipped (quantized, read back from its bytes), which is what the CLI will do.
  const shipped = parseNerModel(bytes);
  const shippedFeatures = new DocumentFeatures(developmentTokens, shipped.resources);
  const labels = labelDocument(shippedFeatures, weightTableScorer(shipped.firstPass), weightTableScorer(shipped.secondPass));
  const developmentScores = scoreEntities(development, predictedEntities(developmentTokens, labels));
  return {
    bytes,
    epochs: [bestFirst.epoch, bestSecond.epoch],
    featureCounts: [firstPass.keys.length, secondPass.keys.length],
    developmentScores,
  };
}

