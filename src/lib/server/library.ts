import type { LibraryData } from '$lib/articles';
import { countsBeforeAnyStorage } from '$lib/study/due-today';
import { bundledArticles, bundledSets, summaryOf } from './bundled';

/**
 * What the library shows of the bundled articles, computed at build time: for the page itself
 * (`src/routes/+page.server.ts`, so the page loads no validation code) and for
 * `/data/library.json`, which every other page reads.
 */
export function libraryData(): LibraryData {
  return {
    articles: bundledArticles.map(summaryOf),
    // In the order the app loads the bundled sets (`loadAllQuizSets`): the catalog's.
    firstVisitCounts: countsBeforeAnyStorage([...bundledSets.values()])
  };
}
