// Inputs no metadata or text rule may flag or throw on: empty text, NUL characters, a 1 MB line, lone line breaks.

/** One megabyte of text on a single line: a flattened page or a minified blob. */
const ONE_MEGABYTE_LINE = 'word '.repeat(1 << 18).slice(0, 1 << 20);

export const BAD_INPUTS: readonly { readonly text: string; readonly name: string }[] = [
  { name: 'empty text', text: '' },
  { name: 'only line breaks', text: '\n\r\n\r\n' },
  { name: 'NUL characters', text: '\u0000\u0000\u0000\n\u0000By\u0000\n\u0000' },
  { name: 'a 1 MB line', text: ONE_MEGABYTE_LINE },
  { name: 'a 1 MB line after a short first line', text: `Storm closes schools\n\n${ONE_MEGABYTE_LINE}` },
  { name: 'a 1 MB line of date-like tokens', text: 'Nov 19, 2019 | '.repeat(70_000) },
];
