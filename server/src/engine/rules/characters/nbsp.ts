// characters/nbsp: no-break and other unusual spaces (U+00A0, U+202F, U+2000–U+200A, U+3000…) that a plain space
// would do, replaced by plain spaces; typographic uses (French punctuation, digit groups, CJK) are left alone.

import { Article } from '../../article';
import { FindingDraft, Rule } from '../../rule';
import { codePointName, quoteText } from '../../text/display';
import { isInsideAny, mojibakeSpansOf, RunOnLine, findingsForRuns } from './lineFindings';

const UNUSUAL_SPACE_RUN = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]+/g;
const HAS_UNUSUAL_SPACE = new RegExp(UNUSUAL_SPACE_RUN.source);
const NO_BREAK_ONLY = /^[\u00A0\u202F]+$/;
// French typography puts a (narrow) no-break space before these and after the opening guillemets.
const FRENCH_BEFORE = /[;:!?»›]/;
const FRENCH_AFTER = /[«‹]/;
// Digit grouping ("1 000 000", "10 000 €") uses no-break, narrow no-break or figure spaces on purpose.
const DIGIT_GROUP_SPACE = /^[\u00A0\u202F\u2007]$/;
// The ideographic space is the ordinary space of Chinese, Japanese and Korean text.
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Bopomofo}\u3000-\u303F\uFF00-\uFFEF]/u;

const NAMES: Record<number, string> = {
  0x00a0: 'no-break space',
  0x1680: 'ogham space mark',
  0x2007: 'figure space',
  0x2009: 'thin space',
  0x200a: 'hair space',
  0x202f: 'narrow no-break space',
  0x205f: 'medium mathematical space',
  0x3000: 'ideographic space',
};

export const nbspRule: Rule = {
  id: 'characters/nbsp',
  category: 'characters',
  defaultSeverity: 'info',
  summary: 'No-break and other unusual spaces (U+00A0, U+202F, U+2000–U+200A, U+3000) replaced by plain spaces.',
  check(article: Article): FindingDraft[] {
    const runs: RunOnLine[] = [];
    for (const line of article.lines) {
      if (line.isPlainAscii || !HAS_UNUSUAL_SPACE.test(line.text)) continue;
      let mojibake: ReturnType<typeof mojibakeSpansOf> | undefined;
      for (const match of line.text.matchAll(UNUSUAL_SPACE_RUN)) {
        const start = line.span.start + (match.index ?? 0);
        const end = start + match[0].length;
        const before = article.text[start - 1] ?? '';
        const after = article.text[end] ?? '';
        if (isTypographic(match[0], before, after)) continue;
        if (match[0].includes('\u00A0')) {
          // "Ã\u00A0" is the mojibake of "à": characters/mojibake repairs it whole.
          mojibake ??= mojibakeSpansOf(article, line);
          if (isInsideAny(mojibake, start)) continue;
        }
        const kinds = [...new Set(Array.from(match[0], character => `${NAMES[character.charCodeAt(0)] ?? 'unusual space'} (${codePointName(character)})`))];
        const what = match[0].length === 1 ? kinds[0] : `${match[0].length} unusual spaces: ${kinds.join(', ')}`;
        runs.push({
          edit: { span: { start, end }, newText: ' '.repeat(match[0].length) },
          message: `${what[0].toUpperCase()}${what.slice(1)} where a plain space will do.`,
          evidence: `Found ${quoteText(match[0])}: it looks like a space but is not one to search, tokenizers and exact-match tools.`,
          fixTitle: match[0].length === 1 ? 'Replace with a plain space' : 'Replace with plain spaces',
        });
      }
    }
    return findingsForRuns(article, runs, count => ({
      message: `${count} runs of no-break or unusual spaces on this line.`,
      evidence: 'The line uses no-break or unusual spaces in several places where plain spaces will do.',
      fixTitle: 'Replace the unusual spaces on this line with plain spaces',
    }));
  },
};

function isTypographic(run: string, before: string, after: string): boolean {
  if (NO_BREAK_ONLY.test(run) && (FRENCH_BEFORE.test(after) || FRENCH_AFTER.test(before))) return true;
  if (DIGIT_GROUP_SPACE.test(run) && /\d/.test(before) && /\d/.test(after)) return true;
  return /^\u3000+$/.test(run) && (CJK.test(before) || CJK.test(after) || before === '' || before === '\n' || before === '\r');
}
