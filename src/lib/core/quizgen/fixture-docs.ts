/**
 * For the regression tests of blind ratings (`rating*.test.ts`): the shipped models, an article of
 * `fixtures/unseen`, the document the generator builds of a text and every kind's candidates.
 * Node only (it reads the model files from disk); no part of the app imports it.
 */
import { readFileSync } from 'node:fs';
import { allModels } from '../../../../scripts/nlp-models';
import { analyse } from '../nlp/analyse';
import { buildDocument, type Doc } from './document';
import { KINDS } from './kinds';
import type { Candidate } from './kinds/types';
import { LANGUAGE_PACKS } from './languages';

export const models = allModels();

/** The text of an article of `fixtures/unseen` (`ai-de-1.txt`). */
export const fixture = (name: string): string =>
  readFileSync(new URL(`./fixtures/unseen/${name}`, import.meta.url), 'utf8');

/** The document of a text, analysed with the shipped models. */
export function docOf(text: string, language: 'de' | 'en'): Doc {
  const m = models[language];
  return buildDocument(
    analyse(text, language, m),
    m.lexicon,
    m.thesaurus,
    m.entities.names,
    m.glossary
  );
}

/** Every kind's candidates for a document (false twins of statements not included). */
export const candidatesOf = (doc: Doc): Candidate[] =>
  KINDS.flatMap((k) => k.propose({ doc, pack: LANGUAGE_PACKS[doc.language] }));

/** Every prompt of a text's candidates but gaps, false twins of statements included. */
export const promptsOf = (text: string, language: 'de' | 'en'): string[] =>
  candidatesOf(docOf(text, language))
    .filter((c) => c.type !== 'cloze')
    .flatMap((c) => [c.prompt, ...(c.twin ? [c.twin.prompt] : [])]);
