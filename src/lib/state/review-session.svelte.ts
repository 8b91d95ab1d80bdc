import {
  newCard,
  previewIntervals,
  type CardState,
  type IntervalPreview,
  type Rating,
  type SchedulerParams
} from '$lib/core/srs';
import {
  comesBackThisSession,
  countQueue,
  EMPTY_TALLY,
  type StudyCounts,
  type RatingTally,
  type ReviewItem
} from '$lib/study/review-queue';

/** Where ratings go: the app passes `recordReview` and `undoLastReview` on its database. */
export type ReviewStore = {
  record(input: {
    cardId: string;
    setId: string;
    rating: Rating;
    nowMs: number;
    schedulerParams: Partial<SchedulerParams>;
  }): Promise<{ state: CardState }>;
  undo(): Promise<{ cardId: string; restored: CardState | null } | undefined>;
};

/** A rating that could not be stored (kept so it can be retried), or an undo that failed. */
export type ReviewFailure =
  | { action: 'rate'; rating: Rating; error: unknown }
  /** `error` is `null` when there was nothing left to undo (the card was reviewed elsewhere). */
  | { action: 'undo'; error: unknown };

type Step = { item: ReviewItem; rating: Rating };

/**
 * One flashcard session: the queue, the card on top, flipping, rating and undo. The store and
 * the scheduler settings are injected and every action takes the clock, so tests drive it
 * without a browser. A rating leaves the queue only once it is stored: if storing fails, the
 * card stays up, flipped, and `failure` says why.
 */
export class ReviewSession {
  queue = $state.raw<ReviewItem[]>([]);
  flipped = $state(false);
  /** What each button would schedule, computed when the card is flipped. */
  previews = $state.raw<Record<Rating, IntervalPreview> | null>(null);
  tally = $state.raw<RatingTally>({ ...EMPTY_TALLY });
  busy = $state(false);
  failure = $state.raw<ReviewFailure | null>(null);
  #history = $state.raw<Step[]>([]);
  readonly #store: ReviewStore;
  readonly #params: Partial<SchedulerParams>;

  constructor(items: readonly ReviewItem[], store: ReviewStore, params: Partial<SchedulerParams>) {
    this.queue = [...items];
    this.#store = store;
    this.#params = params;
  }

  get current(): ReviewItem | undefined {
    return this.queue[0];
  }

  /** Ratings given in this session (a card rated twice counts twice). */
  get reviewed(): number {
    return this.tally.again + this.tally.hard + this.tally.good + this.tally.easy;
  }

  /** "Card x of y": cards coming back after Again join the total. */
  get position(): { current: number; total: number } {
    return { current: this.reviewed + 1, total: this.reviewed + this.queue.length };
  }

  /** What is left of this session as new / learning / due, the card on screen included. */
  get counts(): StudyCounts {
    return countQueue(this.queue);
  }

  get finished(): boolean {
    return this.queue.length === 0;
  }

  get canUndo(): boolean {
    return this.#history.length > 0;
  }

  flip(nowMs: number): void {
    const item = this.current;
    if (!item || this.flipped) return;
    this.previews = previewIntervals(
      item.state ?? newCard(item.card.cardId, nowMs),
      nowMs,
      this.#params
    );
    this.flipped = true;
  }

  /** Stores a rating of the flipped card; resolves to whether it was stored. */
  async rate(rating: Rating, nowMs: number): Promise<boolean> {
    const item = this.current;
    if (!item || !this.flipped || this.busy) return false;
    this.busy = true;
    this.failure = null;
    try {
      const { state } = await this.#store.record({
        cardId: item.card.cardId,
        setId: item.card.setId,
        rating,
        nowMs,
        schedulerParams: this.#params
      });
      const rest = this.queue.slice(1);
      this.queue = comesBackThisSession(state, nowMs)
        ? [...rest, { card: item.card, state }]
        : rest;
      this.tally = { ...this.tally, [rating]: this.tally[rating] + 1 };
      this.#history = [...this.#history, { item, rating }];
      this.flipped = false;
      this.previews = null;
      return true;
    } catch (error) {
      this.failure = { action: 'rate', rating, error };
      return false;
    } finally {
      this.busy = false;
    }
  }

  /** Takes back the last rating of this session and shows that card again, unflipped. */
  async undo(): Promise<boolean> {
    const last = this.#history.at(-1);
    if (!last || this.busy) return false;
    this.busy = true;
    this.failure = null;
    try {
      const undone = await this.#store.undo();
      if (!undone || undone.cardId !== last.item.card.cardId) {
        // The card was reviewed since (in a quiz in another tab, say): its newer state stands.
        this.#history = [];
        this.failure = { action: 'undo', error: null };
        return false;
      }
      const rest = this.queue.filter((item) => item.card.cardId !== last.item.card.cardId);
      this.queue = [{ card: last.item.card, state: undone.restored }, ...rest];
      this.tally = { ...this.tally, [last.rating]: this.tally[last.rating] - 1 };
      this.#history = this.#history.slice(0, -1);
      this.flipped = false;
      this.previews = null;
      return true;
    } catch (error) {
      this.failure = { action: 'undo', error };
      return false;
    } finally {
      this.busy = false;
    }
  }
}
