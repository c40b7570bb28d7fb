// Finds an article's header — the page title on the first line, lines repeating it, and the zones around headline and
// byline where datelines, bylines and captions sit — once per Article. Not a rule; weak shapes count only inside it.

import { Article, Line } from '../../article';
import { LineShapes, lineShapes } from './lineShapes';
import { countWords, isRegExpSpaceCode } from './words';

export interface PageTitle {
  readonly line: number;
  /** The site name after the last separator ("VentureBeat" in "Headline | VentureBeat"), when there is one. */
  readonly site?: string;
}

export interface ArticleHead {
  /** The first non-blank line when it reads as the page's title, which scrapers put first. */
  readonly pageTitle?: PageTitle;
  /** Lines repeating the page title (or its headline part) before the article body starts. */
  readonly titleRepeats: ReadonlySet<number>;
  /** True for lines inside a header zone. */
  isInHeader(lineIndex: number): boolean;
}

/** Page titles and headlines are short; lines longer than this are never compared with the title. */
export const MAX_TITLE_LENGTH = 300;
/** A page repeats its headline once or twice; a line repeated more often is a recurring label, not a headline. */
const MAX_TITLE_REPEATS = 4;
/** How far a header zone reaches, in non-blank lines, after a headline repeat, the first line, and a byline. */
const HEADER_LINES_AFTER_HEADLINE = 10;
const HEADER_LINES_AFTER_FIRST_LINE = 8;
const HEADER_LINES_AFTER_BYLINE = 8;
/** Datelines also stand just above the headline ("Nov. 20, 2019 6:02 AM EST" then the headline). */
const HEADER_LINES_BEFORE_ANCHOR = 2;
/** Bylines and labelled dates that open a header zone are shorter than this. */
const MAX_ANCHOR_LINE_LENGTH = 200;
/** A body paragraph has at least this many words and ends like a sentence. */
const PROSE_MIN_WORDS = 12;

// " | ", " - ", " – ", " — ", " : ", " :: ", " · ", " • ", " » " between a headline and a site name.
const TITLE_SEPARATOR = /\s(?:\||-|–|—|:|::|·|•|»)\s/g;

const heads = new WeakMap<Article, Map<string, ArticleHead>>();

export function articleHead(article: Article, language: string): ArticleHead {
  let byLanguage = heads.get(article);
  if (!byLanguage) {
    byLanguage = new Map();
    heads.set(article, byLanguage);
  }
  let head = byLanguage.get(language);
  if (!head) {
    head = computeArticleHead(article, lineShapes(article, language));
    byLanguage.set(language, head);
  }
  return head;
}

function computeArticleHead(article: Article, shapes: LineShapes): ArticleHead {
  const { lines } = article;
  const firstLine = nextContentLine(article, -1, Number.POSITIVE_INFINITY);
  const inHeader = new Uint8Array(lines.length);
  if (firstLine < 0) return { titleRepeats: new Set(), isInHeader: () => false };

  // A section that continues a longer document starts mid-page: its first line is no page title and opens no header.
  const opensPage = article.startsDocument;
  const titleCandidates = opensPage ? headlineCandidates(lines[firstLine].text) : new Set<string>();
  // Only lines about as long as a candidate are normalized and compared, and of ASCII lines only those whose
  // normalized length is a candidate's.
  const candidateLengths = [...titleCandidates].map(candidate => candidate.length);
  const exactLengths = new Set(candidateLengths);
  const shortestCandidate = Math.min(...candidateLengths) / 2;
  const longestCandidate = Math.max(...candidateLengths) * 2;
  const titleRepeats: number[] = [];
  for (let index = firstLine + 1; index < lines.length && titleCandidates.size > 0; index++) {
    const line = lines[index];
    if (line.isBlank) continue;
    if (titleRepeats.length > 0 && isProseLine(line.text)) break;
    const length = line.text.length;
    if (length >= shortestCandidate && length <= longestCandidate && mayNormalizeToLength(line.text, exactLengths) && titleCandidates.has(normalizeTitle(line.text))) {
      titleRepeats.push(index);
    }
    if (titleRepeats.length > MAX_TITLE_REPEATS) break;
  }
  if (titleRepeats.length > MAX_TITLE_REPEATS) titleRepeats.length = 0;
  // A text of one line is a fragment, not a page with a title.
  const hasMoreLines = nextContentLine(article, firstLine, Number.POSITIVE_INFINITY) >= 0;
  const pageTitle = opensPage && hasMoreLines ? readPageTitle(lines[firstLine], titleRepeats.length > 0) : undefined;

  const markZone = (anchor: number, linesAfter: number) => {
    inHeader[anchor] = 1;
    let cursor = anchor;
    for (let count = 0; count < HEADER_LINES_BEFORE_ANCHOR; count++) {
      cursor = previousContentLine(article, cursor);
      if (cursor < 0 || isProseLine(lines[cursor].text)) break;
      inHeader[cursor] = 1;
    }
    cursor = anchor;
    for (let count = 0; count < linesAfter; count++) {
      cursor = nextContentLine(article, cursor, Number.POSITIVE_INFINITY);
      if (cursor < 0 || isBodyParagraph(article, cursor, shapes) || isFlattenedMenu(lines[cursor].text)) break;
      inHeader[cursor] = 1;
    }
  };
  // An article that opens with a paragraph has no header at the top.
  if (opensPage && !isProseLine(lines[firstLine].text)) markZone(firstLine, HEADER_LINES_AFTER_FIRST_LINE);
  for (const repeat of titleRepeats) markZone(repeat, HEADER_LINES_AFTER_HEADLINE);
  // A "By …" byline or a labelled date ("Published …") is a header wherever it stands.
  for (const line of lines) {
    if (line.isBlank || line.text.length > MAX_ANCHOR_LINE_LENGTH) continue;
    if (shapes.selfEvidentByline(line.index)?.kind === 'prefixed' || shapes.dateOnly(line.index)?.labelled) markZone(line.index, HEADER_LINES_AFTER_BYLINE);
  }
  return { pageTitle, titleRepeats: new Set(titleRepeats), isInHeader: index => inHeader[index] === 1 };
}

/** A long line that is not prose — a flattened menu or a list of links — closes a header. */
function isFlattenedMenu(text: string): boolean {
  return text.length > MAX_ANCHOR_LINE_LENGTH && !isProseLine(text);
}

/**
 * A prose line that is not a caption or a standfirst: where an article's body starts and its header ends. A body
 * paragraph is not followed by a photo credit (that makes it a caption) nor by a byline or dateline (a standfirst).
 */
function isBodyParagraph(article: Article, index: number, shapes: LineShapes): boolean {
  if (!isProseLine(article.lines[index].text) || shapes.caption(index)) return false;
  const next = nextContentLine(article, index);
  return next < 0 || !(shapes.credit(next) || shapes.byline(next) || shapes.dateOnly(next));
}

function readPageTitle(line: Line, repeated: boolean): PageTitle | undefined {
  const text = line.text.trim();
  if (text.length > MAX_TITLE_LENGTH || !isTitleLike(text)) return undefined;
  const segments = text.split(TITLE_SEPARATOR);
  const site = segments.length >= 2 ? segments[segments.length - 1].trim() : undefined;
  const siteLooksLikeAName = site !== undefined && countWords(site) <= 6 && countWords(segments[0]) >= 2;
  if (siteLooksLikeAName) return { line: line.index, site };
  return repeated ? { line: line.index } : undefined;
}

/** The page title and the parts of it that may be the headline alone: before or after a site separator. */
function headlineCandidates(firstLineText: string): ReadonlySet<string> {
  const candidates = new Set<string>();
  // A first line that is not title-like is a menu or a paragraph, and a paragraph repeated is not a headline.
  if (!isTitleLike(firstLineText)) return candidates;
  const normalized = normalizeTitle(firstLineText);
  const add = (candidate: string, minimumWords: number) => {
    if (countWords(candidate) >= minimumWords) candidates.add(candidate.trim());
  };
  add(normalized, 3);
  for (const separator of normalized.matchAll(TITLE_SEPARATOR)) {
    const at = separator.index ?? 0;
    const before = normalized.slice(0, at);
    const after = normalized.slice(at + separator[0].length);
    add(before, 3);
    // A short site name first ("The Space Review: Seeking a bigger role…"): the headline is what follows. A long
    // first part is the headline itself, and what follows it is the site name, never a headline.
    if (countWords(before) <= 4 && countWords(after) > countWords(before)) add(after, 4);
  }
  return candidates;
}

/** Lower case, one kind of quote and dash, single spaces: how a headline and its page title are compared. */
export function normalizeTitle(text: string): string {
  return text
    .toLowerCase()
    .replace(/[‘’ʼ`´]/g, "'")
    .replace(/[“”„«»]/g, '"')
    .replace(/[–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * False when `normalizeTitle(text)` is surely none of `lengths` long: of an ASCII text the length is counted without
 * making the string. Lower-casing other characters may change their number, so other texts may be of any length.
 */
function mayNormalizeToLength(text: string, lengths: ReadonlySet<number>): boolean {
  let length = 0;
  let spaceBefore = false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 128) return true;
    // A run of what `\s` matches becomes one space, and none is kept at either end.
    if (isRegExpSpaceCode(code)) {
      spaceBefore = length > 0;
      continue;
    }
    if (spaceBefore) length++;
    spaceBefore = false;
    length++;
  }
  return lengths.has(length);
}

/**
 * Title-like: a short line that does not end like a sentence or a clause, starts with a capital, digit or quote
 * and holds letters. Headlines may end in "?" or "!", and never in ".", ",", ":" or ";".
 */
export function isTitleLike(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed.length < 8 || trimmed.length > MAX_TITLE_LENGTH) return false;
  // The tests of single characters first: they rule out most lines before the words are counted.
  if (CLAUSE_ENDINGS.includes(trimmed.charAt(trimmed.length - 1)) && !trimmed.endsWith('...')) return false;
  if (!startsLikeTitle(trimmed)) return false;
  const words = countWords(trimmed, MAX_TITLE_WORDS + 1);
  if (words < 2 || words > MAX_TITLE_WORDS) return false;
  return /\p{L}/u.test(trimmed) && !/https?:|www\./i.test(trimmed);
}

/** A title has at most this many words. */
const MAX_TITLE_WORDS = 30;
/** A line ending in one of these (not in "...") ends like a sentence or a clause, not like a title. */
const CLAUSE_ENDINGS = '.,:;';
const TITLE_START = /^["'‘“«(\p{Lu}\p{Lt}\p{N}]/u;

/** TITLE_START.test(text), without the regular expression when the first character is ASCII. */
function startsLikeTitle(text: string): boolean {
  const code = text.charCodeAt(0);
  if (code >= 128) return TITLE_START.test(text);
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) || code === 0x22 || code === 0x27 || code === 0x28;
}

/** A sentence-like line of at least a dozen words: body text, a long caption or a standfirst with a full stop. */
export function isProseLine(text: string): boolean {
  const trimmed = text.trimEnd();
  // Ends in ".", "!", "?" or "…", perhaps before closing quotes and brackets (read from the end, not matched).
  let end = trimmed.length;
  while (end > 0 && SENTENCE_CLOSERS.includes(trimmed.charAt(end - 1))) end--;
  if (end === 0 || !SENTENCE_ENDINGS.includes(trimmed.charAt(end - 1))) return false;
  return countWords(trimmed, PROSE_MIN_WORDS) >= PROSE_MIN_WORDS;
}

const SENTENCE_ENDINGS = '.!?…';
const SENTENCE_CLOSERS = '"\'”’)]';

/** The nearest non-blank line before `index` with at most `maxBlankLines` blank lines between, or -1. */
export function previousContentLine(article: Article, index: number, maxBlankLines = 2): number {
  let blanks = 0;
  for (let cursor = index - 1; cursor >= 0; cursor--) {
    if (!article.lines[cursor].isBlank) return cursor;
    if (++blanks > maxBlankLines) return -1;
  }
  return -1;
}

/** The nearest non-blank line after `index` with at most `maxBlankLines` blank lines between, or -1. */
export function nextContentLine(article: Article, index: number, maxBlankLines = 2): number {
  let blanks = 0;
  for (let cursor = index + 1; cursor < article.lines.length; cursor++) {
    if (!article.lines[cursor].isBlank) return cursor;
    if (++blanks > maxBlankLines) return -1;
  }
  return -1;
}
