// Preloaded with `--require` into the CLI and the language server under test: every way a Node program can reach the
// network (sockets, TLS, UDP, HTTP(S), DNS, fetch) is replaced by a stub that records the attempt on stderr and
// throws. Pipes and stdio are not sockets that connect, so the server's own channel keeps working.
'use strict';
const MARKER = 'ARTICLE-LINT-NETWORK-ATTEMPT';
function forbid(name) {
  return function forbidden() {
    process.stderr.write(`${MARKER} ${name}\n`);
    throw new Error(`${name} is forbidden: Article Lint makes no network requests`);
  };
}
const net = require('node:net');
net.Socket.prototype.connect = forbid('net.Socket.connect');
net.connect = net.createConnection = forbid('net.connect');
const tls = require('node:tls');
tls.connect = forbid('tls.connect');
const dgram = require('node:dgram');
dgram.createSocket = forbid('dgram.createSocket');
for (const moduleName of ['node:http', 'node:https']) {
  const module = require(moduleName);
  module.request = forbid(`${moduleName}.request`);
  module.get = forbid(`${moduleName}.get`);
}
const dns = require('node:dns');
for (const method of ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny']) dns[method] = forbid(`dns.${method}`);
dns.promises.lookup = forbid('dns.promises.lookup');
globalThis.fetch = forbid('fetch');
