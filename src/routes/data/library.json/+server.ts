import { json } from '@sveltejs/kit';
import { bundledArticles, summaryOf } from '$lib/server/bundled';

export const prerender = true;

export function GET() {
  return json({ articles: bundledArticles.map(summaryOf) });
}
