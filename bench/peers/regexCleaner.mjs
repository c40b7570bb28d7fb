// Peer "plain-regex cleaner": the grep-like filter people write first. It drops every line that mentions a share,
// cookie, subscribe or ad word and prints the rest, with no notion of blocks, context, metadata or characters.
// Usage: node bench/peers/regexCleaner.mjs PATH...
import { readFileSync } from 'node:fs';
import { listArticleFiles } from './listFiles.mjs';

const NOISE_LINE = /\b(?:share|facebook|twitter|linkedin|whatsapp|email|cookies?|consent|subscribe|subscription|newsletter|sign (?:in|up)|log in|advertisement|sponsored|read more|most read|related|all rights reserved)\b/i;

const output = [];
for (const file of listArticleFiles(process.argv.slice(2))) {
  const kept = readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .filter(line => !NOISE_LINE.test(line));
  output.push(kept.join('\n'));
}
process.stdout.write(output.join('\n'));
