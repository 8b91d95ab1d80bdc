import type { QuizQuestion } from './compose';

/** How a verdict came about when not by grading: "Weiß ich nicht" or "Ich lag richtig". */
export type AnswerHow = 'dont-know' | 'override';

/** One stored answer, as the summary needs it. */
export type GivenAnswer = {
  questionId: string;
  response: unknown;
  correct: boolean;
  /** "Weiß ich nicht" (`dont-know`) or "Ich lag richtig" (`override`), when not graded. */
  how?: AnswerHow;
};

export type QuizSummary = {
  total: number;
  answered: number;
  correct: number;
  /** Whole percent of all questions, 0 when there are none. */
  percent: number;
  /** Questions answered wrongly, in quiz order, with the learner's response. */
  mistakes: { question: QuizQuestion; response: unknown; gaveUp: boolean }[];
  /** Questions not answered (an attempt left early). */
  unanswered: QuizQuestion[];
};

/**
 * The result of a quiz from its answer log. The LAST answer to a question counts (the log is
 * append-only, so an answer given again after a reload follows the first one).
 */
export function summarizeQuiz(
  questions: readonly QuizQuestion[],
  answers: readonly GivenAnswer[]
): QuizSummary {
  const latest = new Map<string, GivenAnswer>();
  for (const answer of answers) latest.set(answer.questionId, answer);
  const mistakes: QuizSummary['mistakes'] = [];
  const unanswered: QuizQuestion[] = [];
  let correct = 0;
  for (const question of questions) {
    const answer = latest.get(question.id);
    if (!answer) unanswered.push(question);
    else if (answer.correct) correct++;
    else mistakes.push({ question, response: answer.response, gaveUp: answer.how === 'dont-know' });
  }
  const total = questions.length;
  return {
    total,
    answered: total - unanswered.length,
    correct,
    percent: total === 0 ? 0 : Math.round((correct / total) * 100),
    mistakes,
    unanswered
  };
}
