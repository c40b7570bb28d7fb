// Entry point of the bundled language server (dist/server.js): `node dist/server.js --stdio` or `--node-ipc`.
// Creates the connection, routes console output to the client's log, and hands over to startServer.

import { setFlagsFromString } from 'node:v8';
import { ProposedFeatures, createConnection } from 'vscode-languageserver/node';
import { startServer } from './server';
import { describeError } from './containment';

// The server lives as long as the editor and holds long documents, their findings and their entities. V8 lets the
// heap grow to several times what is live before collecting (holding a 5 MiB article while typing once peaked over
// 600 MiB with about 140 MiB live). Growing by at most half of what is live brought the peak of
// bench/lspInteractive.mjs's session down to 230-280 MiB. 35 % saved about 10 MiB more but put collections into hovers (hover p95 2.7-7.5 ms in three
// runs, against about 1-3 ms at 50 %); see README "Speed". Read by the collector each time it sizes the heap, so
// setting it here, before the first document arrives, is in time.
setFlagsFromString('--heap-growing-percent=50');
// The young generation is sized when V8 starts, so its cap is a command-line flag, in serverNodeFlags.json, which
// the extension starts the server with. In bench/lspInteractive.mjs's session the peak RSS was 251-263 MiB with Node
// 20's default (16 MiB semi-spaces), 230-262 with 8 (seven runs) and 222-233 with 4 (six runs), for a keystroke p50
// of 12-15 ms either way. (setFlagsFromString is too late for this flag: the peak stayed at 251-253.)

// Reads the transport (--stdio, --node-ipc, --socket) from the command line.
const connection = createConnection(ProposedFeatures.all);

// With --stdio, stdout is the protocol channel: a stray console.log would corrupt it. Everything goes to the log.
console.log = (...values: unknown[]) => connection.console.log(values.map(String).join(' '));
console.info = (...values: unknown[]) => connection.console.info(values.map(String).join(' '));
console.warn = (...values: unknown[]) => connection.console.warn(values.map(String).join(' '));
console.error = (...values: unknown[]) => connection.console.error(values.map(String).join(' '));
console.debug = console.log;

// Handlers are contained one by one; this is the last line of defence for errors raised outside any handler.
process.on('uncaughtException', error => connection.console.error(`uncaught exception: ${describeError(error)}`));
process.on('unhandledRejection', reason => connection.console.error(`unhandled rejection: ${describeError(reason)}`));

startServer(connection);
