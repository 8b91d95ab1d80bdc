import { registerMessages } from '../registry';

/**
 * UI strings of one feature. They load with the feature's code: a component using these keys
 * imports this file (registration happens on import). German is the source; the English type
 * forces the same keys (placeholders: catalogue.test.ts).
 */
export const cardsDe = {} as const;

export const cardsEn: Record<keyof typeof cardsDe, string> = {};

registerMessages(cardsDe, cardsEn);
