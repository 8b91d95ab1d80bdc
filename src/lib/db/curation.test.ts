import { describe, expect, it } from 'vitest';
import { addQuestion, deleteQuestion, emptyCuration, type Curation } from '$lib/core/curation';
import { exportBackup, importBackup } from './backup';
import { getCuration, resetCuration, saveCuration } from './curation';
import { freshDb, T0 } from './test-helpers';

function someCuration(setId = 'hikvision'): Curation {
  const deleted = deleteQuestion(emptyCuration(setId), 'q2');
  return addQuestion(deleted, {
    id: 't-1',
    type: 'short-answer',
    prompt: 'Wer protestiert?',
    answer: 'China',
    accept: ['die Volksrepublik China'],
    evidence: [1]
  });
}

describe('curation storage', () => {
  it('gives an empty curation for a set never curated', async () => {
    const db = await freshDb();
    expect(await getCuration(db, 'hikvision')).toEqual({
      ok: true,
      curation: emptyCuration('hikvision')
    });
    db.close();
  });

  it('saves, reads back and resets a curation per set', async () => {
    const db = await freshDb();
    expect(await saveCuration(db, someCuration())).toEqual({ ok: true, curation: someCuration() });
    await saveCuration(db, emptyCuration('other'));
    expect(await getCuration(db, 'hikvision')).toEqual({ ok: true, curation: someCuration() });
    await resetCuration(db, 'hikvision');
    expect(await getCuration(db, 'hikvision')).toEqual({
      ok: true,
      curation: emptyCuration('hikvision')
    });
    expect(await getCuration(db, 'other')).toEqual({ ok: true, curation: emptyCuration('other') });
    db.close();
  });

  it('refuses an invalid curation and keeps what was stored', async () => {
    const db = await freshDb();
    await saveCuration(db, someCuration());
    const broken = { ...someCuration(), deleted: ['not an id!'] };
    const result = await saveCuration(db, broken);
    expect(result.ok).toBe(false);
    expect(await getCuration(db, 'hikvision')).toEqual({ ok: true, curation: someCuration() });
    db.close();
  });

  it('reports a stored value that does not validate instead of silently dropping it', async () => {
    const db = await freshDb();
    await db.put('curations', { format: 'curation/1', setId: 'hikvision' } as never);
    const result = await getCuration(db, 'hikvision');
    expect(result.ok).toBe(false);
    db.close();
  });

  it('travels with a backup into another database', async () => {
    const source = await freshDb();
    await saveCuration(source, someCuration());
    const text = JSON.stringify(await exportBackup(source, T0));
    const target = await freshDb();
    const imported = await importBackup(target, text);
    expect(imported.ok).toBe(true);
    expect(await getCuration(target, 'hikvision')).toEqual({ ok: true, curation: someCuration() });
    source.close();
    target.close();
  });
});
