// Assignments end to end: a teacher (desktop) creates one from the bundled article and gets a
// link with a QR code; a student (phone, second browser context) opens the link with the network
// off, answers and gets a result code; the teacher pastes it and sees the right score and item
// analysis, graded with the teacher's own key, and downloads the class table as CSV with a BOM.
// A link without a key gives no feedback at all (opened here from the `.quiz.json` file) and is
// still graded right; damaged links and codes get their messages and store nothing.
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { encodeResultCode } from '../../src/lib/core/assign/result-code';
import { startSiteServer, waitForActiveServiceWorker, gotoHydrated } from './helpers';
import { answer, BUNDLED, currentQuestion, promptsOfTypes } from './quiz-answers';

const DESKTOP = { viewport: { width: 1280, height: 800 }, isMobile: false, hasTouch: false };

/** Four questions of the bundled set of three kinds, found by the start of their prompts. */
const PICKED = promptsOfTypes(['multiple-choice', 'short-answer', 'cloze', 'short-answer']);

/** The teacher's side: creates an assignment of the four questions, returns its page and link. */
async function createAssignment(
  browser: Browser,
  options: { title: string; withholdKey: boolean; timeLimitMinutes?: number }
): Promise<{ teacher: Page; link: string; close: () => Promise<void> }> {
  const context = await browser.newContext(DESKTOP);
  const teacher = await context.newPage();
  await gotoHydrated(teacher, '/assign/hikvision-kanada');
  await expect(teacher.getByRole('heading', { level: 1 })).toHaveText('Aufgabe für die Klasse');
  await teacher.getByLabel('Titel der Aufgabe').fill(options.title);
  await teacher.getByLabel('Selbst auswählen').check();
  for (const prompt of PICKED) {
    await teacher.getByRole('checkbox', { name: prompt }).check();
  }
  if (options.withholdKey) await teacher.getByLabel('Link ohne Lösungen').check();
  if (options.timeLimitMinutes) {
    await teacher.getByLabel('Zeitlimit').check();
    await teacher.getByLabel('Minuten (1 bis 1440)').fill(String(options.timeLimitMinutes));
  }
  await teacher.getByRole('button', { name: 'Aufgabe erstellen' }).click();
  await expect(teacher.getByRole('heading', { level: 1 })).toHaveText(options.title);
  const link = await teacher.getByLabel('Link zur Aufgabe').inputValue();
  expect(link).toMatch(/\/a#1\.[A-Za-z0-9_-]+$/);
  return { teacher, link, close: () => context.close() };
}

/** Pastes result codes on the teacher's page and takes them. */
async function collect(teacher: Page, codes: string) {
  await teacher.getByLabel('Ergebnis-Codes einfügen').fill(codes);
  await teacher.getByRole('button', { name: 'Übernehmen' }).click();
}

test('a student answers offline; the teacher collects, sees score and item analysis, exports CSV', async ({
  browser,
  baseURL
}) => {
  test.setTimeout(240_000);
  const { teacher, link, close } = await createAssignment(browser, {
    title: 'Hikvision – Hausaufgabe',
    withholdKey: false
  });
  // The bundled set's link is short: its QR code is shown.
  await expect(teacher.getByRole('img', { name: /QR-Code des Links/ })).toBeVisible();
  await expect(teacher.getByText('Noch keine Ergebnisse.')).toBeVisible();

  // The student's phone has opened the app once; then the network is gone.
  const site = await startSiteServer();
  const student = await browser.newContext({ serviceWorkers: 'allow' });
  const phone = await student.newPage();
  try {
    await phone.goto(`${site.url}/a`);
    await waitForActiveServiceWorker(phone);
    await site.close();
    await student.setOffline(true);
    await phone.goto(link.replace(baseURL!, site.url));

    await expect(phone.getByRole('heading', { level: 1 })).toHaveText('Hikvision – Hausaufgabe');
    await expect(phone.getByText('Rückmeldung nach jeder Frage')).toBeVisible();
    await phone.getByLabel('Dein Name oder ein Spitzname').fill('Mia');
    await phone.getByRole('button', { name: 'Los geht’s' }).click();

    let wrongPrompt = '';
    for (let index = 1; index <= 4; index++) {
      await expect(phone.getByRole('heading', { level: 2 })).toHaveText(`Frage ${index} von 4`);
      const question = await currentQuestion(phone, BUNDLED);
      const right = index !== 2;
      if (!right) wrongPrompt = question.prompt;
      await answer(phone, question, right);
      await phone.getByRole('button', { name: 'Prüfen' }).click();
      await expect(phone.locator('form').getByRole('status')).toContainText(
        right ? 'Richtig!' : 'Nicht ganz.'
      );
      await phone
        .getByRole('button', { name: index === 4 ? 'Ergebnis ansehen' : 'Weiter' })
        .click();
    }

    await expect(phone.getByRole('heading', { name: 'Abgegeben, Mia!' })).toBeVisible();
    await expect(phone.getByText('Richtig: 3 von 4')).toBeVisible();
    await expect(phone.getByRole('img', { name: 'QR-Code deines Ergebnisses' })).toBeVisible();
    const code = await phone.getByLabel('Dein Ergebnis-Code').inputValue();
    expect(code).toMatch(/^LQ2-[A-Za-z0-9_-]+$/);

    // One attempt allowed: after a reload the same code is shown, and no new attempt starts.
    await phone.reload();
    await expect(phone.getByLabel('Dein Ergebnis-Code')).toHaveValue(code);
    await expect(phone.getByText('Alle erlaubten Versuche sind verbraucht.')).toBeVisible();

    // The teacher pastes the code inside a chat message, then again: it counts once.
    await collect(teacher, `Hallo, hier mein Ergebnis:\n${code}\nMia`);
    await expect(teacher.getByText('Neu übernommen: 1. Schon vorhanden: 0.')).toBeVisible();
    await collect(teacher, code);
    await expect(teacher.getByText('Neu übernommen: 0. Schon vorhanden: 1.')).toBeVisible();

    const students = teacher.getByRole('table').first();
    await expect(students.getByRole('row')).toHaveCount(2);
    await expect(students.getByRole('row', { name: /Mia/ })).toContainText('3 von 4 (75 %)');
    const questions = teacher.getByRole('table').nth(1);
    const wrongRow = questions.getByRole('row', { name: new RegExp(escape(wrongPrompt)) });
    await expect(wrongRow).toContainText('0 %');
    await expect(wrongRow).toContainText('(1×)');
    await expect(questions.getByRole('row').filter({ hasText: '100 %' })).toHaveCount(3);
    await expect(teacher.getByRole('img', { name: /Anteil richtiger Antworten/ })).toBeVisible();

    // The table survives a reload: the results are stored.
    await teacher.reload();
    await expect(
      teacher.getByRole('table').first().getByRole('row', { name: /Mia/ })
    ).toContainText('3 von 4');

    // CSV for a German spreadsheet: BOM, semicolons, decimal commas.
    const downloading = teacher.waitForEvent('download');
    await teacher.getByRole('button', { name: 'Als CSV herunterladen' }).click();
    const csv = await readFile((await (await downloading).path())!, 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain('Name;Richtig;Punkte;Fragen;Prozent');
    expect(csv).toMatch(/\r\nMia;3;3;4;75;/);

    // The teacher's list shows the assignment with one result.
    await teacher.getByRole('link', { name: 'Deine Aufgaben' }).click();
    const item = teacher.getByRole('listitem').filter({ hasText: 'Hikvision – Hausaufgabe' });
    await expect(item).toContainText('Ergebnisse: 1');
  } finally {
    await student.close();
    await close();
    await site.close();
  }
});

test('a link without a key, opened from its file: no feedback, resumes, graded by the teacher', async ({
  browser
}) => {
  test.setTimeout(240_000);
  const { teacher, close } = await createAssignment(browser, {
    title: 'Ohne Lösungen',
    withholdKey: true
  });
  const downloading = teacher.waitForEvent('download');
  await teacher.getByRole('button', { name: 'Als Datei speichern' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('ohne-lösungen.quiz.json');
  const file = await download.path();

  const student = await browser.newContext();
  const phone = await student.newPage();
  try {
    await gotoHydrated(phone, '/a');
    await expect(phone.getByRole('heading', { level: 1 })).toHaveText('Aufgabe öffnen');
    await phone.getByLabel('Datei öffnen').setInputFiles(file!);
    await expect(phone.getByRole('heading', { level: 1 })).toHaveText('Ohne Lösungen');
    await expect(phone.getByText('Rückmeldung später von der Lehrkraft')).toBeVisible();
    await phone.getByLabel('Dein Name oder ein Spitzname').fill('Ben');
    await phone.getByRole('button', { name: 'Los geht’s' }).click();

    for (let index = 1; index <= 4; index++) {
      if (index === 3) {
        // Each answer is stored as it is given: a reload resumes on the next question.
        await phone.reload();
      }
      await expect(phone.getByRole('heading', { level: 2 })).toHaveText(`Frage ${index} von 4`);
      await answer(phone, await currentQuestion(phone, BUNDLED), index !== 4);
      // Never "Prüfen", never right or wrong: the next question follows at once.
      await expect(phone.getByRole('button', { name: 'Prüfen' })).toHaveCount(0);
      await phone.getByRole('button', { name: index === 4 ? 'Abgeben' : 'Weiter' }).click();
      await expect(phone.getByText(/Richtig!|Nicht ganz\./)).toHaveCount(0);
    }
    await expect(phone.getByRole('heading', { name: 'Abgegeben, Ben!' })).toBeVisible();
    await expect(phone.getByText(/Richtig: \d/)).toHaveCount(0);
    const code = await phone.getByLabel('Dein Ergebnis-Code').inputValue();

    await collect(teacher, code);
    await expect(
      teacher.getByRole('table').first().getByRole('row', { name: /Ben/ })
    ).toContainText('3 von 4');
  } finally {
    await student.close();
    await close();
  }
});

test('a time limit counts down and submits the answers given when it runs out', async ({
  browser
}) => {
  test.setTimeout(240_000);
  const { teacher, link, close } = await createAssignment(browser, {
    title: 'Mit Zeitlimit',
    withholdKey: false,
    timeLimitMinutes: 2
  });
  const student = await browser.newContext();
  const phone = await student.newPage();
  try {
    // The clock stands still except when the test moves it: a busy machine changes nothing.
    const startMs = Date.UTC(2026, 2, 2, 8, 0, 0);
    await phone.clock.install({ time: startMs });
    // The installed clock runs until paused: a margin of a minute, or a loaded machine passes
    // the pause point first (`Cannot fast-forward to the past`).
    await phone.clock.pauseAt(startMs + 60_000);
    await phone.goto(link);
    await expect(phone.getByText('Zeitlimit: 2 Min.')).toBeVisible();
    await phone.getByLabel('Dein Name oder ein Spitzname').fill('Kim');
    await phone.getByRole('button', { name: 'Los geht’s' }).click();
    const timer = phone.getByRole('timer');
    await expect(timer).toHaveText('Noch 2:00');
    await answer(phone, await currentQuestion(phone, BUNDLED), true);
    await phone.getByRole('button', { name: 'Prüfen' }).click();
    await phone.getByRole('button', { name: 'Weiter' }).click();
    await phone.clock.runFor(61_000);
    await expect(timer).toHaveText('Noch 0:59');

    // At zero the attempt is submitted with the one answer given.
    await phone.clock.runFor(60_000);
    await expect(phone.getByRole('heading', { name: 'Abgegeben, Kim!' })).toBeVisible();
    await expect(phone.getByText('Richtig: 1 von 4')).toBeVisible();
    await collect(teacher, await phone.getByLabel('Dein Ergebnis-Code').inputValue());
    const row = teacher.getByRole('table').first().getByRole('row', { name: /Kim/ });
    await expect(row).toContainText('1 von 4');
    await expect(row).toContainText('2:00 Min.');
  } finally {
    await student.close();
    await close();
  }
});

test('damaged links and codes get their own messages and store nothing', async ({ browser }) => {
  test.setTimeout(240_000);
  const { teacher, link, close } = await createAssignment(browser, {
    title: 'Prüfung der Fehler',
    withholdKey: false
  });
  const student = await browser.newContext();
  const phone = await student.newPage();
  try {
    const fragment = link.slice(link.indexOf('#') + 1);
    // One character changed in the middle: the checksum notices.
    const at = Math.floor(fragment.length / 2);
    const tampered = `${fragment.slice(0, at)}${fragment[at] === 'A' ? 'B' : 'A'}${fragment.slice(at + 1)}`;
    const cases: [string, RegExp][] = [
      [tampered, /Dieser Link ist beschädigt/],
      ['kein-link', /kein Aufgaben-Link von Lesequiz/],
      // Version 2 holds edits to a bundled set; 3 comes from an app newer than this one.
      [`3.${fragment.slice(2)}`, /neueren Version von Lesequiz/]
    ];
    for (const [hash, message] of cases) {
      await phone.goto(`/a#${hash}`);
      await expect(phone.getByRole('alert')).toHaveText(message);
      await expect(phone.getByLabel('Dein Name oder ein Spitzname')).toHaveCount(0);
    }

    const assignmentId = decodeURIComponent(new URL(teacher.url()).pathname.split('/').pop()!);
    const startedAtMs = Date.UTC(2026, 2, 2, 8, 0, 0);
    const codeFor = (id: string, student: string) => {
      const encoded = encodeResultCode({
        assignmentId: id,
        student,
        attempt: 1,
        startedAtMs,
        finishedAtMs: startedAtMs + 60_000,
        answers: []
      });
      if (!encoded.ok) throw new Error(encoded.problem);
      return encoded.code;
    };
    const good = codeFor(assignmentId, 'Eva');
    const damaged = `${good.slice(0, 12)}${good[12] === 'x' ? 'y' : 'x'}${good.slice(13)}`;
    const foreign = codeFor('a-someone-else', 'Tom');
    await collect(teacher, `${damaged}\n\n${foreign}`);
    const problems = teacher.getByRole('alert');
    await expect(problems).toContainText('Nicht übernommen: 2.');
    await expect(problems).toContainText('beschädigt (ein Zeichen fehlt oder ist falsch)');
    await expect(problems).toContainText('gehört zu einer anderen Aufgabe');
    await expect(teacher.getByText('Noch keine Ergebnisse.')).toBeVisible();
    // The codes that could not be taken stay in the field to be fixed.
    await expect(teacher.getByLabel('Ergebnis-Codes einfügen')).toHaveValue(
      `${damaged}\n${foreign}`
    );
    await collect(teacher, 'Viele Grüße');
    await expect(teacher.getByRole('alert')).toHaveText(/kein Ergebnis-Code/);
  } finally {
    await student.close();
    await close();
  }
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`teacher and student screens pass axe (${colorScheme})`, async ({ browser }) => {
    test.setTimeout(150_000);
    const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
    const violations = async (page: Page, screen: string) =>
      (await new AxeBuilder({ page }).withTags(tags).analyze()).violations.map(
        (v) => `${screen}: ${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`
      );
    const found: string[] = [];
    const form = await browser.newContext({ ...DESKTOP, colorScheme });
    const formPage = await form.newPage();
    await gotoHydrated(formPage, '/assign/hikvision-kanada');
    await formPage.getByLabel('Titel der Aufgabe').fill('');
    await formPage.getByLabel('Selbst auswählen').check();
    await formPage.getByRole('button', { name: 'Aufgabe erstellen' }).click();
    await expect(formPage.getByText('Bitte korrigiere:')).toBeVisible();
    found.push(...(await violations(formPage, 'form with errors')));
    await form.close();

    const { teacher, link, close } = await createAssignment(browser, {
      title: 'Barrierefrei',
      withholdKey: false
    });
    const student = await browser.newContext({ colorScheme });
    const phone = await student.newPage();
    try {
      await teacher.emulateMedia({ colorScheme });
      await expect(teacher.getByRole('img', { name: /QR-Code/ })).toBeVisible();
      found.push(...(await violations(teacher, 'assignment page')));
      await phone.goto(link);
      await phone.getByLabel('Dein Name oder ein Spitzname').fill('Ada');
      found.push(...(await violations(phone, 'student intro')));
      await phone.getByRole('button', { name: 'Los geht’s' }).click();
      for (let index = 1; index <= 4; index++) {
        await expect(phone.getByRole('heading', { level: 2 })).toHaveText(`Frage ${index} von 4`);
        await answer(phone, await currentQuestion(phone, BUNDLED), false);
        await phone.getByRole('button', { name: 'Prüfen' }).click();
        if (index === 1) found.push(...(await violations(phone, 'student feedback')));
        await phone
          .getByRole('button', { name: index === 4 ? 'Ergebnis ansehen' : 'Weiter' })
          .click();
      }
      await expect(phone.getByRole('img', { name: 'QR-Code deines Ergebnisses' })).toBeVisible();
      found.push(...(await violations(phone, 'result code')));
      await collect(teacher, await phone.getByLabel('Dein Ergebnis-Code').inputValue());
      await expect(teacher.getByRole('img', { name: /Anteil richtiger Antworten/ })).toBeVisible();
      found.push(...(await violations(teacher, 'class results')));
      await teacher.goto('/assignments');
      await expect(teacher.getByRole('link', { name: 'Barrierefrei' })).toBeVisible();
      found.push(...(await violations(teacher, 'assignment list')));
      expect(found).toEqual([]);
    } finally {
      await student.close();
      await close();
    }
  });
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}
