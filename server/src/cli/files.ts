// Expands the paths given to `check` into the list of inputs: named files as given, folders searched recursively
// for article files. Symlinks are followed, but every folder is entered once (by real path), so loops end.

import { Dirent, readdirSync, realpathSync, Stats, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { STDIN_PATH } from './arguments';

/** File name endings searched for in folders. A file named on the command line is checked whatever its name. */
export const ARTICLE_EXTENSIONS = ['.txt', '.article'] as const;

// Folders that hold dependencies or version-control data, never articles. Hidden folders are skipped as well.
const SKIPPED_FOLDERS = new Set(['node_modules']);

export type Input =
  | { readonly kind: 'stdin' }
  | {
      readonly kind: 'file';
      readonly path: string;
      /** The size seen when the file was found (that stat is made anyway); `check` plans parallel work with it. */
      readonly sizeBytes?: number;
    };

export interface DiscoveredInputs {
  /** In command-line order; the files of a folder sorted by path, so output is stable across runs. */
  readonly inputs: readonly Input[];
  /** Paths that do not exist or cannot be listed, as messages for the user. */
  readonly errors: readonly string[];
}

/** `paths` as given on the command line, relative to `workingFolder`. */
export function discoverInputs(paths: readonly string[], workingFolder: string): DiscoveredInputs {
  const inputs: Input[] = [];
  const errors: string[] = [];
  // Real paths already taken, so a file named twice, or reached through a symlink, is checked once.
  const seenFiles = new Set<string>();
  const enteredFolders = new Set<string>();
  let stdinTaken = false;

  /** `realPath` when the caller knows it already (a file that is no symlink, in a folder whose real path is known). */
  const addFile = (path: string, sizeBytes: number, realPath?: string) => {
    const real = realPath ?? safeRealPath(path) ?? path;
    if (seenFiles.has(real)) return;
    seenFiles.add(real);
    inputs.push({ kind: 'file', path, sizeBytes });
  };

  const walk = (folder: string, realPath?: string) => {
    const real = realPath ?? safeRealPath(folder) ?? folder;
    if (enteredFolders.has(real)) return;
    enteredFolders.add(real);
    let entries: Dirent[];
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch (error) {
      errors.push(`cannot list ${folder}: ${reason(error)}`);
      return;
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const name = entry.name;
      if (name.startsWith('.') || SKIPPED_FOLDERS.has(name)) continue;
      const path = join(folder, name);
      // An entry that is no symlink lies at its folder's real path: resolving it again (a realpath per file) was most
      // of the cost of listing a large corpus.
      const knownRealPath = entry.isSymbolicLink() ? undefined : join(real, name);
      let stats: Stats;
      try {
        // statSync follows symlinks; a dangling link throws and is reported rather than silently dropped.
        stats = statSync(path);
      } catch (error) {
        if (ARTICLE_EXTENSIONS.some(extension => name.endsWith(extension))) errors.push(`cannot read ${path}: ${reason(error)}`);
        continue;
      }
      if (stats.isDirectory()) walk(path, knownRealPath);
      else if (stats.isFile() && ARTICLE_EXTENSIONS.some(extension => name.endsWith(extension))) addFile(path, stats.size, knownRealPath);
    }
  };

  for (const given of paths) {
    if (given === STDIN_PATH) {
      if (!stdinTaken) inputs.push({ kind: 'stdin' });
      stdinTaken = true;
      continue;
    }
    const path = resolve(workingFolder, given);
    let stats;
    try {
      stats = statSync(path);
    } catch (error) {
      errors.push(isMissing(error) ? `no such file or folder: ${given}` : `cannot read ${given}: ${reason(error)}`);
      continue;
    }
    if (stats.isDirectory()) walk(path);
    else addFile(path, stats.size);
  }
  return { inputs, errors };
}

function safeRealPath(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
}

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT';
}

export function reason(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return 'no such file';
    if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
    if (code === 'EISDIR') return 'is a folder';
    return error.message;
  }
  return String(error);
}
