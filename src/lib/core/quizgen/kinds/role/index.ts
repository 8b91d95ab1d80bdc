/**
 * Who is who: "Wer ist Yiannis Mouzalas laut Text?" with the role the text gives that person
 * (`Migrationsminister`) among the roles it gives others (`Bürgerschutzminister`, …). A news
 * article names its actors once with their office or function; a reader who cannot tell them
 * apart has not understood who does what.
 */
import { arrange, personRoles } from '../shared';
import type { Candidate, QuestionKind } from '../types';

const lastWord = (t: string) => t.split(/\s+/u).pop() ?? t;

export const roleKind: QuestionKind = {
  name: 'role',
  propose({ doc, pack }) {
    const pairs = [...personRoles(doc, pack).entries()];
    // Two roles that mean the same (`Trainer`, `Coach`) would both be right; two names that
    // share a word may be one person.
    const sameRole = (a: string, b: string) =>
      a.toLowerCase() === b.toLowerCase() ||
      lastWord(a).toLowerCase() === lastWord(b).toLowerCase() ||
      !!doc.thesaurus?.related(lastWord(a), lastWord(b));
    const sameName = (a: string, b: string) =>
      a.split(/\s+/u).some((w) => b.split(/\s+/u).includes(w));
    // German roles name a man or a woman (`Ministerin`): alternatives of the other gender
    // would give the answer away.
    // The role's own noun is its first capitalised word (`Fraktionschef der Freien Wähler`, not
    // `Wähler`: offered for a woman in blind rating 96); a woman's form the dictionary lacks is
    // told by the man's form it has (`Namensgeberin`: `Namensgeber`).
    const genderOf = (role: string) => {
      const noun = role.split(/\s+/u).find((w) => /^\p{Lu}/u.test(w)) ?? lastWord(role);
      const gender = doc.lexicon?.nounInfo(noun)?.gender;
      if (gender) return gender;
      // (A compound the dictionary lacks, `Stadträtin`, by its ending.)
      if (/(in|frau)$/u.test(noun)) return 'Fem';
      return /(mann|er|ent|eur|ant|ist|at|or|chef)$/u.test(noun) ? 'Masc' : undefined;
    };
    const out: Candidate[] = [];
    for (const [name, { role, index, said }] of pairs) {
      const info = doc.sentences[index];
      if (!info?.usable) continue;
      const gender = genderOf(role);
      const others = pairs
        .filter(([other, v]) => !sameName(other, name) && !sameRole(v.role, role))
        .map(([, v]) => v.role)
        // (For a woman only roles that surely name a woman.)
        .filter((r) =>
          gender === 'Fem'
            ? genderOf(r) === 'Fem'
            : !gender || !genderOf(r) || genderOf(r) === gender
        )
        .filter((r, i, all) => all.findIndex((x) => sameRole(x, r)) === i);
      if (others.length < 3) continue;
      const seed = `role|${name}`;
      const chosen = others
        .map((r) => ({ r, key: `${seed}|${r}` }))
        .sort((a, b) => (a.key < b.key ? -1 : 1))
        .slice(0, 3)
        .map((x) => x.r);
      out.push({
        kind: 'role',
        type: 'multiple-choice',
        prompt: pack.texts.whoIs(name),
        answer: role,
        choices: arrange(role, chosen, seed),
        evidence: [index],
        fact: `role:${name}`,
        score: info.importance * 0.8,
        support: [name, said],
        // (Like the matching of titles, only to bring a quiz up to its minimum: the title stands
        // beside the name, a lookup to the raters of blind ratings 123–128.)
        lastResort: true
      });
    }
    return out;
  }
};
