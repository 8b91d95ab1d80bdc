/**
 * Fetches one language's model files in the Web Worker (from the service worker's precache when
 * offline) and decodes them, reporting progress as bytes arrive so the bar moves from the start.
 */
import { decodeLanguageModels, MODEL_FILES, modelPath } from '$lib/core/nlp/models';
import type { Language, LanguageModels } from '$lib/core/nlp/types';

async function fetchBytes(url: string, onBytes: (n: number) => void): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`could not load ${url} (HTTP ${response.status})`);
  if (!response.body) {
    const buffer = new Uint8Array(await response.arrayBuffer());
    onBytes(buffer.length);
    return buffer;
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    length += value.length;
    onBytes(value.length);
  }
  const out = new Uint8Array(length);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.length;
  }
  return out;
}

/** Rough sizes for the progress bar before the real ones are known (bytes per file). */
const EXPECTED_BYTES = 900_000;

/**
 * @param origin where the app is served (`self.location.origin`), so a worker under
 * `/_app/immutable/workers/` still finds `/models/…`.
 */
export async function fetchModels(
  language: Language,
  origin: string,
  onProgress: (fraction: number) => void
): Promise<LanguageModels> {
  const names = MODEL_FILES[language];
  const expected = names.length * EXPECTED_BYTES;
  let received = 0;
  const files: Record<string, Uint8Array> = {};
  for (const name of names) {
    files[name] = await fetchBytes(`${origin}/${modelPath(language, name)}`, (n) => {
      received += n;
      onProgress(Math.min(0.95, received / expected));
    });
  }
  const models = decodeLanguageModels(language, files);
  onProgress(1);
  return models;
}
