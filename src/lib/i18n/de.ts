/**
 * German UI strings of the app's shell: the source catalogue. Every other language must provide
 * the same keys with the same `{placeholders}` (checked by the type of `en.ts` and by
 * `catalogue.test.ts`). Each feature's strings live in `parts/` and load with that feature's
 * code, so the first page carries only these.
 */
import type { aboutDe } from './parts/about';
import type { assignDe } from './parts/assign';
import type { cardsDe } from './parts/cards';
import type { newDe } from './parts/new';
import type { quizDe } from './parts/quiz';
import type { settingsDe } from './parts/settings';
import type { statsDe } from './parts/stats';
import type { teacherDe } from './parts/teacher';

export const coreDe = {
  'app.name': 'Lesequiz',
  'app.tagline': 'Leseverstehen mit Nachrichten',
  'app.description':
    'Aus Nachrichtenartikeln werden Quizfragen und Karteikarten – offline, ohne Konto, auf deinem Gerät.',
  'nav.label': 'Hauptnavigation',
  'nav.library': 'Bibliothek',
  'nav.settings': 'Einstellungen',
  'nav.stats': 'Statistik',
  'nav.about': 'Über',
  'skip.toContent': 'Zum Inhalt springen',

  'library.title': 'Bibliothek',
  'library.intro':
    'Lies einen Artikel und übe das Verstehen. Alles bleibt auf diesem Gerät und funktioniert auch ohne Netz.',
  'library.bundled.heading': 'Mitgelieferte Artikel',
  'library.own.heading': 'Deine Artikel',
  'library.own.empty':
    'Noch keine eigenen Artikel. Artikel, die du einfügst oder als Datei öffnest, erscheinen hier.',
  'library.openAssignment': 'Aufgabe von der Lehrkraft öffnen: Code scannen oder Datei',
  'teach.libraryLink': 'Für Lehrkräfte: Fragen bearbeiten und Arbeitsblätter drucken',
  'teach.articleLink': 'Für Lehrkräfte: Fragen bearbeiten',
  'library.continue': 'Weiterlernen',
  'library.today': 'Heute',
  'library.dueUnknown': 'Fällige Karten konnten nicht gezählt werden.',
  'library.dueLoading': 'Fällige Karten werden gezählt …',
  'library.read': 'Lesen',
  'library.progress.none': 'Noch nicht geübt',
  'library.progress.answered': '{answered} von {total} beantwortet',
  'library.progress.accuracy': '{percent} % richtig',
  'counts.new': 'Neu',
  'counts.learning': 'Lernen',
  'counts.due': 'Fällig',

  'set.words': '{count} Wörter',
  'set.readingTime': 'etwa {minutes} Min. Lesezeit',
  'set.language': 'Sprache: {language}',
  'set.machineTranslated': 'Maschinell übersetzt',
  'set.quizQuestions': '{count} Quizfragen',
  'set.quizQuestions.one': '{count} Quizfrage',
  'set.cards': '{count} Karteikarten',
  'set.cards.one': '{count} Karteikarte',
  'language.de': 'Deutsch',
  'language.en': 'Englisch',

  'article.back': 'Zurück zur Bibliothek',
  'article.meta': 'Angaben zum Artikel',
  'article.machineTranslatedNote':
    'Dieser Text ist eine maschinelle Übersetzung und enthält typische Fehler, etwa getrennte Bindestriche und falsch übersetzte Wörter.',
  'article.source': 'Quelle: {source}',

  'install.ios.heading': 'Auf den Home-Bildschirm legen',
  'install.ios.steps':
    'Tippe in Safari unten auf „Teilen“ (das Quadrat mit dem Pfeil nach oben) und dann auf „Zum Home-Bildschirm“. Lesequiz startet dann wie eine App, auch ohne Internet.',
  'install.ios.why':
    'Warum: Safari darf die Daten einer Website löschen, die sieben Tage nicht benutzt wurde, es sei denn, sie liegt auf dem Home-Bildschirm.',
  'install.ios.dismiss': 'Verstanden',

  'error.notFound.title': 'Seite nicht gefunden',
  'error.notFound.body':
    'Diese Seite oder diesen Artikel gibt es auf diesem Gerät nicht. Vielleicht wurde er gelöscht oder der Link ist unvollständig.',
  'error.unknown.title': 'Etwas ist schiefgegangen',
  'error.unknown.body': 'Die Seite konnte nicht geladen werden. Versuche es noch einmal.',
  'error.back': 'Zur Bibliothek',

  // Short: five labels share a 320 px bottom bar.
  'nav.add': 'Neu',
  'library.own.add': 'Artikel hinzufügen',

  'questions.heading': 'Fragen',
  'questions.answer': 'Antwort: {answer}',
  'questions.choices': 'Auswahl',
  'questions.correction': 'Richtig wäre: {correction}',
  'questions.true': 'Richtig',
  'questions.false': 'Falsch',
  'questions.noAnswer': '(keine Antwort)',
  'questions.count': '{count} Fragen',
  'type.multiple-choice': 'Auswahl',
  'type.true-false': 'Richtig oder falsch',
  'type.cloze': 'Lückentext',
  'type.short-answer': 'Kurzantwort',
  'type.order': 'Reihenfolge',
  'type.match': 'Zuordnung',
  'type.flashcard': 'Karteikarte',

  'storage.reloadNeeded':
    'Lesequiz wurde in einem anderen Tab aktualisiert. Lade diese Seite neu, um weiterzulernen.',
  'storage.blocked':
    'Eine ältere Lesequiz-Version ist in einem anderen Tab geöffnet. Schließe diesen Tab, dann geht es weiter.',
  'storage.problem.quota-exceeded':
    'Der Speicher dieses Geräts ist voll. Nichts wurde gespeichert; gib etwas Platz frei und versuche es erneut.',
  'storage.problem.version-too-new':
    'Eine neuere Version der App läuft in einem anderen Tab. Lade neu.',
  'storage.problem.closed': 'Die Verbindung zum Speicher wurde getrennt. Lade die Seite neu.',
  'storage.problem.unavailable':
    'Dieser Browser erlaubt keinen Speicher (privater Modus?). Eigene Artikel lassen sich so nicht sichern.',
  'storage.problem.timeout':
    'Der Speicher des Browsers antwortet nicht. Lade die Seite neu: deine bisherigen Antworten sind gespeichert.',
  'storage.problem.unknown': 'Speichern ist fehlgeschlagen. Versuche es noch einmal.',
  'storage.retry': 'Erneut speichern',
  'own.rename': 'Umbenennen',
  'own.renameLabel': 'Neuer Titel für „{title}“',
  'own.renameSave': 'Titel speichern',
  'own.cancel': 'Abbrechen',
  'own.delete': 'Löschen',
  'own.deleteQuestion': '„{title}“ löschen?',
  'own.deleteExplain': 'Der Artikel und seine Karteikarten werden von diesem Gerät entfernt.',
  'own.deleted': '„{title}“ gelöscht.',
  'own.undo': 'Rückgängig',
  'own.saved': 'Gespeichert in deiner Bibliothek.',
  'own.open': 'Artikel lesen',
  'own.added': 'Hinzugefügt am {date}',
  'own.loading': 'Deine Artikel werden geladen …',
  'article.own': 'Eigener Artikel',

  'update.available': 'Neue Version verfügbar.',
  'update.reload': 'Neu laden',
  'update.later': 'Später',
  'update.offlineReady': 'Die App ist jetzt offline verfügbar.',
  'update.dismiss': 'Schließen',
  'update.activeElsewhere':
    'In einem anderen Tab wurde eine neue Version geladen. Lade neu, wenn du hier fertig bist; deine Antworten sind gespeichert.'
} as const;

export type CoreMessageKey = keyof typeof coreDe;

/** Every UI string's key: the shell's and every feature part's. */
export type MessageKey =
  | CoreMessageKey
  | keyof typeof quizDe
  | keyof typeof cardsDe
  | keyof typeof statsDe
  | keyof typeof teacherDe
  | keyof typeof assignDe
  | keyof typeof settingsDe
  | keyof typeof newDe
  | keyof typeof aboutDe;
