// metadata/caption: photo captions — "FILE PHOTO. …", "Above: …", "Pictured: …", a sentence ending in a photo
// credit (the caption part; the credit is metadata/credit's), or a line standing right above a credit line.

import { Article } from '../../article';
import { FindingDraft, Rule } from '../../rule';
import { ArticleHead, articleHead, nextContentLine, previousContentLine } from './articleHead';
import { datelineAt } from './dateline';
import { spanIn, tagDraft, trimmedLine } from './findings';
import { LineShapes, creditLine, lineShapes } from './lineShapes';
import { MAX_CAPTION_LENGTH } from './pictures';
import { countWords } from './words';

const MESSAGE = 'Photo caption: tag it as <caption> so body extraction leaves it out.';
const MIN_CAPTION_WORDS = 3;

export const captionRule: Rule = {
  id: 'metadata/caption',
  category: 'metadata',
  defaultSeverity: 'info',
  summary: 'A photo caption ("FILE PHOTO. …", "Above: …", a line ending in or standing above a photo credit); tag it as <caption>.',
  check(article, context) {
    const shapes = lineShapes(article, context.language);
    const head = articleHead(article, context.language);
    const drafts: FindingDraft[] = [];
    const flagged = new Set<number>();
    for (const line of article.lines) {
      if (line.isBlank || line.text.length > MAX_CAPTION_LENGTH * 2) continue;
      const index = line.index;
      const shape = shapes.caption(index);
      if (shape) {
        drafts.push(tagDraft(spanIn(trimmedLine(line), 0, shape.captionEnd), 'caption', MESSAGE, shape.evidence));
        flagged.add(index);
        continue;
      }
      if (shapes.credit(index)) continue;
      const evidence = positionalCaptionEvidence(article, index, head, shapes);
      if (!evidence || !isCaptionCandidate(shapes, head, index)) continue;
      drafts.push(tagDraft(spanIn(trimmedLine(line)), 'caption', MESSAGE, evidence, 'medium'));
      flagged.add(index);
      // Galleries repeat a caption on the line right above it; the copy is a caption too.
      const previous = previousContentLine(article, index, 0);
      if (previous >= 0 && !flagged.has(previous) && shapes.text(previous) === shapes.text(index)) {
        drafts.push(tagDraft(spanIn(trimmedLine(article.lines[previous])), 'caption', MESSAGE, `${evidence}, repeated`, 'medium'));
        flagged.add(previous);
      }
    }
    return drafts.sort((a, b) => a.span.start - b.span.start);
  },
};

/** Why a line with no caption shape of its own is a caption: the credit under it, or a credit above and a byline below. */
function positionalCaptionEvidence(article: Article, index: number, head: ArticleHead, shapes: LineShapes): string | undefined {
  const next = nextContentLine(article, index, 1);
  const creditBelow = next >= 0 ? creditLine(shapes, next, head.isInHeader(next)) : undefined;
  if (creditBelow) return `the line right below it is a photo credit (${creditBelow.evidence})`;
  // Some sites put the credit above the caption ("Alex Wong | Getty Images", caption, "By …"); only in the header.
  if (!head.isInHeader(index) || next < 0) return undefined;
  const previous = previousContentLine(article, index, 1);
  const creditAbove = previous >= 0 ? creditLine(shapes, previous, true) : undefined;
  if (!creditAbove) return undefined;
  if (shapes.byline(next)) return `a photo credit above it (${creditAbove.evidence}) and the byline below it`;
  if (datelineAt(shapes, next, true)) return `a photo credit above it (${creditAbove.evidence}) and the dateline below it`;
  return undefined;
}

/** A caption has a few words, and is not a line that reads as another kind of metadata. */
function isCaptionCandidate(shapes: LineShapes, head: ArticleHead, index: number): boolean {
  const text = shapes.text(index);
  if (countWords(text, MIN_CAPTION_WORDS) < MIN_CAPTION_WORDS || text.endsWith(':')) return false;
  // "1 of 6" is a gallery counter, not a caption: a caption has words.
  if ((text.match(/\p{L}{2,}/gu) ?? []).length < 2) return false;
  if (head.titleRepeats.has(index) || head.pageTitle?.line === index) return false;
  return !shapes.byline(index) && !datelineAt(shapes, index, true);
}
