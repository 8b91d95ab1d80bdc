/**
 * UI strings of one feature, kept apart so features can grow without touching one shared file.
 * German is the source; the English type forces the same keys (placeholders: catalogue.test.ts).
 */
export const quizDe = {} as const;

export const quizEn: Record<keyof typeof quizDe, string> = {};
