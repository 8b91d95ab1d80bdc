import type { MessageKey } from './de';
import { formatInteger, formatMessage } from './format';
import { catalogues, loadLocale } from './registry';

export const LOCALES = ['de', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'de';

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

  /** Switches the UI language once its strings are loaded (English loads on first use). */
  async use(locale: Locale): Promise<void> {
    await loadLocale(locale);
    this.locale = locale;
  }

  t = (key: MessageKey, params?: Record<string, string | number>): string => {
    const text = catalogues[this.locale][key];
    if (text === undefined) {
      // A component used a feature's key without importing its part: say so loudly (the
      // browser tests fail on console errors) and show the key rather than nothing.
      console.error(`Missing UI string "${key}": import its part from $lib/i18n/parts.`);
      return key;
    }
    return formatMessage(text, params);
  };

  /**
   * Numbers in the UI language's format (`1.234` in German, `1,234` in English); whole numbers
   * without `Intl`, whose first use costs a page's start tens of milliseconds (`formatInteger`).
   */
  number = (value: number): string => formatInteger(value, this.locale);
}

export const i18n = new I18n();
export const t = i18n.t;
export type { MessageKey };
