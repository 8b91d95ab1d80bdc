/* eslint-disable svelte/prefer-svelte-reactivity -- maps and sets here are built once and replaced whole in `$state.raw`, never mutated in place */
import type { GradeResult, GradingOptions } from '$lib/core/grading';
import {
  isQuizQuestion,
  mixQuizOrder,
  pickQuizQuestions,
  seededRandom,
  summarizeQuiz,
  type AnswerHow,
  type QuizChoice,
  type QuizQuestion,
  type QuizSummary
} from '$lib/core/quiz';
import type { QuizSet } from '$lib/core/quizset/schema';
import { cardIdFor, studyDayStartMs } from '$lib/core/srs/calendar';
// Direct modules, not the $lib/db barrel (backups, assignments…): the quiz page loads this
// before its first paint.
import {
  answersOfAttempt,
  finishAttempt,
  getAttempt,
  skipQuestion,
  startAttempt,
  unfinishedAttempt
} from '$lib/db/attempts';
import { StorageError, type StorageErrorKind } from '$lib/db/errors';
import type { AnswerRecord, AttemptRecord } from '$lib/db/records';
import type { LesequizDb } from '$lib/db/schema';
import { DEFAULT_NEW_CARDS_PER_DAY } from '$lib/study/due-today';
import type { StudySettings } from '$lib/study/settings';

/**
 * Recording an answer schedules its flashcard (FSRS): that code loads with the first answer, not
 * with the quiz page, whose first view is the setup (issue 11, point 12). Pages call this early
 * so the first answer does not wait for it.
 */
export const loadAnswerRecorder = () => import('$lib/db/answers');

/** What the quiz run needs from outside: storage, settings, the clock and a random source. */
export type QuizRunDeps = {
  db: () => Promise<LesequizDb>;
  settings: (db: LesequizDb) => Promise<StudySettings>;
  /** Milliseconds since the epoch. */
  now: () => number;
  /** Values in [0, 1); only for new attempt ids (the quiz itself is seeded by the id). */
  random: () => number;
  /** `new Date(nowMs).getTimezoneOffset()`: when the study day (and its new-card limit) starts. */
  timezoneOffsetMinutes: (nowMs: number) => number;
};

export type QuizPhase =
  | { name: 'loading' }
  | { name: 'unavailable'; problem: StorageErrorKind }
  | { name: 'setup' }
  | {
      name: 'playing';
      attempt: AttemptRecord;
      questions: QuizQuestion[];
      /** Opened again after a reload (or coming back to the page). */
      resumed: boolean;
      /** Answers given in this attempt, by question id: the latest one counts. */
      given: ReadonlyMap<string, AnswerRecord>;
      /** Raised when another tab moved the quiz on and this one follows it. */
      followed: number;
    }
  | { name: 'result'; attempt: AttemptRecord; summary: QuizSummary };

/**
 * One quiz on one set, from setup to result, without a page: every answer is stored as it is
 * given (`answer`); an unfinished attempt resumes on the question after the last answer; the
 * last answer finishes the attempt in the same write; a quiz open in two tabs follows whichever
 * answered first. Storage, settings, clock and randomness are injected, so tests drive it with
 * fake-indexeddb and a fixed clock.
 */
export class QuizRun {
  phase = $state.raw<QuizPhase>({ name: 'loading' });
  settings = $state.raw<StudySettings | null>(null);
  /** Set when this tab had to follow another one (the quiz is open twice). */
  openElsewhere = $state(false);
  readonly set: QuizSet;
  readonly #deps: QuizRunDeps;
  readonly #byId: Map<string, QuizQuestion>;
  #db: LesequizDb | null = null;

  constructor(set: QuizSet, deps: QuizRunDeps) {
    this.set = set;
    this.#deps = deps;
    this.#byId = new Map(
      set.questions.filter(isQuizQuestion).map((question) => [question.id, question])
    );
  }

  /** How typed answers are graded, from the learner's settings and the set's language. */
  get grading(): Partial<GradingOptions> {
    return {
      caseSensitive: this.settings?.caseSensitive ?? false,
      foldUmlauts: this.settings?.foldUmlauts ?? false,
      allowTypo: this.settings?.allowTypo ?? true,
      language: this.set.language
    };
  }

  /** Opens the quiz: the finished attempt `resultId`, else the open attempt, else the setup. */
  async open(resultId: string | null): Promise<void> {
    await this.#guard(async (db) => {
      this.settings = await this.#deps.settings(db);
      const finished = resultId ? await getAttempt(db, resultId) : undefined;
      if (finished && finished.setId === this.set.id && finished.finishedAtMs !== undefined) {
        await this.#showResult(db, finished);
        return;
      }
      const open = await unfinishedAttempt(db, this.set.id);
      if (open && open.currentIndex < this.#questionsOf(open).length) {
        await this.#play(db, open, true);
      } else {
        this.phase = { name: 'setup' };
      }
    });
  }

  /** A new attempt with the questions `choice` asks for, in a mixed order seeded by its id. */
  async start(choice: QuizChoice, feedback: 'immediate' | 'at-end'): Promise<void> {
    const id = this.#newAttemptId();
    await this.#begin(id, pickQuizQuestions(this.set, choice, seededRandom(id)), feedback);
  }

  /** "Falsche wiederholen": the given questions again, mixed anew. */
  async retry(questionIds: readonly string[]): Promise<void> {
    if (this.phase.name !== 'result') return;
    const previous = this.phase.attempt;
    const id = this.#newAttemptId();
    const questions = questionIds
      .map((questionId) => this.#byId.get(questionId))
      .filter((question): question is QuizQuestion => !!question);
    await this.#begin(
      id,
      mixQuizOrder(questions, seededRandom(id)),
      previous.options.feedback,
      previous.id
    );
  }

  /**
   * Stores one answer (and its card review). `last` finishes the attempt in the same write.
   * Rejects with a `StorageError` when nothing could be stored. When another tab answered this
   * question first, nothing is stored and this run follows the other (`openElsewhere`).
   */
  async answer(
    question: QuizQuestion,
    response: AnswerRecord['response'],
    grade: GradeResult,
    details: { how?: AnswerHow; last: boolean }
  ): Promise<'stored' | 'followed'> {
    const db = this.#db;
    if (!db || this.phase.name !== 'playing') throw new Error('No quiz is running.');
    const { recordAnswerOnce } = await loadAnswerRecorder();
    const now = this.#deps.now();
    const result = await recordAnswerOnce(db, {
      attemptId: this.phase.attempt.id,
      questionId: question.id,
      response,
      correct: grade.correct,
      answeredAtMs: now,
      cardId: cardIdFor(this.set.id, question),
      schedulerParams: { desiredRetention: this.settings?.desiredRetention ?? 0.9 },
      newCards: {
        dayStartMs: studyDayStartMs(now, this.#deps.timezoneOffsetMinutes(now)),
        dailyLimit: this.settings?.newCardsPerDay ?? DEFAULT_NEW_CARDS_PER_DAY
      },
      ...(details.how ? { how: details.how } : {}),
      ...(details.last ? { finishAtMs: now } : {})
    });
    if ('answeredElsewhere' in result) {
      this.openElsewhere = true;
      await this.#follow(db, result.answeredElsewhere);
      return 'followed';
    }
    if (this.phase.name === 'playing') {
      const given = new Map(this.phase.given).set(question.id, result.answer);
      this.phase = { ...this.phase, attempt: result.attempt, given };
    }
    return 'stored';
  }

  /** "Überspringen": the question moves to the end of the attempt (stored, so a reload keeps it). */
  async skip(question: QuizQuestion): Promise<void> {
    const db = this.#db;
    if (!db || this.phase.name !== 'playing') return;
    const attempt = await skipQuestion(db, this.phase.attempt.id, question.id);
    if (!attempt || this.phase.name !== 'playing') return;
    this.phase = { ...this.phase, attempt, questions: this.#questionsOf(attempt) };
  }

  /** "Ergebnis ansehen": the result (finishing the attempt if the last answer did not). */
  async finish(): Promise<string | null> {
    if (this.phase.name !== 'playing') return null;
    const { attempt } = this.phase;
    let finished: AttemptRecord | undefined;
    await this.#guard(async (db) => {
      // Normally the last answer finished it already: then nothing is written here.
      finished =
        attempt.finishedAtMs !== undefined
          ? attempt
          : await finishAttempt(db, attempt.id, this.#deps.now());
      if (finished) await this.#showResult(db, finished);
    });
    return finished?.id ?? null;
  }

  /** "Neu beginnen" (after the learner confirmed): the open attempt ends where it is. */
  async discard(): Promise<void> {
    if (this.phase.name !== 'playing') return;
    const { attempt } = this.phase;
    await this.#guard(async (db) => {
      await finishAttempt(db, attempt.id, this.#deps.now());
      this.phase = { name: 'setup' };
    });
  }

  /** "Neues Quiz" from a result. */
  newQuiz(): void {
    this.phase = { name: 'setup' };
  }

  /** The quiz questions of an attempt that still exist (a teacher may have deleted some). */
  #questionsOf(attempt: AttemptRecord): QuizQuestion[] {
    return attempt.questionIds
      .map((id) => this.#byId.get(id))
      .filter((question): question is QuizQuestion => !!question);
  }

  #newAttemptId(): string {
    const now = this.#deps.now();
    return `a-${now.toString(36)}-${Math.floor(this.#deps.random() * 36 ** 6).toString(36)}`;
  }

  async #begin(
    id: string,
    questions: QuizQuestion[],
    feedback: 'immediate' | 'at-end',
    retryOf?: string
  ): Promise<void> {
    if (questions.length === 0) return;
    const attempt: AttemptRecord = {
      id,
      setId: this.set.id,
      questionIds: questions.map((question) => question.id),
      options: {
        feedback,
        questionTypes: [...new Set(questions.map((question) => question.type))],
        grading: this.grading,
        ...(retryOf ? { retryOf } : {})
      },
      currentIndex: 0,
      startedAtMs: this.#deps.now()
    };
    await this.#guard(async (db) => {
      await startAttempt(db, attempt);
      this.phase = {
        name: 'playing',
        attempt,
        questions,
        resumed: false,
        given: new Map(),
        followed: 0
      };
    });
  }

  async #play(db: LesequizDb, attempt: AttemptRecord, resumed: boolean, followed = 0) {
    const answers = await answersOfAttempt(db, attempt.id);
    const given = new Map(answers.map((answer) => [answer.questionId, answer]));
    this.phase = {
      name: 'playing',
      attempt,
      questions: this.#questionsOf(attempt),
      resumed,
      given,
      followed
    };
  }

  /** Another tab answered first: continue where it is (or show its result). */
  async #follow(db: LesequizDb, attempt: AttemptRecord) {
    const followed = this.phase.name === 'playing' ? this.phase.followed + 1 : 1;
    if (attempt.finishedAtMs !== undefined) await this.#showResult(db, attempt);
    else await this.#play(db, attempt, true, followed);
  }

  async #showResult(db: LesequizDb, attempt: AttemptRecord) {
    const answers = await answersOfAttempt(db, attempt.id);
    this.phase = {
      name: 'result',
      attempt,
      summary: summarizeQuiz(this.#questionsOf(attempt), answers)
    };
  }

  /** Runs `work` on the database; a storage failure becomes the `unavailable` phase. */
  async #guard(work: (db: LesequizDb) => Promise<void>): Promise<void> {
    try {
      this.#db ??= await this.#deps.db();
      await work(this.#db);
    } catch (error) {
      this.phase = {
        name: 'unavailable',
        problem: error instanceof StorageError ? error.kind : 'unknown'
      };
    }
  }
}
