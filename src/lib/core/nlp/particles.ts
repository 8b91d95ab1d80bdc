/**
 * German separable verbs whose particle the parse lost. A particle that closes its clause right
 * before a comma or colon (`teilte … den Rückzug mit: …`, `nimmt sich des Wellenspiels … an,
 * sondern …`) reads to the parser like a preposition of the next clause. Questions built on such
 * a parse dropped it (`Wer teilte den Rückzug des 72-Jährigen?`). The repair attaches it to the
 * clause's finite verb when the dictionary knows the particle verb (`mitteilen`, `annehmen`):
 * the same evidence a reader uses.
 */
import type { Lexicon, Word } from './types';

/** Particles of German separable verbs (the ones also read as prepositions or adverbs; `voraus`
 * came in when `setzt … einen Geschehensablauf voraus, der …` was asked `Was setzt ein
 * Anscheinsbeweis?`, blind rating 103). */
const PARTICLE =
  /^(ab|an|auf|aus|bei|dar|durch|ein|fest|fort|her|hin|los|mit|nach|vor|weg|zu|zurück|zusammen|über|um|unter|wieder|heraus|hinaus|herein|hinein|voran|vorbei|weiter|nieder|bereit|statt|teil|voraus|vorweg|entgegen|heran|herauf|herab|herunter|hinauf|hinunter|hinab|hinweg|herum|zurecht|hervor|empor|hoch|gegenüber|bevor|hinterher)$/u;

/** What ends the clause a particle closes. */
const CLAUSE_END = /^[,:;.!?)–—"“”]$/u;

export function attachStrandedParticles(words: Word[], lexicon: Lexicon | undefined): void {
  if (!lexicon) return;
  for (const particle of words) {
    // (`her` and `hin` may come tagged as pronouns: `stellte … chirurgische Instrumente her`
    // was asked `Was stellte der Vater …? chirurgische Instrumente her`, blind rating 73.)
    const pronounLike = particle.upos === 'PRON' && /^(her|hin)$/u.test(particle.form);
    if (particle.upos !== 'ADP' && particle.upos !== 'ADV' && !pronounLike) continue;
    if (!PARTICLE.test(particle.form)) continue;
    // (A particle already on a verb is fine; one the parse hung on a noun is not.)
    if (particle.deprel === 'compound:prt' && words[particle.head - 1]?.upos === 'VERB') continue;
    // (… or a comparison after it: `fällt deutlich kleiner aus als bei …`.)
    const next = words[particle.id];
    if (next && !CLAUSE_END.test(next.form) && !/^(als|wie)$/u.test(next.form)) continue;
    // A preposition with words of its own (`mit ihm`) is none; a comparison the parse hung on
    // it (`aus als bei …`) is not its own.
    const comparison = (w: Word) => /^(als|wie)$/u.test(w.form) && w.id === particle.id + 1;
    if (words.some((w) => w.head === particle.id && w.upos !== 'PUNCT' && !comparison(w))) continue;
    // The finite verb of the same clause: the nearest one before the particle, with no comma,
    // colon or conjunction of a new clause between them.
    let verb: Word | undefined;
    for (let id = particle.id - 1; id >= 1; id--) {
      const w = words[id - 1] as Word;
      if (w.upos === 'PUNCT' && /^[,:;–—]$/u.test(w.form)) break;
      if (w.upos === 'SCONJ' || w.feats.PronType?.includes('Rel')) break;
      if (w.upos === 'VERB' && w.feats.VerbForm === 'Fin') {
        verb = w;
        break;
      }
    }
    if (!verb) continue;
    // Verb-second: a verb-final clause writes the particle on the verb (`mitteilte`).
    if (words.some((w) => w.head === verb.id && w.deprel === 'compound:prt')) continue;
    const particleVerb = `${particle.form}${verb.lemma}`;
    if (!lexicon.analysesOf(particleVerb).some((a) => a.upos === 'VERB' && !a.compound)) continue;
    for (const w of words) if (w.head === particle.id && comparison(w)) w.head = verb.id;
    particle.head = verb.id;
    particle.deprel = 'compound:prt';
    particle.upos = 'ADP';
  }
}

/** The closing half of a German circumposition, by its opening preposition (`von … aus`). */
const CIRCUMPOSITION: Record<string, RegExp> = {
  von: /^(aus|an|ab|her)$/u,
  vom: /^(aus|an|ab|her)$/u,
  um: /^herum$/u,
  bis: /^hin$/u,
  über: /^hinaus$/u
};

/**
 * The reverse of a lost particle: the closing half of a circumposition (`vom Ufer und von der
 * Brücke aus`) that the parse made the verb's particle. Asked, the question carried it along as
 * if the verb were `ausverfolgen` (`Was verfolgten 1.500 Zuschauer … aus?`, rating 87). When the
 * dictionary knows no such particle verb and a matching preposition opens a phrase before it in
 * the same clause, it becomes that phrase's second case marker.
 */
export function repairCircumposition(words: Word[], lexicon: Lexicon | undefined): void {
  if (!lexicon) return;
  for (const particle of words) {
    if (particle.deprel !== 'compound:prt') continue;
    const verb = words[particle.head - 1];
    if (!verb || verb.upos !== 'VERB') continue;
    const particleVerb = `${particle.form}${verb.lemma}`;
    if (lexicon.analysesOf(particleVerb).some((a) => a.upos === 'VERB')) continue;
    // The nearest opening preposition before it, in the same clause.
    let opening: Word | undefined;
    for (let id = particle.id - 1; id >= 1; id--) {
      const w = words[id - 1] as Word;
      if (w === verb || (w.upos === 'PUNCT' && /^[,:;–—]$/u.test(w.form))) break;
      if (w.upos !== 'ADP' || w.deprel !== 'case') continue;
      const closes = CIRCUMPOSITION[w.form.toLowerCase()];
      if (closes?.test(particle.form)) opening = w;
      break;
    }
    const noun = opening && words[opening.head - 1];
    if (!noun) continue;
    particle.head = noun.id;
    particle.deprel = 'case';
  }
}
