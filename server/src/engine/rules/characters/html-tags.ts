// characters/html-tags: HTML tag residue ("<p>", "</div>", "<br/>", "<a href=…>", "<!-- … -->") removed from the
// text; a <br> or a block tag between two pieces of text becomes a line break. The inline tag vocabulary
// (<headline>, <dateline>… see TAG_NAMES) is never touched, and neither is prose such as "a < b" or "<3".

import { Article } from '../../article';
import { FindingDraft, Rule } from '../../rule';
import { quoteText } from '../../text/display';
import { TAG_NAMES } from '../../types';
import { lineBreakOf } from './lineFindings';

// HTML element names: a tag only counts when its name is one of these, so "<name@example.com>", "<Ctrl>" or a
// made-up "<sigh>" are prose. This is markup vocabulary, the same in every language, so it lives here and not in a
// language lexicon.
const HTML_ELEMENTS = new Set(
  ('a abbr address area article aside audio b base bdi bdo big blockquote body br button canvas caption center cite code col ' +
    'colgroup data datalist dd del details dfn dialog div dl dt em embed fieldset figcaption figure font footer form frame ' +
    'frameset h1 h2 h3 h4 h5 h6 head header hgroup hr html i iframe img input ins kbd label legend li link main map mark menu ' +
    'meta meter nav nobr noscript object ol optgroup option output p param picture pre progress q rp rt ruby s samp script ' +
    'section select small source span strike strong style sub summary sup svg table tbody td template textarea tfoot th ' +
    'thead time title tr track tt u ul var video wbr').split(' '),
);
// Tags that end a line of text in a browser; between two pieces of text they become a line break.
const BLOCK_ELEMENTS = new Set(
  ('address article aside blockquote body br dd div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header ' +
    'hgroup hr html li main nav ol p pre section table tbody tfoot thead title tr ul').split(' '),
);
// Table cells sit side by side: between two pieces of text they become a space.
const CELL_ELEMENTS = new Set(['td', 'th']);
const VOCABULARY = new Set<string>(TAG_NAMES);

// A start or end tag. Attribute values may not contain "<", ">" or a line break, and names stop at "<", so a match
// attempt never runs past the next "<": scanning stays linear even on a 1 MB line of "<a b c…".
const TAG = /<(\/?)([A-Za-z][A-Za-z0-9]{0,15})((?:\s+[^\s<>"'=\/]+(?:\s*=\s*(?:"[^"<>\n]*"|'[^'<>\n]*'|[^\s"'<>=`]+))?)*)\s*(\/?)>|<!DOCTYPE[^<>\n]{0,200}>|<!--/gi;
const VALUED_ATTRIBUTE = /=/;
const COMMENT_END = '-->';

interface TagMatch {
  readonly start: number;
  readonly end: number;
  readonly name: string;
}

export const htmlTagsRule: Rule = {
  id: 'characters/html-tags',
  category: 'characters',
  defaultSeverity: 'warning',
  summary: 'HTML tag residue ("<p>", "</div>", "<br/>", "<a href=…>", "<!-- … -->") removed; the tag vocabulary is kept.',
  check(article: Article): FindingDraft[] {
    const tags = findTags(article.text);
    const findings: FindingDraft[] = [];
    // Tags separated only by spaces or tabs form one run: "</p> <p>" is one finding.
    let index = 0;
    while (index < tags.length) {
      let end = index + 1;
      while (end < tags.length && /^[ \t]*$/.test(article.text.slice(tags[end - 1].end, tags[end].start))) end++;
      findings.push(findingFor(article, tags.slice(index, end)));
      index = end;
    }
    return findings;
  },
};

function findTags(text: string): TagMatch[] {
  const tags: TagMatch[] = [];
  if (!text.includes('<')) return tags;
  let commentsCanClose = true;
  const pattern = new RegExp(TAG.source, TAG.flags);
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const start = match.index;
    if (match[0] === '<!--') {
      // A comment may span lines. Without a closing "-->" anywhere after it, no later one can close either.
      const close = commentsCanClose ? text.indexOf(COMMENT_END, start + 4) : -1;
      if (close < 0) {
        commentsCanClose = false;
        continue;
      }
      tags.push({ start, end: close + COMMENT_END.length, name: '!--' });
      pattern.lastIndex = close + COMMENT_END.length;
      continue;
    }
    if (match[0][1] === '!') {
      tags.push({ start, end: start + match[0].length, name: '!doctype' });
      continue;
    }
    const name = match[2].toLowerCase();
    const attributes = match[3];
    const isVocabulary = VOCABULARY.has(match[2]) && attributes === '' && match[4] === '';
    if (isVocabulary || !HTML_ELEMENTS.has(name)) continue;
    // Bare words after a tag name are more often prose ("<b and c>") than boolean attributes: require a value.
    if (attributes !== '' && !VALUED_ATTRIBUTE.test(attributes)) continue;
    tags.push({ start, end: start + match[0].length, name });
  }
  return tags;
}

function findingFor(article: Article, tags: readonly TagMatch[]): FindingDraft {
  const { text } = article;
  let start = tags[0].start;
  let end = tags[tags.length - 1].end;
  const line = article.lineAt(start);
  const lastLine = article.lineAt(Math.max(start, end - 1));
  const before = text.slice(line.span.start, start);
  const after = text.slice(end, lastLine.span.end);
  const textBefore = /\S/.test(before);
  const textAfter = /\S/.test(after);
  const breaks = tags.filter(tag => tag.name === 'br').length;
  let newText = '';
  if (textBefore && textAfter) {
    if (tags.some(tag => BLOCK_ELEMENTS.has(tag.name))) {
      // Take the spaces around the tags too, so the new line neither ends nor starts with a space.
      start -= before.length - before.trimEnd().length;
      end += after.length - after.trimStart().length;
      newText = lineBreakOf(article, lastLine).repeat(breaks >= 2 ? 2 : 1);
    } else if (tags.some(tag => CELL_ELEMENTS.has(tag.name)) && !/\s$/.test(before) && !/^\s/.test(after)) {
      newText = ' ';
    } else if (/[ \t]$/.test(before) && /^[ \t]/.test(after)) {
      // "word <span> word": removing the tag would leave two spaces; take one of them.
      end += 1;
    }
  }
  const original = text.slice(tags[0].start, tags[tags.length - 1].end);
  const names = [...new Set(tags.map(tag => (tag.name === '!--' ? 'comment' : tag.name === '!doctype' ? 'doctype' : `<${tag.name}>`)))];
  const what = tags.length === 1 ? (tags[0].name === '!--' ? 'HTML comment' : `HTML tag ${quoteText(original, 40)}`) : `${tags.length} HTML tags (${names.join(', ')})`;
  const replacement = newText === '' ? 'removes it' : newText === ' ' ? 'replaces it with a space' : breaks >= 2 ? 'replaces it with a paragraph break' : 'replaces it with a line break';
  return {
    span: { start, end },
    message: `${what} left in the text.`,
    evidence: `Found ${quoteText(original)}: markup from the page the text was scraped from, not part of the article. The fix ${replacement}.`,
    fixes: [{ title: newText === '' ? 'Remove HTML markup' : 'Replace HTML markup with a break', kind: 'repair', edits: [{ span: { start, end }, newText }] }],
  };
}
