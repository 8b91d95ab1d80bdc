import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openLesequizDb, putSetting } from '$lib/db';
import { loadNewCardsPerDay } from './due-today';
import { DEFAULT_STUDY_SETTINGS, loadStudySettings, saveStudySetting } from './settings';

let counter = 0;
const freshDb = () => openLesequizDb({ name: `study-settings-${counter++}` });

describe('study settings', () => {
  it('give the defaults on a new device', async () => {
    expect(await loadStudySettings(await freshDb())).toEqual(DEFAULT_STUDY_SETTINGS);
  });

  it('keep what was saved', async () => {
    const db = await freshDb();
    await saveStudySetting(db, 'feedback', 'at-end');
    await saveStudySetting(db, 'foldUmlauts', true);
    await saveStudySetting(db, 'newCardsPerDay', 5);
    const settings = await loadStudySettings(db);
    expect(settings).toMatchObject({ feedback: 'at-end', foldUmlauts: true, newCardsPerDay: 5 });
    // The library reads the daily limit on its own: the same stored value.
    expect(await loadNewCardsPerDay(db)).toBe(5);
  });

  it('clamp the retention into the range FSRS handles', async () => {
    const db = await freshDb();
    await saveStudySetting(db, 'desiredRetention', 0.99);
    expect((await loadStudySettings(db)).desiredRetention).toBe(0.97);
  });

  it('refuse an invalid value and fall back from a corrupt stored one', async () => {
    const db = await freshDb();
    await expect(saveStudySetting(db, 'newCardsPerDay', -1)).rejects.toThrow();
    await putSetting(db, 'study.feedback', 'sometimes');
    expect((await loadStudySettings(db)).feedback).toBe('immediate');
  });
});
