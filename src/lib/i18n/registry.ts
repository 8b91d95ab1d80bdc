import { coreDe } from './de';
import { coreEn } from './en';

export type Catalogue = Record<string, string>;

/** The strings known so far, per language: the shell's, plus every feature part loaded. */
export const catalogues: { de: Catalogue; en: Catalogue } = {
  de: { ...coreDe },
  en: { ...coreEn }
};

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
