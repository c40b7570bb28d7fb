// A long page dump for tests of long documents: the shipped samples one after another until a length, each copy
// numbered ("Page 12") so that no two parts of the dump are the same text, whose lint results would be reused.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const samplesFolder = join(new URL('../..', import.meta.url).pathname, 'samples');
const SAMPLES = readdirSync(samplesFolder)
  .filter(name => name.endsWith('.txt'))
  .sort()
  .map(name => readFileSync(join(samplesFolder, name), 'utf8'));

/** At least `length` characters of numbered sample pages, every line break written as `lineBreak`. */
export function pageDump(length: number, lineBreak = '\n'): string {
  const pages: string[] = [];
  for (let copy = 0, total = 0; total < length; copy++) {
    const page = `Page ${copy}${lineBreak}${lineBreak}${SAMPLES[copy % SAMPLES.length].replace(/\r\n?|\n/g, lineBreak).trimEnd()}${lineBreak}${lineBreak}`;
    pages.push(page);
    total += page.length;
  }
  return pages.join('');
}
