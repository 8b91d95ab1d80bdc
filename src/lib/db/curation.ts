import type { Curation, CurationParseResult } from '$lib/core/curation/schema';
import { toStorageError } from './errors';
import type { LesequizDb } from './schema';
import { deleteSetting, putSetting } from './settings';

/**
 * A teacher's curation of a set lives in the settings store under `curation/<setId>`, so a backup
 * carries it and restores it like any other setting.
 */
export function curationKey(setId: string): string {
  return `curation/${setId}`;
}

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
    stored = await db.get('settings', curationKey(setId));
  } catch (error) {
    throw toStorageError(error);
  }
  if (!stored) return { ok: true, curation: emptyCuration(setId) };
  const parsed = parseCuration(stored.value);
  if (parsed.ok && parsed.curation.setId !== setId) {
    return {
      ok: false,
      issues: [`setId: stored under ${setId} but names ${parsed.curation.setId}`]
    };
  }
  return parsed;
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
  await putSetting(
    db,
    curationKey(parsed.curation.setId),
    JSON.parse(JSON.stringify(parsed.curation))
  );
  return parsed;
}

/** Forgets a set's curation: the set is back to what the generator made. */
export async function resetCuration(db: LesequizDb, setId: string): Promise<void> {
  await deleteSetting(db, curationKey(setId));
}
