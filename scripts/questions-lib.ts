/** Shared by `npm run questions` and the test that fails when a committed set is stale. */
import { generateQuestionSet } from '../src/lib/core/quizgen/index';
import { formatJson } from './quizgen-io';
import { allModels } from './nlp-models';

const models = allModels();

interface CatalogEntry {
  id: string;
  file: string;
  title: string;
  language?: 'de' | 'en';
}

/** Every `*.txt` in the questions folder with its freshly generated, formatted set. */
export async function bundledSets(
  dir: string,
  list: (dir: string) => string[],
  read: (file: string, encoding: 'utf8') => string
): Promise<{ txtFile: string; jsonFile: string; json: string }[]> {
  const catalog = JSON.parse(read(dir + 'catalog.json', 'utf8')) as { articles: CatalogEntry[] };
  const out = [];
  for (const txtFile of list(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    const entry = catalog.articles.find((a) => a.file === txtFile);
    const jsonFile = txtFile.replace(/\.txt$/u, '.json');
    const set = generateQuestionSet(read(dir + txtFile, 'utf8'), {
      models,
      id: entry?.id ?? txtFile.replace(/\.txt$/u, '').replace(/[^A-Za-z0-9_-]+/gu, '-'),
      ...(entry?.title ? { title: entry.title } : {}),
      ...(entry?.language ? { language: entry.language } : {})
    });
    out.push({ txtFile, jsonFile, json: await formatJson(set, dir + jsonFile) });
  }
  return out;
}
