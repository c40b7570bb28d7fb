// CoNLL-style columns of a tagged article: one token a line (split as CoNLL-2003 text is), its entity label in IOB2
// (B-PER, I-ORG, …) and its structure label (B-QUOTE, I-HEADLINE, …), a blank line between sentences. Training scripts
// read it as they read CoNLL-2003. Nested entity tags keep the innermost; a token takes the labels of its first character.

import { Article } from '../article';
import { Annotation } from '../tags';
import { tokenizeText } from '../entities/tokens';
import { ENTITY_TAGS, TagName } from '../types';

const ENTITY_LABELS: Partial<Record<TagName, string>> = { person: 'PER', org: 'ORG', place: 'LOC', misc: 'MISC', date: 'DATE' };

export function exportConll(article: Article): string {
  const tokens = tokenizeText(article.text);
  const entityAnnotations = article.tags.filter(annotation => ENTITY_TAGS.has(annotation.tag));
  const structureAnnotations = article.tags.filter(annotation => !ENTITY_TAGS.has(annotation.tag));
  const lines: string[] = ['-DOCSTART-\tO\tO', ''];
  let previousEntity: Annotation | undefined;
  let previousStructure: Annotation | undefined;
  for (let sentence = 0; sentence < tokens.sentenceCount; sentence++) {
    for (let index = tokens.sentenceStarts[sentence]; index < tokens.sentenceStarts[sentence + 1]; index++) {
      const start = tokens.starts[index];
      const token = article.text.slice(start, tokens.ends[index]);
      const entity = innermostAt(entityAnnotations, start);
      const structure = outermostAt(structureAnnotations, start);
      const entityLabel = entity ? `${entity === previousEntity ? 'I' : 'B'}-${ENTITY_LABELS[entity.tag]}` : 'O';
      const structureLabel = structure ? `${structure === previousStructure ? 'I' : 'B'}-${structure.tag.toUpperCase()}` : 'O';
      lines.push(`${token.replace(/\s/g, '_')}\t${entityLabel}\t${structureLabel}`);
      previousEntity = entity;
      previousStructure = structure;
    }
    lines.push('');
  }
  return `${lines.join('\n')}\n`;
}

function innermostAt(annotations: readonly Annotation[], offset: number): Annotation | undefined {
  let found: Annotation | undefined;
  for (const annotation of annotations) {
    if (annotation.plain.start <= offset && offset < annotation.plain.end && (!found || annotation.plain.end - annotation.plain.start < found.plain.end - found.plain.start)) found = annotation;
  }
  return found;
}

function outermostAt(annotations: readonly Annotation[], offset: number): Annotation | undefined {
  let found: Annotation | undefined;
  for (const annotation of annotations) {
    if (annotation.plain.start <= offset && offset < annotation.plain.end && (!found || annotation.plain.end - annotation.plain.start > found.plain.end - found.plain.start)) found = annotation;
  }
  return found;
}
