import { describe, expect, it } from 'vitest';
import { QUESTION_TYPES, type QuestionType } from '../quizset/schema';
import { everyTypeSet } from './test-helpers';
import {
  emptyForm,
  fieldsOf,
  formFromQuestion,
  questionFromForm,
  type FormIssue,
  type QuestionForm
} from './form';

const NEW = { id: 't-1' };

function issuesOf(form: Partial<QuestionForm> & { type: QuestionType }): FormIssue[] {
  const result = questionFromForm({ ...emptyForm(form.type), evidence: 0, ...form }, NEW, 3);
  return result.ok ? [] : result.issues;
}

describe('formFromQuestion and questionFromForm', () => {
  it('round-trip every type unchanged', () => {
    const set = everyTypeSet();
    for (const question of set.questions) {
      const result = questionFromForm(formFromQuestion(question), question, set.sentences.length);
      expect(result, question.type).toEqual({ ok: true, question });
    }
    expect(new Set(set.questions.map((q) => q.type))).toEqual(new Set(QUESTION_TYPES));
  });

  it('builds a new question with the chosen evidence sentence, trimming every field', () => {
    const result = questionFromForm(
      {
        ...emptyForm('short-answer'),
        prompt: '  Wer baute?  ',
        answer: ' Graz ',
        accept: '\n Stadt Graz \n\n',
        evidence: 2
      },
      NEW,
      3
    );
    expect(result).toEqual({
      ok: true,
      question: {
        id: 't-1',
        type: 'short-answer',
        prompt: 'Wer baute?',
        answer: 'Graz',
        accept: ['Stadt Graz'],
        evidence: [2]
      }
    });
  });

  it('names a field for each type that needs one', () => {
    for (const type of QUESTION_TYPES) expect(Array.isArray(fieldsOf(type))).toBe(true);
    expect(fieldsOf('multiple-choice')).toEqual(['choices', 'answer']);
    expect(fieldsOf('short-answer')).toContain('accept');
  });
});

describe('questionFromForm refuses', () => {
  it.each<[string, Partial<QuestionForm> & { type: QuestionType }, FormIssue[]]>([
    [
      'an empty prompt and answer',
      { type: 'short-answer' },
      [
        { field: 'prompt', code: 'required' },
        { field: 'answer', code: 'required' }
      ]
    ],
    [
      'a prompt of more than 2000 characters',
      { type: 'flashcard', prompt: 'x'.repeat(2001), answer: 'y' },
      [{ field: 'prompt', code: 'too-long' }]
    ],
    [
      'a new question without evidence',
      { type: 'short-answer', prompt: 'P', answer: 'A', evidence: null },
      [{ field: 'evidence', code: 'evidence' }]
    ],
    [
      'evidence beyond the text',
      { type: 'short-answer', prompt: 'P', answer: 'A', evidence: 3 },
      [{ field: 'evidence', code: 'evidence' }]
    ],
    [
      'an answer that is not a choice',
      { type: 'multiple-choice', prompt: 'P', choices: 'a\nb', answer: 'c' },
      [{ field: 'answer', code: 'answer-not-a-choice' }]
    ],
    [
      'a single choice',
      { type: 'multiple-choice', prompt: 'P', choices: 'a', answer: 'a' },
      [{ field: 'choices', code: 'choices-count' }]
    ],
    [
      'the same choice twice',
      { type: 'multiple-choice', prompt: 'P', choices: 'a\nA\nb', answer: 'a' },
      [{ field: 'choices', code: 'duplicates' }]
    ],
    [
      'a cloze without a gap',
      { type: 'cloze', prompt: 'Graz baut.', answer: 'Graz' },
      [{ field: 'prompt', code: 'cloze-gap' }]
    ],
    [
      'a word bank without the answer',
      { type: 'cloze', prompt: '____ baut.', answer: 'Graz', wordBank: 'Linz\nWels' },
      [{ field: 'wordBank', code: 'word-bank-answer' }]
    ],
    [
      'two items to order',
      { type: 'order', prompt: 'P', items: 'a\nb' },
      [{ field: 'items', code: 'items-count' }]
    ],
    [
      'six items to order',
      { type: 'order', prompt: 'P', items: 'a\nb\nc\nd\ne\nf' },
      [{ field: 'items', code: 'items-count' }]
    ],
    [
      'a pair without a separator',
      { type: 'match', prompt: 'P', pairs: 'a = 1\nb 2' },
      [
        { field: 'pairs', code: 'pair-format' },
        { field: 'pairs', code: 'pairs-count' }
      ]
    ],
    [
      'a pair with an empty side',
      { type: 'match', prompt: 'P', pairs: 'a = 1\nb =' },
      [
        { field: 'pairs', code: 'pair-format' },
        { field: 'pairs', code: 'pairs-count' }
      ]
    ],
    [
      'one right side twice',
      { type: 'match', prompt: 'P', pairs: 'a = 1\nb = 1' },
      [{ field: 'pairs', code: 'duplicates' }]
    ]
  ])('%s', (_name, form, expected) => {
    expect(issuesOf(form)).toEqual(expected);
  });

  it('nothing for a true statement, and drops its correction', () => {
    const result = questionFromForm(
      {
        ...emptyForm('true-false'),
        prompt: 'Graz baut.',
        isTrue: true,
        correction: 'x',
        evidence: 0
      },
      NEW,
      1
    );
    expect(result.ok && result.question).toMatchObject({ answer: true });
    expect(result.ok && 'correction' in result.question).toBe(false);
  });
});
