// Proves that a new deployment never reloads the page by itself: the app offers
// "Neue Version verfügbar" and switches to the new version only when the learner asks.
import { appendFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { copyOfBuild, startSiteServer, waitForActiveServiceWorker } from './helpers';

test('a new version waits for the learner to reload', async ({ page }) => {
  const site = await startSiteServer(await copyOfBuild());
  try {
    await page.goto(`${site.url}/sets/hikvision-kanada`);
    await waitForActiveServiceWorker(page);
    await page.reload();
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

    // Deploy a new version: the service worker script changes on the server.
    await appendFile(join(site.dir, 'sw.js'), '\n// next deployment\n');
    await page.evaluate(() => {
      (window as unknown as { beforeUpdate: boolean }).beforeUpdate = true;
    });
    await page.evaluate(async () => (await navigator.serviceWorker.ready).update());

    const prompt = page.getByRole('status').filter({ hasText: 'Neue Version verfügbar' });
    await expect(prompt).toBeVisible();
    await expect(prompt.getByRole('button', { name: 'Neu laden' })).toBeVisible();

    // Nothing happens on its own: same document, still on the article, new worker waiting.
    await page.waitForTimeout(1500);
    expect(await page.evaluate(() => 'beforeUpdate' in window)).toBe(true);
    expect(
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting)
    ).toBeTruthy();

    await Promise.all([
      page.waitForEvent('framenavigated'),
      prompt.getByRole('button', { name: 'Neu laden' }).click()
    ]);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Kanada ordnet das Aus/);
    expect(await page.evaluate(() => 'beforeUpdate' in window)).toBe(false);
    expect(
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting)
    ).toBeFalsy();
    await expect(page.getByText('Neue Version verfügbar')).toHaveCount(0);
  } finally {
    await site.close();
  }
});

test('"Später" hides the prompt and keeps the old version running', async ({ page }) => {
  const site = await startSiteServer(await copyOfBuild());
  try {
    await page.goto(`${site.url}/`);
    await waitForActiveServiceWorker(page);
    await page.reload();
    await appendFile(join(site.dir, 'sw.js'), '\n// next deployment\n');
    await page.evaluate(async () => (await navigator.serviceWorker.ready).update());
    const prompt = page.getByRole('status').filter({ hasText: 'Neue Version verfügbar' });
    await prompt.getByRole('button', { name: 'Später' }).click();
    await expect(page.getByText('Neue Version verfügbar')).toHaveCount(0);
    expect(
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting)
    ).toBeTruthy();
  } finally {
    await site.close();
  }
});
