/**
 * Regression tests for flashcards, named after the failure each guards, on the development
 * corpus through the real analysis and the committed models.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allModels } from '../../../../../../scripts/nlp-models';
import { CORPUS_DIR } from '../../../../../../scripts/corpus-dir';
import { generateQuestionSet } from '../../index';

const models = allModels();
const decks = readdirSync(`${CORPUS_DIR}/news-en`)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) =>
    generateQuestionSet(readFileSync(`${CORPUS_DIR}/news-en/${f}`, 'utf8'), {
      models,
      language: 'en'
    }).questions.filter((q) => q.type === 'flashcard')
  );

describe('cards: a card must teach', () => {
  it('makes a vocabulary card with only its sentence on the back only for an otherwise empty deck (`bulletin (noun)`)', () => {
    for (const deck of decks)
      for (const card of deck)
        if (card.card === 'vocabulary' && /^In the text:/u.test(String(card.answer))) {
          expect(deck.length, card.prompt).toBe(1);
        }
    expect(decks.every((deck) => deck.length > 0)).toBe(true);
  });
});
