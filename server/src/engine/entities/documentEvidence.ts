// Document-level evidence for the recognizer's second pass: how the first pass labelled each capitalised word within
// a window of the text around it, so "Kartapolov" alone gets the type "Andrey Kartapolov" got, and a headline's
// "JAPAN" the type of the body's "Japan".

import {
  DocumentFeatures,
  featureKey1,
  featureKey2,
  HAS_UPPER,
  NAMED_TYPE_COUNT,
  OUTSIDE,
  T_DOCUMENT_MAJORITY,
  T_DOCUMENT_MAJORITY_AFTER,
  T_DOCUMENT_MAJORITY_BEFORE,
  T_DOCUMENT_MAJORITY_CONTEXT,
  T_DOCUMENT_TYPE,
  typeOfLabel,
} from './features';

/** How far, in tokens each way, the evidence for a word is gathered: about a long article. A wider window mixes
 *  unrelated texts when many short ones are concatenated (the CoNLL evaluation file loses two points of F1). */
export const EVIDENCE_WINDOW_TOKENS = 1000;

const NO_EVIDENCE = 0xff;

/** How the first pass labelled each capitalised word within the window around each token. */
export class DocumentLabelEvidence {
  /** Per token: the type most often given to its word (0 = O, 1 + type), or NO_EVIDENCE. */
  readonly majority: Uint8Array;
  /** Per token: bit mask of the types its word was given within the window. */
  readonly typeMask: Uint8Array;
  /**
   * Per token: 1 when the first pass said O and never gave its word a type nearby. The second pass leaves such tokens
   * O without scoring them (after O), in training as in tagging, which halves its cost on capitalised text.
   */
  readonly settled: Uint8Array;

  constructor(features: DocumentFeatures, firstPassLabels: Uint8Array, windowTokens = EVIDENCE_WINDOW_TOKENS) {
    const count = features.count;
    this.majority = new Uint8Array(count).fill(NO_EVIDENCE);
    this.typeMask = new Uint8Array(count);
    this.settled = new Uint8Array(count);
    // Counts per word of the capitalised tokens within the window: O and the four types, 6 bits each (capped at 63),
    // packed in one number. The window slides with the token, so each token enters and leaves the counts once.
    const counts = new Map<number, number>();
    const slotOf = (token: number) => {
      const label = firstPassLabels[token];
      return label === OUTSIDE ? 0 : 1 + typeOfLabel(label);
    };
    const add = (token: number, delta: 1 | -1) => {
      if ((features.flags[token] & HAS_UPPER) === 0) return;
      const key = features.lower[token];
      const packed = counts.get(key) ?? 0;
      const unit = 2 ** (6 * slotOf(token));
      const slotCount = Math.floor(packed / unit) % 64;
      if (delta > 0 ? slotCount < 63 : slotCount > 0) counts.set(key, packed + delta * unit);
    };
    let windowEnd = 0;
    for (let token = 0; token < count; token++) {
      while (windowEnd < count && windowEnd <= token + windowTokens) add(windowEnd++, 1);
      if (token - windowTokens - 1 >= 0) add(token - windowTokens - 1, -1);
      if ((features.flags[token] & HAS_UPPER) === 0) continue;
      const packed = counts.get(features.lower[token]) ?? 0;
      let best = 0;
      let bestCount = -1;
      let mask = 0;
      for (let slot = 0; slot <= NAMED_TYPE_COUNT; slot++) {
        const slotCount = Math.floor(packed / 2 ** (6 * slot)) % 64;
        if (slot > 0 && slotCount > 0) mask |= 1 << (slot - 1);
        if (slotCount > bestCount) {
          best = slot;
          bestCount = slotCount;
        }
      }
      this.majority[token] = best;
      this.typeMask[token] = mask;
      if (mask === 0 && firstPassLabels[token] === OUTSIDE) this.settled[token] = 1;
    }
  }

  /** Keys of the document-level label features of a token. */
  features(documentFeatures: DocumentFeatures, token: number, out: Int32Array, at: number): number {
    const majority = this.majority[token];
    const sentence = documentFeatures.sentenceOf[token];
    const first = documentFeatures.tokens.sentenceStarts[sentence];
    const end = documentFeatures.tokens.sentenceStarts[sentence + 1];
    const before = token - 1 >= first ? this.majority[token - 1] : NO_EVIDENCE;
    const after = token + 1 < end ? this.majority[token + 1] : NO_EVIDENCE;
    out[at++] = featureKey1(T_DOCUMENT_MAJORITY, majority);
    out[at++] = featureKey2(T_DOCUMENT_MAJORITY_CONTEXT, majority, documentFeatures.context[token]);
    out[at++] = featureKey2(T_DOCUMENT_MAJORITY_BEFORE, before, majority);
    out[at++] = featureKey2(T_DOCUMENT_MAJORITY_AFTER, majority, after);
    const mask = this.typeMask[token];
    for (let type = 0; type < NAMED_TYPE_COUNT; type++) if ((mask & (1 << type)) !== 0) out[at++] = featureKey1(T_DOCUMENT_TYPE, type);
    return at;
  }
}
