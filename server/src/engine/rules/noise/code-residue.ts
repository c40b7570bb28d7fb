// noise/code-residue: JavaScript and CSS that leaked into the text layer ("window.dataLayer = window.dataLayer || [];",
// "googletag.cmd.push(function() {", ".ad-slot { display: none; }").

import { defineAnchoredRule, quote } from './lineRuns';

const CODE_SIGNALS: readonly RegExp[] = [
  /[{}]/u,
  /;\s*$/u,
  /\bfunction\s*\w*\s*\(/u,
  /=>/u,
  /\b(?:var|let|const)\s+[\w$]+\s*=/u,
  /\b(?:window|document|googletag|jQuery|console|navigator|localStorage)\s*\.\s*\w/u,
  /\$\(/u,
  /\|\||&&|===|!==/u,
  // A CSS rule: a selector of at most 80 characters, then an opening brace.
  /^[^{};]{1,80}\{/u,
  /\b[\w-]+\s*:\s*[^;:]{1,40};/u,
  /\w\(\s*\)\s*;?$/u,
  /<\/?script\b|<\/?style\b/iu,
];
const CLOSING_ONLY = /^[\s{}()[\];,]+$/u;
const SCRIPT_OR_STYLE_TAG = /<\/?(?:script|style)\b/iu;
const MAX_SATELLITE_LENGTH = 300;
const MAX_SCAN_LENGTH = 2000;

// Every code line has one of these characters; prose lines without any skip the dozen signal patterns.
const MAY_BE_CODE = /[{};=&|$<]|\(\s*\)/;

function codeSignals(text: string): number {
  const sample = text.length > MAX_SCAN_LENGTH ? text.slice(0, MAX_SCAN_LENGTH) : text;
  if (!MAY_BE_CODE.test(sample)) return 0;
  return CODE_SIGNALS.reduce((count, pattern) => count + (pattern.test(sample) ? 1 : 0), 0);
}

export const codeResidueRule = defineAnchoredRule({
  id: 'noise/code-residue',
  summary: 'JavaScript and CSS that leaked into the text ("window.dataLayer = window.dataLayer || [];", ".ad { display: none; }").',
  message: count => (count === 1 ? 'Script or style code left by the scraper' : `Script or style code (${count} lines) left by the scraper`),
  matchAnchor: ({ article, lineIndex, features }) => {
    // Prose uses semicolons and braces too; code has several signals and few function words. The density is known
    // already, so prose is ruled out before the signal patterns run.
    const stopwordDensity = features.words === 0 ? 0 : features.stopwords / features.words;
    if (stopwordDensity > 0.2) return undefined;
    const text = article.lines[lineIndex].text;
    const signals = codeSignals(text);
    if (signals < 3 && !SCRIPT_OR_STYLE_TAG.test(text)) return undefined;
    return { reason: `${quote(text)} has ${signals} marks of script/style code (braces, semicolons, assignments, DOM calls)` };
  },
  satelliteNoun: 'further code line',
  matchSatellite: ({ article, lineIndex, features }) => {
    const text = article.lines[lineIndex].text;
    const stopwordDensity = features.words === 0 ? 0 : features.stopwords / features.words;
    // Next to code, one mark is enough: "gtag('js', new Date());" ends a snippet that other lines opened.
    return CLOSING_ONLY.test(text) || (text.length <= MAX_SATELLITE_LENGTH && stopwordDensity <= 0.2 && codeSignals(text) >= 1);
  },
});
