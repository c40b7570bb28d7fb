// Headless Debian Chromium driven by playwright-core: the window of the VS Code web workbench the e2e suites use.
// Each run gets a fresh browser profile so no state (settings, storage, open editors) leaks between runs.

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { BrowserContext, chromium } from 'playwright-core';
import { CHROMIUM } from './paths';

const CHROMIUM_ARGUMENTS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** A viewport wide enough for the editor, the Problems panel and a hover in one screenshot. */
export const VIEWPORT = { width: 1280, height: 800 };

/** Launches Chromium with a new profile under `scratch`; close the context to stop it. */
export async function launchBrowser(scratch: string, profileName: string): Promise<BrowserContext> {
  const profile = join(scratch, profileName);
  mkdirSync(join(profile, 'config'), { recursive: true });
  return chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGUMENTS,
    viewport: VIEWPORT,
    env: { ...process.env, XDG_CONFIG_HOME: join(profile, 'config'), TMPDIR: scratch },
    timeout: 60_000,
  });
}

/**
 * The workbench URL for `folder`; with `payload`, entries the web workbench reads like desktop command-line flags
 * (`extensionDevelopmentPath`, `extensionTestsPath`), which the server itself ignores.
 */
export function workbenchUrl(serverUrl: string, folder: string, payload?: readonly (readonly [string, string])[]): string {
  const url = new URL(serverUrl);
  url.searchParams.set('folder', folder);
  if (payload) url.searchParams.set('payload', JSON.stringify(payload));
  return url.href;
}

/** A path on the server as the `vscode-remote:` URI the payload entries need. */
export function remoteUri(serverUrl: string, absolutePath: string): string {
  return `vscode-remote://${new URL(serverUrl).host}${absolutePath}`;
}
