// The metadata shapes of an article's lines — a date, a byline, a photo credit, a caption — each recognized at most
// once per Article and language, and shared by every metadata rule and the article-head layout. Not a rule.

import { Article } from '../../article';
import { BylineMatch, MAX_BYLINE_LENGTH, recognizeByline, recognizeSelfEvidentByline, SELF_EVIDENT_BYLINE_KINDS } from './bylines';
import { DateOnlyText, recognizeDateOnlyText } from './dates';
import { CaptionShape, CreditMatch, MAX_CAPTION_LENGTH, MAX_CREDIT_LENGTH, recognizeCaptionLine, recognizeCredit } from './pictures';
import { MetadataVocabulary, metadataVocabulary } from './vocabulary';

/** Date-only lines ("Published … | Updated …" pairs included) are shorter than this. */
export const MAX_DATE_LINE_LENGTH = 160;

export interface LineShapes {
  readonly vocabulary: MetadataVocabulary;
  /** The line's text without leading and trailing whitespace. */
  text(index: number): string;
  /** The line is a date and nothing else ("Nov. 19, 2019", "Updated 3 hours ago"). */
  dateOnly(index: number): DateOnlyText | undefined;
  byline(index: number): BylineMatch | undefined;
  /**
   * `byline(index)` when its kind is self-evident (a byline wherever it stands), else undefined. Cheaper for lines
   * whose other byline shapes would not count: it tries only the self-evident shapes unless `byline` already ran.
   */
  selfEvidentByline(index: number): BylineMatch | undefined;
  /** The line is a photo credit and nothing else (wherever it stands; see `creditLine` for the header rule). */
  credit(index: number): CreditMatch | undefined;
  /** The line has a caption shape of its own: a caption label, a credit at its end, a "©" name at its front. */
  caption(index: number): CaptionShape | undefined;
}

const shapesByArticle = new WeakMap<Article, Map<string, LineShapes>>();

export function lineShapes(article: Article, language: string): LineShapes {
  let byLanguage = shapesByArticle.get(article);
  if (!byLanguage) {
    byLanguage = new Map();
    shapesByArticle.set(article, byLanguage);
  }
  let shapes = byLanguage.get(language);
  if (!shapes) {
    shapes = createLineShapes(article, language);
    byLanguage.set(language, shapes);
  }
  return shapes;
}

/** `null` marks "looked, found nothing", so a line is never recognized twice. */
type Cache<Value> = (Value | null)[];

function createLineShapes(article: Article, language: string): LineShapes {
  const vocabulary = metadataVocabulary(language);
  const { lines, lineAnalyses } = article;
  const texts: (string | undefined)[] = [];
  const text = (index: number) => (texts[index] ??= lines[index].text.trim());
  // A shape is only looked for in lines short enough to hold it; surrounding spaces get some slack. What a line of an
  // earlier version of the document was found to be is taken from the memo.
  const cached = <Value>(kind: string, maxLength: number, recognize: (text: string) => Value | undefined, cache: Cache<Value> = []) => {
    const memoKind = `${kind}/${language}`;
    // The memo's record is of the untrimmed line (its own copy of it), which trims the same.
    const recognizeLine = (lineText: string) => recognize(lineText.trim());
    return (index: number) => {
      const known = cache[index];
      if (known !== undefined) return known ?? undefined;
      const line = lines[index];
      const fits = line && !line.isBlank && line.text.length <= maxLength * 2 && text(index).length <= maxLength;
      const found = fits ? (lineAnalyses ? lineAnalyses(line).of(memoKind, recognizeLine) : recognize(text(index))) : undefined;
      cache[index] = found ?? null;
      return found;
    };
  };
  const bylines: Cache<BylineMatch> = [];
  const selfEvidentBylines = cached<BylineMatch>('self-evident-byline', MAX_BYLINE_LENGTH, line => recognizeSelfEvidentByline(line, vocabulary));
  return {
    vocabulary,
    text,
    dateOnly: cached<DateOnlyText>('date-only', MAX_DATE_LINE_LENGTH, line => recognizeDateOnlyText(line, vocabulary)),
    byline: cached<BylineMatch>('byline', MAX_BYLINE_LENGTH, line => recognizeByline(line, vocabulary), bylines),
    selfEvidentByline(index) {
      const known = bylines[index];
      if (known === undefined) return selfEvidentBylines(index);
      return known !== null && SELF_EVIDENT_BYLINE_KINDS.has(known.kind) ? known : undefined;
    },
    credit: cached<CreditMatch>('credit', MAX_CREDIT_LENGTH, line => recognizeCredit(line, vocabulary)),
    caption: cached<CaptionShape>('caption', MAX_CAPTION_LENGTH, line => recognizeCaptionLine(line, vocabulary)),
  };
}

/**
 * A credit line as the rules count it. A bare "© Name" line counts only in the article header: in the body it more
 * often closes a recipe or a poem ("© Regan") than credits a picture.
 */
export function creditLine(shapes: LineShapes, index: number, inHeader: boolean): CreditMatch | undefined {
  const credit = shapes.credit(index);
  if (!credit || inHeader || !shapes.text(index).startsWith('©')) return credit;
  return undefined;
}
