// One JSON line per article for span-labelling tools: `{"text", "spans":[{"start","end","label"}]}` as Prodigy reads
// it, plus doccano's `"label": [[start, end, "LABEL"]]`. Offsets are Unicode code points, as both tools (Python) count.

import { Article } from '../article';
import { CodePointOffsets } from './codePoints';

export function exportJsonl(article: Article, meta: Readonly<Record<string, string>> = {}): string {
  const offsets = new CodePointOffsets(article.text);
  const spans = article.tags.map(annotation => ({
    start: offsets.toCodePoint(annotation.plain.start),
    end: offsets.toCodePoint(annotation.plain.end),
    label: annotation.tag,
    ...(Object.keys(annotation.attributes).length > 0 ? { attributes: annotation.attributes } : {}),
  }));
  const record = { text: article.text, spans, label: spans.map(span => [span.start, span.end, span.label]), ...(Object.keys(meta).length > 0 ? { meta } : {}) };
  return `${JSON.stringify(record)}\n`;
}
