// characters/invisible: invisible characters scrapers leave in text (zero-width space, word joiner, BOM, soft
// hyphen, control characters), removed in place, one finding per run.

import { Article } from '../../article';
import { FindingDraft, Rule } from '../../rule';
import { codePointName, quoteText } from '../../text/display';
import { isInsideAny, mojibakeSpansOf, RunOnLine, findingsForRuns } from './lineFindings';

// C0 controls except tab, LF and CR; DEL; C1 controls; soft hyphen; zero-width space; word joiner and the invisible
// math operators; deprecated format characters; BOM / zero-width no-break space; interlinear annotation marks.
// Joiners and bidi marks are characters/joiners-and-bidi's; U+FFFD is characters/replacement-character's.
const INVISIBLE_RUN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u200B\u2060-\u2064\u206A-\u206F\uFEFF\uFFF9-\uFFFB]+/g;
const HAS_INVISIBLE = new RegExp(INVISIBLE_RUN.source);

// Controls that separated things (vertical tab, form feed, the information separators): removing them outright
// could glue two words together, so between two non-space characters they become a space.
const SEPARATOR_CONTROLS = /[\u000B\u000C\u001C-\u001F]/;

export const invisibleRule: Rule = {
  id: 'characters/invisible',
  category: 'characters',
  defaultSeverity: 'warning',
  summary: 'Invisible characters (zero-width space, word joiner, stray BOM, soft hyphen, control characters), removed.',
  check(article: Article): FindingDraft[] {
    const runs: RunOnLine[] = [];
    for (const line of article.lines) {
      if (line.isPlainAscii || !HAS_INVISIBLE.test(line.text)) continue;
      let mojibake: ReturnType<typeof mojibakeSpansOf> | undefined;
      for (const match of line.text.matchAll(INVISIBLE_RUN)) {
        const start = line.span.start + (match.index ?? 0);
        // Split the run where characters belong to a mojibake repair or to a hyphenation break.
        let runStart = -1;
        for (let offset = start; offset <= start + match[0].length; offset++) {
          const atEnd = offset === start + match[0].length;
          let keep = !atEnd;
          if (keep && isPossiblyMojibake(article.text.charCodeAt(offset))) {
            mojibake ??= mojibakeSpansOf(article, line);
            keep = !isInsideAny(mojibake, offset);
          }
          if (keep && isSoftHyphenAtBreak(article, line.index, offset)) keep = false;
          if (keep && runStart < 0) runStart = offset;
          if (!keep && runStart >= 0) {
            runs.push(runFor(article, runStart, offset));
            runStart = -1;
          }
        }
      }
    }
    return findingsForRuns(article, runs, count => ({
      message: `${count} runs of invisible characters on this line.`,
      evidence: 'The line holds invisible characters in several places; they render as nothing but split or glue words for search and tokenizers.',
      fixTitle: 'Remove the invisible characters on this line',
    }));
  },
};

/** C1 controls (U+0080–U+009F) and the soft hyphen can be bytes of UTF-8 mojibake; ASCII controls cannot. */
function isPossiblyMojibake(code: number): boolean {
  return code >= 0x80 && code <= 0xad;
}

/** A soft hyphen ending a line that continues on the next is a hyphenation break: characters/hyphenation's. */
function isSoftHyphenAtBreak(article: Article, lineIndex: number, offset: number): boolean {
  const line = article.lines[lineIndex];
  const next = article.lines[lineIndex + 1];
  return article.text.charCodeAt(offset) === 0xad && offset === line.span.end - 1 && next !== undefined && !next.isBlank;
}

function runFor(article: Article, start: number, end: number): RunOnLine {
  const text = article.text.slice(start, end);
  const kinds = [...new Set(Array.from(text, describe))];
  const before = article.text[start - 1];
  const after = article.text[end];
  const betweenText = before !== undefined && after !== undefined && /\S/.test(before) && /\S/.test(after);
  const newText = SEPARATOR_CONTROLS.test(text) && betweenText ? ' ' : '';
  const what = text.length === 1 ? `Invisible character: ${kinds[0]}` : `${text.length} invisible characters: ${kinds.join(', ')}`;
  return {
    edit: { span: { start, end }, newText },
    message: `${what}.`,
    evidence: `Found ${quoteText(text)}: ${text.length === 1 ? 'it shows' : 'they show'} as nothing in most editors but ${text.length === 1 ? 'splits' : 'split'} or ${text.length === 1 ? 'glues' : 'glue'} words for search, tokenizers and diff tools.`,
    fixTitle: newText === ' ' ? 'Replace with a space' : text.length === 1 ? `Remove ${kinds[0]}` : 'Remove the invisible characters',
  };
}

function describe(character: string): string {
  const code = character.charCodeAt(0);
  const name = codePointName(character);
  if (code === 0x200b) return `zero-width space (${name})`;
  if (code === 0x2060) return `word joiner (${name})`;
  if (code === 0xfeff) return `byte order mark (${name})`;
  if (code === 0x00ad) return `soft hyphen (${name})`;
  if (code === 0x0000) return `NUL (${name})`;
  if (code === 0x007f) return `delete control (${name})`;
  if (code < 0x20) return `control character (${name})`;
  if (code >= 0x80 && code <= 0x9f) return `C1 control character (${name})`;
  return `invisible format character (${name})`;
}
