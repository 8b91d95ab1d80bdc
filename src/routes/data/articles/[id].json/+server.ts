import { error, json } from '@sveltejs/kit';
import { bundledArticles } from '$lib/server/bundled';

export const prerender = true;

export function entries() {
  return bundledArticles.map(({ id }) => ({ id }));
}

export function GET({ params }) {
  const article = bundledArticles.find(({ id }) => id === params.id);
  if (!article) error(404, { message: 'Article not found', reason: 'not-found' });
  return json(article);
}
