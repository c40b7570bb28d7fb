// The recognizer's model file: a compact little-endian binary of sections (description, case dictionary,
// gazetteer, start words, the weights of both passes) behind a magic header and version, closed by a checksum.
// Pure: bytes in, model out (and back); every malformed file fails with an error that says what is wrong.

import { FEATURE_SCHEME_VERSION, LABEL_COUNT, NerResources } from './features';
import { IntTable } from './intTable';
import { NerModel, NerModelDescription } from './recognizer';
import { buildWeightTable, WeightTable } from './weightTable';

/** "ALNERMDL": Article Lint NER model. */
const MAGIC = [0x41, 0x4c, 0x4e, 0x45, 0x52, 0x4d, 0x44, 0x4c];
export const MODEL_FORMAT_VERSION = 1;

const SECTION_DESCRIPTION = 'DESC';
const SECTION_CASE_DICTIONARY = 'CASE';
const SECTION_GAZETTEER = 'GAZT';
const SECTION_START_WORDS = 'STRT';
const SECTION_FIRST_PASS = 'WGT1';
const SECTION_SECOND_PASS = 'WGT2';

/** A model file that cannot be used; the message says why (hosts add the path). */
export class NerModelFormatError extends Error {}

/** What `serializeNerModel` writes: the weights as parallel arrays, keyed by feature hash. */
export interface SerializableWeights {
  readonly keys: Int32Array;
  readonly rowStarts: Int32Array;
  readonly labels: Uint8Array;
  readonly weights: Int16Array;
}

export interface SerializableNerModel {
  readonly description: NerModelDescription;
  readonly caseDictionary: { readonly keys: Int32Array; readonly values: Uint8Array };
  readonly gazetteer: { readonly keys: Int32Array; readonly typeMasks: Uint8Array; readonly maxTokens: number };
  readonly startWords: Int32Array;
  readonly firstPass: SerializableWeights;
  readonly secondPass: SerializableWeights;
}

// ---- writing -------------------------------------------------------------------------------------------------------

class ByteWriter {
  private bytes = new Uint8Array(1 << 16);
  private view = new DataView(this.bytes.buffer);
  length = 0;

  private reserve(extra: number): void {
    if (this.length + extra <= this.bytes.length) return;
    let capacity = this.bytes.length * 2;
    while (capacity < this.length + extra) capacity *= 2;
    const bigger = new Uint8Array(capacity);
    bigger.set(this.bytes.subarray(0, this.length));
    this.bytes = bigger;
    this.view = new DataView(bigger.buffer);
  }
  u8(value: number): void {
    this.reserve(1);
    this.bytes[this.length++] = value;
  }
  u32(value: number): void {
    this.reserve(4);
    this.view.setUint32(this.length, value >>> 0, true);
    this.length += 4;
  }
  setU32(at: number, value: number): void {
    this.view.setUint32(at, value >>> 0, true);
  }
  ascii(text: string): void {
    for (let index = 0; index < text.length; index++) this.u8(text.charCodeAt(index));
  }
  int32Array(values: Int32Array): void {
    this.reserve(values.length * 4);
    for (const value of values) {
      this.view.setInt32(this.length, value, true);
      this.length += 4;
    }
  }
  int16Array(values: Int16Array): void {
    this.reserve(values.length * 2);
    for (const value of values) {
      this.view.setInt16(this.length, value, true);
      this.length += 2;
    }
  }
  uint8Array(values: Uint8Array): void {
    this.reserve(values.length);
    this.bytes.set(values, this.length);
    this.length += values.length;
  }
  /** Pads with zeros to a multiple of 4, so every array in the file can be viewed in place after one aligned copy. */
  align(): void {
    while (this.length % 4 !== 0) this.u8(0);
  }
  result(): Uint8Array {
    return this.bytes.slice(0, this.length);
  }
}

/** The model file's bytes. The same model always gives the same bytes. */
export function serializeNerModel(model: SerializableNerModel): Uint8Array {
  const writer = new ByteWriter();
  for (const byte of MAGIC) writer.u8(byte);
  writer.u32(MODEL_FORMAT_VERSION);
  writer.u32(6);
  const section = (tag: string, write: () => void) => {
    writer.ascii(tag);
    const lengthAt = writer.length;
    writer.u32(0);
    const start = writer.length;
    write();
    writer.align();
    writer.setU32(lengthAt, writer.length - start);
  };
  section(SECTION_DESCRIPTION, () => writer.ascii(asciiJson(model.description)));
  section(SECTION_CASE_DICTIONARY, () => {
    writer.u32(model.caseDictionary.keys.length);
    writer.int32Array(model.caseDictionary.keys);
    writer.uint8Array(model.caseDictionary.values);
  });
  section(SECTION_GAZETTEER, () => {
    writer.u32(model.gazetteer.maxTokens);
    writer.u32(model.gazetteer.keys.length);
    writer.int32Array(model.gazetteer.keys);
    writer.uint8Array(model.gazetteer.typeMasks);
  });
  section(SECTION_START_WORDS, () => {
    writer.u32(model.startWords.length);
    writer.int32Array(model.startWords);
  });
  const weights = (table: SerializableWeights) => () => {
    const rows = table.keys.length;
    writer.u32(rows);
    writer.u32(table.labels.length);
    writer.int32Array(table.keys);
    // Row lengths fit a byte (at most one entry per label), a quarter of the size of row offsets.
    const rowLengths = new Uint8Array(rows);
    for (let row = 0; row < rows; row++) rowLengths[row] = table.rowStarts[row + 1] - table.rowStarts[row];
    writer.uint8Array(rowLengths);
    writer.align();
    writer.int16Array(table.weights);
    writer.align();
    writer.uint8Array(table.labels);
  };
  section(SECTION_FIRST_PASS, weights(model.firstPass));
  section(SECTION_SECOND_PASS, weights(model.secondPass));
  writer.u32(checksum(writer.result(), writer.length));
  return writer.result();
}

/** JSON with every non-ASCII character escaped, so the description is plain bytes either way. */
function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\u0080-\uffff]/g, character => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** FNV-1a over the bytes, four at a time: catches truncation and corruption, fast enough for megabytes. */
function checksum(bytes: Uint8Array, length: number): number {
  let hash = 0x811c9dc5 | 0;
  for (let index = 0; index < length; index++) hash = Math.imul(hash ^ bytes[index], 0x01000193);
  return hash >>> 0;
}

// ---- reading -------------------------------------------------------------------------------------------------------

class ByteReader {
  private readonly view: DataView;
  offset: number;

  constructor(
    readonly bytes: Uint8Array,
    start: number,
    readonly end: number,
    private readonly where: string,
  ) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.offset = start;
  }
  private need(byteCount: number, what: string): void {
    if (this.offset + byteCount > this.end) throw new NerModelFormatError(`${this.where}: truncated while reading ${what}`);
  }
  u32(what: string): number {
    this.need(4, what);
    const value = this.view.getUint32(this.offset, true);
    this.offset += 4;
    return value;
  }
  /** A view into the (aligned) bytes, without copying. */
  int32Array(count: number, what: string): Int32Array {
    this.need(count * 4, what);
    const array = new Int32Array(this.bytes.buffer, this.bytes.byteOffset + this.offset, count);
    this.offset += count * 4;
    return array;
  }
  int16Array(count: number, what: string): Int16Array {
    this.need(count * 2, what);
    const array = new Int16Array(this.bytes.buffer, this.bytes.byteOffset + this.offset, count);
    this.offset += count * 2;
    return array;
  }
  uint8Array(count: number, what: string): Uint8Array {
    this.need(count, what);
    const array = this.bytes.subarray(this.offset, this.offset + count);
    this.offset += count;
    return array;
  }
  align(): void {
    this.offset = Math.min(this.end, (this.offset + 3) & ~3);
  }
  ascii(count: number, what: string): string {
    this.need(count, what);
    let text = '';
    for (let index = 0; index < count; index++) text += String.fromCharCode(this.bytes[this.offset + index]);
    this.offset += count;
    return text;
  }
}

/** Reads a model file. Throws NerModelFormatError for anything but a complete, intact file of this format. */
export function parseNerModel(input: Uint8Array): NerModel {
  // One copy into a fresh buffer puts the file at offset 0, so the 4-byte-aligned arrays inside can be viewed in place
  // (a Node Buffer may sit at any offset of its pool).
  const bytes = new Uint8Array(input.length);
  bytes.set(input);
  if (bytes.length < MAGIC.length + 12 || MAGIC.some((byte, index) => bytes[index] !== byte)) {
    throw new NerModelFormatError('not an Article Lint NER model (the file does not start with ALNERMDL)');
  }
  const header = new ByteReader(bytes, MAGIC.length, bytes.length - 4, 'header');
  const version = header.u32('the format version');
  if (version !== MODEL_FORMAT_VERSION) {
    throw new NerModelFormatError(`model format version ${version}, but this build reads version ${MODEL_FORMAT_VERSION}; retrain with npm run train:ner`);
  }
  const stored = new DataView(bytes.buffer).getUint32(bytes.length - 4, true);
  if (checksum(bytes, bytes.length - 4) !== stored) throw new NerModelFormatError('checksum mismatch: the model file is truncated or corrupt');

  const sectionCount = header.u32('the section count');
  const sections = new Map<string, { start: number; end: number }>();
  for (let index = 0; index < sectionCount; index++) {
    const tag = header.ascii(4, 'a section tag');
    const length = header.u32(`the length of section ${tag}`);
    const start = header.offset;
    if (start + length > bytes.length - 4) throw new NerModelFormatError(`section ${tag} runs past the end of the file`);
    sections.set(tag, { start, end: start + length });
    header.offset = start + length;
  }
  const reader = (tag: string): ByteReader => {
    const section = sections.get(tag);
    if (section === undefined) throw new NerModelFormatError(`section ${tag} is missing`);
    return new ByteReader(bytes, section.start, section.end, `section ${tag}`);
  };

  const descriptionReader = reader(SECTION_DESCRIPTION);
  const description = parseDescription(descriptionReader.ascii(descriptionReader.end - descriptionReader.offset, 'the description').replace(/\0+$/, ''));
  if (description.featureSchemeVersion !== FEATURE_SCHEME_VERSION) {
    throw new NerModelFormatError(
      `the model was trained with feature scheme ${description.featureSchemeVersion}, but this build computes scheme ${FEATURE_SCHEME_VERSION}; retrain with npm run train:ner`,
    );
  }

  const caseReader = reader(SECTION_CASE_DICTIONARY);
  const caseCount = caseReader.u32('the case dictionary size');
  const caseKeys = caseReader.int32Array(caseCount, 'case dictionary keys');
  const caseValues = caseReader.uint8Array(caseCount, 'case dictionary values');

  const gazetteerReader = reader(SECTION_GAZETTEER);
  const maxGazetteerTokens = gazetteerReader.u32('the longest gazetteer entry');
  const gazetteerCount = gazetteerReader.u32('the gazetteer size');
  const gazetteerKeys = gazetteerReader.int32Array(gazetteerCount, 'gazetteer keys');
  const gazetteerMasks = gazetteerReader.uint8Array(gazetteerCount, 'gazetteer types');

  const startReader = reader(SECTION_START_WORDS);
  const startCount = startReader.u32('the start word count');
  const startKeys = startReader.int32Array(startCount, 'start words');

  const resources: NerResources = {
    caseDictionary: table(caseKeys, caseValues, 'case dictionary'),
    gazetteer: table(gazetteerKeys, gazetteerMasks, 'gazetteer'),
    startWords: table(startKeys, new Uint8Array(startCount), 'start words'),
    maxGazetteerTokens,
  };
  return {
    description,
    resources,
    firstPass: readWeights(reader(SECTION_FIRST_PASS), 'first pass'),
    secondPass: readWeights(reader(SECTION_SECOND_PASS), 'second pass'),
  };
}

function parseDescription(json: string): NerModelDescription {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    throw new NerModelFormatError('the description section is not JSON');
  }
  const description = parsed as Partial<NerModelDescription> | null;
  if (description === null || typeof description !== 'object' || typeof description.featureSchemeVersion !== 'number') {
    throw new NerModelFormatError('the description section has no feature scheme version');
  }
  return description as NerModelDescription;
}

function table(keys: Int32Array, values: Uint8Array, what: string): IntTable {
  try {
    return new IntTable(keys, values);
  } catch (error) {
    throw new NerModelFormatError(`${what}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function readWeights(reader: ByteReader, what: string): WeightTable {
  const rows = reader.u32(`the ${what} row count`);
  const entries = reader.u32(`the ${what} entry count`);
  const keys = reader.int32Array(rows, `${what} keys`);
  const rowLengths = reader.uint8Array(rows, `${what} row lengths`);
  reader.align();
  const weights = reader.int16Array(entries, `${what} weights`);
  reader.align();
  const labels = reader.uint8Array(entries, `${what} labels`);
  const rowStarts = new Int32Array(rows + 1);
  for (let row = 0; row < rows; row++) rowStarts[row + 1] = rowStarts[row] + rowLengths[row];
  if (rowStarts[rows] !== entries) throw new NerModelFormatError(`${what}: row lengths add up to ${rowStarts[rows]}, not ${entries}`);
  for (let entry = 0; entry < entries; entry++) {
    if (labels[entry] >= LABEL_COUNT) throw new NerModelFormatError(`${what}: label ${labels[entry]} out of range`);
  }
  try {
    return buildWeightTable(keys, rowStarts, labels, weights);
  } catch (error) {
    throw new NerModelFormatError(`${what}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
