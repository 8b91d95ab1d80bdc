/**
 * German UI strings: the source catalogue. Every other language must provide the same keys with
 * the same `{placeholders}` (checked by the type of `en.ts` and by `catalogue.test.ts`).
 */
export const de = {
  'app.name': 'Lesequiz',
  'app.tagline': 'Leseverstehen mit Nachrichten',
  'app.description':
    'Aus Nachrichtenartikeln werden Quizfragen und Karteikarten – offline, ohne Konto, auf deinem Gerät.',
  'nav.label': 'Hauptnavigation',
  'nav.library': 'Bibliothek',
  'nav.settings': 'Einstellungen',
  'nav.about': 'Über',
  'skip.toContent': 'Zum Inhalt springen',

  'library.title': 'Bibliothek',
  'library.intro':
    'Lies einen Artikel und übe das Verstehen. Alles bleibt auf diesem Gerät und funktioniert auch ohne Netz.',
  'library.bundled.heading': 'Mitgelieferte Artikel',
  'library.own.heading': 'Deine Artikel',
  'library.own.empty':
    'Noch keine eigenen Artikel. Artikel, die du einfügst oder als Datei öffnest, erscheinen hier.',
  'library.read': 'Lesen',

  'set.words': '{count} Wörter',
  'set.readingTime': 'etwa {minutes} Min. Lesezeit',
  'set.language': 'Sprache: {language}',
  'set.machineTranslated': 'Maschinell übersetzt',
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
  'about.version': 'Version {version}',

  'error.notFound.title': 'Seite nicht gefunden',
  'error.notFound.body':
    'Diese Seite oder diesen Artikel gibt es auf diesem Gerät nicht. Vielleicht wurde er gelöscht oder der Link ist unvollständig.',
  'error.unknown.title': 'Etwas ist schiefgegangen',
  'error.unknown.body': 'Die Seite konnte nicht geladen werden. Versuche es noch einmal.',
  'error.back': 'Zur Bibliothek',

  'update.available': 'Neue Version verfügbar.',
  'update.reload': 'Neu laden',
  'update.later': 'Später',
  'update.offlineReady': 'Die App ist jetzt offline verfügbar.',
  'update.dismiss': 'Schließen'
} as const;

export type MessageKey = keyof typeof de;
