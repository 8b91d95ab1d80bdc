/**
 * Assignment link lengths for the bundled set, one JSON object per line:
 * `{"name":…,"value":…,"unit":"chars","qr":true|false}` (`qr`: fits one QR code, at most
 * 1,200 characters with a 25-character base URL).
 *
 * - the set as shipped, every quiz question (a plain `1.` link);
 * - the teacher deleted one question and edited one (the edits only, a `2.` link), and the
 *   same choice as the whole edited set with its text, as links carried it before;
 * - more edits: three questions edited and one added;
 * - the edited set without its key (travels whole, as student views).
 *
 * Usage: npm run bench:links
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createAssignment, type AssignmentOptions } from '../src/lib/core/assign/create';
import { encodeAssignmentLink, fitsQrCode } from '../src/lib/core/assign/link';
import {
  addQuestion,
  applyCuration,
  deleteQuestion,
  editQuestion,
  emptyCuration
} from '../src/lib/core/curation/index';
import { parseQuizSet, type QuizSet } from '../src/lib/core/quizset/schema';

const repo = fileURLToPath(new URL('../', import.meta.url));
const BASE = 'https://lesequiz.example';
const parsed = parseQuizSet(
  JSON.parse(readFileSync(`${repo}questions/hikvision-kanada.de.json`, 'utf8'))
);
if (!parsed.ok) throw new Error(parsed.issues.join('; '));
const shipped = parsed.set;
const quiz = shipped.questions.filter((q) => q.type !== 'flashcard');

const options = (set: QuizSet, extra: Partial<AssignmentOptions>): AssignmentOptions => ({
  id: 'a-mhx2k3l0-4fz9qa',
  title: set.title,
  bundled: true,
  shipped,
  questions: { ids: set.questions.filter((q) => q.type !== 'flashcard').map((q) => q.id) },
  answerKey: 'included',
  feedback: 'immediate',
  shuffleQuestions: true,
  shuffleChoices: true,
  attemptsAllowed: 1,
  handIn: 'scan',
  ...extra
});

function print(name: string, set: QuizSet, extra: Partial<AssignmentOptions> = {}) {
  const made = createAssignment(set, options(set, extra), () => 0);
  if (!made.ok) throw new Error(JSON.stringify(made));
  const link = encodeAssignmentLink(BASE, made.value);
  if (!link.ok) throw new Error(link.problem);
  const value = link.link.length;
  console.log(
    JSON.stringify({
      name,
      kind: made.value.content.kind,
      value,
      unit: 'chars',
      qr: fitsQrCode(link.link)
    })
  );
}

const edited = (index: number) => ({
  ...quiz[index]!,
  prompt: `${quiz[index]!.prompt} (von der Lehrkraft umformuliert)`
});

print(`shipped set, all ${quiz.length} quiz questions`, shipped);

let one = deleteQuestion(emptyCuration(shipped.id), quiz[0]!.id);
one = editQuestion(one, shipped, edited(1));
const oneSet = applyCuration(shipped, one).set;
print('1 deleted, 1 edited: the edits only', oneSet);
print('1 deleted, 1 edited: the whole edited set (as before)', oneSet, { bundled: false });

let more = one;
for (const index of [2, 3, 4]) more = editQuestion(more, shipped, edited(index));
more = addQuestion(more, {
  id: 't-mhx2k3l0',
  type: 'short-answer',
  prompt: 'Wer ist kanadischer Premierminister?',
  answer: 'Mark Carney',
  evidence: [1]
});
const moreSet = applyCuration(shipped, more).set;
print('1 deleted, 4 edited, 1 added: the edits only', moreSet);
print('1 deleted, 4 edited, 1 added: the whole edited set (as before)', moreSet, {
  bundled: false
});
print('1 deleted, 1 edited, key withheld (travels whole)', oneSet, {
  answerKey: 'withheld',
  feedback: 'after-grading'
});
