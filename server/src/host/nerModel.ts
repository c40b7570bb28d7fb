// Finds, reads and parses the named-entity model file for the language server and the CLI (Node I/O lives here,
// outside the engine): `ner-model.bin` next to the running bundle in dist/, or server/data/ when run from source.

import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseNerModel } from '../engine/entities/model';
import { NerModel } from '../engine/entities/recognizer';

export const NER_MODEL_FILE_NAME = 'ner-model.bin';

export type LoadedNerModel =
  | {
      readonly kind: 'loaded';
      readonly model: NerModel;
      readonly path: string;
      readonly bytes: number;
      /** Reading plus parsing, in milliseconds. */
      readonly loadMilliseconds: number;
    }
  | { readonly kind: 'error'; readonly message: string };

/**
 * Where the model file is: beside the bundle (`dist/ner-model.bin`, copied there by scripts/build.mjs), or in
 * `server/data/` when this module runs from source (tests, scripts). The first existing candidate wins; when none
 * exists, the bundle's own candidate is returned so the error names the place the file should be.
 */
export function findNerModelFile(bundleDirectory: string = __dirname): string {
  const candidates = [join(bundleDirectory, NER_MODEL_FILE_NAME), join(bundleDirectory, '..', '..', 'data', NER_MODEL_FILE_NAME)];
  return candidates.find(candidate => existsSync(candidate)) ?? candidates[0];
}

/** Reads and parses the model synchronously (the CLI needs it before it can print anything). Never throws. */
export function loadNerModel(path: string = findNerModelFile()): LoadedNerModel {
  const started = performance.now();
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    return { kind: 'error', message: cannotRead(path, error) };
  }
  return parseLoaded(path, bytes, started);
}

/** The same without blocking the event loop while the file is read: the server loads it after `initialize`. */
export async function loadNerModelAsync(path: string = findNerModelFile()): Promise<LoadedNerModel> {
  const started = performance.now();
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    return { kind: 'error', message: cannotRead(path, error) };
  }
  return parseLoaded(path, bytes, started);
}

function parseLoaded(path: string, bytes: Uint8Array, started: number): LoadedNerModel {
  try {
    const model = parseNerModel(bytes);
    return { kind: 'loaded', model, path, bytes: bytes.length, loadMilliseconds: performance.now() - started };
  } catch (error) {
    return { kind: 'error', message: `the entity model ${path} cannot be used: ${error instanceof Error ? error.message : String(error)}` };
  }
}

function cannotRead(path: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return `the entity model ${path} is missing (run "npm run build", which copies it from server/data/)`;
  return `cannot read the entity model ${path}: ${error instanceof Error ? error.message : String(error)}`;
}
