/**
 * The app's storage: the only module that imports `idb`. Open a connection with
 * `openLesequizDb`, then pass it to the repository functions. Every function rejects with a
 * `StorageError` on failure.
 */
export { openLesequizDb, type OpenOptions } from './open';
export { StorageError, toStorageError, type StorageErrorKind } from './errors';
export { DB_NAME, DB_VERSION, type LesequizDb } from './schema';
export type {
  AnswerRecord,
  AttemptOptions,
  AttemptRecord,
  CardRecord,
  JsonValue,
  OwnSetRecord,
  ReviewRecord,
  SettingRecord
} from './records';
export {
  deleteOwnSet,
  getOwnSet,
  listOwnSets,
  renameOwnSet,
  restoreDeletedSet,
  saveOwnSet,
  type DeletedSet
} from './sets';
export {
  answersBetween,
  answersOfAttempt,
  attemptsOfSet,
  finishAttempt,
  getAttempt,
  skipQuestion,
  startAttempt,
  unfinishedAttempt
} from './attempts';
export {
  recordAnswer,
  recordAnswerOnce,
  type RecordAnswerInput,
  type RecordAnswerResult
} from './answers';
export {
  cardsDueBetween,
  cardsOfSet,
  DUE_QUEUE_SIZE,
  dueCount,
  dueQueue,
  getCard,
  knownCardIds,
  newFlashcardsLeftToday,
  nextCardDueAfter,
  reviewsBetween
} from './cards';
export { recordReview, undoLastReview, type RecordReviewInput } from './card-reviews';
export { deleteSetting, getSetting, putSetting } from './settings';
export { readStatsSnapshot, type StatsSnapshot } from './stats';
export {
  BACKUP_FORMAT,
  exportBackup,
  importBackup,
  type Backup,
  type ImportResult,
  type MergeCounts,
  type MergedIntoExisting
} from './backup';
export {
  askToPersist,
  requestPersistenceAfterFirstSession,
  shouldOfferPersistence,
  recordBackupMade,
  lastBackupAt,
  backupDue,
  BACKUP_REMINDER_MS,
  storageStatus,
  type StorageManagerLike,
  type StorageStatus
} from './persistence';
export { progressOfSet } from './progress';
export { getCuration, resetCuration, saveCuration } from './curation';
export {
  addSubmissions,
  deleteTeacherAssignment,
  finishStudentAttempt,
  getStudentAssignment,
  getTeacherAssignment,
  listTeacherAssignments,
  recordStudentAnswer,
  removeSubmission,
  saveTeacherAssignment,
  setAsideStudentAssignment,
  SET_ASIDE_PREFIX,
  startStudentAttempt,
  updateTeacherAssignment,
  type AddSubmissionsResult,
  type StudentAssignmentRecord,
  type StudentAttempt,
  type TeacherAssignmentRecord
} from './assignments';
