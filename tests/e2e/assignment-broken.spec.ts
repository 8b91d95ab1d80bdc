// Stored data must never brick the student's assignment page (issue 13 point 7): an attempt
// whose stored answer the page cannot render shows what happened, offers "Neu beginnen" and the
// library, and sets the stored attempts aside (kept, in every backup) instead of deleting them.
import { expect, test, type Page } from '@playwright/test';
import { encodeAssignmentLink } from '../../src/lib/core/assign/link';
import { assignmentOf, secretSet } from '../../src/lib/core/assign/test-fixtures';

const ASSIGNMENT_ID = 'a-broken-answer';

/** An own article's assignment: an order question, then a multiple choice, in this order. */
function assignmentLink(origin: string): string {
  const set = secretSet();
  const orderFirst = [...set.questions].sort(
    (a, b) => Number(b.type === 'order') - Number(a.type === 'order')
  );
  const assignment = assignmentOf(
    { ...set, questions: orderFirst },
    {
      id: ASSIGNMENT_ID,
      title: 'Kaputte Antwort',
      questions: { ids: ['q-order', 'q-mc'] },
      shuffleQuestions: false
    }
  );
  const link = encodeAssignmentLink(origin, assignment);
  if (!link.ok) throw new Error(link.problem);
  return link.link;
}

/** Runs in the page: the raw records of one store. */
function readStore(page: Page, store: string): Promise<unknown[]> {
  return page.evaluate(
    (name) =>
      new Promise<unknown[]>((resolve, reject) => {
        const open = indexedDB.open('lesequiz');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction(name).objectStore(name).getAll();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result as unknown[]);
          };
          request.onerror = () => reject(request.error);
        };
      }),
    store
  );
}

test('an attempt whose stored answer cannot be shown offers a fresh start and keeps the answers', async ({
  page,
  baseURL
}) => {
  // Regression: a stored order answer that repeats an item (it passes the record schema)
  // crashed the page with Svelte's each_key_duplicate whenever the student came to it again.
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(assignmentLink(baseURL!));
  await page.getByLabel('Dein Name oder ein Spitzname').fill('Lea');
  await page.getByRole('button', { name: 'Los geht’s' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Frage 1 von 2' })).toBeVisible();

  // The first question's answer, as a damaged backup or an older version might have stored it.
  await page.evaluate(
    (id) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('lesequiz');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('assignmentProgress', 'readwrite');
          const store = tx.objectStore('assignmentProgress');
          const read = store.get(id);
          read.onsuccess = () => {
            const record = read.result;
            record.attempts[0].answers = [
              {
                questionId: 'q-order',
                response: ['Zuerst', 'Zuerst', 'Dann'],
                answeredAtMs: record.attempts[0].startedAtMs + 1000
              }
            ];
            store.put(record);
          };
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    ASSIGNMENT_ID
  );
  const [stored] = await readStore(page, 'assignmentProgress');

  // Resumed at the open question; going back leads to the stored answer.
  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: 'Frage 2 von 2' })).toBeVisible();
  await page.getByRole('button', { name: 'Zurück' }).click();

  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Diese Aufgabe lässt sich mit den auf diesem Gerät');
  await expect(alert).toContainText('Nichts wird gelöscht');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kaputte Antwort');
  await expect(page.getByRole('link', { name: 'Zur Bibliothek' })).toHaveAttribute('href', '/');

  await page.getByRole('button', { name: 'Neu beginnen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'beiseitegelegt' })).toBeVisible();
  await expect(page.getByLabel('Dein Name oder ein Spitzname')).toBeVisible();
  // Nothing lost: the attempt, as stored, is a setting now (so every backup carries it).
  expect(await readStore(page, 'assignmentProgress')).toEqual([]);
  const settings = (await readStore(page, 'settings')) as { key: string; value: unknown }[];
  const setAside = settings.filter((s) =>
    s.key.startsWith(`set-aside/assignment-progress/${ASSIGNMENT_ID}/`)
  );
  expect(setAside.map((s) => s.value)).toEqual([stored]);

  // The assignment works again, across a reload.
  await page.reload();
  await page.getByLabel('Dein Name oder ein Spitzname').fill('Lea');
  await page.getByRole('button', { name: 'Los geht’s' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Frage 1 von 2' })).toBeVisible();
  expect(errors).toEqual([]);
});
