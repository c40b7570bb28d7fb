// Picks a language's entry from a lexicon data file keyed by language, falling back to English.
// Lexicons (share words, cookie phrases, ad labels, month names…) are JSON data files, never lists in code.

/** A lexicon file maps a language subtag to that language's lists, e.g. `{ "en": { "adLabels": [...] } }`. */
export type LexiconFile<Entry> = { readonly en: Entry } & { readonly [language: string]: Entry | undefined };

export function lexiconFor<Entry>(file: LexiconFile<Entry>, language: string): Entry {
  return file[language] ?? file.en;
}

/** Memoizes a derived structure (a Set, a RegExp) per language so rules build it once, not per article. */
export function perLanguage<Value>(build: (language: string) => Value): (language: string) => Value {
  const cache = new Map<string, Value>();
  // Rules ask once per line, almost always for the same language: remember the last answer.
  let lastLanguage: string | undefined;
  let lastValue: Value | undefined;
  return language => {
    if (language === lastLanguage) return lastValue as Value;
    let value = cache.get(language);
    if (value === undefined) {
      value = build(language);
      cache.set(language, value);
    }
    lastLanguage = language;
    lastValue = value;
    return value;
  };
}

/** Escapes a phrase for use inside a RegExp. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
