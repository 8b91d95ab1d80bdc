import { registerMessages } from '../registry';

/**
 * UI strings of one feature. They load with the feature's code: a component using these keys
 * imports this file (registration happens on import). German is the source; the English type
 * forces the same keys (placeholders: catalogue.test.ts).
 */
export const statsDe = {} as const;

export const statsEn: Record<keyof typeof statsDe, string> = {};

registerMessages(statsDe, statsEn);
