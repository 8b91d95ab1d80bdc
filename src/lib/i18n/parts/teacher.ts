import { registerMessages } from '../registry';

/**
 * UI strings of one feature. They load with the feature's code: a component using these keys
 * imports this file (registration happens on import). German is the source; the English type
 * forces the same keys (placeholders: catalogue.test.ts).
 */
export const teacherDe = {} as const;

export const teacherEn: Record<keyof typeof teacherDe, string> = {};

registerMessages(teacherDe, teacherEn);
