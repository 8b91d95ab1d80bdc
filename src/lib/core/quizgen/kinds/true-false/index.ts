/**
 * True/false as a paraphrase, never a verbatim copy: the main clause restated with the subject
 * first, asides and subordinate clauses left out and pronouns replaced by whom they mean. The
 * false version changes one actor, place, date or number for another of the same type and form
 * that the text contradicts. Each statement comes with its twin, so the ranker can balance a set
 * between true and false.
 */
import type { Word } from '../../../nlp/types';
import { speaksInPerson, textOf, type Phrase } from '../../document';
import { coreIds } from '../../languages/clause';
import {
  entityDistractors,
  evidenceFor,
  isBareName,
  overlaps,
  perturb,
  soundClause,
  targetsOf
} from '../shared';
import type { Candidate, QuestionKind } from '../types';

const norm = (t: string) =>
  t
    .toLowerCase()
    .replace(/[^\p{L}\p{N} ]/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
const words = (t: string) => t.split(/\s+/u).filter(Boolean).length;

export const trueFalseKind: QuestionKind = {
  name: 'true-false',
  propose({ doc, pack }) {
    const out: Candidate[] = [];
    for (const index of doc.ranked) {
      const info = doc.sentences[index];
      if (!info) continue;
      const clause = info.clauses.find((c) => c.main);
      if (!clause || !soundClause(info, clause, doc) || speaksInPerson(info, coreIds(info, clause)))
        continue;
      let statement = pack.statement(doc, info, clause);
      // Never the sentence word for word: a statement must be a real restatement. A sentence
      // that already opens with its subject and has no asides gets a time or place fronted.
      let front: Phrase | undefined;
      // The sentence's own wording, kept for a false statement's correction when no restatement
      // is possible (a false statement is never a copy: one detail is changed).
      let verbatim: string | undefined;
      if (statement && norm(statement) === norm(info.s.text)) {
        verbatim = statement;
        statement = undefined;
        for (const t of targetsOf(doc, info, clause)) {
          if (t.role !== 'time' && t.role !== 'place') continue;
          const alt = pack.statement(doc, info, clause, undefined, t.phrase);
          if (alt && norm(alt) !== norm(info.s.text)) {
            statement = alt;
            front = t.phrase;
            break;
          }
        }
      }
      const base = statement ?? verbatim;
      if (!base || words(base) < 5 || words(base) > 30) continue;
      if (/[„“”"«»]/u.test(base)) continue;
      // The false twin: swap one entity mention or one date/amount of the clause.
      let falseText: string | undefined;
      for (const m of info.s.entities) {
        const ids: number[] = [];
        for (let id = m.start; id < m.end; id++) ids.push(id);
        const head = info.s.words[m.end - 2] as Word | undefined;
        if (!head || head.feats.Case === 'Gen' || !isBareName(info, m.start, m.end)) continue;
        // Only people, places, organisations, dates and numbers are swapped: a product or event
        // (`Apple Pay`) swapped for another makes an absurd statement, not a false one.
        if (m.type === 'MISC') continue;
        const p: Phrase = { sentence: index, ids, head, text: textOf(doc, info.s, ids) };
        let replacement: string | undefined;
        if (m.type === 'DATE' || m.type === 'NUM') {
          replacement = perturb(p.text, doc.language, `tf|${index}`, 1)[0];
        } else {
          const key = doc.entityAt(index, m.start);
          const e = key ? doc.entities.get(key) : undefined;
          if (!e || e.name !== p.text) continue;
          const together = new Set(e.mentions.map((x) => x.sentence));
          const options = entityDistractors(doc, e.key, e.type, clause.predicate.lemma).filter(
            (name) => {
              const other = [...doc.entities.values()].find((x) => x.name === name);
              // A place named in the same sentence as this one may contain it (a town and its
              // region): never swap those.
              return !(e.type === 'LOC' && other?.mentions.some((x) => together.has(x.sentence)));
            }
          );
          replacement = options.find((o) => !overlaps(o, p.text) && !info.s.text.includes(o));
        }
        if (!replacement) continue;
        const swapped = pack.statement(doc, info, clause, { phrase: p, text: replacement }, front);
        if (swapped && norm(swapped) !== norm(base)) {
          falseText = swapped;
          break;
        }
      }
      const fact = `${index}:statement`;
      const evidence = evidenceFor(doc, index, base);
      // A blind rating found statements the weakest kind (mostly lookups of one sentence): they
      // fill a quiz after questions that ask for understanding.
      const score = info.importance * 0.55;
      const truth: Candidate | undefined = statement
        ? {
            kind: 'true-false',
            type: 'true-false',
            prompt: statement,
            answer: true,
            evidence,
            fact,
            score,
            support: [statement]
          }
        : undefined;
      const lie: Candidate | undefined = falseText
        ? {
            kind: 'true-false',
            type: 'true-false',
            prompt: falseText,
            answer: false,
            correction: base,
            evidence,
            fact,
            score,
            support: [base]
          }
        : undefined;
      if (truth && lie) {
        truth.twin = lie;
        lie.twin = truth;
      }
      const candidate = truth ?? lie;
      if (candidate) out.push(candidate);
    }
    return out;
  }
};
