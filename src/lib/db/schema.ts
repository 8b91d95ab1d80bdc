import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { Curation } from '$lib/core/curation/schema';
import type { StudentAssignmentRecord, TeacherAssignmentRecord } from './assignment-records';
import { legacyMove, LEGACY_PREFIXES, type LegacyStore } from './legacy-keys';
import type {
  AnswerRecord,
  AttemptRecord,
  CardRecord,
  OwnSetRecord,
  ReviewRecord,
  SettingRecord
} from './records';

export { DB_NAME } from './name';

/** The IndexedDB layout the app reads and writes, as `idb` types it. */
export interface LesequizSchema extends DBSchema {
  sets: { key: string; value: OwnSetRecord; indexes: { byUpdatedAtMs: number } };
  attempts: {
    key: string;
    value: AttemptRecord;
    indexes: { bySetId: string; byStartedAtMs: number };
  };
  answers: {
    key: number;
    value: AnswerRecord;
    indexes: { byAttemptId: string; bySetId: string; byAnsweredAtMs: number };
  };
  cards: { key: string; value: CardRecord; indexes: { byDueMs: number; bySetId: string } };
  reviews: {
    key: number;
    value: ReviewRecord;
    indexes: { byCardId: string; byReviewedAtMs: number };
  };
  settings: { key: string; value: SettingRecord };
  /** A teacher's edits of a set, by `setId` (since version 2). */
  curations: { key: string; value: Curation };
  /** Assignments the teacher made on this device with their collected results, by id. */
  teacherAssignments: { key: string; value: TeacherAssignmentRecord };
  /** A student's attempts at an assignment on this device, by `assignmentId`. */
  assignmentProgress: { key: string; value: StudentAssignmentRecord };
}

export type StoreName = StoreNames<LesequizSchema>;
export const STORE_NAMES: readonly StoreName[] = [
  'sets',
  'attempts',
  'answers',
  'cards',
  'reviews',
  'settings',
  'curations',
  'teacherAssignments',
  'assignmentProgress'
];

export type LesequizDb = IDBPDatabase<LesequizSchema>;
export type UpgradeTransaction = IDBPTransaction<LesequizSchema, StoreName[], 'versionchange'>;

/**
 * One schema step: migration `i` upgrades a database from version `i` to `i + 1`. It may create
 * and delete stores and indexes and rewrite records through `transaction`, but must stay
 * may await nothing but requests on that transaction (awaiting anything else lets the upgrade
 * transaction commit half-done). The next step runs once the returned promise settles.
 */
export type Migration = (db: LesequizDb, transaction: UpgradeTransaction) => void | Promise<void>;

/**
 * The ordered migrations; the database version is their count. Append, never edit: a released
 * step has already run on learners' devices. `db/fixtures/v1.ts` freezes what version 1 created
 * so a test can prove every later step keeps its data.
 */
export const MIGRATIONS: readonly Migration[] = [
  // v1, the first released layout.
  (db) => {
    const sets = db.createObjectStore('sets', { keyPath: 'id' });
    sets.createIndex('byUpdatedAtMs', 'updatedAtMs');

    const attempts = db.createObjectStore('attempts', { keyPath: 'id' });
    attempts.createIndex('bySetId', 'setId');
    attempts.createIndex('byStartedAtMs', 'startedAtMs');

    const answers = db.createObjectStore('answers', { keyPath: 'seq', autoIncrement: true });
    answers.createIndex('byAttemptId', 'attemptId');
    answers.createIndex('bySetId', 'setId');
    answers.createIndex('byAnsweredAtMs', 'answeredAtMs');

    const cards = db.createObjectStore('cards', { keyPath: 'cardId' });
    cards.createIndex('byDueMs', 'dueMs');
    cards.createIndex('bySetId', 'setId');

    const reviews = db.createObjectStore('reviews', { keyPath: 'seq', autoIncrement: true });
    reviews.createIndex('byCardId', 'cardId');
    reviews.createIndex('byReviewedAtMs', 'reviewedAtMs');

    db.createObjectStore('settings', { keyPath: 'key' });
  },

  // v2: teachers' curations and assignments and students' assignment progress get their own
  // stores; until now they were settings under prefixed keys (`legacy-keys.ts`), which every
  // settings read had to skip and every backup carried as opaque values. Moved records leave
  // the settings store; a value that cannot be keyed stays behind, unread as it was before.
  async (db, transaction) => {
    db.createObjectStore('curations', { keyPath: 'setId' });
    db.createObjectStore('teacherAssignments', { keyPath: 'assignment.id' });
    db.createObjectStore('assignmentProgress', { keyPath: 'assignmentId' });
    const settings = transaction.objectStore('settings');
    const legacy = await Promise.all(
      Object.values(LEGACY_PREFIXES).map((prefix) =>
        settings.getAll(IDBKeyRange.bound(prefix, `${prefix}\uffff`))
      )
    );
    const writes: Promise<unknown>[] = [];
    for (const setting of legacy.flat()) {
      const move = legacyMove(setting);
      if (!move) continue;
      writes.push(putLegacy(transaction, move.store, move.value), settings.delete(setting.key));
    }
    await Promise.all(writes);
  }
];

function putLegacy(
  transaction: UpgradeTransaction,
  store: LegacyStore,
  value: Record<string, unknown>
): Promise<unknown> {
  // The value's shape was checked as far as the key path needs; reads validate the rest.
  return transaction.objectStore(store).put(value as never);
}

export const DB_VERSION = MIGRATIONS.length;

/**
 * Runs, in order, every migration the database has not seen yet, each after the previous one's
 * requests have finished. Rejects with the first failure (the caller aborts the upgrade).
 */
export async function runMigrations(
  db: LesequizDb,
  oldVersion: number,
  transaction: UpgradeTransaction,
  migrations: readonly Migration[] = MIGRATIONS
): Promise<void> {
  for (const [index, migrate] of migrations.entries()) {
    // Migration `index` brings the database to version `index + 1`. Awaited only when it
    // returns a promise: a synchronous step must not yield to the event loop in between.
    if (oldVersion < index + 1) {
      const pending = migrate(db, transaction);
      if (pending) await pending;
    }
  }
}
