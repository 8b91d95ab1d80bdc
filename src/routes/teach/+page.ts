import { LibraryDataSchema } from '$lib/articles';
import { loadJson } from '$lib/load-json';

/** The bundled sets are known at build time; own sets and curations are added in the browser. */
export async function load({ fetch }) {
  return loadJson(fetch, '/data/library.json', LibraryDataSchema);
}
