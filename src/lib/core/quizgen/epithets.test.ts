/**
 * Regression tests for persons called by their age (`des 72-Jährigen`), named after the failure
 * each guards, on the development corpus through the real analysis and the committed models.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR } from '../../../../scripts/corpus-dir';
import { allModels } from '../../../../scripts/nlp-models';
import { analyse } from '../nlp/analyse';
import { buildDocument } from './document';
import { findEpithets, nameEpithets, withNames } from './epithets';
import { generateQuestionSet } from './index';
import type { Candidate } from './kinds/types';

const models = allModels();
const docOf = (file: string, language: 'de' | 'en') => {
  const m = models[language];
  return buildDocument(
    analyse(readFileSync(`${CORPUS_DIR}/${file}`, 'utf8'), language, m),
    m.lexicon,
    m.thesaurus,
    m.entities.names,
    m.glossary
  );
};

const question = (prompt: string, answer: string, evidence: number): Candidate => ({
  kind: 'wh',
  type: 'short-answer',
  prompt,
  answer,
  evidence: [evidence],
  fact: `${evidence}:test`,
  score: 1,
  support: [answer]
});

describe('epithets: a person called by their age is named in what is asked', () => {
  it('names the person of `des 72-Jährigen` (`Wer teilte am Donnerstag den Rückzug des 72-Jährigen mit?`, rating 54)', () => {
    const doc = docOf('news-de-2/121.txt', 'de');
    const epithets = findEpithets(doc);
    const index = doc.sentences.findIndex((i) => i.s.text.includes('des 72-Jährigen'));
    expect(epithets.get(index)).toMatchObject([
      { surface: 'des 72-Jährigen', name: 'Tim Hunt', genitive: true }
    ]);
    const asked = nameEpithets(
      question(
        'Wer teilte am Donnerstag den Rückzug des 72-Jährigen mit?',
        'das University College London',
        index
      ),
      epithets
    );
    expect(asked.prompt).toBe('Wer teilte am Donnerstag den Rückzug von Tim Hunt mit?');
  });

  it('names a person the text titles by a sport (`gegen den 23-Jährigen` of `Top-Stürmer Neymar`, rating 60)', () => {
    const doc = docOf('news-de/022.txt', 'de');
    const index = doc.sentences.findIndex((i) => i.s.text.includes('gegen den 23-Jährigen'));
    expect(findEpithets(doc).get(index)).toEqual([
      { surface: 'den 23-Jährigen', name: 'Neymar', genitive: false, namedIn: index - 1 }
    ]);
    // The statement says `Neymar` where its sentence says `den 23-Jährigen`: the sentence before,
    // which names him, is shown and checked with it.
    const set = generateQuestionSet(readFileSync(`${CORPUS_DIR}/news-de/022.txt`, 'utf8'), {
      models,
      language: 'de'
    });
    const statement = set.questions.find(
      (q) => q.type === 'true-false' && q.evidence.includes(index)
    );
    expect(statement?.type === 'true-false' && statement.correction).toMatch(/gegen Neymar\.$/u);
    expect(statement?.evidence).toEqual([index - 1, index]);
  });

  it('names the person of an English `The 29-year-old` opening a sentence', () => {
    const doc = docOf('news-en/013.txt', 'en');
    const index = doc.sentences.findIndex((i) => i.s.text.startsWith('The 29-year-old would'));
    expect(findEpithets(doc).get(index)?.[0]?.name).toBe('Susan Chepkemei');
  });

  it('leaves an age that describes a noun after it (`die 42-Jährige Verletzte`, `The 28-year-old 800 metres runner`)', () => {
    const injured = docOf('news-de/016.txt', 'de');
    expect([...findEpithets(injured).values()].flat()).toEqual([]);
    const runner = docOf('news-en/014.txt', 'en');
    const index = runner.sentences.findIndex((i) => i.s.text.includes('800 metres runner'));
    expect(index).toBeGreaterThan(0);
    expect(findEpithets(runner).get(index)).toBeUndefined();
  });

  it('names nobody where the recogniser’s person may be a club (`der 34-Jährige` after `Chelsea`)', () => {
    const doc = docOf('news-de/021.txt', 'de');
    const names = [...findEpithets(doc).values()].flat().map((e) => e.name);
    expect(names).not.toContain('Chelsea');
  });

  it('leaves a question whose answer the name would give away', () => {
    const list = [
      { surface: 'der 22-Jährige', name: 'Dominic Thiem', genitive: false, namedIn: 2 }
    ];
    const epithets = new Map([[3, list]]);
    const c = question('Wer gewann, bevor der 22-Jährige ausschied?', 'Dominic Thiem', 3);
    expect(nameEpithets(c, epithets)).toBe(c);
    expect(withNames('Der 22-Jährige gewann.', list)).toBe('Dominic Thiem gewann.');
  });
});
