import 'fake-indexeddb/auto';
import type { QuizSet } from '$lib/core/quizset/schema';
import type { StudentAssignmentRecord, TeacherAssignmentRecord } from './assignment-records';
import { V1_ASSIGNMENT_SETTINGS } from './fixtures/v1-assignments';
import { openLesequizDb, type OpenOptions } from './open';
import type { LesequizDb, StoreName } from './schema';

let counter = 0;

/** A database name no other test uses, so tests never see each other's data. */
export function uniqueName(): string {
  counter += 1;
  return `lesequiz-test-${counter}`;
}

/** Opens a fresh, empty database at the current version. */
export function freshDb(options: OpenOptions = {}) {
  return openLesequizDb({ name: uniqueName(), ...options });
}

export const T0 = Date.UTC(2026, 0, 1, 9, 0, 0);
export const MINUTE = 60_000;
export const DAY = 24 * 60 * MINUTE;

export function sampleSet(id = 'hikvision', title = 'Kanada verbietet Hikvision'): QuizSet {
  return {
    format: 'quizset/1',
    id,
    title,
    language: 'de',
    sentences: ['Kanada verbietet Hikvision.', 'China protestiert am Montag.'],
    questions: [
      {
        id: 'q1',
        type: 'short-answer',
        prompt: 'Wer verbietet Hikvision?',
        answer: 'Kanada',
        evidence: [0],
        factId: 'f1'
      },
      {
        id: 'q2',
        type: 'true-false',
        prompt: 'China protestiert.',
        answer: true,
        evidence: [1],
        factId: 'f2'
      },
      {
        id: 'q3',
        type: 'multiple-choice',
        prompt: 'Wer protestiert?',
        answer: 'China',
        choices: ['China', 'Kanada'],
        evidence: [1],
        factId: 'f2'
      }
    ]
  };
}

/**
 * The same database, except that one write method of one store fails as a full disk does.
 * Earlier writes in the same transaction have already happened when it fails, so a test can
 * prove they are rolled back.
 */
export function withFullDisk(
  db: LesequizDb,
  storeName: StoreName,
  method: 'add' | 'put'
): LesequizDb {
  return new Proxy(db, {
    get(target, property, receiver) {
      if (property !== 'transaction') return Reflect.get(target, property, receiver);
      return (...args: Parameters<LesequizDb['transaction']>) => {
        const tx = target.transaction(...args);
        const objectStore = tx.objectStore.bind(tx);
        return Object.assign(tx, {
          objectStore(name: StoreName) {
            const store = objectStore(name as never);
            if (name !== storeName) return store;
            return Object.assign(store, {
              [method]: () =>
                Promise.reject(new DOMException('The disk is full.', 'QuotaExceededError'))
            });
          }
        });
      };
    }
  });
}

/** The version 1 fixture's teacher assignment as the repositories type it, a fresh copy. */
export function v1TeacherAssignment(): TeacherAssignmentRecord {
  return structuredClone(
    V1_ASSIGNMENT_SETTINGS.teacherAssignment.value
  ) as unknown as TeacherAssignmentRecord;
}

/** The version 1 fixture's student progress as the repositories type it, a fresh copy. */
export function v1StudentProgress(): StudentAssignmentRecord {
  return structuredClone(
    V1_ASSIGNMENT_SETTINGS.studentProgress.value
  ) as unknown as StudentAssignmentRecord;
}
