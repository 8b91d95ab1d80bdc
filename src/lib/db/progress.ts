import { setProgress, type SetProgress } from '$lib/core/quiz/progress';
import { toStorageError } from './errors';
import type { LesequizDb } from './schema';

/** One set's quiz progress for the library, read through the answers' `bySetId` index. */
export async function progressOfSet(db: LesequizDb, setId: string): Promise<SetProgress> {
  try {
    return setProgress(await db.getAllFromIndex('answers', 'bySetId', setId));
  } catch (error) {
    throw toStorageError(error);
  }
}
