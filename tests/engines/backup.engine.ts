// Proves, in WebKit and Firefox: a backup downloads and restores on Settings, and flashcard
// ratings survive a reload. And in WebKit set up as Safari 15.2–16 (`navigator.storage` without
// `estimate()`): Settings shows persistence and "Dauerhaft speichern" with usage unknown, and a
// restored backup reports success (it reported "Speichern ist fehlgeschlagen" before).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ENGINES,
  launch,
  mainText,
  SAFARI_16_FEATURES,
  waitFor,
  waitForHeading,
  waitForText,
  type EnginePage
} from './engine';
import { startSite, type Site } from './site';

/** Presses "Sicherung herunterladen" and returns the file's text (the download is caught). */
async function downloadBackup(page: EnginePage): Promise<string> {
  await page.evaluate(() => {
    const caught = window as unknown as { caughtDownloads: string[] };
    caught.caughtDownloads = [];
    const createObjectURL = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      if (blob instanceof Blob) void blob.text().then((text) => caught.caughtDownloads.push(text));
      return createObjectURL(blob);
    };
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      if (!this.download) click.call(this);
    };
  });
  await page.click('button', 'Sicherung herunterladen');
  return waitFor(
    () =>
      page.evaluate(
        () => (window as unknown as { caughtDownloads: string[] }).caughtDownloads[0] ?? null
      ),
    'the backup download'
  );
}

/** Chooses a file in "Sicherung einspielen" as the file picker would. */
async function restoreBackup(page: EnginePage, text: string) {
  await page.evaluate((content: string) => {
    const input = document.querySelector<HTMLInputElement>('main input[type="file"]')!;
    const files = new DataTransfer();
    files.items.add(new File([content], 'lesequiz-sicherung.json', { type: 'application/json' }));
    input.files = files.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }, text);
}

describe('webkit as Safari 15.2–16 (no StorageManager.estimate)', () => {
  let page: EnginePage;
  let site: Site;
  beforeAll(async () => {
    page = await launch('webkit', { webkitFeatures: SAFARI_16_FEATURES });
    site = await startSite();
  });
  afterAll(async () => {
    await page?.close();
    await site?.close();
  });

  it('shows storage status without estimate(), and a restored backup reports success', async () => {
    await page.goto(`${site.url}/settings`);
    await waitForHeading(page, 'Einstellungen', 1);
    expect(await page.evaluate(() => typeof navigator.storage?.estimate)).toBe('undefined');
    await waitForText(page, 'Der Browser gibt keine Auskunft über den belegten Speicher.');
    const text = await mainText(page);
    expect(text).toMatch(/Nicht dauerhaft|Dauerhaft gespeichert|unbekannt/);
    expect(text).not.toContain('fehlgeschlagen');

    const backup = await downloadBackup(page);
    expect(JSON.parse(backup)).toMatchObject({ format: expect.any(String) });
    await restoreBackup(page, backup);
    await waitForText(page, /Sicherung eingespielt: \d+ neu/);
    expect(await mainText(page)).not.toContain('Speichern ist fehlgeschlagen');
  });
});

describe.each(ENGINES)('%s', (engine) => {
  let page: EnginePage;
  let site: Site;
  beforeAll(async () => {
    page = await launch(engine);
    site = await startSite();
  });
  afterAll(async () => {
    await page?.close();
    await site?.close();
  });

  it('keeps flashcard ratings across a reload, and restores them from a backup', async () => {
    await page.goto(`${site.url}/review`);
    await waitForHeading(page, 'Weiterlernen', 1);
    await waitForText(page, /Karte 1 von \d+/);
    // Flip the first card and rate it "Gut": the rating is stored at once.
    await page.click('button', 'Antwort zeigen');
    await page.click('button', /^Gut/);
    await waitForText(page, /Karte 2 von \d+/);
    await page.reload();
    await waitForHeading(page, 'Weiterlernen', 1);
    await waitForText(page, /Karte 1 von \d+/);

    await page.goto(`${site.url}/settings`);
    await waitForHeading(page, 'Einstellungen', 1);
    const backup = JSON.parse(await downloadBackup(page)) as {
      reviews: { rating: string; source: string }[];
      cards: unknown[];
    };
    expect(backup.reviews).toEqual([
      expect.objectContaining({ rating: 'good', source: 'flashcard' })
    ]);
    expect(backup.cards.length).toBeGreaterThan(0);

    await restoreBackup(page, JSON.stringify(backup));
    await waitForText(page, /Sicherung eingespielt: 0 neu, 0 aktualisiert, \d+ schon vorhanden/);
  });
});
