import { registerMessages } from '../registry';

/**
 * UI strings of the settings page and the offer to keep storage (persist). They load with that code instead of weighing on the first page:
 * a component using these keys imports this file (registration happens on import).
 */
export const settingsDe = {
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
  'settings.backup.reading': 'Die Sicherung wird gelesen …',
  'settings.backup.checking': 'Die Sicherung wird geprüft …',
  'settings.backup.saving': 'Wird gespeichert: {done} von {total} Einträgen.',
  'settings.backup.allOrNothing':
    'Übernommen wird alles erst am Ende, in einem Schritt: Bis dahin bleibt beim Abbrechen (oder Schließen der Seite) alles wie vorher.',
  'settings.backup.committing': 'Wird abgeschlossen …',
  'settings.backup.progress': 'Fortschritt beim Einspielen',
  'settings.backup.cancel': 'Abbrechen',
  'settings.backup.cancelled':
    'Einspielen abgebrochen. Nichts wurde gespeichert, alles ist wie vorher.'
} as const;

export const settingsEn: Record<keyof typeof settingsDe, string> = {
  'settings.title': 'Settings',
  'settings.intro': 'Changes apply at once and are saved on this device.',
  'settings.language.legend': 'Interface language',
  'settings.language.hint': 'Articles stay in their own language.',
  'settings.theme.legend': 'Appearance',
  'settings.theme.system': 'Same as the system',
  'settings.theme.light': 'Light',
  'settings.theme.dark': 'Dark',
  'settings.storage.legend': 'Storage and backup',
  'settings.storage.usage': 'Used: {usage} of about {quota}',
  'settings.storage.unknown': 'The browser does not tell how much storage is used.',
  'settings.storage.persisted': 'Persistent: the browser will not delete your data on its own.',
  'settings.storage.notPersisted':
    'Not persistent: when space runs low, the browser may delete your data. A backup protects against that.',
  'settings.storage.persistUnknown':
    'Persistent storage: unknown. The browser does not tell. A backup protects your data either way.',
  'settings.storage.persist': 'Keep data persistently',
  'persist.why':
    'Your progress is kept only in this browser. So that it is not deleted when storage runs low, Lesequiz can ask the browser to keep it for good.',
  'persist.granted': 'The browser now keeps your progress for good.',
  'persist.refused':
    'The browser declined to keep your progress for good. Download a backup in Settings now and then.',
  'settings.storage.persistRefused': 'The browser refused persistent storage.',
  'settings.backup.export': 'Download a backup',
  'settings.backup.import': 'Restore a backup (.json)',
  'settings.backup.hint':
    'The backup holds your own articles, your edits of questions, answers, flashcards, settings, and your class assignments with their results: this is how you move to another device. Restoring merges; nothing is duplicated.',
  'settings.backup.never': 'This device has not made a backup yet.',
  'settings.backup.last': 'Last backup: {date}',
  'settings.backup.reminder':
    'The browser may delete your data here (Safari, for example, after seven days without use when the app is not on the home screen). Download a backup so nothing is lost.',
  'settings.backup.imported':
    'Backup restored: {added} new, {updated} updated, {unchanged} already here.',
  'settings.backup.merged':
    'Merged into assignments on this device – new results: {results}, attempts added or continued: {attempts}.',
  'settings.backup.problem.not-json': 'This file is not a backup (not JSON). Nothing was changed.',
  'settings.backup.problem.wrong-format':
    'This file is not a Lesequiz backup or comes from a newer version. Nothing was changed.',
  'settings.backup.problem.invalid': 'The backup is damaged ({detail}). Nothing was changed.',
  'settings.backup.problem.too-large': 'The file is too large for a backup. Nothing was changed.',
  'settings.backup.reading': 'Reading the backup …',
  'settings.backup.checking': 'Checking the backup …',
  'settings.backup.saving': 'Saving: {done} of {total} entries.',
  'settings.backup.allOrNothing':
    'Everything is taken over at the end, in one step: until then, cancelling (or closing the page) leaves everything as it was.',
  'settings.backup.committing': 'Finishing …',
  'settings.backup.progress': 'Restore progress',
  'settings.backup.cancel': 'Cancel',
  'settings.backup.cancelled': 'Restore cancelled. Nothing was saved; everything is as it was.'
};

registerMessages(settingsDe, settingsEn);
