// The teacher edits an assignment's key after the results are in (issue 12, point 4): a student
// answers on a phone, the teacher collects the code, makes the student's choice the right one,
// and the student's score changes in the class table and in the CSV at once; the change is shown
// beside the question with its original key, survives a reload, and is undone from the bar and
// restored from the question. Teacher and student are separate browser contexts, both phones.
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { answer, BUNDLED, currentQuestion, promptsOfTypes } from './quiz-answers';
import { gotoHydrated } from './helpers';

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const PICKED = promptsOfTypes(['multiple-choice', 'cloze']);
const CHOICE = [...BUNDLED.values()].find((q) => q.prompt.startsWith(PICKED[0]!))!;

async function downloadCsv(teacher: Page): Promise<string> {
  const downloading = teacher.waitForEvent('download');
  await teacher.getByRole('button', { name: 'Als CSV herunterladen' }).click();
  return readFile((await (await downloading).path())!, 'utf8');
}

test('editing the key regrades the class at once, visibly and undoably', async ({ browser }) => {
  test.setTimeout(120_000);
  const teacherContext = await browser.newContext(PHONE);
  const studentContext = await browser.newContext(PHONE);
  try {
    const teacher = await teacherContext.newPage();
    await gotoHydrated(teacher, '/assign/hikvision-kanada');
    await teacher.getByLabel('Titel der Aufgabe').fill('Schlüssel');
    await teacher.getByLabel('Selbst auswählen').check();
    for (const prompt of PICKED) await teacher.getByRole('checkbox', { name: prompt }).check();
    await teacher.getByLabel('Erst nach deiner Bewertung').check();
    await teacher.getByRole('button', { name: 'Aufgabe erstellen' }).click();
    await expect(teacher.getByRole('heading', { level: 1 })).toHaveText('Schlüssel');
    const link = await teacher.getByLabel('Link zur Aufgabe').inputValue();

    // The student picks a wrong choice and fills the gap right: 1 of 2.
    const student = await studentContext.newPage();
    await student.goto(link);
    await student.getByLabel('Dein Name oder ein Spitzname').fill('Mia');
    await student.getByRole('button', { name: 'Los geht’s' }).click();
    let picked = '';
    for (let index = 1; index <= 2; index++) {
      await expect(student.getByRole('heading', { level: 2 })).toHaveText(`Frage ${index} von 2`);
      const question = await currentQuestion(student, BUNDLED);
      await answer(student, question, question.type === 'cloze');
      if (question.type === 'multiple-choice')
        picked = await student.locator('label.option input:checked').inputValue();
      await student.getByRole('button', { name: index === 2 ? 'Abgeben' : 'Weiter' }).click();
    }
    expect(picked).not.toBe('');
    expect(picked).not.toBe(CHOICE.answer);
    const code = await student.getByLabel('Dein Ergebnis-Code').inputValue();

    await teacher.getByLabel('Ergebnis-Codes einfügen').fill(code);
    await teacher.getByRole('button', { name: 'Übernehmen' }).click();
    const mia = teacher.getByRole('table').first().getByRole('row').filter({ hasText: 'Mia' });
    await expect(mia).toContainText('1 von 2 (50 %)');
    expect(await downloadCsv(teacher)).toMatch(/\r\nMia;1;1;2;50;/);

    // The teacher makes the student's choice the right one.
    const choiceRow = teacher
      .getByRole('table')
      .nth(1)
      .getByRole('row')
      .filter({ hasText: PICKED[0]! });
    await expect(choiceRow).toContainText(`Lösung: ${CHOICE.answer as string}`);
    await choiceRow.getByRole('button', { name: /^Lösung von F\d ändern$/ }).click();
    const editor = teacher.getByRole('dialog', { name: /^Lösung von F\d$/ });
    await expect(editor.getByRole('radio', { name: CHOICE.answer as string })).toBeChecked();
    await editor.getByRole('radio', { name: picked, exact: true }).check();
    await editor.getByRole('button', { name: 'Speichern und neu bewerten' }).click();
    await expect(editor).toBeHidden();
    await expect(
      teacher.getByText(/Lösung von F\d geändert\. Geänderte Ergebnisse: 1\./)
    ).toBeVisible();
    await expect(mia).toContainText('2 von 2 (100 %)');
    await expect(choiceRow).toContainText(`Lösung: ${picked}`);
    await expect(choiceRow).toContainText(`Geändert, ursprünglich: ${CHOICE.answer as string}`);
    expect(await downloadCsv(teacher)).toMatch(/\r\nMia;2;2;2;100;/);

    // Undo from the bar puts the old key back, and the old score with it.
    await teacher.getByRole('button', { name: 'Rückgängig' }).click();
    await expect(mia).toContainText('1 von 2 (50 %)');
    await expect(choiceRow).not.toContainText('Geändert');

    // Changed again, the change survives a reload; restoring the question undoes it for good.
    await choiceRow.getByRole('button', { name: /^Lösung von F\d ändern$/ }).click();
    await editor.getByRole('radio', { name: picked, exact: true }).check();
    await editor.getByRole('button', { name: 'Speichern und neu bewerten' }).click();
    await expect(mia).toContainText('2 von 2 (100 %)');
    await teacher.reload();
    await expect(mia).toContainText('2 von 2 (100 %)');
    await expect(choiceRow).toContainText(`Geändert, ursprünglich: ${CHOICE.answer as string}`);
    await choiceRow.getByRole('button', { name: /^Ursprüngliche Lösung von F\d/ }).click();
    await expect(teacher.getByText(/Lösung von F\d wiederhergestellt\./)).toBeVisible();
    await expect(mia).toContainText('1 von 2 (50 %)');
    expect(await downloadCsv(teacher)).toMatch(/\r\nMia;1;1;2;50;/);
  } finally {
    await studentContext.close();
    await teacherContext.close();
  }
});
