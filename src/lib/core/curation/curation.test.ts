import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { generateQuestionSet } from '../quizgen';
import { parseQuizSet, type Question, type QuizSet } from '../quizset/schema';
import {
  addQuestion,
  applyCuration,
  deleteQuestion,
  editQuestion,
  emptyCuration,
  isCurated,
  deleteQuestions,
  moveQuestion,
  moveQuestionTo,
  newTeacherQuestionId,
  parseCuration,
  type Curation
} from '.';
import { formFromQuestion, questionFromForm, type QuestionForm } from './form';
import { everyTypeSet } from './test-helpers';
import { allModels } from '../../../../scripts/nlp-models';

const models = allModels();

const ids = (set: QuizSet) => set.questions.map((q) => q.id);

function edited(set: QuizSet, id: string, change: (form: QuestionForm) => void): Question {
  const original = set.questions.find((q) => q.id === id)!;
  const form = formFromQuestion(original);
  change(form);
  const result = questionFromForm(form, original, set.sentences.length);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.question;
}

describe('applyCuration', () => {
  it('leaves a set unchanged under an empty curation', () => {
    const set = everyTypeSet();
    const { set: curated, conflicts } = applyCuration(set, emptyCuration('graz'));
    expect(curated).toEqual(set);
    expect(conflicts).toEqual([]);
    expect(isCurated(emptyCuration('graz'))).toBe(false);
  });

  it('refuses a curation of another set', () => {
    expect(() => applyCuration(everyTypeSet(), emptyCuration('linz'))).toThrow(RangeError);
  });

  it.each([
    [
      'q-mc',
      (f: QuestionForm) => {
        f.prompt = 'Welche Stadt hat eine neue Brücke?';
        f.choices = 'Linz\nGraz\nWien\nSalzburg';
        f.answer = 'Graz';
      },
      {
        prompt: 'Welche Stadt hat eine neue Brücke?',
        choices: ['Linz', 'Graz', 'Wien', 'Salzburg']
      }
    ],
    [
      'q-tf',
      (f: QuestionForm) => {
        f.isTrue = true;
        f.prompt = 'Die Brücke kostete 12 Millionen Euro.';
      },
      { answer: true, correction: undefined }
    ],
    [
      'q-cloze',
      (f: QuestionForm) => {
        f.answer = 'Graz';
        f.wordBank = 'Graz\nLinz\nWels';
        f.accept = 'graz';
      },
      { wordBank: ['Graz', 'Linz', 'Wels'], accept: ['graz'] }
    ],
    [
      'q-short',
      (f: QuestionForm) => {
        f.answer = '12 Mio. Euro';
        f.accept = '12 Millionen Euro\nzwölf Millionen Euro';
      },
      {
        answer: '12 Mio. Euro',
        accept: ['12 Millionen Euro', 'zwölf Millionen Euro'],
        explanation: 'Das steht im zweiten Satz.'
      }
    ],
    [
      'q-order',
      (f: QuestionForm) => {
        f.items = 'Planung\nBaubeginn\nPause\nFertigstellung';
      },
      { answer: ['Planung', 'Baubeginn', 'Pause', 'Fertigstellung'] }
    ],
    [
      'q-match',
      (f: QuestionForm) => {
        f.pairs = '2019 = Baubeginn\n2021 = Pause\n2023 = Fertigstellung';
      },
      {
        answer: [
          ['2019', 'Baubeginn'],
          ['2021', 'Pause'],
          ['2023', 'Fertigstellung']
        ]
      }
    ],
    [
      'q-card',
      (f: QuestionForm) => {
        f.answer = 'Fluss, der durch Graz fließt';
      },
      { answer: 'Fluss, der durch Graz fließt', card: 'fact' }
    ]
  ] as const)(
    'applies an edit of %s and keeps the rest of the question',
    (id, change, expected) => {
      const set = everyTypeSet();
      const question = edited(set, id, change);
      const curation = editQuestion(emptyCuration('graz'), set, question);
      expect(isCurated(curation)).toBe(true);
      const { set: curated, conflicts } = applyCuration(set, curation);
      expect(conflicts).toEqual([]);
      const result = curated.questions.find((q) => q.id === id)!;
      const present = Object.entries(expected).filter(([, value]) => value !== undefined);
      expect(result).toMatchObject({
        ...Object.fromEntries(present),
        id,
        evidence: set.questions.find((q) => q.id === id)!.evidence
      });
      for (const [key, value] of Object.entries(expected)) {
        if (value === undefined) expect(result).not.toHaveProperty(key);
      }
      expect(ids(curated)).toEqual(ids(set));
      expect(parseQuizSet(curated).ok).toBe(true);
    }
  );

  it('drops an edit that puts the question back as generated', () => {
    const set = everyTypeSet();
    const changed = edited(set, 'q-short', (f) => (f.answer = '12 Mio. Euro'));
    const curation = editQuestion(emptyCuration('graz'), set, changed);
    const restored = edited(set, 'q-short', () => {});
    expect(editQuestion(curation, set, restored).edits).toEqual({});
  });

  it('deletes questions, and deleting twice changes nothing more', () => {
    const set = everyTypeSet();
    const once = deleteQuestion(emptyCuration('graz'), 'q-tf');
    expect(deleteQuestion(once, 'q-tf')).toBe(once);
    const { set: curated } = applyCuration(set, once);
    expect(ids(curated)).toEqual(['q-mc', 'q-cloze', 'q-short', 'q-order', 'q-match', 'q-card']);
  });

  it('adds own questions at the end, edits them in place and deletes them outright', () => {
    const set = everyTypeSet();
    const id = newTeacherQuestionId(ids(set), Date.UTC(2026, 0, 1));
    const form: QuestionForm = {
      ...formFromQuestion(set.questions[3]!),
      prompt: 'Wann wurde die Brücke eröffnet?',
      answer: 'am Montag',
      accept: '',
      evidence: 0
    };
    const result = questionFromForm(form, { id }, set.sentences.length);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    let curation = addQuestion(emptyCuration('graz'), result.question);
    expect(ids(applyCuration(set, curation).set).at(-1)).toBe(id);
    expect(() => addQuestion(curation, result.question)).toThrow(RangeError);

    curation = editQuestion(curation, set, { ...result.question, answer: 'Montag' } as Question);
    expect(curation.edits).toEqual({});
    expect(applyCuration(set, curation).set.questions.at(-1)).toMatchObject({ answer: 'Montag' });

    curation = deleteQuestion(curation, id);
    expect(curation.added).toEqual([]);
    expect(curation.deleted).toEqual([]);
  });

  it('reorders by moving one place at a time, and not past either end', () => {
    const set = everyTypeSet();
    let curation = emptyCuration('graz');
    const current = () => ids(applyCuration(set, curation).set);
    curation = moveQuestion(curation, current(), 'q-cloze', -1);
    expect(current().slice(0, 3)).toEqual(['q-mc', 'q-cloze', 'q-tf']);
    curation = moveQuestion(curation, current(), 'q-cloze', -1);
    expect(current().slice(0, 3)).toEqual(['q-cloze', 'q-mc', 'q-tf']);
    expect(moveQuestion(curation, current(), 'q-cloze', -1)).toBe(curation);
    expect(moveQuestion(curation, current(), 'q-card', 1)).toBe(curation);

    // A question added after reordering comes last; one the order does not know follows it.
    const added = questionFromForm(
      { ...formFromQuestion(set.questions[3]!), evidence: 1 },
      { id: 't-new' },
      3
    );
    if (!added.ok) throw new Error('invalid');
    curation = addQuestion(curation, added.question);
    expect(current().at(-1)).toBe('t-new');
    curation = moveQuestion(curation, current(), 't-new', -1);
    expect(current().slice(-2)).toEqual(['t-new', 'q-card']);
  });

  it('moves a question straight to any place (drag, "Ganz nach oben"), clamped to the list', () => {
    const set = everyTypeSet();
    let curation = emptyCuration('graz');
    const current = () => ids(applyCuration(set, curation).set);
    const before = current();
    const last = before.at(-1)!;
    curation = moveQuestionTo(curation, current(), last, 0);
    expect(current()).toEqual([last, ...before.slice(0, -1)]);
    curation = moveQuestionTo(curation, current(), last, 2);
    expect(current().indexOf(last)).toBe(2);
    curation = moveQuestionTo(curation, current(), last, 99);
    expect(current().at(-1)).toBe(last);
    expect(moveQuestionTo(curation, current(), last, 99)).toBe(curation);
    expect(moveQuestionTo(curation, current(), 'q-unknown', 0)).toBe(curation);
  });

  it('strikes several questions in one step', () => {
    const set = everyTypeSet();
    const [first, second, third] = ids(set);
    const curation = deleteQuestions(emptyCuration('graz'), [first!, third!, first!]);
    expect(curation.deleted).toEqual([first, third]);
    expect(ids(applyCuration(set, curation).set)).toEqual(
      ids(set).filter((id) => id !== first && id !== third)
    );
    expect(ids(applyCuration(set, curation).set)).toContain(second);
  });

  it('reports edits of questions the set no longer has, and keeps them in the curation', () => {
    const set = everyTypeSet();
    const edit = edited(set, 'q-short', (f) => (f.answer = '12 Mio. Euro'));
    const curation = editQuestion(emptyCuration('graz'), set, edit);
    const smaller = { ...set, questions: set.questions.filter((q) => q.id !== 'q-short') };
    const { set: curated, conflicts } = applyCuration(smaller, curation);
    expect(conflicts).toEqual([{ questionId: 'q-short', reason: 'missing', question: edit }]);
    expect(ids(curated)).toEqual(ids(smaller));
    expect(curation.edits['q-short']).toEqual(edit);
  });

  it('reports an edit whose question changed type, and an own question that no longer fits', () => {
    const set = everyTypeSet();
    const asCard: Question = {
      id: 'q-short',
      type: 'flashcard',
      prompt: 'Kosten',
      answer: '12 Mio.',
      evidence: [1]
    };
    const own: Question = {
      id: 't-1',
      type: 'short-answer',
      prompt: 'Wann?',
      answer: '2023',
      evidence: [2]
    };
    const curation: Curation = {
      ...emptyCuration('graz'),
      edits: { 'q-short': asCard },
      added: [own]
    };
    const shorter = {
      ...set,
      sentences: set.sentences.slice(0, 2),
      questions: set.questions.slice(0, 4)
    };
    const { set: curated, conflicts } = applyCuration(shorter, curation);
    expect(conflicts.map((c) => [c.questionId, c.reason])).toEqual([
      ['q-short', 'type-changed'],
      ['t-1', 'invalid']
    ]);
    expect(curated.questions.find((q) => q.id === 'q-short')).toEqual(set.questions[3]);
  });

  it('keeps every edit when the set is generated again from the same text', () => {
    const dir = fileURLToPath(new URL('../../../../questions/', import.meta.url));
    const text = readFileSync(dir + 'hikvision-kanada.de.txt', 'utf8');
    const options = { id: 'hikvision-kanada', language: 'de' } as const;
    const first = generateQuestionSet(text, { models, ...options });

    let curation = emptyCuration('hikvision-kanada');
    const [a, b, c] = first.questions;
    curation = editQuestion(curation, first, { ...a!, prompt: `${a!.prompt} (Lehrkraft)` });
    curation = deleteQuestion(curation, b!.id);
    curation = addQuestion(curation, {
      id: 't-1',
      type: 'short-answer',
      prompt: 'Welches Land verbietet Hikvision?',
      answer: 'Kanada',
      evidence: [0]
    });
    curation = moveQuestion(curation, ids(applyCuration(first, curation).set), c!.id, -1);
    const before = applyCuration(first, curation);

    // Stored, loaded back and applied to a fresh generation of the same text.
    const stored = parseCuration(JSON.parse(JSON.stringify(curation)));
    if (!stored.ok) throw new Error(stored.issues.join('; '));
    const again = generateQuestionSet(text, { models, ...options });
    const after = applyCuration(again, stored.curation);
    expect(after.conflicts).toEqual([]);
    expect(after.set).toEqual(before.set);
    expect(after.set.questions[0]).toMatchObject({ id: c!.id });
    expect(after.set.questions[1]!.prompt).toBe(`${a!.prompt} (Lehrkraft)`);
    expect(ids(after.set)).not.toContain(b!.id);
    expect(ids(after.set)).toContain('t-1');
  });
});

describe('parseCuration', () => {
  const valid = (): Curation => ({
    ...emptyCuration('graz'),
    edits: { 'q-short': { ...everyTypeSet().questions[3]!, answer: '12 Mio.' } as Question }
  });

  it('accepts a valid curation', () => {
    expect(parseCuration(valid())).toEqual({ ok: true, curation: valid() });
  });

  it.each([
    ['not an object', 'curation'],
    ['another format', { ...emptyCuration('graz'), format: 'curation/2' }],
    ['a bad set id', { ...emptyCuration('graz'), setId: 'a b' }],
    ['an edit under another id', { ...valid(), edits: { 'q-mc': valid().edits['q-short'] } }],
    [
      'an invalid edited question',
      { ...valid(), edits: { 'q-short': { ...valid().edits['q-short'], prompt: '' } } }
    ],
    [
      'a multiple-choice answer that is no choice',
      {
        ...emptyCuration('graz'),
        added: [{ ...everyTypeSet().questions[0]!, id: 't-1', answer: 'Salzburg' }]
      }
    ],
    [
      'two added questions with one id',
      {
        ...emptyCuration('graz'),
        added: [everyTypeSet().questions[3]!, everyTypeSet().questions[3]!]
      }
    ],
    ['an added question that is edited too', { ...valid(), added: [everyTypeSet().questions[3]!] }]
  ])('refuses %s', (_name, input) => {
    const result = parseCuration(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.length).toBeGreaterThan(0);
  });
});

describe('newTeacherQuestionId', () => {
  it('is derived from the time and never taken', () => {
    const first = newTeacherQuestionId([], 1_000_000);
    expect(first).toBe('t-lfls');
    expect(newTeacherQuestionId([first], 1_000_000)).toBe('t-lfls-2');
    expect(newTeacherQuestionId([first, 't-lfls-2'], 1_000_000)).toBe('t-lfls-3');
  });
});
