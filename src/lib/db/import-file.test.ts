import { describe, expect, it, vi } from 'vitest';
import { recordAnswer } from './answers';
import { startAttempt } from './attempts';
import { exportBackup, trackWrites, type Backup, type ImportProgress } from './backup';
import {
  ImportCancelled,
  importBackupFile,
  runImport,
  type ImportReply,
  type ImportRequest,
  type ImportWorker
} from './import-file';
import type { LesequizDb } from './schema';
import { freshDb, MINUTE, T0, withFullDisk } from './test-helpers';

/** A backup with `answers` answers in one attempt (the size of a heavy learner's history). */
async function bigBackup(answers: number): Promise<Backup> {
  const source = await freshDb();
  await startAttempt(source, {
    id: 'a1',
    setId: 'hikvision',
    questionIds: ['q1'],
    options: { feedback: 'immediate', questionTypes: ['short-answer'], grading: {} },
    currentIndex: 0,
    startedAtMs: T0
  });
  await recordAnswer(source, {
    attemptId: 'a1',
    questionId: 'q1',
    response: 'Kanada',
    correct: true,
    answeredAtMs: T0 + MINUTE,
    cardId: 'hikvision/f1'
  });
  const backup = await exportBackup(source, T0);
  source.close();
  const [answer] = backup.answers;
  return {
    ...backup,
    answers: Array.from({ length: answers }, (_, i) => ({ ...answer!, answeredAtMs: T0 + i }))
  };
}

const fileOf = (value: unknown) =>
  new Blob([typeof value === 'string' ? value : JSON.stringify(value)]);

/** Runs `runImport` as the worker would and returns everything it posted. */
async function repliesOf(file: Blob, db: LesequizDb): Promise<ImportReply[]> {
  const replies: ImportReply[] = [];
  await runImport(
    { file },
    async () => db,
    (reply) => replies.push(reply)
  );
  return replies;
}

describe('trackWrites', () => {
  it('reports the start, every so many finished writes and the last one', async () => {
    const reports: ImportProgress[] = [];
    const values = await trackWrites(
      Array.from({ length: 7 }, (_, i) => Promise.resolve(i)),
      (progress) => reports.push(progress),
      3
    );
    expect(values).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(reports.map((r) => (r.phase === 'saving' ? r.done : -1))).toEqual([0, 3, 6, 7]);
    expect(reports.every((r) => r.phase === 'saving' && r.total === 7)).toBe(true);
  });

  it('rejects with the first failing write, as Promise.all does', async () => {
    const failing = Promise.reject(new Error('disk full'));
    await expect(trackWrites([Promise.resolve(1), failing], () => {})).rejects.toThrow('disk full');
  });
});

describe('runImport (the worker’s side)', () => {
  it('reads, checks and saves 1,200 answers, reporting progress in steps, then the result', async () => {
    const db = await freshDb();
    const replies = await repliesOf(fileOf(await bigBackup(1200)), db);
    const phases = replies.flatMap((r) => (r.type === 'progress' ? [r.progress.phase] : []));
    expect(phases.slice(0, 2)).toEqual(['reading', 'checking']);
    const saving = replies.flatMap((r) =>
      r.type === 'progress' && r.progress.phase === 'saving' ? [r.progress.done] : []
    );
    const done = replies.at(-1);
    expect(done).toMatchObject({
      type: 'done',
      result: { ok: true, counts: { answers: { added: 1200 }, attempts: { added: 1 } } }
    });
    if (done?.type !== 'done' || !done.result.ok) throw new Error('not done');
    // Every record written (the answers, the attempt, its card and review), reported every 500.
    const writes = Object.values(done.result.counts).reduce((sum, c) => sum + c.added, 0);
    expect(saving).toEqual([0, 500, 1000, writes]);
    expect(await db.count('answers')).toBe(1200);
  });

  it('posts a refused file as a result with its reason, and writes nothing', async () => {
    const db = await freshDb();
    const replies = await repliesOf(fileOf('{"format": "lesequiz-backup/2", '), db);
    expect(replies.at(-1)).toMatchObject({
      type: 'done',
      result: { ok: false, reason: 'not-json' }
    });
    expect(await db.count('attempts')).toBe(0);
  });

  it('posts a full disk as a failure of its kind, and nothing is kept', async () => {
    const db = await freshDb();
    const replies = await repliesOf(
      fileOf(await bigBackup(600)),
      withFullDisk(db, 'answers', 'add')
    );
    expect(replies.at(-1)).toMatchObject({ type: 'failed', kind: 'quota-exceeded' });
    expect(await db.count('answers')).toBe(0);
    expect(await db.count('attempts')).toBe(0);
  });
});

/** A worker that runs the import in this thread (the real one runs the same `runImport`). */
function inThreadWorker(db: LesequizDb, options: { hold?: boolean } = {}) {
  const worker: ImportWorker & { terminated: boolean } = {
    onmessage: null,
    onerror: null,
    terminated: false,
    terminate() {
      worker.terminated = true;
    },
    postMessage(request) {
      if (options.hold) {
        worker.onmessage?.({ data: { type: 'progress', progress: { phase: 'reading' } } } as never);
        return;
      }
      void runImport(
        request,
        async () => db,
        (reply) => worker.onmessage?.({ data: reply } as MessageEvent<ImportReply>)
      );
    }
  };
  return worker;
}

describe('importBackupFile (the page’s side)', () => {
  it('resolves with the result, passes progress on and ends the worker', async () => {
    const db = await freshDb();
    const worker = inThreadWorker(db);
    const onProgress = vi.fn();
    const result = await importBackupFile(worker, fileOf(await bigBackup(20)), onProgress);
    expect(result).toMatchObject({ ok: true, counts: { answers: { added: 20 } } });
    expect(onProgress).toHaveBeenCalledWith({ phase: 'reading' });
    const last = onProgress.mock.lastCall?.[0] as ImportProgress;
    expect(last).toMatchObject({ phase: 'saving' });
    if (last.phase === 'saving') expect(last.done).toBe(last.total);
    expect(worker.terminated).toBe(true);
  });

  it('turns a failure in the worker into a StorageError of its kind', async () => {
    const db = await freshDb();
    const worker = inThreadWorker(withFullDisk(db, 'answers', 'add'));
    await expect(
      importBackupFile(worker, fileOf(await bigBackup(5)), () => {})
    ).rejects.toMatchObject({ name: 'StorageError', kind: 'quota-exceeded' });
  });

  // Regression (issue 13 point 11): the page read, parsed and saved a big backup itself and
  // froze. Its side of the boundary hands over the file, a handle the browser passes without
  // copying its bytes, and reads none of it.
  it('regression: hands the file itself to the worker and reads none of it', async () => {
    const file = fileOf(await bigBackup(20));
    for (const name of ['text', 'arrayBuffer', 'bytes', 'stream', 'slice'] as const)
      Object.defineProperty(file, name, {
        value: () => {
          throw new Error(`the page called file.${name}()`);
        }
      });
    const posted: ImportRequest[] = [];
    const worker: ImportWorker = {
      onmessage: null,
      onerror: null,
      terminate() {},
      postMessage(request) {
        posted.push(request);
        const result = { ok: true, counts: {}, merged: { results: 0, attempts: 0 } };
        worker.onmessage?.({ data: { type: 'done', result } } as never);
      }
    };
    await importBackupFile(worker, file, () => {});
    expect(posted).toHaveLength(1);
    expect(Object.keys(posted[0]!)).toEqual(['file']);
    expect(posted[0]!.file).toBe(file);
  });

  it('cancels: the worker is ended (its transaction with it) and the page hears so', async () => {
    const db = await freshDb();
    const worker = inThreadWorker(db, { hold: true });
    const cancel = new AbortController();
    const importing = importBackupFile(worker, fileOf('{}'), () => {}, cancel.signal);
    cancel.abort();
    await expect(importing).rejects.toBeInstanceOf(ImportCancelled);
    expect(worker.terminated).toBe(true);
  });
});
