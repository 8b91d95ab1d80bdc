/**
 * Golden tests for the bundled article: the committed set is exactly what the generator makes
 * (reviewed by reading, see the commit that regenerated it), and the facts the analysis-based
 * generator reaches are asked about: who said what, China's reaction, the history, the gist.
 * Not yet asked (issue 10): the weekdays, Hangzhou and Vancouver, the reason „Sicherheit des
 * Landes“ (it stands in a clause inside a clause).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Question } from '../quizset/schema';
import { generateQuestionSet } from './index';
import { allModels } from '../../../../scripts/nlp-models';

const models = allModels();

const questionsDir = fileURLToPath(new URL('../../../../questions/', import.meta.url));
const text = readFileSync(questionsDir + 'hikvision-kanada.de.txt', 'utf8');
const catalog = JSON.parse(readFileSync(questionsDir + 'catalog.json', 'utf8')) as {
  articles: { id: string; title: string; file: string }[];
};
const entry = catalog.articles.find((a) => a.file === 'hikvision-kanada.de.txt');
const set = generateQuestionSet(text, {
  models,
  id: entry?.id ?? '',
  title: entry?.title ?? '',
  language: 'de'
});

/** Everything a question shows or expects, as one string. */
const content = (q: Question) =>
  [
    q.prompt,
    JSON.stringify(q.answer),
    'choices' in q ? q.choices : [],
    'correction' in q ? q.correction : ''
  ]
    .flat()
    .join(' ');

/** Questions whose answer contains `answer` and whose prompt contains every `context` string. */
function asked(answer: string | RegExp, ...context: string[]): Question[] {
  return set.questions.filter((q) => {
    const a = typeof q.answer === 'string' ? q.answer : JSON.stringify(q.answer);
    const matches = typeof answer === 'string' ? a.includes(answer) : answer.test(a);
    return matches && context.every((c) => content(q).includes(c));
  });
}

describe('bundled article', () => {
  it('matches the committed question set exactly', () => {
    const committed = JSON.parse(readFileSync(questionsDir + 'hikvision-kanada.de.json', 'utf8'));
    expect(set).toEqual(committed);
  });

  it('asks who said that the decision to ban Hikvision followed a review: Melanie Joly', () => {
    expect(asked('Melanie Joly', 'Hikvision zu verbieten').length).toBeGreaterThan(0);
  });

  it("asks about China's reaction: the ministry of commerce and „China ist stark unzufrieden“", () => {
    expect(asked('Handelsministerium', 'China ist stark unzufrieden').length).toBeGreaterThan(0);
  });

  // The history of the relations (the elections of 2019 and 2021) was asked while the parser
  // kept `2019 und 2021` together; the jackknife-trained parser splits it, and half the date is
  // no answer. Not asked at all beats asked wrong (issue 10: the key fact is open again).
  it('never asks half of a coordinated date („2021“ for „in den Jahren 2019 und 2021“)', () => {
    expect(asked(/^"?2021"?$/u, 'Wahlen')).toEqual([]);
    expect(asked('2021', 'Wahlen').every((q) => String(q.answer).includes('2019'))).toBe(true);
  });

  it('sums the article up with its lead: Ottawa stopping Hikvision and Beijing answering', () => {
    const gist = set.questions.filter((q) => q.kind === 'gist');
    expect(gist).toHaveLength(1);
    expect(String(gist[0]?.answer)).toContain('alle kanadischen Aktivitäten des Unternehmens');
  });

  it('asks a quiz of its own size with several kinds, and cards apart', () => {
    const quiz = set.questions.filter((q) => q.type !== 'flashcard');
    // Near the floor every article gets (six, fallbacks filling up). Session 8 dropped two
    // questions this article had: a garbled restatement (`Was wird Hikvision zur Schließung …
    // den bilateralen Handel beschädigen?`) and a thing asked with people as the alternatives
    // (`Was stellt einen frühen Test … dar?` among `der kanadische Industrieminister …`).
    // Since session 19 one gap on an ordinary word fills a quiz below its floor, not several
    // (blind ratings 42–44 struck 52 of 112): `Rechten` went. Session 22 took away the
    // weekday of Beijing's remarks (`Wann fanden die Äußerungen von Peking statt? am Montag`):
    // no time is asked that only names a day of the week.
    expect(quiz.length).toBeGreaterThanOrEqual(4);
    const types = new Set(quiz.map((q) => q.type));
    // No true/false is required: the article's only restatable main clauses are misparsed
    // (`in den Jahren 2019 2021`, a torn subject), and a statement is offered only when safe.
    for (const type of ['multiple-choice', 'cloze'] as const)
      expect(types.has(type), type).toBe(true);
    expect(types.size).toBeGreaterThanOrEqual(3);
    expect(set.questions.some((q) => q.type === 'flashcard' && q.card === 'vocabulary')).toBe(true);
  });
});
