// `article-lint extract --body`: prints (or writes to --out) the article body: noise and metadata removed,
// characters repaired, quotations unwrapped. The input file itself is never changed.

import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { extractBody, lintArticle } from '../engine/index';
import { ExtractArguments } from './arguments';
import { ConfigResolver } from './configs';
import { EXIT_CLEAN, EXIT_ERROR } from './exitCodes';
import { reason } from './files';
import { CliIo, printError, printWarning } from './io';
import { readSingleArticle } from './singleArticle';

export function runExtract(args: ExtractArguments, io: CliIo): number {
  const article = readSingleArticle(args.path, io);
  if (!article) return EXIT_ERROR;
  const { input, name } = article;

  const configs = new ConfigResolver(args.configPath, {}, message => printWarning(io, message), io.cwd);
  const resolved = configs.optionsFor(input.kind === 'file' ? input.path : undefined);
  if (resolved.kind === 'config-error') {
    printError(io, `broken config file: ${resolved.message}`);
    return EXIT_ERROR;
  }
  const result = lintArticle(article.text, resolved.options);
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
