// An edited bundled set still goes out as one QR code (issue 12, point 2): the teacher deletes a
// question and edits another (its prompt and its right answer), and the assignment's link carries
// only the edits (a `2.` link short enough for one QR code, said so before "Aufgabe erstellen").
// A student's phone, offline, opens it from the app's precached copy of the set and is asked
// exactly the teacher's questions, the edited one as edited and the deleted one never; the
// result code hands in, and the teacher's table grades it with the edited key.
import { expect, test } from '@playwright/test';
import { MAX_QR_LINK_CHARS } from '../../src/lib/core/assign/link';
import { gotoHydrated, startSiteServer, waitForActiveServiceWorker } from './helpers';
import { answer, BUNDLED, currentQuestion, literally, type StoredQuestion } from './quiz-answers';

const DESKTOP = { viewport: { width: 1280, height: 800 }, isMobile: false, hasTouch: false };
const TITLE = 'Hikvision – bearbeitet';
const EDITED_PROMPT = 'Welche Antwort hat die Lehrkraft als richtig festgelegt?';

const all = [...BUNDLED.values()];
const quizQuestions = all.filter((q) => q.type !== 'flashcard');
/** The set's first question goes; the first multiple-choice question after it is edited. */
const deleted = all[0]!;
const editedIndex = all.findIndex((q, i) => i > 0 && q.type === 'multiple-choice');
const original = all[editedIndex]! as StoredQuestion & { choices: string[] };
/** The edited question's new right answer: another of its choices. */
const newAnswer = original.choices.find((choice) => choice !== original.answer)!;
const edited: StoredQuestion = { ...original, prompt: EDITED_PROMPT, answer: newAnswer };

test('a teacher’s edits to a bundled set travel as one QR code; the student gets exactly them', async ({
  browser,
  baseURL
}) => {
  test.setTimeout(240_000);
  expect(editedIndex).toBeGreaterThan(0);
  const teacherContext = await browser.newContext(DESKTOP);
  const teacher = await teacherContext.newPage();
  const site = await startSiteServer();
  const student = await browser.newContext({ serviceWorkers: 'allow' });
  const phone = await student.newPage();
  try {
    // Curation: edit question N (its prompt and right answer), then delete question 1.
    await gotoHydrated(teacher, '/teach/hikvision-kanada');
    const number = editedIndex + 1;
    await teacher.getByRole('button', { name: `Bearbeiten: Frage ${number}`, exact: true }).click();
    const editor = teacher.getByRole('form', { name: `Frage ${number} bearbeiten`, exact: true });
    await editor.getByLabel('Frage', { exact: true }).fill(EDITED_PROMPT);
    await editor.getByLabel('Richtige Antwort (genau wie in der Auswahl)').fill(newAnswer);
    await editor.getByRole('button', { name: 'Speichern' }).click();
    await expect(teacher.getByRole('status').filter({ hasText: 'Gespeichert.' })).toBeVisible();
    await teacher.getByRole('button', { name: 'Löschen: Frage 1', exact: true }).click();
    await expect(teacher.getByText('Frage 1 gelöscht.')).toBeVisible();

    // The form says before creating that one QR code will do, with every question.
    await gotoHydrated(teacher, '/assign/hikvision-kanada');
    await teacher.getByLabel('Titel der Aufgabe').fill(TITLE);
    const asked = quizQuestions.length - 1;
    await expect(teacher.getByLabel(`Alle Quizfragen (${asked})`)).toBeChecked();
    const note = teacher.getByRole('region', { name: 'So kommt die Aufgabe auf die Handys' });
    await expect(note).toContainText('passt die Aufgabe in einen einzelnen QR-Code');
    await teacher.getByRole('button', { name: 'Aufgabe erstellen' }).click();
    await expect(teacher.getByRole('heading', { level: 1 })).toHaveText(TITLE);

    // The link holds the edits only: version 2, within one QR code, shown as one.
    const link = await teacher.getByLabel('Link zur Aufgabe').inputValue();
    expect(link).toMatch(/\/a#2\.[A-Za-z0-9_-]+$/);
    expect(link.length).toBeLessThanOrEqual(MAX_QR_LINK_CHARS);
    await expect(teacher.getByRole('img', { name: /QR-Code des Links/ })).toBeVisible();
    await expect(teacher.getByRole('heading', { name: 'Animierte QR-Folge' })).toHaveCount(0);

    // The student's phone has opened the app once (the set is precached); now it is offline.
    await phone.goto(`${site.url}/a`);
    await waitForActiveServiceWorker(phone);
    await site.close();
    await student.setOffline(true);
    await phone.goto(link.replace(baseURL!, site.url));
    await expect(phone.getByRole('heading', { level: 1 })).toHaveText(TITLE);
    await phone.getByLabel('Dein Name oder ein Spitzname').fill('Mia');
    await phone.getByRole('button', { name: 'Los geht’s' }).click();

    const expected = new Map(
      quizQuestions.filter((q) => q.id !== deleted.id).map((q) => [q.id, q] as const)
    );
    expected.set(edited.id, edited);
    const seen: string[] = [];
    let wrongId = '';
    for (let index = 1; index <= asked; index++) {
      await expect(phone.getByRole('heading', { level: 2 })).toHaveText(
        `Frage ${index} von ${asked}`
      );
      const question = await currentQuestion(phone, expected);
      seen.push(question.id);
      const form = phone.locator('form[data-question-id]');
      if (question.id === edited.id) await expect(form).toContainText(EDITED_PROMPT);
      // One wrong answer, never on the edited question: its right answer is the teacher's.
      const right = wrongId !== '' || question.id === edited.id;
      if (!right) wrongId = question.id;
      await answer(phone, question, right);
      await phone.getByRole('button', { name: 'Prüfen' }).click();
      await expect(form.getByRole('status')).toContainText(right ? 'Richtig!' : 'Nicht ganz.');
      await phone
        .getByRole('button', { name: index === asked ? 'Ergebnis ansehen' : 'Weiter' })
        .click();
    }
    // Exactly the teacher's questions: each once, the deleted one never.
    expect([...seen].sort()).toEqual([...expected.keys()].sort());
    expect(seen).not.toContain(deleted.id);

    await expect(phone.getByRole('heading', { name: 'Abgegeben, Mia!' })).toBeVisible();
    await expect(phone.getByText(`Richtig: ${asked - 1} von ${asked}`)).toBeVisible();
    const code = await phone.getByLabel('Dein Ergebnis-Code').inputValue();

    // The teacher takes the code; the table reads the score the edited key gives.
    await teacher.getByLabel('Ergebnis-Codes einfügen').fill(code);
    await teacher.getByRole('button', { name: 'Übernehmen' }).click();
    await expect(teacher.getByText('Neu übernommen: 1. Schon vorhanden: 0.')).toBeVisible();
    await expect(
      teacher.getByRole('table').first().getByRole('row', { name: /Mia/ })
    ).toContainText(`${asked - 1} von ${asked}`);
    const questions = teacher.getByRole('table').nth(1);
    await expect(
      questions.getByRole('row', { name: new RegExp(literally(EDITED_PROMPT)) })
    ).toContainText('100 %');
  } finally {
    await student.close();
    await teacherContext.close();
    await site.close();
  }
});
