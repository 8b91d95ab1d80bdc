/**
 * Matching: each person to the role the text gives them (`Industrieministerin – Melanie Joly`),
 * from appositions and titles in the parse.
 */
import type { Word } from '../../../nlp/types';
import { isDemonymNoun, subtree, textOf, word } from '../../document';
import type { Candidate, QuestionKind } from '../types';

const words = (t: string) => t.split(/\s+/u).filter(Boolean).length;
const lastWord = (t: string) => t.split(/\s+/u).pop() ?? t;

export const matchKind: QuestionKind = {
  name: 'match',
  propose({ doc, pack }) {
    const pairs = new Map<string, { role: string; index: number }>();
    for (const e of doc.entities.values()) {
      if (e.type !== 'PER' || pairs.has(e.name)) continue;
      for (const m of e.mentions) {
        const info = doc.sentences[m.sentence];
        if (!info) continue;
        // The mention's first word attached to a role noun (apposition or flat name).
        const first = info.s.words[m.span.start - 1] as Word | undefined;
        if (!first) continue;
        const parent = word(info.s, first.head);
        // A title right before the name (`Premierminister Mark Carney`) or a noun the name is in
        // apposition to (`der kanadische Industrieminister Melanie Joly`).
        if (!parent || parent.upos !== 'NOUN' || !/^(appos|flat|flat:name)$/u.test(first.deprel))
          continue;
        if (parent.id > first.id || first.id - parent.id > 1) continue;
        const hasAdjective = (info.children[parent.id] ?? []).some(
          (c) => word(info.s, c)?.deprel === 'amod'
        );
        const ids = subtree(
          info,
          parent.id,
          (x) =>
            x.id >= m.span.start ||
            /^(case|punct|acl|acl:relcl|nmod|appos)$/u.test(x.deprel) ||
            (x.deprel === 'det' && !hasAdjective)
        );
        // A name in the genitive belongs to the noun (`Werke Egon Schieles`, `Schenkung
        // Elisabeth Lederers`): that noun is not the person's role.
        const nameEnd = info.s.words[m.span.end - 2] as Word | undefined;
        if (!nameEnd || nameEnd.feats.Case === 'Gen' || parent.feats.Number === 'Plur') continue;
        // A role is a noun with its articles and adjectives, nothing else (`Der verdutzt …`
        // is a misparse).
        const roleWords = ids.map((id) => word(info.s, id) as Word);
        if (roleWords.some((w) => !/^(DET|ADJ|NOUN|PROPN|NUM)$/u.test(w.upos))) continue;
        // German articles and adjectives agree with their noun, and an adjective before it is
        // inflected: `Das verdutzt Privatbeteiligtenvertreterin` is a verb phrase misread.
        if (
          doc.language === 'de' &&
          roleWords.some(
            (w) =>
              w !== parent &&
              (w.upos === 'DET' || w.upos === 'ADJ') &&
              ((w.upos === 'ADJ' && !w.feats.Case) ||
                (!!w.feats.Gender &&
                  !!parent.feats.Gender &&
                  parent.feats.Number !== 'Plur' &&
                  w.feats.Gender !== parent.feats.Gender))
          )
        )
          continue;
        // `Seine Stellvertreterin` does not say whose.
        if (roleWords.some((w) => w.feats.Poss === 'Yes')) continue;
        // A nationality (`der Spanier Pablo Andujar`) is no role in the story: matching
        // players to their countries is a lookup.
        if (isDemonymNoun(doc, parent.lemma)) continue;
        if (roleWords[0]?.upos === 'DET' && roleWords.length === 1) continue;
        // Out of the nominative (`des medizinischen Sachverständigen`) only the noun itself
        // reads as a role.
        const inflected =
          doc.language === 'de' && roleWords.length > 1 && parent.feats.Case !== 'Nom';
        const role = inflected ? parent.lemma : textOf(doc, info.s, ids);
        if (!role || words(role) > 5 || pack.isCommonWord(parent.lemma)) continue;
        pairs.set(e.name, {
          role: role.charAt(0).toUpperCase() + role.slice(1),
          index: m.sentence
        });
        break;
      }
    }
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
        support: chosen.flatMap(([name, v]) => [name, v.role])
      } satisfies Candidate
    ];
  }
};
