import { registerMessages } from '../registry';

/**
 * UI strings of the page that turns an own article into questions. They load with that code instead of weighing on the first page:
 * a component using these keys imports this file (registration happens on import).
 */
export const newDe = {
  'new.title': 'Artikel hinzufügen',
  'new.intro':
    'Füge einen Nachrichtentext ein oder öffne eine Textdatei. Die Fragen entstehen auf diesem Gerät; der Text verlässt es nicht.',
  'new.titleLabel': 'Titel (freiwillig)',
  'new.titleHint': 'Ohne Titel wird die Überschrift des Textes genommen (seine erste Zeile).',
  'new.duplicate': 'Diesen Artikel hast du schon: „{title}“.',
  'new.duplicateOpen': 'Artikel öffnen',
  'new.problem.duplicate': 'Diesen Artikel hast du schon in deiner Bibliothek.',
  'new.problem.too-long':
    'Der Text ist zu lang: höchstens {limit} Wörter. Nimm einen einzelnen Artikel oder einen Teil davon.',
  'new.problem.pasteTooLong':
    'Nicht eingefügt: Der Text hätte {count} Wörter, erlaubt sind höchstens {limit}. Nimm einen einzelnen Artikel oder einen Teil davon.',
  'new.textLabel': 'Text des Artikels',
  'new.textHint': 'Deutsch oder Englisch, {min} bis {max} Wörter.',
  'new.wordCount': '{count} Wörter',
  'new.file': 'Textdatei öffnen (.txt)',
  'new.languageLabel': 'Sprache des Artikels',
  'new.language.auto': 'Automatisch erkennen',
  'new.generate': 'Fragen erstellen',
  'new.generating': 'Fragen werden erstellt …',
  'new.progressLabel': 'Fortschritt der Fragenerstellung',
  'new.cancel': 'Abbrechen',
  'new.done': 'Fertig: {quiz} Quizfragen und {cards} Karteikarten',
  'new.showSolutions': 'Lösungen zeigen (verrät die Antworten)',
  'new.startOver': 'Anderen Text verwenden',
  'new.problem.empty': 'Der Text ist leer. Füge einen Artikel ein oder öffne eine Datei.',
  'new.problem.too-short':
    'Der Text ist zu kurz: Für gute Fragen braucht es mindestens {limit} Wörter.',
  'new.problem.too-large':
    'Der Text ist zu groß (mehr als 2 MB). Nimm einen einzelnen Artikel statt einer ganzen Sammlung.',
  'new.problem.binary':
    'Diese Datei ist kein reiner Text (vielleicht ein Bild, PDF oder Word-Dokument). Speichere den Artikel als .txt oder kopiere den Text hierher.',
  'new.problem.unreadable': 'Die Datei konnte nicht gelesen werden.',
  'new.decoding.doubtful':
    'Die Datei war nicht überall gleich kodiert. Bitte prüfe Zeile {lines}: Dort können Zeichen falsch oder durch � ersetzt sein.',
  'new.problem.failed':
    'Die Fragen konnten nicht erstellt werden. Dein Text ist noch da; versuche es noch einmal.',
  'new.problem.noQuestions':
    'Aus diesem Text ließen sich keine Fragen ableiten. Ist es ein zusammenhängender Artikel?'
} as const;

export const newEn: Record<keyof typeof newDe, string> = {
  'new.title': 'Add an article',
  'new.intro':
    'Paste a news text or open a text file. The questions are made on this device; the text never leaves it.',
  'new.titleLabel': 'Title (optional)',
  'new.titleHint': 'Without a title, the text’s headline (its first line) is used.',
  'new.duplicate': 'You already have this article: “{title}”.',
  'new.duplicateOpen': 'Open the article',
  'new.problem.duplicate': 'This article is already in your library.',
  'new.problem.too-long':
    'The text is too long: at most {limit} words. Use a single article or a part of it.',
  'new.problem.pasteTooLong':
    'Not pasted: the text would have {count} words; at most {limit} are allowed. Use a single article or a part of it.',
  'new.textLabel': 'Article text',
  'new.textHint': 'German or English, {min} to {max} words.',
  'new.wordCount': '{count} words',
  'new.file': 'Open a text file (.txt)',
  'new.languageLabel': 'Language of the article',
  'new.language.auto': 'Detect automatically',
  'new.generate': 'Make questions',
  'new.generating': 'Making questions …',
  'new.progressLabel': 'Progress of question generation',
  'new.cancel': 'Cancel',
  'new.done': 'Done: {quiz} quiz questions and {cards} flashcards',
  'new.showSolutions': 'Show the answers (gives them away)',
  'new.startOver': 'Use another text',
  'new.problem.empty': 'The text is empty. Paste an article or open a file.',
  'new.problem.too-short': 'The text is too short: good questions need at least {limit} words.',
  'new.problem.too-large':
    'The text is too large (over 2 MB). Use a single article rather than a whole collection.',
  'new.problem.binary':
    'This file is not plain text (perhaps an image, PDF or Word document). Save the article as .txt or paste the text here.',
  'new.problem.unreadable': 'The file could not be read.',
  'new.decoding.doubtful':
    'The file was not encoded the same way throughout. Please check line {lines}: characters there may be wrong or replaced by �.',
  'new.problem.failed':
    'The questions could not be made. Your text is still here; please try again.',
  'new.problem.noQuestions':
    'No questions could be drawn from this text. Is it a connected article?'
};

registerMessages(newDe, newEn);
