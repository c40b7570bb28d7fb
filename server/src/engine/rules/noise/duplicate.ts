// noise/duplicate: lines and paragraphs that repeat earlier text of the article (a second copy of the menu, a
// paragraph the scraper emitted twice). The first occurrence is kept; the repeats are the finding.

import { FindingDraft, Rule } from '../../rule';
import { isInsideBody, layoutOf } from './layout';
import { groupTouchingLines, linesFinding } from './lineRuns';

// Short repeats ("Facebook", "Company Town") are only noise when they come as a run of repeats; a line this long
// repeated on its own is already a duplicate paragraph.
const MIN_WORDS_ALONE = 4;
/** Inside the body an article may repeat a short sentence on purpose ("No injuries were reported."). */
const MIN_WORDS_ALONE_IN_BODY = 6;
const MIN_LENGTH_ALONE = 20;
const MIN_RUN_OF_SHORT_REPEATS = 3;
const MAX_KEYED_LENGTH = 200;

export const duplicateRule: Rule = {
  id: 'noise/duplicate',
  category: 'noise',
  defaultSeverity: 'warning',
  summary: 'Lines and paragraphs that repeat earlier text of the same article, such as a second copy of a menu.',
  check(article) {
    const layout = layoutOf(article);
    // Short lines compare by phrase key (case and edge punctuation ignored); long lines by their exact text, which
    // avoids normalizing every paragraph of a large article. One map each, so no key or paragraph is copied into a
    // prefixed string to keep them apart.
    const firstSeenByKey = new Map<string, number>();
    const firstSeenByText = new Map<string, number>();
    const repeats = new Map<number, number>();
    for (const line of article.lines) {
      if (line.isBlank) continue;
      const features = layout.features[line.index];
      if (features.key === '') continue;
      const keyed = features.length <= MAX_KEYED_LENGTH;
      const firstSeen = keyed ? firstSeenByKey : firstSeenByText;
      const identity = keyed ? features.key : line.text.trim();
      const earlier = firstSeen.get(identity);
      if (earlier === undefined) firstSeen.set(identity, line.index);
      else repeats.set(line.index, earlier);
    }
    const findings: FindingDraft[] = [];
    const repeatedLines = [...repeats.keys()];
    const longEnough = (index: number) =>
      layout.features[index].words >= (isInsideBody(layout, index) ? MIN_WORDS_ALONE_IN_BODY : MIN_WORDS_ALONE) &&
      layout.features[index].length >= MIN_LENGTH_ALONE;
    let cursor = 0;
    for (const [first, last] of groupTouchingLines(article, repeatedLines)) {
      // Runs come in line order, so the repeats of this run are the next ones in `repeatedLines`.
      const runLines: number[] = [];
      while (cursor < repeatedLines.length && repeatedLines[cursor] <= last) runLines.push(repeatedLines[cursor++]);
      if (runLines.length >= MIN_RUN_OF_SHORT_REPEATS || runLines.every(longEnough)) {
        findings.push(repeatFinding(first, last, runLines));
      } else {
        // A short run of short repeats is not noise by itself; keep only the repeats long enough to stand alone.
        for (const index of runLines.filter(longEnough)) findings.push(repeatFinding(index, index, [index]));
      }
    }
    return findings;

    function repeatFinding(first: number, last: number, runLines: readonly number[]): FindingDraft {
      const original = repeats.get(runLines[0]) ?? 0;
      const message = runLines.length === 1 ? 'Line repeats earlier text' : `${runLines.length} lines repeat earlier text`;
      // A distance, not a line number: a section of a long document (sections.ts) does not know its first line's number.
      const distance = runLines[0] - original;
      const where = distance === 1 ? 'on the line above' : `${distance} lines above`;
      const evidence = runLines.length === 1 ? `the same text is ${where}` : `each line repeats an earlier one; the first repeats the text ${where}`;
      return linesFinding(article, first, last, message, evidence);
    }
  },
};
