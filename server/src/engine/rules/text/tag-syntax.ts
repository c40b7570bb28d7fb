// text/tag-syntax: problems with the inline tags of the vocabulary — unclosed, stray, crossing or empty tags, unknown
// attributes, and misspelt tag names ("<headlne>") — each with its obvious repair where there is one.

import { repairFix } from '../../fixes';
import { FindingDraft, Rule } from '../../rule';
import { nearMissTagName } from '../../tags';

// A tag-like token in the untagged text: vocabulary markup that parsed is gone from it, so what is left is either
// broken vocabulary markup (reported by the parser) or some other name, possibly a misspelt one of ours.
const TAG_LIKE = /<(\/?)([A-Za-z][A-Za-z-]{2,20})(\s[^<>\n]{0,200})?>/g;

export const tagSyntaxRule: Rule = {
  id: 'text/tag-syntax',
  category: 'text',
  defaultSeverity: 'warning',
  summary: 'Broken inline tags: unclosed, stray, crossing or empty tags, unknown attributes, misspelt tag names.',
  check(article) {
    const drafts: FindingDraft[] = article.tagged.problems.map(problem => ({
      span: problem.span,
      message: problem.message.charAt(0).toUpperCase() + problem.message.slice(1),
      evidence: `the tag markup here does not pair up with the vocabulary's rules (${problem.kind.replace('-', ' ')}); until it is repaired it is read as plain text`,
      fixes: problem.repair ? [repairFix(problem.repair.edit.span, problem.repair.edit.newText, problem.repair.title)] : [],
      inSource: true,
    }));
    if (!article.text.includes('<')) return drafts;
    TAG_LIKE.lastIndex = 0;
    for (let match = TAG_LIKE.exec(article.text); match !== null; match = TAG_LIKE.exec(article.text)) {
      const meant = nearMissTagName(match[2]);
      if (!meant) continue;
      const nameStart = match.index + 1 + match[1].length;
      drafts.push({
        span: { start: match.index, end: match.index + match[0].length },
        message: `Unknown tag <${match[1]}${match[2]}>: did you mean <${match[1]}${meant}>?`,
        evidence: `"${match[2]}" is not in the tag vocabulary; the closest name in it is "${meant}"`,
        fixes: [repairFix({ start: nameStart, end: nameStart + match[2].length }, meant, `Rename to <${match[1]}${meant}>`)],
      });
    }
    return drafts;
  },
};
