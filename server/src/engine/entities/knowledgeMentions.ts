// Finds mentions of known entities the trained model may miss, conservatively: multi-word names, acronyms in caps
// and known single-word places, each capitalised as a name, never a common word or part of a longer name.

import { Article } from '../article';
import type { KnowledgeBase } from './knowledge';
import { foldName } from './names';
import { KnowledgeEntry, Mention } from './types';
import stopwordLexicon from '../lexicons/stopwords.json';

/** A word (letters, marks, digits) or one punctuation character: names are matched token by token, folded. */
const TOKEN = /[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;
/** The next token after at most one line break of white space: a name may wrap, but never spans a blank line. */
const NEXT_TOKEN = /[ \t\u00A0]*(?:\r\n?[ \t\u00A0]*|\n[ \t\u00A0]*)?([\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}])/uy;
/** Where a match may start: a capitalised word (or a capital digit-letter code such as "G7"). */
const NAME_START = /(?<![\p{L}\p{M}\p{N}])[\p{Lu}\p{Lt}][\p{L}\p{M}\p{N}]*/gu;
const ACRONYM = /^[\p{Lu}\p{N}]*\p{Lu}[\p{Lu}\p{N}]*$/u;

const STOPWORDS: ReadonlySet<string> = new Set(Object.values(stopwordLexicon as Record<string, { stopwords: string[] }>).flatMap(language => language.stopwords));

interface TrieNode {
  readonly children: Map<string, TrieNode>;
  /** The names ending here: the entry and the alias as written in the knowledge (for case checks). */
  names: { entry: KnowledgeEntry; alias: string; tokenCount: number }[];
}

interface Matcher {
  readonly root: TrieNode;
  readonly namesNotMentionedAlone: ReadonlySet<string>;
}

const matchers = new WeakMap<KnowledgeBase, Matcher>();

/** The mentions of known entities in the article, in text order, never overlapping (source `knowledge`). */
export function knowledgeMentions(article: Article, knowledge: KnowledgeBase): Mention[] {
  const matcher = matcherFor(knowledge);
  const text = article.text;
  const mentions: Mention[] = [];
  const lineHasLowercase = new Map<number, boolean>();
  const isAllCapsLine = (offset: number) => {
    const line = article.lineAt(offset);
    let hasLowercase = lineHasLowercase.get(line.index);
    if (hasLowercase === undefined) {
      hasLowercase = /\p{Ll}/u.test(line.text);
      lineHasLowercase.set(line.index, hasLowercase);
    }
    return !hasLowercase;
  };
  const start = new RegExp(NAME_START.source, NAME_START.flags);
  const next = new RegExp(NEXT_TOKEN.source, NEXT_TOKEN.flags);
  for (let found = start.exec(text); found; found = start.exec(text)) {
    const first = matcher.root.children.get(foldName(found[0]));
    if (!first) continue;
    let node: TrieNode = first;
    // Walk the trie token by token; remember every place a known name ends, then take the longest that qualifies.
    const ends: { node: TrieNode; end: number }[] = [];
    let end = found.index + found[0].length;
    for (;;) {
      if (node.names.length > 0) ends.push({ node, end });
      next.lastIndex = end;
      const token = next.exec(text);
      const child: TrieNode | undefined = token ? node.children.get(foldName(token[1])) : undefined;
      if (!token || !child) break;
      node = child;
      end = next.lastIndex;
    }
    for (let index = ends.length - 1; index >= 0; index--) {
      const span = { start: found.index, end: ends[index].end };
      const written = text.slice(span.start, span.end);
      const name = ends[index].node.names.find(candidate => qualifies(text, span, written, candidate, matcher, isAllCapsLine));
      if (!name) continue;
      mentions.push({ span, text: written, type: name.entry.type, source: 'knowledge' });
      start.lastIndex = span.end;
      break;
    }
  }
  return mentions;
}

/** Whether the text at `span` is a mention of `name`, and not a common word or part of a longer name. */
function qualifies(
  text: string,
  span: { start: number; end: number },
  written: string,
  name: { alias: string; tokenCount: number },
  matcher: Matcher,
  isAllCapsLine: (offset: number) => boolean,
): boolean {
  const isAcronym = ACRONYM.test(name.alias.replace(/[.\-&+]/g, ''));
  if (isAcronym) {
    // "CSTO" but not "Csto"; and not in a line shouting in capitals, where "WHO" or "US" are ordinary words.
    return written === name.alias && !isAllCapsLine(span.start);
  }
  // A name in capitals ("TURKEY") may be a shouted common word: only acronyms are trusted in caps.
  if (written.length > 1 && written === written.toUpperCase() && /\p{Lu}.*\p{Lu}/u.test(written)) return false;
  if (name.tokenCount === 1) {
    const folded = foldName(written);
    if (matcher.namesNotMentionedAlone.has(folded) || STOPWORDS.has(folded)) return false;
  }
  // "Kyiv" in "Kyiv Post", "Lugansk" in "Lugansk People's Republics": part of a longer name the model should judge.
  // A full name may follow a capitalised title ("Defense Committee Andrey Kartapolov"); a single word may not.
  return !capitalisedWordAfter(text, span.end) && (name.tokenCount > 1 || !capitalisedWordBefore(text, span.start));
}

function capitalisedWordAfter(text: string, offset: number): boolean {
  return /^[ \u00A0][\p{Lu}\p{Lt}]/u.test(text.slice(offset, offset + 2));
}

function capitalisedWordBefore(text: string, offset: number): boolean {
  const before = /([\p{Lu}\p{Lt}][\p{L}\p{M}]*)[ \u00A0]$/u.exec(text.slice(Math.max(0, offset - 40), offset));
  // "The Kremlin", "In Kyiv": a capitalised function word at a sentence start is not part of the name.
  return before !== null && !STOPWORDS.has(before[1].toLowerCase());
}

function matcherFor(knowledge: KnowledgeBase): Matcher {
  let matcher = matchers.get(knowledge);
  if (!matcher) {
    const root: TrieNode = { children: new Map(), names: [] };
    for (const entry of knowledge.entries) {
      for (const alias of new Set([entry.canonical, ...entry.aliases])) {
        const tokens = foldName(alias).match(TOKEN) ?? [];
        if (tokens.length === 0) continue;
        let node = root;
        for (const token of tokens) {
          let child = node.children.get(token);
          if (!child) {
            child = { children: new Map(), names: [] };
            node.children.set(token, child);
          }
          node = child;
        }
        // Entries come best first, so the first name stored at a node is the one a mention takes.
        node.names.push({ entry, alias: alias.replace(/^the\s+/i, ''), tokenCount: tokens.length });
      }
    }
    matcher = { root, namesNotMentionedAlone: knowledge.namesNotMentionedAlone };
    matchers.set(knowledge, matcher);
  }
  return matcher;
}
