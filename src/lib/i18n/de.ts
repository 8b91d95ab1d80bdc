/**
 * German UI strings of the app's shell: the source catalogue. Every other language must provide
 * the same keys with the same `{placeholders}` (checked by the type of `en.ts` and by
 * `catalogue.test.ts`). Each feature's strings live in `parts/` and load with that feature's
 * code, so the first page carries only these.
 */
import type { assignDe } from './parts/assign';
import type { cardsDe } from './parts/cards';
import type { quizDe } from './parts/quiz';
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

  'settings.title': 'Einstellungen',
  'settings.intro': 'Änderungen gelten sofort und werden auf diesem Gerät gespeichert.',
  'settings.language.legend': 'Sprache der Oberfläche',
  'settings.language.hint': 'Die Artikel selbst bleiben in ihrer Sprache.',
  'settings.theme.legend': 'Darstellung',
  'settings.theme.system': 'Wie das System',
  'settings.theme.light': 'Hell',
  'settings.theme.dark': 'Dunkel',

  'settings.storage.legend': 'Speicher und Sicherung',
  'settings.storage.usage': 'Belegt: {usage} von etwa {quota}',
  'settings.storage.unknown': 'Der Browser gibt keine Auskunft über den belegten Speicher.',
  'settings.storage.persisted':
    'Dauerhaft gespeichert: Der Browser löscht deine Daten nicht von sich aus.',
  'settings.storage.notPersisted':
    'Nicht dauerhaft: Wird der Speicher knapp, darf der Browser deine Daten löschen. Eine Sicherung schützt davor.',
  'settings.storage.persistUnknown':
    'Dauerhafte Speicherung: unbekannt. Der Browser gibt keine Auskunft darüber. Eine Sicherung schützt deine Daten in jedem Fall.',
  'settings.storage.persist': 'Dauerhaft speichern',
  'persist.why':
    'Dein Fortschritt liegt nur in diesem Browser. Damit er ihn nicht löscht, wenn der Speicher knapp wird, kann Lesequiz ihn bitten, ihn dauerhaft zu behalten.',
  'persist.granted': 'Der Browser behält deinen Fortschritt jetzt dauerhaft.',
  'persist.refused':
    'Der Browser hat die dauerhafte Speicherung abgelehnt. Lade ab und zu in den Einstellungen eine Sicherung herunter.',
  'settings.storage.persistRefused': 'Der Browser hat die dauerhafte Speicherung abgelehnt.',
  'settings.backup.export': 'Sicherung herunterladen',
  'settings.backup.import': 'Sicherung einspielen (.json)',
  'settings.backup.hint':
    'Die Sicherung enthält eigene Artikel, deine Bearbeitungen der Fragen, Antworten, Karteikarten, Einstellungen sowie deine Aufgaben für die Klasse mit ihren Ergebnissen: So ziehst du auf ein anderes Gerät um. Beim Einspielen wird zusammengeführt; nichts wird doppelt.',
  'install.ios.heading': 'Auf den Home-Bildschirm legen',
  'install.ios.steps':
    'Tippe in Safari unten auf „Teilen“ (das Quadrat mit dem Pfeil nach oben) und dann auf „Zum Home-Bildschirm“. Lesequiz startet dann wie eine App, auch ohne Internet.',
  'install.ios.why':
    'Warum: Safari darf die Daten einer Website löschen, die sieben Tage nicht benutzt wurde, es sei denn, sie liegt auf dem Home-Bildschirm.',
  'install.ios.dismiss': 'Verstanden',
  'settings.backup.never': 'Von diesem Gerät gibt es noch keine Sicherung.',
  'settings.backup.last': 'Letzte Sicherung: {date}',
  'settings.backup.reminder':
    'Der Browser darf deine Daten hier löschen (zum Beispiel Safari nach sieben Tagen ohne Nutzung, wenn die App nicht auf dem Home-Bildschirm liegt). Lade eine Sicherung herunter, damit nichts verloren geht.',
  'settings.backup.imported':
    'Sicherung eingespielt: {added} neu, {updated} aktualisiert, {unchanged} schon vorhanden.',
  'settings.backup.merged':
    'Zusammengeführt mit Aufgaben auf diesem Gerät – neue Ergebnisse: {results}, ergänzte Versuche: {attempts}.',
  'settings.backup.problem.not-json':
    'Diese Datei ist keine Sicherung (kein JSON). Nichts wurde geändert.',
  'settings.backup.problem.wrong-format':
    'Diese Datei ist keine Lesequiz-Sicherung oder stammt aus einer neueren Version. Nichts wurde geändert.',
  'settings.backup.problem.invalid':
    'Die Sicherung ist beschädigt ({detail}). Nichts wurde geändert.',
  'settings.backup.problem.too-large':
    'Die Datei ist zu groß für eine Sicherung. Nichts wurde geändert.',

  'about.title': 'Über Lesequiz',
  'about.what.heading': 'Was die App macht',
  'about.what.body':
    'Lesequiz macht aus einem Nachrichtenartikel Fragen zum Leseverstehen und Karteikarten. Die Fragen entstehen auf deinem Gerät, ohne Netz und ohne Sprachmodell.',
  'about.privacy.heading': 'Deine Daten',
  'about.privacy.body':
    'Es gibt kein Konto und keinen Server, der deine Antworten sieht. Dein Lernstand bleibt im Speicher dieses Browsers.',
  'about.offline.heading': 'Ohne Netz',
  'about.offline.body':
    'Nach dem ersten Besuch funktioniert die App auch offline. Du kannst sie auf dem Startbildschirm installieren.',
  'about.licences.heading': 'Inhalte und Lizenzen',
  'about.licences.article':
    'Der mitgelieferte Artikel ist eine maschinelle Übersetzung eines englischen Nachrichtenberichts (2025); er dient als Übungstext.',
  'about.licences.lexicon':
    'Die Sprachmodelle des Fragengenerators sind trainiert auf Universal Dependencies (UD German-PUD, German-GSD, English-EWT u. a.) und GermEval 2014, mit dem Lexikon german-pos-dict (LanguageTool); Modelle und Wortlisten stehen unter der Lizenz CC BY-SA 4.0 (Einzelheiten: models/ATTRIBUTION.md).',
  'about.version': 'Version {version}',

  'error.notFound.title': 'Seite nicht gefunden',
  'error.notFound.body':
    'Diese Seite oder diesen Artikel gibt es auf diesem Gerät nicht. Vielleicht wurde er gelöscht oder der Link ist unvollständig.',
  'error.unknown.title': 'Etwas ist schiefgegangen',
  'error.unknown.body': 'Die Seite konnte nicht geladen werden. Versuche es noch einmal.',
  'error.back': 'Zur Bibliothek',

  // Short: five labels share a 320 px bottom bar.
  'nav.add': 'Neu',
  'library.own.add': 'Artikel hinzufügen',

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
    'Aus diesem Text ließen sich keine Fragen ableiten. Ist es ein zusammenhängender Artikel?',

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
  | keyof typeof assignDe;
