// A copy of a string that shares no memory with the text it was cut from, for results a host keeps across versions
// of a long document. JavaScript engines keep a substring as a view into its parent and a string joined with `+` as
// its parts: a message quoting a line, or a name sliced from a section, keeps that whole section's text (or the whole
// document) alive for as long as the result is cached.

/** `text` as a string of its own. */
export function ownCopy(text: string): string {
  // Joining a character in front makes a new string; slicing it flattens that into a copy and views the copy.
  return (' ' + text).slice(1);
}
