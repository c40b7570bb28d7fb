// Measures the stdio language server the way VS Code drives it: the client advertises pull diagnostics with dynamic
// registration, so the server registers several diagnostic providers, and (as VS Code 1.100's language client does)
// it sends `textDocument/diagnostic` to each of them after didOpen and after every didChange. Gives the
// cold start (spawn + initialize → first diagnostics, a fresh server per run) and, in one session holding the 5 MiB
// article: hover and code-action latency, keystroke → fresh diagnostics, and the server's peak RSS.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { StdioLspClient } from './lspFirstDiagnostics.mjs';

/** What VS Code tells the server about itself, as far as this server reads it. */
const VS_CODE_LIKE_CAPABILITIES = {
  textDocument: {
    synchronization: { didSave: true },
    diagnostic: { dynamicRegistration: true, relatedDocumentSupport: false },
    publishDiagnostics: { relatedInformation: true, versionSupport: false, tagSupport: { valueSet: [1, 2] } },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    semanticTokens: { requests: { full: true }, tokenTypes: [], tokenModifiers: [], formats: ['relative'] },
    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
    foldingRange: {},
    codeAction: {
      codeActionLiteralSupport: { codeActionKind: { valueSet: ['', 'quickfix', 'refactor', 'source', 'source.fixAll'] } },
      isPreferredSupport: true,
      dataSupport: true,
      resolveSupport: { properties: ['edit'] },
    },
  },
  workspace: { configuration: true, workspaceEdit: { documentChanges: true }, diagnostics: { refreshSupport: true }, semanticTokens: { refreshSupport: true } },
};

const CODE_ACTION_TRIGGER_INVOKED = 1; // Ctrl+. or the light bulb clicked
const CODE_ACTION_TRIGGER_AUTOMATIC = 2; // every cursor move, for the light bulb
// Typing with the editor's other requests: a quick typist (ten characters a second, a pause after each word), and the
// requests VS Code sends about 200-350 ms after the text stops changing or the cursor stops moving (its debounce for
// folds, semantic tokens, the outline behind the breadcrumbs and the highlights at the cursor; one delay here for all).
const KEY_INTERVAL_MS = 100;
const WORD_PAUSE_MS = 600;
const EDITOR_REQUEST_DELAY_MS = 300;
const EDITOR_REQUESTS_AFTER_CHANGE = ['textDocument/semanticTokens/full', 'textDocument/documentSymbol', 'textDocument/foldingRange', 'textDocument/documentHighlight'];

/** The nearest-rank percentile (`fraction` 0.5 for the median, 0.95 for p95) of `values`, or undefined for none. */
export function percentile(values, fraction) {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(fraction * sorted.length) - 1)];
}

/** A summary of one series of latencies in milliseconds, with the samples kept for the JSON. */
function summary(samples, note) {
  return { count: samples.length, p50Ms: percentile(samples, 0.5), p95Ms: percentile(samples, 0.95), maxMs: samples.length > 0 ? Math.max(...samples) : undefined, samplesMs: samples, ...(note ? { note } : {}) };
}

async function startPullClient(serverPath) {
  const client = new StdioLspClient(serverPath);
  const startedAt = performance.now();
  const initialized = await client.request('initialize', {
    processId: process.pid,
    clientInfo: { name: 'article-lint-bench', version: '1.100.0' },
    rootUri: null,
    workspaceFolders: null,
    capabilities: VS_CODE_LIKE_CAPABILITIES,
  });
  const initializedAt = performance.now();
  client.notify('initialized', {});
  // The server registers its other diagnostic providers right after `initialized`; VS Code has them before it opens
  // a document. A server that registers none is pulled through the one it declared.
  await client.waitForDiagnosticProviders(2000);
  const declared = initialized.capabilities.diagnosticProvider?.identifier;
  client.diagnosticProviders = [declared, ...client.registeredDiagnosticProviders];
  return { client, startedAt, initializeMs: initializedAt - startedAt };
}

/**
 * Pulls every diagnostic provider of the document at once, as VS Code does, each with the result id it last got
 * (`shown`, by provider). Resolves when all have answered: their reports, and the time the last one came.
 */
async function pullAll(client, uri, shown = new Map()) {
  const reports = await Promise.all(
    client.diagnosticProviders.map(identifier =>
      client.request('textDocument/diagnostic', { textDocument: { uri }, ...(identifier ? { identifier } : {}), ...(shown.has(identifier) ? { previousResultId: shown.get(identifier) } : {}) }),
    ),
  );
  return new Map(client.diagnosticProviders.map((identifier, index) => [identifier, reports[index]]));
}

/** What the client shows after a pull: each provider's full report, or the one it showed before when unchanged. */
function showing(previous, reports) {
  return new Map([...reports].map(([identifier, report]) => [identifier, report.kind === 'unchanged' ? { ...previous.get(identifier), resultId: report.resultId } : report]));
}

const resultIdsOf = reports => new Map([...reports].map(([identifier, report]) => [identifier, report.resultId]));
const itemsOf = reports => [...reports.values()].flatMap(report => report.items ?? []);

/** `count` items spread evenly over `items` (all of them when there are fewer). */
function spread(items, count) {
  if (items.length <= count) return items;
  return Array.from({ length: count }, (_, index) => items[Math.floor(((index + 0.5) * items.length) / count)]);
}

function linesOf(text) {
  return text.split(/\r\n|\r|\n/);
}

/**
 * Pulls the diagnostics of a document just opened as VS Code does: a long document first answers with a preview (the
 * sections on screen; its result id contains ":preview"), then asks for a pull again with a refresh when complete.
 * Times both from `startedAt`.
 */
async function pullUntilComplete(client, uri, startedAt) {
  let refreshes = client.diagnosticRefreshes;
  let reports = await pullAll(client, uri);
  const first = { milliseconds: performance.now() - startedAt, diagnostics: itemsOf(reports).length, preview: [...reports.values()].some(isPreview) };
  while ([...reports.values()].some(isPreview)) {
    await client.waitForRefresh(refreshes);
    refreshes = client.diagnosticRefreshes;
    reports = showing(reports, await pullAll(client, uri, resultIdsOf(reports)));
  }
  return { first, milliseconds: performance.now() - startedAt, reports };
}

const isPreview = report => typeof report.resultId === 'string' && report.resultId.includes(':preview');

async function timed(action) {
  const started = performance.now();
  const result = await action();
  return { milliseconds: performance.now() - started, result };
}

/**
 * For each document ({label, path, text, visibleLine?}) and each of `repetitions` fresh servers: the time from spawning
 * the server and sending `initialize` to the first diagnostics report after didOpen (a long document's is a preview of
 * the part on screen: the top, or the 60 lines from `visibleLine`, as VS Code reports when a file opens at a line) and
 * to the complete one.
 */
export async function measureColdStart(serverPath, documents, repetitions) {
  const results = [];
  for (const document of documents) {
    const runs = [];
    for (let repetition = 0; repetition < repetitions; repetition++) {
      const { client, startedAt, initializeMs } = await startPullClient(serverPath);
      try {
        const uri = pathToFileURL(document.path.replace(/(\.\w+)?$/, `-cold${repetition}$1`)).href;
        if (document.visibleLine !== undefined) {
          const ranges = [{ start: { line: document.visibleLine, character: 0 }, end: { line: document.visibleLine + 60, character: 0 } }];
          client.notify('articleLint/visibleRanges', { uri, ranges });
        }
        client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: document.text } });
        const { first, milliseconds, reports } = await pullUntilComplete(client, uri, startedAt);
        runs.push({ milliseconds, initializeMs, diagnostics: itemsOf(reports).length, first });
      } finally {
        await client.close().catch(() => client.server.kill());
      }
    }
    results.push({ label: document.label, bytes: Buffer.byteLength(document.text), runs });
  }
  return results;
}

/**
 * One session holding `document` ({label, path, text}): pull its diagnostics, then hovers (the first on `entityName`,
 * which pays for the entity analysis of the whole document; then on lines with findings, on plain text and on later
 * mentions of the name), code actions as a cursor move and as Ctrl+. asks for them, `keystrokes` characters typed one
 * at a time in the middle of the document (each a didChange followed by a diagnostic pull, timed until the pull
 * answers; stops early when `keystrokeBudgetMs` is spent), a few first hovers on a just-edited version, the server's
 * VmHWM and VmRSS; then the same typing again as in the editor, with pauses and the editor's requests for semantic
 * tokens, outline, folds and highlights after each change, and the VmHWM after that.
 */
export async function measureInteractive(serverPath, document, { entityName, samplesPerKind, keystrokes, keystrokeBudgetMs }) {
  const { client } = await startPullClient(serverPath);
  try {
    const uri = pathToFileURL(document.path.replace(/(\.\w+)?$/, '-interactive$1')).href;
    const lines = linesOf(document.text);
    const textDocument = { uri };

    const opened = await timed(async () => {
      client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: document.text } });
      return (await pullUntilComplete(client, uri, performance.now())).reports;
    });
    const diagnostics = itemsOf(opened.result);
    let shown = opened.result;

    // Lines a finding covers, and plain lines (at least 40 characters, no finding on them) for the other positions.
    const covered = new Uint8Array(lines.length);
    for (const diagnostic of diagnostics) covered.fill(1, diagnostic.range.start.line, diagnostic.range.end.line + 1);
    const findingPositions = spread(diagnostics, samplesPerKind).map(diagnostic => diagnostic.range.start);
    const plainLines = [];
    lines.forEach((line, index) => {
      if (!covered[index] && line.length >= 40) plainLines.push(index);
    });
    const plainPositions = spread(plainLines, samplesPerKind).map(line => ({ line, character: 10 }));
    const entityPositions = [];
    lines.forEach((line, index) => {
      const column = line.indexOf(entityName);
      if (column >= 0) entityPositions.push({ line: index, character: column + 1 });
    });
    if (entityPositions.length === 0) throw new Error(`"${entityName}" does not occur in the bench document`);
    const diagnosticsOn = position => diagnostics.filter(diagnostic => diagnostic.range.start.line <= position.line && diagnostic.range.end.line >= position.line);

    // Counts the hovers that had something to show, so a table of fast empty answers would be noticed.
    let hoversAsked = 0;
    let hoversWithContent = 0;
    const hover = async position => {
      hoversAsked++;
      const { milliseconds, result } = await timed(() => client.request('textDocument/hover', { textDocument, position }));
      if (result?.contents) hoversWithContent++;
      return milliseconds;
    };
    const firstEntityHoverMs = await hover(entityPositions[0]);
    const hoverOnFindingsMs = [];
    for (const position of findingPositions) hoverOnFindingsMs.push(await hover(position));
    const hoverOnPlainTextMs = [];
    for (const position of plainPositions) hoverOnPlainTextMs.push(await hover(position));
    const laterEntityHoversMs = [];
    for (const position of spread(entityPositions.slice(1), samplesPerKind)) laterEntityHoversMs.push(await hover(position));

    let codeActionsAsked = 0;
    let codeActionsOffered = 0;
    const codeAction = async (position, triggerKind) => {
      codeActionsAsked++;
      const { milliseconds, result } = await timed(() =>
        client.request('textDocument/codeAction', {
          textDocument,
          range: { start: position, end: position },
          context: { diagnostics: diagnosticsOn(position), triggerKind },
        }),
      );
      codeActionsOffered += result?.length ?? 0;
      return milliseconds;
    };
    const cursorMoveOnFindingsMs = [];
    for (const position of findingPositions) cursorMoveOnFindingsMs.push(await codeAction(position, CODE_ACTION_TRIGGER_AUTOMATIC));
    const cursorMoveOnPlainTextMs = [];
    for (const position of plainPositions) cursorMoveOnPlainTextMs.push(await codeAction(position, CODE_ACTION_TRIGGER_AUTOMATIC));
    const invokedOnFindingsMs = [];
    for (const position of findingPositions) invokedOnFindingsMs.push(await codeAction(position, CODE_ACTION_TRIGGER_INVOKED));

    // Typing: a plain line in the middle of the document, one character after another from its 10th character on.
    const typingLine = plainLines.reduce((best, line) => (Math.abs(line - lines.length / 2) < Math.abs(best - lines.length / 2) ? line : best), plainLines[0]);
    const typed = 'the bench types here ';
    let version = 1;
    let typedCount = 0;
    const typeOneCharacter = async () => {
      const character = 10 + typedCount;
      const inserted = typed[typedCount % typed.length];
      typedCount++;
      version++;
      const started = performance.now();
      client.notify('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [{ range: { start: { line: typingLine, character }, end: { line: typingLine, character } }, text: inserted }],
      });
      const reports = await pullAll(client, uri, resultIdsOf(shown));
      const milliseconds = performance.now() - started;
      shown = showing(shown, reports);
      const resent = [...reports.values()].filter(report => report.kind === 'full');
      return { milliseconds, kind: resent.length === 0 ? 'unchanged' : 'full', diagnostics: resent.reduce((sum, report) => sum + report.items.length, 0) };
    };
    const keystrokeMs = [];
    const keystrokeReports = [];
    const typingStarted = performance.now();
    while (keystrokeMs.length < keystrokes && performance.now() - typingStarted < keystrokeBudgetMs) {
      const stroke = await typeOneCharacter();
      keystrokeMs.push(stroke.milliseconds);
      keystrokeReports.push({ kind: stroke.kind, diagnostics: stroke.diagnostics });
    }
    // A keystroke that changes no diagnostic is answered `unchanged` by every provider; one that does (a double space
    // typed before a word is finished) gets the diagnostics of the provider holding the typed line again.
    const keystrokesOfKind = kind => keystrokeMs.filter((_, index) => keystrokeReports[index].kind === kind);


    // The first hover on a version just typed: the diagnostics are in, the entity analysis is not yet.
    const hoverAfterEditMs = [];
    for (let sample = 0; sample < 3; sample++) {
      await typeOneCharacter();
      hoverAfterEditMs.push(await hover(entityPositions[Math.floor(entityPositions.length / 3)]));
    }

    const kibibytesNow = name => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${client.server.pid}/status`, 'utf8'))?.[1]);
    const serverMemory = { peakRssMiB: kibibytesNow('VmHWM') / 1024, rssAtEndMiB: kibibytesNow('VmRSS') / 1024 };

    // Typing as in the editor: a character every KEY_INTERVAL_MS and a pause after each word, while the editor asks
    // for the semantic tokens, the outline (breadcrumbs), the folds and the highlights at the cursor a moment after the
    // text stops changing, and withdraws (cancels) those requests when it changes again. Each keystroke is timed as
    // above.
    const editorRequests = [];
    let editorRequestTimer;
    const askAsTheEditorDoes = () => {
      clearTimeout(editorRequestTimer);
      editorRequestTimer = setTimeout(() => {
        const cursor = { line: typingLine, character: 10 + typedCount };
        for (const method of EDITOR_REQUESTS_AFTER_CHANGE) {
          const request = client.cancellableRequest(method, method === 'textDocument/documentHighlight' ? { textDocument, position: cursor } : { textDocument });
          // A withdrawn request may be answered with an error or a result: either is fine here.
          request.answer.catch(() => undefined);
          editorRequests.push(request);
        }
      }, EDITOR_REQUEST_DELAY_MS);
    };
    const withdrawEditorRequests = () => {
      for (const request of editorRequests.splice(0)) client.cancel(request.id);
    };
    // The extension tells the server which lines the editor shows (articleLint/visibleRanges): here, around the typing.
    client.notify('articleLint/visibleRanges', { uri, ranges: [{ start: { line: Math.max(0, typingLine - 30), character: 0 }, end: { line: typingLine + 30, character: 0 } }] });
    const keystrokeWithEditorMs = [];
    const editorTypingStarted = performance.now();
    while (keystrokeWithEditorMs.length < keystrokes && performance.now() - editorTypingStarted < keystrokeBudgetMs) {
      const started = performance.now();
      withdrawEditorRequests();
      const endsWord = typed[typedCount % typed.length] === ' ';
      keystrokeWithEditorMs.push((await typeOneCharacter()).milliseconds);
      askAsTheEditorDoes();
      const interval = endsWord ? WORD_PAUSE_MS : KEY_INTERVAL_MS;
      await new Promise(resolve => setTimeout(resolve, Math.max(0, started + interval - performance.now())));
    }
    clearTimeout(editorRequestTimer);
    await Promise.allSettled(editorRequests.map(request => request.answer));
    const peakRssWithEditorRequestsMiB = kibibytesNow('VmHWM') / 1024;

    return {
      label: document.label,
      bytes: Buffer.byteLength(document.text),
      lines: lines.length,
      diagnostics: diagnostics.length,
      didOpenToDiagnosticsMs: opened.milliseconds,
      hover: {
        firstOnEntity: { milliseconds: firstEntityHoverMs, position: entityPositions[0], name: entityName },
        onFindings: summary(hoverOnFindingsMs),
        onPlainText: summary(hoverOnPlainTextMs),
        laterOnEntity: summary(laterEntityHoversMs),
        all: summary([...hoverOnFindingsMs, ...hoverOnPlainTextMs, ...laterEntityHoversMs], 'every hover after the first, on findings, plain text and entities'),
        asked: hoversAsked,
        withContent: hoversWithContent,
        firstAfterEdit: summary(hoverAfterEditMs, 'the first hover on a version just typed, after its diagnostics'),
      },
      codeAction: {
        cursorMoveOnFindings: summary(cursorMoveOnFindingsMs),
        cursorMoveOnPlainText: summary(cursorMoveOnPlainTextMs),
        invokedOnFindings: summary(invokedOnFindingsMs),
        all: summary([...cursorMoveOnFindingsMs, ...cursorMoveOnPlainTextMs, ...invokedOnFindingsMs]),
        asked: codeActionsAsked,
        actionsOffered: codeActionsOffered,
      },
      keystrokes: {
        ...summary(keystrokeMs),
        asked: keystrokes,
        budgetMs: keystrokeBudgetMs,
        stoppedByBudget: keystrokeMs.length < keystrokes,
        line: typingLine,
        unchanged: summary(keystrokesOfKind('unchanged')),
        full: summary(keystrokesOfKind('full')),
        withEditorRequests: {
          ...summary(keystrokeWithEditorMs),
          keyIntervalMs: KEY_INTERVAL_MS,
          wordPauseMs: WORD_PAUSE_MS,
          editorRequestDelayMs: EDITOR_REQUEST_DELAY_MS,
          editorRequests: EDITOR_REQUESTS_AFTER_CHANGE,
          peakRssMiB: peakRssWithEditorRequestsMiB,
        },
      },
      serverMemory,
    };
  } finally {
    await client.close().catch(() => client.server.kill());
  }
}
