// `article-lint entities`: the names (from the trained model, the knowledge base and the file's own tags), dates,
// times, amounts and percentages (from rules) in one article, each with its entity and canonical name, as JSON with
// UTF-16 offsets into the file's text (tags included), or as lines for people.

import { dirname, resolve } from 'node:path';
import { Article, parseArticle } from '../engine/article';
import { analyzeEntities, bundledKnowledge, KnowledgeBase, withWorkspaceEntries } from '../engine/entities';
import { Entity, Mention } from '../engine/entities/types';
import { findKnowledgeFile, loadKnowledgeFile } from '../host/knowledgeFile';
import { loadNerModel } from '../host/nerModel';
import { PositionMap } from '../positions';
import { EntitiesArguments } from './arguments';
import { EXIT_CLEAN, EXIT_ERROR } from './exitCodes';
import { CliIo, printError, printWarning } from './io';
import { readSingleArticle } from './singleArticle';

/** A mention as printed: offsets into the file's text, with the entity it belongs to. */
interface PrintedMention {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly type: Mention['type'];
  readonly source: Mention['source'];
  readonly canonical: string;
  /** The entity's id, shared by every mention of it (`place:kyiv`). */
  readonly entity: string;
}

export function runEntities(args: EntitiesArguments, io: CliIo): number {
  const source = readSingleArticle(args.path, io);
  if (!source) return EXIT_ERROR;
  const { input, name } = source;

  const loaded = loadNerModel();
  if (loaded.kind === 'error') {
    printError(io, loaded.message);
    return EXIT_ERROR;
  }
  const knowledge = knowledgeFor(args, input.kind === 'stdin' ? io.cwd : dirname(input.path), io);
  if (!knowledge) return EXIT_ERROR;
  const article = parseArticle(source.text);
  const { entities } = analyzeEntities(article, { model: loaded.model, knowledge });
  const mentions = printedMentions(article, entities);
  io.stdout.write(args.format === 'json' ? formatJson(mentions) : formatText(source.text, mentions, name));
  return EXIT_CLEAN;
}

/**
 * The bundled knowledge with `--knowledge FILE` or the nearest `.articlelint/entities.json` on top. Bad entries are
 * warnings (the rest apply); a file that cannot be read or holds nothing usable stops the run, as a broken
 * `.articlelint.json` stops `check`, rather than quietly giving other canonical names. Undefined after an error.
 */
function knowledgeFor(args: EntitiesArguments, searchFrom: string, io: CliIo): KnowledgeBase | undefined {
  const knowledgePath = args.knowledgePath !== undefined ? resolve(io.cwd, args.knowledgePath) : findKnowledgeFile(searchFrom);
  if (knowledgePath === undefined) return bundledKnowledge();
  const loaded = loadKnowledgeFile(knowledgePath);
  if (loaded.entries.length === 0 && loaded.problems.length > 0) {
    printError(io, loaded.problems.join('; '));
    return undefined;
  }
  for (const problem of loaded.problems) printWarning(io, problem);
  return withWorkspaceEntries(bundledKnowledge(), loaded.entries);
}

/** Every mention in text order, its span carried from the untagged text into the file's text. */
function printedMentions(article: Article, entities: readonly Entity[]): PrintedMention[] {
  const { tagged } = article;
  const printed: PrintedMention[] = [];
  for (const entity of entities) {
    for (const mention of entity.mentions) {
      const start = tagged.toSource(mention.span.start, 'after');
      const end = Math.max(start, tagged.toSource(mention.span.end, 'before'));
      printed.push({ start, end, text: mention.text, type: mention.type, source: mention.source, canonical: entity.canonical, entity: entity.id });
    }
  }
  return printed.sort((a, b) => a.start - b.start);
}

function formatJson(mentions: readonly PrintedMention[]): string {
  // One entity a line: a large article gives a readable, diffable file rather than one enormous line.
  const lines = mentions.map(mention => JSON.stringify(mention));
  return lines.length === 0 ? '{"entities":[]}\n' : `{"entities":[\n${lines.join(',\n')}\n]}\n`;
}

function formatText(text: string, mentions: readonly PrintedMention[], name: string): string {
  if (mentions.length === 0) return `${name}: no entities found\n`;
  const positions = new PositionMap(text);
  const rows = mentions.map(mention => {
    const position = positions.positionAt(mention.start);
    const shown = mention.text.replace(/\s+/g, ' ');
    // The canonical name only where it says something the text does not: "Kiev → Kyiv", "Kartapolov → Andrey Kartapolov".
    return { where: `${position.line + 1}:${position.character + 1}`, type: mention.type, text: shown === mention.canonical ? shown : `${shown} → ${mention.canonical}` };
  });
  const whereWidth = Math.max(...rows.map(row => row.where.length));
  const typeWidth = Math.max(...rows.map(row => row.type.length));
  return `${rows.map(row => `${row.where.padStart(whereWidth)}  ${row.type.padEnd(typeWidth)}  ${row.text}`).join('\n')}\n`;
}
