import { json } from '@sveltejs/kit';
import { libraryData } from '$lib/server/library';

export const prerender = true;

export function GET() {
  return json(libraryData());
}
