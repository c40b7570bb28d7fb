// Merges the mention layers (user tags, the model, the knowledge base) into one list, and repairs two model slips
// with evidence from the rest of the article: a known name's type, and a person's name glued to a title.

import { foldName } from './names';
import { isRolePhraseWord } from './facts';
import { Mention } from './types';

/**
 * Mentions of all layers in text order, never overlapping: a mention overlapping one of an earlier (stronger) layer
 * is dropped, with two exceptions for names the knowledge base knows. On exactly the same span the knowledge type
 * wins ("Anadolu Agency" is an organization, "Donbass" a place) unless the kept mention is a one-word person ("Jordan
 * scored"). A known name of several words replaces the shorter mentions inside it ("Minsk" in "Minsk agreements").
 * A user's tag is never changed.
 */
export function mergeMentionLayers(layers: readonly (readonly Mention[])[]): Mention[] {
  let kept: Mention[] = [];
  for (const layer of layers) {
    const added: Mention[] = [];
    const replaced = new Set<Mention>();
    for (const mention of layer) {
      const overlapping = overlappingMentions(kept, mention);
      if (overlapping.length === 0) added.push(mention);
      else if (mention.source !== 'knowledge' || overlapping.some(index => kept[index].source === 'tag')) continue;
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
