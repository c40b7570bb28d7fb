// What the VS Code e2e suites need from the machine, checked before anything is installed or started, with the
// Debian package that provides each missing piece.

import { accessSync, constants, existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { isCodeServerInstalled } from './installCodeServer';
import { CHROMIUM, CODE_SERVER_VERSION } from './paths';

export interface MissingPrerequisite {
  readonly what: string;
  readonly remedy: string;
}

export function missingPrerequisites(): MissingPrerequisite[] {
  const missing: MissingPrerequisite[] = [];
  if (process.platform !== 'linux') missing.push({ what: `Linux (this is ${process.platform})`, remedy: 'use @vscode/test-electron instead (CONTRIBUTING.md)' });
  if (Number(process.versions.node.split('.')[0]) !== 20) {
    missing.push({ what: `Node 20 (this is ${process.version}); code-server ${CODE_SERVER_VERSION} runs on Node 20 only`, remedy: 'run the suites with Node 20' });
  }
  if (!isExecutable(CHROMIUM)) missing.push({ what: `Chromium at ${CHROMIUM}`, remedy: 'apt-get install chromium (or set ARTICLE_LINT_CHROMIUM)' });
  // Only the code-server install needs these: a cached install runs without them.
  if (!isCodeServerInstalled()) {
    if (!isExecutable('/usr/bin/rg')) missing.push({ what: 'ripgrep at /usr/bin/rg (seeds @vscode/ripgrep)', remedy: 'apt-get install ripgrep' });
    if (!existsSync('/usr/include/gssapi/gssapi.h')) missing.push({ what: 'Kerberos headers (code-server builds the kerberos module)', remedy: 'apt-get install libkrb5-dev' });
    for (const tool of ['make', 'g++', 'python3']) {
      if (!onPath(tool)) missing.push({ what: `${tool} (code-server builds native modules)`, remedy: 'apt-get install build-essential python3' });
    }
  }
  return missing;
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function onPath(command: string): boolean {
  return (process.env.PATH ?? '').split(delimiter).some(directory => directory !== '' && isExecutable(join(directory, command)));
}
