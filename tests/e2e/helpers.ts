import type { AddressInfo } from 'node:net';
import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import { createStaticServer } from '../../scripts/serve.mjs';

/** Every page of the app that is prerendered, with the heading a reader sees first. */
export const ROUTES = [
  { path: '/', heading: 'Bibliothek' },
  { path: '/sets/hikvision-kanada', heading: /Kanada ordnet das Aus für Hikvision an/ },
  { path: '/sets/hikvision-kanada/quiz', heading: /Kanada ordnet das Aus für Hikvision an/ },
  { path: '/new', heading: 'Artikel hinzufügen' },
  { path: '/stats', heading: 'Statistik' },
  { path: '/settings', heading: 'Einstellungen' },
  { path: '/review', heading: 'Weiterlernen' },
  { path: '/about', heading: 'Über Lesequiz' },
  { path: '/teach', heading: 'Unterrichten' },
  { path: '/teach/hikvision-kanada', heading: /Kanada ordnet das Aus für Hikvision an/ },
  { path: '/teach/hikvision-kanada/print', heading: /Kanada ordnet das Aus für Hikvision an/ },
  { path: '/assign/hikvision-kanada', heading: 'Aufgabe für die Klasse' },
  { path: '/assignments', heading: 'Deine Aufgaben' },
  { path: '/a', heading: 'Aufgabe öffnen' }
] as const;

/** A page that only the SPA fallback can render. */
export const FALLBACK_ROUTE = {
  path: '/sets/eigener-artikel-123',
  heading: 'Seite nicht gefunden'
};

export interface SiteServer {
  url: string;
  dir: string;
  /** Stops the server and drops open connections: the site is really gone, as when offline. */
  close(): Promise<void>;
}

/**
 * Serves a build on its own port. Tests that take the network away get their own server (and so
 * their own origin and service worker), so they never disturb each other.
 */
export async function startSiteServer(dir = 'build'): Promise<SiteServer> {
  const server = createStaticServer(dir);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    dir,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      })
  };
}

/** A private copy of the build that a test may change, as a new deployment would. */
export async function copyOfBuild(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'lesequiz-build-'));
  await cp('build', dir, { recursive: true });
  return dir;
}

/** Waits until the service worker has installed (precached everything) and is active. */
export async function waitForActiveServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    if (registration.active?.state === 'activated') return;
    await new Promise<void>((resolve) => {
      registration.active?.addEventListener('statechange', function listener(event) {
        if ((event.target as ServiceWorker).state === 'activated') {
          registration.active?.removeEventListener('statechange', listener);
          resolve();
        }
      });
    });
  });
}

/** Today's counts (new / learning / due) shown inside `scope`, as numbers, once they are there. */
export async function countsIn(scope: Locator) {
  const read = async (kind: string) =>
    Number(await scope.locator(`[data-count="${kind}"] strong`).textContent());
  await expect(scope.locator('[data-count="due"] strong')).toBeVisible({ timeout: 20_000 });
  return { new: await read('new'), learning: await read('learning'), due: await read('due') };
}

/**
 * `text` as it may appear in the reader: where the browser cannot hyphenate German, the reader
 * puts soft hyphens (U+00AD) into long words, so one may stand between any two letters.
 */
export function readerText(text: string, whole = false): RegExp {
  const body = [...text].map((char) => char.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\u00AD?');
  return new RegExp(whole ? `^\\s*${body}\\s*$` : body);
}

/**
 * Opens a prerendered page and waits until it is hydrated. Typing into a field with a default
 * before that can race hydration (CI once got the default and the typed title run together).
 */
export async function gotoHydrated(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page.locator('html[data-hydrated]')).toHaveCount(1);
}
