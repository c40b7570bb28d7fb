// A minimal LSP client for protocol tests: spawns the bundled server (`node dist/server.js --stdio`), frames JSON-RPC
// with Content-Length headers, answers the server's requests, and awaits notifications with a timeout (no sleeps).

import { ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import SERVER_NODE_FLAGS from '../../server/src/serverNodeFlags.json';
import type {
  ClientCapabilities,
  Diagnostic,
  InitializeResult,
  PublishDiagnosticsParams,
  Registration,
  TextDocumentContentChangeEvent,
  WorkspaceEdit,
} from 'vscode-languageserver-protocol';

const SERVER_PATH = join(__dirname, '..', '..', 'dist', 'server.js');
const DEFAULT_TIMEOUT_MILLISECONDS = 10_000;

export interface LspClientOptions {
  /** Advertise `textDocument.diagnostic`, so the server uses pull diagnostics instead of publishDiagnostics. */
  readonly pullDiagnostics?: boolean;
  /** The `articleLint` settings section the client answers workspace/configuration with; change it, then notify. */
  readonly settings?: Record<string, unknown>;
  /** A workspace folder (file system path). */
  readonly workspaceFolder?: string;
  /** Advertise workspace/configuration; when false the server must rely on didChangeConfiguration settings. */
  readonly configurationSupport?: boolean;
  /** The server process's environment (defaults to this process's). */
  readonly environment?: NodeJS.ProcessEnv;
  /** Another copy of the server bundle (defaults to dist/server.js), e.g. one without the entity model beside it. */
  readonly serverPath?: string;
  /** Advertise codeAction/resolve for `edit`, as VS Code does: the server may then offer actions without their edit. */
  readonly codeActionResolve?: boolean;
  /**
   * With `pullDiagnostics`: advertise dynamic registration of diagnostic providers, as VS Code does, so the server
   * registers more than one (`refused`: and answer that registration with an error).
   */
  readonly diagnosticProviders?: 'accepted' | 'refused';
}

export interface ReceivedNotification {
  readonly method: string;
  readonly params: any;
}

interface PendingRequest {
  readonly resolve: (result: any) => void;
  readonly reject: (error: Error) => void;
}

export class LspClient {
  /** Every notification from the server, in arrival order. */
  readonly notifications: ReceivedNotification[] = [];
  /** Edits the server asked the client to apply with workspace/applyEdit. */
  readonly appliedEdits: WorkspaceEdit[] = [];
  readonly registrations: Registration[] = [];
  /** How many times the server asked the client to pull diagnostics again (workspace/diagnostic/refresh). */
  diagnosticRefreshes = 0;
  /** How many times the server asked the client for semantic tokens again (workspace/semanticTokens/refresh). */
  semanticTokensRefreshes = 0;
  /** Anything on stdout that is not a well-formed LSP message: must stay empty. */
  readonly protocolErrors: string[] = [];
  stderr = '';
  initializeResult!: InitializeResult;
  settings: Record<string, unknown>;

  private readonly process: ChildProcessWithoutNullStreams;
  private readonly pending = new Map<number, PendingRequest>();
  private readonly waiters = new Set<() => void>();
  private nextRequestId = 1;
  private buffer = Buffer.alloc(0);
  private exited = false;

  private constructor(private readonly options: LspClientOptions) {
    const serverPath = options.serverPath ?? SERVER_PATH;
    if (!existsSync(serverPath)) throw new Error(`${serverPath} is missing: run \`node scripts/build.mjs server\` first`);
    this.settings = options.settings ?? {};
    // With the Node flags the extension starts the server with.
    this.process = spawn(process.execPath, [...SERVER_NODE_FLAGS, serverPath, '--stdio'], { stdio: 'pipe', ...(options.environment ? { env: options.environment } : {}) });
    this.process.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
    this.process.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString('utf8')));
    // Writing to a server that died raises EPIPE here; the exit handler already reports the death.
    this.process.stdin.on('error', () => undefined);
    this.process.on('exit', () => {
      this.exited = true;
      for (const request of this.pending.values()) request.reject(new Error(`server exited; stderr:\n${this.stderr}`));
      this.pending.clear();
      this.wakeWaiters();
    });
  }

  static async start(options: LspClientOptions = {}): Promise<LspClient> {
    const client = new LspClient(options);
    const folder = options.workspaceFolder;
    client.initializeResult = await client.request<InitializeResult>('initialize', {
      processId: process.pid,
      rootUri: folder ? pathToFileURL(folder).href : null,
      workspaceFolders: folder ? [{ uri: pathToFileURL(folder).href, name: 'workspace' }] : null,
      capabilities: client.capabilities(),
    });
    client.notify('initialized', {});
    return client;
  }

  get isRunning(): boolean {
    return !this.exited;
  }

  request<Result>(method: string, params: unknown, timeoutMilliseconds = DEFAULT_TIMEOUT_MILLISECONDS): Promise<Result> {
    const id = this.nextRequestId++;
    this.send({ jsonrpc: '2.0', id, method, params });
    return new Promise<Result>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`${method} got no answer within ${timeoutMilliseconds} ms; stderr:\n${this.stderr}`));
      }, timeoutMilliseconds);
      this.pending.set(id, {
        resolve: result => (clearTimeout(timer), resolve(result)),
        reject: error => (clearTimeout(timer), reject(error)),
      });
    });
  }

  /** Sends a request and then `$/cancelRequest` for it; resolves to the answer or to the cancellation error. */
  requestAndCancel(method: string, params: unknown): Promise<unknown> {
    const id = this.nextRequestId;
    const answer = this.request(method, params).catch((error: unknown) => error);
    this.notify('$/cancelRequest', { id });
    return answer;
  }

  notify(method: string, params: unknown): void {
    this.send({ jsonrpc: '2.0', method, params });
  }

  /** The index of the next notification to arrive: pass it as `since` to wait only for newer ones. */
  mark(): number {
    return this.notifications.length;
  }

  /** Resolves with the first notification at index ≥ `since` that has `method` and satisfies `accept`. */
  waitForNotification(
    method: string,
    accept: (params: any) => boolean = () => true,
    { since = 0, timeoutMilliseconds = DEFAULT_TIMEOUT_MILLISECONDS } = {},
  ): Promise<any> {
    return this.waitUntil(
      () => this.notifications.slice(since).find(notification => notification.method === method && accept(notification.params))?.params,
      `a ${method} notification`,
      timeoutMilliseconds,
    );
  }

  /** Resolves once `probe` returns something other than undefined, re-checking whenever a message arrives. */
  waitUntil<Value>(probe: () => Value | undefined, what: string, timeoutMilliseconds = DEFAULT_TIMEOUT_MILLISECONDS): Promise<Value> {
    return new Promise<Value>((resolve, reject) => {
      const check = () => {
        const value = probe();
        if (value !== undefined) {
          finish();
          resolve(value);
        } else if (this.exited) {
          finish();
          reject(new Error(`server exited while waiting for ${what}; stderr:\n${this.stderr}`));
        }
      };
      const timer = setTimeout(() => {
        finish();
        reject(new Error(`no ${what} within ${timeoutMilliseconds} ms`));
      }, timeoutMilliseconds);
      const finish = () => {
        clearTimeout(timer);
        this.waiters.delete(check);
      };
      this.waiters.add(check);
      check();
    });
  }

  /** The diagnostics published for `uri` at `version` (push clients), at or after notification index `since`. */
  async publishedDiagnostics(uri: string, version: number, since = 0): Promise<Diagnostic[]> {
    const params: PublishDiagnosticsParams = await this.waitForNotification(
      'textDocument/publishDiagnostics',
      (candidate: PublishDiagnosticsParams) => candidate.uri === uri && candidate.version === version,
      { since },
    );
    return params.diagnostics;
  }

  /** Pulls diagnostics (pull clients). */
  async pulledDiagnostics(uri: string): Promise<Diagnostic[]> {
    return (await this.pulledReport(uri)).items;
  }

  /** Pulls one full report, passing `previousResultId` (the report the client shows) when given. */
  async pulledReport(uri: string, previousResultId?: string): Promise<{ resultId: string; items: Diagnostic[] }> {
    const report = await this.request<{ kind: string; resultId?: string; items?: Diagnostic[] }>('textDocument/diagnostic', {
      textDocument: { uri },
      ...(previousResultId ? { previousResultId } : {}),
    });
    if (report.kind !== 'full' || !report.items) throw new Error(`expected a full report, got ${JSON.stringify(report)}`);
    // An empty report (a document not open, linting off) has no result id.
    return { resultId: report.resultId ?? '', items: report.items };
  }

  /** Pulls the report of one diagnostic provider (`identifier`), full or unchanged. */
  diagnosticReportOf(uri: string, identifier: string, previousResultId?: string): Promise<{ kind: 'full' | 'unchanged'; resultId?: string; items?: Diagnostic[] }> {
    return this.request('textDocument/diagnostic', { textDocument: { uri }, identifier, ...(previousResultId ? { previousResultId } : {}) });
  }

  /**
   * Pulls as VS Code does while a long document is linted: a preview (result id with `:preview`) is followed by a
   * workspace/diagnostic/refresh, then pulled again, until the report is complete. Returns every report pulled.
   */
  async pulledUntilComplete(uri: string): Promise<{ resultId: string; items: Diagnostic[] }[]> {
    // Counted before each pull: the refresh may arrive in the same chunk as the answer.
    let refreshes = this.diagnosticRefreshes;
    const reports = [await this.pulledReport(uri)];
    while (reports.at(-1)!.resultId.includes(':preview')) {
      await this.waitUntil(() => (this.diagnosticRefreshes > refreshes ? true : undefined), 'a diagnostic refresh after a preview');
      refreshes = this.diagnosticRefreshes;
      reports.push(await this.pulledReport(uri, reports.at(-1)!.resultId));
    }
    return reports;
  }

  openDocument(uri: string, text: string, { languageId = 'plaintext', version = 1 } = {}): void {
    this.notify('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  changeDocument(uri: string, version: number, changes: TextDocumentContentChangeEvent[]): void {
    this.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
  }

  closeDocument(uri: string): void {
    this.notify('textDocument/didClose', { textDocument: { uri } });
  }

  /** Replaces the settings the client reports and tells the server, as an editor does after a settings edit. */
  changeSettings(settings: Record<string, unknown>): void {
    this.settings = settings;
    this.notify('workspace/didChangeConfiguration', { settings: { articleLint: settings } });
  }

  /** Messages the server showed (window/showMessage) with the given type: 1 error, 2 warning, 3 info. */
  shownMessages(type: number): string[] {
    return this.notifications
      .filter(notification => notification.method === 'window/showMessage' && notification.params.type === type)
      .map(notification => notification.params.message);
  }

  async stop(): Promise<void> {
    if (this.exited) return;
    const exited = new Promise<void>(resolve => this.process.once('exit', () => resolve()));
    try {
      await this.request('shutdown', null, 5_000);
      this.notify('exit', null);
    } catch {
      this.process.kill();
    }
    await exited;
  }

  private capabilities(): ClientCapabilities {
    return {
      workspace: {
        configuration: this.options.configurationSupport ?? true,
        workspaceFolders: true,
        applyEdit: true,
        workspaceEdit: { documentChanges: true },
        didChangeConfiguration: { dynamicRegistration: true },
        didChangeWatchedFiles: { dynamicRegistration: true },
        diagnostics: { refreshSupport: true },
        semanticTokens: { refreshSupport: true },
      },
      textDocument: {
        synchronization: { dynamicRegistration: false },
        hover: { contentFormat: ['markdown', 'plaintext'] },
        codeAction: {
          codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } },
          isPreferredSupport: true,
          dataSupport: true,
          ...(this.options.codeActionResolve ? { resolveSupport: { properties: ['edit'] } } : {}),
        },
        publishDiagnostics: { relatedInformation: false, versionSupport: true, tagSupport: { valueSet: [1, 2] }, codeDescriptionSupport: true, dataSupport: true },
        ...(this.options.pullDiagnostics ? { diagnostic: { dynamicRegistration: this.options.diagnosticProviders !== undefined, relatedDocumentSupport: false } } : {}),
      },
      window: { workDoneProgress: true, showMessage: {} },
    };
  }

  private send(message: unknown): void {
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    this.process.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.process.stdin.write(body);
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const header = this.buffer.subarray(0, headerEnd).toString('ascii');
      const length = /^Content-Length: (\d+)$/im.exec(header);
      if (!length || !/^(?:[A-Za-z-]+: [^\r\n]*\r\n)*[A-Za-z-]+: [^\r\n]*$/.test(header)) {
        this.protocolErrors.push(`not an LSP header: ${JSON.stringify(header.slice(0, 200))}`);
        this.buffer = this.buffer.subarray(headerEnd + 4);
        continue;
      }
      const bodyStart = headerEnd + 4;
      const bodyEnd = bodyStart + Number(length[1]);
      if (this.buffer.length < bodyEnd) return;
      const body = this.buffer.subarray(bodyStart, bodyEnd).toString('utf8');
      this.buffer = this.buffer.subarray(bodyEnd);
      try {
        this.dispatch(JSON.parse(body));
      } catch (error) {
        this.protocolErrors.push(`cannot handle ${body.slice(0, 200)}: ${error}`);
      }
    }
  }

  private dispatch(message: any): void {
    if (message.id !== undefined && message.method === undefined) {
      const request = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (message.error) request?.reject(new Error(`${message.error.code}: ${message.error.message}`));
      else request?.resolve(message.result);
    } else if (message.id !== undefined) {
      this.answerServerRequest(message.id, message.method, message.params);
    } else {
      this.notifications.push({ method: message.method, params: message.params });
    }
    this.wakeWaiters();
  }

  private answerServerRequest(id: number | string, method: string, params: any): void {
    const reply = (result: unknown) => this.send({ jsonrpc: '2.0', id, result });
    switch (method) {
      case 'workspace/configuration':
        return reply(params.items.map((item: { section?: string }) => (item.section === 'articleLint' ? this.settings : null)));
      case 'client/registerCapability':
        if (this.options.diagnosticProviders === 'refused' && params.registrations.some((registration: Registration) => registration.method === 'textDocument/diagnostic')) {
          return this.send({ jsonrpc: '2.0', id, error: { code: -32603, message: 'the test client refuses diagnostic providers' } });
        }
        this.registrations.push(...params.registrations);
        return reply(null);
      case 'workspace/applyEdit':
        this.appliedEdits.push(params.edit);
        return reply({ applied: true });
      case 'workspace/diagnostic/refresh':
        this.diagnosticRefreshes++;
        return reply(null);
      case 'workspace/semanticTokens/refresh':
        this.semanticTokensRefreshes++;
        return reply(null);
      case 'workspace/workspaceFolders':
        return reply(this.options.workspaceFolder ? [{ uri: pathToFileURL(this.options.workspaceFolder).href, name: 'workspace' }] : null);
      case 'window/workDoneProgress/create':
      case 'window/showMessageRequest':
        return reply(null);
      default:
        this.send({ jsonrpc: '2.0', id, error: { code: -32601, message: `test client does not handle ${method}` } });
    }
  }

  private wakeWaiters(): void {
    for (const waiter of [...this.waiters]) waiter();
  }
}
