import type { QuizSet } from '$lib/core/quizset/schema';

/** What the page asks the generator worker to do. */
export interface GenerateRequest {
  text: string;
  id: string;
  title?: string;
  language?: 'de' | 'en';
}

/** What the worker reports back: progress (0–1) any number of times, then a set or an error. */
export type GenerateReply =
  | { type: 'progress'; fraction: number }
  | { type: 'done'; set: QuizSet }
  | { type: 'error'; message: string };
