import { bundledSets } from '$lib/server/bundled';

// Bundled sets are prerendered (and so work offline); own sets (`own-…`) are not known at build
// time and are rendered by the SPA fallback page in the browser. No server `load` on purpose.
export function entries() {
  return [...bundledSets.keys()].map((id) => ({ id }));
}
