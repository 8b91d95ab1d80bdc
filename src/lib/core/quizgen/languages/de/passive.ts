/**
 * A German active clause restated in the passive: `Der Landkreis und die Ortsgemeinde gründeten
 * 1991 die Stiftung` → `Die Stiftung wurde 1991 vom Landkreis und der Ortsgemeinde gegründet.`
 * A true statement in other words than its sentence's: blind raters struck statements that copy
 * or only reorder their sentence as word-spotting in every rating (73–87), and proposed the
 * voice change themselves (rating 87).
 *
 * Only what the dictionary can inflect is turned: the object becomes the subject in the
 * nominative (articles, adjectives and noun from the lexicon), the subject the agent after `von`
 * in the dative; the finite verb becomes `werden` (or `sein` … `worden` for a perfect) in the
 * same tense and the new subject's number, the verb its participle at the end. Anything the
 * dictionary lacks, a pronoun on either side, a clause as object, a modal or a reflexive verb
 * leaves the clause as it is (undefined).
 */
import type { Word } from '../../../nlp/types';
import { subtree, textOf, type Clause, type Doc, type SentenceInfo } from '../../document';
import { coreIds, lowerFirstUnlessNoun } from '../clause';

type Case = 'Nom' | 'Acc' | 'Dat';

/**
 * Verbs of having, getting, lasting or meaning, whose object nobody acts on: in the passive they
 * read as nonsense (`Rund 1.150 Grade werden von der Schmelze gehabt`, `Eine kleine Pension
 * wurde von den Nonnen erhalten`).
 */
const STATE_VERB =
  /^(haben|besitzen|erleben|erhalten|bekommen|kriegen|bedeuten|dauern|kosten|wiegen|enthalten|umfassen|betragen|zählen|kennen|wissen|mögen|verzeihen|brauchen|benötigen|gelten|heißen|feiern|verdienen|erzielen|holen|verbuchen|erreichen|verlieren|ergeben|sehen|spielen|treffen|zeigen|glauben|meinen|denken|finden|machen|halten|lassen|nennen)$/u;

/**
 * Nouns of an idiom with a light verb (`eine Rolle spielen`, `Wirkung zeigen`, `ein Zeichen
 * setzen`, `einen Blick werfen`): the noun names no thing acted on.
 */
const IDIOM_NOUN =
  /^(rolle|nerv|zeichen|blick|schritt|bilanz|anlauf|kurs|wirkung|anstoß|platz|stellung|rücksicht|bezug|abschied|einfluss|gebrauch|acht|wert|halt|hand|fuß|weg|rede|antwort|auskunft|bescheid|kenntnis|handlungsbedarf|erwartung|sorge|angst|mut|spaß|lust|zeit|recht)$/iu;

/**
 * Nouns of bodies and places that act (`vom Landkreis`, `von der Stadt`, `vom Bundeskabinett`):
 * with people, the agents a passive names naturally. A cause as agent read clumsily (`Der
 * Betrieb wurde von sinkenden Metallpreisen … unrentabel gemacht`, bad to both raters of rating
 * 89).
 */
const ACTING_BODY =
  /(ministerium|regierung|führung|leitung|vorstand|direktion|behörde|kommission|partei|gericht|verband|konzern|unternehmen|firma|bank|polizei|armee|rat|amt|gewerkschaft|koalition|staatsanwaltschaft|verein|klub|club|team|mannschaft|stadt|gemeinde|landkreis|kreis|land|bund|kabinett|ausschuss|stiftung|museum|schule|universität|hochschule|institut|verwaltung|betrieb|werk|hersteller|händler|verlag|sender|zeitung|kirche|orden|genossenschaft|gesellschaft|agentur|bundestag|landtag|parlament|senat|jury|verteidigung|anklage|königin)$/iu;

/** Particles that focus the phrase right after them (`auch der Bürgermeister`). */
const FOCUS = /^(auch|nur|sogar|selbst|ausgerechnet|gerade|allein|vor allem)$/iu;

/** Words that hedge the figure after them (`rund`, `knapp`, `gut`). */
const HEDGE_BEFORE_FIGURE =
  /^(rund|etwa|knapp|gut|fast|über|mehr|weniger|beinahe|nahezu|circa|ca\.)$/iu;

/** Negations of the whole clause, which stand right before the participle. */
const NEGATION = /^(nicht|nie|niemals)$/iu;

/** Nouns of a time or measure the parse may read as an object. */
const TIME_OR_MEASURE =
  /^(ende|anfang|mitte|beginn|jahr|monat|woche|tag|stunde|minute|sekunde|mal|prozent|euro|grad|meter|kilometer|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember)$/iu;
type Gender = 'Masc' | 'Fem' | 'Neut';
type Number_ = 'Sing' | 'Plur';

/** Articles and determiners by their stem, with the ending each case, gender and number takes. */
const DETERMINER_STEM =
  /^(d|ein|kein|dies|jen|jed|mein|dein|sein|ihr|unser|eur|manch|welch|solch)(er|es|en|em|e|ie|as)?$/iu;

/** The ending of a determiner of the `dieser` type (and of `ein` where it has one). */
function determinerEnding(stem: string, c: Case, g: Gender, n: Number_): string | undefined {
  const indefinite = /^(ein|kein|mein|dein|sein|ihr|unser|eur)$/iu.test(stem);
  if (n === 'Plur') return c === 'Dat' ? 'en' : 'e';
  if (c === 'Dat') return g === 'Fem' ? 'er' : 'em';
  if (g === 'Fem') return 'e';
  if (g === 'Neut') return indefinite ? '' : 'es';
  return c === 'Nom' ? (indefinite ? '' : 'er') : 'en';
}

/** The definite article, whose forms are no stem with an ending. */
function definite(c: Case, g: Gender, n: Number_): string {
  if (n === 'Plur') return c === 'Dat' ? 'den' : 'die';
  if (c === 'Dat') return g === 'Fem' ? 'der' : 'dem';
  if (g === 'Fem') return 'die';
  if (g === 'Neut') return 'das';
  return c === 'Nom' ? 'der' : 'den';
}

/**
 * A noun phrase's words in another case: each article, adjective and noun that agrees with one
 * of the phrase's heads (the head and its conjuncts) takes the form the dictionary gives; words
 * further down (a genitive, a name in apposition) keep theirs. Undefined when a form is missing.
 */
function inCase(
  doc: Doc,
  info: SentenceInfo,
  ids: readonly number[],
  heads: readonly Word[],
  wanted: Case
): Map<number, string> | undefined {
  const lexicon = doc.lexicon;
  if (!lexicon?.inflectAdjective) return undefined;
  const forms = new Map<number, string>();
  for (const head of heads) {
    if (head.upos === 'PROPN') {
      // A name keeps its form; only its article changes (`die Stadt Uelzen` → `der Stadt …`).
    } else if (head.upos !== 'NOUN') return undefined;
    const kids = (info.children[head.id] ?? [])
      .filter((id) => ids.includes(id))
      .map((id) => info.s.words[id - 1] as Word);
    const article = kids.find((k) => k.deprel === 'det' || k.deprel === 'det:poss');
    // The dictionary's gender for a noun (the tagger guesses: `vom … Produktionsgenossenschaft`);
    // a name's from its article (`der FC Donaustadt`), a name with `die` left open (a club in
    // the plural or a firm in the feminine).
    let number: Number_ = head.feats.Number === 'Plur' ? 'Plur' : 'Sing';
    let gender: Gender | undefined;
    if (head.upos === 'NOUN') {
      const known = lexicon.nounInfo(head.lemma);
      if (!known) return undefined;
      gender = known.gender ?? (head.feats.Gender as Gender | undefined);
    } else if (article) {
      const a = article.form.toLowerCase();
      if (/^(der|den|dem|des)$/u.test(a) && wanted !== 'Dat') gender = 'Masc';
      else if (/^(das)$/u.test(a)) gender = 'Neut';
      else if (a === 'der' && wanted === 'Dat') gender = 'Masc';
      else return undefined;
      number = 'Sing';
    }
    if (!gender && number === 'Sing') return undefined;
    const g: Gender = gender ?? 'Masc';
    // The article must be of the case the parse gives the phrase: `ein Antrag` as an object is
    // a subject the parse mistook (`Den Anstoß … gab ein Antrag`), `den Anstoß` as a subject an
    // object.
    if (article && number === 'Sing' && g === 'Masc') {
      const a = article.form.toLowerCase();
      const nominativeForm =
        /^(der|ein|kein|dieser|jener|jeder|mein|dein|sein|ihr|unser|euer)$/u.test(a);
      if (wanted === 'Nom' && nominativeForm) return undefined;
      if (wanted === 'Dat' && !nominativeForm) return undefined;
    }
    let strength: 'Weak' | 'Mixed' | 'Strong' = 'Strong';
    if (article) {
      const lower = article.form.toLowerCase();
      const stem = DETERMINER_STEM.exec(lower);
      if (/^(der|die|das|den|dem|des)$/u.test(lower)) {
        forms.set(article.id, definite(wanted, g, number));
        strength = 'Weak';
      } else if (stem?.[1] && stem[1] !== 'd') {
        const ending = determinerEnding(stem[1], wanted, g, number);
        if (ending === undefined) return undefined;
        forms.set(article.id, stem[1] + ending);
        const indefinite = /^(ein|kein|mein|dein|sein|ihr|unser|eur)$/iu.test(stem[1]);
        strength = indefinite && number === 'Sing' ? 'Mixed' : 'Weak';
      } else return undefined;
    }
    for (const k of kids) {
      // A word that hedges a figure (`rund 18.000 Hektoliter`) is no adjective of the noun: it
      // keeps its form (`Runde 18.000 Hektoliter werden …`, rating 115's batch).
      if (HEDGE_BEFORE_FIGURE.test(k.form) && info.s.words[k.id]?.upos === 'NUM' && k.id < head.id)
        continue;
      if (k.deprel === 'amod' && k.upos === 'ADJ' && k.id < head.id) {
        if ((info.children[k.id] ?? []).length > 0) return undefined;
        // (The dictionary inflects the plain form: `größten` would come back as `großen`.)
        if (k.feats.Degree && k.feats.Degree !== 'Pos') return undefined;
        const form = lexicon.inflectAdjective(k.lemma, {
          Case: wanted,
          Number: number,
          Gender: g,
          Strength: strength
        });
        if (!form) return undefined;
        forms.set(k.id, form);
      } else if (k.deprel === 'nummod' || k.deprel === 'det' || k.deprel === 'det:poss') {
        // (Numbers keep their form; the article is done above.)
      } else if (k.id < head.id && k.deprel !== 'punct' && k.deprel !== 'cc') {
        // A word before the noun the rules cannot inflect (`zwei seiner …`, a participle).
        if (k.upos !== 'ADV') return undefined;
      }
    }
    if (head.upos === 'NOUN') {
      const form = nounIn(doc, head, wanted, number, g);
      if (!form) return undefined;
      forms.set(head.id, form);
    }
  }
  return forms;
}

/**
 * A noun's form in the nominative or dative, trusted only where it is the written form with the
 * endings German adds (`Kunden` → `Kunde`, `Forscher` → `Forschern`): the dictionary's lemma of a
 * compound may be another word (`Grünstreifen` read as `Grünstreif`).
 */
function nounIn(doc: Doc, head: Word, wanted: Case, n: Number_, g: Gender): string | undefined {
  const form = head.form;
  if (n === 'Plur') {
    if (wanted !== 'Dat' || /[ns]$/u.test(form)) return form;
    return `${form}n`;
  }
  if (g === 'Fem') return form;
  const given = doc.lexicon?.inflectNoun(head.lemma, { Case: wanted, Number: 'Sing' });
  if (!given) return undefined;
  // Into the dative a noun only gains (`Kunde` → `Kunden`); into the nominative an accusative
  // only loses (`Kunden` → `Kunde`, `Menschen` → `Mensch`).
  if (wanted === 'Dat')
    return /^(|e|n|en)$/u.test(given.slice(form.length)) && given.startsWith(form)
      ? given
      : undefined;
  const stem = form.replace(/e?n$/u, '');
  return given === form || given === stem || given === `${stem}e` ? given : undefined;
}

/** A phrase's heads: its head and the conjuncts joined to it (`der Landkreis und die Gemeinde`). */
function headsOf(info: SentenceInfo, head: Word): Word[] {
  return [
    head,
    ...(info.children[head.id] ?? [])
      .map((id) => info.s.words[id - 1] as Word)
      .filter((w) => w.deprel === 'conj')
  ];
}

/** Renders ids with some words replaced (the phrase is contiguous in the sentence). */
function render(doc: Doc, info: SentenceInfo, ids: readonly number[], forms: Map<number, string>) {
  const parts: string[] = [];
  let run: number[] = [];
  const flush = () => {
    if (run.length) parts.push(textOf(doc, info.s, run, true));
    run = [];
  };
  for (const id of [...ids].sort((a, b) => a - b)) {
    const form = forms.get(id);
    if (form === undefined) {
      run.push(id);
      continue;
    }
    flush();
    parts.push(form);
  }
  flush();
  return parts.join(' ').replace(/ ,/gu, ',');
}

export function passiveStatement(
  doc: Doc,
  info: SentenceInfo,
  clause: Clause,
  isAgentNoun: (lemma: string) => boolean
): string | undefined {
  const lexicon = doc.lexicon;
  if (doc.language !== 'de' || !lexicon?.inflectVerb || !lexicon.pastParticiple) return undefined;
  const { predicate, subject } = clause;
  if (!clause.main || !subject || predicate.upos !== 'VERB') return undefined;
  // Not the second of two joined verbs (its subject is the first one's, which the parse often
  // gets wrong), nor someone's words in quotation marks.
  if (predicate.deprel === 'conj' || /[„“”"«»&]/u.test(info.s.text)) return undefined;
  const kids = (info.children[predicate.id] ?? []).map((id) => info.s.words[id - 1] as Word);
  // Active only, no modal, no reflexive (`sich … widmen`), no second object or clause.
  if (kids.some((k) => /^(aux:pass|cop|expl|ccomp|xcomp|csubj|iobj)/u.test(k.deprel)))
    return undefined;
  if (kids.some((k) => k.upos === 'PRON' && k.feats.Reflex === 'Yes')) return undefined;
  const objects = kids.filter((k) => k.deprel === 'obj');
  const object = objects[0];
  if (objects.length !== 1 || !object || !/^(NOUN|PROPN)$/u.test(object.upos)) return undefined;
  if (object.feats.Case && object.feats.Case !== 'Acc') return undefined;
  if (!/^(NOUN|PROPN)$/u.test(subject.head.upos)) return undefined;
  if (STATE_VERB.test(predicate.lemma)) return undefined;
  // A time or a measure the parse took for the object (`stimmte Ende Juni …`, `dauert rund drei
  // Jahre`) is no thing done to.
  if (TIME_OR_MEASURE.test(object.lemma) || IDIOM_NOUN.test(object.lemma)) return undefined;
  // The subject agrees with the verb (a plural subject of `schloss` is the object the parse
  // mistook: `Betriebsbedingte Kündigungen schloss die Geschäftsführung … aus`).
  const finiteVerb = clause.finite ?? predicate;
  const plural = subject.head.feats.Number === 'Plur' || headsOf(info, subject.head).length > 1;
  if (finiteVerb.feats.Number && (finiteVerb.feats.Number === 'Plur') !== plural) return undefined;
  const auxiliaries = kids.filter((k) => k.deprel === 'aux');
  const finite = clause.finite ?? predicate;
  if (finite.feats.Mood !== 'Ind') return undefined;
  const tense = finite.feats.Tense;
  if (tense !== 'Pres' && tense !== 'Past') return undefined;
  let perfect = false;
  if (auxiliaries.length > 0) {
    if (auxiliaries.length !== 1 || finite.lemma !== 'haben' || predicate.feats.VerbForm !== 'Part')
      return undefined;
    perfect = true;
  } else if (finite !== predicate) return undefined;
  // The object and the subject with their own words; neither may hold a clause.
  const objectIds = subtree(info, object.id);
  const subjectIds = subject.ids;
  const clauseInside = (ids: readonly number[]) =>
    ids.some((id) => /^(acl|advcl|ccomp)/u.test(info.s.words[id - 1]?.deprel ?? ''));
  if (clauseInside(objectIds) || clauseInside(subjectIds)) return undefined;
  // The new subject a plain noun phrase: a phrase with a preposition inside may be the verb's
  // (`fördert das Projekt bis Ende 2026 mit …`), and quotation marks, commas and brackets do not
  // survive being moved (`Das Bild Abend an der Ilmenau“`, `Fehngesellschaft ein …`).
  const word_ = (id: number) => info.s.words[id - 1] as Word;
  if (objectIds.some((id) => word_(id).upos === 'ADP' || word_(id).upos === 'PUNCT'))
    return undefined;
  if (subjectIds.some((id) => word_(id).upos === 'PUNCT' || /^von$/iu.test(word_(id).form)))
    return undefined;
  // Only the words of a noun phrase, in one stretch (`Als Grund nannte Vorstandschef …`: `Grund`
  // is no part of the subject), and a phrase that names what it means: a bare singular noun
  // (`Mann liest …`) or an object's possessive (`Ihr Betrieb … von der Autofähre`: whose?) does
  // not, moved before its owner.
  const PHRASE =
    /^(det|det:poss|amod|nummod|compound|flat|flat:name|appos|nmod|nmod:poss|conj|cc|advmod|case)$/u;
  for (const ids of [objectIds, subjectIds]) {
    const head = ids === objectIds ? object : subject.head;
    if (ids.some((id) => id !== head.id && !PHRASE.test(word_(id).deprel))) return undefined;
    const sorted = [...ids].sort((a, b) => a - b);
    if ((sorted.at(-1) ?? 0) - (sorted[0] ?? 0) + 1 !== sorted.length) return undefined;
  }
  if (objectIds.some((id) => word_(id).deprel === 'det:poss' || word_(id).feats.Poss === 'Yes'))
    return undefined;
  // (A preposition right before the object is its own, whatever the parse hung it on: `auf die
  // Verkaufspreise Einfluss genommen`.)
  if (word_(Math.min(...objectIds) - 1)?.upos === 'ADP') return undefined;
  const bare = (head: Word) =>
    head.upos === 'NOUN' &&
    head.feats.Number !== 'Plur' &&
    !(info.children[head.id] ?? []).some((c) => /^det/u.test(word_(c).deprel));
  if (bare(subject.head) || bare(object)) return undefined;
  const objectHeads = headsOf(info, object);
  const subjectHeads = headsOf(info, subject.head);
  if ([...objectHeads, ...subjectHeads].some((h) => !/^(NOUN|PROPN)$/u.test(h.upos)))
    return undefined;
  // A bare name as object or agent has no article to show its case: fine for the agent after
  // `von`, but a masculine bare noun as new subject (`Wein`) is fine too; a bare plural agent
  // needs its dative ending, which `inCase` gives.
  // The agent a person, a body or a name (see `ACTING_BODY`), each of a coordination.
  const acting = (h: Word) =>
    h.upos === 'PROPN' || ACTING_BODY.test(h.lemma) || isAgentNoun(h.lemma);
  if (!subjectHeads.every(acting)) return undefined;
  const nominative = inCase(doc, info, objectIds, objectHeads, 'Nom');
  const dative = inCase(doc, info, subjectIds, subjectHeads, 'Dat');
  if (!nominative || !dative) return undefined;
  const particle = kids.find((k) => k.deprel === 'compound:prt');
  const verbLemma = particle ? `${particle.form.toLowerCase()}${predicate.lemma}` : predicate.lemma;
  const participle = lexicon.pastParticiple(verbLemma);
  // (Only a form the dictionary reads back as that verb's participle: some classes give a
  // finite form in that slot, `verzeiht` for `verzeihen`.)
  if (
    !participle ||
    !lexicon
      .analysesOf(participle)
      .some((a) => a.upos === 'VERB' && a.lemma === verbLemma && a.feats.VerbForm === 'Part')
  )
    return undefined;
  const number: Number_ =
    objectHeads.length > 1 || object.feats.Number === 'Plur' ? 'Plur' : 'Sing';
  const auxiliary = lexicon.inflectVerb(perfect ? 'sein' : 'werden', {
    Mood: 'Ind',
    Tense: tense,
    Person: '3',
    Number: number
  });
  if (!auxiliary) return undefined;
  const core = coreIds(info, clause);
  const skip = new Set([
    ...objectIds,
    ...subjectIds,
    predicate.id,
    finite.id,
    ...(particle ? [particle.id] : [])
  ]);
  const rest = core.filter(
    (id) => !skip.has(id) && !(info.s.words[id - 1]?.upos === 'PUNCT' && id === core.at(-1))
  );
  // What the rest keeps must be words of this clause only, in one stretch or a few.
  if (rest.some((id) => info.s.words[id - 1]?.upos === 'PRON')) return undefined;
  // Nor a clause, a bracket or a quotation in what stays (`…, wofür der Schacht zugemauert
  // wurde genutzt`).
  if (
    rest.some(
      (id) =>
        /^(VERB|AUX|CCONJ)$/u.test(word_(id).upos) ||
        /^(acl|advcl|ccomp|parataxis|conj)/u.test(word_(id).deprel) ||
        /^[()„“”"«»[\]]$/u.test(word_(id).form)
    )
  )
    return undefined;
  const newSubject = render(doc, info, objectIds, nominative);
  const agentText = lowerFirstUnlessNoun(
    render(doc, info, subjectIds, dative),
    word_(subjectIds[0] ?? 1),
    info.s.words
  );
  const agent = `von ${agentText}`.replace(/^von dem /u, 'vom ');
  // The agent after what opened the sentence and after adverbs and times, before the other
  // phrases (`Ein Blick wurde bereits von den Zuschauern auf die Uhr geworfen`).
  const topOf = (id: number) => {
    let at = word_(id);
    for (let steps = 0; at.head !== predicate.id && at.head !== 0 && steps < 30; steps++)
      at = word_(at.head);
    return at;
  };
  // A focus particle right before the subject stays with it (`Auch der Bürgermeister hat …` →
  // `… auch vom Bürgermeister …`); a negation goes last, before the participle (`war vom
  // Betreiber seit Monaten nicht bezahlt worden`).
  const focus = word_((subjectIds[0] ?? 1) - 1);
  const focusId = focus && rest.includes(focus.id) && FOCUS.test(focus.form) ? focus.id : undefined;
  const negation = rest.filter(
    (id) => NEGATION.test(word_(id).form) && word_(id).head === predicate.id
  );
  const early = (id: number) => {
    const top = topOf(id);
    return (
      top.id < finite.id ||
      top.upos === 'ADV' ||
      top.upos === 'NUM' ||
      top.deprel === 'obl:tmod' ||
      (top.deprel === 'obl' && TIME_OR_MEASURE.test(top.lemma))
    );
  };
  const placed = (id: number) => id !== focusId && !negation.includes(id);
  const spell = (ids: number[]) =>
    ids.length
      ? lowerFirstUnlessNoun(textOf(doc, info.s, ids), word_(ids[0] ?? 1), info.s.words)
      : '';
  const earlyText = spell(rest.filter((id) => placed(id) && early(id)));
  const lateText = spell(rest.filter((id) => placed(id) && !early(id)));
  const negationText = negation.length ? textOf(doc, info.s, negation).toLowerCase() : '';
  const focusText = focusId ? word_(focusId).form.toLowerCase() : '';
  const parts = [
    newSubject,
    auxiliary,
    earlyText,
    focusText,
    agent,
    lateText,
    negationText,
    participle,
    perfect ? 'worden' : ''
  ];
  const text = parts.filter(Boolean).join(' ').replace(/\s+/gu, ' ').trim();
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}
