// Turns the bytes of an input into article text, or a reason to skip it: binary content and UTF-16 are skipped,
// invalid UTF-8 is decoded with replacement characters and flagged, a UTF-8 byte-order mark is set aside.

import { isUtf8 } from 'node:buffer';
import { PositionMap } from '../positions';

/** How much of the start of a file the binary check looks at, like git and grep do. */
const SNIFF_BYTES = 8 * 1024;

export type DecodedInput =
  | {
      readonly kind: 'text';
      /** The text without its byte-order mark, so offsets match what an editor shows. */
      readonly text: string;
      /** The file started with a UTF-8 byte-order mark; writing the file back restores it. */
      readonly hasByteOrderMark: boolean;
      /** False when invalid bytes were replaced with U+FFFD; such a file must not be written back. */
      readonly isValidUtf8: boolean;
      /** Warnings for the user about how the bytes were read. */
      readonly notices: readonly string[];
    }
  | { readonly kind: 'skipped'; readonly reason: string };

export function decodeArticleBytes(bytes: Uint8Array): DecodedInput {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const sniffed = buffer.subarray(0, SNIFF_BYTES);
  if (startsWith(sniffed, [0xff, 0xfe]) || startsWith(sniffed, [0xfe, 0xff])) {
    return { kind: 'skipped', reason: 'UTF-16 encoded; convert it to UTF-8 first (e.g. iconv -f UTF-16 -t UTF-8)' };
  }
  const binaryReason = binaryEvidence(sniffed);
  if (binaryReason !== undefined) return { kind: 'skipped', reason: `looks binary (${binaryReason})` };

  const hasByteOrderMark = startsWith(buffer, [0xef, 0xbb, 0xbf]);
  const body = hasByteOrderMark ? buffer.subarray(3) : buffer;
  const text = body.toString('utf8');
  const isValidUtf8 = isUtf8(body);
  const notices: string[] = [];
  if (!isValidUtf8) {
    const firstBadLine = new PositionMap(text).positionAt(text.indexOf('\uFFFD')).line + 1;
    notices.push(
      `not valid UTF-8: invalid bytes (first on line ${firstBadLine}) were read as U+FFFD; ` +
        're-decode the file from its real encoding (e.g. iconv -f windows-1252 -t utf-8) before cleaning it (--fix never writes such a file)',
    );
  }
  return { kind: 'text', text, hasByteOrderMark, isValidUtf8, notices };
}

/**
 * Why the first bytes look like a binary file, or undefined for text: a NUL byte (text files never hold one), or
 * many control characters or undecodable bytes, which a text file in a legacy encoding would not have either.
 */
function binaryEvidence(sniffed: Buffer): string | undefined {
  if (sniffed.length === 0) return undefined;
  if (sniffed.includes(0)) return 'NUL bytes in the first 8 KiB';
  let controlBytes = 0;
  let hasNonAsciiByte = false;
  // An index loop: a Buffer's iterator costs a call per byte, which showed in profiles of corpus-wide checks.
  for (let index = 0; index < sniffed.length; index++) {
    const byte = sniffed[index];
    if (byte >= 0x80) hasNonAsciiByte = true;
    // Tab, line feed, vertical tab, form feed, carriage return and escape occur in text; other C0 controls do not.
    if ((byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0b && byte !== 0x0c && byte !== 0x0d && byte !== 0x1b) || byte === 0x7f) {
      controlBytes++;
    }
  }
  if (controlBytes / sniffed.length > 0.1) return `${percent(controlBytes, sniffed.length)} control bytes in the first 8 KiB`;
  // ASCII decodes to itself: only bytes from 0x80 up can be undecodable.
  if (!hasNonAsciiByte) return undefined;
  const decoded = sniffed.toString('utf8');
  let replaced = 0;
  for (let index = decoded.indexOf('\uFFFD'); index >= 0; index = decoded.indexOf('\uFFFD', index + 1)) replaced++;
  // A legacy-encoded text (Latin-1, Windows-1252) has a few undecodable bytes per line; a binary has a third or more.
  if (replaced / decoded.length > 0.3) return `${percent(replaced, decoded.length)} of the first 8 KiB is not text`;
  return undefined;
}

function startsWith(buffer: Buffer, prefix: readonly number[]): boolean {
  return buffer.length >= prefix.length && prefix.every((byte, index) => buffer[index] === byte);
}

function percent(part: number, whole: number): string {
  return `${Math.round((100 * part) / whole)}%`;
}
