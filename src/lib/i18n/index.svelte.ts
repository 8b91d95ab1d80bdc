import { de, type MessageKey } from './de';
import { en } from './en';
import { formatMessage } from './format';

export const LOCALES = ['de', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'de';

const catalogues: Record<Locale, Record<MessageKey, string>> = { de, en };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * The one i18n layer: every UI string goes through `t`. The locale is reactive, so switching it
 * re-renders every string without a reload. Prerendered pages are German; the stored choice is
 * applied right after hydration (see the root layout).
 */
class I18n {
  locale = $state<Locale>(DEFAULT_LOCALE);

  t = (key: MessageKey, params?: Record<string, string | number>): string =>
    formatMessage(catalogues[this.locale][key], params);

  /** Numbers in the UI language's format (`1.234` in German, `1,234` in English). */
  number = (value: number): string => new Intl.NumberFormat(this.locale).format(value);
}

export const i18n = new I18n();
export const t = i18n.t;
export type { MessageKey };
