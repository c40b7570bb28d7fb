// Measures the entity side of the stdio language server: how soon after it answers `initialize` the entity model is
// ready (the server logs this itself, "ready N ms after initialize"), and, on a large article whose diagnostics have
// arrived, the time from a hover request on a name to its answer — the first one pays for the entity analysis of the
// whole document, the second reads the cached analysis. A fresh server per repetition, so every load is a first load.
import { pathToFileURL } from 'node:url';
import { StdioLspClient } from './lspFirstDiagnostics.mjs';

const MODEL_READY = /^entity model .* loaded in (\d+) ms, ready (\d+) ms after initialize$/;

/** Where the hover goes: the first occurrence of `name` in `text`, one character in. */
function positionOf(text, name) {
  const offset = text.indexOf(name);
  if (offset < 0) throw new Error(`"${name}" does not occur in the bench document`);
  const before = text.slice(0, offset + 1).split(/\r\n|\r|\n/);
  return { line: before.length - 1, character: before[before.length - 1].length };
}

/**
 * For `repetitions` fresh servers: the model's load and ready-after-initialize times, and the first and second
 * hover on `name` in `document` ({label, path, text}) after its diagnostics.
 */
export async function measureEntities(serverPath, document, name, repetitions) {
  const runs = [];
  for (let repetition = 0; repetition < repetitions; repetition++) {
    const client = new StdioLspClient(serverPath);
    try {
      await client.request('initialize', { processId: process.pid, rootUri: null, workspaceFolders: null, capabilities: { textDocument: { publishDiagnostics: {} } } });
      client.notify('initialized', {});
      const [, loadMs, readyAfterInitializeMs] = MODEL_READY.exec((await client.waitForLog(MODEL_READY)).text).map(Number);
      const uri = pathToFileURL(document.path.replace(/(\.\w+)?$/, `-entities${repetition}$1`)).href;
      await client.openAndWait(uri, document.text);
      const position = positionOf(document.text, name);
      const hover = async () => {
        const started = performance.now();
        const result = await client.request('textDocument/hover', { textDocument: { uri }, position });
        return { milliseconds: performance.now() - started, entity: /^\*\*.+\*\* · \w+$/m.exec(result?.contents?.value ?? '')?.[0] };
      };
      const first = await hover();
      const second = await hover();
      runs.push({ loadMs, readyAfterInitializeMs, firstHoverMs: first.milliseconds, secondHoverMs: second.milliseconds, entity: first.entity ?? 'no entity' });
    } finally {
      await client.close().catch(() => client.server.kill());
    }
  }
  return { label: document.label, bytes: Buffer.byteLength(document.text), name, runs };
}
