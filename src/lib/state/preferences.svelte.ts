import { DEFAULT_LOCALE, i18n, isLocale, type Locale } from '$lib/i18n/index.svelte';

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/**
 * Storage keys shared with the inline script in `src/app.html`, which applies them before the
 * first paint so that a reload never flashes the wrong theme or language.
 */
export const PREFERENCE_KEYS = { locale: 'lesequiz.locale', theme: 'lesequiz.theme' } as const;

/** The subset of `Storage` that preferences need; tests pass a Map-backed fake. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

function isTheme(value: unknown): value is Theme {
  return typeof value === 'string' && (THEMES as readonly string[]).includes(value);
}

/**
 * Interface language and colour theme. They live in localStorage rather than IndexedDB because
 * they must be read synchronously before the first paint.
 */
export class Preferences {
  theme = $state<Theme>('system');

  constructor(
    private readonly store: KeyValueStore | null,
    private readonly root: HTMLElement | null
  ) {}

  get locale(): Locale {
    return i18n.locale;
  }

  /**
   * Reads the stored choices; broken or foreign values fall back to the defaults. Resolves once
   * the chosen language's strings are loaded (English is fetched on first use).
   */
  async load(): Promise<void> {
    const storedLocale = this.read(PREFERENCE_KEYS.locale);
    const storedTheme = this.read(PREFERENCE_KEYS.theme);
    this.applyTheme(isTheme(storedTheme) ? storedTheme : 'system');
    await this.applyLocale(isLocale(storedLocale) ? storedLocale : DEFAULT_LOCALE);
  }

  async setLocale(locale: Locale): Promise<void> {
    this.write(PREFERENCE_KEYS.locale, locale);
    await this.applyLocale(locale);
  }

  setTheme(theme: Theme): void {
    this.applyTheme(theme);
    this.write(PREFERENCE_KEYS.theme, theme);
  }

  private async applyLocale(locale: Locale): Promise<void> {
    await i18n.use(locale);
    if (this.root) this.root.lang = locale;
  }

  private applyTheme(theme: Theme): void {
    this.theme = theme;
    if (!this.root) return;
    if (theme === 'system') delete this.root.dataset.theme;
    else this.root.dataset.theme = theme;
  }

  private read(key: string): string | null {
    try {
      return this.store?.getItem(key) ?? null;
    } catch {
      return null; // storage disabled (privacy mode, sandboxed frame): defaults still work
    }
  }

  private write(key: string, value: string): void {
    try {
      this.store?.setItem(key, value);
    } catch {
      // Quota or privacy mode: the choice still applies to this visit.
    }
  }
}

function browserStore(): KeyValueStore | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export const preferences = new Preferences(
  browserStore(),
  typeof document === 'undefined' ? null : document.documentElement
);
