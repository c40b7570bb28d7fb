// Finds mojibake in one line of text and computes its repair, as edits that touch only the broken characters.
// The repair plan follows python-ftfy 6.3's `fix_encoding` (Apache-2.0, © Robyn Speer), step for step.
//
// The plan, applied to a line that looks like mojibake (mojibakeBadness.ts) until nothing changes:
// 1. If the whole line can be encoded in one of MOJIBAKE_CODECS and those bytes are valid UTF-8 (after putting back
//    0xA0 bytes that became spaces, and marking bytes already lost as "�"), decode them as UTF-8.
// 2. Otherwise repair runs that look like UTF-8 read as a single-byte codec one by one, each only if it looks like
//    mojibake on its own.
// 3. Otherwise read C1 control characters as the Windows-1252 punctuation they almost always were.
// Every step reports which input characters produced each output character, so the repair stays a set of small
// edits on the original line instead of a rewrite of the whole line.

import { Span } from '../types';
import {
  DecodedCharacter,
  LATIN_1,
  MAC_ROMAN,
  MOJIBAKE_CODECS,
  SingleByteCodec,
  SUBSTITUTE_BYTE,
  WINDOWS_1252,
  decodeUtf8,
  decodeUtf8NonAscii,
  encodeSingleByte,
  mojibakeCodecsEncoding,
} from './encodings';
import { looksLikeMojibake, mojibakeBadness } from './mojibakeBadness';

/** One repaired stretch of a line. Offsets are UTF-16 offsets into the line passed to `findMojibake`. */
export interface MojibakeEdit {
  readonly span: Span;
  readonly original: string;
  readonly repaired: string;
  /** How the text was misread, in words, e.g. `["UTF-8 read as Windows-1252"]` (several for nested mojibake). */
  readonly misreadings: readonly string[];
}

/** Mojibake nested deeper than this (UTF-8 read wrongly four times over) is not seen in practice. */
const MAX_LEVELS = 4;

/** Returns the edits that repair the mojibake in `line`, sorted and non-overlapping; none if it looks clean. */
export function findMojibake(line: string): MojibakeEdit[] {
  return fixEncoding(line).map(edit => ({
    span: { start: edit.start, end: edit.end },
    original: line.slice(edit.start, edit.end),
    repaired: edit.text,
    misreadings: edit.misreadings,
  }));
}

/** An edit on some input text: replace `[start, end)` with `text`, undoing `misreadings`. */
interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly misreadings: readonly string[];
}

function fixEncoding(text: string): Edit[] {
  if (!hasNonAscii(text)) return [];
  // Each text's badness is counted once: it says whether there is anything to repair (a text with none looks clean)
  // and, at the end, whether the repair helped. The pattern scan is the costliest part of a clean line's check.
  const textBadness = mojibakeBadness(text);
  let edits: Edit[] = [];
  let current = text;
  let currentBadness = textBadness;
  // The text was checked for non-ASCII characters above; a repaired text is checked again before the next step.
  for (let level = 0; level < MAX_LEVELS && currentBadness > 0 && (level === 0 || hasNonAscii(current)); level++) {
    const step = fixOneStep(current);
    if (step.length === 0) break;
    const next = applyEditsToText(current, step);
    if (next === current) break;
    // The first step's edits (sorted, not overlapping) are already edits on the text.
    edits = level === 0 ? step : composeEdits(current, edits, step);
    current = next;
    currentBadness = mojibakeBadness(current);
  }
  // The repair must leave the text more plausible than it found it, or it was no repair.
  if (edits.length === 0 || currentBadness >= textBadness) return [];
  return edits.filter(edit => text.slice(edit.start, edit.end) !== edit.text);
}

/** One step of the plan, for a text that looks like mojibake (the caller has checked). */
function fixOneStep(text: string): Edit[] {
  // Most codecs cannot encode a given text (a character of one code page is missing from the others), so one pass
  // rules them out instead of an attempt at encoding per codec.
  const encodable = mojibakeCodecsEncoding(text);
  for (let codecIndex = 0; codecIndex < MOJIBAKE_CODECS.length && encodable !== 0; codecIndex++) {
    if ((encodable & (1 << codecIndex)) === 0) continue;
    const codec = MOJIBAKE_CODECS[codecIndex];
    const encoded = encodeSingleByte(text, codec);
    if (!encoded) continue;
    const edits = decodeAsUtf8(text, encoded, codec);
    if (edits) return edits;
  }
  const embedded = fixEmbeddedRuns(text);
  if (embedded.length > 0) return embedded;
  return readC1ControlsAsWindows1252(text);
}

// --- Step 1: the whole text re-encoded and decoded as UTF-8 -------------------------------------------------------

/**
 * Bytes with, for each byte, the span of input text it came from. Single-byte encoding gives byte i ← character i;
 * the byte repairs below keep that link so decoded characters can be traced back to the input.
 */
interface TracedBytes {
  readonly values: number[];
  readonly starts: number[];
  readonly ends: number[];
}

function decodeAsUtf8(text: string, encoded: Uint8Array, codec: SingleByteCodec): Edit[] | undefined {
  // MacRoman byte 0xD0 is an en dash, so "– " would look like a UTF-8 lead byte with a lost 0xA0; ftfy skips it too.
  const restoresA0 = codec !== MAC_ROMAN;
  const binary = toBinaryString(encoded);
  if (!(restoresA0 && mayRestoreByteA0(binary)) && !(codec.sloppy && mayMarkLostBytes(binary))) {
    // Usually no byte repair applies: byte i is then character i, and an ASCII byte decodes to the very character
    // it came from, so only the longer characters are looked at.
    const decoded = decodeUtf8NonAscii(encoded);
    return decoded && editsFromDecoded(text, decoded, codec, index => index, index => index + 1);
  }
  let bytes: TracedBytes = { values: Array.from(encoded), starts: [], ends: [] };
  for (let index = 0; index < encoded.length; index++) {
    bytes.starts.push(index);
    bytes.ends.push(index + 1);
  }
  if (restoresA0) bytes = restoreByteA0(bytes);
  if (codec.sloppy) bytes = markLostBytes(bytes);
  const decoded = decodeUtf8(bytes.values);
  const { starts, ends } = bytes;
  return decoded && editsFromDecoded(text, decoded, codec, index => starts[index], index => ends[index]);
}

/** The edits that turn `text` into the decoded characters; `startOf`/`endOf` give the text span of a byte. */
function editsFromDecoded(
  text: string,
  decoded: readonly DecodedCharacter[],
  codec: SingleByteCodec,
  startOf: (byteIndex: number) => number,
  endOf: (byteIndex: number) => number,
): Edit[] {
  const edits: Edit[] = [];
  for (const character of decoded) {
    const start = startOf(character.byteStart);
    const end = endOf(character.byteEnd - 1);
    const repaired = String.fromCodePoint(character.codePoint);
    if (text.slice(start, end) === repaired) continue;
    const previous = edits[edits.length - 1];
    // Adjacent repaired characters form one edit: "Ã©Ã¨" → "éè".
    if (previous && previous.end === start) edits[edits.length - 1] = { ...previous, end, text: previous.text + repaired };
    else edits.push({ start, end, text: repaired, misreadings: [`UTF-8 read as ${labelFor(codec, text.slice(start, end))}`] });
  }
  return edits;
}

/** Latin-1 and Windows-1252 read "Ã©" alike; only C1 controls in the run show it was Latin-1 and not Windows-1252. */
function labelFor(codec: SingleByteCodec, original: string): string {
  return codec === LATIN_1 && !/[\u0080-\u009F]/.test(original) ? `${WINDOWS_1252.label} or ${LATIN_1.label}` : codec.label;
}

/** Rewrites the matches of `pattern` in traced bytes; `replace` returns the new bytes and, per byte, which matched byte it inherits its source from (-1: the whole match). */
function rewriteBytes(
  bytes: TracedBytes,
  pattern: RegExp,
  replace: (match: string) => { values: number[]; from: number[] },
): TracedBytes {
  const matches = [...toBinaryString(bytes.values).matchAll(pattern)];
  if (matches.length === 0) return bytes;
  const rewritten: TracedBytes = { values: [], starts: [], ends: [] };
  let cursor = 0;
  const copy = (from: number, to: number) => {
    for (let index = from; index < to; index++) {
      rewritten.values.push(bytes.values[index]);
      rewritten.starts.push(bytes.starts[index]);
      rewritten.ends.push(bytes.ends[index]);
    }
  };
  for (const match of matches) {
    const matchStart = match.index ?? 0;
    const matchEnd = matchStart + match[0].length;
    copy(cursor, matchStart);
    const replacement = replace(match[0]);
    replacement.values.forEach((value, index) => {
      const source = replacement.from[index];
      rewritten.values.push(value);
      rewritten.starts.push(source < 0 ? bytes.starts[matchStart] : bytes.starts[matchStart + source]);
      rewritten.ends.push(source < 0 ? bytes.ends[matchEnd - 1] : bytes.ends[matchStart + source]);
    });
    cursor = matchEnd;
  }
  copy(cursor, bytes.values.length);
  return rewritten;
}

function toBinaryString(values: Uint8Array | readonly number[]): string {
  // A typed array is passed as it is: spreading it, or slicing it as a plain array, is ten times slower.
  if (values.length <= 8192) return Reflect.apply(String.fromCharCode, undefined, values) as string;
  let binary = '';
  // In chunks, because passing a million arguments overflows the stack.
  for (let index = 0; index < values.length; index += 8192) {
    const chunk = values instanceof Uint8Array ? values.subarray(index, index + 8192) : values.slice(index, index + 8192);
    binary += Reflect.apply(String.fromCharCode, undefined, chunk) as string;
  }
  return binary;
}

// "à" is C3 A0 in UTF-8; read as Windows-1252 that is "Ã" + NBSP, and the NBSP is often lost to a space or merged
// with the space after it. These patterns (ftfy's) find UTF-8 sequences that become valid when a space byte is put
// back to 0xA0, restricted to lead bytes that form likely characters.
const A_GRAVE_WORD = /\xC3 (?! |quele|quela|quilo|s )/g;
const ALTERED_UTF8 = new RegExp(
  [
    '[\\xC2\\xC3\\xC5\\xCE\\xD0\\xD9] ',
    '[\\xE2\\xE3] [\\x80-\\x84\\x86-\\x9F\\xA1-\\xBF]',
    '[\\xE0-\\xE3][\\x80-\\x84\\x86-\\x9F\\xA1-\\xBF] ',
    '\\xF0 [\\x80-\\xBF][\\x80-\\xBF]',
    '\\xF0[\\x80-\\xBF] [\\x80-\\xBF]',
    '\\xF0[\\x80-\\xBF][\\x80-\\xBF] ',
  ].join('|'),
  'g',
);

const A_GRAVE_WORD_ANYWHERE = new RegExp(A_GRAVE_WORD.source);
const ALTERED_UTF8_ANYWHERE = new RegExp(ALTERED_UTF8.source);

/** False when `restoreByteA0` would return the bytes (written as a binary string) unchanged. */
function mayRestoreByteA0(binary: string): boolean {
  return A_GRAVE_WORD_ANYWHERE.test(binary) || ALTERED_UTF8_ANYWHERE.test(binary);
}

function restoreByteA0(bytes: TracedBytes): TracedBytes {
  // "Ã " before a word was "à" + NBSP merged with the space: put the 0xA0 back and keep the space.
  const withAGrave = rewriteBytes(bytes, A_GRAVE_WORD, () => ({ values: [0xc3, 0xa0, 0x20], from: [0, 0, 1] }));
  return rewriteBytes(withAGrave, ALTERED_UTF8, match => ({
    values: Array.from(match, character => (character === ' ' ? 0xa0 : character.charCodeAt(0))),
    from: Array.from(match, (_, index) => index),
  }));
}

// UTF-8 sequences in which some bytes were already lost: byte 0x1A stands for a "�" the sloppy codec encoded,
// and "?" for a byte a strict decoder replaced. The whole sequence becomes "�": the character is gone, but the
// rest of the line can still be repaired.
const LOST_BYTE_SEQUENCE = new RegExp(
  [
    '[\\xC2-\\xDF]\\x1A',
    '[\\xC2-\\xC3]\\?',
    '\\xED[\\xA0-\\xAF][\\x1A?]\\xED[\\xB0-\\xBF][\\x1A?\\x80-\\xBF]',
    '\\xED[\\xA0-\\xAF][\\x1A?\\x80-\\xBF]\\xED[\\xB0-\\xBF][\\x1A?]',
    '[\\xE0-\\xEF][\\x1A?][\\x1A\\x80-\\xBF]',
    '[\\xE0-\\xEF][\\x1A\\x80-\\xBF][\\x1A?]',
    '[\\xF0-\\xF4][\\x1A?][\\x1A\\x80-\\xBF][\\x1A\\x80-\\xBF]',
    '[\\xF0-\\xF4][\\x1A\\x80-\\xBF][\\x1A?][\\x1A\\x80-\\xBF]',
    '[\\xF0-\\xF4][\\x1A\\x80-\\xBF][\\x1A\\x80-\\xBF][\\x1A?]',
    '\\x1A',
  ].join('|'),
  'g',
);
const REPLACEMENT_CHARACTER_UTF8 = [0xef, 0xbf, 0xbd];

const LOST_BYTE_SEQUENCE_ANYWHERE = new RegExp(LOST_BYTE_SEQUENCE.source);

/** False when `markLostBytes` would return the bytes (written as a binary string) unchanged. */
function mayMarkLostBytes(binary: string): boolean {
  return LOST_BYTE_SEQUENCE_ANYWHERE.test(binary);
}

function markLostBytes(bytes: TracedBytes): TracedBytes {
  if (!bytes.values.includes(SUBSTITUTE_BYTE) && !bytes.values.includes(0x3f)) return bytes;
  return rewriteBytes(bytes, LOST_BYTE_SEQUENCE, () => ({ values: REPLACEMENT_CHARACTER_UTF8, from: [-1, -1, -1] }));
}

// --- Step 2: runs of UTF-8-looking mojibake inside otherwise fine text ---------------------------------------------

/** Characters that bytes in `[low, high]` decode to in the codecs ftfy calls "Latin-1-like". */
function charactersForBytes(low: number, high: number, bytesToo: readonly number[] = []): string[] {
  const latinLike = MOJIBAKE_CODECS.filter(codec => codec.sloppy || codec === LATIN_1);
  const characters = new Set<string>();
  for (const codec of latinLike) {
    for (let byte = low; byte <= high; byte++) characters.add(codec.upperHalf[byte - 0x80]);
    for (const byte of bytesToo) characters.add(codec.upperHalf[byte - 0x80]);
  }
  return [...characters];
}

/** The inside of a regex character class of `characters`, as \u escapes. */
function classOf(characters: readonly string[]): string {
  return characters.map(character => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');
}

const FIRST_OF_TWO = charactersForBytes(0xc2, 0xdf);
const FIRST_OF_THREE = charactersForBytes(0xe0, 0xef);
// Only F0 (and F3, for emoji tag sequences) lead four-byte characters that occur in practice.
const FIRST_OF_FOUR = charactersForBytes(0xf0, 0xf0, [0xf3]);
// A space may stand for a lost 0xA0 continuation byte.
const CONTINUATION = classOf(charactersForBytes(0x80, 0xbf)) + ' ';
// Continuation characters that do not usually stand for themselves next to mojibake (punctuation is excluded, so
// a quote before a run does not make the run look like the tail of a bigger garble).
const STRICT_CONTINUATION = classOf(charactersForBytes(0x80, 0xbf).filter(character => !'–—―‘’‚“”„•…'.includes(character)));

// Runs of characters shaped like UTF-8 byte sequences, not preceded by a continuation character (so a few
// characters in the middle of a larger garble are not "fixed" on their own). Sticky: it is tried only where a run
// can start, at a lead character, instead of at every position of the text as a global search would.
export const EMBEDDED_UTF8_SOURCE =
  `(?<![${STRICT_CONTINUATION}])(?:[${classOf(FIRST_OF_TWO)}][${CONTINUATION}]|[${classOf(FIRST_OF_THREE)}][${CONTINUATION}]{2}|[${classOf(FIRST_OF_FOUR)}][${CONTINUATION}]{3})+`;
const EMBEDDED_UTF8_AT = new RegExp(EMBEDDED_UTF8_SOURCE, 'y');
/** The characters an EMBEDDED_UTF8_AT match starts with (all of them outside ASCII). */
const RUN_LEADS = new Set([...FIRST_OF_TWO, ...FIRST_OF_THREE, ...FIRST_OF_FOUR].map(character => character.charCodeAt(0)));

/** The matches a global search of the pattern would find: left to right, not overlapping (tests compare the two). */
export function findEmbeddedRuns(text: string): { run: string; offset: number }[] {
  const runs: { run: string; offset: number }[] = [];
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x80 || !RUN_LEADS.has(code)) continue;
    EMBEDDED_UTF8_AT.lastIndex = index;
    const match = EMBEDDED_UTF8_AT.exec(text);
    if (match === null) continue;
    runs.push({ run: match[0], offset: index });
    // Matches are never empty, so the search goes on after this one.
    index = EMBEDDED_UTF8_AT.lastIndex - 1;
  }
  return runs;
}

function fixEmbeddedRuns(text: string): Edit[] {
  const edits: Edit[] = [];
  // The runs are all found before the recursive fixEncoding below, which uses the same sticky pattern.
  for (const { run, offset } of findEmbeddedRuns(text)) {
    // A run as long as the text would recurse forever; step 1 already judged the whole text.
    if (run.length >= text.length || !looksLikeMojibake(run)) continue;
    for (const edit of fixEncoding(run)) edits.push({ ...edit, start: edit.start + offset, end: edit.end + offset });
  }
  return edits;
}

// --- Step 3: C1 controls --------------------------------------------------------------------------------------------

const C1_CONTROL = /[\u0080-\u009F]/g;

/** Reads each C1 control character as the Windows-1252 byte it was (U+0092 → ’); undefined bytes stay as they are. */
function readC1ControlsAsWindows1252(text: string): Edit[] {
  const edits: Edit[] = [];
  for (const match of text.matchAll(C1_CONTROL)) {
    const repaired = WINDOWS_1252.upperHalf[match[0].charCodeAt(0) - 0x80];
    const start = match.index ?? 0;
    if (repaired !== match[0]) edits.push({ start, end: start + 1, text: repaired, misreadings: ['Windows-1252 read as Latin-1'] });
  }
  return edits;
}

// --- Edits and their composition -----------------------------------------------------------------------------------

function applyEditsToText(text: string, edits: readonly Edit[]): string {
  let result = '';
  let cursor = 0;
  for (const edit of edits) {
    result += text.slice(cursor, edit.start) + edit.text;
    cursor = edit.end;
  }
  return result + text.slice(cursor);
}

/**
 * Given `first` (edits on the original text that produced `middle`) and `second` (edits on `middle`), returns
 * the edits on the original text that produce the final text. An edit of `second` that starts or ends inside the
 * replacement text of an edit of `first` swallows that whole edit, so edits never split a repaired character.
 */
function composeEdits(middle: string, first: readonly Edit[], second: readonly Edit[]): Edit[] {
  // Where each edit of `first` sits in `middle`.
  const placed: { edit: Edit; middleStart: number; middleEnd: number }[] = [];
  let shift = 0;
  for (const edit of first) {
    const middleStart = edit.start + shift;
    placed.push({ edit, middleStart, middleEnd: middleStart + edit.text.length });
    shift += edit.text.length - (edit.end - edit.start);
  }
  // Widen each edit of `second` to whole edits of `first`, then merge the widened edits that overlap.
  const clusters: { middleStart: number; middleEnd: number; members: Edit[] }[] = [];
  let firstIndex = 0;
  for (const edit of second) {
    let middleStart = edit.start;
    let middleEnd = edit.end;
    while (firstIndex < placed.length && placed[firstIndex].middleEnd <= middleStart) firstIndex++;
    for (let index = firstIndex; index < placed.length && placed[index].middleStart < middleEnd; index++) {
      middleStart = Math.min(middleStart, placed[index].middleStart);
      middleEnd = Math.max(middleEnd, placed[index].middleEnd);
    }
    const last = clusters[clusters.length - 1];
    if (last && middleStart < last.middleEnd) {
      last.middleEnd = Math.max(last.middleEnd, middleEnd);
      last.members.push(edit);
    } else {
      clusters.push({ middleStart, middleEnd, members: [edit] });
    }
  }
  const composed: Edit[] = [];
  let placedIndex = 0;
  // `middle` offset minus original offset after the edits of `first` consumed so far.
  let shiftSoFar = 0;
  for (const cluster of clusters) {
    // Edits of `first` before the cluster survive as they are.
    while (placedIndex < placed.length && placed[placedIndex].middleEnd <= cluster.middleStart) {
      composed.push(placed[placedIndex].edit);
      shiftSoFar = placed[placedIndex].middleEnd - placed[placedIndex].edit.end;
      placedIndex++;
    }
    const start = cluster.middleStart - shiftSoFar;
    const misreadings: string[] = [];
    const note = (edit: Edit) => edit.misreadings.forEach(entry => misreadings.includes(entry) || misreadings.push(entry));
    cluster.members.forEach(note);
    // Edits of `first` inside the cluster are swallowed by it.
    while (placedIndex < placed.length && placed[placedIndex].middleStart < cluster.middleEnd) {
      note(placed[placedIndex].edit);
      shiftSoFar = placed[placedIndex].middleEnd - placed[placedIndex].edit.end;
      placedIndex++;
    }
    const relative = cluster.members.map(member => ({ ...member, start: member.start - cluster.middleStart, end: member.end - cluster.middleStart }));
    composed.push({
      start,
      end: cluster.middleEnd - shiftSoFar,
      text: applyEditsToText(middle.slice(cluster.middleStart, cluster.middleEnd), relative),
      misreadings,
    });
  }
  while (placedIndex < placed.length) composed.push(placed[placedIndex++].edit);
  return composed;
}

/**
 * True when the text has a character besides ASCII and the everyday typography ’ ‘ “ ” – — …: every sequence the
 * mojibake pattern can match has one (checked exhaustively for all strings of up to three such characters; longer
 * patterns name Latin-1, Greek or Cyrillic letters), so most clean English lines skip the costly pattern.
 */
function hasNonAscii(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code > 0x7f && code !== 0x2019 && code !== 0x2018 && code !== 0x201c && code !== 0x201d && code !== 0x2013 && code !== 0x2014 && code !== 0x2026) return true;
  }
  return false;
}
