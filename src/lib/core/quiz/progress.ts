/** What the library shows of a set: how much is answered, how well, and what is due today. */
export type SetProgress = {
  /** Distinct questions answered at least once. */
  answered: number;
  /** Share (0–1) of those whose latest answer was right; `null` before any answer. */
  accuracy: number | null;
  /** The set's cards due before the next study day begins. */
  dueToday: number;
};

/**
 * Progress of one set from its answer log and card states. The latest answer to a question
 * counts, so a mistake corrected later no longer drags the accuracy down.
 */
export function setProgress(
  answers: readonly { questionId: string; correct: boolean; answeredAtMs: number }[],
  cards: readonly { dueMs: number; phase: string }[],
  nextDayStartMs: number
): SetProgress {
  const latest = new Map<string, { correct: boolean; answeredAtMs: number }>();
  for (const answer of answers) {
    const known = latest.get(answer.questionId);
    if (!known || answer.answeredAtMs >= known.answeredAtMs) latest.set(answer.questionId, answer);
  }
  const right = [...latest.values()].filter((answer) => answer.correct).length;
  return {
    answered: latest.size,
    accuracy: latest.size === 0 ? null : right / latest.size,
    dueToday: cards.filter((card) => card.phase !== 'new' && card.dueMs < nextDayStartMs).length
  };
}
