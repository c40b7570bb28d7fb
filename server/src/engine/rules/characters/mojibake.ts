// characters/mojibake: text whose UTF-8 bytes were decoded with the wrong codec ("Ã©" for "é", "â€™" for "’"),
// repaired by re-encoding the run in that codec and decoding it as UTF-8 (text/mojibake.ts does the work).

import { Article } from '../../article';
import { FindingDraft, Rule } from '../../rule';
import { quoteText } from '../../text/display';
import { MojibakeEdit } from '../../text/mojibake';
import { TextEdit } from '../../types';
import { MAX_FINDINGS_PER_LINE, mojibakeEditsOf } from './lineFindings';

export const mojibakeRule: Rule = {
  id: 'characters/mojibake',
  category: 'characters',
  defaultSeverity: 'warning',
  summary: 'Mojibake: UTF-8 text decoded with the wrong codec ("Ã©" for "é", "â€™" for "’"), repaired in place.',
  check(article: Article): FindingDraft[] {
    const findings: FindingDraft[] = [];
    for (const line of article.lines) {
      if (line.isBlank || line.isPlainAscii) continue;
      const edits = mojibakeEditsOf(article, line).map(edit => ({
        ...edit,
        span: { start: edit.span.start + line.span.start, end: edit.span.end + line.span.start },
      }));
      if (edits.length === 0) continue;
      const runs = groupIntoWords(line.text, line.span.start, edits);
      if (runs.length > MAX_FINDINGS_PER_LINE) findings.push(findingFor(article, runs.flat(), `${runs.length} mojibake sequences on this line`));
      else for (const run of runs) findings.push(findingFor(article, run));
    }
    return findings;
  },
};

/** Edits that are only separated by non-space characters belong to one word and so to one finding. */
function groupIntoWords(lineText: string, lineStart: number, edits: readonly MojibakeEdit[]): MojibakeEdit[][] {
  const groups: MojibakeEdit[][] = [];
  for (const edit of edits) {
    const group = groups[groups.length - 1];
    const previous = group?.[group.length - 1];
    const gap = previous ? lineText.slice(previous.span.end - lineStart, edit.span.start - lineStart) : ' ';
    if (group && !/\s/.test(gap)) group.push(edit);
    else groups.push([edit]);
  }
  return groups;
}

function findingFor(article: Article, edits: readonly MojibakeEdit[], summary?: string): FindingDraft {
  const span = { start: edits[0].span.start, end: edits[edits.length - 1].span.end };
  const original = article.slice(span);
  const textEdits: TextEdit[] = edits.map(edit => ({ span: edit.span, newText: edit.repaired }));
  const repaired = repairedText(original, span.start, textEdits);
  // In order of first mention; edits usually share one misreading, so a list beats a Set.
  const misreadings: string[] = [];
  for (const edit of edits) for (const misreading of edit.misreadings) if (!misreadings.includes(misreading)) misreadings.push(misreading);
  const how = misreadings.join(', then ');
  const repairedShort = quoteText(repaired, 40);
  return {
    span,
    message: `Mojibake (${how}): ${summary ?? `${quoteText(original, 40)} should read ${repairedShort}`}.`,
    evidence:
      `${quoteText(original)} is what ${quoteText(repaired)} looks like when its bytes are decoded wrongly (${how}). ` +
      'Encoding the characters back into those bytes gives valid UTF-8, and the result has fewer of the ' +
      'character sequences typical of mojibake.',
    fixes: [{ title: `Repair mojibake: ${repairedShort}`, kind: 'repair', edits: textEdits }],
  };
}

function repairedText(original: string, offset: number, edits: readonly TextEdit[]): string {
  let result = '';
  let cursor = 0;
  for (const edit of edits) {
    result += original.slice(cursor, edit.span.start - offset) + edit.newText;
    cursor = edit.span.end - offset;
  }
  return result + original.slice(cursor);
}
