/**
 * Regression tests for the choice of a quiz and a deck, named after the failure each guards, on
 * a real article's analysis and candidates made for the test (one per sentence, so that only the
 * choice decides what is asked).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allModels } from '../../../../scripts/nlp-models';
import { CORPUS_DIR } from '../../../../scripts/corpus-dir';
import { analyse } from '../nlp/analyse';
import { buildDocument, type Doc } from './document';
import type { Candidate } from './kinds/types';
import { chooseCards, chooseQuiz } from './rank';

const m = allModels().de;
/** A long report (42 sentences): its core and its side details are far apart. */
const doc: Doc = buildDocument(
  analyse(readFileSync(`${CORPUS_DIR}/news-de/021.txt`, 'utf8'), 'de', m),
  m.lexicon,
  m.thesaurus,
  m.entities.names
);

/** One question on each of the text's twelve most important sentences, the least important
 * scored highest, so that only importance can keep them out. */
function onePerSentence(type: 'short-answer' | 'flashcard'): Candidate[] {
  return doc.ranked.slice(0, 12).map((index, rank) => {
    const words = doc.sentences[index]?.s.words ?? [];
    const answer = words.find((w) => w.upos === 'NOUN')?.form ?? words[0]?.form ?? 'x';
    return {
      kind: type === 'flashcard' ? 'fact-card' : 'wh',
      type,
      ...(type === 'flashcard' ? { card: 'fact' as const } : {}),
      prompt: `Frage ${rank + 1} zu Satz ${index}?`,
      answer,
      evidence: [index],
      fact: `${index}:test`,
      score: 1 + rank,
      support: [answer]
    };
  });
}

describe('rank: side details stay out of a long article’s quiz and deck', () => {
  it('asks nothing from below the six most important sentences of a long report once the core fills the quiz (a contender’s degree, an injured player, rating 50)', () => {
    expect(doc.ranked.length).toBeGreaterThan(30);
    const quiz = chooseQuiz(onePerSentence('short-answer'), doc, 20);
    const core = new Set(doc.ranked.slice(0, 6));
    expect(quiz.length).toBeGreaterThanOrEqual(4);
    for (const q of quiz) expect(core.has(q.evidence[0] ?? -1), q.prompt).toBe(true);
  });

  it('makes fact cards from outside the core only to bring a deck up to four (`Wer wertete Interviews aus?`, rating 50)', () => {
    const core = new Set(doc.ranked.slice(0, 6));
    const cards = onePerSentence('flashcard').filter((c) => !core.has(c.evidence[0] ?? -1));
    expect(chooseCards(cards, doc, 12)).toHaveLength(4);
    const all = chooseCards(onePerSentence('flashcard'), doc, 12);
    expect(all.length).toBeGreaterThan(0);
    for (const c of all) expect(core.has(c.evidence[0] ?? -1), c.prompt).toBe(true);
  });
});
