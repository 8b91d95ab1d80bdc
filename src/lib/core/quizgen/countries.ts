/**
 * Country names in German and English from `Intl.DisplayNames`, so no list has to be shipped.
 * Built once on first use: every two-letter region code the runtime can name.
 */

export interface Country {
  code: string;
  /** The name in the article's language. */
  name: string;
}

let index: Map<string, string> | undefined;
const names: Record<'de' | 'en', Map<string, string>> = { de: new Map(), en: new Map() };

/** Short forms news use beside the official display names. */
const EXTRA: Record<string, string[]> = {
  US: ['USA', 'US', 'Amerika', 'America', 'United States of America', 'U.S.'],
  GB: ['Großbritannien', 'Britain', 'Great Britain', 'England', 'UK'],
  RU: ['Russia'],
  CN: ['Volksrepublik China'],
  NL: ['Holland'],
  CZ: ['Tschechien']
};

function build(): Map<string, string> {
  if (index) return index;
  index = new Map();
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  for (const language of ['de', 'en'] as const) {
    let display: Intl.DisplayNames | undefined;
    try {
      display = new Intl.DisplayNames([language], { type: 'region', fallback: 'none' });
    } catch {
      continue;
    }
    for (const a of letters) {
      for (const b of letters) {
        const code = a + b;
        let name: string | undefined;
        try {
          name = display.of(code);
        } catch {
          name = undefined;
        }
        // Skip unknown and pseudo regions (`Unbekannte Region`, `Äußeres Ozeanien`).
        if (!name || name === code || /\b(Region|Ozeanien|Oceania|Pseudo|Unknown)\b/u.test(name))
          continue;
        if (/^(EU|EZ|UN|QO|XA|XB|ZZ|AA|XK|QM|QN|QZ)$/u.test(code) && code !== 'XK') continue;
        names[language].set(code, name);
        addName(name, code);
      }
    }
  }
  for (const [code, extra] of Object.entries(EXTRA)) for (const name of extra) addName(name, code);
  return index;
}

function addName(name: string, code: string) {
  if (!index || index.has(name)) return;
  index.set(name, code);
  // Inflected adjectives in multi-word names: `den Vereinigten Staaten`.
  const words = name.split(' ');
  if (words.length > 1 && words[0]?.endsWith('e')) {
    index.set([words[0] + 'n', ...words.slice(1)].join(' '), code);
  }
}

/**
 * The region code of a country name as written in a text, allowing the German genitive
 * (`Kanadas`): `Kanada` → `CA`, `Vereinigten Staaten` → `US`.
 */
export function countryCode(text: string): string | undefined {
  const map = build();
  const direct = map.get(text);
  if (direct) return direct;
  if (text.length > 3 && text.endsWith('s')) return map.get(text.slice(0, -1));
  return undefined;
}

/** The display name of a region code in a language. */
export function countryName(code: string, language: 'de' | 'en'): string | undefined {
  build();
  return names[language].get(code);
}

/** Every country name of a language, in code order. */
export function allCountries(language: 'de' | 'en'): Country[] {
  build();
  return [...names[language]].map(([code, name]) => ({ code, name }));
}

/** Longest number of words in a country name, to bound the search for multi-word names. */
export const MAX_COUNTRY_WORDS = 4;
