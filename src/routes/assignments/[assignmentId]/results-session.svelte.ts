import {
  acceptResponse,
  buildClassReport,
  keyDifferences,
  replaceInKey,
  restoreOriginal,
  scoreChanges,
  type ClassReport,
  type Counting,
  type KeyDifference,
  type ResultResponse,
  type StudentRow,
  type Submission
} from '$lib/core/assign';
import type { Question } from '$lib/core/quizset/schema';
import type { TeacherAssignmentRecord } from '$lib/db';

/** The teacher's changes to a stored assignment. */
export type AssignmentChange = Partial<
  Pick<TeacherAssignmentRecord, 'counting' | 'names' | 'key' | 'originalKey'>
>;

/** Where the assignment lives: the app passes its database's repository functions. */
export type ResultsStore = {
  load(assignmentId: string): Promise<TeacherAssignmentRecord | undefined>;
  update(assignmentId: string, change: AssignmentChange): Promise<TeacherAssignmentRecord>;
  removeSubmission(assignmentId: string, submission: Submission): Promise<TeacherAssignmentRecord>;
  addSubmissions(assignmentId: string, submissions: Submission[]): Promise<unknown>;
};

/** Runs `run` after `ms`; returns what cancels it (the page passes `setTimeout`). */
export type Schedule = (run: () => void, ms: number) => () => void;

/** What the undo bar says; the page translates it. */
export type ResultsNotice =
  | { kind: 'deleted'; attempt: number; name: string }
  | { kind: 'accepted'; response: ResultResponse; regraded: number }
  /** `question` is 1-based, as in the table (F3). */
  | { kind: 'key-edited'; question: number; regraded: number }
  | { kind: 'key-restored'; question: number; regraded: number };

/** How long "Rückgängig" stays on screen after a change. */
export const UNDO_WINDOW_MS = 10_000;

/**
 * One assignment's results on the teacher's device: the class report graded from the teacher's
 * key, and every change to it (which attempt counts, names, deleting an attempt, accepting an
 * answer, editing or restoring the key), each stored at once and undoable from one bar. A key
 * change regrades every submission (the report is derived from the key) and says how many
 * results it changed. Storage and the undo timer are injected, so tests drive it without a
 * browser; the page renders it and translates what it reports.
 */
export class ResultsSession {
  record = $state.raw<TeacherAssignmentRecord | null>(null);
  status = $state<'loading' | 'ready' | 'missing' | 'failed'>('loading');
  /** Why loading failed (a `StorageError` as a rule). */
  loadError = $state.raw<unknown>(null);
  /** Why the last change failed; nothing else changed. */
  changeError = $state.raw<unknown>(null);
  /** The last change, while it can still be undone. */
  notice = $state.raw<ResultsNotice | null>(null);

  /** Graded here, from the teacher's own key: nothing a student sent is taken as a score. */
  readonly report: ClassReport | null = $derived.by(() => this.#reportOf(this.record));
  /** Questions whose key the teacher changed, against the key the assignment was made with. */
  readonly changedKey: KeyDifference[] = $derived(
    this.record ? keyDifferences(this.record.originalKey, this.record.key) : []
  );

  readonly #id: string;
  readonly #store: ResultsStore;
  readonly #schedule: Schedule;
  #revert: (() => Promise<void>) | null = null;
  #cancelTimer: (() => void) | null = null;

  constructor(assignmentId: string, deps: { store: ResultsStore; schedule: Schedule }) {
    this.#id = assignmentId;
    this.#store = deps.store;
    this.#schedule = deps.schedule;
  }

  async load(): Promise<void> {
    try {
      const stored = await this.#store.load(this.#id);
      this.record = stored ?? null;
      this.status = stored ? 'ready' : 'missing';
    } catch (error) {
      this.loadError = error;
      this.status = 'failed';
    }
  }

  /** A record changed elsewhere (results collected). */
  replace(record: TeacherAssignmentRecord): void {
    this.record = record;
  }

  setCounting(counting: Counting): Promise<boolean> {
    return this.#change(async () => {
      this.record = await this.#store.update(this.#id, { counting });
    });
  }

  /** The name in the table; the name the student typed needs no entry. */
  rename(row: StudentRow, name: string): Promise<boolean> {
    const names = { ...this.record?.names };
    if (name === row.submission.student.trim()) delete names[row.studentId];
    else names[row.studentId] = name;
    return this.#change(async () => {
      this.record = await this.#store.update(this.#id, { names });
    });
  }

  deleteSubmission(row: StudentRow, submission: Submission): Promise<boolean> {
    return this.#change(async () => {
      this.record = await this.#store.removeSubmission(this.#id, submission);
      this.#offerUndo({ kind: 'deleted', attempt: submission.attempt, name: row.name }, () =>
        this.#store.addSubmissions(this.#id, [submission]).then(() => undefined)
      );
    });
  }

  /** "Accept this answer": the key takes it as an alternative, and everyone is regraded. */
  accept(questionId: string, response: ResultResponse): Promise<boolean> {
    if (!this.record) return Promise.resolve(false);
    const key = acceptResponse(this.record.key, questionId, response);
    return this.#changeKey(key, (regraded) => ({ kind: 'accepted', response, regraded }));
  }

  /** The key editor's result for one question (checked by `applyKeyEdit`). */
  editKey(question: Question): Promise<boolean> {
    if (!this.record) return Promise.resolve(false);
    const index = this.record.key.findIndex((q) => q.id === question.id);
    if (index < 0) return Promise.resolve(false);
    const key = replaceInKey(this.record.key, question);
    return this.#changeKey(key, (regraded) => ({
      kind: 'key-edited',
      question: index + 1,
      regraded
    }));
  }

  /** Puts a question's key back as the assignment was made. */
  restore(questionId: string): Promise<boolean> {
    const record = this.record;
    if (!record?.originalKey) return Promise.resolve(false);
    const index = record.key.findIndex((q) => q.id === questionId);
    const key = restoreOriginal(record.key, record.originalKey, questionId);
    return this.#changeKey(key, (regraded) => ({
      kind: 'key-restored',
      question: index + 1,
      regraded
    }));
  }

  /** Takes back the change the bar names. */
  undo(): Promise<boolean> {
    const revert = this.#revert;
    if (!revert) return Promise.resolve(false);
    this.#dismiss();
    return this.#change(async () => {
      await revert();
      this.record = (await this.#store.load(this.#id)) ?? this.record;
    });
  }

  /** Stores a new key (keeping the original from the first change) and offers undo. */
  #changeKey(key: Question[], notice: (regraded: number) => ResultsNotice): Promise<boolean> {
    const before = this.record;
    if (!before) return Promise.resolve(false);
    const earlier = this.report;
    return this.#change(async () => {
      const change: AssignmentChange = { key, originalKey: before.originalKey ?? before.key };
      const next = await this.#store.update(this.#id, change);
      this.record = next;
      const later = this.#reportOf(next);
      const regraded = earlier && later ? scoreChanges(earlier, later).length : 0;
      this.#offerUndo(notice(regraded), async () => {
        await this.#store.update(this.#id, { key: before.key, originalKey: before.originalKey });
      });
    });
  }

  async #change(action: () => Promise<void>): Promise<boolean> {
    this.changeError = null;
    try {
      await action();
      return true;
    } catch (error) {
      this.changeError = error;
      return false;
    }
  }

  #offerUndo(notice: ResultsNotice, revert: () => Promise<void>): void {
    this.#dismiss();
    this.notice = notice;
    this.#revert = revert;
    this.#cancelTimer = this.#schedule(() => {
      this.notice = null;
      this.#revert = null;
      this.#cancelTimer = null;
    }, UNDO_WINDOW_MS);
  }

  #dismiss(): void {
    this.#cancelTimer?.();
    this.#cancelTimer = null;
    this.#revert = null;
    this.notice = null;
  }

  #reportOf(record: TeacherAssignmentRecord | null): ClassReport | null {
    if (!record || record.submissions.length === 0) return null;
    const built = buildClassReport(
      record.assignment,
      record.key,
      record.submissions,
      { language: record.language },
      { counting: record.counting ?? 'best', ...(record.names ? { names: record.names } : {}) }
    );
    return built.ok ? built.report : null;
  }
}
