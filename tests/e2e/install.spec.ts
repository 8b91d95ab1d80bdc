// Proves the app is installable: Chromium reports no installability errors for the manifest,
// icons and service worker, in a persistent (non-incognito) profile as a real user has.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.mjs';
import { waitForActiveServiceWorker } from './helpers';

test('Chromium finds nothing that stops installation', async ({ baseURL }) => {
  const profile = await mkdtemp(join(tmpdir(), 'lesequiz-profile-'));
  // A normal test context is incognito, which Chromium never lets install apps.
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium()?.path,
    args: CHROMIUM_ARGS,
    headless: true
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${baseURL}/`);
    await waitForActiveServiceWorker(page);
    const cdp = await context.newCDPSession(page);

    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);

    const { url, errors, data } = await cdp.send('Page.getAppManifest');
    expect(url).toBe(`${baseURL}/manifest.webmanifest`);
    expect(errors).toEqual([]);
    const manifest = JSON.parse(data ?? '{}');
    expect(manifest).toMatchObject({
      name: expect.stringContaining('Lesequiz'),
      short_name: 'Lesequiz',
      lang: 'de',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      theme_color: expect.stringMatching(/^#[0-9a-f]{6}$/i),
      background_color: expect.stringMatching(/^#[0-9a-f]{6}$/i)
    });
    expect(manifest.description.length).toBeGreaterThan(20);

    // Every icon the manifest names exists, is a PNG and has the size it claims.
    const icons: { src: string; sizes: string; purpose?: string }[] = manifest.icons;
    expect(icons.map((icon) => `${icon.sizes} ${icon.purpose ?? 'any'}`).sort()).toEqual([
      '192x192 any',
      '512x512 any',
      '512x512 maskable'
    ]);
    for (const icon of icons) {
      const size = await page.evaluate(async (src) => {
        const image = new Image();
        image.src = src;
        await image.decode();
        return `${image.naturalWidth}x${image.naturalHeight}`;
      }, icon.src);
      expect(size).toBe(icon.sizes);
    }
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
});
