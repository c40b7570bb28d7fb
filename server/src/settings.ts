// The `articleLint` editor settings: pulled per resource (workspace/configuration), sanitized at this boundary into
// typed options, and cached per document until the next didChangeConfiguration. Nothing here lives in a global.

import { describeError } from './containment';
import { FIX_ALL_SCOPES, FixAllScope, isRecord, SEVERITY_SETTINGS, SeveritySetting, ruleById } from './engine/index';

/** The settings section the server reads; `articleLint.enable`, `articleLint.rules`, … in VS Code. */
export const SETTINGS_SECTION = 'articleLint';

/** Sanitized settings for one document. */
export interface DocumentSettings {
  /** False turns the linter off for the resource (no diagnostics, hovers or quick fixes). */
  readonly enable: boolean;
  /** Lint `plaintext` documents too; `article` documents are always linted. */
  readonly lintPlaintext: boolean;
  /** Severity per rule id; rules not listed keep their default. `.articlelint.json` wins over these. */
  readonly rules: Readonly<Record<string, SeveritySetting>>;
  /** What fix-on-save (`source.fixAll.articleLint`) and the "Fix all" command apply. */
  readonly fixAllScope: FixAllScope;
  /** Primary language subtag of the articles, e.g. `en`; `.articlelint.json` `language` wins. */
  readonly language: string;
  /** `articleLint.entities.*`: the entity hover, highlights, references, semantic tokens and entity code actions. */
  readonly entities: EntitySettings;
}

export interface EntitySettings {
  /** False switches every entity feature off for the resource; lint findings are unaffected. */
  readonly enable: boolean;
  /** Colour entity mentions by type with semantic tokens (only while `enable` is on). */
  readonly semanticHighlighting: boolean;
}

export const DEFAULT_SETTINGS: DocumentSettings = {
  enable: true,
  lintPlaintext: true,
  rules: {},
  fixAllScope: 'characters+high-confidence-noise',
  language: 'en',
  entities: { enable: true, semanticHighlighting: true },
};

/**
 * Turns whatever the client sent for the `articleLint` section into typed settings. Wrong types fall back to the
 * default; unknown rule ids and unknown severities are dropped and reported through `warn`.
 */
export function sanitizeSettings(raw: unknown, warn: (message: string) => void): DocumentSettings {
  if (!isRecord(raw)) return DEFAULT_SETTINGS;
  const rules: Record<string, SeveritySetting> = {};
  if (raw.rules !== undefined && raw.rules !== null && !isRecord(raw.rules)) {
    warn('articleLint.rules must be an object of rule id → severity; ignored');
  }
  for (const [ruleId, setting] of Object.entries(isRecord(raw.rules) ? raw.rules : {})) {
    if (!ruleById(ruleId)) warn(`articleLint.rules: unknown rule "${ruleId}" (ignored)`);
    else if (typeof setting !== 'string' || !(SEVERITY_SETTINGS as readonly string[]).includes(setting)) {
      warn(`articleLint.rules: "${ruleId}" must be one of ${SEVERITY_SETTINGS.join(', ')}; got ${JSON.stringify(setting)} (ignored)`);
    } else rules[ruleId] = setting as SeveritySetting;
  }
  const scope = isRecord(raw.fixAll) ? raw.fixAll.scope : undefined;
  if (scope !== undefined && !(FIX_ALL_SCOPES as readonly unknown[]).includes(scope)) {
    warn(`articleLint.fixAll.scope must be one of ${FIX_ALL_SCOPES.join(', ')}; got ${JSON.stringify(scope)} (using the default)`);
  }
  return {
    enable: typeof raw.enable === 'boolean' ? raw.enable : DEFAULT_SETTINGS.enable,
    lintPlaintext: typeof raw.lintPlaintext === 'boolean' ? raw.lintPlaintext : DEFAULT_SETTINGS.lintPlaintext,
    rules,
    fixAllScope: (FIX_ALL_SCOPES as readonly unknown[]).includes(scope) ? (scope as FixAllScope) : DEFAULT_SETTINGS.fixAllScope,
    language: typeof raw.language === 'string' && /^[a-z]{2,3}$/.test(raw.language) ? raw.language : DEFAULT_SETTINGS.language,
    entities: sanitizeEntitySettings(raw.entities, warn),
  };
}

function sanitizeEntitySettings(raw: unknown, warn: (message: string) => void): EntitySettings {
  const defaults = DEFAULT_SETTINGS.entities;
  if (raw === undefined || raw === null) return defaults;
  if (!isRecord(raw)) {
    warn('articleLint.entities must be an object with "enable" and "semanticHighlighting"; ignored');
    return defaults;
  }
  const flag = (name: keyof EntitySettings): boolean => {
    const value = raw[name];
    if (value === undefined || typeof value === 'boolean') return value ?? defaults[name];
    warn(`articleLint.entities.${name} must be true or false; got ${JSON.stringify(value)} (using ${defaults[name]})`);
    return defaults[name];
  };
  return { enable: flag('enable'), semanticHighlighting: flag('semanticHighlighting') };
}

/** Whether a document with this language id is linted under these settings. */
export function isLintedLanguage(languageId: string, settings: DocumentSettings): boolean {
  if (!settings.enable) return false;
  return languageId === 'article' || (languageId === 'plaintext' && settings.lintPlaintext);
}

/**
 * Per-document settings cache. `fetch` asks the client for the raw section of one resource; each sanitize warning is
 * logged once per configuration change rather than once per open document.
 */
export class SettingsCache {
  private readonly byUri = new Map<string, Promise<DocumentSettings>>();
  private readonly loggedWarnings = new Set<string>();

  constructor(
    private readonly fetch: (uri: string) => Promise<unknown>,
    private readonly warn: (message: string) => void,
  ) {}

  settingsFor(uri: string): Promise<DocumentSettings> {
    let settings = this.byUri.get(uri);
    if (!settings) {
      settings = this.fetch(uri).then(
        raw => sanitizeSettings(raw, message => this.warnOnce(message)),
        error => {
          this.warnOnce(`cannot read the ${SETTINGS_SECTION} settings, using defaults: ${describeError(error)}`);
          return DEFAULT_SETTINGS;
        },
      );
      this.byUri.set(uri, settings);
    }
    return settings;
  }

  forget(uri: string): void {
    this.byUri.delete(uri);
  }

  /** Called on didChangeConfiguration: every document pulls its settings again. */
  clear(): void {
    this.byUri.clear();
    this.loggedWarnings.clear();
  }

  private warnOnce(message: string): void {
    if (this.loggedWarnings.has(message)) return;
    this.loggedWarnings.add(message);
    this.warn(message);
  }
}
