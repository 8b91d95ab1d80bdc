import { registerMessages } from '../registry';

/**
 * UI strings of one feature. They load with the feature's code: a component using these keys
 * imports this file (registration happens on import). German is the source; the English type
 * forces the same keys (placeholders: catalogue.test.ts).
 */
export const cardsDe = {
  'review.title': 'Weiterlernen',
  'review.titleSet': 'Karteikarten üben',
  'review.statementLabel': 'Stimmt diese Aussage?',
  'review.intro': 'Zuerst die fälligen Karten aller Artikel, dann neue.',
  'review.introSet': 'Nur Karten aus „{title}“.',
  'review.loading': 'Karten werden geladen …',
  'review.progress': 'Karte {current} von {total}',
  'review.flip': 'Antwort zeigen',
  'review.back': 'Antwort',
  'review.evidence': 'Im Artikel',
  'review.rateLegend': 'Wie gut wusstest du es?',
  'review.swipeHint': 'Nach links wischen: Nochmal · nach rechts: Gut',
  'review.keysHint': 'Tasten 1–4',
  'review.rating.again': 'Nochmal',
  'review.rating.hard': 'Schwer',
  'review.rating.good': 'Gut',
  'review.rating.easy': 'Einfach',
  'review.undo': 'Rückgängig',
  'review.undone': 'Letzte Bewertung zurückgenommen.',
  'review.undoImpossible':
    'Rückgängig geht nicht mehr: Die Karte wurde inzwischen anderswo wiederholt.',
  'review.notSaved': 'Die Bewertung „{rating}“ wurde nicht gespeichert.',
  'review.done.heading': 'Geschafft!',
  'review.done.summary': 'Du hast {count} Bewertungen abgegeben.',
  'review.done.summaryOne': 'Du hast eine Bewertung abgegeben.',
  'review.done.moreDue': 'Es sind noch weitere Karten fällig.',
  'review.empty.heading': 'Gerade ist nichts fällig.',
  'review.empty.limit':
    'Für heute hast du alle {limit} neuen Karten begonnen. Das Tageslimit lässt sich in den Einstellungen ändern.',
  'review.empty.limitOne':
    'Für heute hast du die eine neue Karte begonnen, die das Tageslimit erlaubt. Es lässt sich in den Einstellungen ändern.',
  'review.empty.allSeen': 'Du hast alle Karteikarten schon einmal gelernt.',
  'review.empty.noCards':
    'Noch keine Karteikarten. Sie entstehen aus den Artikeln: Füge einen Artikel hinzu oder öffne einen aus der Bibliothek.',
  'review.nextDue': 'Die nächste Karte ist {when} fällig ({date}).',

  'settings.cards.legend': 'Karteikarten',
  'settings.cards.retention': 'Gewünschte Erinnerung: {percent} %',
  'settings.cards.retentionHint':
    'So sicher sollst du eine Karte noch wissen, wenn sie wieder drankommt. Höher heißt: öfter wiederholen.',
  'settings.cards.newPerDay': 'Neue Karten pro Tag',
  'settings.cards.newPerDayHint': 'Wie viele neue Karten täglich dazukommen (0 bis {max}).',
  'settings.cards.newPerDayInvalid': 'Bitte eine ganze Zahl von 0 bis {max} eingeben.',
  'settings.cards.saved': 'Gespeichert.'
} as const;

export const cardsEn: Record<keyof typeof cardsDe, string> = {
  'review.title': 'Keep learning',
  'review.titleSet': 'Practise flashcards',
  'review.statementLabel': 'Is this statement true?',
  'review.intro': 'Due cards from all articles first, then new ones.',
  'review.introSet': 'Only cards from “{title}”.',
  'review.loading': 'Loading cards …',
  'review.progress': 'Card {current} of {total}',
  'review.flip': 'Show answer',
  'review.back': 'Answer',
  'review.evidence': 'In the article',
  'review.rateLegend': 'How well did you know it?',
  'review.swipeHint': 'Swipe left: Again · right: Good',
  'review.keysHint': 'keys 1–4',
  'review.rating.again': 'Again',
  'review.rating.hard': 'Hard',
  'review.rating.good': 'Good',
  'review.rating.easy': 'Easy',
  'review.undo': 'Undo',
  'review.undone': 'Last rating taken back.',
  'review.undoImpossible':
    'Undo is no longer possible: the card has been reviewed elsewhere since.',
  'review.notSaved': 'The rating “{rating}” was not saved.',
  'review.done.heading': 'Done!',
  'review.done.summary': 'You gave {count} ratings.',
  'review.done.summaryOne': 'You gave one rating.',
  'review.done.moreDue': 'More cards are due.',
  'review.empty.heading': 'Nothing is due right now.',
  'review.empty.limit':
    'You have started all {limit} new cards for today. The daily limit can be changed in Settings.',
  'review.empty.limitOne':
    'You have started the one new card the daily limit allows. The limit can be changed in Settings.',
  'review.empty.allSeen': 'You have learned every flashcard at least once.',
  'review.empty.noCards':
    'No flashcards yet. They come from the articles: add an article or open one from the library.',
  'review.nextDue': 'The next card is due {when} ({date}).',

  'settings.cards.legend': 'Flashcards',
  'settings.cards.retention': 'Desired recall: {percent} %',
  'settings.cards.retentionHint':
    'How sure you should still be of a card when it comes up again. Higher means more reviews.',
  'settings.cards.newPerDay': 'New cards per day',
  'settings.cards.newPerDayHint': 'How many new cards join each day (0 to {max}).',
  'settings.cards.newPerDayInvalid': 'Please enter a whole number from 0 to {max}.',
  'settings.cards.saved': 'Saved.'
};

registerMessages(cardsDe, cardsEn);
