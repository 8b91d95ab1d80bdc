import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { databaseExists } from './exists';
import { openLesequizDb } from './open';
import { uniqueName } from './test-helpers';

describe('databaseExists', () => {
  it('is false before the database was ever opened, and opening nothing creates it', async () => {
    const name = uniqueName();
    expect(await databaseExists(indexedDB, name)).toBe(false);
    expect(await databaseExists(indexedDB, name)).toBe(false);
  });

  it('is true once the app opened (and so created) its database', async () => {
    const name = uniqueName();
    const db = await openLesequizDb({ name });
    db.close();
    expect(await databaseExists(indexedDB, name)).toBe(true);
  });

  it('is true when the browser cannot list databases (Firefox before 126): storage loads as before', async () => {
    expect(await databaseExists({}, uniqueName())).toBe(true);
    expect(await databaseExists(null, uniqueName())).toBe(true);
  });

  it('is true when listing fails, so a broken listing never hides stored work', async () => {
    const failing = { databases: () => Promise.reject(new Error('SecurityError')) };
    expect(await databaseExists(failing, uniqueName())).toBe(true);
  });
});
