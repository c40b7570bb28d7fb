// TEI XML of a tagged article: paragraphs as <p>, the headline as <head>, dateline and byline as themselves, captions
// and credits as <figure><figDesc>/<note type="credit">, quotations as <q> (with who= from the speaker) and names as
// <persName>/<orgName>/<placeName>/<name>/<date>. The output is well-formed XML 1.0 whatever the input holds.

import { Annotation } from '../tags';
import { Article, Block } from '../article';
import { Span, TagName } from '../types';

const BLOCK_ELEMENTS: Partial<Record<TagName, (inner: string) => string>> = {
  headline: inner => `<head>${inner}</head>`,
  dateline: inner => `<dateline>${inner}</dateline>`,
  byline: inner => `<byline>${inner}</byline>`,
  standfirst: inner => `<argument><p>${inner}</p></argument>`,
};
const INLINE_ELEMENTS: Record<TagName, { readonly open: (annotation: Annotation) => string; readonly close: string }> = {
  person: { open: () => '<persName>', close: '</persName>' },
  org: { open: () => '<orgName>', close: '</orgName>' },
  place: { open: () => '<placeName>', close: '</placeName>' },
  misc: { open: () => '<name>', close: '</name>' },
  date: { open: annotation => (annotation.attributes.value ? `<date when="${escapeXml(annotation.attributes.value)}">` : '<date>'), close: '</date>' },
  quote: { open: annotation => (annotation.attributes.speaker ? `<q who="${escapeXml(annotation.attributes.speaker)}">` : '<q>'), close: '</q>' },
  headline: { open: () => '<seg type="headline">', close: '</seg>' },
  dateline: { open: () => '<seg type="dateline">', close: '</seg>' },
  byline: { open: () => '<seg type="byline">', close: '</seg>' },
  standfirst: { open: () => '<seg type="standfirst">', close: '</seg>' },
  caption: { open: () => '<seg type="caption">', close: '</seg>' },
  credit: { open: () => '<seg type="credit">', close: '</seg>' },
};
// Inside <figure> a caption is its <figDesc> and a credit a note.
const FIGURE_ELEMENTS: Partial<Record<TagName, { readonly open: () => string; readonly close: string }>> = {
  caption: { open: () => '<figDesc>', close: '</figDesc>' },
  credit: { open: () => '<note type="credit">', close: '</note>' },
};

export function exportTei(article: Article, title = 'Article'): string {
  const headline = article.tags.find(annotation => annotation.tag === 'headline');
  const documentTitle = headline ? article.slice(headline.plain).trim() : title;
  const body = article.blocks.map(block => blockXml(article, block)).join('\n      ');
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<TEI xmlns="http://www.tei-c.org/ns/1.0">',
    '  <teiHeader>',
    '    <fileDesc>',
    `      <titleStmt><title>${escapeXml(documentTitle)}</title></titleStmt>`,
    '      <publicationStmt><p>Exported by Article Lint</p></publicationStmt>',
    `      <sourceDesc><p>${escapeXml(title)}</p></sourceDesc>`,
    '    </fileDesc>',
    '  </teiHeader>',
    '  <text>',
    '    <body>',
    `      ${body}`,
    '    </body>',
    '  </text>',
    '</TEI>',
    '',
  ].join('\n');
}

function blockXml(article: Article, block: Block): string {
  // A block whose every line is one structure passage (a dateline line, then a headline line, as scrapes have them)
  // becomes those elements, line by line; any other block is a paragraph.
  const lineSpans: Span[] = [];
  for (let index = block.firstLine; index <= block.lastLine; index++) lineSpans.push(article.lines[index].span);
  const structured = lineSpans.map(span => structureXml(article, span));
  if (structured.every(xml => xml !== undefined)) return structured.join('\n      ');
  const inBlock = annotationsIn(article, block.span);
  return `<p>${inlineXml(article, block.span, inBlock, false)}</p>`;
}

/** The element for a line that one structure passage covers, or that captions and credits cover; else undefined. */
function structureXml(article: Article, span: Span): string | undefined {
  const inLine = annotationsIn(article, span);
  const whole = inLine.find(annotation => BLOCK_ELEMENTS[annotation.tag] && covers(article, annotation.plain, span));
  if (whole) return (BLOCK_ELEMENTS[whole.tag] as (inner: string) => string)(inlineXml(article, span, inLine.filter(annotation => annotation !== whole)));
  const pictures = inLine.filter(annotation => annotation.tag === 'caption' || annotation.tag === 'credit');
  if (pictures.length > 0 && coveredBy(article, span, pictures.map(annotation => annotation.plain))) return `<figure>${inlineXml(article, span, inLine, true)}</figure>`;
  return undefined;
}

function annotationsIn(article: Article, span: Span): Annotation[] {
  return article.tags.filter(annotation => annotation.plain.start < span.end && annotation.plain.end > span.start);
}

/** The text of `span` with the annotations inside it as nested elements (clipped to the span), line breaks as <lb/>. */
function inlineXml(article: Article, span: Span, annotations: readonly Annotation[], inFigure = false): string {
  const events: { offset: number; closing: boolean; depth: number; text: string }[] = [];
  annotations.forEach(annotation => {
    const start = Math.max(span.start, annotation.plain.start);
    const end = Math.min(span.end, annotation.plain.end);
    if (start >= end) return;
    const element = (inFigure ? FIGURE_ELEMENTS[annotation.tag] : undefined) ?? INLINE_ELEMENTS[annotation.tag];
    const depth = annotation.plain.end - annotation.plain.start;
    events.push({ offset: start, closing: false, depth, text: element.open(annotation) });
    events.push({ offset: end, closing: true, depth, text: element.close });
  });
  // Closings before openings at one offset; wider passages open first and close last, so elements nest.
  events.sort((a, b) => a.offset - b.offset || Number(b.closing) - Number(a.closing) || (a.closing ? a.depth - b.depth : b.depth - a.depth));
  const pieces: string[] = [];
  let cursor = span.start;
  for (const event of events) {
    pieces.push(textXml(article.text.slice(cursor, event.offset)), event.text);
    cursor = event.offset;
  }
  pieces.push(textXml(article.text.slice(cursor, span.end)));
  return pieces.join('');
}

function covers(article: Article, outer: Span, inner: Span): boolean {
  const text = article.text;
  return text.slice(inner.start, Math.max(inner.start, outer.start)).trim() === '' && text.slice(Math.min(inner.end, outer.end), inner.end).trim() === '' && outer.start <= inner.end && outer.end >= inner.start;
}

function coveredBy(article: Article, span: Span, parts: readonly Span[]): boolean {
  let uncovered = '';
  let cursor = span.start;
  for (const part of [...parts].sort((a, b) => a.start - b.start)) {
    if (part.start > cursor) uncovered += article.text.slice(cursor, Math.min(part.start, span.end));
    cursor = Math.max(cursor, part.end);
  }
  if (cursor < span.end) uncovered += article.text.slice(cursor, span.end);
  return uncovered.trim() === '';
}

function textXml(text: string): string {
  return escapeXml(text).replace(/\r\n|\r|\n/g, '<lb/>');
}

// Characters XML 1.0 forbids (C0 controls but tab and line breaks, lone surrogates, U+FFFE/U+FFFF) become U+FFFD.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function escapeXml(text: string): string {
  return text.replace(NOT_XML, '\uFFFD').replace(/[&<>"]/g, character => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[character] ?? character);
}
