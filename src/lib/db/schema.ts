import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type {
  AnswerRecord,
  AttemptRecord,
  CardRecord,
  OwnSetRecord,
  ReviewRecord,
  SettingRecord
} from './records';

export const DB_NAME = 'lesequiz';

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
}

export type StoreName = StoreNames<LesequizSchema>;
export const STORE_NAMES: readonly StoreName[] = [
  'sets',
  'attempts',
  'answers',
  'cards',
  'reviews',
  'settings'
];

export type LesequizDb = IDBPDatabase<LesequizSchema>;
export type UpgradeTransaction = IDBPTransaction<LesequizSchema, StoreName[], 'versionchange'>;

/**
 * One schema step: migration `i` upgrades a database from version `i` to `i + 1`. It may create
 * and delete stores and indexes and rewrite records through `transaction`, but must stay
 * synchronous apart from requests on that transaction (awaiting anything else lets the
 * upgrade transaction commit half-done).
 */
export type Migration = (db: LesequizDb, transaction: UpgradeTransaction) => void;

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
  }
];

export const DB_VERSION = MIGRATIONS.length;

/** Runs, in order, every migration the database has not seen yet. */
export function runMigrations(
  db: LesequizDb,
  oldVersion: number,
  transaction: UpgradeTransaction,
  migrations: readonly Migration[] = MIGRATIONS
): void {
  migrations.forEach((migrate, index) => {
    // Migration `index` brings the database to version `index + 1`.
    if (oldVersion < index + 1) migrate(db, transaction);
  });
}
