// noise/share-buttons: share bars and social links ("Facebook Twitter LinkedIn Email Copy Link", "Share this article").

import { escapeRegExp } from '../../lexicon';
import { isInsideBody, LineFeatures } from './layout';
import { defineAnchoredRule, quote } from './lineRuns';
import { LexiconScope, phraseSet } from './noiseLexicon';

const shareTokens = phraseSet('shareTokens');
const sharePlatforms = phraseSet('sharePlatforms');
const platformScanners = new WeakMap<ReadonlySet<string>, RegExp>();
/** A case-insensitive scan for any platform name: lines without one are skipped before being tokenized. */
function mentionsPlatform(scope: LexiconScope): RegExp {
  const platforms = sharePlatforms(scope);
  let scanner = platformScanners.get(platforms);
  if (!scanner) platformScanners.set(platforms, (scanner = new RegExp([...platforms].map(escapeRegExp).join('|'), 'i')));
  return scanner;
}
// Longer lines are sentences about sharing, not share bars.
const MAX_TOKENS = 16;
const SHARE_VERBS = new Set(['share', 'sharing', 'shares', 'tweet']);
const SHARE_COUNT = /^\d[\d.,]*[km]?$/u;

/** Lower-cased words of a line, split on spaces and the separators share bars use. */
export function shareBarTokens(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[\s|/·•,:()[\]]+/)
    .map(token => token.replace(/^[^\p{L}\p{N}+]+|[^\p{L}\p{N}+]+$/gu, ''))
    .filter(Boolean);
}

/** The share targets a line names when it is made only of share-bar words, or undefined. */
function shareTargets(text: string, features: LineFeatures, scope: LexiconScope): string[] | undefined {
  if (text.length > 200 || !mentionsPlatform(scope).test(text)) return undefined;
  // "Copy the link and share it on WhatsApp." is a sentence built from share words, not a bar.
  if (features.words >= 4 && /[.!?]["'”’)]*$/u.test(text.trim())) return undefined;
  const tokens = shareBarTokens(text);
  if (tokens.length === 0 || tokens.length > MAX_TOKENS) return undefined;
  const allowed = shareTokens(scope);
  // Share buttons often carry their counts ("Facebook 1.2K").
  if (!tokens.every(token => allowed.has(token) || SHARE_COUNT.test(token))) return undefined;
  const platforms = sharePlatforms(scope);
  const named = tokens.filter(token => platforms.has(token));
  return named.length > 0 ? named : undefined;
}

export const shareButtonsRule = defineAnchoredRule({
  id: 'noise/share-buttons',
  summary: 'Share bars and social-network links: lines made only of words like "Share", "Facebook", "Twitter", "Email", "Copy link".',
  message: count => (count === 1 ? 'Share buttons left by the scraper' : `Share bar (${count} lines) left by the scraper`),
  matchAnchor: ({ article, lineIndex, features, layout, context }) => {
    const text = article.lines[lineIndex].text;
    const named = shareTargets(text, features, context);
    if (!named) return undefined;
    // Inside the body one platform name alone ("Threads", "Email") may be a subhead; a bar names two or says "share".
    const tokens = shareBarTokens(text);
    const bar = new Set(named).size >= 2 || named.some(token => SHARE_VERBS.has(token)) || (tokens.includes('copy') && tokens.includes('link'));
    if (!bar && isInsideBody(layout, lineIndex)) return undefined;
    return { reason: `${quote(text)} only names share targets (${[...new Set(named)].slice(0, 4).join(', ')})` };
  },
  // Single platform names next to a share bar ("Facebook" / "Twitter" on lines of their own) belong to it.
  matchSatellite: ({ article, lineIndex, features, context }) => shareTargets(article.lines[lineIndex].text, features, context) !== undefined,
});
