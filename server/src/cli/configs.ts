// Resolves the lint options of each input: `--config FILE` or the nearest `.articlelint.json` above the file, its
// overrides for the file's path, then `--rule` settings on top; and the nearest `.articlelint/entities.json`, whose
// names are never noise (as in the editor). Each config and knowledge file is read and parsed once per run.

import { dirname } from 'node:path';
import { bundledKnowledge, KNOWLEDGE_FILE_PATH, KnowledgeBase, withWorkspaceEntries } from '../engine/entities';
import { CONFIG_FILE_NAME, EMPTY_CONFIG, LintOptions, resolveFileOptions, SeveritySetting } from '../engine/index';
import { LoadedConfig, loadConfigFile, pathRelativeToConfig } from '../host/configFile';
import { loadKnowledgeFile } from '../host/knowledgeFile';
import { NearestFileCache } from '../host/nearestFile';

/** A workspace knowledge file as loaded once: the knowledge to lint with, or why the file cannot be used. */
type LoadedKnowledge = { readonly knowledge: KnowledgeBase } | { readonly unusable: string };

export type ResolvedOptions =
  | { readonly kind: 'options'; readonly options: LintOptions }
  /** The config file that applies cannot be used; `message` names the file and the problem. */
  | { readonly kind: 'config-error'; readonly configPath: string; readonly message: string };

export class ConfigResolver {
  private readonly configPaths = new NearestFileCache(CONFIG_FILE_NAME);
  private readonly loadedByPath = new Map<string, LoadedConfig>();
  private readonly knowledgePaths = new NearestFileCache(KNOWLEDGE_FILE_PATH);
  private readonly knowledgeByPath = new Map<string, LoadedKnowledge>();

  /**
   * @param explicitConfigPath `--config FILE`: used for every input instead of searching.
   * @param ruleSettings `--rule` settings, which win over every config file.
   * @param warn receives, once per config file, the problems that do not stop it from applying (an unknown rule).
   * @param workingFolder where the search for a config file starts for standard input.
   */
  constructor(
    private readonly explicitConfigPath: string | undefined,
    private readonly ruleSettings: Readonly<Record<string, SeveritySetting>>,
    private readonly warn: (message: string) => void,
    private readonly workingFolder: string,
  ) {}

  /** Options for a file on disk, or (with `undefined`) for standard input, which uses the working folder's config. */
  optionsFor(filePath: string | undefined): ResolvedOptions {
    const folder = filePath === undefined ? this.workingFolder : dirname(filePath);
    const knowledgePath = this.knowledgePaths.find(folder);
    const knowledge = knowledgePath === undefined ? undefined : this.loadKnowledge(knowledgePath);
    if (knowledge !== undefined && 'unusable' in knowledge) return { kind: 'config-error', configPath: knowledgePath!, message: knowledge.unusable };
    const knowledgeOption = knowledge !== undefined ? { knowledge: knowledge.knowledge } : {};

    const configPath = this.explicitConfigPath ?? this.configPaths.find(folder);
    if (configPath === undefined) {
      // Without `--rule` settings every rule keeps its default: no severities to look each rule up in, file after file.
      const severities = Object.keys(this.ruleSettings).length > 0 ? { severities: { ...this.ruleSettings } } : {};
      return { kind: 'options', options: { ...severities, ...knowledgeOption } };
    }
    const loaded = this.load(configPath);
    if (isUnusable(loaded)) return { kind: 'config-error', configPath, message: loaded.problems.join('; ') };
    const relativePath = filePath === undefined ? undefined : pathRelativeToConfig(configPath, filePath);
    const resolved = resolveFileOptions(loaded.config, relativePath);
    return { kind: 'options', options: { ...resolved, severities: { ...resolved.severities, ...this.ruleSettings }, ...knowledgeOption } };
  }

  /** Reads `configPath` now, so a broken `--config` file can stop the run before any input is read. */
  checkExplicitConfig(): ResolvedOptions | undefined {
    if (this.explicitConfigPath === undefined) return undefined;
    const loaded = this.load(this.explicitConfigPath);
    return isUnusable(loaded) ? { kind: 'config-error', configPath: this.explicitConfigPath, message: loaded.problems.join('; ') } : undefined;
  }

  /**
   * The bundled knowledge with the file's entries on top. Bad entries are warnings (the rest apply); a file with
   * nothing usable stops the files it governs, as `entities` does, rather than linting them as if it were absent.
   */
  private loadKnowledge(knowledgePath: string): LoadedKnowledge {
    let loaded = this.knowledgeByPath.get(knowledgePath);
    if (loaded === undefined) {
      const file = loadKnowledgeFile(knowledgePath);
      if (file.entries.length === 0 && file.problems.length > 0) loaded = { unusable: file.problems.join('; ') };
      else {
        for (const problem of file.problems) this.warn(problem);
        loaded = { knowledge: withWorkspaceEntries(bundledKnowledge(), file.entries) };
      }
      this.knowledgeByPath.set(knowledgePath, loaded);
    }
    return loaded;
  }

  private load(configPath: string): LoadedConfig {
    let loaded = this.loadedByPath.get(configPath);
    if (loaded === undefined) {
      loaded = loadConfigFile(configPath);
      this.loadedByPath.set(configPath, loaded);
      if (!isUnusable(loaded)) for (const problem of loaded.problems) this.warn(problem);
    }
    return loaded;
  }
}

/**
 * A config file that could not be read or parsed at all comes back as the shared empty config with problems
 * (loadConfigFile never throws). Linting with it would silently ignore the user's settings, so it stops the file.
 */
function isUnusable(loaded: LoadedConfig): boolean {
  return loaded.config === EMPTY_CONFIG && loaded.problems.length > 0;
}
