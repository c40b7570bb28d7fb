// `article-lint entities`: the names (from the trained model), dates, times, amounts and percentages (from rules)
// in one article, as JSON with UTF-16 offsets into the file's text, or as lines for people.

import { resolve } from 'node:path';
import { parseArticle } from '../engine/article';
import { Mention } from '../engine/entities/types';
import { recognizeMentions } from '../engine/entities/recognizer';
import { loadNerModel } from '../host/nerModel';
import { PositionMap } from '../positions';
import { EntitiesArguments, STDIN_PATH } from './arguments';
import { decodeArticleBytes } from './decode';
import { EXIT_CLEAN, EXIT_ERROR } from './exitCodes';
import { Input } from './files';
import { CliIo, printError, printWarning, readInputBytes } from './io';

export function runEntities(args: EntitiesArguments, io: CliIo): number {
  const input: Input = args.path === STDIN_PATH ? { kind: 'stdin' } : { kind: 'file', path: resolve(io.cwd, args.path) };
  const name = input.kind === 'stdin' ? 'standard input' : args.path;
  const read = readInputBytes(io, input);
  if ('error' in read) {
    printError(io, read.error);
    return EXIT_ERROR;
  }
  const decoded = decodeArticleBytes(read.bytes);
  if (decoded.kind === 'skipped') {
    printError(io, `${name}: skipped: ${decoded.reason}`);
    return EXIT_ERROR;
  }
  for (const notice of decoded.notices) printWarning(io, `${name}: ${notice}`);

  const loaded = loadNerModel();
  if (loaded.kind === 'error') {
    printError(io, loaded.message);
    return EXIT_ERROR;
  }
  const mentions = recognizeMentions(parseArticle(decoded.text), loaded.model);
  io.stdout.write(args.format === 'json' ? formatJson(mentions) : formatText(decoded.text, mentions, name));
  return EXIT_CLEAN;
}

function formatJson(mentions: readonly Mention[]): string {
  // One entity a line: a large article gives a readable, diffable file rather than one enormous line.
  const lines = mentions.map(mention =>
    JSON.stringify({ start: mention.span.start, end: mention.span.end, text: mention.text, type: mention.type, source: mention.source }),
  );
  return lines.length === 0 ? '{"entities":[]}\n' : `{"entities":[\n${lines.join(',\n')}\n]}\n`;
}

function formatText(text: string, mentions: readonly Mention[], name: string): string {
  if (mentions.length === 0) return `${name}: no entities found\n`;
  const positions = new PositionMap(text);
  const rows = mentions.map(mention => {
    const position = positions.positionAt(mention.span.start);
    return { where: `${position.line + 1}:${position.character + 1}`, type: mention.type, text: mention.text.replace(/\s+/g, ' ') };
  });
  const whereWidth = Math.max(...rows.map(row => row.where.length));
  const typeWidth = Math.max(...rows.map(row => row.type.length));
  return `${rows.map(row => `${row.where.padStart(whereWidth)}  ${row.type.padEnd(typeWidth)}  ${row.text}`).join('\n')}\n`;
}
