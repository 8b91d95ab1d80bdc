import type { Locale } from './index.svelte';
import { coreDe } from './de';

export type Catalogue = Record<string, string>;

/**
 * The strings known so far, per language: the shell's, plus every feature part loaded. German
 * is the default and ships with the first page; the shell's English strings load only when a
 * learner chooses English (`loadLocale`), since most never do.
 */
export const catalogues: { de: Catalogue; en: Catalogue } = { de: { ...coreDe }, en: {} };

let englishShell: Promise<void> | null = null;

/** Makes every loaded string of `locale` available; resolves once they are. */
export function loadLocale(locale: Locale): Promise<void> {
  if (locale === 'de') return Promise.resolve();
  englishShell ??= import('./en').then(({ coreEn }) => {
    Object.assign(catalogues.en, coreEn);
  });
  return englishShell;
}

/**
 * Adds one feature's strings. Each `parts/*.ts` calls this when it is first imported, so a
 * feature's strings arrive with its code instead of weighing on the first page. Components
 * import the part whose keys they use (checked by `catalogue.test.ts`).
 */
export function registerMessages<Key extends string>(
  de: Readonly<Record<Key, string>>,
  en: Readonly<Record<Key, string>>
): void {
  Object.assign(catalogues.de, de);
  Object.assign(catalogues.en, en);
}
