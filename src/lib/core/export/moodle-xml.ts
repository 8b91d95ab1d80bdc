import { questionNames, quizQuestionsOf } from './names';
import type { Question, QuizSet } from '../quizset/schema';
import { isShortBack } from './gift';

/**
 * Moodle XML (docs.moodle.org/en/Moodle_XML_format), the richest import Moodle has.
 *
 * Mapping: multiple-choice → multichoice (one right answer, shuffled); true-false → truefalse,
 * the correction (and explanation) as feedback; cloze → cloze (embedded answers: a shuffled
 * drop-down from the word bank, or a short answer with the alternatives); short-answer →
 * shortanswer, case-insensitive, with every alternative at 100 %; match → matching. The ordering
 * type is an optional plugin on many Moodle sites, so an order question becomes matching of each
 * item to its position, as in GIFT. Flashcards are left out, as in GIFT: vocabulary, not
 * questions to grade. Each question is named by its prompt's beginning; its id is the idnumber.
 *
 * Question text is HTML (`format="html"`): article text is HTML-escaped, then wrapped in CDATA.
 * Short-answer answers are compared with what students type, so they are plain text.
 */

/** Escapes text for XML character data and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/gu, (c) => ENTITIES[c] ?? c).replace(INVALID_XML_CHARS, '');
}

/** Named entities only: a numeric one (`&#34;`) would put a `#` into cloze syntax. */
const ENTITIES: Record<string, string> = {
  '<': '&lt;',
  '>': '&gt;',
  '&': '&amp;',
  '"': '&quot;',
  "'": '&apos;'
};

// XML 1.0 forbids most control characters even as references; article text never needs them.
// eslint-disable-next-line no-control-regex
const INVALID_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/gu;

/** HTML needs the same escaping: every entity used is an HTML entity too. */
const escapeHtml = escapeXml;

/** HTML text in CDATA; after HTML escaping it holds no `>`, so never a `]]>` that ends CDATA. */
function html(text: string): string {
  return `<text><![CDATA[${escapeHtml(text)}]]></text>`;
}

function plain(text: string): string {
  return `<text>${escapeXml(text)}</text>`;
}

/** A question with its readable name (`questionNames`); the id stays in `<idnumber>`. */
type Named = Question & { name: string };

function common(q: Named, questionText: string, feedback: string | undefined): string {
  return [
    `    <name>${plain(q.name)}</name>`,
    `    <questiontext format="html">${questionText}</questiontext>`,
    `    <generalfeedback format="html">${html(feedback ?? '')}</generalfeedback>`,
    '    <defaultgrade>1</defaultgrade>',
    '    <penalty>0.3333333</penalty>',
    '    <hidden>0</hidden>',
    `    <idnumber>${escapeXml(q.id)}</idnumber>`
  ].join('\n');
}

const joined = (...texts: (string | undefined)[]) => texts.filter(Boolean).join(' ') || undefined;

function shortAnswers(answer: string, accept: readonly string[] | undefined): string[] {
  return [...new Set([answer, ...(accept ?? [])])].map(
    (a) => `    <answer fraction="100" format="moodle_auto_format">${plain(a)}</answer>`
  );
}

function matching(q: Named, pairs: readonly (readonly [string, string])[]): string {
  return question('matching', [
    common(q, html(q.prompt), q.explanation),
    '    <shuffleanswers>true</shuffleanswers>',
    ...pairs.map(
      ([left, right]) =>
        `    <subquestion format="html">${html(left)}<answer>${plain(right)}</answer></subquestion>`
    )
  ]);
}

function question(type: string, lines: string[]): string {
  return [`  <question type="${type}">`, ...lines, '  </question>'].join('\n');
}

/** Inside an embedded answer `}`, `#`, `~`, `/`, `"` and `\` are syntax and get a backslash. */
function embedded(text: string): string {
  return escapeHtml(text.replace(/\s+/gu, ' ').trim()).replace(/[}#~/"\\]/gu, (c) => `\\${c}`);
}

/** Cloze text outside the gap, where a `{` could start an embedded answer of its own. */
function clozeText(text: string): string {
  return escapeHtml(text).replaceAll('{', '&#123;').replaceAll('}', '&#125;');
}

function moodleQuestion(q: Named): string {
  switch (q.type) {
    case 'multiple-choice':
      return question('multichoice', [
        common(q, html(q.prompt), q.explanation),
        '    <single>true</single>',
        '    <shuffleanswers>true</shuffleanswers>',
        '    <answernumbering>abc</answernumbering>',
        ...q.choices.map(
          (c) =>
            `    <answer fraction="${c === q.answer ? 100 : 0}" format="html">${html(c)}</answer>`
        )
      ]);
    case 'true-false': {
      const note = joined(q.correction, q.explanation);
      return question('truefalse', [
        common(q, html(q.prompt), note),
        `    <answer fraction="${q.answer ? 100 : 0}" format="moodle_auto_format"><text>true</text></answer>`,
        `    <answer fraction="${q.answer ? 0 : 100}" format="moodle_auto_format"><text>false</text></answer>`
      ]);
    }
    case 'cloze': {
      const blank = q.wordBank
        ? `{1:MULTICHOICE_S:${[q.answer, ...q.wordBank.filter((w) => w !== q.answer)]
            .map((w, i) => (i === 0 ? '=' : '') + embedded(w))
            .join('~')}}`
        : `{1:SHORTANSWER:${[...new Set([q.answer, ...(q.accept ?? [])])]
            .map((a) => `=${embedded(a)}`)
            .join('~')}}`;
      const gap = q.prompt.indexOf('____');
      const text =
        gap === -1
          ? `${clozeText(q.prompt)} ${blank}`
          : `${clozeText(q.prompt.slice(0, gap))}${blank}${clozeText(q.prompt.slice(gap).replace(/^_+/u, ''))}`;
      return question('cloze', [common(q, `<text><![CDATA[${text}]]></text>`, q.explanation)]);
    }
    case 'short-answer':
      return question('shortanswer', [
        common(q, html(q.prompt), q.explanation),
        '    <usecase>0</usecase>',
        ...shortAnswers(q.answer, q.accept)
      ]);
    case 'order':
      return matching(
        q,
        q.answer.map((item, i) => [item, String(i + 1)])
      );
    case 'match':
      return matching(q, q.answer);
    case 'flashcard':
      if (isShortBack(q.answer))
        return question('shortanswer', [
          common(q, html(q.prompt), q.explanation),
          '    <usecase>0</usecase>',
          ...shortAnswers(q.answer, q.accept)
        ]);
      return question('essay', [
        common(q, html(q.prompt), joined(q.answer, q.explanation)),
        '    <responseformat>plain</responseformat>',
        '    <responserequired>1</responserequired>',
        '    <responsefieldlines>3</responsefieldlines>',
        `    <graderinfo format="html">${html(q.answer)}</graderinfo>`
      ]);
  }
}

/**
 * A set's questions as a Moodle XML file, in a category named after the set.
 *
 * @example questionsToMoodleXml(set) // → '<?xml version="1.0" encoding="UTF-8"?>\n<quiz>\n  <question type="category">…'
 */
export function questionsToMoodleXml(set: Pick<QuizSet, 'title' | 'questions'>): string {
  const category = `$course$/top/${set.title.replace(/\s+/gu, ' ').trim().replaceAll('/', '//')}`;
  // Flashcards are vocabulary, not questions to grade: never Moodle essays (the TSV has them).
  const questions = quizQuestionsOf(set.questions);
  const names = questionNames(questions);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<quiz>',
    question('category', [`    <category>${plain(category)}</category>`]),
    ...questions.map((q, i) => moodleQuestion({ ...q, name: names[i] ?? q.id })),
    '</quiz>',
    ''
  ].join('\n');
}
