// The weights of one recognizer pass laid out for speed: one open-addressing table whose slot holds the feature key
// and where its entries are, and entries packing label and quantized weight into one integer, so a feature costs two
// memory reads, not five.

/** Keys are hashes already (features.ts finalizes them), so their low bits pick the slot directly. */
export interface WeightTable {
  /** Slot `s`: key at `3s` (0 = empty), first entry at `3s + 1`, end of its entries at `3s + 2`. */
  readonly slots: Int32Array;
  readonly mask: number;
  /** Entry: label in the high 16 bits, signed 16-bit weight in the low 16. */
  readonly entries: Int32Array;
  readonly featureCount: number;
}

/**
 * Builds the table from the file's layout: feature keys (distinct, non-zero), and for feature `f` the entries
 * `[rowStarts[f], rowStarts[f + 1])` of `labels` and `weights`.
 */
export function buildWeightTable(keys: Int32Array, rowStarts: Int32Array, labels: Uint8Array, weights: Int16Array): WeightTable {
  let capacity = 16;
  while (capacity < keys.length * 2) capacity *= 2;
  const mask = capacity - 1;
  const slots = new Int32Array(capacity * 3);
  const entries = new Int32Array(labels.length);
  for (let entry = 0; entry < labels.length; entry++) entries[entry] = (labels[entry] << 16) | (weights[entry] & 0xffff);
  for (let feature = 0; feature < keys.length; feature++) {
    const key = keys[feature];
    if (key === 0) throw new Error('feature key 0 is reserved for empty slots');
    let slot = key & mask;
    while (slots[3 * slot] !== 0) {
      if (slots[3 * slot] === key) throw new Error(`duplicate feature key ${key}`);
      slot = (slot + 1) & mask;
    }
    slots[3 * slot] = key;
    slots[3 * slot + 1] = rowStarts[feature];
    slots[3 * slot + 2] = rowStarts[feature + 1];
  }
  return { slots, mask, entries, featureCount: keys.length };
}

/** Adds the weights of `keys[0..keyCount)` to `scores` (one score per label). */
export function addWeights(table: WeightTable, keys: Int32Array, keyCount: number, scores: Float64Array): void {
  const { slots, mask, entries } = table;
  for (let index = 0; index < keyCount; index++) {
    const key = keys[index];
    let slot = key & mask;
    for (;;) {
      const stored = slots[3 * slot];
      if (stored === key) {
        for (let entry = slots[3 * slot + 1], end = slots[3 * slot + 2]; entry < end; entry++) {
          const packed = entries[entry];
          scores[packed >>> 16] += (packed << 16) >> 16;
        }
        break;
      }
      if (stored === 0) break;
      slot = (slot + 1) & mask;
    }
  }
}
