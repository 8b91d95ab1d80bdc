// Honest class results (issue 12, point 3): two students both called "Max" on two phones stay two
// rows (each phone sends a random device id in its result code); one phone's two attempts are
// grouped, with the teacher choosing which counts and a note saying so; the teacher opens a
// student's answer sheet, renames the student, deletes an attempt and undoes it, and deletes the
// assignment and undoes that. Teacher and students are separate browser contexts.
import { readFile } from 'node:fs/promises';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { answer, BUNDLED, currentQuestion, literally, promptsOfTypes } from './quiz-answers';
import { gotoHydrated } from './helpers';

const DESKTOP = { viewport: { width: 1280, height: 800 }, isMobile: false, hasTouch: false };
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
/** A multiple-choice question and a gap of the bundled set, by the start of their prompts. */
const PICKED = promptsOfTypes(['multiple-choice', 'cloze']);
const GAP = PICKED[1]!;

/**
 * One attempt on a phone: `rightCount` of the two questions right (with one right, it is the
 * multiple-choice one, whatever order the quiz shows them in). Returns the result code.
 */
async function attempt(phone: Page, name: string, rightCount: number): Promise<string> {
  await phone.getByLabel('Dein Name oder ein Spitzname').fill(name);
  await phone.getByRole('button', { name: 'Los geht’s' }).click();
  for (let index = 1; index <= 2; index++) {
    await expect(phone.getByRole('heading', { level: 2 })).toHaveText(`Frage ${index} von 2`);
    const question = await currentQuestion(phone, BUNDLED);
    await answer(
      phone,
      question,
      rightCount === 2 || (rightCount === 1 && question.type !== 'cloze')
    );
    await phone.getByRole('button', { name: index === 2 ? 'Abgeben' : 'Weiter' }).click();
  }
  await expect(phone.getByRole('heading', { name: `Abgegeben, ${name}!` })).toBeVisible();
  return phone.getByLabel('Dein Ergebnis-Code').inputValue();
}

async function phoneWith(browser: Browser, link: string) {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  await page.goto(link);
  return { context, page };
}

test('two Max are two rows; attempts are grouped, chosen, renamed, deleted and restored', async ({
  browser
}) => {
  test.setTimeout(150_000);
  const teacherContext = await browser.newContext(DESKTOP);
  const teacher = await teacherContext.newPage();
  await gotoHydrated(teacher, '/assign/hikvision-kanada');
  await teacher.getByLabel('Titel der Aufgabe').fill('Zwei Max');
  await teacher.getByLabel('Selbst auswählen').check();
  for (const prompt of PICKED) await teacher.getByRole('checkbox', { name: prompt }).check();
  await teacher.getByLabel('Erst nach deiner Bewertung').check();
  await teacher.getByLabel('Erlaubte Versuche (1 bis 99)').fill('2');
  await teacher.getByRole('button', { name: 'Aufgabe erstellen' }).click();
  await expect(teacher.getByRole('heading', { level: 1 })).toHaveText('Zwei Max');
  const link = await teacher.getByLabel('Link zur Aufgabe').inputValue();

  const first = await phoneWith(browser, link);
  const second = await phoneWith(browser, link);
  try {
    // Phone 1: Max gets 0 of 2, then 2 of 2. Phone 2: another Max gets 1 of 2.
    const codes = [await attempt(first.page, 'Max', 0)];
    await first.page.getByRole('button', { name: /Noch einmal versuchen/ }).click();
    codes.push(await attempt(first.page, 'Max', 2));
    codes.push(await attempt(second.page, 'Max', 1));
    for (const code of codes) expect(code).toMatch(/^LQ2-/);

    await teacher.getByLabel('Ergebnis-Codes einfügen').fill(codes.join('\n'));
    await teacher.getByRole('button', { name: 'Übernehmen' }).click();
    await expect(teacher.getByText('Neu übernommen: 3. Schon vorhanden: 0.')).toBeVisible();

    const table = teacher.getByRole('table').first();
    const rows = table.getByRole('row');
    await expect(rows).toHaveCount(3);
    const twice = rows.filter({ hasText: 'Versuche: 2' });
    const once = rows.filter({ hasText: '1 von 2' });
    await expect(twice).toContainText('Max');
    await expect(twice).toContainText('2 von 2 (100 %)');
    await expect(twice).toContainText('Versuche: 2, der beste zählt (Nr. 2)');
    await expect(once).toContainText('Max');
    await expect(table.getByText(/^Gerät [12]$/)).toHaveCount(2);

    // The teacher lets the first attempt count: the note says so, and it survives a reload.
    await teacher.getByLabel('Der erste').check();
    await expect(twice).toContainText('0 von 2 (0 %)');
    await teacher.reload();
    await expect(teacher.getByLabel('Der erste')).toBeChecked();
    const firstCounts = rows.filter({ hasText: 'Versuche: 2, der erste zählt' });
    await expect(firstCounts).toContainText('0 von 2 (0 %)');

    // The answer sheet of that Max: both attempts, every answer of the counted one.
    await firstCounts.getByRole('button', { name: 'Antworten von Max' }).click();
    const sheet = teacher.getByRole('dialog', { name: 'Max' });
    await expect(sheet.getByText(/^Versuch 1: 0 von 2/)).toBeVisible();
    await expect(sheet.getByText(/^Versuch 2: 2 von 2/)).toBeVisible();
    await expect(sheet.getByRole('heading', { name: 'Antworten in Versuch 1' })).toBeVisible();
    await expect(sheet.getByText('Falsch:')).toHaveCount(2);
    await sheet.getByRole('button', { name: /^Versuch 2: 2 von 2/ }).click();
    await expect(sheet.getByText('Richtig:')).toHaveCount(2);

    // Renamed, the row keeps its attempts; the other Max is no longer a namesake.
    await sheet.getByLabel('Name in der Tabelle').fill('Max Berger');
    await sheet.getByRole('button', { name: 'Namen speichern' }).click();
    await expect(teacher.getByRole('dialog', { name: 'Max Berger' })).toBeVisible();
    await teacher.getByRole('button', { name: 'Schließen' }).click();
    await expect(rows.filter({ hasText: 'Max Berger' })).toContainText('Versuche: 2');
    await expect(table.getByText(/^Gerät [12]$/)).toHaveCount(0);

    // Deleting an attempt can be undone.
    await table.getByRole('button', { name: 'Antworten von Max Berger' }).click();
    await teacher
      .getByRole('dialog', { name: 'Max Berger' })
      .getByRole('button', { name: 'Versuch 1 löschen' })
      .click();
    await expect(teacher.getByText('Versuch 1 von Max Berger gelöscht.')).toBeVisible();
    await expect(rows.filter({ hasText: 'Max Berger' })).toContainText('2 von 2 (100 %)');
    await expect(rows.filter({ hasText: 'Max Berger' })).not.toContainText('Versuche:');
    await teacher.getByRole('button', { name: 'Rückgängig' }).click();
    await expect(rows.filter({ hasText: 'Max Berger' })).toContainText('Versuche: 2');
    await teacher.reload();
    await expect(rows.filter({ hasText: 'Max Berger' })).toContainText('Versuche: 2');

    // "Accept this answer" on the item analysis: both wrote "Atlantis" into the gap; accepted,
    // everyone is regraded from the teacher's key; undo takes it back.
    const gapRow = teacher.getByRole('table').nth(1).getByRole('row').filter({ hasText: GAP });
    await expect(gapRow).toContainText('Atlantis');
    await gapRow.getByRole('button', { name: 'Diese Antwort gelten lassen' }).click();
    await expect(
      teacher.getByText('„Atlantis“ gilt jetzt als richtig.', { exact: false })
    ).toBeVisible();
    await expect(rows.filter({ hasText: 'Max Berger' })).toContainText('1 von 2 (50 %)');
    await expect(rows.filter({ hasNotText: 'Berger' }).last()).toContainText('2 von 2 (100 %)');
    await teacher.getByRole('button', { name: 'Rückgängig' }).click();
    await expect(rows.filter({ hasText: 'Max Berger' })).toContainText('0 von 2 (0 %)');

    // The CSV: question texts as headings, each student's answer beside the points.
    const downloading = teacher.waitForEvent('download');
    await teacher.getByRole('button', { name: 'Als CSV herunterladen' }).click();
    const csv = await readFile((await (await downloading).path())!, 'utf8');
    expect(csv).toMatch(
      new RegExp(
        `;F\\d: ${literally(GAP)}[^;\\r\\n]*;F\\d: ${literally(GAP)}[^;\\r\\n]* \\(Antwort\\)`,
        'u'
      )
    );
    expect(csv).toMatch(/\r\nMax Berger;0;0;2;0;.*;0;Atlantis/);

    // Deleting the whole assignment can be undone too, results and all.
    await teacher.goto('/assignments');
    const item = teacher.getByRole('listitem').filter({ hasText: 'Zwei Max' });
    await expect(item).toContainText('Ergebnisse: 2');
    await item.getByRole('button', { name: 'Löschen: Zwei Max' }).click();
    await expect(teacher.getByText('„Zwei Max“ gelöscht.')).toBeVisible();
    await expect(item).toHaveCount(0);
    await teacher.getByRole('button', { name: 'Rückgängig' }).click();
    await expect(item).toContainText('Ergebnisse: 2');
    await expect(teacher.getByRole('link', { name: 'Zur Sicherung' })).toBeVisible();
  } finally {
    await first.context.close();
    await second.context.close();
    await teacherContext.close();
  }
});
