// Inline tags of the vocabulary (`<headline>…</headline>`, `<quote speaker="…">…</quote>`, `<person>…</person>`):
// parsed into annotations over the *untagged* text, with offsets mapped both ways, so every rule reads the article as
// if it had no tags, and every edit computed on the untagged text can be carried back into the tagged file.

import { lastIndexAtOrBefore } from './sortedSearch';
import { Span, TAG_NAMES, TagName, TextEdit } from './types';

/** A tagged passage: what it is, its attributes, and where it lies in the untagged text and in the source. */
export interface Annotation {
  readonly tag: TagName;
  readonly attributes: Readonly<Record<string, string>>;
  /** The passage in the untagged text. */
  readonly plain: Span;
  /** The opening tag, the closing tag and the whole passage in the source (tagged) text. */
  readonly openTag: Span;
  readonly closeTag: Span;
  readonly source: Span;
}

export type TagProblemKind = 'unclosed' | 'unopened' | 'crossing' | 'empty' | 'unknown-attribute' | 'bad-attributes';

/** Something wrong with the tag markup, in source coordinates; the markup involved is left as plain text. */
export interface TagProblem {
  readonly kind: TagProblemKind;
  readonly span: Span;
  readonly message: string;
  /** The obvious repair, when there is one (delete a stray tag, drop an unknown attribute), in source offsets. */
  readonly repair?: { readonly title: string; readonly edit: TextEdit };
}

/** The attributes each tag accepts; anything else is reported and ignored. */
export const TAG_ATTRIBUTES: Readonly<Record<TagName, readonly string[]>> = {
  headline: [],
  standfirst: [],
  dateline: [],
  byline: [],
  caption: [],
  credit: [],
  quote: ['speaker'],
  person: ['canonical'],
  org: ['canonical'],
  place: ['canonical'],
  misc: ['canonical'],
  date: ['value'],
};

export interface TaggedText {
  readonly source: string;
  /** The source without the markup of well-formed vocabulary tags (built when first read). */
  readonly plain: string;
  /** Sorted by plain start, outer passages before the passages nested in them. */
  readonly annotations: readonly Annotation[];
  readonly problems: readonly TagProblem[];
  /** True when the source holds no vocabulary markup, so plain and source offsets are the same. */
  readonly isIdentity: boolean;
  /** The plain offset of a source offset (a source offset inside markup maps to the plain offset the markup sits at). */
  toPlain(sourceOffset: number): number;
  /**
   * The source offset of a plain offset. Where markup sits at that point, `before` gives the offset before all of it
   * and `after` the offset after all of it.
   */
  toSource(plainOffset: number, side: 'before' | 'after'): number;
}

const TAG_NAME_SET = new Set<string>(TAG_NAMES);
// An opening or closing tag of the vocabulary, with optional attributes in double or single quotes. Attribute values
// cannot contain the quote that delimits them or '<' / '>', which keeps the pattern linear.
// Sticky, tried only where indexOf finds a '<': over megabytes, measured several times faster than a global search.
const MARKUP = new RegExp(`<(/?)(${TAG_NAMES.join('|')})((?:\\s+[A-Za-z][\\w-]*\\s*=\\s*(?:"[^"<>]*"|'[^'<>]*'))*)\\s*>`, 'y');
// The start of an opening or closing tag of the vocabulary (see mayEndInsideMarkup).
const MARKUP_START = new RegExp(`</?(?:${TAG_NAMES.join('|')})`);
const ATTRIBUTE = /([A-Za-z][\w-]*)\s*=\s*(?:"([^"<>]*)"|'([^'<>]*)')/g;

/** An opening or closing tag of the vocabulary in a text. */
export interface Markup {
  readonly closing: boolean;
  readonly tag: TagName;
  readonly span: Span;
  readonly attributeText: string;
}

/** The opening and closing tags of the vocabulary in `text`, in order, their spans moved by `offset`. */
export function findMarkups(text: string, offset = 0): Markup[] {
  const markups: Markup[] = [];
  for (let at = text.indexOf('<'); at >= 0; at = text.indexOf('<', at + 1)) {
    MARKUP.lastIndex = at;
    const match = MARKUP.exec(text);
    if (match) markups.push({ closing: match[1] === '/', tag: match[2] as TagName, span: { start: offset + at, end: offset + at + match[0].length }, attributeText: match[3] });
  }
  return markups;
}

/**
 * Whether markup that starts in `text` may run on past its end: a "<" and a tag name with no ">" after them. Such
 * markup (with a line break between attributes) is not found in pieces of a text cut at line starts.
 */
export function mayEndInsideMarkup(text: string): boolean {
  const last = text.lastIndexOf('<');
  return last >= 0 && !text.includes('>', last) && MARKUP_START.test(text.slice(last));
}

/** The source spans (opening tag to closing tag) of the passages the well-formed pairs of `markups` tag. */
export function passagesOf(markups: readonly Markup[]): Span[] {
  return pairMarkups(markups).paired.map(({ open, close }) => ({ start: open.span.start, end: close.span.end }));
}

/** Parses the vocabulary tags of `source`. Never throws; malformed markup is reported and kept as text. */
export function parseTaggedText(source: string): TaggedText {
  if (!source.includes('<')) return identity(source);
  const markups = findMarkups(source);
  if (markups.length === 0) return identity(source);
  const { paired, problems } = pairMarkups(markups);

  // Keep the markup of well-formed pairs only; build the plain text and the offset map from it.
  const kept = paired.flatMap(pair => [pair.open.span, pair.close.span]).sort((a, b) => a.start - b.start);
  const plainPieces: string[] = [];
  // Source start offsets of every markup piece and how many markup characters precede it (for toPlain/toSource).
  const markupStarts: number[] = [];
  const markupEnds: number[] = [];
  const removedBefore: number[] = [];
  let cursor = 0;
  let removed = 0;
  for (const span of kept) {
    plainPieces.push(source.slice(cursor, span.start));
    markupStarts.push(span.start);
    markupEnds.push(span.end);
    removedBefore.push(removed);
    removed += span.end - span.start;
    cursor = span.end;
  }
  plainPieces.push(source.slice(cursor));
  // A long document's whole parse is asked for its passages (where sections may be cut), and for its plain text only
  // when a hover or an action needs the whole article: joining megabytes on every keystroke would be waste.
  let plain: string | undefined;

  const toPlain = (sourceOffset: number): number => {
    // The last markup piece starting at or before the offset decides.
    const index = lastIndexAtOrBefore(markupStarts, sourceOffset);
    if (index < 0) return sourceOffset;
    const inside = sourceOffset < markupEnds[index];
    const removedUpTo = removedBefore[index] + (inside ? sourceOffset - markupStarts[index] : markupEnds[index] - markupStarts[index]);
    return sourceOffset - removedUpTo;
  };
  // Plain offsets at which markup sits, with the source offsets before and after the whole run of markup there.
  const plainPositions: number[] = [];
  const runStarts: number[] = [];
  const runEnds: number[] = [];
  for (let index = 0; index < markupStarts.length; index++) {
    const plainOffset = markupStarts[index] - removedBefore[index];
    if (plainPositions.length > 0 && plainPositions[plainPositions.length - 1] === plainOffset) runEnds[runEnds.length - 1] = markupEnds[index];
    else {
      plainPositions.push(plainOffset);
      runStarts.push(markupStarts[index]);
      runEnds.push(markupEnds[index]);
    }
  }
  const toSource = (plainOffset: number, side: 'before' | 'after'): number => {
    const index = lastIndexAtOrBefore(plainPositions, plainOffset);
    if (index < 0) return plainOffset;
    if (plainPositions[index] === plainOffset) return side === 'before' ? runStarts[index] : runEnds[index];
    return runEnds[index] + (plainOffset - plainPositions[index]);
  };

  const annotations: Annotation[] = [];
  for (const { open, close } of paired) {
    const attributes = parseAttributes(open, problems);
    const plainSpan = { start: toPlain(open.span.end), end: toPlain(close.span.start) };
    if (plainSpan.start === plainSpan.end) {
      const whole = { start: open.span.start, end: close.span.end };
      problems.push({ kind: 'empty', span: whole, message: `<${open.tag}></${open.tag}> tags nothing`, repair: deletion(`Remove the empty <${open.tag}> tags`, whole) });
    }
    annotations.push({ tag: open.tag, attributes, plain: plainSpan, openTag: open.span, closeTag: close.span, source: { start: open.span.start, end: close.span.end } });
  }
  annotations.sort((a, b) => a.plain.start - b.plain.start || b.plain.end - a.plain.end || a.source.start - b.source.start);
  problems.sort((a, b) => a.span.start - b.span.start);
  return {
    source,
    get plain() {
      return (plain ??= plainPieces.join(''));
    },
    annotations,
    problems,
    isIdentity: false,
    toPlain,
    toSource,
  };
}

/**
 * The TaggedText of a text whose string is made only when read (a long document held in sections, see
 * SectionedSource), and parsed only when more than its string is read. `hasMarkup` false: the identity.
 */
export function lazyTaggedText(sourceOf: () => string, hasMarkup: boolean): TaggedText {
  let source: string | undefined;
  let parsed: TaggedText | undefined;
  const text = () => (source ??= sourceOf());
  const parse = () => (parsed ??= parseTaggedText(text()));
  if (!hasMarkup) return { get source() { return text(); }, get plain() { return text(); }, annotations: [], problems: [], isIdentity: true, toPlain: offset => offset, toSource: offset => offset };
  return {
    get source() {
      return text();
    },
    get plain() {
      return parse().plain;
    },
    get annotations() {
      return parse().annotations;
    },
    get problems() {
      return parse().problems;
    },
    get isIdentity() {
      return parse().isIdentity;
    },
    toPlain: offset => parse().toPlain(offset),
    toSource: (offset, side) => parse().toSource(offset, side),
  };
}

function identity(source: string): TaggedText {
  return { source, plain: source, annotations: [], problems: [], isIdentity: true, toPlain: offset => offset, toSource: offset => offset };
}

/**
 * Pairs opening and closing tags with a stack; a closing tag that does not match the innermost open tag of its name
 * (crossing) or has none (unopened), and an opening tag never closed, stay text and become problems.
 */
function pairMarkups(markups: readonly Markup[]): { paired: { open: Markup; close: Markup }[]; problems: TagProblem[] } {
  const problems: TagProblem[] = [];
  const paired: { open: Markup; close: Markup }[] = [];
  const stack: Markup[] = [];
  for (const markup of markups) {
    if (!markup.closing) {
      stack.push(markup);
      continue;
    }
    const openIndex = stack.map(entry => entry.tag).lastIndexOf(markup.tag);
    if (openIndex < 0) {
      problems.push({ kind: 'unopened', span: markup.span, message: `</${markup.tag}> closes a tag that was never opened`, repair: deletion(`Remove the stray </${markup.tag}>`, markup.span) });
      continue;
    }
    if (openIndex !== stack.length - 1) {
      const inner = stack[stack.length - 1];
      problems.push({
        kind: 'crossing',
        span: { start: stack[openIndex].span.start, end: markup.span.end },
        message: `<${markup.tag}> is closed before the <${inner.tag}> opened inside it: tags must nest, not cross`,
      });
      stack.splice(openIndex, 1);
      continue;
    }
    paired.push({ open: stack.pop() as Markup, close: markup });
  }
  for (const open of stack) {
    problems.push({ kind: 'unclosed', span: open.span, message: `<${open.tag}> is never closed`, repair: deletion(`Remove the unclosed <${open.tag}>`, open.span) });
  }
  return { paired, problems };
}

function deletion(title: string, span: Span): { title: string; edit: TextEdit } {
  return { title, edit: { span, newText: '' } };
}

function parseAttributes(open: Markup, problems: TagProblem[]): Record<string, string> {
  const attributes: Record<string, string> = {};
  if (open.attributeText.trim() === '') return attributes;
  const firstProblem = problems.length;
  const allowed = TAG_ATTRIBUTES[open.tag];
  ATTRIBUTE.lastIndex = 0;
  for (let match = ATTRIBUTE.exec(open.attributeText); match !== null; match = ATTRIBUTE.exec(open.attributeText)) {
    const name = match[1];
    if (!allowed.includes(name)) {
      const expected = allowed.length > 0 ? `; it takes ${allowed.map(known => `"${known}"`).join(', ')}` : '; it takes none';
      problems.push({ kind: 'unknown-attribute', span: open.span, message: `<${open.tag}> has no attribute "${name}"${expected}` });
      continue;
    }
    if (name in attributes) {
      problems.push({ kind: 'bad-attributes', span: open.span, message: `<${open.tag}> repeats the attribute "${name}"` });
      continue;
    }
    attributes[name] = decodeAttributeValue(match[2] ?? match[3] ?? '');
  }
  // The repair for any attribute problem: the opening tag written again with the attributes that are valid.
  const repair = { title: `Keep only the valid attributes of <${open.tag}>`, edit: { span: open.span, newText: openingTag(open.tag, attributes) } };
  for (let index = firstProblem; index < problems.length; index++) problems[index] = { ...problems[index], repair };
  return attributes;
}

/** Attribute values may carry `&quot;`, `&apos;`, `&amp;`, `&lt;` and `&gt;` for the characters the syntax reserves. */
export function decodeAttributeValue(value: string): string {
  return value.replace(/&(quot|apos|amp|lt|gt);/g, (_, name: string) => ({ quot: '"', apos: "'", amp: '&', lt: '<', gt: '>' })[name] ?? '');
}

export function encodeAttributeValue(value: string): string {
  return value.replace(/[&"<>]/g, character => ({ '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;' })[character] ?? character);
}

/** The opening tag text, with attributes in a stable order. */
export function openingTag(tag: TagName, attributes: Readonly<Record<string, string>> = {}): string {
  const parts = Object.keys(attributes)
    .sort()
    .map(name => ` ${name}="${encodeAttributeValue(attributes[name])}"`);
  return `<${tag}${parts.join('')}>`;
}

/**
 * The vocabulary tag a misspelt tag name most likely meant ("headlne" → "headline"), or undefined. Only names one or
 * two edits away from a vocabulary name of five letters or more count, so real HTML names are never taken for ours.
 */
export function nearMissTagName(name: string): TagName | undefined {
  const lower = name.toLowerCase();
  if (TAG_NAME_SET.has(lower)) return undefined;
  let best: TagName | undefined;
  let bestDistance = 3;
  for (const tag of TAG_NAMES) {
    if (tag.length < 5) continue;
    const distance = editDistance(lower, tag, bestDistance);
    if (distance < bestDistance) {
      best = tag;
      bestDistance = distance;
    }
  }
  return best;
}

/** Levenshtein distance, giving up (returning `limit`) once it must reach `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) >= limit) return limit;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMinimum = i;
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      rowMinimum = Math.min(rowMinimum, current[j]);
    }
    if (rowMinimum >= limit) return limit;
    previous = current;
  }
  return Math.min(previous[b.length], limit);
}


/**
 * Carries an edit computed on the plain text into the source. The characters of the plain span are replaced; the
 * markup between them is kept, except the markup of passages that lie wholly inside a deletion (removing a tagged
 * caption removes its tags too). Replacement text goes where the first plain character was. Returns several edits
 * when markup has to be stepped over.
 */
export function editToSource(tagged: TaggedText, edit: TextEdit): TextEdit[] {
  if (tagged.isIdentity) return [edit];
  const { start, end } = edit.span;
  if (start === end) return [{ span: point(tagged.toSource(start, 'after')), newText: edit.newText }];
  // Markup pieces inside the source range, and whether each must survive.
  const sourceStart = tagged.toSource(start, 'before');
  const sourceEnd = tagged.toSource(end, 'after');
  const keep: Span[] = [];
  for (const annotation of tagged.annotations) {
    if (annotation.source.end <= sourceStart || annotation.source.start >= sourceEnd) continue;
    const wholly = annotation.plain.start >= start && annotation.plain.end <= end && edit.newText === '';
    if (wholly) continue;
    for (const markup of [annotation.openTag, annotation.closeTag]) {
      if (markup.start >= sourceStart && markup.end <= sourceEnd) keep.push(markup);
    }
  }
  if (keep.length === 0) return [{ span: { start: sourceStart, end: sourceEnd }, newText: edit.newText }];
  keep.sort((a, b) => a.start - b.start);
  // Delete the gaps between the kept markup pieces; the replacement text goes into the first gap that has plain text,
  // or before all markup when the edit only inserts.
  const edits: TextEdit[] = [];
  let cursor = sourceStart;
  let placed = edit.newText === '';
  for (const markup of [...keep, { start: sourceEnd, end: sourceEnd }]) {
    if (markup.start > cursor || (!placed && markup.start === sourceEnd)) {
      edits.push({ span: { start: cursor, end: markup.start }, newText: placed ? '' : edit.newText });
      placed = true;
    }
    cursor = Math.max(cursor, markup.end);
  }
  return edits.filter(piece => piece.span.start !== piece.span.end || piece.newText !== '');
}

function point(offset: number): Span {
  return { start: offset, end: offset };
}

/** Why a new tag over `plain` cannot be added, or undefined when it can. */
export function tagPlacementProblem(tagged: TaggedText, plain: Span): string | undefined {
  if (plain.start >= plain.end) return 'there is nothing to tag';
  const text = tagged.plain;
  const isLowSurrogate = (offset: number) => offset > 0 && offset < text.length && /[\uDC00-\uDFFF]/.test(text[offset]) && /[\uD800-\uDBFF]/.test(text[offset - 1]);
  if (isLowSurrogate(plain.start) || isLowSurrogate(plain.end)) return 'a tag cannot split a character made of two UTF-16 units';
  for (const annotation of tagged.annotations) {
    const crosses =
      (annotation.plain.start < plain.start && annotation.plain.end > plain.start && annotation.plain.end < plain.end) ||
      (annotation.plain.start > plain.start && annotation.plain.start < plain.end && annotation.plain.end > plain.end);
    if (crosses) return `it would cross the <${annotation.tag}> passage: tags must nest, not cross`;
  }
  return undefined;
}

/**
 * The two insertions that tag `plain` as `tag`, placed so the new passage nests correctly with the existing ones:
 * passages that lie inside the new span stay inside it, passages that contain it stay around it. Throws an Error
 * saying why when the tag would cross a passage or split a surrogate pair (see tagPlacementProblem).
 */
export function tagEdits(tagged: TaggedText, plain: Span, tag: TagName, attributes: Readonly<Record<string, string>> = {}): TextEdit[] {
  const problem = tagPlacementProblem(tagged, plain);
  if (problem) throw new Error(`cannot tag as <${tag}>: ${problem}`);
  const open = openingTag(tag, attributes);
  const close = `</${tag}>`;
  if (tagged.isIdentity) return [{ span: point(plain.start), newText: open }, { span: point(plain.end), newText: close }];
  // Markup at one plain position reads: closing tags (innermost first), then opening tags (outermost first).
  // The new opening tag goes after the closings and after the openings of passages that contain the new one; the new
  // closing tag goes after the closings of passages inside the new one. A passage with exactly the new span ends up
  // inside it.
  let openAt = tagged.toSource(plain.start, 'before');
  let closeAt = tagged.toSource(plain.end, 'before');
  for (const annotation of tagged.annotations) {
    if (annotation.plain.end === plain.start) openAt = Math.max(openAt, annotation.closeTag.end);
    if (annotation.plain.start === plain.start && annotation.plain.end > plain.end) openAt = Math.max(openAt, annotation.openTag.end);
    if (annotation.plain.end === plain.end && annotation.plain.start >= plain.start) closeAt = Math.max(closeAt, annotation.closeTag.end);
  }
  return [{ span: point(openAt), newText: open }, { span: point(closeAt), newText: close }];
}
