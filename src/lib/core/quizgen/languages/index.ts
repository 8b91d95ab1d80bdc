import type { Language } from '../../nlp/types';
import { german } from './de';
import { english } from './en';
import type { LanguagePack } from './types';

/** The language pack of each supported language. */
export const LANGUAGE_PACKS: Record<Language, LanguagePack> = { de: german, en: english };
