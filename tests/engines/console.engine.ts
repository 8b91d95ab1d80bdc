// Proves, in Firefox: the teacher's page of a set (/teach/<id>) loads without a complaint in
// the browser's console (issue 13 point 4). Firefox failed the <link rel="modulepreload"
// crossorigin> that Vite's import helper added for the curation schema, a chunk the page had
// already loaded as a plain module, and reported a preload error there. Load failures of
// elements count as well as console errors and warnings and uncaught errors.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, waitFor, waitForHeading, type EnginePage } from './engine';
import { startSite, type Site } from './site';

describe('firefox', () => {
  let page: EnginePage;
  let site: Site;
  beforeAll(async () => {
    page = await launch('firefox');
    site = await startSite();
  });
  afterAll(async () => {
    await page?.close();
    await site?.close();
  });

  it('opens a set for teachers, and again after a reload, with nothing in the console', async () => {
    await page.goto(`${site.url}/teach/hikvision-kanada`);
    await waitForHeading(page, /Hikvision/, 1);
    // Its tools appear once the teacher's curation is read (that import was the failing one).
    const curationRead = () =>
      waitFor(
        () => page.evaluate(() => document.getElementById('triage-start') !== null),
        'the curation to be read'
      );
    await curationRead();
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(await page.problems!()).toEqual([]);
    await page.reload();
    await curationRead();
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(await page.problems!()).toEqual([]);
  });
});
