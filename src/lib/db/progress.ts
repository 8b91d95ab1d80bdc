import { setProgress, type SetProgress } from '$lib/core/quiz/progress';
import { toStorageError } from './errors';
import type { LesequizDb } from './schema';

/**
 * One set's progress for the library: its answers and cards, read through the `bySetId`
 * indexes in one read-only transaction.
 */
export async function progressOfSet(
  db: LesequizDb,
  setId: string,
  nextDayStartMs: number
): Promise<SetProgress> {
  try {
    const tx = db.transaction(['answers', 'cards'], 'readonly');
    const [answers, cards] = await Promise.all([
      tx.objectStore('answers').index('bySetId').getAll(setId),
      tx.objectStore('cards').index('bySetId').getAll(setId)
    ]);
    return setProgress(answers, cards, nextDayStartMs);
  } catch (error) {
    throw toStorageError(error);
  }
}
