// What the language server's entity features read besides the document: the trained model, loaded in the background
// once `initialize` has been answered (knowledge-only when it is missing or broken), and per document the bundled
// knowledge with the nearest `.articlelint/entities.json` on top, cached until that file changes.

import { dirname } from 'node:path';
import type { NerModel } from './engine/entities';
import { bundledKnowledge, KNOWLEDGE_FILE_PATH, KnowledgeBase, withWorkspaceEntries } from './engine/index';
import { knowledgeFilePathFor, loadKnowledgeFile } from './host/knowledgeFile';
import { NearestFileCache } from './host/nearestFile';
import { findNerModelFile, loadNerModelAsync } from './host/nerModel';
import { filePathOf } from './workspaceConfig';

export interface EntityModelLog {
  info(message: string): void;
  warn(message: string): void;
}

/** Loads the model at most once per server; every entity request awaits the same load. */
export class EntityModelLoader {
  private loading: Promise<NerModel | undefined> | undefined;
  private initializeAnsweredAt: number | undefined;

  constructor(
    private readonly log: EntityModelLog,
    private readonly modelPath: string = findNerModelFile(),
  ) {}

  /** Remembers when `initialize` was answered, so the log can say how soon after it the model was ready. */
  initializeAnswered(): void {
    this.initializeAnsweredAt = performance.now();
  }

  /**
   * Starts reading the model without waiting for it. Reading is asynchronous and parsing takes a few milliseconds,
   * so diagnostics, which never need the model, are not held up.
   */
  startLoading(): void {
    this.loading ??= loadNerModelAsync(this.modelPath).then(loaded => {
      if (loaded.kind === 'error') {
        this.log.warn(`${loaded.message}; entity hovers, highlights and actions use the bundled and workspace knowledge only`);
        return undefined;
      }
      const sinceInitialize = this.initializeAnsweredAt === undefined ? '' : `, ready ${Math.round(performance.now() - this.initializeAnsweredAt)} ms after initialize`;
      this.log.info(
        `entity model ${loaded.path} (${(loaded.bytes / 1024 / 1024).toFixed(2)} MiB) loaded in ${Math.round(loaded.loadMilliseconds)} ms${sinceInitialize}`,
      );
      // The bundled knowledge is built on first use; build it now rather than in the first hover.
      setImmediate(() => bundledKnowledge());
      return loaded.model;
    });
  }

  /** The model once loading has settled; undefined when it could not be loaded. Starts loading if nothing has. */
  model(): Promise<NerModel | undefined> {
    this.startLoading();
    return this.loading as Promise<NerModel | undefined>;
  }
}

/**
 * Finds and caches the workspace knowledge file that applies to each document (the nearest `.articlelint/entities.json`
 * from the document's folder up to its workspace folder) and reports a file's problems once per change of the file.
 */
export class EntityKnowledgeFiles {
  private readonly knowledgePaths = new NearestFileCache(KNOWLEDGE_FILE_PATH);
  private readonly knowledgeByPath = new Map<string, KnowledgeBase>();
  /** The problems last reported per file, so an unchanged broken file is not reported again. */
  private readonly reportedProblems = new Map<string, string>();

  constructor(
    private readonly workspaceFolderOf: (filePath: string) => string | undefined,
    private readonly reportProblems: (knowledgePath: string, problems: readonly string[]) => void,
  ) {}

  /** The knowledge for a document: the bundled knowledge with the workspace file that applies on top. */
  knowledgeFor(uri: string): KnowledgeBase {
    return this.workspaceKnowledgeFor(uri) ?? bundledKnowledge();
  }

  /**
   * The same, but undefined when no workspace file applies: lint then falls back to the bundled knowledge itself,
   * and builds it only if a finding needs it.
   */
  workspaceKnowledgeFor(uri: string): KnowledgeBase | undefined {
    const filePath = filePathOf(uri);
    const knowledgePath = filePath === undefined ? undefined : this.nearestKnowledgePath(filePath);
    return knowledgePath === undefined ? undefined : this.load(knowledgePath);
  }

  /**
   * Where "add to the workspace knowledge file" writes: the file that already applies to the document, else a new
   * one in the document's workspace folder, else (no workspace) in the document's folder.
   */
  knowledgePathForEdits(filePath: string): string {
    return this.nearestKnowledgePath(filePath) ?? knowledgeFilePathFor(this.workspaceFolderOf(filePath) ?? dirname(filePath));
  }

  /** Forgets every lookup and parse; called when a knowledge file changes on disk or was written. */
  clear(): void {
    this.knowledgePaths.clear();
    this.knowledgeByPath.clear();
  }

  private nearestKnowledgePath(filePath: string): string | undefined {
    return this.knowledgePaths.find(dirname(filePath), this.workspaceFolderOf(filePath));
  }

  private load(knowledgePath: string): KnowledgeBase {
    let knowledge = this.knowledgeByPath.get(knowledgePath);
    if (!knowledge) {
      const loaded = loadKnowledgeFile(knowledgePath);
      // One object per file version, so the engine's per-Article memo of the analysis holds across requests.
      knowledge = withWorkspaceEntries(bundledKnowledge(), loaded.entries);
      this.knowledgeByPath.set(knowledgePath, knowledge);
      const problemsKey = loaded.problems.join('\n');
      if (problemsKey === '') this.reportedProblems.delete(knowledgePath);
      else if (this.reportedProblems.get(knowledgePath) !== problemsKey) {
        this.reportedProblems.set(knowledgePath, problemsKey);
        this.reportProblems(knowledgePath, loaded.problems);
      }
    }
    return knowledge;
  }
}

/** The glob the client watches and the server registers for knowledge files. */
export const KNOWLEDGE_FILE_GLOB = `**/${KNOWLEDGE_FILE_PATH}`;

/** Whether a watched-file change is about a knowledge file. */
export function isKnowledgeFileUri(uri: string): boolean {
  return uri.endsWith(`/${KNOWLEDGE_FILE_PATH}`);
}
