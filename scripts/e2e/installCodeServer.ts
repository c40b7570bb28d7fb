// Installs code-server (the VS Code server the e2e suites run in) into the git-ignored cache folder, once per
// machine: `npm install --prefix`, with the root-install variables and a ripgrep cache seeded from Debian's rg,
// because @vscode/ripgrep's postinstall would otherwise download rg from GitHub.

import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { arch } from 'node:os';
import { join } from 'node:path';
import { cleanEnvironment, runProcess } from './childProcesses';
import { CODE_SERVER_CACHE, CODE_SERVER_VERSION, SERVER_MAIN } from './paths';

/** Written after a complete install, so an interrupted one is redone instead of half used. */
const COMPLETE_MARKER = join(CODE_SERVER_CACHE, `.installed-code-server-${CODE_SERVER_VERSION}`);
const DEBIAN_RIPGREP = '/usr/bin/rg';

export function isCodeServerInstalled(): boolean {
  return existsSync(COMPLETE_MARKER) && existsSync(SERVER_MAIN);
}

/** Installs code-server unless the cache already holds a complete install. `scratch` must be a short path. */
export async function ensureCodeServer(scratch: string): Promise<void> {
  if (isCodeServerInstalled()) {
    console.log(`e2e: code-server ${CODE_SERVER_VERSION} is cached in ${CODE_SERVER_CACHE}`);
    return;
  }
  const started = Date.now();
  console.log(`e2e: installing code-server ${CODE_SERVER_VERSION} into ${CODE_SERVER_CACHE} (about 2 minutes, once per machine)`);
  rmSync(CODE_SERVER_CACHE, { recursive: true, force: true });
  mkdirSync(CODE_SERVER_CACHE, { recursive: true });
  // @vscode/ripgrep looks for its download in os.tmpdir(), so the install gets its own TMPDIR holding the seed.
  const installTemp = mkdtempSync(join(scratch, 'npm-'));
  const logFile = join(scratch, 'code-server-install.log');
  const environment = cleanEnvironment({
    TMPDIR: installTemp,
    // code-server's postinstall refuses to run as root without it.
    npm_config_unsafe_perm: 'true',
    // node-pty's postinstall runs `npx node-gyp`, which asks for confirmation and aborts without a TTY.
    npm_config_yes: 'true',
    // Native modules (argon2, kerberos, node-pty, …) build from source instead of trying prebuilt downloads from GitHub.
    npm_config_build_from_source: 'true',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
    PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1',
  });
  try {
    const tarball = await fetchCodeServerTarball(installTemp, environment, logFile);
    await seedRipgrepCache(tarball, installTemp, environment, logFile);
    // By name: `npm pack` left the tarball in npm's cache, so this does not download it again.
    await runProcess('npm', ['install', '--prefix', CODE_SERVER_CACHE, '--no-save', `code-server@${CODE_SERVER_VERSION}`], {
      cwd: CODE_SERVER_CACHE,
      env: environment,
      logFile,
      timeoutMs: 20 * 60_000,
      description: `npm install code-server@${CODE_SERVER_VERSION}`,
    });
    if (!existsSync(SERVER_MAIN)) throw new Error(`the install finished but ${SERVER_MAIN} is missing; see ${logFile}`);
    const ripgrep = join(CODE_SERVER_CACHE, 'node_modules', 'code-server', 'lib', 'vscode', 'node_modules', '@vscode', 'ripgrep', 'bin', 'rg');
    if (!existsSync(ripgrep)) throw new Error(`the install finished without ${ripgrep}; see ${logFile}`);
    writeFileSync(COMPLETE_MARKER, `${new Date().toISOString()}\n`);
  } finally {
    rmSync(installTemp, { recursive: true, force: true });
  }
  console.log(`e2e: code-server installed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

/** `npm pack` puts the registry tarball in `directory` (and in npm's cache, so the install does not fetch it again). */
async function fetchCodeServerTarball(directory: string, environment: NodeJS.ProcessEnv, logFile: string): Promise<string> {
  await runProcess('npm', ['pack', `code-server@${CODE_SERVER_VERSION}`, '--pack-destination', directory, '--silent'], {
    cwd: directory,
    env: environment,
    logFile,
    timeoutMs: 5 * 60_000,
    description: `npm pack code-server@${CODE_SERVER_VERSION}`,
  });
  const tarball = join(directory, `code-server-${CODE_SERVER_VERSION}.tgz`);
  if (!existsSync(tarball)) throw new Error(`npm pack did not write ${tarball}`);
  return tarball;
}

/**
 * For every @vscode/ripgrep version code-server's lockfiles pin, puts Debian's rg where that version's postinstall
 * looks first: `$TMPDIR/vscode-ripgrep-cache-<package version>/ripgrep-<rg release>-<target>.tar.gz`. The rg release
 * name is a constant in the package's postinstall.js, read from the package itself.
 */
async function seedRipgrepCache(codeServerTarball: string, installTemp: string, environment: NodeJS.ProcessEnv, logFile: string): Promise<void> {
  if (!existsSync(DEBIAN_RIPGREP)) throw new Error(`${DEBIAN_RIPGREP} is missing (apt-get install ripgrep)`);
  const unpacked = mkdtempSync(join(installTemp, 'code-server-lockfiles-'));
  await runProcess('tar', ['-xzf', codeServerTarball, '-C', unpacked, '--wildcards', '*npm-shrinkwrap.json'], {
    cwd: unpacked,
    env: environment,
    logFile,
    timeoutMs: 2 * 60_000,
    description: 'reading code-server lockfiles',
  });
  const packageVersions = new Set<string>();
  for (const lockfile of findFiles(unpacked, 'npm-shrinkwrap.json')) {
    const lock = JSON.parse(readFileSync(lockfile, 'utf8')) as { packages?: Record<string, { version?: string }> };
    for (const [path, entry] of Object.entries(lock.packages ?? {})) {
      if (path.endsWith('node_modules/@vscode/ripgrep') && entry.version) packageVersions.add(entry.version);
    }
  }
  if (packageVersions.size === 0) throw new Error('no @vscode/ripgrep version found in the code-server lockfiles');
  const target = ripgrepTarget();
  for (const packageVersion of packageVersions) {
    const packDirectory = mkdtempSync(join(installTemp, 'ripgrep-package-'));
    await runProcess('npm', ['pack', `@vscode/ripgrep@${packageVersion}`, '--pack-destination', packDirectory, '--silent'], {
      cwd: packDirectory,
      env: environment,
      logFile,
      timeoutMs: 2 * 60_000,
      description: `npm pack @vscode/ripgrep@${packageVersion}`,
    });
    await runProcess('tar', ['-xzf', join(packDirectory, `vscode-ripgrep-${packageVersion}.tgz`), '-C', packDirectory], {
      cwd: packDirectory,
      env: environment,
      logFile,
      timeoutMs: 60_000,
      description: `unpacking @vscode/ripgrep@${packageVersion}`,
    });
    const postinstall = readFileSync(join(packDirectory, 'package', 'lib', 'postinstall.js'), 'utf8');
    const release = /const VERSION = '([^']+)'/.exec(postinstall)?.[1];
    if (!release) throw new Error(`cannot read the rg release of @vscode/ripgrep@${packageVersion} from its postinstall.js`);
    const cacheDirectory = join(installTemp, `vscode-ripgrep-cache-${packageVersion}`);
    mkdirSync(cacheDirectory, { recursive: true });
    const binaryDirectory = mkdtempSync(join(installTemp, 'rg-'));
    copyFileSync(DEBIAN_RIPGREP, join(binaryDirectory, 'rg'));
    // The postinstall untars the archive into its bin/ folder and expects `rg` at the top.
    await runProcess('tar', ['-czf', join(cacheDirectory, `ripgrep-${release}-${target}.tar.gz`), '-C', binaryDirectory, 'rg'], {
      cwd: binaryDirectory,
      env: environment,
      logFile,
      timeoutMs: 60_000,
      description: 'packing the ripgrep seed',
    });
    console.log(`e2e: seeded @vscode/ripgrep@${packageVersion} (rg ${release}, ${target}) with ${DEBIAN_RIPGREP}`);
  }
}

/** The target triple @vscode/ripgrep's postinstall picks on Linux. */
function ripgrepTarget(): string {
  switch (arch()) {
    case 'x64':
      return 'x86_64-unknown-linux-musl';
    case 'arm64':
      return 'aarch64-unknown-linux-musl';
    default:
      throw new Error(`the e2e harness seeds ripgrep for x64 and arm64 Linux only, not ${arch()}`);
  }
}

function findFiles(directory: string, fileName: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) found.push(...findFiles(path, fileName));
    else if (entry.name === fileName) found.push(path);
  }
  return found;
}
