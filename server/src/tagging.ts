// Tagging in the editor: refactor actions that tag the selection as any tag of the vocabulary, remove a passage's
// tags or change its tag; the document outline and folding ranges of a tagged article.

import { CodeAction, CodeActionContext, CodeActionKind, CodeActionParams, CodeActionTriggerKind, DocumentSymbol, FoldingRange, SymbolKind } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { annotationsAt, foldingRangesInSections, OutlineItem, outlineForEditor, outlineInSections, retagEdits, TagName, tagSelection, TextEdit, untagEdits } from './engine/index';
import { LintedDocument } from './documents';

/** The kind of the tagging actions: under "Refactor…" in VS Code, never in fix-all or on save. */
export const TAG_ACTION_KIND = `${CodeActionKind.RefactorRewrite}.articleLint.tag`;

const STRUCTURE_TAGS: readonly TagName[] = ['headline', 'standfirst', 'dateline', 'byline', 'caption', 'credit', 'quote'];
const ENTITY_TAGS: readonly TagName[] = ['person', 'org', 'place', 'misc', 'date'];

/**
 * Whether the client asked for actions of `kind`. Twelve tag actions would crowd the automatic light bulb: they come
 * when the user asks (Ctrl+. or the Refactor menu), not with every cursor move.
 */
export function isActionAsked(kind: string, context: CodeActionContext): boolean {
  const only = context.only;
  return only ? only.some(requested => kind === requested || kind.startsWith(`${requested}.`)) : context.triggerKind === CodeActionTriggerKind.Invoked;
}

export function taggingActions(params: CodeActionParams, document: TextDocument, linted: LintedDocument, supportsDocumentChanges: boolean): CodeAction[] {
  if (linted.version !== document.version || !isActionAsked(TAG_ACTION_KIND, params.context)) return [];
  const { article } = linted.result;
  const selection = linted.positions.spanOf(params.range);
  const actions: CodeAction[] = [];
  const edit = (edits: readonly TextEdit[]) => {
    const lspEdits = edits.map(piece => ({ range: linted.positions.rangeOf(piece.span), newText: piece.newText }));
    return supportsDocumentChanges
      ? { documentChanges: [{ textDocument: { uri: linted.uri, version: linted.version }, edits: lspEdits }] }
      : { changes: { [linted.uri]: lspEdits } };
  };
  if (selection.end > selection.start) {
    for (const tag of [...STRUCTURE_TAGS, ...ENTITY_TAGS]) {
      const tagged = tagSelection(article, selection, tag);
      // A selection that cannot be tagged gets the action disabled with the reason, so the user learns why.
      actions.push(
        tagged.ok
          ? { title: `Tag selection as <${tag}>`, kind: TAG_ACTION_KIND, edit: edit(tagged.edits) }
          : { title: `Tag selection as <${tag}>`, kind: TAG_ACTION_KIND, disabled: { reason: tagged.reason } },
      );
    }
  }
  const [innermost] = annotationsAt(article, selection.start);
  if (innermost) {
    actions.push({ title: `Remove the <${innermost.tag}> tags`, kind: TAG_ACTION_KIND, edit: edit(untagEdits(innermost)) });
    const family = ENTITY_TAGS.includes(innermost.tag) ? ENTITY_TAGS : STRUCTURE_TAGS;
    for (const tag of family) {
      if (tag !== innermost.tag) actions.push({ title: `Change <${innermost.tag}> to <${tag}>`, kind: TAG_ACTION_KIND, edit: edit(retagEdits(innermost, tag)) });
    }
  }
  return actions;
}

const SYMBOL_KINDS: Record<OutlineItem['kind'], SymbolKind> = {
  headline: SymbolKind.File,
  paragraph: SymbolKind.String,
  metadata: SymbolKind.Property,
  quote: SymbolKind.Event,
  entity: SymbolKind.Constant,
};

export function documentSymbols(linted: LintedDocument): DocumentSymbol[] {
  const toSymbol = (item: OutlineItem): DocumentSymbol => ({
    name: item.name,
    kind: SYMBOL_KINDS[item.kind],
    range: linted.positions.rangeOf(item.span),
    selectionRange: linted.positions.rangeOf(item.selection),
    children: item.children.map(toSymbol),
  });
  return outlineForEditor(outlineInSections(linted.result)).map(toSymbol);
}

export function foldingRanges(linted: LintedDocument): FoldingRange[] {
  return foldingRangesInSections(linted.result, offset => linted.positions.positionAt(offset).line).map(range => ({
    startLine: range.startLine,
    endLine: range.endLine,
    ...(range.kind === 'tag' ? { kind: 'region' } : {}),
  }));
}

