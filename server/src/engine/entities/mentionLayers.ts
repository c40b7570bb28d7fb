// Merges the mention layers (user tags, the model, the knowledge base) into one list, and repairs two model slips
// with evidence from the rest of the article: a known name's type, and a person's name glued to a title.

import stopwordLexicon from '../lexicons/stopwords.json';
import { foldName } from './names';
import { isRolePhraseWord } from './facts';
import { tokenizeText } from './tokens';
import { Mention } from './types';

/**
 * Mentions of all layers in text order, never overlapping: a mention overlapping one of an earlier (stronger) layer
 * is dropped, with exceptions. A model's name that overlaps only user tags keeps what lies outside them when that
 * still reads as a name (`piecesOutsideTags`): tagging "Andrey Kartapolov" in the model's "State Duma Defense
 * Committee Andrey Kartapolov" leaves the organization "State Duma Defense Committee". For names the knowledge base
 * knows: on exactly the same span the knowledge type wins ("Anadolu Agency" is an organization, "Donbass" a place)
 * unless the kept mention is a one-word person ("Jordan scored"), and a known name of several words replaces the
 * shorter mentions inside it ("Minsk" in "Minsk agreements"). A user's tag is never changed.
 */
export function mergeMentionLayers(layers: readonly (readonly Mention[])[]): Mention[] {
  let kept: Mention[] = [];
  for (const layer of layers) {
    const added: Mention[] = [];
    const replaced = new Set<Mention>();
    for (const mention of layer) {
      const overlapping = overlappingMentions(kept, mention);
      if (overlapping.length === 0) added.push(mention);
      else if (mention.source === 'model' && overlapping.every(index => kept[index].source === 'tag')) {
        added.push(...piecesOutsideTags(mention, overlapping.map(index => kept[index])));
      } else if (mention.source !== 'knowledge' || overlapping.some(index => kept[index].source === 'tag')) continue;
      else if (overlapping.length === 1 && sameSpan(kept[overlapping[0]], mention)) {
        kept[overlapping[0]] = withKnowledgeType(kept[overlapping[0]], mention);
      } else if (/\s/.test(mention.text) && overlapping.every(index => within(kept[index], mention))) {
        for (const index of overlapping) replaced.add(kept[index]);
        added.push(mention);
      }
    }
    kept = [...kept.filter(mention => !replaced.has(mention)), ...added].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  }
  return kept;
}

const ENGLISH_FUNCTION_WORDS: ReadonlySet<string> = new Set(stopwordLexicon.en.stopwords);

/**
 * The parts of a model's mention that lie outside the user's tags overlapping it, as mentions of the same type: whole
 * tokens only (the rest of a word a tag cuts is dropped), without the punctuation, clitics ("’s") and lower-case
 * function words ("and", "of") at their edges, and only when a capitalised word that is not a function word is left
 * ("Donetsk and <Lugansk> People’s Republics" gives "Donetsk" and "People’s Republics"; "<Donetsk> and <Lugansk>"
 * gives nothing). A piece of a name is not always a name ("Bank" of "Bank of <England>"); the user can tag or untag it.
 */
function piecesOutsideTags(mention: Mention, tags: readonly Mention[]): Mention[] {
  const tokens = tokenizeText(mention.text);
  const isOutsideTags = (token: number) => {
    const start = mention.span.start + tokens.starts[token];
    const end = mention.span.start + tokens.ends[token];
    return tags.every(tag => tag.span.end <= start || tag.span.start >= end);
  };
  const tokenText = (token: number) => mention.text.slice(tokens.starts[token], tokens.ends[token]);
  const pieces: Mention[] = [];
  let token = 0;
  while (token < tokens.count) {
    if (!isOutsideTags(token)) {
      token++;
      continue;
    }
    let first = token;
    while (token < tokens.count && isOutsideTags(token)) token++;
    let last = token - 1;
    while (first <= last && isEdgeFiller(tokenText(first), true)) first++;
    while (last >= first && isEdgeFiller(tokenText(last), false)) last--;
    if (first > last) continue;
    let readsAsName = false;
    for (let index = first; index <= last && !readsAsName; index++) readsAsName = isNameWord(tokenText(index));
    if (!readsAsName) continue;
    const start = tokens.starts[first];
    const end = tokens.ends[last];
    pieces.push({ ...mention, span: { start: mention.span.start + start, end: mention.span.start + end }, text: mention.text.slice(start, end) });
  }
  return pieces;
}

/**
 * A token a name does not begin or end with: punctuation, a clitic ("’s"), or a function word in lower case ("and",
 * "of"); at the beginning also a capitalised one ("The"). "May" or "US" at the end stay: they may be names.
 */
function isEdgeFiller(token: string, atStart: boolean): boolean {
  if (!/[\p{L}\p{N}]/u.test(token) || /^['’]/.test(token)) return true;
  const lower = token.toLowerCase();
  if (!ENGLISH_FUNCTION_WORDS.has(lower)) return false;
  return token === lower || (atStart && /^[\p{Lu}\p{Lt}][\p{Ll}]*$/u.test(token));
}

/** A capitalised word that is not a function word: what makes a piece read as a name. */
function isNameWord(token: string): boolean {
  return /^[\p{Lu}\p{Lt}\p{N}]/u.test(token) && !(ENGLISH_FUNCTION_WORDS.has(token.toLowerCase()) && /^[\p{Lu}\p{Lt}]?[\p{Ll}]*$/u.test(token));
}

function withKnowledgeType(kept: Mention, known: Mention): Mention {
  if (kept.type === known.type) return kept;
  if (kept.type === 'person' && !/\s/.test(kept.text.trim())) return kept;
  return { ...kept, type: known.type };
}

const sameSpan = (a: Mention, b: Mention) => a.span.start === b.span.start && a.span.end === b.span.end;
const within = (inner: Mention, outer: Mention) => inner.span.start >= outer.span.start && inner.span.end <= outer.span.end;

/** The indices of the mentions in `sorted` (by start, not overlapping each other) that overlap `mention`. */
function overlappingMentions(sorted: readonly Mention[], mention: Mention): number[] {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle].span.end <= mention.span.start) low = middle + 1;
    else high = middle;
  }
  const indices: number[] = [];
  for (let index = low; index < sorted.length && sorted[index].span.start < mention.span.end; index++) indices.push(index);
  return indices;
}

/**
 * Splits a person's name off the end of a longer mention of another type when the article names that person by
 * surname alone elsewhere: the model's "State Duma Defense Committee Andrey Kartapolov" (organization) becomes
 * "State Duma Defense Committee" and the person "Andrey Kartapolov", because "Kartapolov" alone is a person.
 */
export function splitPersonNamesOffTitles(mentions: readonly Mention[]): Mention[] {
  const surnames = new Set(
    mentions.filter(mention => mention.type === 'person' && /^\S+$/.test(mention.text)).map(mention => foldName(stripPossessive(mention.text))),
  );
  if (surnames.size === 0) return [...mentions];
  return mentions.flatMap(mention => {
    if (mention.type === 'person' || mention.source === 'tag') return [mention];
    const words = [...mention.text.matchAll(/\S+/g)];
    if (words.length < 3) return [mention];
    const surname = words[words.length - 1];
    const givenName = words[words.length - 2];
    const isGivenName = /^[\p{Lu}\p{Lt}][\p{Ll}\p{M}'’-]+$/u.test(givenName[0]) && !isRolePhraseWord(givenName[0]);
    if (!surnames.has(foldName(stripPossessive(surname[0]))) || !isGivenName) return [mention];
    const personStart = mention.span.start + (givenName.index ?? 0);
    const rest = mention.text.slice(0, givenName.index).trimEnd();
    const person: Mention = { ...mention, span: { start: personStart, end: mention.span.end }, text: mention.text.slice(givenName.index), type: 'person' };
    if (rest === '') return [person];
    return [{ ...mention, span: { start: mention.span.start, end: mention.span.start + rest.length }, text: rest }, person];
  });
}

function stripPossessive(name: string): string {
  return name.replace(/['’]s$/, '');
}
