// metadata/caption: photo captions — "FILE PHOTO. …", "Above: …", "Pictured: …", a sentence ending in a photo
// credit (the caption part; the credit is metadata/credit's), or a line standing right above a credit line.

import { Article } from '../../article';
import { FindingDraft, Rule } from '../../rule';
import { ArticleHead, articleHead, countWords, nextContentLine, previousContentLine } from './articleHead';
import { recognizeByline } from './bylines';
import { recognizeDateline } from './dateline';
import { shortLines, spanIn, tagDraft, trimmedLine } from './findings';
import { MAX_CAPTION_LENGTH, recognizeCaptionLine, recognizeCreditLine } from './pictures';
import { MetadataVocabulary, metadataVocabulary } from './vocabulary';

const MESSAGE = 'Photo caption: tag it as <caption> so body extraction leaves it out.';
const MIN_CAPTION_WORDS = 3;

export const captionRule: Rule = {
  id: 'metadata/caption',
  category: 'metadata',
  defaultSeverity: 'info',
  summary: 'A photo caption ("FILE PHOTO. …", "Above: …", a line ending in or standing above a photo credit); tag it as <caption>.',
  check(article, context) {
    const vocabulary = metadataVocabulary(context.language);
    const head = articleHead(article, context.language);
    const drafts: FindingDraft[] = [];
    const flagged = new Set<number>();
    for (const line of shortLines(article, MAX_CAPTION_LENGTH)) {
      const index = line.line.index;
      const shape = recognizeCaptionLine(line.text, vocabulary);
      if (shape) {
        drafts.push(tagDraft(spanIn(line, 0, shape.captionEnd), 'caption', MESSAGE, shape.evidence));
        flagged.add(index);
        continue;
      }
      if (recognizeCreditLine(line.text, head.isInHeader(index), vocabulary) || !isCaptionCandidate(line.text, head, index, vocabulary)) continue;
      const evidence = positionalCaptionEvidence(article, index, head, vocabulary);
      if (!evidence) continue;
      drafts.push(tagDraft(spanIn(line), 'caption', MESSAGE, evidence, 'medium'));
      flagged.add(index);
      // Galleries repeat a caption on the line above it; the copy is a caption too.
      const previous = previousContentLine(article, index, 0);
      if (previous >= 0 && !flagged.has(previous) && article.lines[previous].text.trim() === line.text) {
        drafts.push(tagDraft(spanIn(trimmedLine(article.lines[previous])), 'caption', MESSAGE, `${evidence}, repeated`, 'medium'));
        flagged.add(previous);
      }
    }
    return drafts.sort((a, b) => a.span.start - b.span.start);
  },
};

/** Why a line with no caption shape of its own is a caption: the credit under it, or a credit above and a byline below. */
function positionalCaptionEvidence(article: Article, index: number, head: ArticleHead, vocabulary: MetadataVocabulary): string | undefined {
  const next = nextContentLine(article, index, 1);
  const nextText = next >= 0 ? article.lines[next].text.trim() : '';
  const creditBelow = next >= 0 ? recognizeCreditLine(nextText, head.isInHeader(next), vocabulary) : undefined;
  if (creditBelow) return `the line right below it is a photo credit (${creditBelow.evidence})`;
  // Some sites put the credit above the caption ("Alex Wong | Getty Images", caption, "By …"); only in the header.
  if (!head.isInHeader(index)) return undefined;
  const previous = previousContentLine(article, index, 1);
  const creditAbove = previous >= 0 ? recognizeCreditLine(article.lines[previous].text.trim(), true, vocabulary) : undefined;
  if (!creditAbove || next < 0) return undefined;
  const bylineBelow = recognizeByline(nextText, vocabulary);
  const datelineBelow = recognizeDateline(nextText, true, vocabulary);
  if (bylineBelow || datelineBelow) return `a photo credit above it (${creditAbove.evidence}) and the ${bylineBelow ? 'byline' : 'dateline'} below it`;
  return undefined;
}

/** A caption is a few words at least, and not a line that reads as another kind of metadata. */
function isCaptionCandidate(text: string, head: ArticleHead, index: number, vocabulary: MetadataVocabulary): boolean {
  if (countWords(text) < MIN_CAPTION_WORDS || /:$/.test(text)) return false;
  // "1 of 6" is a gallery counter, not a caption: a caption has words.
  if ((text.match(/\p{L}{2,}/gu) ?? []).length < 2) return false;
  if (head.titleRepeats.includes(index) || head.pageTitle?.line === index) return false;
  return !recognizeByline(text, vocabulary) && !recognizeDateline(text, true, vocabulary);
}
