// The workspace knowledge file `.articlelint/entities.json` as pure data: parse it (JSON with comments) into
// knowledge entries with a list of problems, and produce edited text for "add X to the workspace knowledge file".

import { stripJsonComments } from '../config';
import { foldName } from './names';
import { EntityType, KnowledgeEntry } from './types';
import { isRecord } from '../untrusted';

/** Where the file sits, relative to a workspace folder (or any folder above an article). */
export const KNOWLEDGE_FILE_PATH = '.articlelint/entities.json';

/** The types a workspace entry may have: the named ones (dates and amounts are found by rules, not looked up). */
const WORKSPACE_ENTITY_TYPES: readonly EntityType[] = ['person', 'organization', 'place', 'misc'];
const ENTRY_KEYS = ['name', 'type', 'aliases', 'description', 'details'];

export interface ParsedWorkspaceKnowledge {
  /** The valid entries, in file order, with `source: "workspace"`. */
  readonly entries: readonly KnowledgeEntry[];
  /** Human-readable problems; the valid entries still apply. */
  readonly problems: readonly string[];
}

/** One entry as the file holds it and as "add X to the workspace knowledge file" writes it. */
export interface WorkspaceEntryInput {
  readonly name: string;
  readonly type: EntityType;
  readonly aliases?: readonly string[];
  readonly description?: string;
  readonly details?: Readonly<Record<string, string>>;
}

/** Parses the file's text. Never throws: broken JSON yields no entries and a problem saying why. */
export function parseWorkspaceKnowledge(text: string): ParsedWorkspaceKnowledge {
  let raw: unknown;
  try {
    raw = JSON.parse(stripJsonComments(text.replace(/^\uFEFF/, '')) || '{}');
  } catch (error) {
    return { entries: [], problems: [`not valid JSON: ${error instanceof Error ? error.message : String(error)}`] };
  }
  if (!isRecord(raw)) return { entries: [], problems: ['the top level must be an object with an "entities" array'] };
  const problems: string[] = [];
  for (const key of Object.keys(raw)) if (key !== '$schema' && key !== 'entities') problems.push(`unknown key "${key}" (ignored)`);
  if (raw.entities !== undefined && !Array.isArray(raw.entities)) {
    return { entries: [], problems: [...problems, '"entities" must be an array'] };
  }
  const entries: KnowledgeEntry[] = [];
  for (const [index, item] of ((raw.entities as unknown[] | undefined) ?? []).entries()) {
    const entry = parseEntry(item, `entities[${index}]`, problems);
    if (entry) entries.push(entry);
  }
  return { entries, problems };
}

function parseEntry(item: unknown, where: string, problems: string[]): KnowledgeEntry | undefined {
  if (!isRecord(item)) {
    problems.push(`${where} must be an object (ignored)`);
    return undefined;
  }
  const name = typeof item.name === 'string' ? item.name.trim() : '';
  if (name === '') {
    problems.push(`${where} needs a "name" (ignored)`);
    return undefined;
  }
  if (typeof item.type !== 'string' || !WORKSPACE_ENTITY_TYPES.includes(item.type as EntityType)) {
    problems.push(`${where} ("${name}"): "type" must be one of ${WORKSPACE_ENTITY_TYPES.join(', ')} (ignored)`);
    return undefined;
  }
  for (const key of Object.keys(item)) if (!ENTRY_KEYS.includes(key)) problems.push(`${where} ("${name}"): unknown key "${key}" (ignored)`);
  const aliases: string[] = [];
  if (item.aliases !== undefined && !Array.isArray(item.aliases)) problems.push(`${where} ("${name}"): "aliases" must be an array of names`);
  for (const alias of Array.isArray(item.aliases) ? item.aliases : []) {
    if (typeof alias === 'string' && alias.trim() !== '') aliases.push(alias.trim());
    else problems.push(`${where} ("${name}"): every alias must be a non-empty string (one ignored)`);
  }
  if (item.description !== undefined && typeof item.description !== 'string') {
    problems.push(`${where} ("${name}"): "description" must be a string (ignored)`);
  }
  const details: Record<string, string> = {};
  if (item.details !== undefined && !isRecord(item.details)) problems.push(`${where} ("${name}"): "details" must be an object of label → text`);
  for (const [label, value] of Object.entries(isRecord(item.details) ? item.details : {})) {
    if (typeof value === 'string') details[label] = value;
    else problems.push(`${where} ("${name}"): details "${label}" must be a string (ignored)`);
  }
  return {
    canonical: name,
    type: item.type as EntityType,
    aliases,
    ...(typeof item.description === 'string' && item.description.trim() !== '' ? { description: item.description.trim() } : {}),
    ...(Object.keys(details).length > 0 ? { details } : {}),
    source: 'workspace',
  };
}

/**
 * The file's text with `entry` added. An entry with the same name and type already there gains the new aliases and
 * keeps its description and details. Empty text starts a new file. Throws when the existing text is not a valid
 * JSON object, so the host never overwrites a broken file; comments in the file are not kept.
 */
export function withKnowledgeEntry(text: string, entry: WorkspaceEntryInput): string {
  const raw: unknown = text.trim() === '' ? {} : JSON.parse(stripJsonComments(text.replace(/^\uFEFF/, '')) || '{}');
  if (!isRecord(raw)) throw new Error(`${KNOWLEDGE_FILE_PATH} must hold a JSON object`);
  if (raw.entities !== undefined && !Array.isArray(raw.entities)) throw new Error(`"entities" in ${KNOWLEDGE_FILE_PATH} must be an array`);
  const entities = (raw.entities as unknown[] | undefined) ?? [];
  const existing = entities.find(
    item => isRecord(item) && typeof item.name === 'string' && foldName(item.name) === foldName(entry.name) && item.type === entry.type,
  ) as Record<string, unknown> | undefined;
  if (existing) {
    const aliases = Array.isArray(existing.aliases) ? [...existing.aliases] : [];
    const known = new Set([existing.name, ...aliases].filter((name): name is string => typeof name === 'string').map(foldName));
    for (const alias of entry.aliases ?? []) {
      if (!known.has(foldName(alias))) {
        known.add(foldName(alias));
        aliases.push(alias);
      }
    }
    existing.aliases = aliases;
    if (existing.description === undefined && entry.description) existing.description = entry.description;
    if (existing.details === undefined && entry.details && Object.keys(entry.details).length > 0) existing.details = { ...entry.details };
  } else {
    entities.push({
      name: entry.name,
      type: entry.type,
      aliases: [...(entry.aliases ?? [])],
      ...(entry.description ? { description: entry.description } : {}),
      ...(entry.details && Object.keys(entry.details).length > 0 ? { details: { ...entry.details } } : {}),
    });
  }
  raw.entities = entities;
  return JSON.stringify(raw, null, 2) + '\n';
}
