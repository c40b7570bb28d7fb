// `article-lint extract --body`: prints (or writes to --out) the article body: noise and metadata removed,
// characters repaired, quotations unwrapped. The input file itself is never changed.

import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { extractBody, lintArticle } from '../engine/index';
import { ExtractArguments, STDIN_PATH } from './arguments';
import { ConfigResolver } from './configs';
import { decodeArticleBytes } from './decode';
import { EXIT_CLEAN, EXIT_ERROR } from './exitCodes';
import { Input, reason } from './files';
import { CliIo, printError, printWarning, readInputBytes } from './io';

export function runExtract(args: ExtractArguments, io: CliIo): number {
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

  const configs = new ConfigResolver(args.configPath, {}, message => printWarning(io, message), io.cwd);
  const resolved = configs.optionsFor(input.kind === 'file' ? input.path : undefined);
  if (resolved.kind === 'config-error') {
    printError(io, `broken config file: ${resolved.message}`);
    return EXIT_ERROR;
  }
  const result = lintArticle(decoded.text, resolved.options);
  for (const failure of result.failures) printWarning(io, `${name}: rule ${failure.rule} failed and was skipped: ${failure.message}`);
  const body = extractBody(result.article, result.findings);

  if (args.outPath === undefined) {
    io.stdout.write(body);
    return EXIT_CLEAN;
  }
  try {
    writeFileSync(resolve(io.cwd, args.outPath), body, 'utf8');
  } catch (error) {
    printError(io, `cannot write ${args.outPath}: ${reason(error)}`);
    return EXIT_ERROR;
  }
  return EXIT_CLEAN;
}
