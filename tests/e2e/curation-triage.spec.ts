// Curation at the speed of a lesson plan (issue 12, point 6): a teacher walks through the
// questions with keep / edit / strike on one tap each, strikes several at once, steps back more
// than once, moves a question to the top, drags one with the pointer and moves one from the
// keyboard; every change is stored.
import { expect, test, type Page } from '@playwright/test';

const SET = '/teach/hikvision-kanada';
const questions = (page: Page) => page.locator('ol.questions > li');
const prompt = (page: Page, number: number) =>
  questions(page)
    .nth(number - 1)
    .locator('.prompt');

async function prompts(page: Page): Promise<string[]> {
  return questions(page).locator('.prompt').allTextContents();
}

test('triage, strike many, step back, move to top, drag and keyboard move', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto(SET);
  await expect(
    page.getByRole('button', { name: 'Bearbeiten: Frage 1', exact: true })
  ).toBeVisible();
  const original = await prompts(page);
  const total = original.length;
  // (The walk below needs six questions: three after five are struck, one of them taken back.)
  expect(total).toBeGreaterThanOrEqual(6);

  // Triage: keep the first, strike the second, edit the third, then stop.
  await page.getByRole('button', { name: 'Fragen durchgehen' }).click();
  const heading = page.getByRole('heading', { name: /^Durchgehen: Frage/ });
  await expect(heading).toHaveText(`Durchgehen: Frage 1 von ${total}`);
  await expect(heading).toBeFocused();
  await page.getByRole('button', { name: 'Behalten' }).click();
  await expect(heading).toHaveText(`Durchgehen: Frage 2 von ${total}`);
  await expect(page.locator('.triage .prompt')).toHaveText(original[1]!);
  await page.getByRole('button', { name: 'Streichen' }).click();
  await expect(heading).toHaveText(`Durchgehen: Frage 3 von ${total}`);
  await page.locator('.triage').getByRole('button', { name: 'Bearbeiten' }).click();
  const editor = page.getByRole('form', { name: 'Frage bearbeiten' });
  // The prompt is the editor's first field; a gap's sentence keeps a gap.
  const promptField = editor.locator('textarea').first();
  const changed = (await promptField.inputValue()).includes('____')
    ? 'Wer antwortete ____?'
    : 'Wer antwortete Ottawa?';
  await promptField.fill(changed);
  await editor.getByRole('button', { name: 'Speichern' }).click();
  await expect(heading).toHaveText(`Durchgehen: Frage 4 von ${total}`);
  await page.getByRole('button', { name: 'Zurück zur Liste' }).click();
  await expect(questions(page)).toHaveCount(total - 1);
  await expect(prompt(page, 2)).toHaveText(changed);

  // Strike two at once.
  await page.getByRole('checkbox', { name: 'Auswählen: Frage 1', exact: true }).check();
  await page.getByRole('checkbox', { name: 'Auswählen: Frage 3', exact: true }).check();
  await expect(page.getByText('Ausgewählt: 2')).toBeVisible();
  await page.getByRole('button', { name: 'Ausgewählte streichen' }).click();
  await expect(questions(page)).toHaveCount(total - 3);
  await page.reload();
  await expect(questions(page)).toHaveCount(total - 3);

  // Steps are taken back one by one, as far as this visit goes (the reload began a new one).
  await expect(page.getByRole('button', { name: 'Schritt zurück (0)' })).toBeDisabled();
  await page.getByRole('checkbox', { name: 'Auswählen: Frage 1', exact: true }).check();
  await page.getByRole('button', { name: 'Ausgewählte streichen' }).click();
  await expect(questions(page)).toHaveCount(total - 4);
  await page.getByRole('button', { name: 'Ganz nach oben: Frage 2', exact: true }).click();
  const afterTop = await prompts(page);
  await page.getByRole('button', { name: 'Schritt zurück (2)' }).click();
  await expect(prompt(page, 1)).not.toHaveText(afterTop[0]!);
  await page.getByRole('button', { name: 'Schritt zurück (1)' }).click();
  await expect(questions(page)).toHaveCount(total - 3);
  await expect(page.getByRole('button', { name: 'Schritt zurück (0)' })).toBeDisabled();

  // "Ganz nach oben".
  const before = await prompts(page);
  await page.getByRole('button', { name: 'Ganz nach oben: Frage 3', exact: true }).click();
  await expect(prompt(page, 1)).toHaveText(before[2]!);
  await expect(
    page.getByRole('button', { name: 'Ganz nach oben: Frage 1', exact: true })
  ).toBeDisabled();

  // Drag the third question above the first with the pointer.
  const moved = (await prompts(page))[2]!;
  const handle = page.getByRole('button', { name: 'Verschieben: Frage 3', exact: true });
  await handle.scrollIntoViewIfNeeded();
  const from = (await handle.boundingBox())!;
  const target = (await questions(page).nth(0).boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2, target.y + 5, { steps: 8 });
  await page.mouse.up();
  await expect(prompt(page, 1)).toHaveText(moved);

  // From the keyboard: End takes question 1 to the end.
  await page.getByRole('button', { name: 'Verschieben: Frage 1', exact: true }).focus();
  await page.keyboard.press('End');
  await expect(questions(page).last().locator('.prompt')).toHaveText(moved);
  await expect(
    page.getByRole('button', { name: `Verschieben: Frage ${total - 3}`, exact: true })
  ).toBeFocused();

  // Everything stored.
  const final = await prompts(page);
  await page.reload();
  await expect(questions(page)).toHaveCount(total - 3);
  expect(await prompts(page)).toEqual(final);
});
