import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Question, QuestionOf } from '../quizset/schema';
import { gradeAnswer, type GradingOptions } from './grade';

const base = { prompt: 'Frage?', evidence: [0] };

const shortAnswer = (answer: string, accept?: string[]): QuestionOf<'short-answer'> => ({
  ...base,
  id: 'sa',
  type: 'short-answer',
  answer,
  ...(accept ? { accept } : {})
});

const isCorrect = (answer: string, response: string, options: Partial<GradingOptions> = {}) =>
  gradeAnswer(shortAnswer(answer), response, options).correct;

describe('gradeAnswer: typed text', () => {
  it.each([
    ['Kanada', 'Kanada'],
    ['Kanada', 'kanada'],
    ['Kanada', 'KANADA'],
    ['Kanada', '  Kanada  '],
    ['Kanada', 'Kanada.'],
    ['Kanada', '„Kanada“'],
    ['Kanada', '"Kanada"!'],
    ['Kanada', '»Kanada«'],
    ['Kanada', "'Kanada'"],
    ['Olaf Scholz', 'olaf   scholz'],
    ['Olaf Scholz', 'Olaf\u00a0Scholz'],
    ['Straße', 'STRASSE'],
    ['Straße', 'strasse'],
    ['l’Équipe', "l'équipe"],
    ['Baden-Württemberg', 'Baden–Württemberg']
  ])('accepts %j for %j by default', (answer, response) => {
    expect(isCorrect(answer, response)).toBe(true);
  });

  it.each([
    ['Kanada', 'China'],
    ['Kanada', ''],
    ['Kanada', '   '],
    ['Kanada', '...'],
    ['Rom', 'Rum'], // too short for a typo
    ['Bonn', 'Bann'],
    ['Kanada', 'Knd'],
    ['Hikvision', 'Hikvisoin x']
  ])('rejects %j for %j', (answer, response) => {
    expect(isCorrect(answer, response)).toBe(false);
  });

  it('is case-sensitive only when asked', () => {
    expect(isCorrect('Bonn', 'bonn', { caseSensitive: true })).toBe(false);
    expect(isCorrect('Bonn', 'Bonn', { caseSensitive: true })).toBe(true);
    // In a long answer, one wrong case is one typo.
    expect(gradeAnswer(shortAnswer('Kanada'), 'kanada', { caseSensitive: true }).matchedBy).toBe(
      'typo'
    );
  });

  describe('one typo in answers of five letters or more', () => {
    it.each([
      ['Kanada', 'Kanda', 'deletion'],
      ['Kanada', 'Kannada', 'insertion'],
      ['Kanada', 'Kanafa', 'substitution'],
      ['Kanada', 'Aknada', 'swap of neighbours'],
      ['Hikvision', 'Hikvisoin', 'swap at the end'],
      ['Paris', 'Parsi', 'swap in a five-letter answer']
    ])('accepts %j typed as %j (%s) and says so', (answer, response) => {
      const result = gradeAnswer(shortAnswer(answer), response);
      expect(result.correct).toBe(true);
      expect(result.matchedBy).toBe('typo');
    });

    it('rejects two typos and typos in short answers', () => {
      expect(isCorrect('Kanada', 'Kandda x')).toBe(false);
      expect(isCorrect('Kanada', 'Knaadda')).toBe(false);
      expect(isCorrect('Bern', 'Bren')).toBe(false);
      expect(isCorrect('Oslo', 'Olso')).toBe(false);
    });

    it('can be switched off and its threshold moved', () => {
      expect(isCorrect('Kanada', 'Kanda', { allowTypo: false })).toBe(false);
      expect(isCorrect('Oslo', 'Olso', { typoMinLetters: 4 })).toBe(true);
    });

    it('never forgives a different number', () => {
      expect(isCorrect('im Jahr 2019', 'im Jahr 2018')).toBe(false);
      expect(isCorrect('im Jahr 2019', 'im Jahr 201')).toBe(false);
      expect(isCorrect('im Jahr 2019', 'im Jahr 2019')).toBe(true);
      expect(isCorrect('im Jahr 2019', 'in Jahr 2019')).toBe(true);
    });

    it('counts letters, not spaces or digits, towards the threshold', () => {
      expect(isCorrect('G 20', 'G 20')).toBe(true);
      expect(isCorrect('A 1 B 2', 'A 1 C 2')).toBe(false);
    });
  });

  describe('umlaut folding', () => {
    it('is off by default (a missing dot is then at most one typo)', () => {
      expect(isCorrect('München', 'Munchen')).toBe(true); // via the typo rule
      expect(gradeAnswer(shortAnswer('München'), 'Munchen').matchedBy).toBe('typo');
      expect(isCorrect('Köln', 'Koln')).toBe(false); // too short for a typo
      expect(isCorrect('München', 'Muenchen')).toBe(false); // two edits
    });

    it.each([
      ['München', 'Munchen'],
      ['München', 'Muenchen'],
      ['Köln', 'Koln'],
      ['Köln', 'Koeln'],
      ['Düsseldorf', 'DUESSELDORF'],
      ['Straße', 'Strasse'],
      ['Mueller', 'Müller'],
      ['Café', 'Cafe'],
      ['Ärger', 'Aerger'],
      ['Ärger', 'arger']
    ])('accepts %j typed as %j when folding', (answer, response) => {
      const result = gradeAnswer(shortAnswer(answer), response, { foldUmlauts: true });
      expect(result.correct).toBe(true);
      expect(result.matchedBy).toBe('answer');
    });

    it('does not make different words equal', () => {
      expect(isCorrect('Köln', 'Kiln', { foldUmlauts: true })).toBe(false);
      expect(isCorrect('schön', 'schon', { foldUmlauts: false, allowTypo: false })).toBe(false);
    });
  });

  describe('numbers', () => {
    it.each([
      ['1000', '1.000', 'de'],
      ['1000', '1 000', 'de'],
      ['1.000', '1000', 'de'],
      ['1000000', '1.000.000', 'de'],
      ['0,5', '0.5', 'de'],
      ['0,5', '0,50', 'de'],
      ['3,14', '3.14', 'de'],
      ['1.234,5', '1234.5', 'de'],
      ['1000', '1,000', 'en'],
      ['0.5', '0,5', 'en'],
      ['1,234.5', '1234.5', 'en'],
      ['1.000', '1', 'en'],
      ['1,000', '1', 'de'],
      ['50 %', '50%', 'de'],
      ['1.000 Euro', '1000 euro', 'de'],
      ['007', '7', 'de']
    ] as const)('%j equals %j in %s text', (answer, response, language) => {
      expect(isCorrect(answer, response, { language })).toBe(true);
    });

    it.each([
      ['1000', '1', 'de'],
      ['1000', '1.000', 'en'],
      ['1000', '1,000', 'de'],
      ['1,5', '15', 'de'],
      ['-5', '5', 'de'],
      ['12', '13', 'de']
    ] as const)('%j differs from %j in %s text', (answer, response, language) => {
      expect(isCorrect(answer, response, { language })).toBe(false);
    });
  });

  it('accepts alternatives, with the same leniency, and names them', () => {
    const question = shortAnswer('Vereinigte Staaten', ['USA', 'Amerika']);
    expect(gradeAnswer(question, 'usa').matchedBy).toBe('alternative');
    expect(gradeAnswer(question, 'Amerkia').matchedBy).toBe('typo');
    expect(gradeAnswer(question, 'Vereinigte Staaten').matchedBy).toBe('answer');
    expect(gradeAnswer(question, 'UdSSR').correct).toBe(false);
    expect(gradeAnswer(question, 'USA').expected).toBe('Vereinigte Staaten');
  });

  it('reports the normalised response', () => {
    expect(gradeAnswer(shortAnswer('x'), '  „Eine  Million“. ').normalizedResponse).toBe(
      'eine million'
    );
  });
});

describe('gradeAnswer: picked answers', () => {
  const multipleChoice: QuestionOf<'multiple-choice'> = {
    ...base,
    id: 'mc',
    type: 'multiple-choice',
    answer: 'Kanada',
    choices: ['Kanada', 'Kanadas', 'China', 'Japan']
  };

  it('grades a multiple-choice pick strictly, except for case and whitespace', () => {
    expect(gradeAnswer(multipleChoice, 'Kanada').correct).toBe(true);
    expect(gradeAnswer(multipleChoice, ' kanada ').correct).toBe(true);
    expect(gradeAnswer(multipleChoice, 'Kanadas').correct).toBe(false);
    expect(gradeAnswer(multipleChoice, 'Kanad').correct).toBe(false);
    expect(gradeAnswer(multipleChoice, 'China').expected).toBe('Kanada');
  });

  it('grades true-false and shows the expected value', () => {
    const statement: QuestionOf<'true-false'> = {
      ...base,
      id: 'tf',
      type: 'true-false',
      answer: false,
      correction: 'China protestiert.'
    };
    expect(gradeAnswer(statement, false)).toMatchObject({ correct: true, expected: false });
    expect(gradeAnswer(statement, true)).toMatchObject({
      correct: false,
      expected: false,
      normalizedResponse: true
    });
  });

  it('grades a typed cloze leniently but a word-bank cloze strictly', () => {
    const typed: QuestionOf<'cloze'> = {
      ...base,
      id: 'cz',
      type: 'cloze',
      prompt: 'Kanada verbietet ____.',
      answer: 'Hikvision'
    };
    const banked: QuestionOf<'cloze'> = { ...typed, wordBank: ['Hikvision', 'Hikvisio', 'Huawei'] };
    expect(gradeAnswer(typed, 'hikvison').correct).toBe(true);
    expect(gradeAnswer(banked, 'Hikvision').correct).toBe(true);
    expect(gradeAnswer(banked, 'Hikvisio').correct).toBe(false);
    expect(gradeAnswer(banked, 'Huawei').correct).toBe(false);
  });

  it('grades a flashcard back like a short answer', () => {
    const card: QuestionOf<'flashcard'> = {
      ...base,
      id: 'fc',
      type: 'flashcard',
      answer: 'Überwachungskamera'
    };
    expect(gradeAnswer(card, 'Uberwachungskamera').correct).toBe(true);
    expect(gradeAnswer(card, 'Kamera').correct).toBe(false);
  });
});

describe('gradeAnswer: order and match', () => {
  const order: QuestionOf<'order'> = {
    ...base,
    id: 'or',
    type: 'order',
    answer: ['Verbot', 'Protest', 'Gespräch']
  };

  it('needs the exact order and counts items in place', () => {
    expect(gradeAnswer(order, ['Verbot', 'Protest', 'Gespräch'])).toMatchObject({
      correct: true,
      partial: { correct: 3, total: 3 }
    });
    expect(gradeAnswer(order, ['verbot ', 'Protest', 'gespräch'])).toMatchObject({
      correct: true
    });
    expect(gradeAnswer(order, ['Protest', 'Verbot', 'Gespräch'])).toMatchObject({
      correct: false,
      partial: { correct: 1, total: 3 },
      expected: ['Verbot', 'Protest', 'Gespräch']
    });
    expect(gradeAnswer(order, ['Verbot', 'Protest'])).toMatchObject({ correct: false });
    expect(gradeAnswer(order, ['Verbot', 'Protest', 'Gespräch', 'Gespräch']).correct).toBe(false);
  });

  const match: QuestionOf<'match'> = {
    ...base,
    id: 'ma',
    type: 'match',
    answer: [
      ['Kanada', 'verbietet'],
      ['China', 'protestiert'],
      ['Hikvision', 'stellt Kameras her']
    ]
  };

  it('needs every pair, in any order', () => {
    expect(
      gradeAnswer(match, [
        ['Hikvision', 'stellt Kameras her'],
        ['Kanada', 'verbietet'],
        ['china', 'protestiert']
      ])
    ).toMatchObject({ correct: true, partial: { correct: 3, total: 3 } });
    expect(
      gradeAnswer(match, [
        ['Kanada', 'protestiert'],
        ['China', 'verbietet'],
        ['Hikvision', 'stellt Kameras her']
      ])
    ).toMatchObject({ correct: false, partial: { correct: 1, total: 3 } });
    expect(gradeAnswer(match, [['Kanada', 'verbietet']]).correct).toBe(false);
  });

  it('does not reward connecting one left item to several right items', () => {
    const result = gradeAnswer(match, [
      ['Kanada', 'verbietet'],
      ['Kanada', 'protestiert'],
      ['Hikvision', 'stellt Kameras her']
    ]);
    expect(result.correct).toBe(false);
    expect(result.partial).toEqual({ correct: 1, total: 3 });
  });
});

describe('gradeAnswer: robustness', () => {
  it('grades a response of the wrong shape as wrong instead of throwing', () => {
    const anyGrade = gradeAnswer as (q: Question, r: unknown) => { correct: boolean };
    const questions: Question[] = [
      shortAnswer('Kanada'),
      { ...base, id: 'tf', type: 'true-false', answer: true },
      { ...base, id: 'or', type: 'order', answer: ['a', 'b', 'c'] },
      {
        ...base,
        id: 'ma',
        type: 'match',
        answer: [
          ['a', 'b'],
          ['c', 'd']
        ]
      }
    ];
    for (const question of questions) {
      for (const response of [undefined, null, 42, {}, [1, 2], [[1, 2]], 'text', 'true']) {
        expect(anyGrade(question, response).correct).toBe(false);
      }
    }
  });
});

// Letters a German news text is made of, plus the punctuation and digits around them. Exotic
// case mappings (`İ`, ligatures) are left out on purpose: their upper case is not reversible.
const answerText = fc
  .string({
    unit: fc.constantFrom(
      ...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZäöüÄÖÜßéèçñ0123456789 .,-\'"„“%'
    ),
    minLength: 1,
    maxLength: 30
  })
  .filter((text) => text.trim().length > 0);

const optionsArbitrary = fc.record({
  caseSensitive: fc.boolean(),
  foldUmlauts: fc.boolean(),
  allowTypo: fc.boolean(),
  typoMinLetters: fc.integer({ min: 1, max: 10 }),
  language: fc.constantFrom('de' as const, 'en' as const)
});

describe('gradeAnswer: properties', () => {
  it('grades the expected answer of a text question as correct, under any options', () => {
    fc.assert(
      fc.property(answerText, optionsArbitrary, (answer, options) => {
        expect(gradeAnswer(shortAnswer(answer), answer, options).correct).toBe(true);
      })
    );
  });

  it('grades every accepted alternative as correct', () => {
    fc.assert(
      fc.property(answerText, answerText, optionsArbitrary, (answer, alternative, options) => {
        expect(gradeAnswer(shortAnswer(answer, [alternative]), alternative, options).correct).toBe(
          true
        );
      })
    );
  });

  it('ignores case by default', () => {
    fc.assert(
      fc.property(answerText, (answer) => {
        expect(isCorrect(answer, answer.toUpperCase())).toBe(true);
        expect(isCorrect(answer, answer.toLowerCase())).toBe(true);
      })
    );
  });

  it('grades the expected order and pairs as correct', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(answerText, {
          minLength: 3,
          maxLength: 5,
          // Items the grader tells apart: one of them padded with a space is the same item
          // (`ñ ` and `ñ` made a flaky failure, session 32).
          selector: (s) => s.normalize('NFC').trim().replace(/\s+/gu, ' ').toLowerCase()
        }),
        optionsArbitrary,
        (items, options) => {
          const order: QuestionOf<'order'> = { ...base, id: 'o', type: 'order', answer: items };
          expect(gradeAnswer(order, items, options).correct).toBe(true);
          const pairs = items.map((item, index): [string, string] => [item, `R${index}`]);
          const match: QuestionOf<'match'> = { ...base, id: 'm', type: 'match', answer: pairs };
          expect(gradeAnswer(match, [...pairs].reverse(), options).correct).toBe(true);
        }
      )
    );
  });

  it('never throws on any string, for any question type', () => {
    const any = fc.string({ unit: 'grapheme', maxLength: 40 });
    fc.assert(
      fc.property(any, any, optionsArbitrary, (answer, response, options) => {
        const questions: Question[] = [
          shortAnswer(answer || 'x'),
          { ...base, id: 'c', type: 'cloze', answer: answer || 'x', wordBank: [response || 'y'] },
          {
            ...base,
            id: 'mc',
            type: 'multiple-choice',
            answer: answer || 'x',
            choices: [answer || 'x', 'y']
          },
          { ...base, id: 'o', type: 'order', answer: [answer, response, 'z'] }
        ];
        for (const question of questions) {
          const result = gradeAnswer(question, response as never, options);
          expect(typeof result.correct).toBe('boolean');
        }
      })
    );
  });

  it('never throws on binary junk (lone surrogates, control characters)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (response) => {
        expect(typeof gradeAnswer(shortAnswer('Kanada'), response).correct).toBe('boolean');
      })
    );
  });
});

describe('order and match items that differ only in punctuation', () => {
  // Regression: full text normalisation merged `a'` and `a`, so the right arrangement was wrong.
  it('still grade the right arrangement as correct', () => {
    const items = ["a'", 'a', 'l'];
    const order: QuestionOf<'order'> = { ...base, id: 'o', type: 'order', answer: items };
    expect(gradeAnswer(order, items).correct).toBe(true);
    expect(gradeAnswer(order, ['a', "a'", 'l']).correct).toBe(false);
    const pairs = items.map((item, index): [string, string] => [item, `R${index}`]);
    const match: QuestionOf<'match'> = { ...base, id: 'm', type: 'match', answer: pairs };
    expect(gradeAnswer(match, [...pairs].reverse()).correct).toBe(true);
  });
});
