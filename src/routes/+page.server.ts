import { libraryData } from '$lib/server/library';

// Runs at build time only (the page is prerendered): the library's data is in the page and in
// its `__data.json`, validated when the build read the bundled sets, so the first page's
// JavaScript carries neither the fetch nor the schema for it (issue 11 point 12).
export function load() {
  return libraryData();
}
