import { ArticleDataSchema } from '$lib/articles';
import { loadJson } from '$lib/load-json';

export async function load({ fetch, params }) {
  const article = await loadJson(
    fetch,
    `/data/articles/${encodeURIComponent(params.id)}.json`,
    ArticleDataSchema
  );
  return { article };
}
