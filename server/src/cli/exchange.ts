// `article-lint export` and `article-lint import`: tagged articles out to annotation-tool formats (brat standoff,
// CoNLL columns, JSONL spans, TEI XML) and brat annotations back in as inline tags.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { exportArticle, importBrat, parseArticle, serializeAnnotations } from '../engine/index';
import { ExportArguments, ImportArguments } from './arguments';
import { decodeArticleBytes } from './decode';
import { EXIT_CLEAN, EXIT_ERROR } from './exitCodes';
import { discoverInputs, reason } from './files';
import { CliIo, printError, printWarning, readInputBytes } from './io';

/**
 * Without `--out`, the formats that make one stream of text (JSONL: a line per article; CoNLL: documents one after
 * another) print to standard output; brat (two files per article) and TEI (one XML document per article) need a folder.
 */
export function runExport(args: ExportArguments, io: CliIo): number {
  const { inputs, errors } = discoverInputs(args.paths, io.cwd);
  for (const error of errors) printError(io, error);
  if (args.outFolder === undefined && (args.format === 'brat' || (args.format === 'tei' && inputs.length > 1))) {
    printError(io, `export --format ${args.format} writes ${args.format === 'brat' ? 'two files per article' : 'one XML document per article'}: give a folder with --out`);
    return EXIT_ERROR;
  }
  const outFolder = args.outFolder === undefined ? undefined : resolve(io.cwd, args.outFolder);
  if (outFolder) mkdirSync(outFolder, { recursive: true });
  let failed = errors.length > 0;
  for (const input of inputs) {
    const name = input.kind === 'stdin' ? 'standard-input' : basename(input.path).replace(/\.article\.txt$|\.[^.]+$/, '');
    const read = readInputBytes(io, input);
    if ('error' in read) {
      printError(io, read.error);
      failed = true;
      continue;
    }
    const decoded = decodeArticleBytes(read.bytes);
    const shownName = input.kind === 'stdin' ? 'standard input' : input.path;
    if (decoded.kind === 'skipped') {
      printWarning(io, `${shownName}: skipped: ${decoded.reason}`);
      continue;
    }
    const article = parseArticle(decoded.text);
    for (const problem of article.tagged.problems) printWarning(io, `${shownName}: ${problem.message} (left out of the export)`);
    for (const file of exportArticle(article, args.format, name)) {
      if (!outFolder) {
        io.stdout.write(file.content);
        continue;
      }
      const target = join(outFolder, name + file.extension);
      if (input.kind === 'file' && resolve(target) === resolve(input.path)) {
        printError(io, `${target}: the export would overwrite the article itself; choose another --out folder`);
        failed = true;
        continue;
      }
      try {
        writeFileSync(target, file.content, 'utf8');
      } catch (error) {
        printError(io, `cannot write ${target}: ${reason(error)}`);
        failed = true;
      }
    }
  }
  return failed ? EXIT_ERROR : EXIT_CLEAN;
}

/** Reads brat's `.txt` and `.ann`, prints (or writes with --out) the article with the annotations as inline tags. */
export function runImport(args: ImportArguments, io: CliIo): number {
  let text: string;
  let annotations: string;
  try {
    text = readFileSync(resolve(io.cwd, args.textPath), 'utf8');
    annotations = readFileSync(resolve(io.cwd, args.annotationPath), 'utf8');
  } catch (error) {
    printError(io, reason(error));
    return EXIT_ERROR;
  }
  const imported = importBrat(text, annotations);
  for (const problem of imported.problems) printWarning(io, `${args.annotationPath}: ${problem}`);
  const serialized = serializeAnnotations(text, imported.annotations);
  for (const { annotation, reason: why } of serialized.refused) printWarning(io, `${args.annotationPath}: left out <${annotation.tag}>: ${why}`);
  if (args.outPath === undefined) {
    io.stdout.write(serialized.text);
    return EXIT_CLEAN;
  }
  try {
    writeFileSync(resolve(io.cwd, args.outPath), serialized.text, 'utf8');
  } catch (error) {
    printError(io, `cannot write ${args.outPath}: ${reason(error)}`);
    return EXIT_ERROR;
  }
  return EXIT_CLEAN;
}
