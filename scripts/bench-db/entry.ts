// Browser side of `npm run bench:db`: seeds a large study history into real IndexedDB, then
// times the app's own storage functions (the real `$lib/db` code, bundled by
// scripts/bench-db.mjs). Returns measures instead of printing them, so the Node side alone
// decides what goes to stdout.
import {
  dueQueue,
  exportBackup,
  importBackup,
  openLesequizDb,
  recordAnswer,
  recordReview,
  startAttempt,
  type Backup,
  type AnswerRecord,
  type AttemptRecord,
  type CardRecord,
  type LesequizDb,
  type ReviewRecord
} from '$lib/db';
import type { CardPhase, CardState, Rating } from '$lib/core/srs';
import { importBackupFile, type ImportWorker } from '$lib/db/import-file';

export type BenchOptions = {
  sets: number;
  cards: number;
  /** Answer log entries; the rest of the log are review entries. */
  answers: number;
  reviews: number;
  /** Questions per seeded attempt. */
  questionsPerAttempt: number;
  dueRuns: number;
  recordRuns: number;
  /** Untimed calls before each timed series, so it measures the steady state. */
  warmup: number;
  /** Records per seeding transaction. */
  seedChunk: number;
  /** The import worker's script, bundled next to this entry. */
  importWorkerUrl: string;
};

export type Measure = { name: string; value: number; unit: string };
export type BenchResult = { measures: Measure[]; notes: string[] };

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
/** A fixed clock, so every run sees the same due queue. */
const NOW = Date.UTC(2026, 10, 24, 8, 0, 0);
const DB_NAME = 'lesequiz-bench';

/** A small seeded PRNG (mulberry32): the same history on every run, unlike `Math.random`. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = prng(20261124);
const between = (low: number, high: number) => low + random() * (high - low);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

const setIdOf = (set: number) => `bench-set-${String(set).padStart(2, '0')}`;
const cardIdOf = (set: number, fact: number) => `${setIdOf(set)}/f${fact}`;

/** A plausible reviewed card: overdue ones were scheduled in the past, the rest are ahead. */
function seedCard(set: number, fact: number): CardRecord {
  const dueMs = NOW + Math.round(between(-60, 60) * DAY);
  const scheduledDays = Math.max(1, Math.round(between(1, 60)));
  const lastReviewMs = Math.min(
    dueMs - scheduledDays * DAY,
    NOW - Math.round(between(1, 30) * DAY)
  );
  const phase: CardPhase = random() < 0.9 ? 'review' : 'relearning';
  const reps = 1 + Math.floor(random() * 12);
  return {
    cardId: cardIdOf(set, fact),
    setId: setIdOf(set),
    phase,
    dueMs,
    stability: between(0.5, 120),
    difficulty: between(1, 10),
    scheduledDays: Math.max(1, Math.round((dueMs - lastReviewMs) / DAY)),
    learningSteps: 0,
    reps,
    lapses: Math.floor(random() * Math.min(reps, 4)),
    lastReviewMs
  };
}

function seedReview(card: CardRecord): ReviewRecord {
  const reviewedAtMs = NOW - Math.round(between(0, 365) * DAY);
  const previous: CardState = {
    cardId: card.cardId,
    phase: 'review',
    dueMs: reviewedAtMs,
    stability: between(0.5, 60),
    difficulty: between(1, 10),
    scheduledDays: Math.round(between(1, 30)),
    learningSteps: 0,
    reps: Math.floor(between(1, 10)),
    lapses: Math.floor(between(0, 3)),
    lastReviewMs: reviewedAtMs - Math.round(between(1, 30) * DAY)
  };
  const ratings: readonly Rating[] = ['again', 'hard', 'good', 'good', 'good', 'easy'];
  return {
    cardId: card.cardId,
    setId: card.setId,
    rating: pick(ratings),
    reviewedAtMs,
    phaseBefore: previous.phase,
    elapsedDays: previous.scheduledDays,
    scheduledDays: Math.round(between(1, 60)),
    previous,
    source: random() < 0.5 ? 'quiz' : 'flashcard'
  };
}

const questionIds = (count: number) =>
  Array.from({ length: count }, (_, index) => `q${String(index).padStart(3, '0')}`);

function seedAttempt(set: number, index: number, questions: number): AttemptRecord {
  return {
    id: `${setIdOf(set)}-attempt-${index}`,
    setId: setIdOf(set),
    questionIds: questionIds(questions),
    options: { feedback: 'immediate', questionTypes: ['short-answer', 'true-false'], grading: {} },
    currentIndex: questions,
    startedAtMs: NOW - Math.round(between(1, 365) * DAY),
    finishedAtMs: NOW
  };
}

const RESPONSES: readonly AnswerRecord['response'][] = [
  'Kanada',
  'Hikvision',
  true,
  false,
  ['a', 'b', 'c'],
  [
    ['Ottawa', 'Kanada'],
    ['Peking', 'China']
  ]
];

/**
 * Writes records straight into a store in chunks of one transaction each: the module's
 * one-transaction-per-answer functions would take minutes for 100,000 entries, and seeding is
 * not what is measured. The records have the exact stored types, so the data is what the app
 * itself would have written.
 */
async function bulkWrite<Name extends 'cards' | 'attempts' | 'answers' | 'reviews'>(
  db: LesequizDb,
  store: Name,
  count: number,
  chunk: number,
  make: (index: number) => LesequizDbValue<Name>
): Promise<void> {
  for (let start = 0; start < count; start += chunk) {
    const tx = db.transaction(store, 'readwrite');
    const target = tx.objectStore(store);
    const writes: Promise<unknown>[] = [];
    for (let index = start; index < Math.min(count, start + chunk); index += 1) {
      writes.push(target.put(make(index)));
    }
    await Promise.all([...writes, tx.done]);
  }
}

type LesequizDbValue<Name extends string> = Name extends 'cards'
  ? CardRecord
  : Name extends 'attempts'
    ? AttemptRecord
    : Name extends 'answers'
      ? AnswerRecord
      : ReviewRecord;

/** Sorted-sample statistics; p95 by the nearest-rank method. */
function stats(samples: number[]): { median: number; p95: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  const median = Number.isInteger(middle)
    ? (sorted[middle - 1]! + sorted[middle]!) / 2
    : sorted[Math.floor(middle)]!;
  const p95 = sorted[Math.ceil(0.95 * sorted.length) - 1]!;
  return { median, p95 };
}

const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;

async function time(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

export async function runBench(options: BenchOptions): Promise<BenchResult> {
  const measures: Measure[] = [];
  const notes: string[] = [];
  const report = (name: string, value: number, unit: string) =>
    measures.push({ name, value: round(value), unit });

  const perSet = Math.ceil(options.cards / options.sets);
  const attemptCount = Math.ceil(options.answers / options.questionsPerAttempt);

  // --- Seed (not part of any measured operation) ---
  const seedStart = performance.now();
  let db = await openLesequizDb({ name: DB_NAME });
  const cards: CardRecord[] = [];
  for (let index = 0; index < options.cards; index += 1) {
    cards.push(seedCard(Math.floor(index / perSet), index % perSet));
  }
  await bulkWrite(db, 'cards', cards.length, options.seedChunk, (index) => cards[index]!);
  const attempts = Array.from({ length: attemptCount }, (_, index) =>
    seedAttempt(index % options.sets, Math.floor(index / options.sets), options.questionsPerAttempt)
  );
  await bulkWrite(db, 'attempts', attempts.length, options.seedChunk, (index) => attempts[index]!);
  await bulkWrite(db, 'answers', options.answers, options.seedChunk, (index) => {
    const attempt = attempts[Math.floor(index / options.questionsPerAttempt)]!;
    const question = index % options.questionsPerAttempt;
    return {
      attemptId: attempt.id,
      setId: attempt.setId,
      questionId: attempt.questionIds[question]!,
      response: pick(RESPONSES),
      correct: random() < 0.75,
      answeredAtMs: attempt.startedAtMs + question * 20_000
    };
  });
  await bulkWrite(db, 'reviews', options.reviews, options.seedChunk, () => seedReview(pick(cards)));
  const seedMs = performance.now() - seedStart;

  const [cardCount, answerCount, reviewCount] = await Promise.all([
    db.count('cards'),
    db.count('answers'),
    db.count('reviews')
  ]);
  const dueNow = await db.countFromIndex('cards', 'byDueMs', IDBKeyRange.upperBound(NOW));
  notes.push(
    `seeded ${cardCount} cards in ${options.sets} sets (${dueNow} due now), ` +
      `${answerCount} answers in ${attemptCount} attempts, ${reviewCount} reviews`
  );
  if (
    cardCount !== options.cards ||
    answerCount + reviewCount !== options.answers + options.reviews
  )
    throw new Error('Seeding wrote a different number of records than asked for.');

  // A fresh connection, so the first query below is the first one this page makes after opening
  // the database, as when the app starts.
  db.close();
  db = await openLesequizDb({ name: DB_NAME });

  // --- Due queue: read-only, so repeated calls see the same data ---
  const firstDue = await time(() => dueQueue(db, NOW, 50));
  const queue = await dueQueue(db, NOW, 50);
  const ordered = queue.every(
    (card, index) => index === 0 || queue[index - 1]!.dueMs <= card.dueMs
  );
  if (queue.length !== 50 || !ordered || queue.some((card) => card.dueMs > NOW))
    throw new Error('dueQueue did not return the 50 most overdue cards.');
  for (let run = 0; run < options.warmup; run += 1) await dueQueue(db, NOW, 50);
  const dueSamples: number[] = [];
  for (let run = 0; run < options.dueRuns; run += 1) {
    dueSamples.push(await time(() => dueQueue(db, NOW, 50)));
  }
  const due = stats(dueSamples);
  report('db-due-queue-50-first', firstDue, 'ms');
  report('db-due-queue-50-median', due.median, 'ms');
  report('db-due-queue-50-p95', due.p95, 'ms');

  // --- Recording one quiz answer: answer log + attempt + card + review log, one transaction ---
  // Each run answers the next question of one live attempt and reviews a different seeded card,
  // so every run updates an existing card and appends to both logs, as in a real quiz.
  const answerRuns = options.warmup + options.recordRuns;
  const live: AttemptRecord = {
    id: 'bench-live-attempt',
    setId: setIdOf(0),
    questionIds: questionIds(answerRuns),
    options: { feedback: 'immediate', questionTypes: ['short-answer'], grading: {} },
    currentIndex: 0,
    startedAtMs: NOW
  };
  await startAttempt(db, live);
  const answerSamples: number[] = [];
  for (let run = 0; run < answerRuns; run += 1) {
    const card = cards[run % cards.length]!;
    const elapsed = await time(async () => {
      const result = await recordAnswer(db, {
        attemptId: live.id,
        questionId: live.questionIds[run]!,
        response: 'Kanada',
        correct: run % 4 !== 0,
        answeredAtMs: NOW + run * 15_000,
        cardId: card.cardId
      });
      if (!result.card) throw new Error('recordAnswer did not review the card.');
    });
    if (run >= options.warmup) answerSamples.push(elapsed);
  }
  const answer = stats(answerSamples);
  report('db-record-answer-median', answer.median, 'ms');
  report('db-record-answer-p95', answer.p95, 'ms');

  // --- Rating one flashcard: card + review log, one transaction ---
  const reviewSamples: number[] = [];
  const ratings: readonly Rating[] = ['again', 'hard', 'good', 'easy'];
  for (let run = 0; run < answerRuns; run += 1) {
    // Cards from the other end of the seed, so none was just touched by the answers above.
    const card = cards[cards.length - 1 - (run % cards.length)]!;
    const elapsed = await time(() =>
      recordReview(db, {
        cardId: card.cardId,
        setId: card.setId,
        rating: ratings[run % ratings.length]!,
        nowMs: NOW + run * 15_000
      })
    );
    if (run >= options.warmup) reviewSamples.push(elapsed);
  }
  const review = stats(reviewSamples);
  report('db-record-review-median', review.median, 'ms');
  report('db-record-review-p95', review.p95, 'ms');

  // --- Restoring a big backup into an empty database ---
  // The main thread must stay usable: the longest task it runs (Long Tasks API) is what a
  // learner feels as a frozen page; the wall time is how long the progress bar lasts. The app
  // imports in a Web Worker (`importBackupFile`); the in-page `importBackup` is its fallback.
  // The page restores what a learner picks in Settings: a `File` from a file input, backed by
  // a file on disk (the Node side writes the exported text there and sets the input), not a
  // `Blob` built from a 30 MB string in the page, which would block the page itself.
  const restores = await (async () => {
    const whole = await exportBackup(db, NOW);
    const answersOnly = answersBackup(whole, 12_000);
    const small = JSON.stringify(answersOnly);
    const large = JSON.stringify(whole);
    return [
      {
        name: 'db-backup-12k-answers',
        file: await benchFile('db-backup-12k-answers', small),
        answers: 12_000
      },
      {
        name: 'db-backup-history',
        file: await benchFile('db-backup-history', large),
        answers: whole.answers.length
      }
    ];
  })();
  // The exported objects and texts are garbage now; collect them before anything is watched,
  // so their collection is not counted as the import's.
  await new Promise((done) => setTimeout(done, 2_000));
  await benchTrace('start');
  for (const { name, file, answers } of restores) {
    report(`${name}-size`, file.size / 1024 / 1024, 'MB');
    const worker = await watchMainThread(async () => {
      const database = `${DB_NAME}-${name}-worker`;
      const target = await openLesequizDb({ name: database });
      let reports = 0;
      const result = await importBackupFile(
        new Worker(options.importWorkerUrl, { type: 'module' }) as unknown as ImportWorker,
        file,
        () => reports++,
        undefined,
        database
      );
      if (!result.ok) throw new Error(`the worker refused the backup: ${result.reason}`);
      // (The seeded log may repeat an answer's natural key; the import keeps one of each.)
      const stored = await target.count('answers');
      if (stored !== result.counts.answers.added)
        throw new Error(
          `the worker import stored ${stored} answers, not ${result.counts.answers.added} (${JSON.stringify(result.counts.answers)})`
        );
      notes.push(`${name}: ${result.counts.answers.added} answers of ${answers} added`);
      notes.push(`${name}: ${reports} progress reports from the worker`);
      target.close();
    });
    report(`${name}-import-worker`, worker.ms / 1000, 's');
    report(`${name}-import-worker-longest-block`, worker.longest, 'ms');
    report(`${name}-import-worker-blocked-total`, worker.blocked, 'ms');
  }
  await benchTrace('stop');
  // For comparison, the in-page fallback on the smaller file (last: it leaves garbage behind).
  for (const { name, file } of restores.slice(0, 1)) {
    const page = await watchMainThread(async () => {
      const target = await openLesequizDb({ name: `${DB_NAME}-${name}-page` });
      const result = await importBackup(target, await file.text());
      if (!result.ok) throw new Error(`importBackup refused the backup: ${result.reason}`);
      target.close();
    });
    report(`${name}-import-in-page`, page.ms / 1000, 's');
    report(`${name}-import-in-page-longest-block`, page.longest, 'ms');
  }

  report('db-seed', seedMs / 1000, 's');
  // Usage is the whole origin (only this database here); Chromium's figure is an estimate.
  const estimate = await navigator.storage.estimate();
  report('db-storage-usage', (estimate.usage ?? 0) / 1024 / 1024, 'MB');
  notes.push(
    `timer resolution: performance.now() steps of ${round(timerStep(), 3)} ms in this page`
  );

  db.close();
  return { measures, notes };
}

/**
 * Hands `text` to the Node side, which writes it to a file and sets it into the page's file
 * input; returns that input's `File`, as Settings gets it.
 */
async function benchFile(name: string, text: string): Promise<File> {
  const hook = (globalThis as { benchFile?: (name: string, text: string) => Promise<void> })
    .benchFile;
  if (!hook) throw new Error('bench:db: the page has no benchFile hook.');
  await hook(name, text);
  const input = document.querySelector<HTMLInputElement>('#bench-file');
  const file = input?.files?.[0];
  if (!file) throw new Error(`bench:db: no file in the input for ${name}.`);
  return file;
}

/** The Node side's tracing hook (scripts/bench-db.mjs); it traces only when asked to. */
async function benchTrace(step: 'start' | 'stop'): Promise<void> {
  const hook = (globalThis as { benchTrace?: (step: 'start' | 'stop') => Promise<void> })
    .benchTrace;
  await hook?.(step);
}

/**
 * Runs `work` and watches the main thread meanwhile (Long Tasks API): wall time, the longest
 * task (what a learner feels as a frozen page) and all tasks together.
 */
async function watchMainThread(work: () => Promise<void>) {
  const tasks: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push(entry.duration);
  });
  observer.observe({ type: 'longtask' });
  const ms = await time(work);
  // Long tasks are reported after they end; one more turn of the event loop collects the last.
  await new Promise((done) => setTimeout(done, 50));
  observer.disconnect();
  return {
    ms,
    longest: Math.max(0, ...tasks),
    blocked: tasks.reduce((sum, task) => sum + task, 0)
  };
}

/** The first `count` answers of a history with their attempts: a quiz-heavy learner's backup. */
function answersBackup(whole: Backup, count: number): Backup {
  const answers = whole.answers.slice(0, count);
  const attemptIds = new Set(answers.map((a) => a.attemptId));
  return {
    ...whole,
    answers,
    attempts: whole.attempts.filter((a) => attemptIds.has(a.id)),
    cards: [],
    reviews: []
  };
}

/** The smallest step `performance.now()` shows here: Chromium coarsens it without isolation. */
function timerStep(): number {
  let step = Infinity;
  let last = performance.now();
  for (let seen = 0; seen < 20;) {
    const current = performance.now();
    if (current !== last) {
      step = Math.min(step, current - last);
      last = current;
      seen += 1;
    }
  }
  return step;
}
