/**
 * The gist: which statement sums up the article. The answer restates the most important
 * sentence (usually the lead); the distractors distort that main fact (another actor) or promote
 * side facts (the least central sentences) — never a list of names.
 */
import { speaksInPerson } from '../../document';
import { coreIds } from '../../languages/clause';
import { arrange, entityDistractors, evidenceFor, soundClause } from '../shared';
import type { Candidate, QuestionKind } from '../types';

const words = (t: string) => t.split(/\s+/u).filter(Boolean).length;

export const gistKind: QuestionKind = {
  name: 'gist',
  propose({ doc, pack }) {
    const statements = doc.ranked
      .map((index) => {
        const info = doc.sentences[index];
        const clause = info?.clauses.find((c) => c.main);
        if (!info || !clause || speaksInPerson(info, coreIds(info, clause)))
          return { index, text: undefined, info, clause, sound: false };
        const text = pack.statement(doc, info, clause);
        return { index, text, info, clause, sound: soundClause(info, clause, doc) };
      })
      .filter(
        (x) => x.text && words(x.text) >= 5 && words(x.text) <= 30 && !/[„“”"«»]/u.test(x.text)
      );
    // The answer must be a restatement the parse can be trusted with; a side fact offered as a
    // wrong choice may be less polished.
    // The lead states what the article is about: its first sentence when it restates soundly,
    // otherwise the most important sentence.
    const leadIndex = doc.sentences.find((i) => i.s.role === 'body' && i.usable)?.s.index;
    const main =
      statements.find((x) => x.sound && x.index === leadIndex) ?? statements.find((x) => x.sound);
    if (!main?.text || !main.info || !main.clause || statements.length < 4) return [];
    const distractors: string[] = [];
    // A distorted main fact: its subject swapped for another actor of the same type.
    const subject = main.clause.subject;
    const key = subject ? doc.entityAt(main.index, subject.head.id) : undefined;
    const e = key ? doc.entities.get(key) : undefined;
    if (subject && e && e.name === subject.text) {
      const other = entityDistractors(doc, e.key, e.type, main.clause.predicate.lemma)[0];
      const swapped = other
        ? pack.statement(doc, main.info, main.clause, { phrase: subject, text: other })
        : undefined;
      if (swapped && swapped !== main.text) distractors.push(swapped);
    }
    // Side facts: the least important statements of the text.
    for (const s of [...statements].reverse()) {
      if (distractors.length >= 3) break;
      if (s.index === main.index || !s.text || distractors.includes(s.text)) continue;
      distractors.push(s.text);
    }
    if (distractors.length < 3) return [];
    const candidate: Candidate = {
      kind: 'gist',
      type: 'multiple-choice',
      prompt: pack.texts.gist,
      answer: main.text,
      choices: arrange(main.text, distractors, 'gist'),
      evidence: evidenceFor(doc, main.index, main.text),
      fact: 'gist',
      score: (main.info.importance + 1) * 1.5,
      support: [main.text]
    };
    return [candidate];
  }
};
