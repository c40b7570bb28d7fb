// text/unquoted-quote: a paragraph that is a quotation whose marks were lost — first person, no quotation marks, after a
// speech attribution or with an editorial "[insertion]". Suggests <quote>, which extraction keeps as text.

import { tagFix } from '../../fixes';
import { openingTag } from '../../tags';
import { Fix, Span } from '../../types';
import { lexiconFor, escapeRegExp, perLanguage } from '../../lexicon';
import textLexiconFile from '../../lexicons/text.json';
import { FindingDraft, Rule } from '../../rule';

type TextLexicon = (typeof textLexiconFile)['en'];

interface QuoteVocabulary {
  /** Finds a speech verb ("said", "continued", "told") as a whole word or phrase. */
  readonly speechVerb: RegExp;
  readonly firstPersonSingular: ReadonlySet<string>;
  readonly firstPersonPlural: ReadonlySet<string>;
}

const quoteVocabulary = perLanguage<QuoteVocabulary>(language => {
  const entry = lexiconFor<TextLexicon>(textLexiconFile, language);
  const verbs = [...entry.speechVerbs].sort((a, b) => b.length - a.length).map(escapeRegExp);
  return {
    speechVerb: new RegExp(`(?<![\\p{L}\\p{N}])(?:${verbs.join('|')})(?![\\p{L}\\p{N}])`, 'iu'),
    firstPersonSingular: new Set(entry.firstPersonSingular.map(word => word.toLowerCase())),
    firstPersonPlural: new Set(entry.firstPersonPlural.map(word => word.toLowerCase())),
  };
});

/** Any quotation mark; an apostrophe (’) is not one, an opening single quote (‘) is. */
const QUOTATION_MARK = /["“”„«»‘‹›]/;
/** Closing marks that end a quotation; ’ is left out because it is far more often an apostrophe. */
const CLOSING_QUOTATION_MARK = /["”»›]/g;
/** "[the CSTO's]", "[ the CSTO’s]": a bracketed insertion starting with a lower-case word, as editors write them. */
const EDITORIAL_INSERTION = /\[\s*\p{Ll}[^\]\n]{0,60}\]/u;
/** Quotations are paragraphs, not captions or headings, and not whole pages. */
const MIN_QUOTE_LENGTH = 60;
const MAX_QUOTE_LENGTH = 3000;
/** An attribution after a closing quote is short: "…,” Kartapolov continued." */
const MAX_ATTRIBUTION_WORDS = 10;
/** Plural "we/our/us" once can be generic ("many of us"); a speaker's voice uses it more than once. */
const MIN_PLURAL_FIRST_PERSON = 2;

export const unquotedQuoteRule: Rule = {
  id: 'text/unquoted-quote',
  category: 'text',
  defaultSeverity: 'hint',
  summary: 'A paragraph that reads as a quotation whose quotation marks were lost; tag it as <quote>.',
  check(article, context) {
    const vocabulary = quoteVocabulary(context.language);
    const drafts: FindingDraft[] = [];
    let previous: string | undefined;
    for (const line of article.lines) {
      if (line.isBlank) continue;
      const text = line.text.trim();
      const before = previous;
      previous = text;
      if (before === undefined || text.length < MIN_QUOTE_LENGTH || text.length > MAX_QUOTE_LENGTH || QUOTATION_MARK.test(text)) continue;
      const attribution = speechAttribution(before, vocabulary);
      const insertion = text.includes('[') ? EDITORIAL_INSERTION.exec(text)?.[0] : undefined;
      if (!attribution && !insertion) continue;
      const voice = firstPersonVoice(text, vocabulary);
      if (!voice) continue;
      // An author writing in the first person is not quoting anyone: the paragraph before speaks the same way.
      if (firstPersonVoice(withoutQuotations(before.slice(-MAX_QUOTE_LENGTH)), vocabulary)) continue;
      const leading = line.text.length - line.text.trimStart().length;
      const span = { start: line.span.start + leading, end: line.span.start + leading + text.length };
      const reasons = [`speaks in the first person (${voice})`, 'has no quotation marks'];
      if (attribution) reasons.push(`follows a paragraph that attributes speech (“…${attribution}”)`);
      if (insertion) reasons.push(`holds an editorial insertion “${insertion}”`);
      drafts.push({
        span,
        message: 'This paragraph reads as a quotation that lost its quotation marks: tag it as <quote>.',
        evidence: `${reasons.slice(0, -1).join(', ')} and ${reasons[reasons.length - 1]}.`,
        fixes: [quoteFix(span, attribution ? speakerOf(attribution) : undefined)],
        confidence: 'medium',
        tag: 'quote',
      });
    }
    return drafts;
  },
};

/** "Tag as <quote>", with the speaker as an attribute when the attribution names one. */
function quoteFix(span: Span, speaker: string | undefined): Fix {
  const fix = tagFix(span, 'quote', speaker ? `Tag as <quote speaker="${speaker}">` : 'Tag as <quote>');
  if (!speaker) return fix;
  return { ...fix, edits: [{ span: fix.edits[0].span, newText: openingTag('quote', { speaker }) }, fix.edits[1]] };
}

// A run of capitalized words ("Andrey Kartapolov", "Kartapolov") in an attribution, before or after the speech verb.
const CAPITALIZED_NAME = /\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3}/gu;

/** The name an attribution gives the speaker ("Kartapolov continued." → "Kartapolov"), if it gives one. */
function speakerOf(attribution: string): string | undefined {
  const names = [...attribution.matchAll(CAPITALIZED_NAME)].map(match => match[0].replace(/[.]$/, ''));
  // Pronouns and sentence-initial words are not names.
  return names.find(name => !/^(?:He|She|They|It|We|The|A|An|In|On|At|But|And|Then|Later)$/.test(name));
}

/** The first-person words that make the paragraph a speaker's voice, e.g. "“I”, “we”", or undefined. */
function firstPersonVoice(text: string, vocabulary: QuoteVocabulary): string | undefined {
  const singular = new Set<string>();
  const plural: string[] = [];
  const matches = [...text.matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu)];
  for (const [index, match] of matches.entries()) {
    const word = match[0];
    const lower = word.toLowerCase();
    if (vocabulary.firstPersonSingular.has(lower)) {
      if (lower === 'i' && !isPronounI(text, match.index ?? 0, matches[index + 1]?.[0])) continue;
      singular.add(word);
    } else if (vocabulary.firstPersonPlural.has(lower)) {
      plural.push(word);
    }
  }
  const found = [...singular, ...(plural.length >= MIN_PLURAL_FIRST_PERSON ? new Set(plural) : [])];
  return found.length > 0 ? found.map(word => `“${word}”`).join(', ') : undefined;
}

/**
 * English "I" is the pronoun in capitals before a lower-case word ("I do", "I'm"), and a numeral right after a
 * capitalized word ("World War I", "Phase I to III").
 */
function isPronounI(text: string, offset: number, nextWord: string | undefined): boolean {
  if (text.charAt(offset) !== 'I' || !/^\p{Ll}/u.test(nextWord ?? '')) return false;
  return !/\p{Lu}[\p{L}]*\s$/u.test(text.slice(Math.max(0, offset - 40), offset));
}

/**
 * The attribution that closes the paragraph before, if it attributes speech: a short tail after the last closing
 * quotation mark holding a speech verb ("…,” Kartapolov continued."), or a speech verb right before a final colon
 * ("he told reporters:").
 */
function speechAttribution(paragraph: string, vocabulary: QuoteVocabulary): string | undefined {
  const trimmed = paragraph.trimEnd();
  if (trimmed.endsWith(':')) {
    const lastClause = trimmed.slice(Math.max(0, trimmed.length - 120)).split(/[.!?;"“”]/).pop() ?? '';
    return vocabulary.speechVerb.test(lastClause) ? lastClause.trim() : undefined;
  }
  if (!/[.!?]$/.test(trimmed)) return undefined;
  let lastClosing = -1;
  for (const match of trimmed.slice(-200).matchAll(CLOSING_QUOTATION_MARK)) lastClosing = match.index ?? -1;
  if (lastClosing < 0) return undefined;
  const tail = trimmed.slice(-200).slice(lastClosing + 1).replace(/^[\s,]+/, '');
  const words = tail.split(/\s+/).filter(Boolean).length;
  if (words === 0 || words > MAX_ATTRIBUTION_WORDS || /[.!?]\s/.test(tail)) return undefined;
  return vocabulary.speechVerb.test(tail) ? tail : undefined;
}

/** The text with quoted passages removed, so a quoted "I" does not count as the author's. */
function withoutQuotations(text: string): string {
  return text.replace(/[“"«„][^”"»“]*[”"»“]/g, ' ');
}
