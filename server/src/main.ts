// Entry point of the bundled language server (dist/server.js): `node dist/server.js --stdio` or `--node-ipc`.
// Creates the connection, routes console output to the client's log, and hands over to startServer.

import { ProposedFeatures, createConnection } from 'vscode-languageserver/node';
import { startServer } from './server';
import { describeError } from './containment';

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
