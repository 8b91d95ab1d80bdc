/**
 * Which model files a language needs and how they become `LanguageModels`. Decoding is pure
 * (bytes in, models out), so the Web Worker (which fetches the files from the precache), the CLI
 * and the tests (which read them from disk) share it.
 */
import { decodeEntityRecogniser } from './ner/recogniser';
import { decodeParser } from './parser/parser';
import { decodeLexicon } from './lexicon/lexicon';
import { decodeTagger } from './tagger/tagger';
import { decodeGlossary } from './glossary/glossary';
import { decodeThesaurus } from './thesaurus/thesaurus';
import type { Language, LanguageModels } from './types';

/** Model files per language, as served under `/models/<language>/<name>.bin`. */
export const MODEL_FILES: Record<Language, readonly string[]> = {
  de: ['lexicon', 'tagger', 'parser', 'ner', 'thesaurus'],
  en: ['tagger', 'parser', 'ner', 'glossary']
};

export const modelPath = (language: Language, name: string) => `models/${language}/${name}.bin`;

/** Decodes one language's model files; throws naming the file that is missing or damaged. */
export function decodeLanguageModels(
  language: Language,
  files: Readonly<Record<string, Uint8Array>>
): LanguageModels {
  const need = (name: string) => {
    const bytes = files[name];
    if (!bytes) throw new Error(`missing model file ${modelPath(language, name)}`);
    return bytes;
  };
  const named = <T>(name: string, decode: () => T): T => {
    try {
      return decode();
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(`cannot read ${modelPath(language, name)}: ${reason}`);
    }
  };
  const lexicon =
    language === 'de' ? named('lexicon', () => decodeLexicon(need('lexicon'))) : undefined;
  const models: LanguageModels = {
    language,
    tagger: named('tagger', () => decodeTagger(need('tagger'), lexicon)),
    parser: named('parser', () => decodeParser(need('parser'))),
    entities: named('ner', () => decodeEntityRecogniser(need('ner')))
  };
  if (lexicon) models.lexicon = lexicon;
  if (language === 'de')
    models.thesaurus = named('thesaurus', () => decodeThesaurus(need('thesaurus')));
  if (language === 'en')
    models.glossary = named('glossary', () => decodeGlossary(need('glossary')));
  return models;
}
