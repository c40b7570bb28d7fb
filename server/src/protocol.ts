// The wire protocol between the Article Lint client and this server beyond standard LSP: command names and their
// argument shapes, and custom requests. The client imports these types; both sides must agree on every name here.

import { EntityType, FixAllScope, Span } from './engine/index';

/**
 * Commands the server registers (executeCommandProvider). vscode-languageclient registers a VS Code command of the
 * same name for each, so the client must not register these names itself.
 */
export const COMMANDS = {
  /** Arguments: [IgnoreRuleArguments]. Turns the rule off for the file (an override) or the whole config. */
  ignoreRule: 'articleLint.ignoreRule',
  /** Arguments: [IgnoreBlockArguments]. Adds the block's content hash to `ignoredBlocks`. */
  ignoreBlock: 'articleLint.ignoreBlock',
  /** Arguments: [ApplyFixAllArguments]. Applies fix-all through workspace/applyEdit; returns true when applied. */
  applyFixAll: 'articleLint.applyFixAll',
  /** Arguments: [AddToKnowledgeFileArguments]. Adds the entity to the workspace's `.articlelint/entities.json`. */
  addToKnowledgeFile: 'articleLint.addToKnowledgeFile',
} as const;

export interface IgnoreRuleArguments {
  readonly uri: string;
  readonly rule: string;
  readonly scope: 'file' | 'workspace';
}

export interface IgnoreBlockArguments {
  readonly uri: string;
  /** The document version `span` refers to; the command refuses to act on another version. */
  readonly version: number;
  readonly rule: string;
  readonly hash: string;
  readonly span: Span;
}

export interface ApplyFixAllArguments {
  readonly uri: string;
  /** When given, nothing is applied unless the document is still at this version. */
  readonly version?: number;
  /** Defaults to the `articleLint.fixAll.scope` setting of the document. */
  readonly scope?: FixAllScope;
}

export interface AddToKnowledgeFileArguments {
  /** The document the entity was found in: the knowledge file that applies to it is the one written. */
  readonly uri: string;
  readonly name: string;
  readonly type: EntityType;
  /** Other names the document uses for it. */
  readonly aliases: readonly string[];
}

/** Request `articleLint/extractBody`: the article body of an open document (noise and metadata removed). */
export const EXTRACT_BODY_REQUEST = 'articleLint/extractBody';
export interface ExtractBodyParams {
  readonly uri: string;
}
/** `null` when the document is not open in the server. */
export type ExtractBodyResult = { readonly text: string; readonly version: number } | null;

/** Request `articleLint/exportAnnotations`: the tagged document in an annotation-tool format, as files to write. */
export const EXPORT_ANNOTATIONS_REQUEST = 'articleLint/exportAnnotations';
export const ANNOTATION_FORMATS = ['brat', 'conll', 'jsonl', 'tei'] as const;
export interface ExportAnnotationsParams {
  readonly uri: string;
  readonly format: (typeof ANNOTATION_FORMATS)[number];
}
/** Each file is the document's base name plus `extension`; `null` when the document is not open in the server. */
export type ExportAnnotationsResult = { readonly files: readonly { readonly extension: string; readonly content: string }[]; readonly version: number } | null;

/**
 * Notification `articleLint/visibleRanges` (client → server): the ranges of a document the editors show. A long
 * document's lint does the sections there first and offers them as a preview: a diagnostics report whose result id
 * contains `:preview`, followed by workspace/diagnostic/refresh (or another publishDiagnostics) when more is linted.
 */
export const VISIBLE_RANGES_NOTIFICATION = 'articleLint/visibleRanges';
export interface VisibleRangesParams {
  readonly uri: string;
  readonly ranges: readonly { readonly start: { readonly line: number; readonly character: number }; readonly end: { readonly line: number; readonly character: number } }[];
}
