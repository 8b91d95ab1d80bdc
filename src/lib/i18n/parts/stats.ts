/**
 * UI strings of one feature, kept apart so features can grow without touching one shared file.
 * German is the source; the English type forces the same keys (placeholders: catalogue.test.ts).
 */
export const statsDe = {} as const;

export const statsEn: Record<keyof typeof statsDe, string> = {};
