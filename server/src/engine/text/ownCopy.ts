// A copy of a string that shares no memory with the text it was cut from, for results a host keeps across versions
// of a long document. JavaScript engines keep a substring as a view into its parent and a string joined with `+` as
// its parts: a message quoting a line, or a name sliced from a section, keeps that whole section's text (or the whole
// document) alive for as long as the result is cached.

/** `text` as a string of its own. */
export function ownCopy(text: string): string {
  // Joining a character in front makes a new string; slicing it flattens that into a copy and views the copy.
  return (' ' + text).slice(1);
}

/** Texts longer than this are copied, not shared: a long evidence is the text of its own line, seldom repeated. */
const SHARED_TEXT_MAX_LENGTH = 512;
/** Bounds the table: when it is full it starts over, which only costs sharing. */
const SHARED_TEXTS_MAX = 8192;
const sharedTexts = new Map<string, string>();

/**
 * `text` as a string of its own (see ownCopy), and one string for equal texts: the findings of a long document repeat
 * the same messages, fix titles and evidence thousands of times (a 5 MiB article held 1,692 copies of one 500-byte
 * message, 4 MB of its heap in all). The table holds copies only, so it keeps no document alive.
 */
export function sharedCopy(text: string): string {
  if (text.length > SHARED_TEXT_MAX_LENGTH) return ownCopy(text);
  let copy = sharedTexts.get(text);
  if (copy === undefined) {
    if (sharedTexts.size >= SHARED_TEXTS_MAX) sharedTexts.clear();
    copy = ownCopy(text);
    sharedTexts.set(copy, copy);
  }
  return copy;
}
