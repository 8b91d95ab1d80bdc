import type { Question } from '../quizset/schema';
import type { ResultResponse } from './submission';

/** Question types whose responses are text a teacher can accept as an alternative answer. */
const ACCEPTING_TYPES = new Set<Question['type']>(['multiple-choice', 'cloze', 'short-answer']);

/** Whether "accept this answer" applies: a text response to a question graded by text. */
export function canAccept(question: Question, response: ResultResponse | undefined): boolean {
  return (
    ACCEPTING_TYPES.has(question.type) && typeof response === 'string' && response.trim() !== ''
  );
}

/**
 * The teacher's key with `response` accepted for question `questionId`: added to the question's
 * `accept` alternatives, which grading reads, so every submission is regraded from the new key.
 * Returns the key unchanged where nothing applies. Pure: a new array, the old one untouched.
 *
 * @example acceptResponse(record.key, 'q3', 'Kanada') // → key with q3.accept = [..., 'Kanada']
 */
export function acceptResponse(
  key: readonly Question[],
  questionId: string,
  response: ResultResponse | undefined
): Question[] {
  return key.map((question) => {
    if (question.id !== questionId || !canAccept(question, response)) return question;
    const text = (response as string).trim();
    const accept = question.accept ?? [];
    if (accept.includes(text)) return question;
    return { ...question, accept: [...accept, text] };
  });
}
