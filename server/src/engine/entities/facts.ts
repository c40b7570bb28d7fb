// Facts the article itself states about its entities: acronym definitions ("Collective Security Treaty Organization
// (CSTO)"), roles given in apposition ("the head of … Andrey Kartapolov", "Kartapolov, the head of …") and member
// lists ("six post-Soviet countries: Armenia, Belarus, …"). Pure pattern matching over the text and its mentions.

import { Article } from '../article';
import factCueLexicon from '../lexicons/knowledge.factCues.json';
import stopwordLexicon from '../lexicons/stopwords.json';
import { Span } from '../types';
import { Mention } from './types';

/** "Collective Security Treaty Organization (CSTO)" or "CSTO (Collective Security Treaty Organization)". */
export interface AcronymDefinition {
  readonly acronym: string;
  readonly expansion: string;
  readonly acronymSpan: Span;
  readonly expansionSpan: Span;
  /** The whole definition, parentheses included. */
  readonly span: Span;
}

/** A role the text gives a person: "the head of Russia’s State Duma Defense Committee Andrey Kartapolov". */
export interface RoleStatement {
  /** The person mention the role is given to. */
  readonly mention: Mention;
  /** Without a leading article: "head of Russia’s State Duma Defense Committee". */
  readonly role: string;
  readonly roleSpan: Span;
  /** The role and the name together. */
  readonly span: Span;
}

/** A list the text gives of an organization's members: "six post-Soviet countries: Armenia, Belarus, …". */
export interface MemberList {
  /** The organization mention the sentence is about. */
  readonly owner: Mention;
  readonly members: readonly { readonly text: string; readonly span: Span }[];
  /** From the first member to the last. */
  readonly span: Span;
}

export interface ArticleFacts {
  readonly acronyms: readonly AcronymDefinition[];
  readonly roles: readonly RoleStatement[];
  readonly memberLists: readonly MemberList[];
}

interface FactCues {
  roleNouns: string[];
  roleModifiers: string[];
  roleConnectors: string[];
  institutionWords: string[];
  memberNouns: string[];
  listCues: string[];
}

const CUES = (factCueLexicon as unknown as Record<string, FactCues>).en;
const ROLE_NOUNS = new Set(CUES.roleNouns);
const ROLE_MODIFIERS = new Set(CUES.roleModifiers);
/** Lower-case words a role phrase may hold besides its role noun: "head of the defense committee". */
const ROLE_PHRASE_WORDS = new Set([...CUES.roleNouns, ...CUES.roleModifiers, ...CUES.roleConnectors, ...CUES.institutionWords]);
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their']);
const MEMBER_NOUNS = new Set(CUES.memberNouns);
const STOPWORDS: ReadonlySet<string> = new Set((stopwordLexicon as Record<string, { stopwords: string[] }>).en.stopwords);

/** A word with its inner apostrophes, periods and hyphens: "Russia’s", "U.S", "post-Soviet". */
const WORD = /[\p{L}\p{M}\p{N}](?:[\p{L}\p{M}\p{N}&]|['’.\-](?=[\p{L}\p{M}\p{N}]))*/gu;
/** Punctuation that ends a role phrase or a list: sentence and clause ends, brackets, quotation marks, dashes. */
const PHRASE_BREAK = /[.,;:!?()[\]{}“”"«»—–]/u;
const MAX_ROLE_WORDS = 14;

/** Every fact the text states, given the mentions found in it (roles need person mentions, lists an organization). */
export function findTextFacts(article: Article, mentions: readonly Mention[]): ArticleFacts {
  const text = article.text;
  const roles: RoleStatement[] = [];
  for (const mention of mentions) {
    if (mention.type !== 'person') continue;
    const role = roleBefore(text, mention) ?? roleAfter(text, mention);
    if (role) roles.push(role);
  }
  return { acronyms: findAcronymDefinitions(text), roles, memberLists: findMemberLists(text, mentions) };
}

// --- acronyms -------------------------------------------------------------------------------------------------

const PARENTHESIS = /\(([^()\n]{1,120})\)/g;
const ACRONYM = /^(?=(?:[^\p{Lu}]*\p{Lu}){2})[\p{Lu}][\p{Lu}\p{N}&.\-]{1,9}$/u;

/** Acronyms the text defines, in text order. */
export function findAcronymDefinitions(text: string): AcronymDefinition[] {
  const definitions: AcronymDefinition[] = [];
  for (const match of text.matchAll(PARENTHESIS)) {
    const open = match.index ?? 0;
    const inner = match[1].trim();
    const innerStart = open + 1 + match[1].indexOf(inner);
    const close = open + match[0].length;
    if (ACRONYM.test(inner)) {
      // "Expansion (ACR)": the expansion is the tail of the clause before the parenthesis.
      const clauseStart = clauseStartBefore(text, open);
      const before = text.slice(clauseStart, open).replace(/\s+$/, '');
      const expansionOffset = expansionStart(inner, before);
      if (expansionOffset === undefined) continue;
      const expansionSpan = { start: clauseStart + expansionOffset, end: clauseStart + before.length };
      definitions.push({
        acronym: inner,
        expansion: text.slice(expansionSpan.start, expansionSpan.end),
        acronymSpan: { start: innerStart, end: innerStart + inner.length },
        expansionSpan,
        span: { start: expansionSpan.start, end: close },
      });
    } else {
      // "ACR (Expansion)": the whole parenthesis must spell the acronym written just before it.
      const acronymMatch = /([\p{Lu}][\p{Lu}\p{N}&.\-]{1,9})\s*$/u.exec(text.slice(Math.max(0, open - 12), open));
      if (!acronymMatch || !ACRONYM.test(acronymMatch[1])) continue;
      const acronymStart = open - (acronymMatch[0].length);
      if (acronymStart > 0 && /[\p{L}\p{N}]/u.test(text[acronymStart - 1])) continue;
      if (expansionStart(acronymMatch[1], inner) !== 0 || !/^\p{Lu}/u.test(inner)) continue;
      definitions.push({
        acronym: acronymMatch[1],
        expansion: inner,
        acronymSpan: { start: acronymStart, end: acronymStart + acronymMatch[1].length },
        expansionSpan: { start: innerStart, end: innerStart + inner.length },
        span: { start: acronymStart, end: close },
      });
    }
  }
  return definitions;
}

/**
 * Where the expansion of `acronym` starts in `before` (which ends where the parenthesis opens), after Schwartz &
 * Hearst (2003): match the acronym's letters right to left, the first one at the start of a word, within at most
 * min(|A| + 5, 2|A|) words. The expansion must start with a capital letter (names in news are capitalised).
 */
function expansionStart(acronym: string, before: string): number | undefined {
  const letters = acronym.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  if (letters.length < 2) return undefined;
  const words = [...before.matchAll(/\S+/g)];
  const maxWords = Math.min(letters.length + 5, letters.length * 2);
  const windowStart = words.length > maxWords ? words[words.length - maxWords].index ?? 0 : 0;
  const candidate = before.slice(windowStart).toLowerCase();
  let letterIndex = letters.length - 1;
  let position = candidate.length - 1;
  while (letterIndex >= 0) {
    const letter = letters[letterIndex];
    while (
      position >= 0 &&
      (candidate[position] !== letter || (letterIndex === 0 && position > 0 && /[\p{L}\p{N}]/u.test(candidate[position - 1])))
    ) {
      position--;
    }
    if (position < 0) return undefined;
    position--;
    letterIndex--;
  }
  const start = windowStart + candidate.lastIndexOf(' ', position) + 1;
  const expansion = before.slice(start);
  // Every letter found inside one long word is no expansion ("Kazakhstan (KZ)" is a code, not a definition).
  if (!/\s/.test(expansion) || !/^\p{Lu}/u.test(expansion)) return undefined;
  return start;
}

/**
 * The start of the line holding `offset`, or `offset - maxLength` if the line starts further back: a search bounded
 * by the window, so a multi-megabyte text without line breaks is still read in linear time.
 */
function lineStartWithin(text: string, offset: number, maxLength: number): number {
  const windowStart = Math.max(0, offset - maxLength);
  const newline = text.slice(windowStart, offset).lastIndexOf('\n');
  return newline < 0 ? windowStart : windowStart + newline + 1;
}

/** The start of the clause that ends at `offset`: after the last sentence or clause punctuation on its line. */
function clauseStartBefore(text: string, offset: number): number {
  const from = lineStartWithin(text, offset, 240);
  const window = text.slice(from, offset);
  for (let index = window.length - 1; index >= 0; index--) {
    if (PHRASE_BREAK.test(window[index]) && !(window[index] === '.' && /\p{L}/u.test(window[index + 1] ?? ''))) return from + index + 1;
  }
  return from;
}

// --- roles ----------------------------------------------------------------------------------------------------

interface Word {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

function wordsIn(text: string, start: number, end: number): Word[] {
  const words: Word[] = [];
  for (const match of text.slice(start, end).matchAll(WORD)) {
    const offset = start + (match.index ?? 0);
    words.push({ text: match[0], start: offset, end: offset + match[0].length });
  }
  return words;
}

/** The word in lower case without a possessive ending: "Russia’s" → "russia". */
function bareWord(word: string): string {
  return word.toLowerCase().replace(/['’]s$/, '');
}

/** Whether a word belongs to the role vocabulary ("Committee", "head", "of"): a given name never does. */
export function isRolePhraseWord(word: string): boolean {
  return ROLE_PHRASE_WORDS.has(bareWord(word));
}

const isCapitalised = (word: string) => /^[\p{Lu}\p{Lt}]/u.test(word);

/** A word that may stand in a role phrase: a name word, or one of the role vocabulary's lower-case words. */
function fitsRolePhrase(word: string): boolean {
  return isCapitalised(word) || ROLE_PHRASE_WORDS.has(bareWord(word)) || ROLE_PHRASE_WORDS.has(word.toLowerCase());
}

/** "the head of Russia’s State Duma Defense Committee Andrey Kartapolov", "Kremlin spokesman, Dmitry Peskov". */
function roleBefore(text: string, mention: Mention): RoleStatement | undefined {
  const windowStart = lineStartWithin(text, mention.span.start, 240);
  const gap = /,?[ \t\u00A0]+$/.exec(text.slice(windowStart, mention.span.start));
  if (!gap) return undefined;
  const phraseEnd = windowStart + gap.index;
  const phraseStart = clauseStartBefore(text, phraseEnd);
  const words = wordsIn(text, phraseStart, phraseEnd).slice(-MAX_ROLE_WORDS);
  // Right to left while the words fit a role phrase; the leftmost role noun starts the role.
  let roleIndex = -1;
  for (let index = words.length - 1; index >= 0; index--) {
    const word = words[index].text;
    if (!fitsRolePhrase(word)) break;
    if (isRoleNoun(word)) roleIndex = index;
  }
  if (roleIndex < 0) return undefined;
  // "Russian Foreign Minister": modifiers and name words in front of the role noun belong to the role.
  let first = roleIndex;
  while (first > 0 && isRoleModifier(words[first - 1].text)) first--;
  const roleSpan = { start: words[first].start, end: words[words.length - 1].end };
  return { mention, role: text.slice(roleSpan.start, roleSpan.end), roleSpan, span: { start: roleSpan.start, end: mention.span.end } };
}

/** "Kartapolov, the head of the committee, said", "Maria Zakharova, a spokeswoman for the Foreign Ministry". */
function roleAfter(text: string, mention: Mention): RoleStatement | undefined {
  const comma = /^,[ \t\u00A0]+/.exec(text.slice(mention.span.end, mention.span.end + 4));
  if (!comma) return undefined;
  const phraseStart = mention.span.end + comma[0].length;
  let phraseEnd = phraseStart;
  const limit = Math.min(text.length, phraseStart + 240);
  while (phraseEnd < limit && text[phraseEnd] !== '\n' && text[phraseEnd] !== '\r' && !PHRASE_BREAK.test(text[phraseEnd])) phraseEnd++;
  const words = wordsIn(text, phraseStart, phraseEnd).slice(0, MAX_ROLE_WORDS);
  let first = 0;
  if (words.length > 0 && DETERMINERS.has(words[0].text.toLowerCase())) first = 1;
  // The role noun must come early, after modifiers only: "a former senior adviser to …".
  let roleIndex = first;
  while (roleIndex < words.length && roleIndex < first + 4 && !isRoleNoun(words[roleIndex].text) && isRoleModifier(words[roleIndex].text)) roleIndex++;
  if (roleIndex >= words.length || !isRoleNoun(words[roleIndex].text)) return undefined;
  let last = roleIndex;
  while (last + 1 < words.length && fitsRolePhrase(words[last + 1].text)) last++;
  // A phrase cut short by a word outside the vocabulary must not end on "of" or "the".
  while (last > roleIndex && CUES.roleConnectors.includes(words[last].text.toLowerCase())) last--;
  const roleSpan = { start: words[first].start, end: words[last].end };
  return { mention, role: text.slice(roleSpan.start, roleSpan.end), roleSpan, span: { start: mention.span.start, end: roleSpan.end } };
}

function isRoleNoun(word: string): boolean {
  return ROLE_NOUNS.has(bareWord(word));
}

/** Words that may stand before a role noun and belong to the role: "deputy", "former", "Foreign", "Russia’s". */
function isRoleModifier(word: string): boolean {
  const bare = bareWord(word);
  if (ROLE_MODIFIERS.has(bare) || ROLE_NOUNS.has(bare)) return true;
  return isCapitalised(word) && !STOPWORDS.has(bare);
}

// --- member lists ---------------------------------------------------------------------------------------------

const LIST_CUE = new RegExp(`:[ \\t\\u00A0]+|\\b(?:${CUES.listCues.map(cue => cue.replace(/ /g, '\\s+')).join('|')})[ \\t\\u00A0]+`, 'g');
const LIST_SEPARATOR = /^(?:[ \t\u00A0]*,[ \t\u00A0]*(?:(?:and|or)[ \t\u00A0]+)?|[ \t\u00A0]+(?:and|or|&)[ \t\u00A0]+)/;
/** Capitalised words, possibly joined by "of" or "of the" ("Republic of the Congo"); inner ' . - only between letters. */
const NAME_WORDS =
  /^[\p{Lu}\p{Lt}](?:[\p{L}\p{M}\p{N}]|['’.\-](?=[\p{L}\p{M}\p{N}]))*(?:[ \t\u00A0]+(?:of[ \t\u00A0]+(?:the[ \t\u00A0]+)?)?[\p{Lu}\p{Lt}](?:[\p{L}\p{M}\p{N}]|['’.\-](?=[\p{L}\p{M}\p{N}]))*)*/u;

/** Member lists given for an organization named earlier in the same sentence. */
export function findMemberLists(text: string, mentions: readonly Mention[]): MemberList[] {
  const organizations = mentions.filter(mention => mention.type === 'organization').sort((a, b) => a.span.start - b.span.start);
  if (organizations.length === 0) return [];
  const mentionAt = new Map(mentions.map(mention => [mention.span.start, mention]));
  const lists: MemberList[] = [];
  const cue = new RegExp(LIST_CUE.source, LIST_CUE.flags);
  for (let found = cue.exec(text); found; found = cue.exec(text)) {
    // A colon may follow "six post-Soviet countries"; "including" must follow the member noun directly.
    const before = wordsIn(text, lineStartWithin(text, found.index, 120), found.index);
    const nearby = found[0].startsWith(':') ? before.slice(-8) : before.slice(-2);
    if (!nearby.some(word => MEMBER_NOUNS.has(word.text.toLowerCase()))) continue;
    const sentenceStart = sentenceStartBefore(text, found.index);
    const owner = organizations[firstStartingAtOrAfter(organizations, sentenceStart)];
    if (!owner || owner.span.end > found.index) continue;
    const members = listItems(text, found.index + found[0].length, mentionAt);
    if (members.length < 2) continue;
    lists.push({ owner, members, span: { start: members[0].span.start, end: members[members.length - 1].span.end } });
    cue.lastIndex = members[members.length - 1].span.end;
  }
  return lists;
}

/** The index of the first mention (sorted by start) that starts at or after `offset`. */
function firstStartingAtOrAfter(sorted: readonly Mention[], offset: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle].span.start < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Capitalised names separated by commas and "and"/"or", each a whole mention where one starts there. */
function listItems(text: string, start: number, mentionAt: ReadonlyMap<number, Mention>): { text: string; span: Span }[] {
  const items: { text: string; span: Span }[] = [];
  let offset = start;
  for (;;) {
    const mention = mentionAt.get(offset);
    const end = mention ? mention.span.end : offset + (NAME_WORDS.exec(text.slice(offset, offset + 120))?.[0].length ?? 0);
    if (end === offset) break;
    items.push({ text: text.slice(offset, end), span: { start: offset, end } });
    const separator = LIST_SEPARATOR.exec(text.slice(end, end + 12));
    if (!separator) break;
    offset = end + separator[0].length;
  }
  return items;
}

/** The start of the sentence holding `offset`: after ". ", "! ", "? " or a line break, at most 400 characters back. */
function sentenceStartBefore(text: string, offset: number): number {
  const from = lineStartWithin(text, offset, 400);
  const window = text.slice(from, offset);
  const ends = [...window.matchAll(/[.!?]["”’)]?\s+(?=["“‘(]?[\p{Lu}\p{N}])/gu)];
  const last = ends[ends.length - 1];
  return last ? from + (last.index ?? 0) + last[0].length : from;
}
