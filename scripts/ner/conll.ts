// Reads CoNLL-2003 files into documents and lays them out as text exactly as ../shared/eval/conll-eval.mjs does (a
// sentence a line, tokens joined by spaces, a blank line between documents), with gold entities as UTF-16 spans.

import { readFileSync } from 'node:fs';

export interface ConllDocument {
  /** The document's text: one sentence a line, each line ending with a line break. */
  readonly text: string;
  /** Gold entities as spans of `text`, with CoNLL types (PER, ORG, LOC, MISC). */
  readonly entities: readonly GoldEntity[];
  /** Start offset of every CoNLL token, for scoring predictions the way conlleval does. */
  readonly tokenStarts: readonly number[];
  readonly tokenEnds: readonly number[];
}

export interface GoldEntity {
  readonly start: number;
  readonly end: number;
  readonly type: string;
}

export const CONLL_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;

export function readConllFile(path: string): ConllDocument[] {
  const documents: { words: string[]; tags: string[] }[][] = [[]];
  let sentence: { words: string[]; tags: string[] } = { words: [], tags: [] };
  const closeSentence = () => {
    if (sentence.words.length > 0) documents[documents.length - 1].push(sentence);
    sentence = { words: [], tags: [] };
  };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const columns = line.trim().split(/\s+/);
    if (columns[0] === '-DOCSTART-') {
      closeSentence();
      if (documents[documents.length - 1].length > 0) documents.push([]);
      continue;
    }
    if (line.trim() === '') {
      closeSentence();
      continue;
    }
    sentence.words.push(columns[0]);
    sentence.tags.push(columns[columns.length - 1]);
  }
  closeSentence();
  return documents.filter(document => document.length > 0).map(layOutConllDocument);
}

/** IOB1 chunks as conlleval reads them: I-X after another type or O starts a new entity, B-X always does. */
export function layOutConllDocument(sentences: { words: string[]; tags: string[] }[]): ConllDocument {
  let text = '';
  const entities: GoldEntity[] = [];
  const tokenStarts: number[] = [];
  const tokenEnds: number[] = [];
  for (const { words, tags } of sentences) {
    let open: { start: number; end: number; type: string } | undefined;
    words.forEach((word, index) => {
      if (index > 0) text += ' ';
      const start = text.length;
      text += word;
      tokenStarts.push(start);
      tokenEnds.push(text.length);
      const tag = tags[index];
      const [prefix, type] = tag === 'O' ? ['O', ''] : tag.split('-');
      const startsNew = prefix === 'B' || (prefix === 'I' && (open === undefined || open.type !== type));
      if (open !== undefined && (prefix === 'O' || startsNew)) {
        entities.push(open);
        open = undefined;
      }
      if (prefix !== 'O' && startsNew) open = { start, end: text.length, type };
      else if (prefix === 'I' && open !== undefined) open.end = text.length;
    });
    if (open !== undefined) entities.push(open);
    text += '\n';
  }
  return { text, entities, tokenStarts, tokenEnds };
}

/** All documents as one text, a blank line between documents, as the evaluation script feeds the CLI. */
export function concatenateDocuments(documents: readonly ConllDocument[]): ConllDocument {
  let text = '';
  const entities: GoldEntity[] = [];
  const tokenStarts: number[] = [];
  const tokenEnds: number[] = [];
  documents.forEach((document, index) => {
    if (index > 0) text += '\n';
    const offset = text.length;
    text += document.text;
    for (const entity of document.entities) entities.push({ ...entity, start: entity.start + offset, end: entity.end + offset });
    for (const start of document.tokenStarts) tokenStarts.push(start + offset);
    for (const end of document.tokenEnds) tokenEnds.push(end + offset);
  });
  return { text, entities, tokenStarts, tokenEnds };
}

export interface TypeScore {
  readonly gold: number;
  readonly predicted: number;
  readonly correct: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

/**
 * Exact-span micro P/R/F1 per type and overall, as conll-eval.mjs scores: a predicted span is snapped to the CoNLL
 * tokens it touches, then must match a gold entity's tokens and type.
 */
export function scoreEntities(document: ConllDocument, predicted: readonly GoldEntity[]): Record<string, TypeScore> {
  const starts = document.tokenStarts;
  const ends = document.tokenEnds;
  const firstTokenEndingAfter = (offset: number) => {
    let low = 0;
    let high = starts.length - 1;
    let found = -1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (ends[middle] > offset) {
        found = middle;
        high = middle - 1;
      } else low = middle + 1;
    }
    return found;
  };
  const lastTokenStartingBefore = (offset: number) => {
    let low = 0;
    let high = starts.length - 1;
    let found = -1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (starts[middle] < offset) {
        found = middle;
        low = middle + 1;
      } else high = middle - 1;
    }
    return found;
  };
  const key = (type: string, from: number, to: number) => `${type}:${from}:${to}`;
  const gold = new Set(document.entities.map(entity => key(entity.type, firstTokenEndingAfter(entity.start), lastTokenStartingBefore(entity.end))));
  const predictedKeys = new Set<string>();
  for (const entity of predicted) {
    const from = firstTokenEndingAfter(entity.start);
    const to = lastTokenStartingBefore(entity.end);
    if (from >= 0 && to >= from) predictedKeys.add(key(entity.type, from, to));
  }
  const scores: Record<string, TypeScore> = {};
  for (const type of [...CONLL_TYPES, 'ALL']) {
    const goldOfType = [...gold].filter(entry => type === 'ALL' || entry.startsWith(`${type}:`));
    const predictedOfType = [...predictedKeys].filter(entry => type === 'ALL' || entry.startsWith(`${type}:`));
    const correct = predictedOfType.filter(entry => gold.has(entry)).length;
    const precision = predictedOfType.length > 0 ? correct / predictedOfType.length : 0;
    const recall = goldOfType.length > 0 ? correct / goldOfType.length : 0;
    scores[type] = {
      gold: goldOfType.length,
      predicted: predictedOfType.length,
      correct,
      precision,
      recall,
      f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0,
    };
  }
  return scores;
}

export function formatScores(scores: Record<string, TypeScore>): string {
  return Object.entries(scores)
    .map(([type, score]) =>
      `${type.padEnd(4)} gold ${String(score.gold).padStart(5)} pred ${String(score.predicted).padStart(5)}  ` +
      `P ${(100 * score.precision).toFixed(2)}  R ${(100 * score.recall).toFixed(2)}  F1 ${(100 * score.f1).toFixed(2)}`,
    )
    .join('\n');
}
