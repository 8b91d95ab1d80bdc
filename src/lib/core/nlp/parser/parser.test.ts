import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { packSections } from '../perceptron';
import { UPOS_TAGS, type Language, type Upos } from '../types';
import type { ParserInput } from './features';
import {
  adverbialByConjunction,
  clauseAfterAs,
  mainVerbReadAsRelative,
  nameAfterFiniteVerb,
  verbAfterFrontedPhrase,
  relativeBetweenCommas,
  clauseOnVerb,
  decodeParser,
  subjectByCase
} from './parser';

const load = (lang: Language) =>
  decodeParser(new Uint8Array(readFileSync(`static/models/${lang}/parser.bin`)));
const de = load('de');
const en = load('en');

/** `form/UPOS/lemma[/Case]` tokens → parser input. */
function words(spec: string): ParserInput[] {
  return spec.split(' ').map((token) => {
    const [form, upos, lemma, kase] = token.split('/') as [string, Upos, string?, string?];
    const feats: Record<string, string> = kase ? { Case: kase } : {};
    return { form, upos, lemma: lemma ?? form, feats };
  });
}

/** Whether heads form one tree: every word reaches ROOT without a cycle, one word on ROOT. */
function isTree(heads: readonly number[]): boolean {
  const n = heads.length;
  if (heads.filter((h) => h === 0).length !== 1) return false;
  for (let i = 1; i <= n; i++) {
    let x = i;
    for (let steps = 0; x !== 0; steps++) {
      if (steps > n) return false;
      const h = heads[x - 1] as number;
      if (h < 0 || h > n) return false;
      x = h;
    }
  }
  return true;
}

describe('committed parser models', () => {
  it('decode and attach a German subject and object by case, not by order', () => {
    // "Den Mann sieht der Hund." — the object stands first; a parser that reads order alone
    // makes "Mann" the subject.
    const parsed = de.parse(
      words(
        'Den/DET/der/Acc Mann/NOUN/Mann/Acc sieht/VERB/sehen der/DET/der/Nom Hund/NOUN/Hund/Nom ./PUNCT'
      )
    );
    expect(parsed.map((a) => a.head)).toEqual([2, 3, 0, 5, 3, 3]);
    expect(parsed[1]?.deprel).toBe('obj');
    expect(parsed[4]?.deprel).toBe('nsubj');
    expect(parsed[2]?.deprel).toBe('root');
  });

  it('parse an English passive: subject, auxiliary and oblique', () => {
    const parsed = en.parse(
      words(
        'The/DET/the report/NOUN/report was/AUX/be published/VERB/publish on/ADP/on Monday/PROPN/Monday ./PUNCT/.'
      )
    );
    expect(parsed.map((a) => a.head)).toEqual([2, 4, 4, 0, 6, 4, 4]);
    expect(parsed.map((a) => a.deprel)).toEqual([
      'det',
      'nsubj:pass',
      'aux:pass',
      'root',
      'case',
      'obl',
      'punct'
    ]);
  });

  it('give one tree with exactly one root for any tag sequence', () => {
    const tokens = fc.record({
      form: fc.constantFrom('der', 'Haus', 'und', 'läuft', ',', 'the', 'runs', '2024', 'X'),
      upos: fc.constantFrom(...UPOS_TAGS),
      feats: fc.constantFrom({}, { Case: 'Nom' }, { Case: 'Dat' }, { VerbForm: 'Fin' }),
      lemma: fc.constantFrom('der', 'haus', 'und', 'laufen', 'x')
    });
    fc.assert(
      fc.property(fc.array(tokens, { minLength: 1, maxLength: 40 }), (sentence) => {
        for (const parser of [de, en]) {
          const parsed = parser.parse(sentence as ParserInput[]);
          expect(parsed).toHaveLength(sentence.length);
          expect(isTree(parsed.map((a) => a.head))).toBe(true);
          expect(parsed.filter((a) => a.deprel === 'root')).toHaveLength(1);
          expect(parsed.find((a) => a.head === 0)?.deprel).toBe('root');
        }
      }),
      { numRuns: 100 }
    );
  });

  it('return nothing for an empty sentence', () => {
    expect(de.parse([])).toEqual([]);
  });
});

describe('decodeParser', () => {
  it('refuses bytes that are not a parser model, with a message', () => {
    expect(() => decodeParser(new Uint8Array([1, 2, 3, 4, 5]))).toThrow(/not a Lesequiz model/);
    const bytes = new Uint8Array(readFileSync('static/models/de/parser.bin'));
    expect(() => decodeParser(bytes.slice(0, bytes.length - 10))).toThrow(/truncated/);
    const foreign = packSections({
      meta: new TextEncoder().encode(JSON.stringify({ format: 'tagger' }))
    });
    expect(() => decodeParser(foreign)).toThrow(/not a Lesequiz parser model/);
  });
});

describe('regression: two subjects in one clause (the parser weighs word order over case)', () => {
  const att = (spec: string) =>
    spec.split(' ').map((x) => {
      const [head, deprel] = x.split(':') as [string, string];
      return { head: Number(head), deprel };
    });

  it('makes the accusative of two subjects the object and the dative the indirect object', () => {
    const w = words(
      'Den/DET/der/Acc Vorschlag/NOUN/Vorschlag/Acc kritisierte/VERB/kritisieren die/DET/die/Nom Opposition/NOUN/Opposition/Nom'
    );
    const out = subjectByCase(w, att('2:det 3:nsubj 0:root 5:det 3:nsubj'));
    expect(out.map((a) => a.deprel)).toEqual(['det', 'obj', 'root', 'det', 'nsubj']);
    const dative = words(
      'Dem/DET/der/Dat Minister/NOUN/Minister/Dat widersprach/VERB/widersprechen der/DET/der/Nom Rat/NOUN/Rat/Nom'
    );
    expect(subjectByCase(dative, att('2:det 3:nsubj 0:root 5:det 3:nsubj'))[1]?.deprel).toBe(
      'iobj'
    );
  });

  it('reads a second nominative after the verb with das/die as the object', () => {
    const w = words(
      'Der/DET/der/Nom Rat/NOUN/Rat/Nom beschloss/VERB/beschließen das/DET/der/Nom Projekt/NOUN/Projekt/Nom'
    );
    const out = subjectByCase(w, att('2:det 3:nsubj 0:root 5:det 3:nsubj'));
    expect(out.map((a) => a.deprel)).toEqual(['det', 'nsubj', 'root', 'det', 'obj']);
  });

  it('reads a noun with die/das before the verb as the object next to `er` (`Die Vereinbarung hat er unterschrieben`)', () => {
    const w = words(
      'Die/DET/der/Nom Vereinbarung/NOUN/Vereinbarung/Nom hat/AUX/haben er/PRON/er/Nom unterschrieben/VERB/unterschreiben'
    );
    const out = subjectByCase(w, att('2:det 5:nsubj 5:aux 5:nsubj 0:root'));
    expect(out.map((a) => a.deprel)).toEqual(['det', 'obj', 'aux', 'nsubj', 'root']);
  });

  it('reads a noun without article next to `der` + masculine noun as the object (`hat der Verband Neymar gesperrt`)', () => {
    const w = words(
      'hat/AUX/haben der/DET/der/Nom Verband/NOUN/Verband/Nom Neymar/PROPN/Neymar/Nom gesperrt/VERB/sperren'
    ).map((x, i) =>
      i === 2 ? { ...x, feats: { ...x.feats, Gender: 'Masc', Number: 'Sing' } } : x
    );
    const out = subjectByCase(w, att('5:aux 3:det 5:nsubj 5:nsubj 0:root'));
    expect(out.map((a) => a.deprel)).toEqual(['aux', 'det', 'nsubj', 'obj', 'root']);
  });

  it('leaves words without case as parsed (English nouns)', () => {
    const w = words('dogs/NOUN/dog cats/NOUN/cat chase/VERB/chase');
    const out = subjectByCase(w, att('3:nsubj 3:nsubj 0:root'));
    expect(out.map((a) => a.deprel)).toEqual(['nsubj', 'nsubj', 'root']);
  });

  it('hangs an adverbial clause on the verb, not on a noun (`beschloss das Projekt, weil …`)', () => {
    const w = words(
      'Er/PRON/er/Nom beschloss/VERB/beschließen Projekt/NOUN/Projekt/Acc weil/SCONJ/weil es/PRON/es/Nom regnet/VERB/regnen'
    );
    const out = clauseOnVerb(w, att('2:nsubj 0:root 2:obj 6:mark 6:nsubj 3:advcl'));
    expect(out[5]).toEqual({ head: 2, deprel: 'advcl' });
  });

  it('reads `as` before a noun and a finite verb as a clause, not a phrase (statement `Ed Balls was speaking as Sir Digby Jones`)', () => {
    // He was speaking as Jones warned Brown: `as Jones` taken as a phrase, `warned` as a second
    // verb of `He` without `and`.
    const w = words(
      'He/PRON was/AUX speaking/VERB/speak as/ADP Jones/PROPN warned/VERB/warn Brown/PROPN'
    );
    const finite = w[5] as ParserInput;
    finite.feats = { VerbForm: 'Fin', Tense: 'Past' };
    const out = clauseAfterAs(w, att('3:nsubj 3:aux 0:root 5:case 3:obl 3:conj 6:obj'));
    expect(out[3]).toEqual({ head: 6, deprel: 'mark' });
    expect(out[4]).toEqual({ head: 6, deprel: 'nsubj' });
    expect(out[5]).toEqual({ head: 3, deprel: 'advcl' });
    expect(isTree(out.map((a) => a.head))).toBe(true);
    // A second verb with its own `and` is one: `speaking as chairman and warned Brown`.
    const joined = words(
      'He/PRON speaking/VERB as/ADP chairman/NOUN and/CCONJ warned/VERB Brown/PROPN'
    );
    (joined[5] as ParserInput).feats = { VerbForm: 'Fin', Tense: 'Past' };
    const kept = clauseAfterAs(joined, att('2:nsubj 0:root 4:case 2:obl 6:cc 2:conj 6:obj'));
    expect(kept[3]).toEqual({ head: 2, deprel: 'obl' });
    expect(kept[5]).toEqual({ head: 2, deprel: 'conj' });
  });

  it('makes a `weil`/`da`/`because` clause the parser read as a complement an adverbial clause (`…, weil es der AKP nicht gelungen war`)', () => {
    const w = words(
      'Es/PRON/es/Nom kommt/VERB/kommen weil/SCONJ/weil es/PRON/es/Nom misslang/VERB/misslingen'
    );
    const out = adverbialByConjunction(w, att('2:expl 0:root 5:mark 5:expl 2:ccomp'));
    expect(out[4]).toEqual({ head: 2, deprel: 'advcl' });
    // What a verb says stays its complement (`sagt, dass …`).
    const said = adverbialByConjunction(
      words('Er/PRON/er/Nom sagt/VERB/sagen dass/SCONJ/dass es/PRON/es/Nom regnet/VERB/regnen'),
      att('2:nsubj 0:root 5:mark 5:expl 2:ccomp')
    );
    expect(said[4]).toEqual({ head: 2, deprel: 'ccomp' });
  });
});

describe('relativeBetweenCommas', () => {
  const arcs = (spec: string) =>
    spec.split(' ').map((x) => {
      const [head, deprel] = x.split('=') as [string, string];
      return { head: Number(head), deprel };
    });
  const tensed = (w: ParserInput[], ...at: number[]) => {
    for (const i of at) (w[i] as ParserInput).feats = { VerbForm: 'Fin', Tense: 'Past' };
    return w;
  };

  it('hangs a `whose` clause set off by a comma on the noun before it (`… by Antoine Lavoisier, whose experiments … helped to discredit …` was read as a phrase of `coined`)', () => {
    const w = tensed(
      words(
        'coined/VERB in/ADP 1777/NUM by/ADP Lavoisier/PROPN ,/PUNCT whose/PRON experiments/NOUN helped/VERB to/PART discredit/VERB theories/NOUN ./PUNCT'
      ),
      8
    );
    // As parsed: `experiments` an oblique of `coined`, `helped` a clause on `experiments`.
    const out = relativeBetweenCommas(
      w,
      arcs(
        '0=root 3=case 1=obl 5=case 1=obl 8=punct 8=nmod:poss 1=obl 8=acl 11=mark 9=xcomp 11=obj 1=punct'
      )
    );
    expect(out[8]).toEqual({ head: 5, deprel: 'acl:relcl' });
    expect(out[7]).toEqual({ head: 9, deprel: 'nsubj' });
    expect(out[6]).toEqual({ head: 8, deprel: 'nmod:poss' });
    expect(out[0]).toEqual({ head: 0, deprel: 'root' });
    expect(isTree(out.map((a) => a.head))).toBe(true);
  });

  it('gives the root back to the main verb after the clause (`Cragg, who recently defeated Bekele in Boston, held off Geneti`: `Cragg` the root, `held` hung on `defeated`)', () => {
    const w = tensed(
      words(
        'Cragg/PROPN ,/PUNCT who/PRON recently/ADV defeated/VERB Bekele/PROPN in/ADP Boston/PROPN ,/PUNCT held/VERB off/ADP Geneti/PROPN ./PUNCT'
      ),
      4,
      9
    );
    const out = relativeBetweenCommas(
      w,
      arcs(
        '0=root 5=punct 5=nsubj 5=advmod 1=parataxis 5=obj 8=case 5=obl 10=punct 5=advcl 12=case 10=obl 1=punct'
      )
    );
    expect(out[9]).toEqual({ head: 0, deprel: 'root' });
    expect(out[0]).toEqual({ head: 10, deprel: 'nsubj' });
    expect(out[4]).toEqual({ head: 1, deprel: 'acl:relcl' });
    expect(out[2]).toEqual({ head: 5, deprel: 'nsubj' });
    expect(isTree(out.map((a) => a.head))).toBe(true);
  });

  it('leaves a clause with a second verb or clause inside, and German, alone', () => {
    const w = tensed(
      words(
        'tribunal/NOUN ,/PUNCT which/PRON he/PRON claims/VERB proves/VERB nothing/PRON ./PUNCT'
      ),
      4,
      5
    );
    const parsed = arcs('0=root 5=punct 6=nsubj 5=nsubj 1=acl:relcl 5=ccomp 6=obj 1=punct');
    expect(
      relativeBetweenCommas(
        w,
        parsed.map((a) => ({ ...a }))
      )
    ).toEqual(parsed);
  });
});

describe('mainVerbReadAsRelative', () => {
  /** Arcs from `head=deprel` specs (deprels may hold a colon). */
  const arcs = (spec: string) =>
    spec.split(' ').map((x) => {
      const [head, deprel] = x.split('=') as [string, string];
      return { head: Number(head), deprel };
    });
  const finite = (w: ParserInput[], i: number) => {
    (w[i] as ParserInput).feats = { VerbForm: 'Fin' };
    return w;
  };

  it('makes the verb the root where the parser made the first noun the root and the verb its relative clause (`New coach Tony Lester has helped …` had no main clause)', () => {
    const w = finite(
      words('New/ADJ coach/NOUN Tony/PROPN Lester/PROPN has/AUX helped/VERB/help McIlroy/PROPN'),
      4
    );
    const out = mainVerbReadAsRelative(
      w,
      arcs('2=amod 0=root 6=nsubj 3=flat 6=aux 2=acl:relcl 6=obj')
    );
    expect(out[5]).toEqual({ head: 0, deprel: 'root' });
    expect(out[1]).toEqual({ head: 3, deprel: 'compound' });
    expect(out[2]).toEqual({ head: 6, deprel: 'nsubj' });
    expect(isTree(out.map((a) => a.head))).toBe(true);
  });

  it('makes a list parted by a comma one subject (`Pam Ferris, Victoria Hamilton and Kelly Reilly are nominated …`)', () => {
    const w = finite(
      words(
        'Pam/PROPN Ferris/PROPN ,/PUNCT Victoria/PROPN Hamilton/PROPN and/CCONJ Kelly/PROPN are/AUX nominated/VERB'
      ),
      7
    );
    const out = mainVerbReadAsRelative(
      w,
      arcs('0=root 1=flat 9=punct 9=nsubj:pass 4=flat 7=cc 4=conj 9=aux:pass 1=acl:relcl')
    );
    expect(out[8]).toEqual({ head: 0, deprel: 'root' });
    expect(out[0]).toEqual({ head: 9, deprel: 'nsubj:pass' });
    expect(out[3]).toEqual({ head: 1, deprel: 'conj' });
    expect(isTree(out.map((a) => a.head))).toBe(true);
  });

  it('leaves a true relative clause: a relative word, a pronoun subject or a noun that is a predicate (`the best photographer we have worked with`)', () => {
    const relative = finite(words('the/DET man/NOUN who/PRON came/VERB'), 3);
    (relative[2] as ParserInput).feats = { PronType: 'Rel' };
    const kept = arcs('2=det 0=root 4=nsubj 2=acl:relcl');
    expect(
      mainVerbReadAsRelative(
        relative,
        kept.map((a) => ({ ...a }))
      )
    ).toEqual(kept);
    const fragment = finite(words('the/DET place/NOUN I/PRON recommend/VERB'), 3);
    const kept2 = arcs('2=det 0=root 4=nsubj 2=acl:relcl');
    expect(
      mainVerbReadAsRelative(
        fragment,
        kept2.map((a) => ({ ...a }))
      )
    ).toEqual(kept2);
    const predicate = finite(
      words('Natasha/PROPN is/AUX the/DET photographer/NOUN Karla/PROPN hired/VERB'),
      5
    );
    const kept3 = arcs('4=nsubj 4=cop 4=det 0=root 6=nsubj 4=acl:relcl');
    expect(
      mainVerbReadAsRelative(
        predicate,
        kept3.map((a) => ({ ...a }))
      )
    ).toEqual(kept3);
  });
});

describe('nameAfterFiniteVerb', () => {
  const arcs = (spec: string) =>
    spec.split(' ').map((x) => {
      const [head, deprel] = x.split('=') as [string, string];
      return { head: Number(head), deprel };
    });
  const feats = (w: ParserInput[], i: number, f: Record<string, string>) => {
    (w[i] as ParserInput).feats = { ...(w[i] as ParserInput).feats, ...f };
    return w;
  };

  it('makes a name after the finite verb its clause’s subject, and the fronted plural the object (`Details über Zäune … wollte Doskozil nicht nennen`, rating 54’s article)', () => {
    let w = words(
      'Details/NOUN über/ADP Zäune/NOUN wollte/AUX Doskozil/PROPN nicht/PART nennen/VERB'
    );
    w = feats(w, 0, { Number: 'Plur' });
    w = feats(w, 3, { VerbForm: 'Fin', Number: 'Sing' });
    const out = nameAfterFiniteVerb(
      w,
      arcs('7=nsubj 3=case 1=nmod 7=aux 4=flat:name 7=advmod 0=root')
    );
    expect(out[4]).toEqual({ head: 7, deprel: 'nsubj' });
    expect(out[0]).toEqual({ head: 7, deprel: 'obj' });
    expect(isTree(out.map((a) => a.head))).toBe(true);
  });

  it('leaves a name before a postposition and one next to a pronoun subject (`ist Katzian zufolge`, `Wir werden Hosts sein`)', () => {
    let w = words('Schritt/NOUN ist/AUX Katzian/PROPN zufolge/ADP Gesetz/NOUN');
    w = feats(w, 1, { VerbForm: 'Fin', Number: 'Sing' });
    const parsed = arcs('5=nsubj 5=cop 2=flat:name 3=case 0=root');
    expect(
      nameAfterFiniteVerb(
        w,
        parsed.map((a) => ({ ...a }))
      )
    ).toEqual(parsed);
    let v = words('Wir/PRON werden/AUX Hosts/PROPN sein/AUX');
    v = feats(v, 1, { VerbForm: 'Fin', Number: 'Plur' });
    const hosts = arcs('4=nsubj 4=aux 2=flat:name 0=root');
    expect(
      nameAfterFiniteVerb(
        v,
        hosts.map((a) => ({ ...a }))
      )
    ).toEqual(hosts);
  });
});

describe('verbAfterFrontedPhrase', () => {
  const arcs = (spec: string) =>
    spec.split(' ').map((x) => {
      const [head, deprel] = x.split('=') as [string, string];
      return { head: Number(head), deprel };
    });
  const withFeats = (w: ParserInput[], i: number, f: Record<string, string>) => {
    (w[i] as ParserInput).feats = { ...(w[i] as ParserInput).feats, ...f };
    return w;
  };

  it('makes the finite verb after the opening phrase the root (`Die Reise nach Deutschland, ins Merkel-Wunderland, endet nach langen Umwegen …` had `Reise` as root and no main clause)', () => {
    let w = words(
      'Die/DET Reise/NOUN/Reise/Nom nach/ADP Deutschland/PROPN/Deutschland/Dat ,/PUNCT endet/VERB/enden nach/ADP Umwegen/NOUN/Umweg/Dat'
    );
    w = withFeats(w, 5, { VerbForm: 'Fin', Number: 'Sing' });
    const out = verbAfterFrontedPhrase(
      w,
      arcs('2=det 0=root 4=case 2=nmod 6=punct 4=conj 8=case 6=obl')
    );
    expect(out[5]).toEqual({ head: 0, deprel: 'root' });
    expect(out[1]).toEqual({ head: 6, deprel: 'nsubj' });
    expect(out[7]).toEqual({ head: 6, deprel: 'obl' });
    expect(isTree(out.map((a) => a.head))).toBe(true);
  });

  it('makes the participle or infinitive an auxiliary serves the root, a phrase with its postposition an adverbial (`Seiner Meinung nach lassen sich …`, `In Inneren solle … die Technik … stecken`)', () => {
    let w = words(
      'In/ADP Inneren/NOUN/Innere/Dat solle/AUX/sollen die/DET Technik/NOUN/Technik/Acc stecken/VERB/stecken'
    );
    w = withFeats(w, 2, { VerbForm: 'Fin', Number: 'Sing' });
    w = withFeats(w, 5, { VerbForm: 'Inf' });
    const out = verbAfterFrontedPhrase(w, arcs('2=case 0=root 2=case 5=det 6=obj 3=conj'));
    expect(out[5]).toEqual({ head: 0, deprel: 'root' });
    expect(out[2]).toEqual({ head: 6, deprel: 'aux' });
    expect(out[1]).toEqual({ head: 6, deprel: 'obl' });
    expect(isTree(out.map((a) => a.head))).toBe(true);
  });

  it('leaves a fragment with a relative clause and a copula with nothing to serve (`Die Sensation, die niemand erwartet hatte?`, `Im Vorjahr war … Endstation`)', () => {
    let w = words(
      'Die/DET Sensation/NOUN/Sensation/Nom ,/PUNCT die/PRON niemand/PRON erwartet/VERB hatte/AUX/haben'
    );
    w = withFeats(w, 3, { PronType: 'Rel' });
    w = withFeats(w, 6, { VerbForm: 'Fin' });
    const fragment = arcs('2=det 0=root 6=punct 6=obj 6=nsubj 2=acl:relcl 6=aux');
    expect(
      verbAfterFrontedPhrase(
        w,
        fragment.map((a) => ({ ...a }))
      )
    ).toEqual(fragment);
    let v = words('Im/ADP Vorjahr/NOUN/Vorjahr/Dat war/AUX/sein Endstation/NOUN/Endstation/Nom');
    v = withFeats(v, 2, { VerbForm: 'Fin' });
    const copula = arcs('2=case 0=root 2=appos 3=nsubj');
    expect(
      verbAfterFrontedPhrase(
        v,
        copula.map((a) => ({ ...a }))
      )
    ).toEqual(copula);
  });
});
