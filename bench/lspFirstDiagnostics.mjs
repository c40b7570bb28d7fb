// Measures, through the real stdio server (`node dist/server.js --stdio`), the time from sending didOpen to the first
// publishDiagnostics for that document. Speaks JSON-RPC with Content-Length framing; the client advertises no pull
// diagnostics and no workspace/configuration, so the server pushes diagnostics with its default settings.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

// The Node flags the extension starts the server with (client/src/extension.ts): the bench measures the server as it runs.
const SERVER_NODE_FLAGS = JSON.parse(readFileSync(new URL('../server/src/serverNodeFlags.json', import.meta.url), 'utf8'));

const WAIT_LIMIT_MS = 300_000;

export class StdioLspClient {
  constructor(serverPath) {
    this.server = spawn(process.execPath, [...SERVER_NODE_FLAGS, serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.chunks = [];
    this.received = 0;
    /** Bytes of the message being received, once its header has been read. */
    this.needed = undefined;
    this.nextId = 1;
    this.pending = new Map();
    this.diagnosticWaiters = new Map();
    /** Log messages (window/logMessage) with the time they arrived, and who waits for one. */
    this.logMessages = [];
    this.logWaiters = new Set();
    /** workspace/diagnostic/refresh requests so far (the server sends one when a previewed lint is complete). */
    this.diagnosticRefreshes = 0;
    this.refreshWaiters = new Set();
    /** Identifiers of the diagnostic providers the server registered dynamically (client/registerCapability). */
    this.registeredDiagnosticProviders = [];
    this.registrationWaiters = new Set();
    this.stderr = '';
    this.server.stderr.setEncoding('utf8');
    this.server.stderr.on('data', chunk => (this.stderr += chunk));
    this.server.stdout.on('data', chunk => this.receive(chunk));
    this.exited = new Promise(resolve => this.server.on('exit', resolve));
  }

  // The chunks of a message still arriving are kept in a list and joined once it is all in: joining on every chunk
  // copies a multi-MB diagnostics report over and over (quadratic), and that time would be counted as the server's.
  receive(chunk) {
    this.chunks.push(chunk);
    this.received += chunk.length;
    for (;;) {
      if (this.needed !== undefined && this.received < this.needed) return;
      const buffer = this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks);
      this.chunks = [buffer];
      this.needed = undefined;
      const headerEnd = buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const length = Number(/Content-Length: *(\d+)/i.exec(buffer.subarray(0, headerEnd).toString('ascii'))?.[1]);
      if (!Number.isFinite(length)) throw new Error(`bad header from the server: ${buffer.subarray(0, headerEnd)}`);
      const end = headerEnd + 4 + length;
      if (buffer.length < end) {
        this.needed = end;
        return;
      }
      const message = JSON.parse(buffer.subarray(headerEnd + 4, end).toString('utf8'));
      const rest = buffer.subarray(end);
      this.chunks = rest.length > 0 ? [rest] : [];
      this.received = rest.length;
      this.dispatch(message);
    }
  }

  dispatch(message) {
    if (message.id !== undefined && message.method !== undefined) {
      // A request from the server (registerCapability, configuration, …): answer so it never waits on us.
      const result = message.method === 'workspace/configuration' ? message.params.items.map(() => null) : null;
      this.send({ jsonrpc: '2.0', id: message.id, result });
      if (message.method === 'client/registerCapability') {
        for (const registration of message.params.registrations) {
          if (registration.method === 'textDocument/diagnostic') this.registeredDiagnosticProviders.push(registration.registerOptions.identifier);
        }
        for (const waiter of [...this.registrationWaiters]) waiter();
      }
      if (message.method === 'workspace/diagnostic/refresh') {
        this.diagnosticRefreshes++;
        for (const waiter of [...this.refreshWaiters]) waiter();
      }
    } else if (message.id !== undefined) {
      const pending = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (message.error) pending?.reject(new Error(`${message.error.code}: ${message.error.message}`));
      else pending?.resolve(message.result);
    } else if (message.method === 'window/logMessage') {
      this.logMessages.push({ receivedAt: performance.now(), text: message.params.message });
      for (const waiter of [...this.logWaiters]) waiter();
    } else if (message.method === 'textDocument/publishDiagnostics') {
      const now = performance.now();
      const waiter = this.diagnosticWaiters.get(message.params.uri);
      if (waiter) {
        this.diagnosticWaiters.delete(message.params.uri);
        waiter({ receivedAt: now, count: message.params.diagnostics.length });
      }
    }
  }

  /** Serialises and frames a message; returns the time just before it was handed to the pipe. */
  send(message) {
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    const frame = Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]);
    const sentAt = performance.now();
    this.server.stdin.write(frame);
    return sentAt;
  }

  /** Sends a request; rejects on an error answer, or when no answer came within the wait limit. */
  request(method, params) {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`no answer to ${method} within ${WAIT_LIMIT_MS} ms\n${this.stderr}`));
      }, WAIT_LIMIT_MS);
      const settle = action => value => {
        clearTimeout(timer);
        action(value);
      };
      this.pending.set(id, { resolve: settle(resolve), reject: settle(reject) });
      this.send({ jsonrpc: '2.0', id, method, params });
    });
  }

  /** A request that `cancel(id)` can withdraw, as an editor withdraws requests about a text that changed since. */
  cancellableRequest(method, params) {
    const id = this.nextId;
    return { id, answer: this.request(method, params) };
  }

  cancel(id) {
    this.notify('$/cancelRequest', { id });
  }

  notify(method, params) {
    return this.send({ jsonrpc: '2.0', method, params });
  }

  /** Resolves once more than `seen` diagnostic refreshes have arrived. */
  waitForRefresh(seen) {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no workspace/diagnostic/refresh within ${WAIT_LIMIT_MS} ms\n${this.stderr}`)), WAIT_LIMIT_MS);
      const check = () => {
        if (this.diagnosticRefreshes <= seen) return;
        clearTimeout(timer);
        this.refreshWaiters.delete(check);
        resolve();
      };
      this.refreshWaiters.add(check);
      check();
    });
  }

  /** Resolves once the server has registered diagnostic providers, or after `limitMs` without any. */
  waitForDiagnosticProviders(limitMs) {
    return new Promise(resolve => {
      const check = () => {
        if (this.registeredDiagnosticProviders.length === 0) return;
        finish();
      };
      const finish = () => {
        clearTimeout(timer);
        this.registrationWaiters.delete(check);
        resolve();
      };
      const timer = setTimeout(finish, limitMs);
      this.registrationWaiters.add(check);
      check();
    });
  }

  /** Resolves with the first log message (already received or still to come) that matches `pattern`. */
  waitForLog(pattern) {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no log message matching ${pattern} within ${WAIT_LIMIT_MS} ms\n${this.stderr}`)), WAIT_LIMIT_MS);
      const check = () => {
        const found = this.logMessages.find(entry => pattern.test(entry.text));
        if (!found) return;
        clearTimeout(timer);
        this.logWaiters.delete(check);
        resolve(found);
      };
      this.logWaiters.add(check);
      check();
    });
  }

  /** Opens a document and waits for its first diagnostics; it stays open. */
  async openAndWait(uri, text) {
    const diagnostics = new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} within ${WAIT_LIMIT_MS} ms\n${this.stderr}`)), WAIT_LIMIT_MS);
      this.diagnosticWaiters.set(uri, received => {
        clearTimeout(timer);
        resolve(received);
      });
    });
    this.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'article', version: 1, text } });
    return diagnostics;
  }

  async open(uri, text) {
    const diagnostics = new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} within ${WAIT_LIMIT_MS} ms\n${this.stderr}`)), WAIT_LIMIT_MS);
      this.diagnosticWaiters.set(uri, received => {
        clearTimeout(timer);
        resolve(received);
      });
    });
    const sentAt = this.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'article', version: 1, text } });
    const { receivedAt, count } = await diagnostics;
    this.notify('textDocument/didClose', { textDocument: { uri } });
    return { milliseconds: receivedAt - sentAt, diagnostics: count };
  }

  async close() {
    await this.request('shutdown', null);
    this.notify('exit', null);
    const timeout = new Promise(resolve => setTimeout(resolve, 5000, 'timeout'));
    if ((await Promise.race([this.exited, timeout])) === 'timeout') this.server.kill();
  }
}

/**
 * For each document ({label, path, text}), the didOpen → first diagnostics time of `repetitions` opens (each under a
 * fresh URI, so every open is a first open). One small document is opened first so JIT warm-up is not counted.
 */
export async function measureFirstDiagnostics(serverPath, documents, repetitions, warmUpText) {
  const client = new StdioLspClient(serverPath);
  try {
    await client.request('initialize', {
      processId: process.pid,
      clientInfo: { name: 'article-lint-bench' },
      rootUri: null,
      workspaceFolders: null,
      capabilities: { textDocument: { publishDiagnostics: {} } },
    });
    client.notify('initialized', {});
    await client.open('untitled:warm-up', warmUpText);
    const results = [];
    for (const document of documents) {
      const runs = [];
      for (let repetition = 0; repetition < repetitions; repetition++) {
        const uri = pathToFileURL(document.path.replace(/(\.\w+)?$/, `-open${repetition}$1`)).href;
        runs.push(await client.open(uri, document.text));
      }
      results.push({ label: document.label, bytes: Buffer.byteLength(document.text), runs });
    }
    return results;
  } finally {
    await client.close().catch(() => client.server.kill());
  }
}
