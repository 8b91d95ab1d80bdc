/**
 * German perfect and passive clauses whose auxiliary the parse read as a verb of its own. In a
 * long main clause the finite `hat`/`wurde` stands second and its participle last, many words
 * later (`Wegen seiner Provokation … hat der südamerikanische Fußballverband (CONMEBOL)
 * Brasiliens Top-Stürmer Neymar für vier Spiele gesperrt.`); the parser, which decides word by
 * word, often tags the auxiliary as a full verb and hangs it beside the participle (`parataxis`)
 * or makes the participle its conjunct. Such a clause has two heads and no question is asked
 * from it: 18 of 527 such pairs in the German news and fixtures, lead sentences among them.
 *
 * The repair makes the participle the clause's head and the finite form of `haben` or `werden`
 * its auxiliary, where the words settle it: the participle is the first one after the finite
 * verb, nothing between them opens another clause (a conjunction, a relative pronoun, another
 * finite verb or infinitive, a colon), and no finite verb follows the participle (`…, dem fünf
 * Mandatare gefolgt sind` belongs to a relative clause, and `hat` there means `has`). Runs
 * after the parse, German only.
 */
import type { Word } from './types';

/** Relations between a finite verb and its participle that only a misread auxiliary explains
 * (an `aux` tagged as a full verb has mostly taken the clause's subject and objects for its own,
 * and `repairVerbReadAsAuxiliary` would then make it a clause of its own). */
const MISREAD = /^(parataxis|conj|dep|obl|obj|xcomp|ccomp|advcl|aux|aux:pass)$/u;

/** The participle that closes the clause a finite verb opens, if nothing else comes between. */
function closingParticiple(words: readonly Word[], finite: Word): Word | undefined {
  for (let i = finite.id; i < words.length; i++) {
    const w = words[i] as Word;
    if (
      w.feats.VerbForm === 'Fin' ||
      w.feats.VerbForm === 'Inf' ||
      w.upos === 'SCONJ' ||
      w.feats.PronType === 'Rel' ||
      /^[;:]$/u.test(w.form)
    )
      return undefined;
    if (w.feats.VerbForm === 'Part' && w.upos === 'VERB') {
      const next = words[w.id];
      return next && next.feats.VerbForm === 'Fin' ? undefined : w;
    }
  }
  return undefined;
}

/** Whether a subject is nominative by its own words: `der` before a masculine noun, `er`, `wir`. */
function surelyNominative(words: readonly Word[], subject: Word): boolean {
  if (subject.upos === 'PRON') return /^(ich|du|er|wir)$/iu.test(subject.form);
  return words.some(
    (d) =>
      d.head === subject.id &&
      /^det/u.test(d.deprel) &&
      /^(der|dieser|jener|ein|kein)$/iu.test(d.form) &&
      subject.feats.Gender === 'Masc' &&
      subject.feats.Number !== 'Plur'
  );
}

export function repairAuxiliaryReadAsVerb(words: Word[]): void {
  for (const finite of words) {
    if (finite.upos !== 'VERB' || finite.feats.VerbForm !== 'Fin') continue;
    if (!/^(haben|werden)$/u.test(finite.lemma)) continue;
    const participle = closingParticiple(words, finite);
    if (!participle) continue;
    const beside = finite.head === participle.id && MISREAD.test(finite.deprel);
    const under = participle.head === finite.id && MISREAD.test(participle.deprel);
    if (!beside && !under) continue;
    const passive = finite.lemma === 'werden';
    if (under) {
      participle.head = finite.head;
      participle.deprel = finite.deprel;
    }
    finite.head = participle.id;
    finite.deprel = passive ? 'aux:pass' : 'aux';
    finite.upos = 'AUX';
    for (const w of words) {
      if (w.head !== finite.id) continue;
      w.head = participle.id;
      if (passive && w.deprel === 'nsubj') w.deprel = 'nsubj:pass';
    }
    // Two subjects left on one active verb (`der … Fußballverband` and `Brasiliens Top-Stürmer
    // Neymar`): where one is surely nominative, the other is the object.
    if (passive) continue;
    const subjects = words.filter((w) => w.head === participle.id && w.deprel === 'nsubj');
    if (subjects.length !== 2) continue;
    const [a, b] = subjects as [Word, Word];
    const object = surelyNominative(words, a) ? b : surelyNominative(words, b) ? a : undefined;
    if (object && object.upos !== 'PRON') {
      object.deprel = 'obj';
      if (object.feats.Case === 'Nom') object.feats = { ...object.feats, Case: 'Acc' };
    }
  }
}

/**
 * `haben` as the clause's own verb (`Für Rehbein hat der Schutzstatus weitreichende Folgen.`):
 * tagged as an auxiliary, but with no verb of the clause to help, it is the verb. Read as an
 * auxiliary, the statement built from it put it last (`Der Schutzstatus weitreichende Folgen hat
 * für Rehbein.`, the fixtures of batch p).
 */
export function repairVerbReadAsHelper(words: Word[]): void {
  for (const have of words) {
    if (have.upos !== 'AUX' || have.lemma !== 'haben' || have.feats.VerbForm !== 'Fin') continue;
    if (/^(aux|aux:pass|cop)$/u.test(have.deprel)) continue;
    const helps = words.some(
      (w) =>
        (w.head === have.id || have.head === w.id) &&
        w.upos === 'VERB' &&
        /^(Part|Inf)$/u.test(w.feats.VerbForm ?? '')
    );
    if (!helps) have.upos = 'VERB';
  }
}
