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
const WORD_AT = new RegExp(WORD.source, 'uy');

type Decision = { readonly join: boolean; readonly reason: string; readonly certain: boolean };

export const hyphenationRule: Rule = {
  id: 'characters/hyphenation',
  category: 'characters',
  defaultSeverity: 'warning',
  summary: 'Words broken across lines by hyphenation ("govern-" / "ment") rejoined; broken compounds keep their hyphen.',
  check(article: Article, context: RuleContext): FindingDraft[] {
    const breaks: { line: Line; next: Line; broken: BrokenWord }[] = [];
    for (const line of article.lines) {
      const next = article.lines[line.index + 1];
      if (line.isBlank || !next || next.isBlank) continue;
      const broken = brokenWordAt(line, next);
      if (broken) breaks.push({ line, next, broken });
    }
    if (breaks.length === 0) return [];
    // The article is asked only about the two spellings of each broken word, not read into a set of all its words.
    const words = spellingsWrittenIn(article.text, breaks.flatMap(({ broken }) => [joinedSpelling(broken), hyphenatedSpelling(broken)]));
    return breaks.map(({ line, next, broken }) => findingFor(article, line, next, broken, decide(broken, words, compoundFirstParts(context.language))));
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

function joinedSpelling(broken: BrokenWord): string {
  return `${broken.first}${broken.second}`.toLowerCase();
}

function hyphenatedSpelling(broken: BrokenWord): string {
  return `${broken.first}-${broken.second}`.toLowerCase();
}

/** `words`: which of the broken words' two spellings the article writes elsewhere (see spellingsWrittenIn). */
function decide(broken: BrokenWord, words: ReadonlySet<string>, firstParts: ReadonlySet<string>): Decision {
  const { first, second } = broken;
  const joined = joinedSpelling(broken);
  const hyphenated = hyphenatedSpelling(broken);
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

/**
 * The `spellings` (lower case) that are, lower-cased and with U+2010 read as "-", a word of `text` (a match of WORD:
 * hyphenated compounds are one word). With a few spellings, each is looked for in the lower-cased text and an
 * occurrence counts when it stands as a whole word; the word scan (a Unicode regex over the whole text) was about a
 * tenth of the lint of a section with a broken word in it.
 */
export function spellingsWrittenIn(text: string, spellings: readonly string[]): Set<string> {
  const wanted = new Set(spellings);
  const lower = wanted.size <= MAX_SPELLINGS_LOOKED_UP ? lowerCasedLikeEachWord(text) : undefined;
  if (lower === undefined) return spellingsOfEveryWord(text, wanted);
  const found = new Set<string>();
  for (const spelling of wanted) {
    for (let at = lower.indexOf(spelling); at >= 0; at = lower.indexOf(spelling, at + 1)) {
      if (isWholeWord(text, at, at + spelling.length)) {
        found.add(spelling);
        break;
      }
    }
  }
  return found;
}

/** More spellings than this are found with one scan of every word: a search per spelling would read the text as often. */
const MAX_SPELLINGS_LOOKED_UP = 32;

/**
 * `text` lower-cased, with U+2010 as "-", character for character as lower-casing each word apart would give; undefined
 * when that may differ. Lower-casing is context-free except for "Σ" (final "ς" depends on what follows the word) and
 * changes the length only for "İ".
 */
function lowerCasedLikeEachWord(text: string): string | undefined {
  if (text.includes('\u03A3') || text.includes('\u0130')) return undefined;
  const lower = text.toLowerCase();
  if (lower.length !== text.length) return undefined;
  return lower.includes('\u2010') ? lower.replace(/\u2010/g, '-') : lower;
}

/**
 * True when `text.slice(start, end)` is a match of WORD: a word of that length starts there (so nothing word-like
 * follows it), and no letter or mark comes before it, nor a hyphen after a letter (it would be part of a compound).
 */
function isWholeWord(text: string, start: number, end: number): boolean {
  WORD_AT.lastIndex = start;
  const word = WORD_AT.exec(text);
  // With the u flag a search from inside a surrogate pair starts at the pair: that word does not start at `start`.
  if (word?.index !== start || word[0].length !== end - start) return false;
  const before = codePointBefore(text, start);
  if (before === undefined) return true;
  if (isLetterOrMark(before)) return false;
  if (before !== 0x2d && before !== 0x2010) return true;
  const beforeHyphen = codePointBefore(text, start - 1);
  return beforeHyphen === undefined || !isLetterOrMark(beforeHyphen);
}

function codePointBefore(text: string, index: number): number | undefined {
  if (index <= 0) return undefined;
  const code = text.charCodeAt(index - 1);
  const isLowSurrogate = code >= 0xdc00 && code <= 0xdfff;
  return isLowSurrogate && index >= 2 && /[\uD800-\uDBFF]/.test(text[index - 2]) ? text.codePointAt(index - 2) : code;
}

function isLetterOrMark(codePoint: number): boolean {
  return LETTER.test(String.fromCodePoint(codePoint));
}

/** The spellings among the lower-cased words of `text`, one word at a time. */
function spellingsOfEveryWord(text: string, wanted: ReadonlySet<string>): Set<string> {
  const lengths = new Set([...wanted].map(spelling => spelling.length));
  const longest = Math.max(...lengths);
  const found = new Set<string>();
  // The search may stop early, so it starts its own scan of the shared global pattern from the beginning.
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match !== null && found.size < wanted.size; match = WORD.exec(text)) {
    const written = match[0];
    // Lower-casing never shortens a word and lengthens it only by the dot of "İ": a word of another length than every
    // spelling is skipped without being lower-cased.
    if (written.length > longest || (!lengths.has(written.length) && !written.includes('\u0130'))) continue;
    const lower = written.toLowerCase();
    // Most words have no U+2010 hyphen: the replace is not run on every word of the article.
    const spelling = lower.includes('\u2010') ? lower.replace(/\u2010/g, '-') : lower;
    if (wanted.has(spelling)) found.add(spelling);
  }
  return found;
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
