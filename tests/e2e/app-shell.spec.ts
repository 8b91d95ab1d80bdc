// Proves the app shell a learner meets: the library with the bundled article, a readable article
// page, German by default with English selectable and remembered, the colour theme, and a strict
// Content-Security-Policy that allows nothing remote and is never violated.
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { FALLBACK_ROUTE, gotoHydrated, readerText, ROUTES } from './helpers';

test('the library shows the bundled article and opens it for reading', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle('Bibliothek · Lesequiz');
  const card = page.getByRole('listitem').filter({ hasText: 'Kanada ordnet das Aus' });
  await expect(card).toContainText('Deutsch');
  await expect(card).toContainText('Wörter');
  await expect(page.getByText(/Noch keine eigenen Artikel/)).toBeVisible();

  await card.getByRole('link').click();
  await expect(page).toHaveURL(/\/sets\/hikvision-kanada$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Kanada ordnet das Aus/);
  await expect(page.locator('article')).toHaveAttribute('lang', 'de');
  await expect(page.getByText(/maschinelle Übersetzung/)).toBeVisible();

  // Every line of the bundled file is a paragraph, verbatim.
  const source = await readFile('questions/hikvision-kanada.de.txt', 'utf8');
  const lines = source.split('\n').filter((line) => line.trim() !== '');
  const paragraphs = page.locator('article .body p');
  await expect(paragraphs).toHaveCount(lines.length);
  await expect(paragraphs.first()).toHaveText(readerText(lines[0]!.trim(), true));

  await page.getByRole('link', { name: 'Zurück zur Bibliothek' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bibliothek');
});

test('an unknown article shows a clear message and a way back', async ({ page }) => {
  const response = await page.goto(FALLBACK_ROUTE.path);
  expect(response?.status()).toBe(200); // served by the SPA fallback, rendered in the browser
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Seite nicht gefunden');
  await page.getByRole('link', { name: 'Zur Bibliothek' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bibliothek');
});

test('English can be chosen, is remembered and sets <html lang>', async ({ page }) => {
  await gotoHydrated(page, '/settings');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await page.getByRole('radio', { name: 'English' }).check();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Settings');
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Settings');
  await expect(page).toHaveTitle('Settings · Lesequiz');

  await page.getByRole('link', { name: 'Library' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Library');
  await page.goto('/sets/hikvision-kanada');
  await expect(page.getByRole('link', { name: 'Back to the library' })).toBeVisible();
  // The article keeps its own language.
  await expect(page.locator('article')).toHaveAttribute('lang', 'de');

  await gotoHydrated(page, '/settings');
  await page.getByRole('radio', { name: 'Deutsch' }).check();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Einstellungen');
});

test('dark mode follows the system and can be set', async ({ page }) => {
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  expect(await background()).toBe('rgb(16, 24, 32)');

  await gotoHydrated(page, '/settings');
  await page.getByRole('radio', { name: 'Hell' }).check();
  expect(await background()).toBe('rgb(247, 246, 242)');
  await page.reload();
  await expect(page.getByRole('radio', { name: 'Hell' })).toBeChecked();
  expect(await background()).toBe('rgb(247, 246, 242)');

  await page.emulateMedia({ colorScheme: 'light' });
  await page.getByRole('radio', { name: 'Dunkel' }).check();
  expect(await background()).toBe('rgb(16, 24, 32)');
  await page.getByRole('radio', { name: 'Wie das System' }).check();
  expect(await background()).toBe('rgb(247, 246, 242)');
});

test('the Content-Security-Policy allows nothing remote and nothing violates it', async ({
  page
}) => {
  const problems: string[] = [];
  let currentPath = '';
  page.on('console', (message) => {
    // The unknown article's data is missing by design; its 404 is the expected answer.
    const expected404 = currentPath === FALLBACK_ROUTE.path && message.text().includes('404');
    if (message.type() === 'error' && !expected404) problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`)
    );
  });

  for (const route of [...ROUTES, FALLBACK_ROUTE]) {
    currentPath = route.path;
    const response = await page.goto(route.path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(route.heading);
    const policy = await page
      .locator('meta[http-equiv="content-security-policy"]')
      .getAttribute('content');
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toMatch(/https?:|\*|unsafe-eval/);
    // The same policy as a header, with what only a header can say: never inside a frame.
    const headers = (await response?.allHeaders()) ?? {};
    expect(headers['content-security-policy']).toBe(`${policy}; frame-ancestors 'none'`);
    expect(headers['x-content-type-options']).toBe('nosniff');
  }
  // Client-side navigation renders Kit's route announcer too.
  currentPath = '/';
  await page.goto('/');
  await page.getByRole('link', { name: 'Einstellungen' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Einstellungen');

  expect(problems).toEqual([]);
});
