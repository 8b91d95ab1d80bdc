import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '$lib/i18n/index.svelte';
import { PREFERENCE_KEYS, Preferences, type KeyValueStore } from './preferences.svelte';

function memoryStore(
  initial: Record<string, string> = {}
): KeyValueStore & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value)
  };
}

afterEach(() => {
  i18n.locale = 'de';
});

describe('Preferences', () => {
  it('defaults to German and the system theme', async () => {
    const prefs = new Preferences(memoryStore(), null);
    await prefs.load();
    expect(prefs.locale).toBe('de');
    expect(prefs.theme).toBe('system');
  });

  it('restores stored choices and ignores foreign values', async () => {
    const good = new Preferences(
      memoryStore({ [PREFERENCE_KEYS.locale]: 'en', [PREFERENCE_KEYS.theme]: 'dark' }),
      null
    );
    await good.load();
    expect(good.locale).toBe('en');
    expect(good.theme).toBe('dark');

    const bad = new Preferences(
      memoryStore({ [PREFERENCE_KEYS.locale]: 'xx', [PREFERENCE_KEYS.theme]: '<script>' }),
      null
    );
    await bad.load();
    expect(bad.locale).toBe('de');
    expect(bad.theme).toBe('system');
  });

  it('remembers changes and switches every string', async () => {
    const store = memoryStore();
    const prefs = new Preferences(store, null);
    await prefs.setLocale('en');
    prefs.setTheme('light');
    expect(store.data.get(PREFERENCE_KEYS.locale)).toBe('en');
    expect(store.data.get(PREFERENCE_KEYS.theme)).toBe('light');
    expect(i18n.t('nav.library')).toBe('Library');
  });

  it('keeps working when storage throws', async () => {
    const throwing: KeyValueStore = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('quota');
      }
    };
    const prefs = new Preferences(throwing, null);
    await prefs.load();
    prefs.setTheme('dark');
    expect(prefs.theme).toBe('dark');
  });
});
