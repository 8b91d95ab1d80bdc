/**
 * What the library shows of a set's quiz answers: how much is answered and how well. (Its cards
 * for today are counted once for all pages by `todayCounts` in `$lib/study/review-queue`.)
 */
export type SetProgress = {
  /** Distinct questions answered at least once. */
  answered: number;
  /** Share (0–1) of those whose latest answer was right; `null` before any answer. */
  accuracy: number | null;
};

/**
 * Progress of one set from its answer log. The latest answer to a question counts, so a mistake
 * corrected later no longer drags the accuracy down.
 */
export function setProgress(
  answers: readonly { questionId: string; correct: boolean; answeredAtMs: number }[]
): SetProgress {
  const latest = new Map<string, { correct: boolean; answeredAtMs: number }>();
  for (const answer of answers) {
    const known = latest.get(answer.questionId);
    if (!known || answer.answeredAtMs >= known.answeredAtMs) latest.set(answer.questionId, answer);
  }
  const right = [...latest.values()].filter((answer) => answer.correct).length;
  return {
    answered: latest.size,
    accuracy: latest.size === 0 ? null : right / latest.size
  };
}
