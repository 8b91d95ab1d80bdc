import { describe, expect, it } from 'vitest';
import { parseQuizSet, QUIZSET_FORMAT } from './schema';

const valid = {
  format: QUIZSET_FORMAT,
  id: 'demo',
  title: 'Demo',
  language: 'de',
  sentences: ['Kanada verbietet Hikvision.', 'China protestiert am Montag.'],
  questions: [
    {
      id: 'q1',
      type: 'multiple-choice',
      prompt: 'Wer protestiert?',
      answer: 'China',
      choices: ['China', 'Kanada', 'Japan', 'Indien'],
      evidence: [1]
    },
    {
      id: 'q2',
      type: 'true-false',
      prompt: 'Kanada verbietet Hikvision.',
      answer: true,
      evidence: [0]
    },
    {
      id: 'q3',
      type: 'match',
      prompt: 'Ordne zu.',
      answer: [
        ['Kanada', 'verbietet'],
        ['China', 'protestiert']
      ],
      evidence: [0, 1]
    }
  ]
};

describe('parseQuizSet', () => {
  it('accepts a valid set and keeps extra fields', () => {
    const result = parseQuizSet({ ...valid, generator: { version: 1 } });
    expect(result.ok).toBe(true);
    if (result.ok)
      expect((result.set as Record<string, unknown>).generator).toEqual({ version: 1 });
  });

  it('keeps optional paragraph starts, and refuses ones a reader could not show', () => {
    expect(parseQuizSet({ ...valid, paragraphs: [0, 1] }).ok).toBe(true);
    expect(parseQuizSet({ ...valid, paragraphs: [0] }).ok).toBe(true);
    for (const paragraphs of [[], [1], [0, 2], [0, 1, 1], [0, -1], [0, 0.5], 'x']) {
      expect(parseQuizSet({ ...valid, paragraphs }).ok, JSON.stringify(paragraphs)).toBe(false);
    }
  });

  it('rejects an answer that is not among the choices', () => {
    const broken = structuredClone(valid);
    broken.questions[0]!.answer = 'Japan ';
    const result = parseQuizSet(broken);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.join()).toMatch(/one of the choices/);
  });

  it('rejects evidence outside the sentences, duplicate ids and wrong answer types', () => {
    const outside = structuredClone(valid);
    outside.questions[1]!.evidence = [5];
    expect(parseQuizSet(outside).ok).toBe(false);

    const duplicate = structuredClone(valid);
    duplicate.questions[1]!.id = 'q1';
    expect(parseQuizSet(duplicate).ok).toBe(false);

    const wrongType = structuredClone(valid);
    (wrongType.questions[1] as Record<string, unknown>).answer = 'true';
    expect(parseQuizSet(wrongType).ok).toBe(false);
  });

  // Regression: repeated words crashed the quiz with Svelte's each_key_duplicate, and the stored
  // attempt resumed into the crash on every visit.
  it('rejects repeated choices, order items, match sides and word-bank words', () => {
    const question = (extra: object) => ({
      id: 'x',
      prompt: 'Ordne ____.',
      evidence: [0],
      ...extra
    });
    const repeated = [
      question({ type: 'multiple-choice', answer: 'China', choices: ['China', 'China'] }),
      question({ type: 'order', answer: ['a', 'b', 'a'] }),
      question({
        type: 'match',
        answer: [
          ['a', 'x'],
          ['b', 'x']
        ]
      }),
      question({
        type: 'match',
        answer: [
          ['a', 'x'],
          ['a', 'y']
        ]
      }),
      question({ type: 'cloze', answer: 'China', wordBank: ['China', 'Japan', 'Japan'] })
    ];
    for (const q of repeated) {
      const result = parseQuizSet({ ...valid, questions: [q] });
      expect(result.ok, JSON.stringify(q)).toBe(false);
      if (!result.ok) expect(result.issues.join(' ')).toMatch(/distinct/);
    }
    const distinct = question({ type: 'cloze', answer: 'China', wordBank: ['China', 'Japan'] });
    expect(parseQuizSet({ ...valid, questions: [distinct] }).ok).toBe(true);
  });

  it('rejects garbage with a message instead of throwing', () => {
    for (const input of [null, 42, 'quizset/1', [], { format: 'quizset/2' }]) {
      const result = parseQuizSet(input);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.issues.length).toBeGreaterThan(0);
    }
  });
});
