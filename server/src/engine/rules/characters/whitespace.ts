// characters/whitespace: runs of spaces inside a line, tabs between words and trailing spaces or tabs, collapsed
// to one space or trimmed. Leading indentation and tab-separated tables (two tabbed lines in a block, or two
// tabbed gaps in a line) are left alone.

import { Article, Line } from '../../article';
import { FindingDraft, Rule } from '../../rule';
import { RunOnLine, findingsForRuns } from './lineFindings';

export const whitespaceRule: Rule = {
  id: 'characters/whitespace',
  category: 'characters',
  defaultSeverity: 'info',
  summary: 'Repeated spaces and tabs between words, and trailing whitespace, collapsed to one space or trimmed.',
  check(article: Article): FindingDraft[] {
    const runs: RunOnLine[] = [];
    const tabularBlocks = blocksWithTables(article);
    for (const line of article.lines) {
      const isTable = (line.blockIndex >= 0 && tabularBlocks.has(line.blockIndex)) || innerTabRuns(line.text) >= 2;
      // A loop, not push(...spread): a 1 MB line can hold more runs than a call has room for arguments.
      for (const run of runsOnLine(line, isTable)) runs.push(run);
    }
    return findingsForRuns(article, runs, count => ({
      message: `${count} runs of extra whitespace on this line.`,
      evidence: 'The line has repeated spaces or tabs in several places.',
      fixTitle: 'Collapse the whitespace on this line',
    }));
  },
};

const isSpaceOrTab = (code: number) => code === 0x20 || code === 0x09;

function runsOnLine(line: Line, isTable: boolean): RunOnLine[] {
  const text = line.text;
  // Most lines have neither a double space, a tab, nor trailing whitespace: native searches rule them out faster
  // than the character scan below.
  if (!text.includes('  ') && !text.includes('\t') && !isSpaceOrTab(text.charCodeAt(text.length - 1))) return [];
  const runs: RunOnLine[] = [];
  let contentEnd = text.length;
  while (contentEnd > 0 && isSpaceOrTab(text.charCodeAt(contentEnd - 1))) contentEnd--;
  // Leading whitespace is indentation (code, verse, quoted replies): not this rule's business.
  let index = 0;
  while (index < contentEnd && isSpaceOrTab(text.charCodeAt(index))) index++;
  while (index < contentEnd) {
    if (!isSpaceOrTab(text.charCodeAt(index))) {
      index++;
      continue;
    }
    const runStart = index;
    let hasTab = false;
    while (index < contentEnd && isSpaceOrTab(text.charCodeAt(index))) {
      if (text.charCodeAt(index) === 0x09) hasTab = true;
      index++;
    }
    const length = index - runStart;
    if ((length < 2 && !hasTab) || (hasTab && isTable)) continue;
    const start = line.span.start + runStart;
    const what = hasTab ? (length === 1 ? 'A tab between words' : 'Spaces and tabs between words') : `${length} spaces between words`;
    runs.push({
      edit: { span: { start, end: line.span.start + index }, newText: ' ' },
      message: `${what}.`,
      evidence: `${length} whitespace characters${hasTab ? ', including a tab,' : ''} separate two words; scraped layout leaves these behind, and they make the same sentence look different to exact matching and deduplication.`,
      fixTitle: 'Collapse to one space',
    });
  }
  if (contentEnd < text.length) {
    const start = line.span.start + contentEnd;
    const length = text.length - contentEnd;
    runs.push({
      edit: { span: { start, end: line.span.end }, newText: '' },
      message: contentEnd === 0 ? 'Whitespace on an otherwise empty line.' : 'Trailing whitespace.',
      evidence: `${length} space${length === 1 ? '' : 's'} or tab${length === 1 ? '' : 's'} at the end of the line, invisible but part of the text.`,
      fixTitle: 'Remove trailing whitespace',
    });
  }
  return runs;
}

function innerTabRuns(text: string): number {
  return text.includes('\t') ? (text.match(/\S\t+(?=\S)/g) ?? []).length : 0;
}

/** Blocks where at least two lines have a tab between words: tab-separated tables, whose tabs are columns. */
function blocksWithTables(article: Article): Set<number> {
  const linesWithInnerTabs = new Map<number, number>();
  for (const line of article.lines) {
    if (line.blockIndex < 0 || innerTabRuns(line.text) === 0) continue;
    linesWithInnerTabs.set(line.blockIndex, (linesWithInnerTabs.get(line.blockIndex) ?? 0) + 1);
  }
  return new Set([...linesWithInnerTabs].filter(([, count]) => count >= 2).map(([block]) => block));
}
