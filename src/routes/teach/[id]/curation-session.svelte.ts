import {
  addQuestion,
  applyCuration,
  deleteQuestion,
  deleteQuestions,
  editQuestion,
  emptyCuration,
  moveQuestion,
  moveQuestionTo,
  newTeacherQuestionId,
  type AppliedCuration,
  type Curation,
  type CurationParseResult
} from '$lib/core/curation';
import type { Question, QuestionType, QuizSet } from '$lib/core/quizset/schema';

/** Where a set's curation lives: the app passes its database's repository functions. */
export type CurationStore = {
  load(setId: string): Promise<CurationParseResult>;
  save(curation: Curation): Promise<CurationParseResult>;
  reset(setId: string): Promise<void>;
};

/** Runs `run` after `ms`; returns what cancels it (the page passes `setTimeout`). */
export type Schedule = (run: () => void, ms: number) => () => void;

export type CurationSessionDeps = {
  store: CurationStore;
  /** Makes new question ids (`newTeacherQuestionId`). */
  now: () => number;
  schedule: Schedule;
};

/** What a removal took away, said beside "Rückgängig"; the page translates it. */
export type CurationNotice =
  { kind: 'deleted'; number: number } | { kind: 'struck'; count: number };

/** What the status line says after the last change; the page translates it. */
export type CurationStatus = '' | 'saved' | 'undone' | 'reset';

/** Triage: one question at a time, keep / edit / strike, over the ids as they were at the start. */
export type Triage = {
  ids: string[];
  at: number;
  kept: number;
  edited: number;
  struck: number;
  editing: boolean;
};

/** How long "Rückgängig" stays on screen after a delete. */
export const UNDO_WINDOW_MS = 10_000;
/** Steps "Schritt zurück" can walk back in one visit. */
export const MAX_HISTORY = 100;

/**
 * The teacher's editor for one set: the curation (edits, deletions, added questions, order) as
 * stored, every change saved at once (and taken back, said so, when saving fails), undo through
 * the visit's history, striking many at once, reordering, adding and the triage walk. Storage,
 * clock and undo timer are injected, so tests drive it without a browser; the page renders it,
 * moves the focus and translates what it reports.
 */
export class CurationSession {
  /** Raw: stored as it is, and every change replaces the whole object. */
  curation = $state.raw<Curation | null>(null);
  /** The stored curation could not be read (the teacher may reset it). */
  broken = $state(false);
  /** Why loading, saving or resetting failed last (a `StorageError` as a rule), or `null`. */
  error = $state.raw<unknown>(null);
  status = $state<CurationStatus>('');
  /** Every earlier state of this visit, newest last. */
  history = $state.raw<Curation[]>([]);
  /** The last removal, while "Rückgängig" is offered. */
  notice = $state.raw<CurationNotice | null>(null);
  /** Questions chosen to strike together. */
  selected = $state.raw<ReadonlySet<string>>(idSet());
  triage = $state.raw<Triage | null>(null);
  /** The question whose form is open. */
  editingId = $state<string | null>(null);
  /** A new question being written: its type and the id it gets. */
  adding = $state.raw<{ type: QuestionType; id: string } | null>(null);

  readonly set: QuizSet;
  readonly applied: AppliedCuration | null = $derived.by(() =>
    this.curation ? applyCuration(this.set, this.curation) : null
  );
  readonly questions: Question[] = $derived(this.applied?.set.questions ?? []);
  /** The question the triage walk stands at, if it still exists. */
  readonly triageQuestion: Question | undefined = $derived.by(() => {
    const triage = this.triage;
    return triage ? this.questions.find((q) => q.id === triage.ids[triage.at]) : undefined;
  });

  readonly #deps: CurationSessionDeps;
  #cancelNotice: (() => void) | null = null;

  constructor(set: QuizSet, deps: CurationSessionDeps) {
    this.set = set;
    this.#deps = deps;
  }

  async load(): Promise<void> {
    this.curation = null;
    this.broken = false;
    this.editingId = null;
    this.adding = null;
    this.history = [];
    this.selected = idSet();
    this.triage = null;
    try {
      const stored = await this.#deps.store.load(this.set.id);
      if (stored.ok) this.curation = stored.curation;
      else this.broken = true;
    } catch (error) {
      this.error = error;
    }
  }

  isEdited(question: Question): boolean {
    return this.curation !== null && question.id in this.curation.edits;
  }

  startEditing(questionId: string): void {
    this.adding = null;
    this.editingId = questionId;
  }

  stopEditing(): void {
    this.editingId = null;
  }

  saveEdit(question: Question): Promise<boolean> {
    const curation = this.curation;
    if (!curation) return Promise.resolve(false);
    return this.#commit(editQuestion(curation, this.set, question)).then((ok) => {
      if (ok) this.editingId = null;
      return ok;
    });
  }

  /** Deletes the question at `index` (0-based) and offers undo. */
  async remove(question: Question, index: number): Promise<boolean> {
    if (!this.curation) return false;
    if (!(await this.#commit(deleteQuestion(this.curation, question.id)))) return false;
    this.#offerUndo({ kind: 'deleted', number: index + 1 });
    return true;
  }

  /** One step back: the state before the last change (again and again, through this visit). */
  async undoStep(): Promise<boolean> {
    const previous = this.history.at(-1);
    if (!previous) return false;
    const rest = this.history.slice(0, -1);
    if (!(await this.#commit(previous, 'undone', false))) return false;
    this.history = rest;
    return true;
  }

  toggleSelected(id: string, on: boolean): void {
    const rest = [...this.selected].filter((item) => item !== id);
    this.selected = idSet(on ? [...rest, id] : rest);
  }

  clearSelection(): void {
    this.selected = idSet();
  }

  async strikeSelected(): Promise<boolean> {
    if (!this.curation || this.selected.size === 0) return false;
    const count = this.selected.size;
    if (!(await this.#commit(deleteQuestions(this.curation, this.selected)))) return false;
    this.selected = idSet();
    this.#offerUndo({ kind: 'struck', count });
    return true;
  }

  /** Moves a question to place `to` (0-based) of the list as shown. */
  moveTo(question: Question, to: number): Promise<boolean> {
    if (!this.curation) return Promise.resolve(false);
    const ids = this.questions.map((q) => q.id);
    return this.#commit(moveQuestionTo(this.curation, ids, question.id, to));
  }

  move(question: Question, step: -1 | 1): Promise<boolean> {
    if (!this.curation) return Promise.resolve(false);
    const ids = this.questions.map((q) => q.id);
    return this.#commit(moveQuestion(this.curation, ids, question.id, step));
  }

  /**
   * A drag ends with the question over the gap before card `over` (`questions.length`: after
   * the last). Dropping it where it was changes nothing.
   */
  drop(questionId: string, over: number): Promise<boolean> {
    const from = this.questions.findIndex((q) => q.id === questionId);
    const question = this.questions[from];
    if (!question || over === from || over === from + 1) return Promise.resolve(false);
    return this.moveTo(question, over > from ? over - 1 : over);
  }

  startTriage(): void {
    this.editingId = null;
    this.adding = null;
    this.triage = {
      ids: this.questions.map((q) => q.id),
      at: 0,
      kept: 0,
      edited: 0,
      struck: 0,
      editing: false
    };
  }

  triageKeep(): void {
    if (this.triage) this.#triageNext({ kept: this.triage.kept + 1 });
  }

  triageEditing(on: boolean): void {
    if (this.triage) this.triage = { ...this.triage, editing: on };
  }

  async triageStrike(question: Question): Promise<boolean> {
    if (!this.curation || !this.triage) return false;
    const struck = this.triage.struck + 1;
    if (!(await this.#commit(deleteQuestion(this.curation, question.id)))) return false;
    this.#triageNext({ struck });
    return true;
  }

  async triageSave(question: Question): Promise<boolean> {
    if (!this.curation || !this.triage) return false;
    const edited = this.triage.edited + 1;
    if (!(await this.#commit(editQuestion(this.curation, this.set, question)))) return false;
    this.#triageNext({ edited });
    return true;
  }

  endTriage(): void {
    this.triage = null;
  }

  /** Opens the form for a new question of `type`, with an id no question has. */
  startAdding(type: QuestionType): void {
    const curation = this.curation;
    if (!curation) return;
    const taken = [...this.set.questions.map((q) => q.id), ...curation.added.map((q) => q.id)];
    this.editingId = null;
    this.adding = { type, id: newTeacherQuestionId(taken, this.#deps.now()) };
  }

  stopAdding(): void {
    this.adding = null;
  }

  async saveNew(question: Question): Promise<boolean> {
    if (!this.curation) return false;
    if (!(await this.#commit(addQuestion(this.curation, question)))) return false;
    this.adding = null;
    return true;
  }

  /** Throws every change to the set away (after the page asked). */
  async reset(): Promise<boolean> {
    try {
      await this.#deps.store.reset(this.set.id);
    } catch (error) {
      this.error = error;
      return false;
    }
    this.#dismissNotice();
    this.curation = emptyCuration(this.set.id);
    this.broken = false;
    this.editingId = null;
    this.adding = null;
    this.error = null;
    this.status = 'reset';
    return true;
  }

  /** On to the next question of the walk that still exists. */
  #triageNext(change: Partial<Triage>): void {
    const triage = this.triage;
    if (!triage) return;
    const next = { ...triage, ...change, editing: false, at: triage.at + 1 };
    const ids = idSet(this.questions.map((q) => q.id));
    while (next.at < next.ids.length && !ids.has(next.ids[next.at] as string)) next.at++;
    this.triage = next;
  }

  /** Shows and stores a change; if storing fails, the change is taken back and said so. */
  async #commit(next: Curation, done: CurationStatus = 'saved', record = true): Promise<boolean> {
    const previous = this.curation;
    const before = this.history;
    // "Gespeichert." speaks of this change: while it is being stored, the word left from the
    // change before must not say so (a teacher leaving then lost an edit that looked saved).
    this.status = '';
    this.curation = next;
    if (record && previous && next !== previous)
      this.history = [...this.history, previous].slice(-MAX_HISTORY);
    this.#dismissNotice();
    try {
      const result = await this.#deps.store.save(next);
      if (!result.ok) throw new Error(result.issues.join('; '));
      this.error = null;
      this.status = done;
      return true;
    } catch (error) {
      this.curation = previous;
      this.history = before;
      this.error = error;
      this.status = '';
      return false;
    }
  }

  #offerUndo(notice: CurationNotice): void {
    this.#dismissNotice();
    this.notice = notice;
    this.#cancelNotice = this.#deps.schedule(() => {
      this.notice = null;
      this.#cancelNotice = null;
    }, UNDO_WINDOW_MS);
  }

  #dismissNotice(): void {
    this.#cancelNotice?.();
    this.#cancelNotice = null;
    this.notice = null;
  }
}

/** An immutable set of ids: replaced whole in `$state.raw`, never changed in place. */
function idSet(ids: Iterable<string> = []): ReadonlySet<string> {
  return new Set(ids);
}
