import { error, json } from '@sveltejs/kit';
import { bundledSets } from '$lib/server/bundled';

// Prerendered, so the service worker precaches every bundled question set for offline study.
export const prerender = true;

export function entries() {
  return [...bundledSets.keys()].map((id) => ({ id }));
}

export function GET({ params }) {
  const set = bundledSets.get(params.id);
  if (!set) error(404, { message: 'Question set not found', reason: 'not-found' });
  return json(set);
}
