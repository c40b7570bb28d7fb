// The export formats of a tagged article, by name, for the CLI (`article-lint export`) and the editor command.

import { Article } from '../article';
import { exportBrat } from './brat';
import { exportConll } from './conll';
import { exportJsonl } from './jsonl';
import { exportTei } from './tei';

export const EXPORT_FORMATS = ['brat', 'conll', 'jsonl', 'tei'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** One output file: its name is the article's base name plus `extension`. */
export interface ExportedFile {
  readonly extension: string;
  readonly content: string;
}

export function exportArticle(article: Article, format: ExportFormat, name: string): ExportedFile[] {
  switch (format) {
    case 'brat': {
      const { text, annotations } = exportBrat(article);
      return [
        { extension: '.txt', content: text },
        { extension: '.ann', content: annotations },
      ];
    }
    case 'conll':
      return [{ extension: '.conll', content: exportConll(article) }];
    case 'jsonl':
      return [{ extension: '.jsonl', content: exportJsonl(article, { source: name }) }];
    case 'tei':
      return [{ extension: '.tei.xml', content: exportTei(article, name) }];
  }
}

export { importBrat } from './brat';
export { serializeAnnotations } from './serialize';
export type { SpanAnnotation, SerializedText } from './serialize';
