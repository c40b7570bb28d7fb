// Measures characters/mojibake against python-ftfy's test cases in ../shared/data/mojibake (read, never copied):
// per file, how many cases the rule flags, how many its fixes repair exactly, and false positives on negatives.
// Usage: npx tsx scripts/eval-mojibake.ts   (exit 2 if the data is missing, 1 if a negative case is changed)

import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fixAllEdits } from '../server/src/engine/cleaning';
import { applyEdits } from '../server/src/engine/fixes';
import { lintArticle } from '../server/src/engine/lint';
import { ruleById } from '../server/src/engine/rules/registry';

interface MojibakeCase {
  readonly label: string;
  readonly original: string;
  /** What ftfy's whole `fix_text` makes of it (also uncurls quotes, removes controls…). */
  readonly fixed: string;
  /** What ftfy's encoding repair alone makes of it, when that differs from `fixed`. */
  readonly 'fixed-encoding'?: string;
  readonly expect: 'pass' | 'fail';
}

const dataDirectory = fileURLToPath(new URL('../../shared/data/mojibake/', import.meta.url));
const FILES = ['in-the-wild', 'synthetic', 'language-names', 'negative', 'known-failures'];

if (!existsSync(dataDirectory)) {
  console.error(`eval-mojibake: the ftfy test cases are missing: expected ${dataDirectory} (../shared/data/mojibake next to the repository).`);
  process.exit(2);
}

const rule = ruleById('characters/mojibake');
if (!rule) {
  console.error('eval-mojibake: characters/mojibake is not registered');
  process.exit(2);
}

function repair(text: string): { flagged: boolean; repaired: string } {
  const result = lintArticle(text, { rules: [rule!] });
  return { flagged: result.findings.length > 0, repaired: applyEdits(text, fixAllEdits(result.article, result.findings)).text };
}

const columns = ['file', 'cases', 'need a change', 'detected', 'exact (encoding)', 'exact (fixed)', 'changed wrongly', 'false positives'];
const rows: string[][] = [];
const misses: string[] = [];
let negativeFalsePositives = 0;
for (const file of FILES) {
  const path = `${dataDirectory}${file}.json`;
  if (!existsSync(path)) {
    console.error(`eval-mojibake: missing ${path}`);
    process.exit(2);
  }
  const cases = JSON.parse(readFileSync(path, 'utf8')) as MojibakeCase[];
  const isNegative = file === 'negative';
  let needChange = 0;
  let detected = 0;
  let exactEncoding = 0;
  let exactFixed = 0;
  let changedWrongly = 0;
  let falsePositives = 0;
  for (const testCase of cases) {
    // Our rule repairs encodings only; ftfy's `fixed-encoding` is the matching target when it is given.
    const target = testCase['fixed-encoding'] ?? testCase.fixed;
    const { flagged, repaired } = repair(testCase.original);
    if (testCase.original !== target) needChange++;
    if (flagged) detected++;
    if (repaired === target) exactEncoding++;
    if (repaired === testCase.fixed) exactFixed++;
    if (repaired !== testCase.original && repaired !== target) changedWrongly++;
    if (isNegative && repaired !== target && repaired !== testCase.original) falsePositives++;
    if (isNegative && flagged && testCase.original === target) falsePositives++;
    if (repaired !== target && file !== 'known-failures') misses.push(`${file}: ${JSON.stringify(testCase.original)}\n    got      ${JSON.stringify(repaired)}\n    expected ${JSON.stringify(target)}`);
  }
  if (isNegative) negativeFalsePositives = falsePositives;
  rows.push([file, cases.length, needChange, detected, exactEncoding, exactFixed, changedWrongly, isNegative ? falsePositives : '-'].map(String));
}

const widths = columns.map((column, index) => Math.max(column.length, ...rows.map(row => row[index].length)));
const format = (cells: string[]) => cells.map((cell, index) => cell.padEnd(widths[index])).join('  ');
console.log(format(columns));
for (const row of rows) console.log(format(row));
console.log(
  '\nneed a change: original differs from the target below; detected: the rule reported at least one finding; exact (encoding): text after the fixes equals ftfy\'s ' +
    '`fixed-encoding` (or `fixed` when absent); exact (fixed): equals `fixed` (ftfy\'s full fix_text, which also ' +
    'uncurls quotes and removes control characters); changed wrongly: changed, but not into the target; false ' +
    'positives: a negative case flagged or changed. known-failures.json is informative: ftfy fails those too.',
);
if (misses.length > 0) console.log(`\nnot repaired exactly:\n${misses.join('\n')}`);
process.exit(negativeFalsePositives > 0 ? 1 : 0);
