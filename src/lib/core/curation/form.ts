import * as v from 'valibot';
import { QuestionSchema, type Question, type QuestionType } from '../quizset/schema';

/**
 * The fields of the teacher's question form, as the form holds them: plain strings, lists one
 * item a line. `questionFromForm` turns them into a valid question or says, per field, what is
 * wrong; `formFromQuestion` fills the form from a question.
 */
export type QuestionForm = {
  type: QuestionType;
  prompt: string;
  /** The expected text: the right choice, the gap's word, the short answer, the card's back. */
  answer: string;
  /** True-false: whether the statement is true. */
  isTrue: boolean;
  /** True-false: for a false statement, the true one (optional). */
  correction: string;
  /** Multiple-choice: every choice, one a line. */
  choices: string;
  /** Short-answer, cloze, flashcard: other answers graded as right, one a line (optional). */
  accept: string;
  /** Cloze: words to choose from, one a line (optional; empty means the reader types). */
  wordBank: string;
  /** Order: the items in the right order, one a line. */
  items: string;
  /** Match: one pair a line, `left = right`. */
  pairs: string;
  /** The sentence (index into the set's sentences) that proves the answer. */
  evidence: number | null;
};

export type FormField = Exclude<keyof QuestionForm, 'type' | 'isTrue'>;

/** What is wrong with a field, as a code the UI turns into words. */
export type FormIssueCode =
  | 'required'
  | 'too-long'
  | 'cloze-gap'
  | 'choices-count'
  | 'answer-not-a-choice'
  | 'duplicates'
  | 'word-bank-answer'
  | 'items-count'
  | 'pairs-count'
  | 'pair-format'
  | 'evidence'
  | 'invalid';

export type FormIssue = { field: FormField; code: FormIssueCode };

export type FormResult = { ok: true; question: Question } | { ok: false; issues: FormIssue[] };

/** The gap a cloze prompt must contain. */
export const CLOZE_GAP = '____';
/** Separates the two sides of a match pair on one line. */
export const PAIR_SEPARATOR = ' = ';

const MAX_TEXT = 2000;
export const LIMITS = {
  choices: [2, 8],
  items: [3, 5],
  pairs: [2, 8]
} as const;

/** An empty form for a new question of `type`. */
export function emptyForm(type: QuestionType): QuestionForm {
  return {
    type,
    prompt: type === 'cloze' ? CLOZE_GAP : '',
    answer: '',
    isTrue: true,
    correction: '',
    choices: '',
    accept: '',
    wordBank: '',
    items: '',
    pairs: '',
    evidence: null
  };
}

/** The form showing `question`, ready to edit. */
export function formFromQuestion(question: Question): QuestionForm {
  const form = emptyForm(question.type);
  form.prompt = question.prompt;
  form.accept = lines(question.accept ?? []);
  form.evidence = question.evidence[0] ?? null;
  switch (question.type) {
    case 'multiple-choice':
      form.answer = question.answer;
      form.choices = lines(question.choices);
      break;
    case 'true-false':
      form.isTrue = question.answer;
      form.correction = question.correction ?? '';
      break;
    case 'cloze':
      form.answer = question.answer;
      form.wordBank = lines(question.wordBank ?? []);
      break;
    case 'order':
      form.items = lines(question.answer);
      break;
    case 'match':
      form.pairs = lines(
        question.answer.map(([left, right]) => `${left}${PAIR_SEPARATOR}${right}`)
      );
      break;
    default:
      form.answer = question.answer;
  }
  return form;
}

/** Which fields the form shows for a type (besides the prompt and, for new questions, evidence). */
export function fieldsOf(type: QuestionType): FormField[] {
  switch (type) {
    case 'multiple-choice':
      return ['choices', 'answer'];
    case 'true-false':
      return ['correction'];
    case 'cloze':
      return ['answer', 'accept', 'wordBank'];
    case 'order':
      return ['items'];
    case 'match':
      return ['pairs'];
    default:
      return ['answer', 'accept'];
  }
}

/**
 * Builds a question from the form. `base` is the question being edited (its id, evidence and any
 * fields the form does not show are kept) or, for a new question, its id; a new question takes
 * its evidence from the form.
 *
 * @example
 * questionFromForm({ ...emptyForm('short-answer'), prompt: 'Wer?', answer: 'Kanada', evidence: 0 },
 *   { id: 't-1' }, 2); // { ok: true, question: { id: 't-1', type: 'short-answer', … } }
 */
export function questionFromForm(
  form: QuestionForm,
  base: Question | { id: string },
  sentenceCount: number
): FormResult {
  const issues: FormIssue[] = [];
  const text = (field: FormField, value: string, required = true): string | undefined => {
    const trimmed = value.trim();
    if (trimmed === '') {
      if (required) issues.push({ field, code: 'required' });
      return undefined;
    }
    if (trimmed.length > MAX_TEXT) issues.push({ field, code: 'too-long' });
    return trimmed;
  };
  const list = (field: FormField, value: string): string[] => {
    const items = splitLines(value);
    if (items.some((item) => item.length > MAX_TEXT)) issues.push({ field, code: 'too-long' });
    if (!distinct(items)) issues.push({ field, code: 'duplicates' });
    return items;
  };
  const count = (
    field: FormField,
    items: readonly unknown[],
    [min, max]: readonly [number, number],
    code: FormIssueCode
  ) => {
    if (items.length < min || items.length > max) issues.push({ field, code });
  };

  const prompt = text('prompt', form.prompt);
  const editing = 'type' in base;
  const evidence = editing ? base.evidence : form.evidence === null ? [] : [form.evidence];
  if (!editing && (form.evidence === null || form.evidence < 0 || form.evidence >= sentenceCount)) {
    issues.push({ field: 'evidence', code: 'evidence' });
  }

  // Fields the form does not show (factId, explanation, card …) stay as they were.
  const kept: Record<string, unknown> = editing ? { ...base } : {};
  delete kept.answer;
  for (const field of fieldsOf(form.type))
    delete kept[field === 'items' || field === 'pairs' ? 'answer' : field];
  const draft: Record<string, unknown> = {
    ...kept,
    id: base.id,
    type: form.type,
    prompt,
    evidence
  };

  switch (form.type) {
    case 'multiple-choice': {
      const choices = list('choices', form.choices);
      count('choices', choices, LIMITS.choices, 'choices-count');
      const answer = text('answer', form.answer);
      if (answer !== undefined && !choices.includes(answer)) {
        issues.push({ field: 'answer', code: 'answer-not-a-choice' });
      }
      Object.assign(draft, { choices, answer });
      break;
    }
    case 'true-false': {
      // A true statement needs no correction; a leftover one would contradict it.
      const correction = form.isTrue ? undefined : text('correction', form.correction, false);
      Object.assign(draft, { answer: form.isTrue, correction });
      break;
    }
    case 'cloze': {
      if (prompt !== undefined && !prompt.includes(CLOZE_GAP)) {
        issues.push({ field: 'prompt', code: 'cloze-gap' });
      }
      const answer = text('answer', form.answer);
      const wordBank = list('wordBank', form.wordBank);
      if (wordBank.length > 0 && answer !== undefined && !wordBank.includes(answer)) {
        issues.push({ field: 'wordBank', code: 'word-bank-answer' });
      }
      const accept = list('accept', form.accept);
      Object.assign(draft, {
        answer,
        wordBank: wordBank.length > 0 ? wordBank : undefined,
        accept: accept.length > 0 ? accept : undefined
      });
      break;
    }
    case 'order': {
      const items = list('items', form.items);
      count('items', items, LIMITS.items, 'items-count');
      draft.answer = items;
      break;
    }
    case 'match': {
      const pairs: [string, string][] = [];
      for (const line of splitLines(form.pairs)) {
        const at = line.indexOf(PAIR_SEPARATOR.trim());
        const left = at < 0 ? '' : line.slice(0, at).trim();
        const right = at < 0 ? '' : line.slice(at + 1).trim();
        if (left === '' || right === '') {
          issues.push({ field: 'pairs', code: 'pair-format' });
          break;
        }
        pairs.push([left, right]);
      }
      count('pairs', pairs, LIMITS.pairs, 'pairs-count');
      if (!distinct(pairs.map(([left]) => left)) || !distinct(pairs.map(([, right]) => right))) {
        issues.push({ field: 'pairs', code: 'duplicates' });
      }
      draft.answer = pairs;
      break;
    }
    default: {
      const answer = text('answer', form.answer);
      const accept = list('accept', form.accept);
      Object.assign(draft, { answer, accept: accept.length > 0 ? accept : undefined });
    }
  }

  if (issues.length > 0) return { ok: false, issues: unique(issues) };
  for (const key of Object.keys(draft)) if (draft[key] === undefined) delete draft[key];
  const parsed = v.safeParse(QuestionSchema, draft);
  // The checks above cover what the schema checks; this catches anything they miss.
  if (!parsed.success) return { ok: false, issues: [{ field: 'prompt', code: 'invalid' }] };
  return { ok: true, question: parsed.output };
}

function lines(items: readonly string[]): string {
  return items.join('\n');
}

function splitLines(value: string): string[] {
  return value
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

function distinct(items: readonly string[]): boolean {
  return new Set(items.map((item) => item.toLowerCase())).size === items.length;
}

function unique(issues: FormIssue[]): FormIssue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const key = `${issue.field}:${issue.code}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
