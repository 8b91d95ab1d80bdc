// Issue 11 point 12: the reader starts light. Lighthouse found its blocking time in what it did
// while starting: loading the German hyphenation patterns (~100 KB gzip) and hyphenating the
// whole article in Chromium, cutting sentences and finding speakers, and hydrating a block per
// sentence. A bundled article now comes with its view made at build time and renders a
// paragraph per block. These checks count what the page loads and hydrates, never how long.
import { expect, test, type Response } from '@playwright/test';
import { gotoHydrated } from './helpers';

test.use({ viewport: { width: 390, height: 844 } });

/** Markers Svelte puts around each block it hydrates (`<!--[-->`, `<!--]-->`, `<!---->`). */
const hydrationMarkers = (html: string) => html.match(/<!--/g)?.length ?? 0;

test('a bundled article hydrates a block per paragraph and loads no hyphenation patterns or storage', async ({
  page
}) => {
  const scripts: Promise<string>[] = [];
  page.on('response', (response: Response) => {
    if (response.url().endsWith('.js')) scripts.push(response.text());
  });
  await gotoHydrated(page, '/sets/hikvision-kanada');
  await page.waitForLoadState('networkidle');

  // The soft hyphens come from the build, in every browser.
  const body = page.locator('article .body');
  await expect(body).toContainText('\u00AD');
  const bodies = await Promise.all(scripts);
  // The `hyphen` package's patterns register as `createHyphenator`; storage opens IndexedDB.
  expect(bodies.filter((text) => text.includes('createHyphenator'))).toEqual([]);
  expect(bodies.filter((text) => text.includes('indexedDB.open'))).toEqual([]);

  const article = (await (
    await page.request.get('/data/articles/hikvision-kanada.json')
  ).json()) as { reading: unknown[] };
  const paragraphs = article.reading.length;
  await expect(body.locator('p')).toHaveCount(paragraphs);
  // A block per paragraph: its speaker's block and its markup, four markers, plus the list's
  // two. The block per sentence it replaced had 86 markers for this article's 14 paragraphs.
  const markers = hydrationMarkers(await body.innerHTML());
  expect(markers).toBeLessThanOrEqual(4 * paragraphs + 2);
});
