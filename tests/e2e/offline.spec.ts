// Proves that after one online visit every route loads, reloads and deep-links with the server
// gone, and that this is the service worker's doing: with workers blocked the same visit fails.
import { expect, test, type BrowserContext } from '@playwright/test';
import { BUNDLED } from './quiz-answers';
import {
  FALLBACK_ROUTE,
  ROUTES,
  startSiteServer,
  waitForActiveServiceWorker,
  type SiteServer
} from './helpers';

let site: SiteServer;

test.beforeEach(async () => {
  site = await startSiteServer();
});

test.afterEach(async () => {
  await site.close();
});

/** One online visit to the library, then the server stops and the context goes offline. */
async function visitOnceThenGoOffline(context: BrowserContext, waitForWorker: boolean) {
  const page = await context.newPage();
  await page.goto(`${site.url}/`);
  await expect(page.getByRole('heading', { level: 1, name: 'Bibliothek' })).toBeVisible();
  if (waitForWorker) await waitForActiveServiceWorker(page);
  await site.close();
  await context.setOffline(true);
  return page;
}

/** Loads, reloads and deep-links every route; throws on the first one that does not work. */
async function useEveryRouteOffline(context: BrowserContext) {
  for (const route of [...ROUTES, FALLBACK_ROUTE]) {
    // A fresh tab opening the URL directly: a deep link, not a client-side navigation.
    const page = await context.newPage();
    await page.goto(`${site.url}${route.path}`, { timeout: 5_000 });
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading).toHaveText(route.heading, { timeout: 5_000 });
    await page.reload({ timeout: 5_000 });
    await expect(heading).toHaveText(route.heading, { timeout: 5_000 });
    await page.close();
  }
}

test('every route works offline after one visit', async ({ browser }) => {
  // The precache now holds the language models (about 3 MB): installing takes longer.
  test.setTimeout(180_000);
  const context = await browser.newContext({ serviceWorkers: 'allow' });
  const page = await visitOnceThenGoOffline(context, true);

  await useEveryRouteOffline(context);

  // Client-side navigation offline: the article's data comes from the precache too.
  await page
    .getByRole('link', { name: /Kanada ordnet das Aus/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Kanada ordnet das Aus/);
  await expect(page.getByText('Melanie Joly', { exact: false }).first()).toBeVisible();

  // Back to the library, client-side, in a tab the worker controls: the library's data
  // (`/__data.json?x-sveltekit-…`, its prerendered server load's) comes from the precache
  // despite the query.
  const reader = await context.newPage();
  await reader.goto(`${site.url}/sets/hikvision-kanada`, { timeout: 5_000 });
  await expect(reader.locator('html[data-hydrated]')).toHaveCount(1);
  await reader.getByRole('link', { name: 'Lesequiz' }).first().click();
  await expect(reader.getByRole('heading', { level: 1, name: 'Bibliothek' })).toBeVisible();
  await expect(reader.getByRole('link', { name: /Kanada ordnet das Aus/ }).first()).toBeVisible();

  // Every bundled question set is in the precache, ready for study offline.
  const set = await page.evaluate(async () => {
    const response = await fetch('/data/sets/hikvision-kanada.json');
    return (await response.json()) as { format: string; questions: unknown[] };
  });
  expect(set.format).toBe('quizset/1');
  // The whole set, as committed (not a placeholder or an empty fallback).
  expect(set.questions.length).toBe(BUNDLED.size);
  await context.close();
});

test('negative control: with service workers blocked the same offline visit fails', async ({
  browser
}) => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  await visitOnceThenGoOffline(context, false);
  await expect(useEveryRouteOffline(context)).rejects.toThrow();
  await context.close();
});
