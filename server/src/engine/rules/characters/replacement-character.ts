// characters/replacement-character: U+FFFD "�" and lone UTF-16 surrogates, text already lost when the article was
// decoded. Nothing can bring the characters back, so the finding has no fix; it tells you to re-fetch the source.

import { Article } from '../../article';
import { FindingDraft, Rule } from '../../rule';
import { quoteText } from '../../text/display';
import { isInsideAny, mojibakeSpansOf } from './lineFindings';

// A run of replacement characters or lone surrogates (a high surrogate not followed by a low one, or a low one not
// preceded by a high one). Surrogate pairs are whole characters and never match.
const LOST_RUN = /(?:\uFFFD|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF])+/g;
const HAS_LOST = new RegExp(LOST_RUN.source);

export const replacementCharacterRule: Rule = {
  id: 'characters/replacement-character',
  category: 'characters',
  defaultSeverity: 'info',
  summary: 'Replacement characters "�" and lone surrogates: characters lost in decoding, which no fix can restore.',
  check(article: Article): FindingDraft[] {
    const findings: FindingDraft[] = [];
    for (const line of article.lines) {
      if (line.isPlainAscii || !HAS_LOST.test(line.text)) continue;
      let mojibake: ReturnType<typeof mojibakeSpansOf> | undefined;
      for (const match of line.text.matchAll(LOST_RUN)) {
        const start = line.span.start + (match.index ?? 0);
        // "â€�" is mojibake of a curly quote whose last byte was lost: characters/mojibake reports it whole.
        if (match[0].includes('\uFFFD')) {
          mojibake ??= mojibakeSpansOf(article, line);
          if (isInsideAny(mojibake, start)) continue;
        }
        const surrogates = match[0].replace(/\uFFFD/g, '').length;
        const what = surrogates === 0
          ? `${match[0].length === 1 ? 'A replacement character' : `${match[0].length} replacement characters`} "\uFFFD"`
          : `${surrogates === 1 ? 'A lone surrogate' : `${surrogates} lone surrogates`}${surrogates < match[0].length ? ' and replacement characters' : ''}`;
        findings.push({
          span: { start, end: start + match[0].length },
          message: `${what}: characters were lost when this text was decoded.`,
          evidence:
            `Found ${quoteText(match[0])}. A decoder writes "\uFFFD" for bytes it could not read, and a lone surrogate is half of a ` +
            'character cut in two; either way the original character is gone. Re-fetch or re-decode the source to recover it.',
          fixes: [],
        });
      }
    }
    return findings;
  },
};
