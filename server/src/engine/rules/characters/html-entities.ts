// characters/html-entities: HTML character references left in text ("&amp;", "&nbsp;", "&#8217;", "&#x2019;", and
// double-escaped "&amp;amp;"), decoded in place with the `entities` package.

import { decodeHTMLStrict } from 'entities';
import { Article } from '../../article';
import { FindingDraft, Rule } from '../../rule';
import { quoteText } from '../../text/display';
import { RunOnLine, findingsForRuns } from './lineFindings';

// A character reference, possibly escaped again as "&amp;…" any number of times. The name is only a candidate:
// it counts only if the HTML decoder knows it. Without ";" only the legacy names below are accepted.
const REFERENCE_RUN = /(?:&(?:amp;)*(?:#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{1,31};?))+/g;
const REFERENCE = /&(?:amp;)*(?:#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|([A-Za-z][A-Za-z0-9]{1,31});?)/y;

// Browsers also accept a few old entity names without ";". These are the ones that turn up in scraped text; they
// count only when what follows cannot continue a name or a URL parameter ("&copy 2020", not "&copy=1" or "&copyright").
const LEGACY_WITHOUT_SEMICOLON = new Set(['amp', 'lt', 'gt', 'quot', 'nbsp', 'copy', 'reg']);
const CONTINUES_NAME = /[A-Za-z0-9=]/;

/** Most levels of "&amp;amp;…" unwrapped; more than this is not escaping but data. */
const MAX_ESCAPE_LEVELS = 4;

export const htmlEntitiesRule: Rule = {
  id: 'characters/html-entities',
  category: 'characters',
  defaultSeverity: 'warning',
  summary: 'HTML entities left in text ("&amp;", "&nbsp;", "&#8217;", double-escaped "&amp;amp;"), decoded.',
  check(article: Article): FindingDraft[] {
    const runs: RunOnLine[] = [];
    for (const line of article.lines) {
      if (!line.text.includes('&')) continue;
      for (const match of line.text.matchAll(REFERENCE_RUN)) {
        decodeRun(match[0], line.span.start + (match.index ?? 0), line.text, (match.index ?? 0), runs);
      }
    }
    return findingsForRuns(article, runs, count => ({
      message: `${count} HTML entities on this line.`,
      evidence: 'The line holds HTML character references in several places; a browser would show the characters, plain text shows the codes.',
      fixTitle: 'Decode the HTML entities on this line',
    }));
  },
};

/** Splits a candidate run into references, decodes each, and records runs of adjacent valid ones. */
function decodeRun(candidate: string, absoluteStart: number, lineText: string, lineOffset: number, runs: RunOnLine[]): void {
  let index = 0;
  let runStart = -1;
  let decoded = '';
  const flush = (end: number) => {
    if (runStart < 0) return;
    const original = candidate.slice(runStart, end);
    runs.push({
      edit: { span: { start: absoluteStart + runStart, end: absoluteStart + end }, newText: decoded },
      message: `HTML ${/^&amp;[#A-Za-z]/.test(original) ? 'entity escaped twice' : 'entity'} ${quoteText(original, 40)} for ${quoteText(decoded, 20)}.`,
      evidence: `${quoteText(original)} is HTML markup for ${quoteText(decoded)}; the scraper copied the code instead of the character.`,
      fixTitle: `Decode to ${quoteText(decoded, 20)}`,
    });
    runStart = -1;
    decoded = '';
  };
  while (index < candidate.length) {
    REFERENCE.lastIndex = index;
    const match = REFERENCE.exec(candidate);
    if (!match) break;
    const end = index + match[0].length;
    const following = end < candidate.length ? candidate[end] : lineText[lineOffset + end] ?? '';
    let length = match[0].length;
    let character = decodeReference(match[0], match[1], following);
    // "&amp;foo;" where "&foo;" is no entity: only the "&amp;" is a reference.
    if (character === undefined && match[0].startsWith('&amp;')) {
      character = '&';
      length = '&amp;'.length;
    }
    if (character === undefined) {
      flush(index);
    } else {
      if (runStart < 0) runStart = index;
      decoded += character;
    }
    index += length;
  }
  flush(index);
}

/** The text a reference stands for, unwrapping "&amp;" escapes; `undefined` when it is not a real reference. */
function decodeReference(reference: string, name: string | undefined, following: string): string | undefined {
  if (name !== undefined && !reference.endsWith(';')) {
    if (!LEGACY_WITHOUT_SEMICOLON.has(name) || CONTINUES_NAME.test(following)) return undefined;
    reference += ';';
  }
  let text = reference;
  for (let level = 0; level < MAX_ESCAPE_LEVELS && text.startsWith('&'); level++) {
    const next = decodeHTMLStrict(text);
    if (next === text) break;
    text = next;
  }
  // Undecodable names stay as they are ("&foo;" left after unwrapping counts as not decoded); "&#0;" and
  // surrogate code points decode to U+FFFD, which repairs nothing.
  if (text === reference || (text.startsWith('&') && text !== '&') || text.includes('\uFFFD')) return undefined;
  return text;
}
