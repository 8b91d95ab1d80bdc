// Proves that a learner can turn their own text into questions in the browser, offline, with
// the generator running in a Web Worker, and that bad input gets a clear message and loses
// nothing that was typed.
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { gotoHydrated, readerText, startSiteServer, waitForActiveServiceWorker } from './helpers';
import { CORPUS_DIR } from '../../scripts/corpus-dir';

const CORPUS_ARTICLE = `${CORPUS_DIR}/news-de/006.txt`;

test('a pasted article becomes questions, offline, without loading the generator up front', async ({
  browser
}) => {
  const site = await startSiteServer();
  const context = await browser.newContext();
  const page = await context.newPage();
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  try {
    await page.goto(`${site.url}/`);
    await waitForActiveServiceWorker(page);
    const libraryScripts = [...scripts];
    await site.close();
    await context.setOffline(true);

    await page.getByRole('navigation').getByRole('link', { name: 'Neu', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Artikel hinzufügen');
    const text = await readFile(CORPUS_ARTICLE, 'utf8');
    await page.getByLabel('Text des Artikels').fill(text);
    await expect(page.locator('#word-count')).toHaveText(/^[1-9]\d* Wörter$/);
    await page.getByRole('button', { name: 'Fragen erstellen' }).click();

    const result = page.getByRole('heading', {
      level: 2,
      name: /^Fertig: [1-9]\d* Quizfragen und \d+ Karteikarten$/
    });
    await expect(result).toBeVisible({ timeout: 20_000 });
    await expect(result).toBeFocused();
    await expect(page.getByText('Gespeichert in deiner Bibliothek.')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Quiz starten' })).toBeVisible();

    // No answer key before the quiz: the answers show only when asked for.
    const answers = page.locator('.questions > li');
    await expect(answers.first()).toBeHidden();
    await page.getByText('Lösungen zeigen (verrät die Antworten)').click();
    await expect(answers.first()).toBeVisible();
    await expect(answers.first()).toContainText('Antwort:');

    // Saved: it opens as an article and appears in the library, still offline.
    await page.getByRole('link', { name: 'Artikel lesen' }).click();
    await expect(page.getByText('Eigener Artikel')).toBeVisible();
    await expect(page.locator('article .body')).toContainText(readerText('Hubschrauber-Absturz'));
    await page.reload();
    await expect(page.getByText('Eigener Artikel')).toBeVisible();

    // The generator came in a worker, after the library had loaded without it.
    expect(libraryScripts.some((url) => url.includes('worker'))).toBe(false);
    expect(scripts.some((url) => url.includes('worker'))).toBe(true);
  } finally {
    await context.close();
    await site.close();
  }
});

test('empty, short and binary input is refused with a reason and the text stays', async ({
  page
}) => {
  await gotoHydrated(page, '/new');
  await page.getByRole('button', { name: 'Fragen erstellen' }).click();
  await expect(page.getByRole('alert')).toHaveText(/Der Text ist leer/);

  await page.getByLabel('Text des Artikels').fill('Nur ein kurzer Satz über Kanada.');
  await page.getByRole('button', { name: 'Fragen erstellen' }).click();
  await expect(page.getByRole('alert')).toHaveText(/zu kurz.*30 Wörter/);

  // An image opened by mistake does not replace the text already there.
  await page.setInputFiles('input[type="file"]', {
    name: 'foto.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49])
  });
  await expect(page.getByRole('alert')).toHaveText(/kein reiner Text/);
  await expect(page.getByLabel('Text des Artikels')).toHaveValue(
    'Nur ein kurzer Satz über Kanada.'
  );
});

test('a text file opens into the form, in Windows-1252 too', async ({ page }) => {
  await gotoHydrated(page, '/new');
  const text = 'Größere Städte in Österreich melden steigende Zahlen. '.repeat(8);
  const latin1 = Buffer.from(text, 'latin1');
  await page.setInputFiles('input[type="file"]', {
    name: 'meldung.txt',
    mimeType: 'text/plain',
    buffer: latin1
  });
  await expect(page.getByLabel('Text des Artikels')).toHaveValue(text);
  await expect(page.getByLabel('Titel (freiwillig)')).toHaveValue('meldung');
});

test('a file with Windows-1252 typography keeps „ “ – €, and a bad byte in UTF-8 is named by line', async ({
  page
}) => {
  await gotoHydrated(page, '/new');
  const typographic = '„Größere Städte“ – das kostet 5 € mehr. '.repeat(8);
  const table: Record<string, number> = { '„': 0x84, '“': 0x93, '–': 0x96, '€': 0x80 };
  const cp1252 = Buffer.from([...typographic].map((char) => table[char] ?? char.charCodeAt(0)));
  await page.setInputFiles('input[type="file"]', {
    name: 'meldung.txt',
    mimeType: 'text/plain',
    buffer: cp1252
  });
  await expect(page.getByLabel('Text des Artikels')).toHaveValue(typographic);
  await expect(page.getByText(/nicht überall gleich kodiert/)).toHaveCount(0);

  const lines = ['Schöne Grüße aus Köln.', 'Ein Café am Ufer.', 'Wien meldet steigende Zahlen. '];
  const utf8 = Buffer.concat([
    Buffer.from(`${lines[0]}\nEin Caf`),
    Buffer.from([0xe9]), // Latin-1 "é" in a UTF-8 file
    Buffer.from(` am Ufer.\n${lines[2]!.repeat(8)}`)
  ]);
  await page.setInputFiles('input[type="file"]', {
    name: 'gemischt.txt',
    mimeType: 'text/plain',
    buffer: utf8
  });
  await expect(page.getByLabel('Text des Artikels')).toHaveValue(
    `${lines[0]}\n${lines[1]}\n${lines[2]!.repeat(8)}`
  );
  await expect(page.getByRole('status').filter({ hasText: 'Bitte prüfe Zeile 2:' })).toBeVisible();
});

/** An invented interview: a headline line, a lead with a dateline, then speakers' turns. */
const INTERVIEW = [
  'Poposki: Nordmazedonien will bis 2030 in die EU',
  '',
  'Skopje – Der Außenminister Nordmazedoniens, Nikola Poposki, hat am Montag in Wien mit dem STANDARD über den Beitritt seines Landes zur Europäischen Union gesprochen. Zuvor traf er den österreichischen Bundeskanzler Karl Nehammer im Kanzleramt.',
  'STANDARD: Wann rechnen Sie mit dem Beitritt Ihres Landes?',
  'Poposki: Wir wollen bis 2030 Mitglied der Europäischen Union sein. Die Verhandlungen haben im Juli 2022 in Brüssel begonnen.',
  'STANDARD: Was steht dem Beitritt im Weg?',
  'Poposki: Bulgarien verlangt eine Änderung unserer Verfassung. Dafür braucht das Parlament in Skopje eine Mehrheit von zwei Dritteln.',
  'STANDARD: Wie sieht das die Bevölkerung?',
  'Poposki: Laut einer Umfrage vom März unterstützen 70 Prozent der Menschen in Nordmazedonien den Beitritt.'
].join('\n');

test('an own article keeps its shape: paragraphs, speakers, its headline as title, and no second copy', async ({
  page
}) => {
  await gotoHydrated(page, '/new');
  await expect(page.getByText('Deutsch oder Englisch, 30 bis 5.000 Wörter.')).toBeVisible();
  const textArea = page.getByLabel('Text des Artikels');
  await textArea.fill(INTERVIEW);
  // The headline is the title the set gets when the field stays empty, and the field says so.
  const headline = 'Poposki: Nordmazedonien will bis 2030 in die EU';
  await expect(page.getByLabel('Titel (freiwillig)')).toHaveAttribute('placeholder', headline);
  await page.getByRole('button', { name: 'Fragen erstellen' }).click();
  await expect(page.getByText('Gespeichert in deiner Bibliothek.')).toBeVisible({
    timeout: 30_000
  });
  await expect(page.locator('.set-title')).toHaveText(headline);

  // The reader shows the paragraphs as pasted, and each turn's speaker as a speaker.
  await page.getByRole('link', { name: 'Artikel lesen' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(headline);
  const paragraphs = page.locator('article .body p');
  await expect(paragraphs).toHaveCount(8);
  await expect(paragraphs.nth(1)).toContainText(readerText('Skopje – Der Außenminister'));
  await expect(paragraphs.nth(1)).toContainText('Zuvor traf er');
  const speakers = page.locator('article .body .speaker');
  await expect(speakers).toHaveText([
    'STANDARD:',
    'Poposki:',
    'STANDARD:',
    'Poposki:',
    'STANDARD:',
    'Poposki:'
  ]);
  await expect(paragraphs.nth(3)).toHaveText(
    readerText(
      'Poposki: Wir wollen bis 2030 Mitglied der Europäischen Union sein. Die Verhandlungen haben im Juli 2022 in Brüssel begonnen.',
      true
    )
  );

  // Pasting the same article again says it is there, with the way to it; nothing is generated.
  await gotoHydrated(page, '/new');
  await page.getByLabel('Text des Artikels').fill(INTERVIEW.replaceAll('\n', '\n\n'));
  const notice = page.locator('#duplicate');
  await expect(notice).toContainText(`Diesen Artikel hast du schon: „${headline}“.`);
  await page.getByRole('button', { name: 'Fragen erstellen' }).click();
  await expect(page.getByRole('alert')).toContainText('schon in deiner Bibliothek');
  await page.getByRole('alert').getByRole('link', { name: 'Artikel öffnen' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(headline);
});

test('too long a text is refused as it is pasted, with the limit named', async ({ page }) => {
  await gotoHydrated(page, '/new');
  const textArea = page.getByLabel('Text des Artikels');
  await textArea.fill('Schon da.');
  const chapter = 'Ein Satz mit fünf Wörtern. '.repeat(1001);
  await textArea.evaluate((area, pasted) => {
    const data = new DataTransfer();
    data.setData('text/plain', pasted);
    area.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true })
    );
  }, chapter);
  await expect(page.getByRole('alert')).toContainText(
    'Nicht eingefügt: Der Text hätte 5.007 Wörter, erlaubt sind höchstens 5.000.'
  );
  await expect(textArea).toHaveValue('Schon da.');
  // Typed or opened rather than pasted, it is refused before the generator runs.
  await textArea.fill(chapter);
  await page.getByRole('button', { name: 'Fragen erstellen' }).click();
  await expect(page.getByRole('alert')).toContainText('zu lang: höchstens 5.000 Wörter');
});
