// The text printed by `--help` and `help <command>`: every command, option and exit code in one place.

import { HelpTopic } from './arguments';

const OVERVIEW = `article-lint: find and fix scrape noise in scraped news articles (.txt). Everything runs locally.

Usage:
  article-lint check [options] PATH...     report findings (folders are searched for *.txt and *.article)
  article-lint extract --body FILE|-       print the article body: noise and metadata removed, characters repaired
  article-lint entities FILE|-             list the names, dates and amounts in an article, with canonical names
  article-lint export --format F PATH...   tagged articles as brat, conll, jsonl or tei for annotation tools
  article-lint import --format brat TXT ANN   brat annotations back into the article as inline tags
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

const ENTITIES = `Usage: article-lint entities [--format json|text] [--knowledge FILE] FILE|-

Lists the entities mentioned in one article: people, organizations, places and other names (found by the trained
model that ships as ner-model.bin beside the CLI, by the knowledge base, or tagged in the file), and dates, times,
amounts of money and percentages (found by rules), each with the entity it belongs to and that entity's canonical
name ("Kiev" is the place Kyiv). Offsets are UTF-16 code units into the file's text as it is, tags included (after
a byte-order mark, if any), as editors count.

Options:
  --format json|text   json (default): {"entities":[{"start","end","text","type","source","canonical","entity"}]};
                       text: one entity a line, with its 1-based line:column and canonical name
  --knowledge FILE     use this workspace knowledge file (entities.json) instead of the nearest
                       .articlelint/entities.json above the article (for standard input, above the working folder)
`;

const EXPORT = `Usage: article-lint export --format brat|conll|jsonl|tei [--out FOLDER] PATH...

Writes the inline tags of each article (<headline>, <quote speaker="…">, <person>, …) in a format annotation tools
and training pipelines read. PATH is a file, a folder (searched for *.txt and *.article) or - for standard input.

Formats:
  brat    NAME.txt (the untagged text) and NAME.ann (T lines; offsets in Unicode code points, passages over line
          breaks as fragments, attributes as AnnotatorNotes); needs --out
  conll   a token a line: token, IOB2 entity label (PER, ORG, LOC, MISC, DATE), IOB2 structure label; a blank line
          between sentences
  jsonl   {"text", "spans":[{"start","end","label"}], "label":[[start,end,label]]}: Prodigy and doccano; code points
  tei     TEI XML: <head>, <dateline>, <byline>, <figure><figDesc>, <q who>, <persName>, <orgName>, <placeName>
Options:
  --out FOLDER   write NAME plus the format's extension into FOLDER (created if needed); without it, conll and
                 jsonl print to standard output
Broken tags are reported on stderr and left out. Exit code 2 when an input or output cannot be read or written.
`;

const IMPORT = `Usage: article-lint import --format brat FILE.txt FILE.ann [--out FILE]

Reads brat standoff (code point offsets, as brat writes them) and prints the article with the annotations as inline
tags — the reverse of export --format brat. Labels outside the tag vocabulary (and PER, ORG, LOC, GPE, which map to
person, org, place), offsets that do not fit, and passages that would cross another are reported and left out.
Options:
  --out FILE     write the tagged article to FILE instead of standard output
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
    case 'export':
      return EXPORT;
    case 'import':
      return IMPORT;
    case 'rules':
      return RULES;
    default:
      return OVERVIEW;
  }
}
