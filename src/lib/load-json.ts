import { error, isHttpError } from '@sveltejs/kit';
import * as v from 'valibot';

/**
 * Fetches bundled JSON and validates it. A missing file, the HTML fallback page served in its
 * place, or a failed request while offline all mean "not on this device": a 404 page.
 */
export async function loadJson<const Schema extends v.GenericSchema>(
  fetch: typeof globalThis.fetch,
  url: string,
  schema: Schema
): Promise<v.InferOutput<Schema>> {
  const notFound = () => error(404, { message: `Could not load ${url}`, reason: 'not-found' });
  let body: unknown;
  try {
    const response = await fetch(url);
    if (!response.ok) notFound();
    body = JSON.parse(await response.text());
  } catch (cause) {
    if (isHttpError(cause)) throw cause;
    notFound();
  }
  const parsed = v.safeParse(schema, body);
  if (!parsed.success) error(500, { message: `Invalid data in ${url}`, reason: 'unknown' });
  return parsed.output;
}
