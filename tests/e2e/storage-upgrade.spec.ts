// Proves the schema version 2 upgrade in a real browser: a device of the previous version, with
// a teacher's assignment, edits and a student's progress kept as settings, opens the new app and
// finds them in their own stores, moved inside the upgrade (the unit test runs on
// fake-indexeddb; this one on Chromium's IndexedDB).
import { expect, test } from '@playwright/test';
import { V1_ASSIGNMENT_SETTINGS } from '../../src/lib/db/fixtures/v1-assignments';

test('assignments and edits stored by the previous version survive the upgrade', async ({
  page
}) => {
  // A page of the app's origin that opens no database, so version 1 can be made first.
  await page.goto('/robots.txt');
  await page.evaluate(
    (settings) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('lesequiz', 1);
        request.onupgradeneeded = () => {
          const db = request.result;
          for (const name of ['sets', 'attempts', 'cards']) {
            db.createObjectStore(name, { keyPath: name === 'cards' ? 'cardId' : 'id' });
          }
          for (const name of ['answers', 'reviews'])
            db.createObjectStore(name, { keyPath: 'seq', autoIncrement: true });
          const store = db.createObjectStore('settings', { keyPath: 'key' });
          for (const setting of settings) store.put(setting);
        };
        request.onsuccess = () => {
          request.result.close();
          resolve();
        };
        request.onerror = () => reject(request.error);
      }),
    Object.values(V1_ASSIGNMENT_SETTINGS)
  );

  await page.goto('/assignments');
  await expect(page.getByRole('listitem').filter({ hasText: 'Geheimnisse' })).toContainText(
    'Ergebnisse: 1'
  );

  const stored = await page.evaluate(
    () =>
      new Promise<{ version: number; settings: string[]; assignments: string[] }>(
        (resolve, reject) => {
          const request = indexedDB.open('lesequiz');
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            const db = request.result;
            const tx = db.transaction(['settings', 'teacherAssignments']);
            const settings = tx.objectStore('settings').getAllKeys();
            const assignments = tx.objectStore('teacherAssignments').getAllKeys();
            tx.oncomplete = () => {
              db.close();
              resolve({
                version: db.version,
                settings: settings.result.map(String),
                assignments: assignments.result.map(String)
              });
            };
          };
        }
      )
  );
  expect(stored.version).toBeGreaterThanOrEqual(2);
  expect(stored.assignments).toEqual(['aufgabe-1']);
  // Moved, not copied: only what no store could key, and the ordinary setting, stay.
  expect(stored.settings).toEqual(['assignment/kaputt', 'assignments.sort']);
});
