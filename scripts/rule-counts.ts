// Per-rule counts on the Article Extraction Benchmark pages (../shared/data/aeb-dev): how many lines each rule flags,
// and how many of those are lines of the gold article body (the lines `extract --body` would wrongly drop for noise
// and metadata rules). Run after changing a rule: `npx tsx scripts/rule-counts.ts [--show RULE]`.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { lintArticle } from '../server/src/engine/lint';

const dataDirectory = resolve(process.env.AEB_DATA ?? join(new URL('..', import.meta.url).pathname, '../shared/data/aeb-dev'));
if (!existsSync(dataDirectory)) {
  console.error(`rule-counts: no benchmark data at ${dataDirectory} (expected ../shared/data/aeb-dev next to the repository; set AEB_DATA to override)`);
  process.exit(2);
}
const showIndex = process.argv.indexOf('--show');
const showRule = showIndex >= 0 ? process.argv[showIndex + 1] : undefined;

const normalize = (line: string) => line.trim().replace(/\s+/g, ' ');
const counts = new Map<string, { findings: number; lines: number; goldLines: number }>();
const shown: string[] = [];
const pages = readdirSync(dataDirectory).filter(name => name.endsWith('.raw.txt')).sort();
for (const page of pages) {
  const raw = readFileSync(join(dataDirectory, page), 'utf8');
  const gold = new Set(readFileSync(join(dataDirectory, page.replace('.raw.txt', '.body.txt')), 'utf8').split('\n').map(normalize).filter(Boolean));
  const { article, findings } = lintArticle(raw);
  for (const finding of findings) {
    const count = counts.get(finding.rule) ?? { findings: 0, lines: 0, goldLines: 0 };
    count.findings++;
    const first = article.lineAt(finding.span.start).index;
    const last = article.lineAt(Math.max(finding.span.start, finding.span.end - 1)).index;
    for (let index = first; index <= last; index++) {
      const line = article.lines[index];
      if (line.isBlank) continue;
      count.lines++;
      const inGold = gold.has(normalize(line.text));
      if (inGold) count.goldLines++;
      if (finding.rule === showRule) shown.push(`${inGold ? 'GOLD ' : '     '}${page.slice(0, 12)} ${line.text.slice(0, 110)}`);
    }
    counts.set(finding.rule, count);
  }
}
console.log(`${pages.length} pages in ${dataDirectory}`);
console.log('rule                          findings  flagged lines  of which gold-body lines');
for (const [rule, count] of [...counts].sort(([a], [b]) => a.localeCompare(b))) {
  console.log(`${rule.padEnd(30)}${String(count.findings).padStart(8)}${String(count.lines).padStart(15)}${String(count.goldLines).padStart(26)}`);
}
if (showRule) console.log(shown.join('\n'));
