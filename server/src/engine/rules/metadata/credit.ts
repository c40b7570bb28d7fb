// metadata/credit: photo credits — a credit line ("Image Credit: WeWork", "(Reed Saxon / Associated Press)",
// "Photo: Jane Doe/Reuters") or the credit closing a caption line ("… © Getty Images / Anadolu Agency / Pavel Pavlov").

import { FindingDraft, Rule } from '../../rule';
import { articleHead } from './articleHead';
import { spanIn, tagDraft, trimmedLine } from './findings';
import { creditLine, lineShapes } from './lineShapes';

const MESSAGE = 'Photo credit: tag it as <credit> so body extraction leaves it out.';

export const creditRule: Rule = {
  id: 'metadata/credit',
  category: 'metadata',
  defaultSeverity: 'info',
  summary: 'A photo credit ("© Getty Images", "Image Credit: …", "(Name / Associated Press)"), alone or closing a caption; tag it as <credit>.',
  check(article, context) {
    const shapes = lineShapes(article, context.language);
    const head = articleHead(article, context.language);
    const drafts: FindingDraft[] = [];
    for (const line of article.lines) {
      if (line.isBlank) continue;
      const wholeLine = creditLine(shapes, line.index, head.isInHeader(line.index));
      if (wholeLine) {
        drafts.push(tagDraft(spanIn(trimmedLine(line)), 'credit', MESSAGE, wholeLine.evidence));
        continue;
      }
      const credit = shapes.caption(line.index)?.credit;
      if (credit) drafts.push(tagDraft(spanIn(trimmedLine(line), credit.start, credit.end), 'credit', MESSAGE, `closes a caption: ${credit.evidence}`));
    }
    return drafts;
  },
};
