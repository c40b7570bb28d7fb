// How entity names are compared: one folding shared by the knowledge base, the in-text facts and resolution.

/**
 * The form names are compared in: lower case, without diacritics, with straight apostrophes and hyphens, single
 * spaces, and without a leading "the" ("The Kremlin" → "kremlin", "Kraków" → "krakow", "People’s" → "people's").
 */
export function foldName(name: string): string {
  // NFD splits "é" into "e" plus a combining mark, which is then dropped; plain ASCII skips the costly part.
  const withoutMarks = /[^\x00-\x7F]/.test(name) ? name.normalize('NFD').replace(/\p{M}+/gu, '') : name;
  return withoutMarks
    .toLowerCase()
    .replace(/[’‘ʼ`´]/g, "'")
    .replace(/[‐‑‒–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '');
}
