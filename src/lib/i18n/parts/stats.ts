import { registerMessages } from '../registry';

/**
 * UI strings of one feature. They load with the feature's code: a component using these keys
 * imports this file (registration happens on import). German is the source; the English type
 * forces the same keys (placeholders: catalogue.test.ts).
 */
export const statsDe = {
  'stats.title': 'Statistik',
  'stats.intro': 'Dein Lernstand auf diesem Gerät, Tag für Tag. Ein Lerntag beginnt um 4 Uhr.',
  'stats.loading': 'Statistik wird geladen …',
  'stats.empty':
    'Noch keine Statistik: Du hast noch keine Quizfrage beantwortet und keine Karteikarte geübt. Sobald du lernst, siehst du hier deinen Fortschritt.',
  'stats.empty.link': 'Zur Bibliothek',
  'stats.problem.sets':
    'Die Artikel konnten nicht geladen werden, deshalb fehlt die Statistik. Lade die Seite neu.',
  'stats.showTable': 'Als Tabelle zeigen',
  'stats.hideTable': 'Tabelle ausblenden',
  'stats.day': 'Tag',
  'stats.today': 'heute',

  'stats.accuracy.heading': 'Richtige Antworten',
  'stats.accuracy.summary':
    '{answered} Quizantworten in den letzten {days} Tagen, davon {share} richtig.',
  'stats.accuracy.none': 'In den letzten {days} Tagen keine Quizantworten.',
  'stats.accuracy.caption':
    'Quizantworten pro Tag in den letzten {days} Tagen (Tage ohne Antworten fehlen)',
  'stats.accuracy.answered': 'Antworten',
  'stats.accuracy.correct': 'Richtig',
  'stats.accuracy.share': 'Anteil',

  'stats.reviews.heading': 'Wiederholungen pro Tag',
  'stats.reviews.summary':
    '{total} Wiederholungen in den letzten {days} Tagen: {flashcard} mit Karteikarten, {quiz} im Quiz.',
  'stats.reviews.none': 'In den letzten {days} Tagen keine Wiederholungen.',
  'stats.reviews.caption':
    'Wiederholungen pro Tag in den letzten {days} Tagen (Tage ohne Wiederholung fehlen)',
  'stats.reviews.flashcard': 'Karten',
  'stats.reviews.quiz': 'Quiz',
  'stats.reviews.total': 'Summe',

  'stats.forecast.heading': 'Fällig in den nächsten {days} Tagen',
  'stats.forecast.summary': 'In {days} Tagen zusammen: {total}.',
  'stats.forecast.caption': 'Fällige Karten pro Tag; überfällige zählen für heute',
  'stats.forecast.due': 'Fällig',

  'stats.mastery.heading': 'Lernstand pro Artikel',
  'stats.mastery.explain':
    'Neu: noch nie geübt. Lernen: in den ersten Schritten oder nach einem Fehler. Jung: sitzt, aber noch keine 21 Tage sicher. Reif: voraussichtlich 21 Tage und länger gemerkt.',
  'stats.mastery.caption': 'Karten pro Artikel nach Lernstand',
  'stats.mastery.level': 'Lernstand',
  'stats.mastery.cards': 'Karten',
  'stats.mastery.total': 'Gesamt',
  'stats.mastery.none': 'Noch kein Artikel mit Karteikarten.',
  'stats.level.new': 'Neu',
  'stats.level.learning': 'Lernen',
  'stats.level.young': 'Jung',
  'stats.level.mature': 'Reif'
} as const;

export const statsEn: Record<keyof typeof statsDe, string> = {
  'stats.title': 'Statistics',
  'stats.intro': 'Your progress on this device, day by day. A study day starts at 4 am.',
  'stats.loading': 'Loading statistics …',
  'stats.empty':
    'No statistics yet: you have not answered a quiz question or practised a flashcard. Once you study, your progress shows up here.',
  'stats.empty.link': 'To the library',
  'stats.problem.sets':
    'The articles could not be loaded, so the statistics are missing. Reload the page.',
  'stats.showTable': 'Show as a table',
  'stats.hideTable': 'Hide the table',
  'stats.day': 'Day',
  'stats.today': 'today',

  'stats.accuracy.heading': 'Correct answers',
  'stats.accuracy.summary':
    '{answered} quiz answers in the last {days} days, {share} of them right.',
  'stats.accuracy.none': 'No quiz answers in the last {days} days.',
  'stats.accuracy.caption':
    'Quiz answers per day in the last {days} days (days without answers left out)',
  'stats.accuracy.answered': 'Answers',
  'stats.accuracy.correct': 'Right',
  'stats.accuracy.share': 'Share',

  'stats.reviews.heading': 'Reviews per day',
  'stats.reviews.summary':
    '{total} reviews in the last {days} days: {flashcard} with flashcards, {quiz} in quizzes.',
  'stats.reviews.none': 'No reviews in the last {days} days.',
  'stats.reviews.caption':
    'Reviews per day in the last {days} days (days without reviews left out)',
  'stats.reviews.flashcard': 'Flashcards',
  'stats.reviews.quiz': 'Quiz',
  'stats.reviews.total': 'Total',

  'stats.forecast.heading': 'Due in the next {days} days',
  'stats.forecast.summary': 'In {days} days altogether: {total}.',
  'stats.forecast.caption': 'Cards due per day; overdue cards count for today',
  'stats.forecast.due': 'Due',

  'stats.mastery.heading': 'Progress per article',
  'stats.mastery.explain':
    'New: never practised. Learning: in its first steps or after a mistake. Young: known, but not yet safe for 21 days. Mature: likely remembered for 21 days or more.',
  'stats.mastery.caption': 'Cards per article by progress',
  'stats.mastery.level': 'Progress',
  'stats.mastery.cards': 'Cards',
  'stats.mastery.total': 'Total',
  'stats.mastery.none': 'No article with flashcards yet.',
  'stats.level.new': 'New',
  'stats.level.learning': 'Learning',
  'stats.level.young': 'Young',
  'stats.level.mature': 'Mature'
};

registerMessages(statsDe, statsEn);
