// Peer "I/O floor": reads every file, decodes it as UTF-8 and splits it into lines, nothing else. No article tool
// can be faster than this; the gap between it and the CLI is the cost of the engine.
// Usage: node bench/peers/ioFloor.mjs PATH...
import { readFileSync } from 'node:fs';
import { listArticleFiles } from './listFiles.mjs';

let lines = 0;
for (const file of listArticleFiles(process.argv.slice(2))) lines += readFileSync(file, 'utf8').split(/\r?\n/).length;
// Printing the count keeps the work from being optimised away and lets the bench check both read the same input.
process.stdout.write(`${lines}\n`);
