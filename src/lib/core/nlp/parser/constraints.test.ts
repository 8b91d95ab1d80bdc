import { describe, expect, it } from 'vitest';
import type { Attachment, Upos } from '../types';
import { clauseViolations } from './constraints';
import type { ParserInput } from './features';

/** `form/UPOS/head/deprel[/feature=value,…]` tokens → the words and a parse of them. */
function parsed(spec: string): { words: ParserInput[]; out: Attachment[] } {
  const words: ParserInput[] = [];
  const out: Attachment[] = [];
  for (const token of spec.split(' ')) {
    const [form, upos, head, deprel, feats] = token.split('/') as [
      string,
      Upos,
      string,
      string,
      string?
    ];
    words.push({
      form,
      upos,
      lemma: form.toLowerCase(),
      feats: Object.fromEntries(
        (feats ?? '')
          .split(',')
          .filter(Boolean)
          .map((f) => f.split('='))
      )
    });
    out.push({ head: Number(head), deprel });
  }
  return { words, out };
}

describe('clauseViolations', () => {
  it('finds nothing wrong with a well-formed German clause', () => {
    const { words, out } = parsed(
      'Den/DET/2/det Vorschlag/NOUN/3/obj kritisierte/VERB/0/root/VerbForm=Fin die/DET/5/det Opposition/NOUN/3/nsubj ./PUNCT/3/punct'
    );
    expect(clauseViolations(words, out)).toBe(0);
  });

  it('counts a noun at the root beside a finite verb, and that verb read as a flat name part', () => {
    const { words, out } = parsed(
      'Mit/ADP/3/case der/DET/3/det Atomisierung/NOUN/0/root wird/AUX/3/flat/VerbForm=Fin die/DET/6/det Mehrheit/NOUN/7/nsubj schmäler/ADJ/4/advmod ./PUNCT/3/punct'
    );
    expect(clauseViolations(words, out)).toBe(2);
  });

  it('leaves a sentence without a finite verb its noun root (a headline)', () => {
    const { words, out } = parsed(
      'Neue/ADJ/2/amod Studie/NOUN/0/root zu/ADP/4/case Flüchtlingen/NOUN/2/nmod'
    );
    expect(clauseViolations(words, out)).toBe(0);
  });

  it('counts a subject its determiner or pronoun rules out (`den Vorschlag`, `ihm`), never `dieses`', () => {
    const ruledOut = parsed(
      'Den/DET/2/det Vorschlag/NOUN/3/nsubj kritisierte/VERB/0/root/VerbForm=Fin ihm/PRON/3/nsubj ./PUNCT/3/punct'
    );
    expect(clauseViolations(ruledOut.words, ruledOut.out)).toBe(2);
    const neuter = parsed(
      'Dieses/DET/2/det Projekt/NOUN/3/nsubj gefällt/VERB/0/root/VerbForm=Fin ihm/PRON/3/iobj ./PUNCT/3/punct'
    );
    expect(clauseViolations(neuter.words, neuter.out)).toBe(0);
  });
});
