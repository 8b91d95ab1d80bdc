import {
  arrangeForStudent,
  encodeResultCode,
  gradeSubmission,
  type Assignment
} from '$lib/core/assign';
import { articleForLibrary } from '$lib/core/assign/library';
import { hasAnswerKey, seededRandom, type PlayableQuestion } from '$lib/core/quiz';
import type { QuizSet } from '$lib/core/quizset/schema';
import type { StudentAssignmentRecord, StudentAttempt } from '$lib/db';
import { deadlineOf, deviceIdFor, studentPlan, submissionOf, type StudentPlan } from './lib';

/** Where a student's attempts go: the app passes its database's repository functions. */
export type AttemptStore = {
  progress(assignmentId: string): Promise<StudentAssignmentRecord | undefined>;
  start(assignmentId: string, attempt: StudentAttempt): Promise<unknown>;
  answer(
    assignmentId: string,
    number: number,
    answer: StudentAttempt['answers'][number]
  ): Promise<unknown>;
  finish(
    assignmentId: string,
    number: number,
    finishedAtMs: number
  ): Promise<StudentAssignmentRecord>;
  /** Keeps an own set in the library, unless a set with its id is there already. */
  keepSet(set: QuizSet, nowMs: number): Promise<void>;
};

export type AttemptSessionDeps = {
  store: AttemptStore;
  now: () => number;
  random: () => number;
};

export type Done = { attempt: StudentAttempt; code: string | null; correct?: number };

export type AttemptPhase =
  | { name: 'loading' }
  /** Storage failed; `error` says why (a `StorageError` as a rule). */
  | { name: 'unavailable'; error: unknown }
  | { name: 'intro'; plan: Extract<StudentPlan, { kind: 'start' }> }
  | { name: 'playing'; attempt: StudentAttempt }
  | { name: 'done'; done: Done; plan: StudentPlan };

/**
 * One assignment on the student's device: the name, the attempt, its answers, the time limit
 * and the result code. Every answer is stored the moment it is given, so a reload resumes; a
 * time limit submits at zero. Storage, clock and random source are injected, so tests drive it
 * without a browser; the page renders it and translates what it reports.
 */
export class AttemptSession {
  phase = $state.raw<AttemptPhase>({ name: 'loading' });
  /** The clock as of the last `tick`, for the countdown and the due date. */
  nowMs = $state(0);
  /** The time limit ran out and the attempt was submitted by itself. */
  timedOut = $state(false);
  /** Why the last start failed, or `null`. */
  startError = $state.raw<unknown>(null);
  /** Where the article is in the library after the attempt (`null`: it could not be kept). */
  libraryId = $state<string | null>(null);

  readonly assignment: Assignment;
  readonly questions: readonly PlayableQuestion[];
  readonly #feedback: 'immediate' | 'none';
  readonly #language: 'de' | 'en';
  readonly #deps: AttemptSessionDeps;
  #finishing = false;

  constructor(
    assignment: Assignment,
    questions: readonly PlayableQuestion[],
    options: { feedback: 'immediate' | 'none'; language: 'de' | 'en' },
    deps: AttemptSessionDeps
  ) {
    this.assignment = assignment;
    this.questions = questions;
    this.#feedback = options.feedback;
    this.#language = options.language;
    this.#deps = deps;
    this.nowMs = deps.now();
  }

  /** When the running attempt ends, or `undefined` (none running, or no time limit). */
  get deadline(): number | undefined {
    return this.phase.name === 'playing'
      ? deadlineOf(this.assignment, this.phase.attempt.startedAtMs)
      : undefined;
  }

  get pastDue(): boolean {
    return this.assignment.dueAtMs !== undefined && this.nowMs > this.assignment.dueAtMs;
  }

  /** The running attempt's questions in its order (options are shuffled on screen, same seed). */
  readonly playing = $derived.by((): PlayableQuestion[] => {
    if (this.phase.name !== 'playing') return [];
    return arrangeForStudent(
      { shuffleQuestions: this.assignment.shuffleQuestions, shuffleChoices: false },
      this.questions,
      seededRandom(this.phase.attempt.seed)
    );
  });

  /** Where a resumed attempt goes on: the first question without a stored answer. */
  readonly startIndex = $derived.by(() => {
    if (this.phase.name !== 'playing') return 0;
    const answered = this.phase.attempt.answers.map((a) => a.questionId);
    const index = this.playing.findIndex((q) => !answered.includes(q.id));
    return index === -1 ? this.playing.length - 1 : index;
  });

  /**
   * Finds out what the student can do here: resume, start, or only see the last result.
   * Returns the name to suggest (the last attempt's), or `''`.
   */
  async load(): Promise<string> {
    try {
      const plan = studentPlan(
        this.assignment,
        await this.#deps.store.progress(this.assignment.id)
      );
      if (plan.kind === 'resume') {
        this.phase = { name: 'playing', attempt: plan.attempt };
        await this.checkDeadline();
        return plan.attempt.student;
      }
      if (plan.kind === 'used-up') {
        await this.#showDone(plan.last);
        return plan.last.student;
      }
      this.phase = { name: 'intro', plan };
      return plan.last?.student ?? '';
    } catch (error) {
      this.phase = { name: 'unavailable', error };
      return '';
    }
  }

  /** Starts the planned attempt under `student` (a checked, trimmed name). */
  async start(student: string): Promise<void> {
    if (this.phase.name !== 'intro') return;
    const { number } = this.phase.plan;
    const startedAtMs = this.#deps.now();
    const { id } = this.assignment;
    try {
      const attempt: StudentAttempt = {
        number,
        seed: `${id}-${startedAtMs.toString(36)}-${this.#deps.random().toString(36).slice(2, 8)}`,
        student,
        deviceId: deviceIdFor(await this.#deps.store.progress(id), this.#deps.random),
        startedAtMs,
        answers: []
      };
      await this.#deps.store.start(id, attempt);
      this.startError = null;
      this.nowMs = startedAtMs;
      this.phase = { name: 'playing', attempt };
    } catch (error) {
      this.startError = error;
    }
  }

  /** Stores one answer of the running attempt (a plain value: no reactive proxies). */
  async save(questionId: string, response: StudentAttempt['answers'][number]['response']) {
    if (this.phase.name !== 'playing') throw new Error('No attempt is running.');
    await this.#deps.store.answer(this.assignment.id, this.phase.attempt.number, {
      questionId,
      response,
      answeredAtMs: this.#deps.now()
    });
  }

  /** The clock moved on (the page calls this every second): updates it, ends a timed attempt. */
  async tick(): Promise<void> {
    this.nowMs = this.#deps.now();
    await this.checkDeadline();
  }

  /** A running attempt whose time is up is submitted with the answers given so far. */
  async checkDeadline(): Promise<void> {
    const { deadline } = this;
    if (deadline === undefined || this.#deps.now() < deadline) return;
    this.timedOut = true;
    await this.finish(deadline);
  }

  /** Submits the running attempt (once, however often it is asked). */
  async finish(finishedAtMs = this.#deps.now()): Promise<void> {
    if (this.phase.name !== 'playing' || this.#finishing) return;
    this.#finishing = true;
    const { number } = this.phase.attempt;
    try {
      const record = await this.#deps.store.finish(this.assignment.id, number, finishedAtMs);
      const attempt = record.attempts.find((a) => a.number === number);
      if (attempt) await this.#showDone(attempt, record);
    } catch (error) {
      this.phase = { name: 'unavailable', error };
    } finally {
      this.#finishing = false;
    }
  }

  /** After a result, another attempt if one is left. */
  again(): void {
    if (this.phase.name === 'done' && this.phase.plan.kind === 'start') {
      this.phase = { name: 'intro', plan: this.phase.plan };
    }
  }

  /** After the assignment its article stays with the student: in their library. */
  async #keepArticle(): Promise<void> {
    const article = articleForLibrary(this.assignment);
    if (article.kind === 'in-app') {
      this.libraryId = article.setId;
      return;
    }
    try {
      await this.#deps.store.keepSet(article.set, this.#deps.now());
      this.libraryId = article.set.id;
    } catch {
      // Not fatal: the result code matters more, and the text is still in the link.
      this.libraryId = null;
    }
  }

  async #showDone(attempt: StudentAttempt, known?: StudentAssignmentRecord): Promise<void> {
    await this.#keepArticle();
    const { id } = this.assignment;
    const submission = submissionOf(id, attempt, attempt.finishedAtMs ?? this.#deps.now());
    const encoded = encodeResultCode(submission);
    const key = this.questions.filter(hasAnswerKey);
    // The score is shown only where the student saw right and wrong anyway.
    const correct =
      this.#feedback === 'immediate' && key.length === this.questions.length
        ? gradeSubmission(key, submission, { language: this.#language }).correct
        : undefined;
    const record = known ?? (await this.#deps.store.progress(id));
    const plan = studentPlan(this.assignment, {
      assignmentId: id,
      attempts: [...(record?.attempts ?? [])]
    });
    this.phase = {
      name: 'done',
      done: {
        attempt,
        code: encoded.ok ? encoded.code : null,
        ...(correct === undefined ? {} : { correct })
      },
      plan
    };
  }
}
