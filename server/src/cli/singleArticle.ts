// Reads the one article `extract` and `entities` take (a path, or - for standard input), decoded, with decoding
// notices printed as warnings and a failure printed as an error.

import { resolve } from 'node:path';
import { STDIN_PATH } from './arguments';
import { decodeArticleBytes } from './decode';
import { Input } from './files';
import { CliIo, printError, printWarning, readInputBytes } from './io';

export interface SingleArticle {
  readonly input: Input;
  /** How messages name the input: the path as given, or "standard input". */
  readonly name: string;
  readonly text: string;
}

/** The article at `path`, or undefined after printing why it cannot be read. */
export function readSingleArticle(path: string, io: CliIo): SingleArticle | undefined {
  const input: Input = path === STDIN_PATH ? { kind: 'stdin' } : { kind: 'file', path: resolve(io.cwd, path) };
  const name = input.kind === 'stdin' ? 'standard input' : path;
  const read = readInputBytes(io, input);
  if ('error' in read) {
    printError(io, read.error);
    return undefined;
  }
  const decoded = decodeArticleBytes(read.bytes);
  if (decoded.kind === 'skipped') {
    printError(io, `${name}: skipped: ${decoded.reason}`);
    return undefined;
  }
  for (const notice of decoded.notices) printWarning(io, `${name}: ${notice}`);
  return { input, name, text: decoded.text };
}
