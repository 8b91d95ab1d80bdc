import type { MessageKey } from './de';

/** English UI strings; the type forces exactly the keys of the German catalogue. */
export const en: Record<MessageKey, string> = {
  'app.name': 'Lesequiz',
  'app.tagline': 'Reading comprehension with the news',
  'app.description':
    'Turns news articles into quiz questions and flashcards – offline, no account, on your device.',
  'nav.label': 'Main navigation',
  'nav.library': 'Library',
  'nav.settings': 'Settings',
  'nav.about': 'About',
  'skip.toContent': 'Skip to content',

  'library.title': 'Library',
  'library.intro':
    'Read an article and practise understanding it. Everything stays on this device and works without a network.',
  'library.bundled.heading': 'Included articles',
  'library.own.heading': 'Your articles',
  'library.own.empty':
    'No articles of your own yet. Articles you paste or open from a file will appear here.',
  'library.read': 'Read',

  'set.words': '{count} words',
  'set.readingTime': 'about {minutes} min read',
  'set.language': 'Language: {language}',
  'set.machineTranslated': 'Machine-translated',
  'language.de': 'German',
  'language.en': 'English',

  'article.back': 'Back to the library',
  'article.meta': 'About this article',
  'article.machineTranslatedNote':
    'This text is a machine translation and keeps typical flaws, such as detached hyphens and mistranslated words.',
  'article.source': 'Source: {source}',

  'settings.title': 'Settings',
  'settings.intro': 'Changes apply at once and are saved on this device.',
  'settings.language.legend': 'Interface language',
  'settings.language.hint': 'Articles stay in their own language.',
  'settings.theme.legend': 'Appearance',
  'settings.theme.system': 'Same as the system',
  'settings.theme.light': 'Light',
  'settings.theme.dark': 'Dark',

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
  'about.version': 'Version {version}',

  'error.notFound.title': 'Page not found',
  'error.notFound.body':
    'This page or article does not exist on this device. It may have been deleted, or the link is incomplete.',
  'error.unknown.title': 'Something went wrong',
  'error.unknown.body': 'The page could not be loaded. Please try again.',
  'error.back': 'Go to the library',

  'update.available': 'New version available.',
  'update.reload': 'Reload',
  'update.later': 'Later',
  'update.offlineReady': 'The app is now available offline.',
  'update.dismiss': 'Close'
};
