/**
 * Cause and consequence: "Warum …?" / "Why …?" on a clause whose reason the text states, with the
 * whole reason as the answer and other clauses of the same text, put into the same form
 * (`weil …`), as distractors — never a reason to type word for word.
 */
import type { Word } from '../../../nlp/types';
import { speaksInPerson, subtree, textOf, word, type Doc, type SentenceInfo } from '../../document';
import { coreIds } from '../../languages/clause';
import { arrange, evidenceFor, overlaps, soundClause } from '../shared';
import type { Candidate, QuestionKind } from '../types';

const words = (t: string) => t.split(/\s+/u).filter(Boolean).length;
const upper = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);

/** Subordinate clauses of a sentence without their conjunction: `Ottawa angekündigt hatte`. */
function subordinateBodies(doc: Doc, info: SentenceInfo): string[] {
  const out: string[] = [];
  for (const w of info.s.words) {
    const mark = (info.children[w.id] ?? [])
      .map((c) => word(info.s, c) as Word)
      .find((c) => c.deprel === 'mark' && c.id < w.id);
    if (!mark || !(w.upos === 'VERB' || w.upos === 'AUX' || w.upos === 'ADJ')) continue;
    // Only a clause opened by a conjunction (not `bis zu 75.000` read as one), in one piece,
    // that starts with a word of its own (not `und`) and — in German — ends on its verb: what a
    // reason reads like (a blind rating struck `Weil Und Auch die Türkei …`, `Weil zu 75.000
    // würden das …`).
    if (mark.upos !== 'SCONJ') continue;
    // A clause of its own has its own subject (`because them to get in on …` has none: the
    // parse hung an infinitive on the conjunction).
    const hasSubject = (info.children[w.id] ?? []).some((c) =>
      /^(nsubj|csubj|expl)/u.test(word(info.s, c)?.deprel ?? '')
    );
    // … and a finite verb (`for them to get in on …` is an infinitive, no reason).
    const finite =
      w.feats.VerbForm === 'Fin' ||
      (info.children[w.id] ?? []).some((c) => {
        const k = word(info.s, c);
        return !!k && /^(aux|cop)/u.test(k.deprel) && k.feats.VerbForm === 'Fin';
      });
    // (German: a clause with a subject of its own is finite, even where a plural verb at its
    // end reads like an infinitive to the tagger: `da die Gleise vorbeiführen`.)
    if (!hasSubject || (doc.language === 'en' && !finite)) continue;
    const ids = subtree(info, w.id).filter(
      (id) => id !== mark.id && (word(info.s, id) as Word).upos !== 'PUNCT'
    );
    const first = word(info.s, ids[0] ?? 0);
    const last = word(info.s, ids[ids.length - 1] ?? 0);
    if (!first || !last || /^(CCONJ|ADP|NUM)$/u.test(first.upos)) continue;
    if (ids.some((id, i) => i > 0 && id - (ids[i - 1] as number) > 2)) continue;
    if (doc.language === 'de' && !(last.upos === 'VERB' || last.upos === 'AUX')) continue;
    // The clause's first word keeps a capital only as a name or a German noun (`It is how …`
    // opened its sentence; after `because` it is `it`).
    const written = textOf(doc, info.s, ids);
    const body =
      /^(PROPN|NOUN)$/u.test(first.upos) || first.form === 'I'
        ? written
        : written.charAt(0).toLowerCase() + written.slice(1);
    if (words(body) >= 3 && words(body) <= 22 && !speaksInPerson(info, ids)) out.push(body);
  }
  return out;
}

export const whyKind: QuestionKind = {
  name: 'why',
  propose({ doc, pack }) {
    const bodies = doc.sentences
      .filter((i) => i.usable)
      .flatMap((i) => subordinateBodies(doc, i).map((b) => ({ b, i: i.s.index })));
    const out: Candidate[] = [];
    for (const info of doc.sentences) {
      if (!info.usable) continue;
      for (const clause of info.clauses) {
        const reason = clause.reason;
        if (!reason || words(reason.text) < 3 || words(reason.text) > 25) continue;
        if (!soundClause(info, clause, doc)) continue;
        if (speaksInPerson(info, [...coreIds(info, clause), ...reason.ids])) continue;
        const mark = reason.ids
          .map((id) => word(info.s, id) as Word)
          .find((w) => w.deprel === 'mark');
        if (!mark) continue;
        const prompt = pack.whQuestion(doc, info, clause, { role: 'reason', phrase: reason });
        if (!prompt || words(prompt) > 30) continue;
        const answer = upper(reason.text);
        const marker = mark.form.toLowerCase();
        const distractors: string[] = [];
        for (const { b } of bodies) {
          const candidate = upper(`${marker} ${b}`);
          if (overlaps(candidate, answer) || reason.text.includes(b) || b.includes(reason.text))
            continue;
          if (distractors.some((d) => overlaps(d, candidate))) continue;
          distractors.push(candidate);
        }
        if (distractors.length < 3) continue;
        const seed = `why|${info.s.index}`;
        // The three distractors closest in length to the answer, so length gives nothing away.
        const chosen = distractors
          .sort(
            (a, b) =>
              Math.abs(words(a) - words(answer)) - Math.abs(words(b) - words(answer)) ||
              (a < b ? -1 : 1)
          )
          .slice(0, 3);
        out.push({
          kind: 'why',
          type: 'multiple-choice',
          prompt,
          answer,
          choices: arrange(answer, chosen, seed),
          evidence: evidenceFor(doc, info.s.index, prompt, answer),
          fact: `${info.s.index}:reason`,
          score: info.importance * 1.3,
          support: [reason.text]
        });
      }
    }
    return out;
  }
};
