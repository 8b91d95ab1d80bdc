import type { Curation, CurationParseResult } from '$lib/core/curation/schema';
import { toStorageError } from './errors';
import { inTransaction } from './open';
import type { LesequizDb } from './schema';

/**
 * A teacher's curation of a set lives in the `curations` store under its `setId` (until schema
 * version 2, in the settings store under `curation/<setId>`); a backup carries it.
 */

/**
 * The curation schema is loaded when first needed: every page loads this module (through the
 * db barrel), but only the teacher's pages and a quiz read curations.
 */
const curationSchema = () => import('$lib/core/curation/schema');

/**
 * The stored curation of a set, validated; a set never curated gives an empty curation. A stored
 * value that does not validate is reported, not replaced: the teacher decides to discard it.
 */
export async function getCuration(db: LesequizDb, setId: string): Promise<CurationParseResult> {
  const { emptyCuration, parseCuration } = await curationSchema();
  let stored;
  try {
    stored = await db.get('curations', setId);
  } catch (error) {
    throw toStorageError(error);
  }
  if (!stored) return { ok: true, curation: emptyCuration(setId) };
  // The store is keyed by `setId`, so a stored curation always names the set it belongs to.
  return parseCuration(stored);
}

/** Stores a curation after validating it; an invalid one is refused and nothing is written. */
export async function saveCuration(
  db: LesequizDb,
  curation: Curation
): Promise<CurationParseResult> {
  const { parseCuration } = await curationSchema();
  const parsed = parseCuration(curation);
  if (!parsed.ok) return parsed;
  // Through JSON: the stored value must be plain data (no proxies, no undefined members).
  const value = JSON.parse(JSON.stringify(parsed.curation)) as Curation;
  await inTransaction(db, ['curations'], 'readwrite', async (tx) => {
    await tx.objectStore('curations').put(value);
  });
  return parsed;
}

/** Forgets a set's curation: the set is back to what the generator made. */
export async function resetCuration(db: LesequizDb, setId: string): Promise<void> {
  await inTransaction(db, ['curations'], 'readwrite', async (tx) => {
    await tx.objectStore('curations').delete(setId);
  });
}
