/**
 * Loads the committed model files from `static/models/` for Node (CLI, tests, benchmarks).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { decodeLanguageModels, MODEL_FILES, modelPath } from '../src/lib/core/nlp/models';
import type { Language, LanguageModels } from '../src/lib/core/nlp/types';

const staticDir = fileURLToPath(new URL('../static/', import.meta.url));
const cache = new Map<Language, LanguageModels>();

/** The raw bytes of one language's model files. */
export function readModelFiles(language: Language): Record<string, Uint8Array> {
  const files: Record<string, Uint8Array> = {};
  for (const name of MODEL_FILES[language])
    files[name] = new Uint8Array(readFileSync(staticDir + modelPath(language, name)));
  return files;
}

/** Decoded models, loaded once per process. */
export function loadModels(language: Language): LanguageModels {
  let models = cache.get(language);
  if (!models) {
    models = decodeLanguageModels(language, readModelFiles(language));
    cache.set(language, models);
  }
  return models;
}

/** Both languages' models, as `generateQuestionSet` takes them; each language is loaded on
 * first use, so a German-only run never reads the English files. */
export const allModels = (): { readonly de: LanguageModels; readonly en: LanguageModels } => ({
  get de() {
    return loadModels('de');
  },
  get en() {
    return loadModels('en');
  }
});
