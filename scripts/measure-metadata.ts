// Measures the metadata rules and text/unquoted-quote on the aeb-dev pages: per rule, the lines flagged on the raw
// pages, how many of them are gold body lines (text that `extract --body` would lose), and what the rest catch.
// Usage: npx tsx scripts/measure-metadata.ts [--data DIR] [--list]   (--list prints every flagged line)

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { extractBody } from '../server/src/engine/cleaning';
import { lintArticle } from '../server/src/engine/lint';
import { METADATA_RULES } from '../server/src/engine/rules/metadata/index';
import { TEXT_RULES } from '../server/src/engine/rules/text/index';
import { Finding } from '../server/src/engine/types';

const args = process.argv.slice(2);
const dataArgument = args.indexOf('--data');
const dataDirectory = dataArgument >= 0 ? resolve(args[dataArgument + 1] ?? '') : resolve(new URL('../../shared/data/aeb-dev', import.meta.url).pathname);
const listEverything = args.includes('--list');

if (!existsSync(dataDirectory)) {
  console.error(`measure-metadata: no aeb-dev data at ${dataDirectory} (expected NAME.raw.txt and NAME.body.txt pairs; pass --data DIR)`);
  process.exit(2);
}

/** How lines are compared with the gold body: trimmed, single-spaced. */
const normalize = (text: string) => text.trim().replace(/\s+/g, ' ');

interface RuleTally {
  flaggedLines: number;
  /** Flagged lines that are gold body lines, wholly or partly covered. */
  goldLines: string[];
  caughtLines: string[];
}

const tallies = new Map<string, RuleTally>();
const tallyFor = (rule: string) => {
  let tally = tallies.get(rule);
  if (!tally) tallies.set(rule, (tally = { flaggedLines: 0, goldLines: [], caughtLines: [] }));
  return tally;
};

const pages = readdirSync(dataDirectory).filter(name => name.endsWith('.raw.txt')).map(name => name.slice(0, -'.raw.txt'.length)).sort();
let goldLineCount = 0;
let lostGoldLines: string[] = [];
const quoteFindings: string[] = [];
const cleanBodyFindings: string[] = [];
let quoteRawFindings = 0;

for (const page of pages) {
  const raw = readFileSync(join(dataDirectory, `${page}.raw.txt`), 'utf8');
  const gold = readFileSync(join(dataDirectory, `${page}.body.txt`), 'utf8');
  const goldLines = gold.split(/\r?\n/).map(normalize).filter(line => line.length > 0);
  const goldSet = new Set(goldLines);
  goldLineCount += goldLines.length;

  const result = lintArticle(raw, { rules: METADATA_RULES });
  const seen = new Set<string>();
  for (const finding of result.findings) {
    const lineIndex = result.article.lineAt(finding.span.start).index;
    const key = `${finding.rule}:${lineIndex}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const lineText = normalize(result.article.lines[lineIndex].text);
    const tally = tallyFor(finding.rule);
    tally.flaggedLines++;
    const described = `${page}:${lineIndex + 1}  ${describe(raw, finding, lineText)}`;
    if (goldSet.has(lineText)) tally.goldLines.push(described);
    else tally.caughtLines.push(described);
  }

  // What `extract --body` would lose if only these rules ran: gold lines missing from the extracted text.
  // Gold lines the scraper dump does not hold verbatim cannot be lost by a rule, so only the others are checked.
  const rawText = raw.split(/\r?\n/).map(normalize).join('\n');
  const extracted = extractBody(result.article, result.findings).split(/\r?\n/).map(normalize).join('\n');
  const lost = goldLines.filter(line => rawText.includes(line) && !extracted.includes(line));
  lostGoldLines = lostGoldLines.concat(lost.map(line => `${page}  ${line.slice(0, 160)}`));

  // A gold body is a clean article: every metadata finding on it would delete body text.
  const onCleanBody = lintArticle(gold, { rules: METADATA_RULES });
  for (const finding of onCleanBody.findings) {
    const lineIndex = onCleanBody.article.lineAt(finding.span.start).index;
    cleanBodyFindings.push(`${page}:${lineIndex + 1}  ${finding.rule}  ${normalize(gold.slice(finding.span.start, finding.span.end)).slice(0, 160)}`);
  }

  // The quote rule tags and never removes; it is measured on the gold bodies, where every flag must be a quotation.
  for (const finding of lintArticle(gold, { rules: TEXT_RULES }).findings) quoteFindings.push(`${page}  ${normalize(gold.slice(finding.span.start, finding.span.end)).slice(0, 300)}`);
  quoteRawFindings += lintArticle(raw, { rules: TEXT_RULES }).findings.length;
}

function describe(raw: string, finding: Finding, lineText: string): string {
  const flagged = normalize(raw.slice(finding.span.start, finding.span.end));
  const shown = flagged === lineText ? flagged : `${flagged}   ⟵ part of: ${lineText}`;
  return shown.length > 220 ? `${shown.slice(0, 220)}…` : shown;
}

console.log(`aeb-dev: ${pages.length} pages, ${goldLineCount} gold body lines (${dataDirectory})\n`);
console.log('rule                     flagged lines   in gold body   metadata caught');
let totalFlagged = 0;
let totalGold = 0;
for (const rule of METADATA_RULES.map(rule => rule.id)) {
  const tally = tallyFor(rule);
  totalFlagged += tally.flaggedLines;
  totalGold += tally.goldLines.length;
  console.log(`${rule.padEnd(25)}${String(tally.flaggedLines).padStart(13)}${String(tally.goldLines.length).padStart(15)}${String(tally.caughtLines.length).padStart(18)}`);
}
console.log(`${'all metadata rules'.padEnd(25)}${String(totalFlagged).padStart(13)}${String(totalGold).padStart(15)}${String(totalFlagged - totalGold).padStart(18)}`);
const lostShare = ((100 * lostGoldLines.length) / Math.max(1, goldLineCount)).toFixed(2);
console.log(`\nextract --body with only the metadata rules loses ${lostGoldLines.length} of ${goldLineCount} gold lines (${lostShare} %)`);

for (const rule of METADATA_RULES.map(rule => rule.id)) {
  const tally = tallyFor(rule);
  if (tally.goldLines.length > 0) console.log(`\n${rule}: flagged lines that are gold body lines\n  ${tally.goldLines.join('\n  ')}`);
  if (listEverything && tally.caughtLines.length > 0) console.log(`\n${rule}: flagged lines outside the gold body\n  ${tally.caughtLines.join('\n  ')}`);
}
if (lostGoldLines.length > 0) console.log(`\ngold lines missing after extraction\n  ${lostGoldLines.join('\n  ')}`);

console.log(`\nmetadata findings when the gold bodies themselves are linted (clean articles, so each is a false positive): ${cleanBodyFindings.length}`);
if (cleanBodyFindings.length > 0) console.log(`  ${cleanBodyFindings.join('\n  ')}`);

console.log(`\ntext/unquoted-quote: ${quoteFindings.length} paragraphs flagged in the gold bodies, ${quoteRawFindings} on the raw pages`);
if (quoteFindings.length > 0) console.log(`  ${quoteFindings.join('\n  ')}`);
