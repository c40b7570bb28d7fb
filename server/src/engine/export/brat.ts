// brat standoff: the untagged text as `NAME.txt` and one `T` line per tagged passage in `NAME.ann`, with offsets in
// Unicode code points (brat is Python). Passages spanning line breaks become fragments ("0 5;6 12"), as brat requires;
// attributes travel as AnnotatorNotes ("speaker=…") so nothing is lost on the way back.

import { Article } from '../article';
import { TAG_NAMES, TagName } from '../types';
import { CodePointOffsets } from './codePoints';
import { SpanAnnotation } from './serialize';

export interface BratDocument {
  readonly text: string;
  readonly annotations: string;
}

/** The brat `.txt` and `.ann` contents of an article's tags. */
export function exportBrat(article: Article): BratDocument {
  const text = article.text;
  const offsets = new CodePointOffsets(text);
  const lines: string[] = [];
  let note = 0;
  article.tags.forEach((annotation, index) => {
    const id = `T${index + 1}`;
    const fragments = fragmentsOf(text, annotation.plain.start, annotation.plain.end);
    const ranges = fragments.map(([start, end]) => `${offsets.toCodePoint(start)} ${offsets.toCodePoint(end)}`).join(';');
    const fragmentText = oneLine(fragments.map(([start, end]) => text.slice(start, end)).join(' '));
    lines.push(`${id}\t${annotation.tag} ${ranges}\t${fragmentText}`);
    for (const [name, value] of Object.entries(annotation.attributes).sort()) {
      lines.push(`#${++note}\tAnnotatorNotes ${id}\t${name}=${JSON.stringify(value)}`);
    }
  });
  return { text, annotations: lines.length > 0 ? `${lines.join('\n')}\n` : '' };
}

/** The text column of a T line must stay on one line (a passage of nothing but a line break has one fragment). */
function oneLine(text: string): string {
  return text.replace(/\r\n|\r|\n/g, ' ');
}

/**
 * Splits [start, end) at the line breaks inside it, leaving them out. Breaks at the very start or end stay in the
 * first or last fragment, so the passage's own start and end survive the trip through brat.
 */
function fragmentsOf(text: string, start: number, end: number): [number, number][] {
  const fragments: [number, number][] = [];
  let pieceStart = start;
  for (let index = start; index < end; index++) {
    if (text[index] !== '\n' && text[index] !== '\r') continue;
    if (index > pieceStart) fragments.push([pieceStart, index]);
    pieceStart = index + 1;
  }
  if (pieceStart < end) fragments.push([pieceStart, end]);
  if (fragments.length === 0) return [[start, end]];
  fragments[0][0] = start;
  fragments[fragments.length - 1][1] = end;
  return fragments;
}

export interface ImportedBrat {
  readonly annotations: readonly SpanAnnotation[];
  /** Lines that could not be read (unknown labels, bad offsets, text that does not match), with the reason. */
  readonly problems: readonly string[];
}

const TAG_NAME_SET = new Set<string>(TAG_NAMES);
// Labels other tools use for our entity types.
const LABEL_ALIASES: Readonly<Record<string, TagName>> = { per: 'person', organization: 'org', organisation: 'org', loc: 'place', location: 'place', gpe: 'place' };

/** Reads a brat `.ann` file against its `.txt`: the annotations as UTF-16 spans into the text, and any problems. */
export function importBrat(text: string, annotationFile: string): ImportedBrat {
  const offsets = new CodePointOffsets(text);
  const problems: string[] = [];
  const byId = new Map<string, { tag: TagName; start: number; end: number; attributes: Record<string, string> }>();
  const order: string[] = [];
  for (const [lineIndex, line] of annotationFile.split(/\r?\n/).entries()) {
    if (line.trim() === '') continue;
    const where = `line ${lineIndex + 1}`;
    const columns = line.split('\t');
    if (line.startsWith('T')) {
      const match = /^(\S+) ((?:\d+ \d+)(?:;\d+ \d+)*)$/.exec(columns[1] ?? '');
      if (!match) {
        problems.push(`${where}: cannot read "${columns[1] ?? ''}" as a label and offsets`);
        continue;
      }
      const label = match[1].toLowerCase();
      const tag = (TAG_NAME_SET.has(label) ? label : LABEL_ALIASES[label]) as TagName | undefined;
      if (!tag) {
        problems.push(`${where}: "${match[1]}" is not a tag of the vocabulary (${TAG_NAMES.join(', ')})`);
        continue;
      }
      const fragments = match[2].split(';').map(range => range.split(' ').map(Number));
      const start = offsets.toUtf16(Math.min(...fragments.map(([from]) => from)));
      const end = offsets.toUtf16(Math.max(...fragments.map(([, to]) => to)));
      if (!(start < end && end <= text.length)) {
        problems.push(`${where}: offsets ${match[2]} do not fit the text (${text.length} UTF-16 units)`);
        continue;
      }
      const expected = oneLine(fragments.map(([from, to]) => text.slice(offsets.toUtf16(from), offsets.toUtf16(to))).join(' '));
      if (columns[2] !== undefined && columns[2] !== expected) problems.push(`${where}: the text "${columns[2]}" is not what the offsets select ("${expected}"); using the offsets`);
      byId.set(columns[0], { tag, start, end, attributes: {} });
      order.push(columns[0]);
    } else if (line.startsWith('#')) {
      const target = /^AnnotatorNotes (\S+)$/.exec(columns[1] ?? '')?.[1];
      const note = /^([A-Za-z][\w-]*)=(".*")$/.exec(columns[2] ?? '');
      const annotation = target ? byId.get(target) : undefined;
      if (!annotation || !note) continue;
      try {
        const value: unknown = JSON.parse(note[2]);
        if (typeof value === 'string') annotation.attributes[note[1]] = value;
      } catch {
        problems.push(`${where}: cannot read the note value ${note[2]}`);
      }
    }
  }
  const annotations = order.map(id => {
    const { tag, start, end, attributes } = byId.get(id) as { tag: TagName; start: number; end: number; attributes: Record<string, string> };
    return { tag, span: { start, end }, ...(Object.keys(attributes).length > 0 ? { attributes } : {}) };
  });
  return { annotations, problems };
}
