import type { Question } from '../quizset/schema';

const NAME_CHARS = 60;

/**
 * Readable names for questions in a quiz format (Moodle's question bank lists them by name):
 * the prompt's beginning, a gap shown as `…`, cut at a word. Two questions that begin alike get
 * ` (2)`, ` (3)`, … so every name is unique.
 *
 * @example questionNames([{ prompt: 'Die Äußerungen von ____ kommen aus Peking.' , … }])
 * // → ['Die Äußerungen von … kommen aus Peking.']
 */
export function questionNames(questions: readonly Pick<Question, 'prompt'>[]): string[] {
  const used = new Map<string, number>();
  return questions.map((q) => {
    const base = beginning(q.prompt);
    const count = (used.get(base) ?? 0) + 1;
    used.set(base, count);
    return count === 1 ? base : `${base} (${count})`;
  });
}

function beginning(prompt: string): string {
  const text = prompt.replace(/_{2,}/gu, '…').replace(/\s+/gu, ' ').trim();
  if (text.length <= NAME_CHARS) return text;
  const cut = text.slice(0, NAME_CHARS);
  const space = cut.lastIndexOf(' ');
  return `${(space > NAME_CHARS / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/u, '')}…`;
}

/** Quiz formats hold quiz questions; a flashcard is no question to grade (see the TSV). */
export function quizQuestionsOf<Q extends Pick<Question, 'type'>>(questions: readonly Q[]): Q[] {
  return questions.filter((q) => q.type !== 'flashcard');
}
