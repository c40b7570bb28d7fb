// The workspace config file `.articlelint.json` as pure data: parse (JSON with comments) and validate it into typed
// options with a list of problems, resolve the options for one file, and produce edited config text for the
// "ignore this rule / block" actions. Reading and writing the file is the host's job (server or CLI).

import { contentHash } from './hash';
import { EXTENSIBLE_LISTS, ExtensibleListName, UserPhrases, phraseKey } from './rules/noise/noiseLexicon';
import { ruleById } from './rules/registry';
import { SEVERITY_SETTINGS, SeveritySetting } from './types';
import { isRecord } from './untrusted';

export const CONFIG_FILE_NAME = '.articlelint.json';

export interface IgnoredBlock {
  /** Content hash of the block's text (hash.ts): whitespace changes from a re-scrape do not break the match. */
  readonly hash: string;
  /** The rule that flagged it when it was ignored (for people reading the file; any rule is ignored on it). */
  readonly rule?: string;
  /** The start of the block's text, for people reading the file. */
  readonly preview?: string;
}

export interface ConfigOverride {
  /** Globs relative to the config file's folder: `*` within a path segment, `**` across segments, `?` one char. */
  readonly files: readonly string[];
  readonly rules: Readonly<Record<string, SeveritySetting>>;
}

export interface ArticleLintConfig {
  readonly language?: string;
  readonly rules: Readonly<Record<string, SeveritySetting>>;
  readonly overrides: readonly ConfigOverride[];
  readonly ignoredBlocks: readonly IgnoredBlock[];
  /** Literal phrases added to the bundled noise lists, by list name (see `EXTENSIBLE_LISTS`). */
  readonly lexicons?: UserPhrases;
}

export const EMPTY_CONFIG: ArticleLintConfig = { rules: {}, overrides: [], ignoredBlocks: [] };

/** Limits on `lexicons`, so a shared or generated config cannot make every lint slow. */
export const MAX_PHRASES_PER_LIST = 1000;
export const MAX_PHRASE_LENGTH = 200;

export interface ParsedConfig {
  readonly config: ArticleLintConfig;
  /** Human-readable problems; the valid parts of the file still apply. */
  readonly problems: readonly string[];
}

/** Parses config text. Never throws: a broken file yields the empty config and a problem saying where it broke. */
export function parseConfig(text: string): ParsedConfig {
  let raw: unknown;
  try {
    raw = JSON.parse(stripJsonComments(text.replace(/^\uFEFF/, '')) || '{}');
  } catch (error) {
    return { config: EMPTY_CONFIG, problems: [`not valid JSON: ${error instanceof Error ? error.message : String(error)}`] };
  }
  const problems: string[] = [];
  if (!isRecord(raw)) return { config: EMPTY_CONFIG, problems: ['the top level must be an object'] };
  for (const key of Object.keys(raw)) {
    if (!['$schema', 'language', 'rules', 'overrides', 'ignoredBlocks', 'lexicons'].includes(key)) problems.push(`unknown key "${key}" (ignored)`);
  }
  const language = typeof raw.language === 'string' && /^[a-z]{2,3}$/.test(raw.language) ? raw.language : undefined;
  if (raw.language !== undefined && language === undefined) problems.push('"language" must be a language code such as "en"');
  const rules = parseRuleSettings(raw.rules, 'rules', problems);
  const overrides: ConfigOverride[] = [];
  if (raw.overrides !== undefined && !Array.isArray(raw.overrides)) problems.push('"overrides" must be an array');
  for (const [index, entry] of (Array.isArray(raw.overrides) ? raw.overrides : []).entries()) {
    const files = isRecord(entry) && Array.isArray(entry.files) ? entry.files.filter((file): file is string => typeof file === 'string') : [];
    if (!isRecord(entry) || files.length === 0) {
      problems.push(`overrides[${index}] needs a "files" array of globs (ignored)`);
      continue;
    }
    overrides.push({ files, rules: parseRuleSettings(entry.rules, `overrides[${index}].rules`, problems) });
  }
  const ignoredBlocks: IgnoredBlock[] = [];
  if (raw.ignoredBlocks !== undefined && !Array.isArray(raw.ignoredBlocks)) problems.push('"ignoredBlocks" must be an array');
  for (const [index, entry] of (Array.isArray(raw.ignoredBlocks) ? raw.ignoredBlocks : []).entries()) {
    if (!isRecord(entry) || typeof entry.hash !== 'string' || !/^[0-9a-f]{16}$/.test(entry.hash)) {
      problems.push(`ignoredBlocks[${index}] needs a 16-hex-digit "hash" (ignored)`);
      continue;
    }
    ignoredBlocks.push({
      hash: entry.hash,
      ...(typeof entry.rule === 'string' ? { rule: entry.rule } : {}),
      ...(typeof entry.preview === 'string' ? { preview: entry.preview } : {}),
    });
  }
  const lexicons = parseLexicons(raw.lexicons, problems);
  return { config: { ...(language ? { language } : {}), rules, overrides, ignoredBlocks, ...(lexicons ? { lexicons } : {}) }, problems };
}

/** `lexicons`: list name → literal phrases. Invalid entries are dropped with a problem each; the rest apply. */
function parseLexicons(value: unknown, problems: string[]): UserPhrases | undefined {
  if (value === undefined) return undefined;
  if (!isRecord(value)) {
    problems.push('"lexicons" must be an object of list name → array of phrases');
    return undefined;
  }
  const lexicons: Partial<Record<ExtensibleListName, string[]>> = {};
  for (const [name, phrases] of Object.entries(value)) {
    if (!Object.hasOwn(EXTENSIBLE_LISTS, name)) {
      problems.push(
        /patterns?$/i.test(name)
          ? `lexicons: "${name}" is not accepted: only literal phrases can be added, never regular expressions (ignored)`
          : `lexicons: unknown list "${name}"; the lists are ${Object.keys(EXTENSIBLE_LISTS).join(', ')} (ignored)`,
      );
      continue;
    }
    if (!Array.isArray(phrases)) {
      problems.push(`lexicons.${name} must be an array of phrases (ignored)`);
      continue;
    }
    const kept: string[] = [];
    for (const [index, phrase] of phrases.entries()) {
      if (kept.length === MAX_PHRASES_PER_LIST) {
        problems.push(`lexicons.${name} has more than ${MAX_PHRASES_PER_LIST} phrases; the first ${MAX_PHRASES_PER_LIST} apply`);
        break;
      }
      if (typeof phrase !== 'string') problems.push(`lexicons.${name}[${index}] must be a string (ignored)`);
      else if (phrase.length > MAX_PHRASE_LENGTH) problems.push(`lexicons.${name}[${index}] is longer than ${MAX_PHRASE_LENGTH} characters (ignored)`);
      // Phrases are compared by their key (lower case, edge punctuation trimmed); a key of one character would
      // match inside almost every line.
      else if (phraseKey(phrase).length < 2) problems.push(`lexicons.${name}[${index}] needs at least two letters or digits (ignored)`);
      else kept.push(phrase);
    }
    if (kept.length > 0) lexicons[name as ExtensibleListName] = kept;
  }
  return Object.keys(lexicons).length > 0 ? lexicons : undefined;
}

function parseRuleSettings(value: unknown, where: string, problems: string[]): Record<string, SeveritySetting> {
  const settings: Record<string, SeveritySetting> = {};
  if (value === undefined) return settings;
  if (!isRecord(value)) {
    problems.push(`"${where}" must be an object of rule id → severity`);
    return settings;
  }
  for (const [id, setting] of Object.entries(value)) {
    if (!ruleById(id)) problems.push(`${where}: unknown rule "${id}" (ignored)`);
    else if (typeof setting !== 'string' || !(SEVERITY_SETTINGS as readonly string[]).includes(setting)) {
      problems.push(`${where}: "${id}" must be one of ${SEVERITY_SETTINGS.join(', ')} (ignored)`);
    } else settings[id] = setting as SeveritySetting;
  }
  return settings;
}

/** Options for one file: top-level rules, then every override whose globs match `relativePath` (later wins). */
export function resolveFileOptions(
  config: ArticleLintConfig,
  relativePath: string | undefined,
): { severities: Record<string, SeveritySetting>; ignoredHashes: Set<string>; language?: string; userPhrases?: UserPhrases } {
  const severities: Record<string, SeveritySetting> = { ...config.rules };
  if (relativePath !== undefined) {
    const path = relativePath.replace(/\\/g, '/');
    for (const override of config.overrides) {
      if (override.files.some(glob => globToRegExp(glob).test(path))) Object.assign(severities, override.rules);
    }
  }
  return {
    severities,
    ignoredHashes: new Set(config.ignoredBlocks.map(block => block.hash)),
    ...(config.language ? { language: config.language } : {}),
    // The same object for every file of a config, so the lists built from it are built once.
    ...(config.lexicons ? { userPhrases: config.lexicons } : {}),
  };
}

/** Matches `*` within a segment, `**` across segments (and `**\/` for zero or more folders), `?` one character. */
export function globToRegExp(glob: string): RegExp {
  let pattern = '';
  for (let index = 0; index < glob.length; index++) {
    const char = glob[index];
    if (char === '*' && glob[index + 1] === '*') {
      const slashAfter = glob[index + 2] === '/';
      pattern += slashAfter ? '(?:.*/)?' : '.*';
      index += slashAfter ? 2 : 1;
    } else if (char === '*') pattern += '[^/]*';
    else if (char === '?') pattern += '[^/]';
    else pattern += char.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^(?:\\./)?${pattern}$`);
}

/** Config text with `ruleId` turned off, for every file or (with `relativePath`) for that one file. */
export function withRuleDisabled(configText: string, ruleId: string, relativePath?: string): string {
  const raw = rawObject(configText);
  if (relativePath === undefined) {
    raw.rules = { ...(isRecord(raw.rules) ? raw.rules : {}), [ruleId]: 'off' };
  } else {
    const overrides = Array.isArray(raw.overrides) ? raw.overrides : [];
    const path = relativePath.replace(/\\/g, '/');
    const existing = overrides.find(
      entry => isRecord(entry) && Array.isArray(entry.files) && entry.files.length === 1 && entry.files[0] === path,
    ) as Record<string, unknown> | undefined;
    if (existing) existing.rules = { ...(isRecord(existing.rules) ? existing.rules : {}), [ruleId]: 'off' };
    else overrides.push({ files: [path], rules: { [ruleId]: 'off' } });
    raw.overrides = overrides;
  }
  return JSON.stringify(raw, null, 2) + '\n';
}

/** Config text with the block whose text is `blockText` ignored (keyed by its content hash). */
export function withBlockIgnored(configText: string, blockText: string, ruleId: string): string {
  const raw = rawObject(configText);
  const blocks = Array.isArray(raw.ignoredBlocks) ? raw.ignoredBlocks : [];
  const hash = contentHash(blockText);
  if (!blocks.some(entry => isRecord(entry) && entry.hash === hash)) {
    const preview = blockText.replace(/\s+/g, ' ').trim();
    blocks.push({ hash, rule: ruleId, preview: preview.length > 60 ? `${preview.slice(0, 59)}…` : preview });
  }
  raw.ignoredBlocks = blocks;
  return JSON.stringify(raw, null, 2) + '\n';
}

/** The config object to edit. A file that does not parse is not overwritten silently: the caller gets an error. */
function rawObject(configText: string): Record<string, unknown> {
  if (configText.trim() === '') return {};
  const raw: unknown = JSON.parse(stripJsonComments(configText.replace(/^\uFEFF/, '')));
  if (!isRecord(raw)) throw new Error(`${CONFIG_FILE_NAME} must hold a JSON object`);
  return raw;
}

/** Removes `//` and `/* *\/` comments and trailing commas outside strings (JSONC, as VS Code settings allow). */
export function stripJsonComments(text: string): string {
  let result = '';
  let index = 0;
  while (index < text.length) {
    const char = text[index];
    if (char === '"') {
      let end = index + 1;
      while (end < text.length && text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      result += text.slice(index, end + 1);
      index = end + 1;
    } else if (char === '/' && text[index + 1] === '/') {
      while (index < text.length && text[index] !== '\n') index++;
    } else if (char === '/' && text[index + 1] === '*') {
      const end = text.indexOf('*/', index + 2);
      index = end < 0 ? text.length : end + 2;
    } else if (char === ',' && /^\s*[}\]]/.test(text.slice(index + 1, index + 200))) {
      index++;
    } else {
      result += char;
      index++;
    }
  }
  return result;
}
