import { describe, expect, it } from 'vitest';
import type { Assignment } from '$lib/core/assign';
import { checkAssignmentForm, defaultForm, newAssignmentId, qrNoteFor } from './lib';

const NOW = Date.UTC(2026, 2, 2, 8, 0, 0);
const IDS = ['q1', 'q2', 'q3'];

describe('checkAssignmentForm', () => {
  it('turns the defaults into options asking every quiz question with feedback', () => {
    const result = checkAssignmentForm(defaultForm('Kanada', IDS.length), IDS, NOW);
    expect(result).toEqual({
      ok: true,
      options: {
        title: 'Kanada',
        questions: { ids: IDS },
        answerKey: 'included',
        feedback: 'immediate',
        shuffleQuestions: true,
        shuffleChoices: true,
        attemptsAllowed: 1,
        handIn: 'scan'
      }
    });
  });

  it('carries how results come back', () => {
    const file = checkAssignmentForm({ ...defaultForm('T', 3), handIn: 'file' }, IDS, NOW);
    expect(file.ok && file.options.handIn).toBe('file');
  });

  it('carries "no skipping, no going back" only when switched off', () => {
    const off = checkAssignmentForm({ ...defaultForm('T', 3), skipAndBack: false }, IDS, NOW);
    expect(off.ok && off.options.skipAndBack).toBe(false);
    const on = checkAssignmentForm(defaultForm('T', 3), IDS, NOW);
    expect(on.ok && 'skipAndBack' in on.options).toBe(false);
  });

  it('names every field with a problem', () => {
    const result = checkAssignmentForm(
      {
        ...defaultForm('  ', 3),
        questions: 'random',
        randomCount: '4',
        attempts: '0',
        timeLimit: '1,5',
        dueAtMs: NOW - 1
      },
      IDS,
      NOW
    );
    expect(result).toEqual({
      ok: false,
      errors: {
        title: 'assign.form.error.title',
        randomCount: 'assign.form.error.randomCount',
        attempts: 'assign.form.error.attempts',
        timeLimit: 'assign.form.error.timeLimit',
        due: 'assign.form.error.duePast'
      }
    });
    const noneChosen = checkAssignmentForm({ ...defaultForm('T', 3), questions: 'pick' }, IDS, NOW);
    expect(noneChosen).toEqual({ ok: false, errors: { picked: 'assign.form.error.picked' } });
    const badDate = checkAssignmentForm({ ...defaultForm('T', 3), dueAtMs: NaN }, IDS, NOW);
    expect(badDate).toEqual({ ok: false, errors: { due: 'assign.form.error.dueInvalid' } });
  });

  it('withholding the key forces feedback after grading, and keeps limits and choices', () => {
    const result = checkAssignmentForm(
      {
        ...defaultForm('T', 3),
        questions: 'pick',
        picked: ['q3', 'unknown', 'q1'],
        withholdKey: true,
        feedback: 'immediate',
        attempts: '2',
        timeLimit: ' 20 ',
        dueAtMs: NOW + 1
      },
      IDS,
      NOW
    );
    expect(result).toMatchObject({
      ok: true,
      options: {
        questions: { ids: ['q3', 'q1'] },
        answerKey: 'withheld',
        feedback: 'after-grading',
        attemptsAllowed: 2,
        timeLimitMinutes: 20,
        dueAtMs: NOW + 1
      }
    });
    const random = checkAssignmentForm(
      { ...defaultForm('T', 3), questions: 'random', randomCount: '2' },
      IDS,
      NOW
    );
    expect(random).toMatchObject({ ok: true, options: { questions: { random: 2, from: IDS } } });
  });
});

describe('newAssignmentId', () => {
  it('makes a valid id that differs by chance', () => {
    const a = newAssignmentId(NOW, () => 0.1);
    expect(a).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
    expect(newAssignmentId(NOW, () => 0.2)).not.toBe(a);
  });
});

describe('qrNoteFor', () => {
  const own = (count: number) =>
    ({
      content: {
        kind: 'own',
        set: { questions: Array.from({ length: count }, () => ({})) }
      }
    }) as unknown as Pick<Assignment, 'content'>;

  it('says a link fits when it does', () => {
    expect(qrNoteFor(own(3), { fits: true, edited: false })).toEqual({ fits: true });
  });

  it('names the own article’s text, or the edits to a bundled set, as what rules a QR code out', () => {
    expect(qrNoteFor(own(3), { fits: false, edited: false })).toEqual({
      fits: false,
      reasons: ['assign.form.qrNote.ownText']
    });
    // An edited bundled set without its key travels whole: the withheld key is the reason.
    expect(qrNoteFor(own(30), { fits: false, edited: true })).toEqual({
      fits: false,
      reasons: ['assign.form.qrNote.editsWithheld', 'assign.form.qrNote.questions']
    });
    const edits = {
      content: {
        kind: 'bundled-edits',
        setId: 's',
        base: '00000000',
        questionIds: ['a', 'b'],
        questions: [{}]
      }
    } as unknown as Pick<Assignment, 'content'>;
    expect(qrNoteFor(edits, { fits: false, edited: true })).toEqual({
      fits: false,
      reasons: ['assign.form.qrNote.edits']
    });
  });

  it('blames the number of questions when the set is referred to by id', () => {
    const bundled = {
      content: { kind: 'bundled', setId: 's', questionIds: ['a'] }
    } as Pick<Assignment, 'content'>;
    expect(qrNoteFor(bundled, { fits: false, edited: false })).toEqual({
      fits: false,
      reasons: ['assign.form.qrNote.questions']
    });
  });
});
