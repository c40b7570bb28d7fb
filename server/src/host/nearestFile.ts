// Finds the nearest file of a given relative path in a folder or its parents: how `.articlelint.json` and
// `.articlelint/entities.json` are looked up for an article, by the server and the CLI alike.

import { statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** The nearest `relativePath` in `startDirectory` or a parent folder, stopping after `stopDirectory` if given. */
export function findNearestFile(relativePath: string, startDirectory: string, stopDirectory?: string): string | undefined {
  let directory = resolve(startDirectory);
  const stop = stopDirectory === undefined ? undefined : resolve(stopDirectory);
  for (;;) {
    const candidate = join(directory, relativePath);
    if (isFile(candidate)) return candidate;
    const parent = dirname(directory);
    if (parent === directory || directory === stop) return undefined;
    directory = parent;
  }
}

/** A folder named like the file does not count. */
function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * `findNearestFile` for one relative path, remembered per folder: every article in a folder asks the same question.
 * The stop folder must follow from the folder (its workspace folder), as it does for every caller.
 */
export class NearestFileCache {
  private readonly byFolder = new Map<string, string | undefined>();

  constructor(private readonly relativePath: string) {}

  find(folder: string, stopDirectory?: string): string | undefined {
    if (!this.byFolder.has(folder)) this.byFolder.set(folder, findNearestFile(this.relativePath, folder, stopDirectory));
    return this.byFolder.get(folder);
  }

  /** A config or knowledge file was created, moved or deleted. */
  clear(): void {
    this.byFolder.clear();
  }
}
