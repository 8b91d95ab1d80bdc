// An edited bundled set still goes out as one QR code (issue 12, point 2): the teacher deletes a
// question and edits another (its prompt and its right answer), and the assignment's link carries
// only the edits (a `2.` link short enough for one QR code, said so before "Aufgabe erstellen").
// A student's phone, offline, opens it from the app's precached copy of the set and is asked
// exactly the teacher's questions, the edited one as edited and the deleted one never; the
// result code hands in, and the teacher's table grades it with the edited key. A phone whose app
// holds another version of the set opens the edits when the part the link relies on is the same,
// and otherwise says what to do instead of asking other questions.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { createAssignment } from '../../src/lib/core/assign/create';
import { encodeAssignmentLink, MAX_QR_LINK_CHARS } from '../../src/lib/core/assign/link';
import {
  applyCuration,
  deleteQuestion,
  editQuestion,
  emptyCuration
} from '../../src/lib/core/curation/index';
import { parseQuizSet, type Question, type QuizSet } from '../../src/lib/core/quizset/schema';
import { copyOfBuild, gotoHydrated, startSiteServer, waitForActiveServiceWorker } from './helpers';
import { answer, BUNDLED, currentQuestion, literally, type StoredQuestion } from './quiz-answers';

const DESKTOP = { viewport: { width: 1280, height: 800 }, isMobile: false, hasTouch: false };
const TITLE = 'Hikvision – bearbeitet';
const EDITED_PROMPT = 'Welche Antwort hat die Lehrkraft als richtig festgelegt?';

const all = [...BUNDLED.values()];
const quizQuestions = all.filter((q) => q.type !== 'flashcard');
/** The set's first multiple-choice question is edited; the first other quiz question goes. */
const editedIndex = all.findIndex((q) => q.type === 'multiple-choice');
const deletedIndex = all.findIndex((q, i) => i !== editedIndex && q.type !== 'flashcard');
const deleted = all[deletedIndex]!;
const original = all[editedIndex]! as StoredQuestion & { choices: string[] };
/** The edited question's new right answer: another of its choices. */
const newAnswer = original.choices.find((choice) => choice !== original.answer)!;
const edited: StoredQuestion = { ...original, prompt: EDITED_PROMPT, answer: newAnswer };

test('a teacher’s edits to a bundled set travel as one QR code; the student gets exactly them', async ({
  browser,
  baseURL
}) => {
  test.setTimeout(240_000);
  expect(editedIndex).toBeGreaterThanOrEqual(0);
  expect(deletedIndex).toBeGreaterThanOrEqual(0);
  const teacherContext = await browser.newContext(DESKTOP);
  const teacher = await teacherContext.newPage();
  const site = await startSiteServer();
  const student = await browser.newContext({ serviceWorkers: 'allow' });
  const phone = await student.newPage();
  try {
    // Curation: edit question N (its prompt and right answer), then delete question M.
    await gotoHydrated(teacher, '/teach/hikvision-kanada');
    const number = editedIndex + 1;
    await teacher.getByRole('button', { name: `Bearbeiten: Frage ${number}`, exact: true }).click();
    const editor = teacher.getByRole('form', { name: `Frage ${number} bearbeiten`, exact: true });
    await editor.getByLabel('Frage', { exact: true }).fill(EDITED_PROMPT);
    await editor.getByLabel('Richtige Antwort (genau wie in der Auswahl)').fill(newAnswer);
    await editor.getByRole('button', { name: 'Speichern' }).click();
    await expect(teacher.getByRole('status').filter({ hasText: 'Gespeichert.' })).toBeVisible();
    const gone = deletedIndex + 1;
    await teacher.getByRole('button', { name: `Löschen: Frage ${gone}`, exact: true }).click();
    await expect(teacher.getByText(`Frage ${gone} gelöscht.`)).toBeVisible();

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

test('a phone with another version of the set: edits that still apply open, others say what to do', async ({
  browser
}) => {
  const dir = await copyOfBuild();
  const file = join(dir, 'data', 'sets', 'hikvision-kanada.json');
  const json = JSON.parse(await readFile(file, 'utf8')) as QuizSet;
  const parsed = parseQuizSet(json);
  if (!parsed.ok) throw new Error(parsed.issues.join('; '));
  const shipped = parsed.set;
  // The teacher's edits, made against the set this build ships.
  const mc = shipped.questions.find((q) => q.id === original.id)!;
  let curation = deleteQuestion(emptyCuration(shipped.id), deleted.id);
  curation = editQuestion(curation, shipped, { ...mc, prompt: EDITED_PROMPT } as Question);
  const set = applyCuration(shipped, curation).set;
  const made = createAssignment(
    set,
    {
      id: 'a-other-version',
      title: 'Andere Fassung',
      bundled: true,
      shipped,
      questions: { ids: set.questions.filter((q) => q.type !== 'flashcard').map((q) => q.id) },
      answerKey: 'included',
      feedback: 'immediate',
      shuffleQuestions: false,
      shuffleChoices: false,
      attemptsAllowed: 1
    },
    () => 0
  );
  if (!made.ok) throw new Error(JSON.stringify(made));
  const site = await startSiteServer(dir);
  try {
    const encoded = encodeAssignmentLink(site.url, made.value);
    if (!encoded.ok) throw new Error(encoded.problem);

    // Another version whose flashcards differ: the link does not use them, so it opens.
    const card = json.questions.find((q) => q.type === 'flashcard')!;
    await writeFile(
      file,
      JSON.stringify({
        ...json,
        questions: json.questions.map((q) =>
          q.id === card.id ? { ...q, answer: 'Eine andere Rückseite' } : q
        )
      })
    );
    await expectOnPhone(browser, encoded.link, async (phone) => {
      await expect(phone.getByRole('heading', { level: 1 })).toHaveText('Andere Fassung');
      await expect(phone.getByRole('button', { name: 'Los geht’s' })).toBeVisible();
    });

    // Another version in which a question the link names reads differently: refused, clearly.
    const named = json.questions.find(
      (q) => q.type !== 'flashcard' && q.id !== original.id && q.id !== deleted.id
    )!;
    await writeFile(
      file,
      JSON.stringify({
        ...json,
        questions: json.questions.map((q) =>
          q.id === named.id ? { ...q, prompt: `${q.prompt} (andere Fassung)` } : q
        )
      })
    );
    await expectOnPhone(browser, encoded.link, async (phone) => {
      await expect(phone.getByRole('alert')).toContainText(
        'mit einer anderen Fassung des Artikels erstellt'
      );
      await expect(phone.getByRole('alert')).toContainText('Öffne Lesequiz einmal mit Internet');
      await expect(phone.getByRole('button', { name: 'Los geht’s' })).toHaveCount(0);
    });
  } finally {
    await site.close();
  }
});

/** Opens `link` on a fresh phone without a service worker, so it reads the set as served now. */
async function expectOnPhone(
  browser: Browser,
  link: string,
  check: (phone: Page) => Promise<void>
) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  try {
    const phone = await context.newPage();
    await phone.goto(link);
    await check(phone);
  } finally {
    await context.close();
  }
}
