import * as v from 'valibot';
import { parseQuizSet, type QuizSet } from '$lib/core/quizset/schema';
import { toStorageError } from './errors';
import { inTransaction } from './open';
import { OwnSetRecordSchema, type CardRecord, type OwnSetRecord } from './records';
import type { LesequizDb } from './schema';

/**
 * Saves an own question set (new or replacing one with the same id). The set is validated
 * first; an invalid one is refused with the schema's reasons and nothing is written.
 */
export async function saveOwnSet(
  db: LesequizDb,
  quizSet: QuizSet,
  nowMs: number
): Promise<{ ok: true; record: OwnSetRecord } | { ok: false; issues: string[] }> {
  const parsed = parseQuizSet(quizSet);
  if (!parsed.ok) return parsed;
  return inTransaction(db, ['sets'], 'readwrite', async (tx) => {
    const existing = await tx.objectStore('sets').get(parsed.set.id);
    const record: OwnSetRecord = {
      id: parsed.set.id,
      source: 'own',
      quizSet: parsed.set,
      createdAtMs: existing?.createdAtMs ?? nowMs,
      updatedAtMs: nowMs
    };
    await tx.objectStore('sets').put(record);
    return { ok: true as const, record };
  });
}

/** Reads back a stored record, validating it: storage is a boundary too. */
function validRecord(stored: unknown): OwnSetRecord | undefined {
  const result = v.safeParse(OwnSetRecordSchema, stored);
  return result.success ? result.output : undefined;
}

/** One own set, or `undefined` if it does not exist or no longer validates. */
export async function getOwnSet(db: LesequizDb, id: string): Promise<OwnSetRecord | undefined> {
  try {
    return validRecord(await db.get('sets', id));
  } catch (error) {
    throw toStorageError(error);
  }
}

/** All own sets that validate, most recently changed first. */
export async function listOwnSets(db: LesequizDb): Promise<OwnSetRecord[]> {
  try {
    const stored = await db.getAllFromIndex('sets', 'byUpdatedAtMs');
    return stored
      .reverse()
      .map(validRecord)
      .filter((record) => record !== undefined);
  } catch (error) {
    throw toStorageError(error);
  }
}

/** Renames an own set; returns the updated record, or `undefined` if there is no such set. */
export async function renameOwnSet(
  db: LesequizDb,
  id: string,
  title: string,
  nowMs: number
): Promise<OwnSetRecord | undefined> {
  const trimmed = title.trim();
  if (trimmed.length === 0) throw new RangeError('A set needs a title.');
  return inTransaction(db, ['sets'], 'readwrite', async (tx) => {
    const existing = validRecord(await tx.objectStore('sets').get(id));
    if (!existing) return undefined;
    const record: OwnSetRecord = {
      ...existing,
      quizSet: { ...existing.quizSet, title: trimmed.slice(0, 300) },
      updatedAtMs: nowMs
    };
    await tx.objectStore('sets').put(record);
    return record;
  });
}

/** What `deleteOwnSet` removed, to hand back to `restoreDeletedSet` for undo. */
export type DeletedSet = { set: OwnSetRecord; cards: CardRecord[] };

/**
 * Deletes an own set and its cards (so they leave the due queue) in one transaction. The answer
 * and review logs stay: they are history, and statistics still count them. Returns what was
 * removed so the UI can offer undo, or `undefined` if there was no such set.
 */
export async function deleteOwnSet(db: LesequizDb, id: string): Promise<DeletedSet | undefined> {
  return inTransaction(db, ['sets', 'cards'], 'readwrite', async (tx) => {
    const set = await tx.objectStore('sets').get(id);
    if (!set) return undefined;
    const cards = await tx.objectStore('cards').index('bySetId').getAll(id);
    await Promise.all([
      tx.objectStore('sets').delete(id),
      ...cards.map((card) => tx.objectStore('cards').delete(card.cardId))
    ]);
    return { set, cards };
  });
}

/** Undoes `deleteOwnSet`: puts the set and its cards back as they were. */
export async function restoreDeletedSet(db: LesequizDb, deleted: DeletedSet): Promise<void> {
  await inTransaction(db, ['sets', 'cards'], 'readwrite', async (tx) => {
    await Promise.all([
      tx.objectStore('sets').put(deleted.set),
      ...deleted.cards.map((card) => tx.objectStore('cards').put(card))
    ]);
  });
}
