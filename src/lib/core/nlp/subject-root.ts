import type { Word } from './types';

/**
 * A subject with a long relative clause or apposition before its verb (`Carol Ashdown, who runs
 * a bakery on Norley Road and chairs the local traders' association, said businesses had
 * endured …`) that the parser made the root of the sentence, with the verb a clause beside it
 * (`parataxis`): the sentence had no subject, and who said it was lost (blind rating 111's
 * batch). The verb becomes the root and the noun its subject, where the verb follows the
 * noun's relative clause or apposition after a comma, has no subject of its own, and every word
 * between them belongs to the noun.
 */
export function repairSubjectReadAsRoot(words: Word[]): void {
  const root = words.find((w) => w.head === 0);
  if (!root || !/^(NOUN|PROPN)$/u.test(root.upos)) return;
  // Every word before the verb but its comma hangs (through its heads) on the noun.
  const under = (w: Word, verb: Word): boolean => {
    let at: Word | undefined = w;
    for (let steps = 0; at && steps < words.length; steps++) {
      if (at.id === root.id) return true;
      if (at.id === verb.id) return false;
      at = words[at.head - 1];
    }
    return false;
  };
  // (The verb is the first such clause that qualifies, not the first after a comma: `The
  // board's decision, taken by seven votes to two …, follows eleven recorded near-misses …`
  // tried `taken`, the noun's own clause, and gave up, rating 118's batch.)
  const verb = words.find(
    (w) =>
      w.head === root.id &&
      w.id > root.id &&
      w.upos === 'VERB' &&
      /^(parataxis|conj|acl)$/u.test(w.deprel) &&
      words[w.id - 2]?.form === ',' &&
      !words.some((k) => k.head === w.id && /^(nsubj|csubj|expl)/u.test(k.deprel)) &&
      words.some(
        (k) => k.head === root.id && k.id < w.id && /^(acl:relcl|acl|appos)$/u.test(k.deprel)
      ) &&
      words.slice(0, w.id - 2).every((k) => under(k, w))
  );
  if (!verb) return;
  verb.head = 0;
  verb.deprel = 'root';
  root.head = verb.id;
  root.deprel = 'nsubj';
  // The comma before the verb closes the noun's clause; what else hung on the noun after the
  // verb is the verb's.
  for (const w of words) if (w.head === root.id && w.id > verb.id) w.head = verb.id;
}

/**
 * German: a verb that shares the subject of the verb before it (`Der Familienbetrieb … stößt im
 * Jahr rund 18.000 Hektoliter aus, beliefert 140 Gaststätten im Umkreis und betreibt ein eigenes
 * Bräustüberl.`), read as a clause the first verb says (`ccomp`): a question on the first verb
 * carried the other two along (`Wie viele Hektoliter stößt der Familienbetrieb … aus, beliefert
 * 140 Gaststätten im Umkreis und betreibt …?`, rating 115's batch). A finite verb after a comma
 * with no subject and no conjunction of its own, on a verb that has one, is a conjunct: a
 * clause a verb says has its own subject (`Sie sagt, sie komme morgen`).
 */
export function repairConjunctReadAsComplement(words: Word[]): void {
  for (const verb of words) {
    if (verb.deprel !== 'ccomp' || verb.upos !== 'VERB' || verb.feats.VerbForm !== 'Fin') continue;
    if (words[verb.id - 2]?.form !== ',') continue;
    const head = words[verb.head - 1];
    if (!head || !/^(VERB|AUX)$/u.test(head.upos) || head.id > verb.id) continue;
    const kids = words.filter((w) => w.head === verb.id);
    if (kids.some((w) => /^(nsubj|csubj|expl|mark)/u.test(w.deprel))) continue;
    // (The verb's own word order: second in its clause, nothing but the comma before it.)
    if (kids.some((w) => w.id < verb.id && w.upos !== 'PUNCT')) continue;
    if (!words.some((w) => w.head === head.id && /^nsubj/u.test(w.deprel))) continue;
    verb.deprel = 'conj';
  }
}
