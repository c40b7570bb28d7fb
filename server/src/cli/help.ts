// The text printed by `--help` and `help <command>`: every command, option and exit code in one place.

import { HelpTopic } from './arguments';

const OVERVIEW = `article-lint: find and fix scrape noise in scraped news articles (.txt). Everything runs locally.

Usage:
  article-lint check [options] PATH...     report findings (folders are searched for *.txt and *.article)
  article-lint extract --body FILE|-       print the article body: noise and metadata removed, characters repaired
  article-lint entities FILE|-             list the names, dates and amounts in an article (JSON or text)
  article-lint rules [--format json]       list the rules
  article-lint help COMMAND                options of one command
  article-lint --version

Exit codes: 0 nothing at or above --fail-on, 1 findings at or above --fail-on, 2 usage, configuration or I/O error.
`;

const CHECK = `Usage: article-lint check [options] PATH...

PATH is a file, a folder (searched recursively for *.txt and *.article, skipping hidden folders, node_modules
and .git) or - for standard input.

Options:
  --format stylish|json|sarif   output format (default stylish); json and sarif are written to stdout
  --fix                         apply fixes and write changed files back (repeated until stable), then report
                                what remains; files that are not valid UTF-8 are never written
  --fix-scope SCOPE             what --fix applies: characters | characters+high-confidence-noise (default)
                                | characters+noise
  --config FILE                 use this config file for every input instead of the nearest .articlelint.json
  --fail-on SEVERITY            exit 1 when a finding is at or above error (default) | warning | info | hint
  --rule ID=SEVERITY            set a rule's severity (off | error | warning | info | hint); repeatable;
                                applied on top of the config file
  --quiet                       print only findings at or above --fail-on, and no progress line
  -j, --jobs N                  check files on N worker threads (default: the number of cores, at most 8);
                                the output is the same as with --jobs 1, which checks in this thread.
                                Runs that read standard input or hold only a few small files stay in one
                                thread, and so do runs under 1 MiB unless --jobs is given

Positions: stylish shows 1-based line:column; json gives 0-based line/character; sarif gives 1-based
lines and columns. Columns count UTF-16 code units, as editors and the Language Server Protocol do.
`;

const EXTRACT = `Usage: article-lint extract --body FILE|- [--out FILE] [--config FILE]

Prints the article body: every noise block and metadata passage (dateline, byline, headline, caption, credit,
standfirst) removed, broken characters repaired, <quote> tags unwrapped.

Options:
  --body FILE|-     the article to read (- for standard input)
  --out FILE        write the body to FILE instead of standard output
  --config FILE     use this config file instead of the nearest .articlelint.json
`;

const ENTITIES = `Usage: article-lint entities [--format json|text] FILE|-

Lists the entities mentioned in one article: people, organizations, places and other names (found by the trained
model that ships as ner-model.bin beside the CLI), and dates, times, amounts of money and percentages (found by
rules). Offsets are UTF-16 code units into the file's text (after a byte-order mark, if any), as editors count.

Options:
  --format json|text   json (default): {"entities":[{"start","end","text","type","source"}]};
                       text: one entity a line, with its 1-based line:column
`;

const RULES = `Usage: article-lint rules [--format text|json]

Lists every rule with its category, default severity and summary.
`;

export function helpText(topic?: HelpTopic): string {
  switch (topic) {
    case 'entities':
      return ENTITIES;
    case 'check':
      return CHECK;
    case 'extract':
      return EXTRACT;
    case 'rules':
      return RULES;
    default:
      return OVERVIEW;
  }
}
