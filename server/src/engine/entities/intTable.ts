// An open-addressing hash table from 32-bit integer keys (feature and word hashes) to small integer values: the one
// lookup structure of the recognizer, built once per model load, with no string or object per entry.

export class IntTable {
  private readonly slots: Int32Array;
  private readonly mask: number;
  /** Number of keys stored. */
  readonly size: number;

  /**
   * Keys must be distinct and non-zero (0 marks an empty slot); `values[i]` belongs to `keys[i]`. A lookup returns
   * the value, or -1 for a key that is not stored.
   */
  constructor(
    readonly keys: Int32Array,
    readonly values: Int32Array | Uint8Array | Uint16Array,
  ) {
    if (keys.length !== values.length) throw new Error(`IntTable: ${keys.length} keys but ${values.length} values`);
    let capacity = 16;
    while (capacity < keys.length * 2) capacity *= 2;
    this.slots = new Int32Array(capacity);
    this.mask = capacity - 1;
    this.size = keys.length;
    for (let index = 0; index < keys.length; index++) {
      const key = keys[index];
      if (key === 0) throw new Error('IntTable: key 0 is reserved for empty slots');
      let slot = mixForSlot(key) & this.mask;
      while (this.slots[slot] !== 0) {
        if (keys[this.slots[slot] - 1] === key) throw new Error(`IntTable: duplicate key ${key}`);
        slot = (slot + 1) & this.mask;
      }
      this.slots[slot] = index + 1;
    }
  }

  /** The value stored for `key`, or -1. */
  get(key: number): number {
    let slot = mixForSlot(key) & this.mask;
    for (;;) {
      const entry = this.slots[slot];
      if (entry === 0) return -1;
      if (this.keys[entry - 1] === key) return this.values[entry - 1];
      slot = (slot + 1) & this.mask;
    }
  }

  /** The position of `key` in `keys`, or -1. */
  indexOf(key: number): number {
    let slot = mixForSlot(key) & this.mask;
    for (;;) {
      const entry = this.slots[slot];
      if (entry === 0) return -1;
      if (this.keys[entry - 1] === key) return entry - 1;
      slot = (slot + 1) & this.mask;
    }
  }
}

/** Keys are hashes already, but their low bits may be correlated for related features; one multiply spreads them. */
function mixForSlot(key: number): number {
  const mixed = Math.imul(key ^ (key >>> 16), 0x45d9f3b);
  return mixed ^ (mixed >>> 16);
}
