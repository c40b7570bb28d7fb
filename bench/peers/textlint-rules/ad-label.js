// Peer rule for textlint (loaded by `textlint --rulesdir bench/peers/textlint-rules`): a plain regex over each Str
// node that reports every "Advertisement", the ad label scrapes leave most often. Unlike textlint-rule-no-todo, which
// finds nothing in the bench corpora, it reports, so textlint's reporting path is timed too. CommonJS, as textlint
// loads a rules folder by file name (the rule id is "ad-label").
'use strict';

module.exports = function adLabel(context) {
  const { Syntax, getSource, RuleError, report, locator } = context;
  return {
    [Syntax.Str](node) {
      const text = getSource(node);
      const pattern = /\bAdvertisement\b/g;
      for (let match; (match = pattern.exec(text)); ) {
        report(node, new RuleError('Ad label "Advertisement" left by the scraper', { padding: locator.range([match.index, match.index + match[0].length]) }));
      }
    },
  };
};
