// Finds and caches the `.articlelint.json` that applies to each document (nearest one from the document's folder up
// to its workspace folder) and reports a config file's problems once per change of the file.

import { dirname, join, relative, isAbsolute } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONFIG_FILE_NAME, SeveritySetting, UserPhrases, resolveFileOptions } from './engine/index';
import { LoadedConfig, loadConfigFile, pathRelativeToConfig } from './host/configFile';
import { NearestFileCache } from './host/nearestFile';

/** What the config file contributes to linting one document. */
export interface FileConfigOptions {
  /** The config file that applies, if any. */
  readonly configPath?: string;
  readonly severities: Readonly<Record<string, SeveritySetting>>;
  readonly ignoredHashes: ReadonlySet<string>;
  readonly language?: string;
  readonly userPhrases?: UserPhrases;
}

const NO_FILE_CONFIG: FileConfigOptions = { severities: {}, ignoredHashes: new Set() };

export class WorkspaceConfigFiles {
  private workspaceFolders: string[] = [];
  private readonly configByPath = new Map<string, LoadedConfig>();
  private readonly configPaths = new NearestFileCache(CONFIG_FILE_NAME);
  /** The problems last reported per config path, so an unchanged broken file is not reported again. */
  private readonly reportedProblems = new Map<string, string>();

  constructor(private readonly reportProblems: (configPath: string, problems: readonly string[]) => void) {}

  /** Workspace folder paths (file system paths, not URIs); config lookup stops at the folder holding a document. */
  setWorkspaceFolders(folderPaths: readonly string[]): void {
    this.workspaceFolders = [...folderPaths];
    this.clear();
  }

  /** Forgets every cached lookup and parse; called when a config file changes on disk. */
  clear(): void {
    this.configByPath.clear();
    this.configPaths.clear();
  }

  /** The config options for a document URI; documents that are not files (untitled:) get none. */
  optionsFor(uri: string): FileConfigOptions {
    const filePath = filePathOf(uri);
    if (filePath === undefined) return NO_FILE_CONFIG;
    const configPath = this.nearestConfigPath(filePath);
    if (configPath === undefined) return NO_FILE_CONFIG;
    const loaded = this.load(configPath);
    return { configPath, ...resolveFileOptions(loaded.config, pathRelativeToConfig(configPath, filePath)) };
  }

  /**
   * Where an "ignore" action writes: the config file that already applies to the file, else a new one at the root
   * of the file's workspace folder, else (no workspace) next to the file.
   */
  configPathForEdits(filePath: string): string {
    return this.nearestConfigPath(filePath) ?? join(this.workspaceFolderOf(filePath) ?? dirname(filePath), CONFIG_FILE_NAME);
  }

  workspaceFolderOf(filePath: string): string | undefined {
    let best: string | undefined;
    for (const folder of this.workspaceFolders) {
      const inside = relative(folder, filePath);
      const contains = inside === '' || (!inside.startsWith('..') && !isAbsolute(inside));
      if (contains && (best === undefined || folder.length > best.length)) best = folder;
    }
    return best;
  }

  private nearestConfigPath(filePath: string): string | undefined {
    return this.configPaths.find(dirname(filePath), this.workspaceFolderOf(filePath));
  }

  private load(configPath: string): LoadedConfig {
    let loaded = this.configByPath.get(configPath);
    if (!loaded) {
      loaded = loadConfigFile(configPath);
      this.configByPath.set(configPath, loaded);
      const problemsKey = loaded.problems.join('\n');
      if (problemsKey === '') this.reportedProblems.delete(configPath);
      else if (this.reportedProblems.get(configPath) !== problemsKey) {
        this.reportedProblems.set(configPath, problemsKey);
        this.reportProblems(configPath, loaded.problems);
      }
    }
    return loaded;
  }
}

/** The file system path of a `file:` URI, or undefined for other schemes and malformed URIs. */
export function filePathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}
