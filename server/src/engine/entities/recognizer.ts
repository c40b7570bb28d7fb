// The named-entity recognizer: a greedy left-to-right averaged perceptron over BILOU labels, run twice — the second
// pass also sees how the first pass labelled the same word elsewhere in the document — then a person's name glued to
// the end of an organization is split off where the model's scores and a given name agree. Pure: text in, mentions out.

import { Article } from '../article';
import { DocumentLabelEvidence } from './documentEvidence';
import {
  BEGIN,
  CASE_LOWER,
  CASE_TITLE,
  DocumentFeatures,
  INSIDE,
  isOpenLabel,
  LABEL_COUNT,
  LAST,
  labelOf,
  MAX_FEATURES_PER_TOKEN,
  NAMED_TYPE_COUNT,
  NAMED_TYPES,
  NerResources,
  OUTSIDE,
  positionOfLabel,
  SENTENCE_START_LABEL,
  typeOfLabel,
  UNIT,
} from './features';
import { isGivenName } from './givenNames';
import { findNumericMentions } from './numericEntities';
import { tokenizeText, Tokens } from './tokens';
import { Mention } from './types';
import { addWeights, WeightTable } from './weightTable';

/** What the model file says about itself (shown by hosts and the training script). */
export interface NerModelDescription {
  readonly featureSchemeVersion: number;
  readonly trainedOn: string;
  readonly epochs: readonly number[];
  readonly developmentF1?: number;
}

export interface NerModel {
  readonly description: NerModelDescription;
  readonly resources: NerResources;
  readonly firstPass: WeightTable;
  readonly secondPass: WeightTable;
}

/** Adds the votes of a token's features to a score per label; the training script plugs in its dense weights here. */
export interface LabelScorer {
  score(keys: Int32Array, keyCount: number, scores: Float64Array): void;
}

export function weightTableScorer(table: WeightTable): LabelScorer {
  return { score: (keys, keyCount, scores) => addWeights(table, keys, keyCount, scores) };
}

/** Called by training when the model chose a label other than the one it should have (the dynamic oracle's). */
export type TrainingUpdate = (keys: Int32Array, keyCount: number, target: number, predicted: number) => void;

/**
 * Labels every token of a document, sentence by sentence, left to right. A token after O that no name can start
 * with (lower case, punctuation, most numbers) is O without scoring: that is where most of the speed comes from.
 * The label set is constrained so every entity is well formed (B I* L or U, never open at a sentence end).
 */
export function tagDocument(
  features: DocumentFeatures,
  scorer: LabelScorer,
  evidence: DocumentLabelEvidence | undefined,
  labels: Uint8Array,
  training?: { readonly gold: Uint8Array; readonly update: TrainingUpdate },
): void {
  const keys = new Int32Array(MAX_FEATURES_PER_TOKEN);
  const scores = new Float64Array(LABEL_COUNT);
  const { sentenceStarts, sentenceCount } = features.tokens;
  for (let sentence = 0; sentence < sentenceCount; sentence++) {
    const end = sentenceStarts[sentence + 1];
    let previous = SENTENCE_START_LABEL;
    let beforePrevious = SENTENCE_START_LABEL;
    for (let token = sentenceStarts[sentence]; token < end; token++) {
      const open = previous !== SENTENCE_START_LABEL && isOpenLabel(previous);
      let label = OUTSIDE;
      if (open || (features.mayStartEntity(token) && (evidence === undefined || evidence.settled[token] === 0))) {
        let keyCount = features.observationFeatures(token, keys, 0);
        keyCount = features.labelFeatures(token, previous, beforePrevious, keys, keyCount);
        if (evidence !== undefined) keyCount = evidence.features(features, token, keys, keyCount);
        scores.fill(0);
        scorer.score(keys, keyCount, scores);
        const isLastToken = token === end - 1;
        label = open ? bestContinuation(scores, typeOfLabel(previous), isLastToken) : bestStart(scores, isLastToken);
        if (training !== undefined) {
          const target = reachableLabel(training.gold[token], open ? typeOfLabel(previous) : -1, isLastToken);
          if (target !== label) training.update(keys, keyCount, target, label);
        }
      }
      labels[token] = label;
      beforePrevious = previous;
      previous = label;
    }
  }
}

/**
 * The label training should have chosen here given the labels already chosen (a dynamic oracle): the gold label when
 * it is allowed, else the closest allowed one. Inside a wrongly begun entity that is "end it now", and where a gold
 * entity should already have begun it is "begin it here", so the model learns to recover rather than run on.
 */
function reachableLabel(gold: number, openType: number, isLastToken: boolean): number {
  const goldType = gold === OUTSIDE ? -1 : typeOfLabel(gold);
  const goldPosition = gold === OUTSIDE ? -1 : positionOfLabel(gold);
  if (openType >= 0) {
    if (goldType === openType && goldPosition === INSIDE && !isLastToken) return gold;
    return labelOf(openType, LAST);
  }
  if (gold === OUTSIDE || goldPosition === UNIT) return gold;
  if (goldPosition === BEGIN || goldPosition === INSIDE) return isLastToken ? labelOf(goldType, UNIT) : labelOf(goldType, BEGIN);
  return labelOf(goldType, UNIT);
}

/** Inside an entity of `type`: it goes on (Inside) or ends here (Last); at the sentence end it must end. */
function bestContinuation(scores: Float64Array, type: number, isLastToken: boolean): number {
  const last = labelOf(type, LAST);
  if (isLastToken) return last;
  const inside = labelOf(type, INSIDE);
  return scores[inside] > scores[last] ? inside : last;
}

/** Outside an entity: O, or a new entity that begins here (not on the sentence's last token) or is this one token. */
function bestStart(scores: Float64Array, isLastToken: boolean): number {
  let best = OUTSIDE;
  let bestScore = scores[OUTSIDE];
  for (let type = 0; type < NAMED_TYPE_COUNT; type++) {
    const unit = labelOf(type, UNIT);
    if (scores[unit] > bestScore) {
      best = unit;
      bestScore = scores[unit];
    }
    if (isLastToken) continue;
    const begin = labelOf(type, BEGIN);
    if (scores[begin] > bestScore) {
      best = begin;
      bestScore = scores[begin];
    }
  }
  return best;
}

/** Both passes over a document's features; returns the second pass's labels. */
export function labelDocument(features: DocumentFeatures, firstPass: LabelScorer, secondPass: LabelScorer): Uint8Array {
  const firstLabels = new Uint8Array(features.count);
  tagDocument(features, firstPass, undefined, firstLabels);
  const evidence = new DocumentLabelEvidence(features, firstLabels);
  const labels = new Uint8Array(features.count);
  tagDocument(features, secondPass, evidence, labels);
  return labels;
}

/** An entity as token indexes: `[firstToken, lastToken]` inclusive, with its type index. */
export interface TokenEntity {
  readonly firstToken: number;
  readonly lastToken: number;
  readonly type: number;
}

/** The entities a well-formed BILOU labelling describes. */
export function entitiesOfLabels(labels: Uint8Array, count: number): TokenEntity[] {
  const entities: TokenEntity[] = [];
  let open = -1;
  for (let token = 0; token < count; token++) {
    const label = labels[token];
    if (label === OUTSIDE) continue;
    const position = positionOfLabel(label);
    if (position === UNIT) entities.push({ firstToken: token, lastToken: token, type: typeOfLabel(label) });
    else if (position === BEGIN) open = token;
    else if (position === LAST && open >= 0) {
      entities.push({ firstToken: open, lastToken: token, type: typeOfLabel(label) });
      open = -1;
    }
  }
  return entities;
}

/** Names of people, organizations, places and other named things (CoNLL's MISC) found by the model. */
export function recognizeNamedMentions(text: string, model: NerModel): Mention[] {
  return namedMentionsOfTokens(tokenizeText(text), model);
}

function namedMentionsOfTokens(tokens: Tokens, model: NerModel): Mention[] {
  const { text } = tokens;
  const features = new DocumentFeatures(tokens, model.resources);
  const firstLabels = new Uint8Array(features.count);
  tagDocument(features, weightTableScorer(model.firstPass), undefined, firstLabels);
  const evidence = new DocumentLabelEvidence(features, firstLabels);
  const secondPass = weightTableScorer(model.secondPass);
  const labels = new Uint8Array(features.count);
  tagDocument(features, secondPass, evidence, labels);
  splitPersonNamesOffEntities(features, secondPass, evidence, labels);
  return entitiesOfLabels(labels, tokens.count).map(entity => {
    const start = tokens.starts[entity.firstToken];
    const end = tokens.ends[entity.lastToken];
    return { span: { start, end }, text: text.slice(start, end), type: NAMED_TYPES[entity.type], source: 'model' as const };
  });
}

const PERSON = NAMED_TYPES.indexOf('person');

/**
 * Takes a person's name off the end of an entity of another type where the model and the given-names list agree
 * (the model's slip: "State Duma Defense Committee Andrey Kartapolov" as one organization). Relabels in place.
 *
 * - Inside the entity, at a given name followed by capitalised words to the entity's end: the greedy decoder could
 *   only go on with the organization there, yet of all labels it scored a person beginning highest; and asked again
 *   with that boundary in place, it scores going on with the person above O at each later word (it would not, at
 *   "Golf" after "Park"). Then the first part keeps its type and "Andrey Kartapolov" becomes a person.
 * - At a given name that ends the entity right before a person the model found ("Senate Armed Services Committee
 *   Jack" + "Reed"): the given name moves into the person.
 *
 * Neither signal is enough alone: the model's wish to begin a person also fires inside "World Boxing Council", and a
 * given name also stands in "Johns Hopkins University" or "Brown Deer Park Golf Course". A given name the model's
 * case dictionary says is usually a lower-case word ("Will", "Rose", "Grant") is no evidence.
 */
function splitPersonNamesOffEntities(features: DocumentFeatures, scorer: LabelScorer, evidence: DocumentLabelEvidence, labels: Uint8Array): void {
  const { text, starts, ends, sentenceStarts } = features.tokens;
  const wordAt = (token: number) => text.slice(starts[token], ends[token]);
  const isPlausibleGivenName = (token: number) =>
    features.caseClass[token] === CASE_TITLE &&
    isGivenName(wordAt(token)) &&
    features.resources.caseDictionary.get(features.lower[token]) !== CASE_LOWER;
  const keys = new Int32Array(MAX_FEATURES_PER_TOKEN);
  const scores = new Float64Array(LABEL_COUNT);
  /** The model's scores for every label at `token` after the given two labels, in `scores`. */
  const score = (token: number, previous: number, beforePrevious: number) => {
    let keyCount = features.observationFeatures(token, keys, 0);
    keyCount = features.labelFeatures(token, previous, beforePrevious, keys, keyCount);
    keyCount = evidence.features(features, token, keys, keyCount);
    scores.fill(0);
    scorer.score(keys, keyCount, scores);
  };
  const bestLabel = () => {
    let best = OUTSIDE;
    for (let label = 1; label < LABEL_COUNT; label++) if (scores[label] > scores[best]) best = label;
    return best;
  };
  const closingLabel = (type: number, first: number, lastToken: number) => labelOf(type, lastToken === first ? UNIT : LAST);

  /** Looks at the entity of `type` over tokens `[first, last]` (at least two) and relabels it where it should. */
  const splitEntity = (first: number, last: number, type: number) => {
    const sentence = features.sentenceOf[first];
    const after = last + 1;
    const personFollows = after < sentenceStarts[sentence + 1] && (labels[after] === labelOf(PERSON, BEGIN) || labels[after] === labelOf(PERSON, UNIT));
    if (personFollows && isPlausibleGivenName(last)) {
      labels[last - 1] = closingLabel(type, first, last - 1);
      labels[last] = labelOf(PERSON, BEGIN);
      labels[after] = labels[after] === labelOf(PERSON, UNIT) ? labelOf(PERSON, LAST) : labelOf(PERSON, INSIDE);
      return;
    }
    for (let token = first + 1; token < last; token++) {
      if (!isPlausibleGivenName(token) || !readsAsSurname(token + 1, last, wordAt)) continue;
      score(token, labels[token - 1], token - 2 >= sentenceStarts[sentence] ? labels[token - 2] : SENTENCE_START_LABEL);
      if (bestLabel() !== labelOf(PERSON, BEGIN)) continue;
      const closed = closingLabel(type, first, token - 1);
      let previous = labelOf(PERSON, BEGIN);
      let beforePrevious = closed;
      let goesOn = true;
      for (let next = token + 1; next <= last && goesOn; next++) {
        const wanted = labelOf(PERSON, next === last ? LAST : INSIDE);
        score(next, previous, beforePrevious);
        goesOn = scores[wanted] > scores[OUTSIDE];
        beforePrevious = previous;
        previous = wanted;
      }
      if (!goesOn) continue;
      labels[token - 1] = closed;
      labels[token] = labelOf(PERSON, BEGIN);
      for (let inside = token + 1; inside < last; inside++) labels[inside] = labelOf(PERSON, INSIDE);
      labels[last] = labelOf(PERSON, LAST);
      return;
    }
  };

  // Entities straight from the labels (well formed: B I* L), without building a list of them.
  let begin = -1;
  for (let token = 0; token < features.count; token++) {
    const label = labels[token];
    if (label === OUTSIDE) continue;
    const position = positionOfLabel(label);
    if (position === BEGIN) begin = token;
    else if (position === LAST && begin >= 0) {
      if (typeOfLabel(label) !== PERSON) splitEntity(begin, token, typeOfLabel(label));
      begin = -1;
    }
  }
}

/** Tokens `[first, last]` read as a surname: capitalised words ("Kartapolov", "Al-Assad"), initials only before the last. */
function readsAsSurname(first: number, last: number, wordAt: (token: number) => string): boolean {
  for (let token = first; token <= last; token++) {
    const word = wordAt(token);
    const isWord = /^[\p{Lu}\p{Lt}][\p{Ll}\p{M}]+(?:[-'’][\p{L}\p{M}]+)*$/u.test(word);
    const isInitial = token < last && /^\p{Lu}\.$/u.test(word);
    if (!isWord && !isInitial) return false;
  }
  return true;
}

/**
 * Every mention in the article: names from the model, and dates, times, amounts of money and percentages from rules.
 * Where a rule's mention overlaps a name, the name wins. Mentions are in text order.
 */
export function recognizeMentions(article: Article, model: NerModel): Mention[] {
  const tokens = tokenizeText(article.text);
  const named = namedMentionsOfTokens(tokens, model);
  const numeric = findNumericMentions(tokens);
  const merged: Mention[] = [];
  let namedIndex = 0;
  for (const mention of numeric) {
    while (namedIndex < named.length && named[namedIndex].span.end <= mention.span.start) merged.push(named[namedIndex++]);
    const overlapsName = namedIndex < named.length && named[namedIndex].span.start < mention.span.end;
    if (!overlapsName) merged.push(mention);
  }
  while (namedIndex < named.length) merged.push(named[namedIndex++]);
  return merged;
}
