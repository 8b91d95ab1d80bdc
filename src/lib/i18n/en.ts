import type { CoreMessageKey } from './de';

/** English UI strings of the shell; the type forces exactly the keys of the German catalogue. */
export const coreEn: Record<CoreMessageKey, string> = {
  'app.name': 'Lesequiz',
  'app.tagline': 'Reading comprehension with the news',
  'app.description':
    'Turns news articles into quiz questions and flashcards – offline, no account, on your device.',
  'nav.label': 'Main navigation',
  'nav.library': 'Library',
  'nav.settings': 'Settings',
  'nav.stats': 'Statistics',
  'nav.about': 'About',
  'skip.toContent': 'Skip to content',

  'library.title': 'Library',
  'library.intro':
    'Read an article and practise understanding it. Everything stays on this device and works without a network.',
  'library.bundled.heading': 'Included articles',
  'library.own.heading': 'Your articles',
  'library.own.empty':
    'No articles of your own yet. Articles you paste or open from a file will appear here.',
  'library.openAssignment': 'Open an assignment from your teacher: scan a code or open a file',
  'teach.libraryLink': 'For teachers: edit questions and print worksheets',
  'teach.articleLink': 'For teachers: edit the questions',
  'library.continue': 'Keep learning',
  'library.today': 'Today',
  'library.dueUnknown': 'Due cards could not be counted.',
  'library.dueLoading': 'Counting due cards …',
  'library.read': 'Read',
  'library.progress.none': 'Not practised yet',
  'library.progress.answered': '{answered} of {total} answered',
  'library.progress.accuracy': '{percent} % right',
  'counts.new': 'New',
  'counts.learning': 'Learning',
  'counts.due': 'Due',

  'set.words': '{count} words',
  'set.readingTime': 'about {minutes} min read',
  'set.language': 'Language: {language}',
  'set.machineTranslated': 'Machine-translated',
  'set.quizQuestions': '{count} quiz questions',
  'set.quizQuestions.one': '{count} quiz question',
  'set.cards': '{count} flashcards',
  'set.cards.one': '{count} flashcard',
  'language.de': 'German',
  'language.en': 'English',

  'article.back': 'Back to the library',
  'article.meta': 'About this article',
  'article.machineTranslatedNote':
    'This text is a machine translation and keeps typical flaws, such as detached hyphens and mistranslated words.',
  'article.source': 'Source: {source}',

  'install.ios.heading': 'Add to your home screen',
  'install.ios.steps':
    'In Safari, tap “Share” at the bottom (the square with the arrow pointing up), then “Add to Home Screen”. Lesequiz then starts like an app, offline too.',
  'install.ios.why':
    'Why: Safari may delete the data of a website not used for seven days, unless it is on the home screen.',
  'install.ios.dismiss': 'Got it',

  'error.notFound.title': 'Page not found',
  'error.notFound.body':
    'This page or article does not exist on this device. It may have been deleted, or the link is incomplete.',
  'error.unknown.title': 'Something went wrong',
  'error.unknown.body': 'The page could not be loaded. Please try again.',
  'error.back': 'Go to the library',

  'nav.add': 'Add',
  'library.own.add': 'Add an article',

  'questions.heading': 'Questions',
  'questions.answer': 'Answer: {answer}',
  'questions.choices': 'Choices',
  'questions.correction': 'Correct would be: {correction}',
  'questions.true': 'True',
  'questions.false': 'False',
  'questions.noAnswer': '(no answer)',
  'questions.count': '{count} questions',
  'type.multiple-choice': 'Multiple choice',
  'type.true-false': 'True or false',
  'type.cloze': 'Fill the gap',
  'type.short-answer': 'Short answer',
  'type.order': 'Order',
  'type.match': 'Match',
  'type.flashcard': 'Flashcard',

  'storage.reloadNeeded': 'Lesequiz was updated in another tab. Reload this page to keep studying.',
  'storage.blocked':
    'An older version of Lesequiz is open in another tab. Close that tab to continue.',
  'storage.problem.quota-exceeded':
    'This device’s storage is full. Nothing was saved; free some space and try again.',
  'storage.problem.version-too-new':
    'A newer version of the app is running in another tab. Reload.',
  'storage.problem.closed': 'The connection to storage was closed. Reload the page.',
  'storage.problem.unavailable':
    'This browser allows no storage (private mode?). Your own articles cannot be saved like this.',
  'storage.problem.timeout':
    "The browser's storage does not answer. Reload the page: your answers so far are saved.",
  'storage.problem.unknown': 'Saving failed. Please try again.',
  'storage.retry': 'Save again',
  'own.rename': 'Rename',
  'own.renameLabel': 'New title for “{title}”',
  'own.renameSave': 'Save title',
  'own.cancel': 'Cancel',
  'own.delete': 'Delete',
  'own.deleteQuestion': 'Delete “{title}”?',
  'own.deleteExplain': 'The article and its flashcards are removed from this device.',
  'own.deleted': '“{title}” deleted.',
  'own.undo': 'Undo',
  'own.saved': 'Saved in your library.',
  'own.open': 'Read the article',
  'own.added': 'Added on {date}',
  'own.loading': 'Loading your articles …',
  'article.own': 'Own article',

  'update.available': 'New version available.',
  'update.reload': 'Reload',
  'update.later': 'Later',
  'update.offlineReady': 'The app is now available offline.',
  'update.dismiss': 'Close',
  'update.activeElsewhere':
    'A new version was loaded in another tab. Reload when you are done here; your answers are saved.'
};
