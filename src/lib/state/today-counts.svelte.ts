import type { StudyCounts } from '$lib/study/review-queue';

/**
 * Today's counts per set, shared on the library page: "Weiterlernen" computes them once for all
 * sets (`loadTodayCounts`) and each set's card shows its own, so the two never disagree. `null`
 * while they are being counted (or could not be).
 */
class TodayCountsBySet {
  current = $state.raw<ReadonlyMap<string, StudyCounts> | null>(null);
}

export const todayCountsBySet = new TodayCountsBySet();
