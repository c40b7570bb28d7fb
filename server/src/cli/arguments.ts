// Turns the command line into one typed command (check, extract, entities, export, import, rules, help, version) or
// a UsageError.
// Values are validated here, at the boundary, so the commands only ever see settings that make sense.

import { EXPORT_FORMATS, ExportFormat, FIX_ALL_SCOPES, FixAllScope, ruleById, SEVERITIES, Severity, SEVERITY_SETTINGS, SeveritySetting } from '../engine/index';

export const CHECK_FORMATS = ['stylish', 'json', 'sarif'] as const;
export type CheckFormat = (typeof CHECK_FORMATS)[number];
export const RULES_FORMATS = ['text', 'json'] as const;
export type RulesFormat = (typeof RULES_FORMATS)[number];
export const ENTITIES_FORMATS = ['json', 'text'] as const;
export type EntitiesFormat = (typeof ENTITIES_FORMATS)[number];

/** `-` in a path list means standard input. */
export const STDIN_PATH = '-';

export interface CheckArguments {
  readonly command: 'check';
  readonly format: CheckFormat;
  /** Write fixed text back to files (`--fix`); undefined when fixing was not asked for. */
  readonly fixScope?: FixAllScope;
  readonly configPath?: string;
  readonly failOn: Severity;
  /** `--rule ID=SEVERITY` settings, applied on top of every config file. */
  readonly ruleSettings: Readonly<Record<string, SeveritySetting>>;
  readonly quiet: boolean;
  /** `--jobs N`: worker threads for a multi-file run; undefined lets `check` choose from the machine and the inputs. */
  readonly jobs?: number;
  readonly paths: readonly string[];
}

export interface ExtractArguments {
  readonly command: 'extract';
  readonly path: string;
  readonly outPath?: string;
  readonly configPath?: string;
}

export interface EntitiesArguments {
  readonly command: 'entities';
  readonly format: EntitiesFormat;
  /** `--knowledge FILE`: the workspace knowledge file to use instead of the nearest `.articlelint/entities.json`. */
  readonly knowledgePath?: string;
  readonly path: string;
}

export interface ExportArguments {
  readonly command: 'export';
  readonly format: ExportFormat;
  /** Where to write the files; without it, the stream formats print to standard output. */
  readonly outFolder?: string;
  readonly paths: readonly string[];
}

export interface ImportArguments {
  readonly command: 'import';
  readonly format: 'brat';
  readonly textPath: string;
  readonly annotationPath: string;
  readonly outPath?: string;
}

export interface RulesArguments {
  readonly command: 'rules';
  readonly format: RulesFormat;
}

export type CliCommand =
  | CheckArguments
  | ExtractArguments
  | EntitiesArguments
  | ExportArguments
  | ImportArguments
  | RulesArguments
  | { readonly command: 'help'; readonly topic?: HelpTopic }
  | { readonly command: 'version' };

export const COMMANDS = ['check', 'extract', 'entities', 'export', 'import', 'rules'] as const;
export type HelpTopic = (typeof COMMANDS)[number];

function isCommand(name: string | undefined): name is HelpTopic {
  return (COMMANDS as readonly (string | undefined)[]).includes(name);
}

/** A mistake on the command line: the CLI prints the message and a hint to `--help`, and exits with 2. */
export class UsageError extends Error {}

export const DEFAULT_FIX_SCOPE: FixAllScope = 'characters+high-confidence-noise';

export function parseArguments(argv: readonly string[]): CliCommand {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    const topic = command === 'help' ? rest[0] : undefined;
    if (topic !== undefined && !isCommand(topic)) throw new UsageError(`no help for "${topic}"; commands are ${COMMAND_LIST}`);
    return { command: 'help', ...(topic ? { topic } : {}) };
  }
  if (command === '--version' || command === '-v') return { command: 'version' };
  if (!isCommand(command)) throw unknownCommand(command);
  const options = splitOptions(rest);
  if (options.flags.has('help')) return { command: 'help', topic: command };
  switch (command) {
    case 'check':
      return parseCheck(options);
    case 'extract':
      return parseExtract(options);
    case 'entities':
      return parseEntities(options);
    case 'export':
      return parseExport(options);
    case 'import':
      return parseImport(options);
    case 'rules':
      return parseRules(options);
  }
}

const COMMAND_LIST = `${COMMANDS.slice(0, -1).join(', ')} and ${COMMANDS[COMMANDS.length - 1]}`;

function unknownCommand(command: string): UsageError {
  return new UsageError(
    command.startsWith('-') ? `unknown option ${command} before a command` : `unknown command "${command}"; commands are ${COMMAND_LIST}`,
  );
}

/** Options as written: repeatable `--name value` / `--name=value` pairs, boolean flags and positional paths. */
interface SplitOptions {
  readonly values: Map<string, string[]>;
  readonly flags: Set<string>;
  readonly positionals: string[];
}

// Which options take a value; every other `--name` is a boolean flag checked against the command's list.
const VALUE_OPTIONS = new Set(['format', 'fix-scope', 'config', 'fail-on', 'rule', 'body', 'out', 'jobs', 'knowledge']);

/** Single-letter spellings of long options; `-j 4` is what users of make and cargo type. */
const SHORT_OPTIONS: ReadonlyMap<string, string> = new Map([['-j', '--jobs']]);

/** More threads than this is a typo (`-j 80` for `-j 8`), not a machine, and each thread holds its own engine. */
export const MAX_JOBS = 256;

function splitOptions(args: readonly string[]): SplitOptions {
  const values = new Map<string, string[]>();
  const flags = new Set<string>();
  const positionals: string[] = [];
  for (let index = 0; index < args.length; index++) {
    const arg = SHORT_OPTIONS.get(args[index]) ?? args[index];
    if (arg === '--') {
      positionals.push(...args.slice(index + 1));
      break;
    }
    if (arg === '-h') {
      flags.add('help');
      continue;
    }
    // A lone `-` is standard input, not an option.
    if (!arg.startsWith('--')) {
      if (arg.startsWith('-') && arg !== STDIN_PATH) throw new UsageError(`unknown option ${arg}`);
      positionals.push(arg);
      continue;
    }
    const equals = arg.indexOf('=');
    const name = arg.slice(2, equals < 0 ? undefined : equals);
    if (!VALUE_OPTIONS.has(name)) {
      if (equals >= 0) throw new UsageError(`option --${name} takes no value`);
      flags.add(name);
      continue;
    }
    let value: string | undefined;
    if (equals >= 0) value = arg.slice(equals + 1);
    else {
      value = args[index + 1];
      // `--out -` is a value, but `--config --fix` is a forgotten value.
      if (value === undefined || (value.startsWith('--') && value.length > 2)) throw new UsageError(`option --${name} needs a value`);
      index++;
    }
    values.set(name, [...(values.get(name) ?? []), value]);
  }
  return { values, flags, positionals };
}

function rejectUnknown(options: SplitOptions, command: string, allowedValues: readonly string[], allowedFlags: readonly string[]): void {
  for (const name of options.values.keys()) {
    if (!allowedValues.includes(name)) throw new UsageError(`option --${name} does not apply to "${command}"`);
  }
  for (const name of options.flags) {
    if (!allowedFlags.includes(name)) {
      throw new UsageError(VALUE_OPTIONS.has(name) ? `option --${name} does not apply to "${command}"` : `unknown option --${name}`);
    }
  }
}

/** The single value of an option; repeating a single-valued option is a mistake worth reporting. */
function single(options: SplitOptions, name: string): string | undefined {
  const given = options.values.get(name);
  if (given === undefined) return undefined;
  if (given.length > 1) throw new UsageError(`option --${name} given more than once`);
  return given[0];
}

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], name: string, fallback: T): T {
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`--${name} must be one of ${allowed.join(', ')} (got "${value}")`);
  return value as T;
}

function parseCheck(options: SplitOptions): CheckArguments {
  rejectUnknown(options, 'check', ['format', 'fix-scope', 'config', 'fail-on', 'rule', 'jobs'], ['fix', 'quiet']);
  const fix = options.flags.has('fix');
  const scopeValue = single(options, 'fix-scope');
  if (scopeValue !== undefined && !fix) throw new UsageError('--fix-scope only applies together with --fix');
  const fixScope = oneOf(scopeValue, FIX_ALL_SCOPES, 'fix-scope', DEFAULT_FIX_SCOPE);
  if (options.positionals.length === 0) throw new UsageError('check needs at least one file or folder (or - for standard input)');
  if (fix && options.positionals.includes(STDIN_PATH)) {
    throw new UsageError('--fix writes files back, so it cannot be used with standard input; use extract --body for a cleaned copy');
  }
  const configPath = single(options, 'config');
  const jobs = parseJobs(single(options, 'jobs'));
  return {
    command: 'check',
    format: oneOf(single(options, 'format'), CHECK_FORMATS, 'format', 'stylish'),
    ...(fix ? { fixScope } : {}),
    ...(configPath !== undefined ? { configPath } : {}),
    failOn: oneOf(single(options, 'fail-on'), SEVERITIES, 'fail-on', 'error'),
    ruleSettings: parseRuleSettings(options.values.get('rule') ?? []),
    quiet: options.flags.has('quiet'),
    ...(jobs !== undefined ? { jobs } : {}),
    paths: options.positionals,
  };
}

function parseJobs(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const jobs = /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!(jobs >= 1 && jobs <= MAX_JOBS)) throw new UsageError(`--jobs must be a whole number from 1 to ${MAX_JOBS} (got "${value}")`);
  return jobs;
}

/** `--rule noise/share-buttons=off`; a later setting for the same rule wins, as in config files. */
function parseRuleSettings(given: readonly string[]): Record<string, SeveritySetting> {
  const settings: Record<string, SeveritySetting> = {};
  for (const entry of given) {
    const equals = entry.lastIndexOf('=');
    if (equals <= 0) throw new UsageError(`--rule needs ID=SEVERITY, e.g. --rule noise/share-buttons=off (got "${entry}")`);
    const id = entry.slice(0, equals);
    const setting = entry.slice(equals + 1);
    if (!ruleById(id)) throw new UsageError(`--rule: unknown rule "${id}"; "article-lint rules" lists them`);
    if (!(SEVERITY_SETTINGS as readonly string[]).includes(setting)) {
      throw new UsageError(`--rule ${id}: severity must be one of ${SEVERITY_SETTINGS.join(', ')} (got "${setting}")`);
    }
    settings[id] = setting as SeveritySetting;
  }
  return settings;
}

function parseExtract(options: SplitOptions): ExtractArguments {
  rejectUnknown(options, 'extract', ['body', 'out', 'config'], []);
  const path = single(options, 'body');
  // `--body` names what to extract; it is required so other parts (metadata, say) can be added without ambiguity.
  if (path === undefined) throw new UsageError('extract needs --body FILE (or --body - for standard input)');
  if (options.positionals.length > 0) throw new UsageError(`extract takes one input, given with --body; unexpected "${options.positionals[0]}"`);
  const outPath = single(options, 'out');
  const configPath = single(options, 'config');
  return {
    command: 'extract',
    path,
    ...(outPath !== undefined && outPath !== STDIN_PATH ? { outPath } : {}),
    ...(configPath !== undefined ? { configPath } : {}),
  };
}

function parseEntities(options: SplitOptions): EntitiesArguments {
  rejectUnknown(options, 'entities', ['format', 'knowledge'], []);
  if (options.positionals.length === 0) throw new UsageError('entities needs a file (or - for standard input)');
  if (options.positionals.length > 1) throw new UsageError(`entities takes one input; unexpected "${options.positionals[1]}"`);
  const knowledgePath = single(options, 'knowledge');
  return {
    command: 'entities',
    format: oneOf(single(options, 'format'), ENTITIES_FORMATS, 'format', 'json'),
    ...(knowledgePath !== undefined ? { knowledgePath } : {}),
    path: options.positionals[0],
  };
}

function parseExport(options: SplitOptions): ExportArguments {
  rejectUnknown(options, 'export', ['format', 'out'], []);
  const format = single(options, 'format');
  if (format === undefined) throw new UsageError(`export needs --format (${EXPORT_FORMATS.join(', ')})`);
  if (options.positionals.length === 0) throw new UsageError('export needs at least one file or folder (or - for standard input)');
  const outFolder = single(options, 'out');
  return { command: 'export', format: oneOf(format, EXPORT_FORMATS, 'format', 'brat'), ...(outFolder !== undefined ? { outFolder } : {}), paths: options.positionals };
}

function parseImport(options: SplitOptions): ImportArguments {
  rejectUnknown(options, 'import', ['format', 'out'], []);
  const format = oneOf(single(options, 'format'), ['brat'] as const, 'format', 'brat');
  if (options.positionals.length !== 2) throw new UsageError('import --format brat needs the text file and the annotation file: FILE.txt FILE.ann');
  const outPath = single(options, 'out');
  return { command: 'import', format, textPath: options.positionals[0], annotationPath: options.positionals[1], ...(outPath !== undefined ? { outPath } : {}) };
}

function parseRules(options: SplitOptions): RulesArguments {
  rejectUnknown(options, 'rules', ['format'], []);
  if (options.positionals.length > 0) throw new UsageError(`rules takes no arguments; unexpected "${options.positionals[0]}"`);
  return { command: 'rules', format: oneOf(single(options, 'format'), RULES_FORMATS, 'format', 'text') };
}
