/**
 * Matching: each person to the role the text gives them (`Industrieministerin – Melanie Joly`),
 * from appositions and titles in the parse.
 */
import { personRoles } from '../shared';
import type { Candidate, QuestionKind } from '../types';

const lastWord = (t: string) => t.split(/\s+/u).pop() ?? t;

export const matchKind: QuestionKind = {
  name: 'match',
  propose({ doc, pack }) {
    const pairs = personRoles(doc, pack);
    // Two roles that mean the same (`Trainer`, `Coach`) or two names of one person (`Mathilde`,
    // `Mathilde Lukacs`) would let two pairings be right.
    const sameRole = (a: string, b: string) =>
      a.toLowerCase() === b.toLowerCase() || !!doc.thesaurus?.related(lastWord(a), lastWord(b));
    const sameName = (a: string, b: string) => {
      const x = a.split(/\s+/u);
      const y = b.split(/\s+/u);
      return x.some((w) => y.includes(w));
    };
    const list = [...pairs.entries()].filter(
      ([name, v], i, all) =>
        all.findIndex(([other, w]) => sameRole(w.role, v.role) || sameName(other, name)) === i
    );
    if (list.length < 3) return [];
    const chosen = list.slice(0, 5);
    const evidence = [...new Set(chosen.map(([, v]) => v.index))].sort((a, b) => a - b);
    const importance =
      evidence.reduce((s, i) => s + (doc.sentences[i]?.importance ?? 0), 0) / evidence.length;
    return [
      {
        kind: 'match',
        type: 'match',
        prompt: pack.texts.matchRoles,
        answer: chosen.map(([name, v]) => [name, v.role] as [string, string]),
        evidence,
        fact: 'roles',
        score: importance,
        support: chosen.flatMap(([name, v]) => [name, v.said])
      } satisfies Candidate
    ];
  }
};
