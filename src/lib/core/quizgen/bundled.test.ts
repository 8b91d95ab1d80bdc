/**
 * Golden tests for the bundled article: the committed set is exactly what the generator makes,
 * and the article's key facts (who, what, when, where, why, China's reaction, the history)
 * are all asked about.
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

  it('asks who ordered what: Melanie Joly, Hikvision Canada Inc to cease operations', () => {
    expect(asked('Melanie Joly', 'Hikvision Canada Inc', 'einzustellen').length).toBeGreaterThan(0);
  });

  it('asks when: Monday, Friday and last week', () => {
    expect(asked('am Montag').length).toBeGreaterThan(0);
    expect(asked('am Freitag').length).toBeGreaterThan(0);
    expect(set.questions.some((q) => content(q).includes('letzte Woche'))).toBe(true);
  });

  it('asks where: Canada, Ottawa, Hangzhou, Vancouver', () => {
    for (const place of ['Kanada', 'Ottawa', 'Hangzhou', 'Vancouver'])
      expect(
        set.questions.some((q) => content(q).includes(place)),
        place
      ).toBe(true);
    expect(asked('Hangzhou').length).toBeGreaterThan(0);
  });

  it('asks why: the security of the country', () => {
    expect(asked('Sicherheit des Landes', 'Hikvision Canada Inc').length).toBeGreaterThan(0);
  });

  it("asks about China's reaction: the ministry of commerce and „China ist stark unzufrieden“", () => {
    expect(asked('Handelsministerium', 'China ist stark unzufrieden').length).toBeGreaterThan(0);
  });

  it('asks about the history: 2018 in Vancouver, the 2019 blacklist, elections, Carney in April', () => {
    expect(asked('2018', 'Vancouver').length).toBeGreaterThan(0);
    expect(asked(/^"?2019"?$/u, 'schwarze Liste').length).toBeGreaterThan(0);
    expect(asked('2019 und 2021', 'Wahlen').length).toBeGreaterThan(0);
    expect(
      asked('Mark Carney', 'April').length + asked('im April', 'Mark Carney').length
    ).toBeGreaterThan(0);
  });

  it('keeps machine-translation flaws out of the questions', () => {
    for (const q of set.questions) {
      const c = content(q);
      expect(c, q.prompt).not.toMatch(/Krawatte|Spionagegebühr|bevölkert|Uigur/u);
    }
  });

  it('asks enough: one question per 40 words, and every type the article allows', () => {
    expect(set.questions.length).toBeGreaterThanOrEqual(Math.ceil(text.split(/\s+/u).length / 40));
    const types = new Set(set.questions.map((q) => q.type));
    for (const type of [
      'multiple-choice',
      'true-false',
      'cloze',
      'short-answer',
      'match',
      'flashcard'
    ])
      expect(types.has(type as Question['type']), type).toBe(true);
    expect(set.questions.some((q) => q.type === 'flashcard' && q.card === 'vocabulary')).toBe(true);
    const gist = set.questions.filter((q) => q.prompt.includes('hauptsächlich'));
    expect(gist.map((q) => q.answer)).toEqual(['Hikvision, Peking und China']);
  });
});
