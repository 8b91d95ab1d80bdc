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
  'install.ios.heading': 'Add to your home screen',
  'install.ios.steps':
    'In Safari, tap “Share” at the bottom (the square with the arrow pointing up), then “Add to Home Screen”. Lesequiz then starts like an app, offline too.',
  'install.ios.why':
    'Why: Safari may delete the data of a website not used for seven days, unless it is on the home screen.',
  'install.ios.dismiss': 'Got it',
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
    'The question generator’s language models are trained on Universal Dependencies (UD German-PUD, German-GSD, English-EWT and others) and GermEval 2014, with the german-pos-dict lexicon (LanguageTool); models and word lists are licensed under CC BY-SA 4.0 (details: models/ATTRIBUTION.md).',
  'about.version': 'Version {version}',

  'error.notFound.title': 'Page not found',
  'error.notFound.body':
    'This page or article does not exist on this device. It may have been deleted, or the link is incomplete.',
  'error.unknown.title': 'Something went wrong',
  'error.unknown.body': 'The page could not be loaded. Please try again.',
  'error.back': 'Go to the library',

  'nav.add': 'Add',
  'library.own.add': 'Add an article',

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
    'No questions could be drawn from this text. Is it a connected article?',

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
