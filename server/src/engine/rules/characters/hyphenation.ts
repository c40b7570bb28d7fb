// characters/hyphenation: words broken across two lines by hyphenation ("govern-" / "ment"), rejoined; compounds
// that were broken at their own hyphen ("Jean-" / "Pierre") are rejoined keeping the hyphen.

import { Article, Line } from '../../article';
import { lexiconFor, perLanguage } from '../../lexicon';
import characterLexiconFile from '../../lexicons/characters.json';
import { FindingDraft, Rule, RuleContext } from '../../rule';
import { quoteText } from '../../text/display';
import { lineBreakOf } from './lineFindings';

type CharacterLexicon = (typeof characterLexiconFile)['en'];

const compoundFirstParts = perLanguage(language => {
  const entry = lexiconFor<Partial<CharacterLexicon>>(characterLexiconFile, language);
  return new Set((entry.compoundFirstParts ?? characterLexiconFile.en.compoundFirstParts).map(word => word.toLowerCase()));
});

/** Longest word part looked at on either side of the break; longer runs of letters are not words. */
const MAX_PART_LENGTH = 40;
const SOFT_HYPHEN = '\u00AD';
const HYPHENS = new Set(['-', '\u2010', SOFT_HYPHEN]);
const LETTER = /[\p{L}\p{M}]/u;
const WORD_CHARACTER = /[\p{L}\p{M}\p{N}]/u;
// Words of the article, hyphenated compounds kept whole, for "is this word written elsewhere, and how?".
const WORD = /[\p{L}\p{M}]+(?:[-\u2010][\p{L}\p{M}]+)*/gu;

type Decision = { readonly join: boolean; readonly reason: string; readonly certain: boolean };

export const hyphenationRule: Rule = {
  id: 'characters/hyphenation',
  category: 'characters',
  defaultSeverity: 'warning',
  summary: 'Words broken across lines by hyphenation ("govern-" / "ment") rejoined; broken compounds keep their hyphen.',
  check(article: Article, context: RuleContext): FindingDraft[] {
    const findings: FindingDraft[] = [];
    let words: Set<string> | undefined;
    for (const line of article.lines) {
      const next = article.lines[line.index + 1];
      if (line.isBlank || !next || next.isBlank) continue;
      const broken = brokenWordAt(line, next);
      if (!broken) continue;
      words ??= wordsOf(article.text);
      const decision = decide(broken, words, compoundFirstParts(context.language));
      findings.push(findingFor(article, line, next, broken, decision));
    }
    return findings;
  },
};

interface BrokenWord {
  /** The part before the hyphen, where it starts, and the hyphen's offset. */
  readonly first: string;
  readonly firstStart: number;
  readonly hyphen: string;
  readonly hyphenOffset: number;
  /** The part after the break and where it ends. */
  readonly second: string;
  readonly secondStart: number;
  readonly secondEnd: number;
  /** True when the first part itself follows a hyphen ("up-to-" / "date"). */
  readonly continuesCompound: boolean;
}

/** Scans backwards from the line end and forwards into the next line by hand, so 1 MB lines stay linear. */
function brokenWordAt(line: Line, next: Line): BrokenWord | undefined {
  const text = line.text;
  let end = text.length;
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  const hyphen = text[end - 1];
  if (end < 2 || !HYPHENS.has(hyphen)) return undefined;
  let start = end - 1;
  while (start > 0 && end - 1 - start < MAX_PART_LENGTH && LETTER.test(text[start - 1])) start--;
  const first = text.slice(start, end - 1);
  if (first.length === 0 || (start > 0 && LETTER.test(text[start - 1])) || /\p{M}/u.test(first[0])) return undefined;
  const nextText = next.text;
  let secondStart = 0;
  while (secondStart < nextText.length && (nextText[secondStart] === ' ' || nextText[secondStart] === '\t')) secondStart++;
  let secondEnd = secondStart;
  while (secondEnd < nextText.length && secondEnd - secondStart < MAX_PART_LENGTH && WORD_CHARACTER.test(nextText[secondEnd])) secondEnd++;
  const second = nextText.slice(secondStart, secondEnd);
  if (second.length === 0 || (secondEnd < nextText.length && WORD_CHARACTER.test(nextText[secondEnd]))) return undefined;
  return {
    first,
    firstStart: line.span.start + start,
    hyphen,
    hyphenOffset: line.span.start + end - 1,
    second,
    secondStart: next.span.start + secondStart,
    secondEnd: next.span.start + secondEnd,
    continuesCompound: start > 0 && HYPHENS.has(text[start - 1]),
  };
}

function decide(broken: BrokenWord, words: ReadonlySet<string>, firstParts: ReadonlySet<string>): Decision {
  const { first, second } = broken;
  const joined = `${first}${second}`.toLowerCase();
  const hyphenated = `${first}-${second}`.toLowerCase();
  if (broken.hyphen === SOFT_HYPHEN) return { join: true, reason: 'the break is a soft hyphen, which only marks where a word may be split', certain: true };
  if (!/^\p{Ll}/u.test(second)) return { join: false, reason: `"${second}" starts with ${/^\p{N}/u.test(second) ? 'a digit' : 'a capital'}, as the second part of a compound does`, certain: true };
  if (words.has(joined)) return { join: true, reason: `"${joined}" is written without a hyphen elsewhere in the article`, certain: true };
  if (words.has(hyphenated)) return { join: false, reason: `"${hyphenated}" is written with a hyphen elsewhere in the article`, certain: true };
  if (broken.continuesCompound) return { join: false, reason: `"${first}" is already part of a hyphenated compound`, certain: true };
  if (firstParts.has(first.toLowerCase())) return { join: false, reason: `"${first}" usually starts a hyphenated compound`, certain: true };
  // Typesetters leave at least two letters on each side of a break; a one-letter part is a compound (e-mail, x-ray).
  if (first.length < 2 || second.length < 2) return { join: false, reason: 'one side of the break is a single letter, which hyphenation never leaves', certain: true };
  return { join: true, reason: 'both parts are lowercase and the first is not a usual compound prefix', certain: false };
}

function wordsOf(text: string): Set<string> {
  const words = new Set<string>();
  for (const match of text.matchAll(WORD)) {
    const word = match[0].toLowerCase();
    // Most words have no U+2010 hyphen: the replace is not run on every word of the article.
    words.add(word.includes('\u2010') ? word.replace(/\u2010/g, '-') : word);
  }
  return words;
}

function findingFor(article: Article, line: Line, next: Line, broken: BrokenWord, decision: Decision): FindingDraft {
  const { text } = article;
  const result = decision.join ? `${broken.first}${broken.second}` : `${broken.first}-${broken.second}`;
  // Move the second part up and keep the line break after it, so hard-wrapped text keeps its shape: "the govern-" /
  // "ment said" becomes "the government" / "said". When the part was all the next line held, the lines merge.
  // Punctuation glued to the second part ("ment," / "vember.") moves up with it.
  let movedEnd = broken.secondEnd;
  while (movedEnd < next.span.end && text[movedEnd] !== ' ' && text[movedEnd] !== '\t') movedEnd++;
  let end = movedEnd;
  while (end < next.span.end && (text[end] === ' ' || text[end] === '\t')) end++;
  const restOfLine = end < next.span.end;
  const editStart = decision.join ? broken.hyphenOffset : broken.hyphenOffset + 1;
  const newText = `${text.slice(broken.secondStart, movedEnd)}${restOfLine ? lineBreakOf(article, line) : ''}`;
  const shown = `${broken.first}${broken.hyphen === SOFT_HYPHEN ? '\u00AD' : broken.hyphen}⏎${broken.second}`;
  return {
    span: { start: broken.firstStart, end },
    message: decision.join
      ? `Word broken across lines: ${quoteText(shown)} should read ${quoteText(result)}.`
      : `Compound broken across lines: ${quoteText(shown)} should read ${quoteText(result)}.`,
    evidence: `The line ends in ${quoteText(`${broken.first}${broken.hyphen}`)} and the next starts with ${quoteText(broken.second)}; ${decision.reason}.`,
    confidence: decision.certain ? 'high' : 'medium',
    fixes: [{ title: `Rejoin as ${quoteText(result)}`, kind: 'repair', edits: [{ span: { start: editStart, end }, newText }] }],
  };
}
