// Type guards for values parsed from JSON nobody vouches for: config and knowledge files, and what a client sends.

/** A plain JSON object (not null, not an array), whose properties are still to be checked one by one. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
