// metadata/credit: photo credits — a credit line ("Image Credit: WeWork", "(Reed Saxon / Associated Press)",
// "Photo: Jane Doe/Reuters") or the credit closing a caption line ("… © Getty Images / Anadolu Agency / Pavel Pavlov").

import { FindingDraft, Rule } from '../../rule';
import { articleHead } from './articleHead';
import { shortLines, spanIn, tagDraft } from './findings';
import { MAX_CAPTION_LENGTH, recognizeCaptionLine, recognizeCreditLine } from './pictures';
import { metadataVocabulary } from './vocabulary';

const MESSAGE = 'Photo credit: tag it as <credit> so body extraction leaves it out.';

export const creditRule: Rule = {
  id: 'metadata/credit',
  category: 'metadata',
  defaultSeverity: 'info',
  summary: 'A photo credit ("© Getty Images", "Image Credit: …", "(Name / Associated Press)"), alone or closing a caption; tag it as <credit>.',
  check(article, context) {
    const vocabulary = metadataVocabulary(context.language);
    const head = articleHead(article, context.language);
    const drafts: FindingDraft[] = [];
    for (const line of shortLines(article, MAX_CAPTION_LENGTH)) {
      const wholeLine = recognizeCreditLine(line.text, head.isInHeader(line.line.index), vocabulary);
      if (wholeLine) {
        drafts.push(tagDraft(spanIn(line), 'credit', MESSAGE, wholeLine.evidence));
        continue;
      }
      const credit = recognizeCaptionLine(line.text, vocabulary)?.credit;
      if (credit) drafts.push(tagDraft(spanIn(line, credit.start, credit.end), 'credit', MESSAGE, `closes a caption: ${credit.evidence}`));
    }
    return drafts;
  },
};
