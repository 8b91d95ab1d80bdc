/** The teacher's editor without a browser: saving, undo, reordering, triage and failed saves. */
import { describe, expect, it } from 'vitest';
import { newTeacherQuestionId } from '$lib/core/curation';
import { everyTypeSet } from '$lib/core/curation/test-helpers';
import type { Question } from '$lib/core/quizset/schema';
import { getCuration, resetCuration, saveCuration, type LesequizDb } from '$lib/db';
import { freshDb } from '$lib/db/test-helpers';
import {
  CurationSession,
  MAX_HISTORY,
  UNDO_WINDOW_MS,
  type CurationStore
} from './curation-session.svelte';

const T0 = Date.UTC(2026, 2, 2, 8, 0, 0);

function storeOn(db: LesequizDb): CurationStore {
  return {
    load: (setId) => getCuration(db, setId),
    save: (curation) => saveCuration(db, curation),
    reset: (setId) => resetCuration(db, setId)
  };
}

function manualTimer() {
  const pending: { run: () => void; ms: number; cancelled: boolean }[] = [];
  return {
    schedule: (run: () => void, ms: number) => {
      const entry = { run, ms, cancelled: false };
      pending.push(entry);
      return () => (entry.cancelled = true);
    },
    fire: () => {
      for (const entry of pending.splice(0)) if (!entry.cancelled) entry.run();
    },
    pending
  };
}

async function setup(store?: (db: LesequizDb) => CurationStore) {
  const db = await freshDb();
  const timer = manualTimer();
  const session = new CurationSession(everyTypeSet(), {
    store: (store ?? storeOn)(db),
    now: () => T0,
    schedule: timer.schedule
  });
  await session.load();
  return { db, session, timer };
}

const ids = (session: CurationSession) => session.questions.map((q) => q.id);
const question = (session: CurationSession, id: string) =>
  session.questions.find((q) => q.id === id) as Question;

describe('CurationSession', () => {
  it('saves an edit at once and says so', async () => {
    const { db, session } = await setup();
    session.startEditing('q-short');
    const edited = { ...question(session, 'q-short'), prompt: 'Was kostete die Brücke?' };
    expect(await session.saveEdit(edited)).toBe(true);
    expect(session.editingId).toBeNull();
    expect(session.status).toBe('saved');
    expect(session.isEdited(edited)).toBe(true);
    const stored = await getCuration(db, 'graz');
    expect(stored.ok && stored.curation.edits['q-short']).toMatchObject({
      prompt: 'Was kostete die Brücke?'
    });
  });

  it('says "saved" only once this change is stored, not while it is (regression: a stale "Gespeichert." let a teacher leave mid-save)', async () => {
    const db = await freshDb();
    let release: () => void = () => {};
    const store = storeOn(db);
    let hold = false;
    const slow: CurationStore = {
      ...store,
      save: async (curation) => {
        if (hold) await new Promise<void>((resolve) => (release = resolve));
        return store.save(curation);
      }
    };
    const session = new CurationSession(everyTypeSet(), {
      store: slow,
      now: () => T0,
      schedule: manualTimer().schedule
    });
    await session.load();
    await session.remove(question(session, 'q-tf'), 1);
    expect(session.status).toBe('saved');
    hold = true;
    session.startEditing('q-short');
    const pending = session.saveEdit({ ...question(session, 'q-short'), prompt: 'Neu?' });
    expect(session.status).toBe('');
    release();
    expect(await pending).toBe(true);
    expect(session.status).toBe('saved');
  });

  it('deletes with a notice that the timer takes away, and walks back step by step', async () => {
    const { session, timer } = await setup();
    await session.remove(question(session, 'q-tf'), 1);
    expect(session.notice).toEqual({ kind: 'deleted', number: 2 });
    expect(timer.pending.at(-1)?.ms).toBe(UNDO_WINDOW_MS);
    await session.move(question(session, 'q-card'), -1);
    // Any later change takes the delete's notice away; the history keeps both steps.
    expect(session.notice).toBeNull();
    expect(ids(session)).toEqual(['q-mc', 'q-cloze', 'q-short', 'q-order', 'q-card', 'q-match']);
    expect(session.history).toHaveLength(2);
    await session.undoStep();
    expect(ids(session)).toEqual(['q-mc', 'q-cloze', 'q-short', 'q-order', 'q-match', 'q-card']);
    await session.undoStep();
    expect(ids(session)).toContain('q-tf');
    expect(session.status).toBe('undone');
    expect(await session.undoStep()).toBe(false);
  });

  it('strikes many at once, moves to the top and drops a dragged question', async () => {
    const { session } = await setup();
    session.toggleSelected('q-tf', true);
    session.toggleSelected('q-order', true);
    session.toggleSelected('q-order', false);
    session.toggleSelected('q-match', true);
    expect(await session.strikeSelected()).toBe(true);
    expect(session.notice).toEqual({ kind: 'struck', count: 2 });
    expect(session.selected.size).toBe(0);
    expect(ids(session)).toEqual(['q-mc', 'q-cloze', 'q-short', 'q-order', 'q-card']);
    await session.moveTo(question(session, 'q-card'), 0);
    expect(ids(session)[0]).toBe('q-card');
    // Over the gap before card 3: the first card lands at place 2 (0-based 1).
    await session.drop('q-card', 2);
    expect(ids(session)).toEqual(['q-mc', 'q-card', 'q-cloze', 'q-short', 'q-order']);
    expect(await session.drop('q-card', 1)).toBe(false);
    expect(await session.drop('q-card', 2)).toBe(false);
  });

  it('walks through the questions in triage: keep, edit, strike, and skips struck ones', async () => {
    const { session } = await setup();
    session.startTriage();
    expect(session.triageQuestion?.id).toBe('q-mc');
    session.triageKeep();
    expect(session.triageQuestion?.id).toBe('q-tf');
    session.triageEditing(true);
    await session.triageSave({ ...question(session, 'q-tf'), prompt: 'Sie kostete 20 Mio.' });
    expect(session.triage).toMatchObject({ kept: 1, edited: 1, editing: false });
    await session.triageStrike(question(session, 'q-cloze'));
    expect(session.triage).toMatchObject({ struck: 1, at: 3 });
    expect(session.triageQuestion?.id).toBe('q-short');
    session.endTriage();
    expect(session.triage).toBeNull();
  });

  it('gives a new question an id from the injected clock', async () => {
    const { session } = await setup();
    session.startAdding('short-answer');
    const taken = everyTypeSet().questions.map((q) => q.id);
    expect(session.adding).toEqual({
      type: 'short-answer',
      id: newTeacherQuestionId(taken, T0)
    });
    const added: Question = {
      id: session.adding!.id,
      type: 'short-answer',
      prompt: 'Wo steht die Brücke?',
      answer: 'Graz',
      evidence: [0]
    };
    expect(await session.saveNew(added)).toBe(true);
    expect(session.adding).toBeNull();
    expect(ids(session).at(-1)).toBe(added.id);
  });

  it('a change that cannot be stored is taken back and the error kept', async () => {
    const { session } = await setup((db) => ({
      ...storeOn(db),
      save: async () => {
        throw new Error('disk full');
      }
    }));
    const before = ids(session);
    expect(await session.remove(question(session, 'q-mc'), 0)).toBe(false);
    expect(ids(session)).toEqual(before);
    expect(session.history).toEqual([]);
    expect(session.notice).toBeNull();
    expect(String(session.error)).toContain('disk full');
  });

  it('keeps at most MAX_HISTORY steps and resets to the generated set', async () => {
    const { db, session } = await setup();
    for (let i = 0; i < MAX_HISTORY + 5; i++)
      await session.move(question(session, 'q-mc'), i % 2 === 0 ? 1 : -1);
    expect(session.history).toHaveLength(MAX_HISTORY);
    expect(await session.reset()).toBe(true);
    expect(session.status).toBe('reset');
    expect(ids(session)).toEqual(everyTypeSet().questions.map((q) => q.id));
    const stored = await getCuration(db, 'graz');
    expect(stored.ok && stored.curation.order).toEqual([]);
  });
});
