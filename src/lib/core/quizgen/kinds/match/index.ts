/**
 * Matching: each person to the role the text gives them (`Industrieministerin – Melanie Joly`),
 * from appositions and titles in the parse.
 */
import { personRoles } from '../shared';
import type { Candidate, QuestionKind } from '../types';

const lastWord = (t: string) => t.split(/\s+/u).pop() ?? t;

/**
 * A German role without its article, as the other roles of a matching task are written (`Der
 * Weilersbacher Kinderarzt` beside `Schulleiter`: both raters of rating 115 asked for one form).
 * An adjective before the noun takes the ending it has without an article: after `der`, `die`,
 * `das` in the nominative singular it ends in `-e`, without one in `-er`, `-e`, `-es` (`der
 * kanadische Industrieminister` → `kanadischer Industrieminister`); a place's adjective in `-er`
 * keeps its form (`Weilersbacher`). Undefined where a word before the noun is no such adjective.
 */
export function roleWithoutArticle(role: string): string | undefined {
  const words = role.split(/\s+/u);
  const [article, ...rest] = words;
  if (!article || !/^(der|die|das)$/iu.test(article)) return role;
  // (The noun: the first capitalised word no capitalised word follows, `Gamlitzer Winzer`.)
  const nounAt = rest.findIndex(
    (w, i) => /^\p{Lu}/u.test(w) && !/^\p{Lu}/u.test(rest[i + 1] ?? '')
  );
  if (nounAt < 0) return undefined;
  const ending = { der: 'r', die: '', das: 's' }[article.toLowerCase()] ?? '';
  const before: string[] = [];
  for (const w of rest.slice(0, nounAt)) {
    if (/^\p{Lu}\p{Ll}+er$/u.test(w)) before.push(w);
    else if (/^\p{Ll}+e$/u.test(w)) before.push(w + ending);
    else return undefined;
  }
  return [...before, ...rest.slice(nounAt)].join(' ');
}

export const matchKind: QuestionKind = {
  name: 'match',
  propose({ doc, pack }) {
    const pairs = new Map(
      [...personRoles(doc, pack)].flatMap(([name, v]) => {
        const role = doc.language === 'de' ? roleWithoutArticle(v.role) : v.role;
        return role ? [[name, { ...v, role }] as const] : [];
      })
    );
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
        support: chosen.flatMap(([name, v]) => [name, v.said]),
        // (Only to bring a quiz up to its minimum: raters of blind ratings 123–128 struck 12 of
        // 14 such tasks, the title printed beside every name.)
        lastResort: true
      } satisfies Candidate
    ];
  }
};
