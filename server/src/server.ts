// startServer(connection): wires documents, settings, config files, the linter and the feature handlers to an LSP
// connection. Wiring only: every feature lives in its own module, and every handler is wrapped by `contained`.

import {
  ClientCapabilities,
  CodeActionKind,
  Connection,
  Diagnostic,
  DiagnosticRegistrationOptions,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticReport,
  DocumentDiagnosticRequest,
  InitializeResult,
  LSPErrorCodes,
  MessageType,
  Position,
  Registration,
  RegistrationRequest,
  ResponseError,
  SemanticTokens,
  ShowMessageNotification,
  TextDocumentSyncKind,
  TextDocuments,
  WorkspaceFolder,
} from 'vscode-languageserver/node';
import { CONFIG_FILE_NAME, EntitySectionCache, KNOWLEDGE_FILE_PATH } from './engine/index';
import { SOURCE_FIX_ALL_KIND, codeActionsFor, resolveCodeAction, uriToResolve } from './codeActions';
import { CommandDependencies, executeCommand, exportAnnotationsOf, extractBodyOf } from './commands';
import { contained, describeError } from './containment';
import { DIAGNOSTIC_PARTITION_COUNT, partitionIdentifier, partitionOfPull, splitDiagnostics } from './diagnosticPartitions';
import { DIAGNOSTIC_SOURCE, sameDiagnostics, toDiagnostics } from './diagnostics';
import { DocumentLinter, isPreview, LintedDocument, LintPreview, LintProgress, StaleDocumentError } from './documents';
import {
  documentHighlightsAt,
  entityActions,
  entityHoverAt,
  EntityView,
  entityViewOf,
  isEntityActionAsked,
  KNOWLEDGE_ACTION_KIND,
  referencesAt,
  SEMANTIC_TOKENS_LEGEND,
  semanticTokensOf,
  sectionsKey,
  sectionsOverlapping,
} from './entities';
import { EntityKnowledgeFiles, EntityModelLoader, isKnowledgeFileUri, KNOWLEDGE_FILE_GLOB } from './entityResources';
import { hoverAt } from './hover';
import { COMMANDS, EXPORT_ANNOTATIONS_REQUEST, ExportAnnotationsParams, EXTRACT_BODY_REQUEST, ExtractBodyParams, VISIBLE_RANGES_NOTIFICATION } from './protocol';
import { PushDiagnostics } from './pushDiagnostics';
import { SECTIONED_DOCUMENTS } from './sectionedDocument';
import { SETTINGS_SECTION, SettingsCache } from './settings';
import { documentSymbols, foldingRanges, TAG_ACTION_KIND, taggingActions } from './tagging';
import { VisibleRanges } from './visibleRanges';
import { WorkspaceConfigFiles, filePathOf } from './workspaceConfig';

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(SECTIONED_DOCUMENTS);
  const log = connection.console;
  let capabilities: ClientCapabilities = {};
  let usePullDiagnostics = false;
  /** Diagnostic providers the client has for a document (see diagnosticPartitions.ts); 1 until more are registered. */
  let diagnosticPartitions = 1;
  // Clients without workspace/configuration send settings with didChangeConfiguration instead.
  let settingsFromNotification: unknown;

  const settings = new SettingsCache(
    uri =>
      capabilities.workspace?.configuration
        ? connection.workspace.getConfiguration({ scopeUri: uri, section: SETTINGS_SECTION })
        : Promise.resolve(settingsFromNotification),
    message => log.warn(message),
  );
  const configFiles = new WorkspaceConfigFiles((configPath, problems) => {
    log.warn(`${configPath}:\n  ${problems.join('\n  ')}`);
    showMessage(MessageType.Warning, `Article Lint: ${CONFIG_FILE_NAME} has problems (the valid parts still apply): ${problems.join('; ')}`);
  });
  const knowledgeFiles = new EntityKnowledgeFiles(
    filePath => configFiles.workspaceFolderOf(filePath),
    (knowledgePath, problems) => {
      log.warn(`${knowledgePath}:\n  ${problems.join('\n  ')}`);
      showMessage(MessageType.Warning, `Article Lint: ${KNOWLEDGE_FILE_PATH} has problems (the valid entries still apply): ${problems.join('; ')}`);
    },
  );
  /** Per open document: the entity analyses of its sections, reused across versions. */
  const entitySections = new Map<string, EntitySectionCache>();
  /** For each long document, the sections on screen that its last semantic tokens covered (see the tokens handler). */
  const tokenSectionsShown = new Map<string, { linted: LintedDocument; key: string }>();
  const visibleRanges = new VisibleRanges();
  /** Per document: the preview (see LintPreview) the client was last given in a pull, until the lint it previews settles. */
  const previewsShown = new Map<string, string>();
  /**
   * Per document and diagnostic provider (`reportKey`): the last full report pulled, to answer `unchanged` when a new
   * version has the same diagnostics.
   */
  const lastReports = new Map<string, { readonly resultId: string; readonly items: readonly Diagnostic[] }>();
  const reportKey = (uri: string, partition: number | 'all') => `${partition} ${uri}`;
  const entityModel = new EntityModelLoader({ info: message => log.info(message), warn: message => log.warn(message) });
  const linter = new DocumentLinter({
    settingsFor: uri => settings.settingsFor(uri),
    configFor: uri => configFiles.optionsFor(uri),
    knowledgeFor: uri => knowledgeFiles.workspaceKnowledgeFor(uri),
    logRuleFailures: (uri, version, failures) => {
      for (const failure of failures) log.error(`rule ${failure.rule} failed on ${uri} (version ${version}): ${failure.message}`);
    },
    currentVersion: uri => documents.get(uri)?.version,
    startProgress: (uri, totalSections) => (capabilities.window?.workDoneProgress ? lintProgress(uri, totalSections) : undefined),
    visibleRangesFor: uri => visibleRanges.rangesFor(uri),
    previewReady: showPreview,
  });
  const push = new PushDiagnostics({
    document: uri => documents.get(uri),
    lint: document => linter.lint(document, 'ifEnabled'),
    send: (uri, version, diagnostics) => void connection.sendDiagnostics({ uri, version, diagnostics: [...diagnostics] }).catch(() => undefined),
    logError: message => log.error(message),
  });
  const commandDependencies: CommandDependencies = {
    document: uri => documents.get(uri),
    lint: (document, mode) => linter.lint(document, mode),
    configPathForEdits: filePath => configFiles.configPathForEdits(filePath),
    configWritten: () => lintEverythingAgain({ configFilesChanged: true }),
    knowledgePathForEdits: filePath => knowledgeFiles.knowledgePathForEdits(filePath),
    knowledgeWritten: () => lintEverythingAgain({ configFilesChanged: false, knowledgeFilesChanged: true }),
    applyEdit: (label, edit) => connection.workspace.applyEdit({ label, edit }).then(result => result.applied),
    showError: message => showMessage(MessageType.Error, message),
    get supportsDocumentChanges() {
      return capabilities.workspace?.workspaceEdit?.documentChanges === true;
    },
  };
  const logError = (message: string) => log.error(message);

  /** Server-initiated work-done progress for the lint of a long document ("Linting big.txt: 12 of 160 sections"). */
  function lintProgress(uri: string, totalSections: number): LintProgress {
    const name = decodeURIComponent(uri.slice(Math.max(uri.lastIndexOf('/'), uri.lastIndexOf(':')) + 1));
    let ended = false;
    let reporter: { report(percentage: number, message: string): void; done(): void } | undefined;
    connection.window.createWorkDoneProgress().then(
      created => {
        if (ended) return created.done();
        reporter = created;
        created.begin('Article Lint', 0, `Linting ${name}: 0 of ${totalSections} sections`, false);
      },
      error => log.warn(`progress for ${name} not shown: ${describeError(error)}`),
    );
    return {
      report: linted => reporter?.report(Math.floor((linted / totalSections) * 100), `Linting ${name}: ${linted} of ${totalSections} sections`),
      end: () => {
        ended = true;
        reporter?.done();
      },
    };
  }

  /**
   * A long lint has a preview. Pushed to push clients; a pull client that already shows an older preview of the
   * document (the user scrolled while it was linted) is asked to pull again.
   */
  function showPreview(preview: LintPreview): void {
    if (!usePullDiagnostics) push.showPreview(preview);
    else if (previewsShown.has(preview.uri) && previewsShown.get(preview.uri) !== preview.resultId) refreshDiagnostics();
  }

  /** Asks a pull client to pull the diagnostics of its documents again (those unchanged are answered `unchanged`). */
  function refreshDiagnostics(): void {
    if (!capabilities.workspace?.diagnostics?.refreshSupport) return;
    // Typed as void, but it is a request whose promise rejects if the client answers with an error.
    Promise.resolve(connection.languages.diagnostics.refresh()).catch(error => log.error(`diagnostic refresh failed: ${describeError(error)}`));
  }

  /**
   * Registers the diagnostic providers after the first (declared in `initialize`), so the client keeps a long
   * document's diagnostics in several collections and a keystroke re-sends one of them (diagnosticPartitions.ts).
   * Pulls are split from now on: the new providers are pulled as soon as the client has them. If the client refuses
   * them, the first provider reports everything again.
   */
  function registerDiagnosticPartitions(): void {
    // One request for all of them (a BulkRegistration holds one per method): the client takes all or none.
    const registrations: Registration[] = [];
    for (let index = 1; index < DIAGNOSTIC_PARTITION_COUNT; index++) {
      const identifier = partitionIdentifier(index);
      const registerOptions: DiagnosticRegistrationOptions = { documentSelector: null, identifier, interFileDependencies: false, workspaceDiagnostics: false };
      registrations.push({ id: identifier, method: DocumentDiagnosticRequest.method, registerOptions });
    }
    diagnosticPartitions = DIAGNOSTIC_PARTITION_COUNT;
    connection.sendRequest(RegistrationRequest.type, { registrations }).catch(error => {
      log.error(`diagnostics stay in one collection: registering more diagnostic providers failed: ${describeError(error)}`);
      diagnosticPartitions = 1;
      refreshDiagnostics();
    });
  }

  /** A notification, not window/showMessageRequest: nothing waits for the user to dismiss it. */
  function showMessage(type: MessageType, message: string): void {
    void connection.sendNotification(ShowMessageNotification.type, { type, message });
  }

  /**
   * Settings, config files or knowledge files changed: re-read what changed, lint every open document again, and ask
   * for the entity colours again (they depend on the settings and the knowledge).
   */
  function lintEverythingAgain(changed: { configFilesChanged: boolean; knowledgeFilesChanged?: boolean }): void {
    if (changed.configFilesChanged) configFiles.clear();
    if (changed.knowledgeFilesChanged) knowledgeFiles.clear();
    linter.invalidateAll();
    refreshSemanticTokens();
    if (!usePullDiagnostics) for (const document of documents.all()) push.schedule(document.uri);
    else refreshDiagnostics();
  }

  connection.onInitialize(params => {
    capabilities = params.capabilities;
    usePullDiagnostics = capabilities.textDocument?.diagnostic !== undefined;
    configFiles.setWorkspaceFolders(folderPaths(params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: '' }] : [])));
    const result: InitializeResult = {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, SOURCE_FIX_ALL_KIND, TAG_ACTION_KIND, KNOWLEDGE_ACTION_KIND], resolveProvider: true },
        documentHighlightProvider: true,
        referencesProvider: true,
        semanticTokensProvider: { legend: SEMANTIC_TOKENS_LEGEND, full: true },
        documentSymbolProvider: { label: 'Article' },
        foldingRangeProvider: true,
        executeCommandProvider: { commands: Object.values(COMMANDS) },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
        ...(usePullDiagnostics
          ? { diagnosticProvider: { identifier: DIAGNOSTIC_SOURCE, interFileDependencies: false, workspaceDiagnostics: false } }
          : {}),
      },
      serverInfo: { name: 'article-lint' },
    };
    entityModel.initializeAnswered();
    return result;
  });

  connection.onInitialized(
    contained('initialized', logError, () => undefined, () => {
      // `initialize` has been answered: load the model now, in the background. Lint never waits for it.
      entityModel.startLoading();
      const workspace = capabilities.workspace;
      if (workspace?.didChangeWatchedFiles?.dynamicRegistration) {
        connection.client
          .register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: `**/${CONFIG_FILE_NAME}` }, { globPattern: KNOWLEDGE_FILE_GLOB }] })
          .catch(error => log.error(`cannot watch ${CONFIG_FILE_NAME} and ${KNOWLEDGE_FILE_PATH}: ${describeError(error)}`));
      }
      if (usePullDiagnostics && capabilities.textDocument?.diagnostic?.dynamicRegistration) registerDiagnosticPartitions();
      if (workspace?.didChangeConfiguration?.dynamicRegistration) {
        connection.client
          .register(DidChangeConfigurationNotification.type, { section: SETTINGS_SECTION })
          .catch(error => log.error(`cannot register for configuration changes: ${describeError(error)}`));
      }
      if (workspace?.workspaceFolders) {
        connection.workspace.onDidChangeWorkspaceFolders(
          contained('workspace/didChangeWorkspaceFolders', logError, () => undefined, async () => {
            configFiles.setWorkspaceFolders(folderPaths((await connection.workspace.getWorkspaceFolders()) ?? []));
            lintEverythingAgain({ configFilesChanged: true });
          }),
        );
      }
    }),
  );

  connection.onDidChangeConfiguration(
    contained('workspace/didChangeConfiguration', logError, () => undefined, params => {
      const pushed: unknown = params.settings;
      settingsFromNotification = typeof pushed === 'object' && pushed !== null ? (pushed as Record<string, unknown>)[SETTINGS_SECTION] : undefined;
      settings.clear();
      lintEverythingAgain({ configFilesChanged: false });
    }),
  );

  connection.onDidChangeWatchedFiles(
    contained('workspace/didChangeWatchedFiles', logError, () => undefined, params => {
      const configFilesChanged = params.changes.some(change => change.uri.endsWith(`/${CONFIG_FILE_NAME}`));
      const knowledgeFilesChanged = params.changes.some(change => isKnowledgeFileUri(change.uri));
      if (configFilesChanged || knowledgeFilesChanged) lintEverythingAgain({ configFilesChanged, knowledgeFilesChanged });
    }),
  );

  documents.onDidChangeContent(
    contained('textDocument/didChange', logError, () => undefined, event => {
      if (!usePullDiagnostics) push.schedule(event.document.uri);
    }),
  );

  documents.onDidClose(
    contained('textDocument/didClose', logError, () => undefined, event => {
      linter.forget(event.document.uri);
      visibleRanges.forget(event.document.uri);
      tokenSectionsShown.delete(event.document.uri);
      previewsShown.delete(event.document.uri);
      for (const partition of [...Array(diagnosticPartitions).keys(), 'all' as const]) lastReports.delete(reportKey(event.document.uri, partition));
      entitySections.delete(event.document.uri);
      settings.forget(event.document.uri);
      if (!usePullDiagnostics) push.clear(event.document.uri);
    }),
  );

  // On failure the report is empty, so the editor drops diagnostics that may be stale. A document that changed before
  // its lint started is answered "cancelled, ask again": the editor keeps what it shows and asks for the new version.
  const emptyReport: DocumentDiagnosticReport = { kind: 'full', items: [] };
  const diagnosticsFallback = (error: unknown): DocumentDiagnosticReport => {
    if (error instanceof StaleDocumentError) throw new ResponseError(LSPErrorCodes.ServerCancelled, error.message, { retriggerRequest: true });
    return emptyReport;
  };
  // While a long document is linted, a client that can be asked to pull again gets a preview first (the sections on
  // screen), then the full result when asked again.
  connection.languages.diagnostics.on(
    contained('textDocument/diagnostic', logError, diagnosticsFallback, async params => {
      const { uri } = params.textDocument;
      const document = documents.get(uri);
      const partition = partitionOfPull(params.identifier, diagnosticPartitions);
      if (!document || partition === 'none') return emptyReport;
      const report = capabilities.workspace?.diagnostics?.refreshSupport
        ? await linter.lintOrPreview(document, 'ifEnabled', params.previousResultId)
        : await linter.lint(document, 'ifEnabled');
      if (!report) return emptyReport;
      if (params.previousResultId === report.resultId) return { kind: 'unchanged', resultId: report.resultId };
      const all = toDiagnostics(report);
      const items = partition === 'all' ? all : splitDiagnostics(all, diagnosticPartitions)[partition];
      const key = reportKey(uri, partition);
      if (isPreview(report)) {
        previewsShown.set(uri, report.resultId);
        void report.lintSettled.then(() => {
          if (previewsShown.get(uri) !== report.resultId) return;
          previewsShown.delete(uri);
          refreshDiagnostics();
        });
      } else {
        // `previewsShown` stays until the lint settles: another provider of the client may still show the preview.
        // A keystroke in a line without findings changes none: the editor keeps what it shows, the answer stays small.
        const last = lastReports.get(key);
        if (last && params.previousResultId === last.resultId && sameDiagnostics(last.items, items)) {
          // The new id names this version (and no preview): the client sends it with its next pull.
          lastReports.set(key, { resultId: report.resultId, items: last.items });
          return { kind: 'unchanged', resultId: report.resultId };
        }
      }
      lastReports.set(key, { resultId: report.resultId, items });
      return { kind: 'full', resultId: report.resultId, items: [...items] };
    }),
  );

  connection.onNotification(
    VISIBLE_RANGES_NOTIFICATION,
    contained(VISIBLE_RANGES_NOTIFICATION, logError, () => undefined, (params: unknown) => {
      if (!visibleRanges.update(params)) {
        log.warn(`${VISIBLE_RANGES_NOTIFICATION} ignored: malformed params`);
        return;
      }
      // A long document's tokens cover the sections that were on screen: when others come on screen, ask again.
      const uri = (params as { uri: string }).uri;
      const shown = tokenSectionsShown.get(uri);
      const onScreen = shown && isCurrent(shown.linted) ? sectionsOnScreen(shown.linted) : undefined;
      if (shown && onScreen && sectionsKey(onScreen) !== shown.key) refreshSemanticTokens();
    }),
  );

  /** The sections of a long document on screen, as the client last said; undefined when it did not say. */
  function sectionsOnScreen(linted: LintedDocument): Set<number> | undefined {
    const ranges = visibleRanges.rangesFor(linted.uri);
    return ranges && sectionsOverlapping(linted, ranges.map(range => linted.positions.spanOf(range)));
  }

  function refreshSemanticTokens(): void {
    if (!capabilities.workspace?.semanticTokens?.refreshSupport) return;
    // Typed as void, but it is a request whose promise rejects if the client answers with an error.
    Promise.resolve(connection.languages.semanticTokens.refresh()).catch(error => log.error(`semantic tokens refresh failed: ${describeError(error)}`));
  }

  /**
   * The entities of the document's current version, or undefined when it is not linted, entity features are off for
   * it, or it changed while the model was loading. `near`: of a long document, only those of these sections (see
   * entityViewOf), for what the editor asks for by itself after every change or cursor move (highlights and code
   * actions at the cursor, colours on screen); what the user asks for (hovers, references) gets the whole view.
   */
  async function entityViewFor(uri: string, near?: (linted: LintedDocument) => ReadonlySet<number> | undefined): Promise<EntityView | undefined> {
    const document = documents.get(uri);
    const linted = document && (await linter.lint(document, 'ifEnabled'));
    if (!linted || !linted.settings.entities.enable) return undefined;
    const model = await entityModel.model();
    if (!isCurrent(linted)) return undefined;
    const sections = linted.result.sections ? near?.(linted) : undefined;
    return entityViewOf(linted, model, knowledgeFiles.knowledgeFor(uri), entitySectionsFor(uri), sections);
  }

  /** For entityViewFor: the section of a long document at a position. */
  const sectionAt = (position: Position) => (linted: LintedDocument) => {
    const offset = linted.positions.offsetAt(position);
    return sectionsOverlapping(linted, [{ start: offset, end: offset }]);
  };

  function entitySectionsFor(uri: string): EntitySectionCache {
    let sections = entitySections.get(uri);
    if (!sections) entitySections.set(uri, (sections = new EntitySectionCache()));
    return sections;
  }

  function isCurrent(linted: LintedDocument): boolean {
    return documents.get(linted.uri)?.version === linted.version;
  }

  connection.onHover(
    contained('textDocument/hover', logError, () => null, async params => {
      const document = documents.get(params.textDocument.uri);
      const linted = document && (await linter.lint(document, 'ifEnabled'));
      if (!linted || linted.version !== document.version) return null;
      // A hover is asked for by the user: the view of the whole document, once per version, answers every later one.
      const entities = await entityViewFor(params.textDocument.uri);
      if (!isCurrent(linted)) return null;
      return hoverAt(linted, params.position, entities?.linted === linted ? entityHoverAt(entities, params.position) : undefined);
    }),
  );

  connection.onDocumentHighlight(
    contained('textDocument/documentHighlight', logError, () => [], async params => {
      const entities = await entityViewFor(params.textDocument.uri, sectionAt(params.position));
      return entities ? documentHighlightsAt(entities, params.position) : [];
    }),
  );

  connection.onReferences(
    contained('textDocument/references', logError, () => [], async params => {
      const entities = await entityViewFor(params.textDocument.uri);
      return entities ? referencesAt(entities, params.position, params.context.includeDeclaration) : [];
    }),
  );

  connection.languages.semanticTokens.on(
    contained('textDocument/semanticTokens/full', logError, (): SemanticTokens => ({ data: [] }), async params => {
      const { uri } = params.textDocument;
      // A long document whose screen the client reports (and which can be asked again) gets the tokens of the sections
      // on screen: the whole entity view of a 5 MiB article took 150-300 ms after every pause in typing.
      const onScreen = (linted: LintedDocument) => {
        const sections = capabilities.workspace?.semanticTokens?.refreshSupport ? sectionsOnScreen(linted) : undefined;
        if (sections) tokenSectionsShown.set(uri, { linted, key: sectionsKey(sections) });
        return sections;
      };
      const entities = await entityViewFor(uri, onScreen);
      return entities && entities.linted.settings.entities.semanticHighlighting ? semanticTokensOf(entities) : { data: [] };
    }),
  );

  connection.onCodeAction(
    contained('textDocument/codeAction', logError, () => [], async params => {
      const document = documents.get(params.textDocument.uri);
      const linted = document && (await linter.lint(document, 'ifEnabled'));
      if (!document || !linted) return [];
      // The light bulb asks on every cursor move; the entity analysis is only worth computing when asked for.
      const entities = isEntityActionAsked(params.context) ? await entityViewFor(document.uri, sectionAt(params.range.start)) : undefined;
      return [
        ...codeActionsFor(params, document, linted, {
          supportsDocumentChanges: commandDependencies.supportsDocumentChanges,
          canWriteConfig: filePathOf(document.uri) !== undefined,
          resolvesEdits: capabilities.textDocument?.codeAction?.resolveSupport?.properties.includes('edit') === true,
        }),
        ...(entities?.linted === linted
          ? entityActions(params, entities, {
              supportsDocumentChanges: commandDependencies.supportsDocumentChanges,
              canWriteKnowledge: filePathOf(document.uri) !== undefined,
            })
          : []),
        ...taggingActions(params, document, linted, commandDependencies.supportsDocumentChanges),
      ];
    }),
  );

  // On failure the action comes back as it was, without an edit: picking it then changes nothing.
  connection.onCodeActionResolve(action =>
    contained('codeAction/resolve', logError, () => action, async () => {
      const uri = uriToResolve(action);
      const document = uri === undefined ? undefined : documents.get(uri);
      const linted = document && (await linter.lint(document, 'ifEnabled'));
      return resolveCodeAction(action, linted, { supportsDocumentChanges: commandDependencies.supportsDocumentChanges });
    })(),
  );

  // The outline and folds come from the same cached parse as the diagnostics, for the documents Article Lint lints.
  connection.onDocumentSymbol(
    contained('textDocument/documentSymbol', logError, () => [], async params => {
      const document = documents.get(params.textDocument.uri);
      const linted = document && (await linter.lint(document, 'ifEnabled'));
      return linted && linted.version === document.version ? documentSymbols(linted) : [];
    }),
  );

  connection.onFoldingRanges(
    contained('textDocument/foldingRange', logError, () => [], async params => {
      const document = documents.get(params.textDocument.uri);
      const linted = document && (await linter.lint(document, 'ifEnabled'));
      return linted && linted.version === document.version ? foldingRanges(linted) : [];
    }),
  );

  connection.onExecuteCommand(
    contained(
      'workspace/executeCommand',
      logError,
      error => {
        commandDependencies.showError(`Article Lint: ${error instanceof Error ? error.message : String(error)}`);
        return null;
      },
      params => executeCommand(params.command, params.arguments, commandDependencies),
    ),
  );

  connection.onRequest(
    EXPORT_ANNOTATIONS_REQUEST,
    contained(EXPORT_ANNOTATIONS_REQUEST, logError, () => null, (params: ExportAnnotationsParams) => exportAnnotationsOf(params, commandDependencies)),
  );

  connection.onRequest(
    EXTRACT_BODY_REQUEST,
    contained(EXTRACT_BODY_REQUEST, logError, () => null, (params: ExtractBodyParams) => extractBodyOf(params, commandDependencies)),
  );

  documents.listen(connection);
  connection.listen();
}

function folderPaths(folders: readonly WorkspaceFolder[]): string[] {
  return folders.map(folder => filePathOf(folder.uri)).filter((path): path is string => path !== undefined);
}
