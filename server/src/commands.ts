// Carries out what the client (or a code action) asks for: the commands that write `.articlelint.json` or the
// workspace knowledge file or apply fix-all, and the custom requests. Names and argument shapes are in protocol.ts.

import { WorkspaceEdit } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CONFIG_FILE_NAME,
  EXPORT_FORMATS,
  FIX_ALL_SCOPES,
  FixAllScope,
  KNOWLEDGE_FILE_PATH,
  contentHash,
  exportArticle,
  extractBody,
  isRecord,
  ruleById,
  withBlockIgnored,
  withKnowledgeEntry,
  withRuleDisabled,
} from './engine/index';
import { pathRelativeToConfig } from './host/configFile';
import { updateFile } from './host/updateFile';
import { fixAllUntilStableEdit } from './codeActions';
import { KNOWLEDGE_FILE_TYPES } from './entities';
import { LintMode, LintedDocument } from './documents';
import {
  AddToKnowledgeFileArguments,
  ApplyFixAllArguments,
  COMMANDS,
  ExportAnnotationsParams,
  ExportAnnotationsResult,
  ExtractBodyParams,
  ExtractBodyResult,
  IgnoreBlockArguments,
  IgnoreRuleArguments,
} from './protocol';
import { filePathOf } from './workspaceConfig';

export interface CommandDependencies {
  document(uri: string): TextDocument | undefined;
  lint(document: TextDocument, mode: LintMode): Promise<LintedDocument | undefined>;
  configPathForEdits(filePath: string): string;
  /** A config file was written: re-read configs and re-lint. */
  configWritten(): void;
  /** Where "add to the workspace knowledge file" writes for a document at `filePath`. */
  knowledgePathForEdits(filePath: string): string;
  /** A knowledge file was written: re-read knowledge and refresh what depends on it. */
  knowledgeWritten(): void;
  applyEdit(label: string, edit: WorkspaceEdit): Promise<boolean>;
  showError(message: string): void;
  readonly supportsDocumentChanges: boolean;
}

export async function executeCommand(command: string, commandArguments: readonly unknown[] | undefined, dependencies: CommandDependencies): Promise<unknown> {
  const [argument] = commandArguments ?? [];
  switch (command) {
    case COMMANDS.ignoreRule:
      return ignoreRule(readIgnoreRuleArguments(argument), dependencies);
    case COMMANDS.ignoreBlock:
      return ignoreBlock(readIgnoreBlockArguments(argument), dependencies);
    case COMMANDS.applyFixAll:
      return applyFixAll(readApplyFixAllArguments(argument), dependencies);
    case COMMANDS.addToKnowledgeFile:
      return addToKnowledgeFile(readAddToKnowledgeFileArguments(argument), dependencies);
    default:
      throw new Error(`unknown command ${command}`);
  }
}

export async function extractBodyOf(params: ExtractBodyParams, dependencies: CommandDependencies): Promise<ExtractBodyResult> {
  const document = typeof params?.uri === 'string' ? dependencies.document(params.uri) : undefined;
  if (!document) return null;
  const linted = await dependencies.lint(document, 'always');
  if (!linted) return null;
  return { text: extractBody(linted.result.article, linted.result.findings), version: linted.version };
}

export async function exportAnnotationsOf(params: ExportAnnotationsParams, dependencies: CommandDependencies): Promise<ExportAnnotationsResult> {
  const document = typeof params?.uri === 'string' ? dependencies.document(params.uri) : undefined;
  if (!document) return null;
  if (!(EXPORT_FORMATS as readonly string[]).includes(params.format)) throw new Error(`unknown export format ${String(params.format)}; choose ${EXPORT_FORMATS.join(', ')}`);
  const linted = await dependencies.lint(document, 'always');
  if (!linted) return null;
  const name = params.uri.split('/').pop() ?? 'article';
  return { files: exportArticle(linted.result.article, params.format, decodeURIComponent(name)), version: linted.version };
}

function ignoreRule(argument: IgnoreRuleArguments, dependencies: CommandDependencies): void {
  const filePath = filePathOf(argument.uri);
  if (filePath === undefined) throw new Error(`cannot ignore a rule for ${argument.uri}: only files have a ${CONFIG_FILE_NAME}`);
  if (!ruleById(argument.rule)) throw new Error(`unknown rule ${argument.rule}`);
  const configPath = dependencies.configPathForEdits(filePath);
  const relativePath = argument.scope === 'file' ? pathRelativeToConfig(configPath, filePath) : undefined;
  writeConfig(configPath, text => withRuleDisabled(text, argument.rule, relativePath), dependencies);
}

function ignoreBlock(argument: IgnoreBlockArguments, dependencies: CommandDependencies): void {
  const filePath = filePathOf(argument.uri);
  if (filePath === undefined) throw new Error(`cannot ignore a block in ${argument.uri}: only files have a ${CONFIG_FILE_NAME}`);
  const document = dependencies.document(argument.uri);
  if (!document || document.version !== argument.version) {
    dependencies.showError('Article Lint: the document changed since this problem was reported; try again on the new diagnostic.');
    return;
  }
  const blockText = document.getText().slice(argument.span.start, argument.span.end);
  if (contentHash(blockText) !== argument.hash) {
    dependencies.showError('Article Lint: the block no longer matches the reported problem; nothing was ignored.');
    return;
  }
  writeConfig(dependencies.configPathForEdits(filePath), text => withBlockIgnored(text, blockText, argument.rule), dependencies);
}

async function applyFixAll(argument: ApplyFixAllArguments, dependencies: CommandDependencies): Promise<boolean> {
  const document = dependencies.document(argument.uri);
  if (!document || (argument.version !== undefined && argument.version !== document.version)) return false;
  const linted = await dependencies.lint(document, 'always');
  if (!linted || linted.version !== document.version) return false;
  const edit = fixAllUntilStableEdit(linted, argument.scope ?? linted.settings.fixAllScope, dependencies);
  return edit ? dependencies.applyEdit('Article Lint: fix all', edit) : false;
}

/** A knowledge file that does not parse is left alone, as a config file is: the user sees why instead. */
function addToKnowledgeFile(argument: AddToKnowledgeFileArguments, dependencies: CommandDependencies): void {
  const filePath = filePathOf(argument.uri);
  if (filePath === undefined) throw new Error(`cannot add "${argument.name}" for ${argument.uri}: only files have a ${KNOWLEDGE_FILE_PATH}`);
  const entry = { name: argument.name, type: argument.type, aliases: argument.aliases.filter(alias => alias !== argument.name) };
  try {
    updateFile(dependencies.knowledgePathForEdits(filePath), text => withKnowledgeEntry(text, entry));
  } catch (error) {
    dependencies.showError(`Article Lint: ${error instanceof Error ? error.message : String(error)}`);
    return;
  }
  dependencies.knowledgeWritten();
}

/** A config file that does not parse is left alone: the user sees why, and their file is not overwritten. */
function writeConfig(configPath: string, edit: (currentText: string) => string, dependencies: CommandDependencies): void {
  try {
    updateFile(configPath, edit);
  } catch (error) {
    dependencies.showError(`Article Lint: ${error instanceof Error ? error.message : String(error)}`);
    return;
  }
  dependencies.configWritten();
}

function readIgnoreRuleArguments(value: unknown): IgnoreRuleArguments {
  if (isRecord(value) && typeof value.uri === 'string' && typeof value.rule === 'string' && (value.scope === 'file' || value.scope === 'workspace')) {
    return { uri: value.uri, rule: value.rule, scope: value.scope };
  }
  throw new Error(`${COMMANDS.ignoreRule} expects {uri, rule, scope: "file" | "workspace"}, got ${JSON.stringify(value)}`);
}

function readIgnoreBlockArguments(value: unknown): IgnoreBlockArguments {
  if (
    isRecord(value) &&
    typeof value.uri === 'string' &&
    typeof value.version === 'number' &&
    typeof value.rule === 'string' &&
    typeof value.hash === 'string' &&
    isRecord(value.span) &&
    Number.isInteger(value.span.start) &&
    Number.isInteger(value.span.end)
  ) {
    return { uri: value.uri, version: value.version, rule: value.rule, hash: value.hash, span: { start: value.span.start as number, end: value.span.end as number } };
  }
  throw new Error(`${COMMANDS.ignoreBlock} expects {uri, version, rule, hash, span: {start, end}}, got ${JSON.stringify(value)}`);
}

function readAddToKnowledgeFileArguments(value: unknown): AddToKnowledgeFileArguments {
  if (
    isRecord(value) &&
    typeof value.uri === 'string' &&
    typeof value.name === 'string' &&
    value.name.trim() !== '' &&
    typeof value.type === 'string' &&
    (KNOWLEDGE_FILE_TYPES as readonly string[]).includes(value.type) &&
    Array.isArray(value.aliases) &&
    value.aliases.every(alias => typeof alias === 'string')
  ) {
    return { uri: value.uri, name: value.name.trim(), type: value.type as AddToKnowledgeFileArguments['type'], aliases: value.aliases as string[] };
  }
  throw new Error(`${COMMANDS.addToKnowledgeFile} expects {uri, name, type: ${KNOWLEDGE_FILE_TYPES.join(' | ')}, aliases: string[]}, got ${JSON.stringify(value)}`);
}

function readApplyFixAllArguments(value: unknown): ApplyFixAllArguments {
  if (!isRecord(value) || typeof value.uri !== 'string') throw new Error(`${COMMANDS.applyFixAll} expects {uri, version?, scope?}, got ${JSON.stringify(value)}`);
  if (value.scope !== undefined && !(FIX_ALL_SCOPES as readonly unknown[]).includes(value.scope)) {
    throw new Error(`${COMMANDS.applyFixAll}: scope must be one of ${FIX_ALL_SCOPES.join(', ')}`);
  }
  return {
    uri: value.uri,
    ...(typeof value.version === 'number' ? { version: value.version } : {}),
    ...(value.scope !== undefined ? { scope: value.scope as FixAllScope } : {}),
  };
}
