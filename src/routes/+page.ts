import { LibraryDataSchema } from '$lib/articles';
import { loadJson } from '$lib/load-json';

export async function load({ fetch }) {
  return loadJson(fetch, '/data/library.json', LibraryDataSchema);
}
