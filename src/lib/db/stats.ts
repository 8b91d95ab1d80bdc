import { inTransaction } from './open';
import type { AnswerRecord, CardRecord, ReviewRecord } from './records';
import type { LesequizDb } from './schema';

/** What the statistics page reads, taken at one moment. */
export type StatsSnapshot = {
  /** Quiz answers given between `fromMs` and `toMs` (inclusive), oldest first. */
  answers: AnswerRecord[];
  /** Card reviews between `fromMs` and `toMs` (inclusive), oldest first. */
  reviews: ReviewRecord[];
  /** Every stored card (a card is stored from its first review on). */
  cards: CardRecord[];
  /** Whether anything was ever answered or reviewed, at any time. */
  everStudied: boolean;
};

/**
 * Reads the statistics' input in ONE read-only transaction, so the charts never mix a review with
 * the card state from before it. Older log entries are only counted, never loaded, so the page
 * can tell "nothing studied yet" from "nothing studied lately".
 */
export async function readStatsSnapshot(
  db: LesequizDb,
  fromMs: number,
  toMs: number
): Promise<StatsSnapshot> {
  return inTransaction(db, ['answers', 'reviews', 'cards'], 'readonly', async (tx) => {
    const range = IDBKeyRange.bound(fromMs, toMs);
    const [answers, reviews, cards, answerCount, reviewCount] = await Promise.all([
      tx.objectStore('answers').index('byAnsweredAtMs').getAll(range),
      tx.objectStore('reviews').index('byReviewedAtMs').getAll(range),
      tx.objectStore('cards').getAll(),
      tx.objectStore('answers').count(),
      tx.objectStore('reviews').count()
    ]);
    return {
      answers,
      reviews,
      cards,
      everStudied: answerCount > 0 || reviewCount > 0 || cards.length > 0
    };
  });
}
