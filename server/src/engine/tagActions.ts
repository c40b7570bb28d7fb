// Tagging as edits on the tagged source: tag a selection as any tag of the vocabulary, remove a passage's tags,
// change a passage's tag. Selections and results are in offsets of the text as given (tags included).

import { Article } from './article';
import { Annotation, openingTag, TAG_ATTRIBUTES, tagEdits, tagPlacementProblem } from './tags';
import { Span, TagName, TextEdit } from './types';

export type TagAction =
  | { readonly ok: true; readonly edits: readonly TextEdit[] }
  | { readonly ok: false; readonly reason: string };

/**
 * Tags the text selected in the source. The selection is trimmed of surrounding whitespace and mapped to the
 * untagged text; markup inside it stays inside the new passage, and the new tag is refused (with the reason) when it
 * would cross an existing passage or split a character.
 */
export function tagSelection(article: Article, selection: Span, tag: TagName, attributes: Readonly<Record<string, string>> = {}): TagAction {
  const { tagged } = article;
  let start = tagged.toPlain(selection.start);
  let end = tagged.toPlain(selection.end);
  while (start < end && /\s/.test(article.text[start])) start++;
  while (end > start && /\s/.test(article.text[end - 1])) end--;
  const problem = tagPlacementProblem(tagged, { start, end });
  if (problem) return { ok: false, reason: `cannot tag as <${tag}>: ${problem}` };
  return { ok: true, edits: tagEdits(tagged, { start, end }, tag, attributes) };
}

/** The passages whose source span contains `offset`, innermost first. */
export function annotationsAt(article: Article, offset: number): Annotation[] {
  return article.tags
    .filter(annotation => annotation.source.start <= offset && offset <= annotation.source.end)
    .sort((a, b) => a.source.end - a.source.start - (b.source.end - b.source.start));
}

/** Removes a passage's opening and closing tags, keeping its text. */
export function untagEdits(annotation: Annotation): TextEdit[] {
  return [
    { span: annotation.openTag, newText: '' },
    { span: annotation.closeTag, newText: '' },
  ];
}

/** Gives a passage another tag, keeping the attributes the new tag accepts. */
export function retagEdits(annotation: Annotation, tag: TagName): TextEdit[] {
  const kept = Object.fromEntries(Object.entries(annotation.attributes).filter(([name]) => TAG_ATTRIBUTES[tag].includes(name)));
  return [
    { span: annotation.openTag, newText: openingTag(tag, kept) },
    { span: annotation.closeTag, newText: `</${tag}>` },
  ];
}
