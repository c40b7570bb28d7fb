// noise/share-buttons: share bars and social links ("Facebook Twitter LinkedIn Email Copy Link", "Share this article").

import { defineLineRule, quote } from './lineRuns';
import { escapeRegExp, perLanguage } from '../../lexicon';
import { phraseSet } from './noiseLexicon';

const shareTokens = phraseSet('shareTokens');
const sharePlatforms = phraseSet('sharePlatforms');
/** A case-insensitive scan for any platform name: lines without one are skipped before being tokenized. */
const mentionsPlatform = perLanguage(language => new RegExp([...sharePlatforms(language)].map(escapeRegExp).join('|'), 'iu'));
// Longer lines are sentences about sharing, not share bars.
const MAX_TOKENS = 16;

/** Lower-cased words of a line, split on spaces and the separators share bars use. */
export function shareBarTokens(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[\s|/·•,:()[\]]+/)
    .map(token => token.replace(/^[^\p{L}\p{N}+]+|[^\p{L}\p{N}+]+$/gu, ''))
    .filter(Boolean);
}

export const shareButtonsRule = defineLineRule({
  id: 'noise/share-buttons',
  summary: 'Share bars and social-network links: lines made only of words like "Share", "Facebook", "Twitter", "Email", "Copy link".',
  message: count => (count === 1 ? 'Share buttons left by the scraper' : `Share bar (${count} lines) left by the scraper`),
  matchLine: ({ article, lineIndex, context }) => {
    const text = article.lines[lineIndex].text;
    if (text.length > 200 || !mentionsPlatform(context.language).test(text)) return undefined;
    const tokens = shareBarTokens(text);
    if (tokens.length === 0 || tokens.length > MAX_TOKENS) return undefined;
    const allowed = shareTokens(context.language);
    const platforms = sharePlatforms(context.language);
    if (!tokens.every(token => allowed.has(token))) return undefined;
    const named = tokens.filter(token => platforms.has(token));
    if (named.length === 0) return undefined;
    return { reason: `${quote(text)} only names share targets (${[...new Set(named)].slice(0, 4).join(', ')})` };
  },
});
