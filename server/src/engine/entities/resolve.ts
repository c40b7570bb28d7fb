// Groups an article's mentions into entities — same name, surname and full name, acronym and expansion, spellings
// the knowledge base knows (Kiev and Kyiv) — and gives each its type, canonical name, aliases, facts and knowledge.

import { Article } from '../article';
import { ArticleFacts, findTextFacts } from './facts';
import type { KnowledgeBase } from './knowledge';
import { foldName } from './names';
import { Entity, EntityType, KnowledgeEntry, Mention, TextFact } from './types';

const NAMED_TYPES: ReadonlySet<EntityType> = new Set(['person', 'organization', 'place', 'misc']);

export interface ResolveOptions {
  /** What the text says about its entities; by default what `findTextFacts` finds for the mentions. */
  readonly facts?: ArticleFacts;
  /** Canonical names users gave their tags (`<person canonical="Andrey Kartapolov">Kartapolov</person>`). */
  readonly statedCanonicals?: ReadonlyMap<Mention, string>;
}

/**
 * The entities of an article, ordered by first mention. `mentions` may come in any order and from any source.
 * The canonical name is the one a user's tag states, else the knowledge entry's, else the fullest name in the text.
 * Ids are `type:folded canonical name` (with `#2`, `#3` for a repeat), so the same input always gives the same ids.
 */
export function resolveEntities(
  article: Article,
  mentions: readonly Mention[],
  knowledge: KnowledgeBase,
  options: ResolveOptions = {},
): Entity[] {
  const facts = options.facts ?? findTextFacts(article, mentions);
  const statedCanonicals = options.statedCanonicals ?? new Map<Mention, string>();
  const sorted = [...mentions].sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  const groups = new UnionFind(sorted.length);
  const keys = sorted.map(mentionKey);

  // Same name: every mention of "Kartapolov" belongs together, whatever type each was given.
  const firstWithKey = new Map<string, number>();
  keys.forEach((key, index) => {
    const first = firstWithKey.get(key);
    if (first === undefined) firstWithKey.set(key, index);
    else groups.union(first, index);
  });

  // A user's tag that states a canonical name joins the mentions written that way.
  sorted.forEach((mention, index) => {
    const stated = statedCanonicals.get(mention);
    const named = stated === undefined ? undefined : firstWithKey.get(namedKey(stated));
    if (named !== undefined) groups.union(named, index);
  });

  // Known names: "Kiev" and "Kyiv" are one knowledge entry, hence one entity.
  const entryOfKey = new Map<string, KnowledgeEntry | undefined>();
  const knowledgeOf = (index: number) => {
    // Which entry fits depends on the mention's type and source as well as its name.
    const key = `${keys[index]}|${sorted[index].type}|${sorted[index].source === 'knowledge'}`;
    if (!entryOfKey.has(key)) entryOfKey.set(key, compatibleEntry(knowledge, sorted[index]));
    return entryOfKey.get(key);
  };
  const firstWithEntry = new Map<KnowledgeEntry, number>();
  sorted.forEach((mention, index) => {
    if (!NAMED_TYPES.has(mention.type)) return;
    const entry = knowledgeOf(index);
    if (!entry) return;
    const first = firstWithEntry.get(entry);
    if (first === undefined) firstWithEntry.set(entry, index);
    else groups.union(first, index);
  });

  // Acronym and expansion the text defines: "Collective Security Treaty Organization (CSTO)".
  for (const definition of facts.acronyms) {
    const acronym = firstWithKey.get(namedKey(definition.acronym));
    const expansion = firstWithKey.get(namedKey(definition.expansion));
    if (acronym !== undefined && expansion !== undefined) groups.union(acronym, expansion);
  }

  linkSurnames(sorted, keys, firstWithKey, groups);

  // Facts go to the entity of the mention they are about.
  const mentionIndex = new Map(sorted.map((mention, index) => [mention, index]));
  const factsOfRoot = new Map<number, TextFact[]>();
  const expansionsOfRoot = new Map<number, string[]>();
  const addFact = (index: number | undefined, fact: TextFact) => {
    if (index === undefined) return;
    const root = groups.find(index);
    const list = factsOfRoot.get(root);
    if (list) list.push(fact);
    else factsOfRoot.set(root, [fact]);
  };
  for (const definition of facts.acronyms) {
    const index = firstWithKey.get(namedKey(definition.acronym)) ?? firstWithKey.get(namedKey(definition.expansion));
    addFact(index, { kind: 'expansion', text: definition.expansion, span: definition.span });
    if (index !== undefined) {
      const root = groups.find(index);
      const names = expansionsOfRoot.get(root);
      if (names) names.push(definition.expansion, definition.acronym);
      else expansionsOfRoot.set(root, [definition.expansion, definition.acronym]);
    }
  }
  for (const role of facts.roles) addFact(mentionIndex.get(role.mention), { kind: 'role', text: role.role, span: role.span });
  for (const list of facts.memberLists) {
    const items = list.members.map(member => member.text);
    addFact(mentionIndex.get(list.owner), { kind: 'members', text: items.join(', '), span: list.span, items });
  }

  const membersOfRoot = new Map<number, number[]>();
  sorted.forEach((_, index) => {
    const root = groups.find(index);
    const list = membersOfRoot.get(root);
    if (list) list.push(index);
    else membersOfRoot.set(root, [index]);
  });

  const usedIds = new Map<string, number>();
  const entities: Entity[] = [];
  for (const [root, indices] of membersOfRoot) {
    const groupMentions = indices.map(index => sorted[index]);
    const stated = groupMentions.map(mention => statedCanonicals.get(mention)).find(name => name !== undefined);
    const entry = groupEntry(indices, sorted, knowledgeOf) ?? (stated === undefined ? undefined : knowledge.lookup(stated));
    const type = groupType(groupMentions, entry);
    const names = distinctNames([
      ...groupMentions.map(mention => stripPossessive(mention.text)),
      ...(expansionsOfRoot.get(root) ?? []),
      ...(stated === undefined ? [] : [stated]),
    ]);
    const canonical = stated ?? entry?.canonical ?? fullestName(names) ?? groupMentions[0].text;
    const aliases = names.filter(name => foldName(name) !== foldName(canonical));
    const baseId = `${type}:${foldName(canonical)}`;
    const repeat = (usedIds.get(baseId) ?? 0) + 1;
    usedIds.set(baseId, repeat);
    entities.push({
      id: repeat === 1 ? baseId : `${baseId}#${repeat}`,
      type,
      canonical,
      aliases,
      mentions: groupMentions,
      facts: distinctFacts(factsOfRoot.get(root) ?? []),
      ...(entry ? { knowledge: entry } : {}),
    });
  }
  return entities;
}

/** The grouping key: named mentions by folded name, other types (dates, amounts) by type and text. */
function mentionKey(mention: Mention): string {
  return NAMED_TYPES.has(mention.type) ? namedKey(mention.text) : `${mention.type}:${foldName(mention.text)}`;
}

function namedKey(name: string): string {
  return `name:${foldName(stripPossessive(name))}`;
}

function stripPossessive(name: string): string {
  return name.replace(/['’]s$/, '');
}

/**
 * The knowledge entry a mention refers to, if its type fits: a person is only a known person, while places and
 * organizations stand for each other ("Kiev insists", "the Kremlin said"); knowledge's own mentions always fit.
 */
function compatibleEntry(knowledge: KnowledgeBase, mention: Mention): KnowledgeEntry | undefined {
  if (!NAMED_TYPES.has(mention.type)) return undefined;
  const candidates = knowledge.lookupAll(stripPossessive(mention.text));
  const standsFor = (type: EntityType) => type === 'place' || type === 'organization';
  return (
    candidates.find(entry => entry.type === mention.type) ??
    candidates.find(entry => mention.source === 'knowledge' || (standsFor(entry.type) && standsFor(mention.type)))
  );
}

/** The entry of the group's longest known name (the expansion over the acronym, when both are known). */
function groupEntry(
  indices: readonly number[],
  mentions: readonly Mention[],
  knowledgeOf: (index: number) => KnowledgeEntry | undefined,
): KnowledgeEntry | undefined {
  let best: { entry: KnowledgeEntry; length: number } | undefined;
  for (const index of indices) {
    const entry = knowledgeOf(index);
    if (entry && (!best || mentions[index].text.length > best.length)) best = { entry, length: mentions[index].text.length };
  }
  return best?.entry;
}

/** A user's tag decides; otherwise the most frequent type, ties broken by the knowledge entry, then first mention. */
function groupType(mentions: readonly Mention[], entry: KnowledgeEntry | undefined): EntityType {
  const tagged = mentions.find(mention => mention.source === 'tag');
  if (tagged) return tagged.type;
  const counts = new Map<EntityType, number>();
  for (const mention of mentions) counts.set(mention.type, (counts.get(mention.type) ?? 0) + 1);
  const most = Math.max(...counts.values());
  const tied = [...counts].filter(([, count]) => count === most).map(([type]) => type);
  if (tied.length === 1) return tied[0];
  if (entry && tied.includes(entry.type)) return entry.type;
  return mentions.find(mention => tied.includes(mention.type))!.type;
}

/** Names in first-written order, each once (compared folded). */
function distinctNames(names: readonly string[]): string[] {
  const seen = new Set<string>();
  return names.filter(name => {
    const folded = foldName(name);
    if (folded === '' || seen.has(folded)) return false;
    seen.add(folded);
    return true;
  });
}

/** The name with the most words, then the most characters, then the first written: "Andrey Kartapolov". */
function fullestName(names: readonly string[]): string | undefined {
  if (names.length === 0) return undefined;
  let best = names[0];
  for (const name of names) {
    const words = name.split(/\s+/).length;
    const bestWords = best.split(/\s+/).length;
    if (words > bestWords || (words === bestWords && name.length > best.length)) best = name;
  }
  return best;
}

function distinctFacts(facts: readonly TextFact[]): TextFact[] {
  const seen = new Set<string>();
  return [...facts]
    .sort((a, b) => a.span.start - b.span.start)
    .filter(fact => {
      const key = `${fact.kind}:${foldName(fact.text)}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

/**
 * "Kartapolov" joins "Andrey Kartapolov" when exactly one person in the article has that last name; with two
 * ("Maria Smith", "John Smith") the surname alone stays its own entity rather than being guessed.
 */
function linkSurnames(mentions: readonly Mention[], keys: readonly string[], firstWithKey: ReadonlyMap<string, number>, groups: UnionFind): void {
  const fullNamesBySurname = new Map<string, Set<number>>();
  const singleWordPersonKeys = new Set<string>();
  mentions.forEach((mention, index) => {
    if (mention.type !== 'person') return;
    const words = foldName(stripPossessive(mention.text)).split(' ');
    if (words.length === 1) {
      singleWordPersonKeys.add(keys[index]);
      return;
    }
    const surnameKey = `name:${words[words.length - 1]}`;
    const roots = fullNamesBySurname.get(surnameKey) ?? new Set<number>();
    roots.add(groups.find(index));
    fullNamesBySurname.set(surnameKey, roots);
  });
  for (const key of singleWordPersonKeys) {
    const roots = fullNamesBySurname.get(key);
    if (roots?.size === 1) groups.union([...roots][0], firstWithKey.get(key)!);
  }
}

/** Disjoint sets over mention indices; the smaller index is the root, so groups are named by their first mention. */
class UnionFind {
  private readonly parent: number[];

  constructor(size: number) {
    this.parent = Array.from({ length: size }, (_, index) => index);
  }

  find(index: number): number {
    let root = index;
    while (this.parent[root] !== root) root = this.parent[root];
    while (this.parent[index] !== root) {
      const next = this.parent[index];
      this.parent[index] = root;
      index = next;
    }
    return root;
  }

  union(a: number, b: number): void {
    const rootA = this.find(a);
    const rootB = this.find(b);
    if (rootA !== rootB) this.parent[Math.max(rootA, rootB)] = Math.min(rootA, rootB);
  }
}
