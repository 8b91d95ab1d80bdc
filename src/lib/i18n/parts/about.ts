import { registerMessages } from '../registry';

/**
 * UI strings of the About page. They load with that code instead of weighing on the first page:
 * a component using these keys imports this file (registration happens on import).
 */
export const aboutDe = {
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
    'Die Sprachmodelle des Fragengenerators sind trainiert auf Universal Dependencies (UD German-PUD, German-GSD, English-EWT u. a.) und GermEval 2014 (Wortcluster auch aus den Texten von LER und Europeana Newspapers), mit dem Lexikon german-pos-dict (LanguageTool); Modelle und Wortlisten stehen unter der Lizenz CC BY-SA 4.0 (Einzelheiten: models/ATTRIBUTION.md).',
  'about.licences.meanings':
    'Bedeutungen und Synonyme: für Deutsch OpenThesaurus (Daniel Naber und Mitwirkende, Lizenz LGPL 2.1), für Englisch WordNet 3.1 (WordNet 3.0 Copyright 2006 by Princeton University, WordNet-Lizenz).',
  'about.version': 'Version {version}'
} as const;

export const aboutEn: Record<keyof typeof aboutDe, string> = {
  'about.title': 'About Lesequiz',
  'about.what.heading': 'What the app does',
  'about.what.body':
    'Lesequiz turns a news article into reading-comprehension questions and flashcards. The questions are made on your device, without a network and without a language model.',
  'about.privacy.heading': 'Your data',
  'about.privacy.body':
    'There is no account and no server that sees your answers. Your progress stays in this browser’s storage.',
  'about.offline.heading': 'Offline',
  'about.offline.body':
    'After the first visit the app also works offline. You can install it to your home screen.',
  'about.licences.heading': 'Content and licences',
  'about.licences.article':
    'The included article is a machine translation of an English news report (2025); it serves as a practice text.',
  'about.licences.lexicon':
    'The question generator’s language models are trained on Universal Dependencies (UD German-PUD, German-GSD, English-EWT and others) and GermEval 2014 (word clusters also from the texts of LER and Europeana Newspapers), with the german-pos-dict lexicon (LanguageTool); models and word lists are licensed under CC BY-SA 4.0 (details: models/ATTRIBUTION.md).',
  'about.licences.meanings':
    'Meanings and synonyms: for German OpenThesaurus (Daniel Naber and contributors, licensed under the LGPL 2.1), for English WordNet 3.1 (WordNet 3.0 Copyright 2006 by Princeton University, WordNet licence).',
  'about.version': 'Version {version}'
};

registerMessages(aboutDe, aboutEn);
