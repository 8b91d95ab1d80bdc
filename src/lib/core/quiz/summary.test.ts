import { describe, expect, it } from 'vitest';
import type { QuizQuestion } from './compose';
import { summarizeQuiz } from './summary';

const question = (id: string): QuizQuestion => ({
  id,
  type: 'short-answer',
  prompt: `Frage ${id}?`,
  evidence: [0],
  answer: id
});

describe('summarizeQuiz', () => {
  const questions = ['a', 'b', 'c', 'd'].map(question);

  it('counts right, wrong and unanswered questions', () => {
    const summary = summarizeQuiz(questions, [
      { questionId: 'a', response: 'a', correct: true },
      { questionId: 'b', response: 'x', correct: false },
      { questionId: 'c', response: 'c', correct: true }
    ]);
    expect(summary).toMatchObject({ total: 4, answered: 3, correct: 2, percent: 50 });
    expect(summary.mistakes.map((m) => [m.question.id, m.response])).toEqual([['b', 'x']]);
    expect(summary.unanswered.map((q) => q.id)).toEqual(['d']);
  });

  it('lets the last answer to a question count', () => {
    const summary = summarizeQuiz(questions.slice(0, 1), [
      { questionId: 'a', response: 'x', correct: false },
      { questionId: 'a', response: 'a', correct: true }
    ]);
    expect(summary).toMatchObject({ correct: 1, percent: 100, mistakes: [] });
  });

  it('ignores answers to questions not in the quiz, and handles an empty quiz', () => {
    expect(summarizeQuiz([], [{ questionId: 'z', response: '', correct: true }])).toMatchObject({
      total: 0,
      percent: 0
    });
  });
});
