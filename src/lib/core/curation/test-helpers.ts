import type { QuizSet } from '../quizset/schema';

/** One question of every type. */
export function everyTypeSet(): QuizSet {
  return {
    format: 'quizset/1',
    id: 'graz',
    title: 'Graz eröffnet eine Brücke',
    language: 'de',
    sentences: [
      'Graz hat am Montag eine Brücke eröffnet.',
      'Sie kostete 12 Millionen Euro.',
      'Der Bau begann 2019, pausierte 2021 und endete 2023.'
    ],
    questions: [
      {
        id: 'q-mc',
        type: 'multiple-choice',
        prompt: 'Welche Stadt eröffnet eine Brücke?',
        answer: 'Graz',
        choices: ['Linz', 'Graz', 'Wien'],
        evidence: [0],
        factId: 'f-1'
      },
      {
        id: 'q-tf',
        type: 'true-false',
        prompt: 'Die Brücke kostete 20 Millionen Euro.',
        answer: false,
        correction: 'Die Brücke kostete 12 Millionen Euro.',
        evidence: [1]
      },
      {
        id: 'q-cloze',
        type: 'cloze',
        prompt: '____ hat am Montag eine Brücke eröffnet.',
        answer: 'Graz',
        wordBank: ['Graz', 'Linz'],
        evidence: [0]
      },
      {
        id: 'q-short',
        type: 'short-answer',
        prompt: 'Wie viel kostete die Brücke?',
        answer: '12 Millionen Euro',
        evidence: [1],
        explanation: 'Das steht im zweiten Satz.'
      },
      {
        id: 'q-order',
        type: 'order',
        prompt: 'Bringe in die richtige Reihenfolge.',
        answer: ['Baubeginn', 'Pause', 'Fertigstellung'],
        evidence: [2]
      },
      {
        id: 'q-match',
        type: 'match',
        prompt: 'Ordne zu.',
        answer: [
          ['2019', 'Baubeginn'],
          ['2023', 'Fertigstellung']
        ],
        evidence: [2]
      },
      {
        id: 'q-card',
        type: 'flashcard',
        prompt: 'Mur',
        answer: 'Fluss durch Graz',
        evidence: [0],
        card: 'fact'
      }
    ]
  };
}
