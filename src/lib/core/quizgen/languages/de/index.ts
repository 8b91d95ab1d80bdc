/**
 * German: wh-questions in verb-second order with the question word in the right case
 * (wer/wen/wem, was, wann, wo/wohin/woher, wie viele, warum), statements with the subject first.
 */
import type { Word } from '../../../nlp/types';
import { isDemonymNoun, word, type Clause, type Doc, type SentenceInfo } from '../../document';
import {
  atSentenceStart,
  closeQuotes,
  coreIds,
  firstWord,
  isPronoun,
  renderWith,
  join,
  lowerFirstUnlessNoun,
  resolvedText,
  standsAlone,
  text,
  upperFirst,
  weakPronouns,
  without
} from '../clause';
import type { LanguagePack, Target } from '../types';
import { COMMON_NOUNS_DE } from './common';
import { frequencyRanks, isTransparentCompound } from '../../frequency';
import { FREQUENT_LEMMAS } from './frequency';

const RANKS = frequencyRanks(FREQUENT_LEMMAS);
const rankOf = (lemma: string) => RANKS.get(lemma.toLowerCase());

const PLACE_WORD: Record<string, string> = {
  in: 'Wo',
  an: 'Wo',
  auf: 'Wo',
  bei: 'Wo',
  nahe: 'Wo',
  nach: 'Wohin',
  aus: 'Woher',
  von: 'Woher'
};

const CURRENCY = /^(euro|dollar|pfund|franken|cent|prozent|prozentpunkte|yen|yuan|rubel)$/iu;

/**
 * German sets off every subordinate clause with a comma. Pieces of a clause joined in a new order
 * can lose the comma that stood before the verb they were cut from (`Die Äußerungen kommen
 * nachdem …`); it is put back before a conjunction that can only open a clause.
 */
function joinDe(...pieces: (string | undefined)[]): string {
  return join(...pieces).replace(
    /(?<![,(„–]|\b(?:ohne|so|auch|als|außer|statt|anstatt|und|oder|sowie|nur|gerade|erst|noch|selbst)) (nachdem|dass|weil|obwohl|obgleich|bevor|sodass|falls|wenngleich|wenn|ob)\b/gu,
    ', $1'
  );
}
/** Nouns that name institutions and groups of people: their subject is asked with „Wer“. */
/** Nouns for people and bodies (asked with `Wer`), demonyms among them (`Marokkaner`). */
const AGENT_NOUN =
  /(ministerium|regierung|behörde|kommission|partei|gericht|verband|konzern|unternehmen|firma|bank|polizei|armee|rat|amt|gewerkschaft|koalition|opposition|staatsanwaltschaft|ministerin|minister|präsidentin|präsident|sprecherin|sprecher|chefin|chef|leiterin|leiter|experte|expertin|forscherin|forscher|polizist|polizistin|mitarbeiter|mitarbeiterin|bürgermeisterin|bürgermeister|kanzlerin|kanzler|hauptmann|hauptfrau|heer|bundesheer|militär|landesrat|landesrätin|abgeordneter|abgeordnete|vorsitzender|vorsitzende|direktor|direktorin|richter|richterin|anwalt|anwältin|team|verein|klub|club|frau|mann|kind|schüler|schülerin|student|studentin|bürger|bürgerin|täter|täterin|opfer|zeuge|zeugin|soldat|soldatin|spieler|spielerin|trainer|trainerin|stürmer|torhüter|kandidat|kandidatin|wähler|wählerin|arzt|ärztin|patient|patientin|flüchtling|asylwerber|migrant|migrantin|demonstrant|demonstrantin|journalist|journalistin|autor|autorin|künstler|künstlerin|sänger|sängerin|politiker|politikerin|diplomat|diplomatin|unternehmer|unternehmerin|manager|managerin|gründer|gründerin|besitzer|besitzerin|eigentümer|eigentümerin|käufer|käuferin|kunde|kundin|nutzer|nutzerin|einwohner|einwohnerin|bewohner|bewohnerin|anrainer|bauer|bäuerin|arbeiter|arbeiterin|arbeitnehmer|arbeitgeber|beamter|beamtin|lehrer|lehrerin|professor|professorin|wissenschafter|wissenschaftler|wissenschaftlerin|sohn|tochter|vater|mutter|bruder|schwester|junge|mädchen|mensch|person|aner|ianer|iner|länder|äer)$/iu;

/** Verbs of saying: their subject is a speaker, asked with „Wer“. */
const SAYING =
  /^(sagen|meinen|erklären|betonen|fordern|kritisieren|ankündigen|warnen|berichten|antworten|schreiben|mitteilen|bestätigen|behaupten|verlangen)$/u;

/**
 * Nouns of a share or a number (`ein Viertel der befragten Iraker`, `die Mehrheit der Wähler`):
 * the phrase names people when what it counts are people.
 */
const SHARE_NOUN =
  /^(viertel|drittel|fünftel|zehntel|hälfte|mehrheit|minderheit|großteil|teil|prozent|zahl|anzahl|dutzend|hundert|tausend|reihe|gruppe)$/iu;

/**
 * Whether a phrase names people: its noun does (`die Kandidatin`, `die Iraker`), or it counts
 * them (`ein Viertel der befragten Iraker`).
 */
function namesPeople(
  target: { phrase: { head: Word; ids: readonly number[] } },
  words: readonly Word[],
  isPeople: (lemma: string) => boolean
): boolean {
  const head = target.phrase.head;
  if (isPeople(head.lemma)) return true;
  return (
    SHARE_NOUN.test(head.lemma) &&
    target.phrase.ids.some((id) => {
      const w = words[id - 1];
      return !!w && w.id !== head.id && w.upos === 'NOUN' && isPeople(w.lemma);
    })
  );
}

function whWord(
  target: Target,
  predicate: Word | undefined,
  people: (t: Target) => boolean
): string | undefined {
  // `Das neuste Werk heißt „Frau Schmitz“`: a name is asked with „Wie heißt …?“, and what bears
  // it not at all (`Wen heißt das neuste Werk?` read the name as an object).
  if (predicate?.lemma === 'heißen' && (target.role === 'subject' || target.role === 'object'))
    return target.role === 'object' ? 'Wie' : undefined;
  switch (target.role) {
    case 'subject':
      // A country as the actor (`Griechenland ist jetzt wieder das Auffangbecken`) is asked as
      // one: „Welches Land …?“, and its alternatives are countries.
      if (target.country) return 'Welches Land';
      return (target.entity && target.entity !== 'MISC') ||
        people(target) ||
        (predicate !== undefined && SAYING.test(predicate.lemma))
        ? 'Wer'
        : 'Was';
    case 'object':
      if (target.country) return 'Welches Land';
      return target.entity === 'PER' || people(target) ? 'Wen' : target.entity ? undefined : 'Was';
    case 'dative':
      if (target.country) return 'Welchem Land';
      return target.entity === 'PER' || target.entity === 'ORG' ? 'Wem' : undefined;
    case 'time':
      return 'Wann';
    case 'place':
      return PLACE_WORD[target.preposition.toLowerCase()];
    case 'reason':
      return 'Warum';
    case 'amount': {
      const unit = target.unit;
      if (!unit) return undefined;
      return CURRENCY.test(unit.form) ? `Wie viel ${unit.form}` : `Wie viele ${unit.form}`;
    }
  }
}

/** Particles that focus the phrase after them (`auch die Regierung`, `nur Peter`). */
const FOCUS_BEFORE_SUBJECT = /^(auch|nur|sogar|selbst|erst|ausgerechnet|allein|gerade)$/iu;

/** Particles that always come apart from their verb in a main clause (`an|ziehen`). */
const SEPARABLE_PARTICLE =
  /^(ab|an|auf|aus|bei|ein|fest|fort|her|hin|los|mit|nach|vor|weg|zu|zurück|zusammen|weiter|heraus|herein|hinaus|hinein|statt|teil|dar)/u;

/**
 * The clause's finite verb, if it can stand second in a question or statement as written: a
 * verb of a subordinate clause with its particle still on it (`dass Katar die Sparschraube
 * anzieht`) would come out `Warum anzieht Katar …?`, so such a clause is not restated.
 */
function finiteOf(clause: Clause, doc?: Doc): Word | undefined {
  const finite = clause.finite;
  if (!finite || finite.upos !== 'VERB' || !doc?.lexicon) return finite;
  const particle = SEPARABLE_PARTICLE.exec(finite.lemma)?.[0];
  if (!particle || !finite.form.toLowerCase().startsWith(particle)) return finite;
  // A particle only where the rest is a verb of its own (`an|ziehen`, not `an|tworten`).
  const stem = finite.lemma.slice(particle.length);
  const isVerb = doc.lexicon.analysesOf(stem).some((a) => a.upos === 'VERB' && a.lemma === stem);
  return isVerb ? undefined : finite;
}

/**
 * The finite verb as a question or statement standing alone says it: reported speech in the
 * subjunctive I (`Die Ministerin sei gefordert`) in the indicative (`Wer ist gefordert …?`),
 * since `Wer sei …?` asks in a mood that only a report of someone's words has. Subjunctive II
 * (`wäre`, `würde`: what would happen) stays as it is.
 */
function finiteForm(doc: Doc, finite: Word): string {
  const f = finite.feats;
  if (f.Person !== '1' && f.Person !== '2' && f.Person !== '3') return finite.form;
  if (f.Number !== 'Sing' && f.Number !== 'Plur') return finite.form;
  // The tagger may call `habe` indicative (it is, in the first person): the dictionary knows
  // whether the form can be indicative in the clause's person and number at all.
  const readings = doc.lexicon?.analysesOf(finite.form) ?? [];
  const reads = (mood: string) =>
    readings.some(
      (r) =>
        r.lemma === finite.lemma &&
        r.feats.Mood === mood &&
        r.feats.Person === f.Person &&
        r.feats.Number === f.Number &&
        (mood === 'Ind' || r.feats.Tense === 'Pres')
    );
  const subjunctiveI = (f.Mood === 'Sub' && f.Tense === 'Pres') || (reads('Sub') && !reads('Ind'));
  if (!subjunctiveI || reads('Ind')) return finite.form;
  const indicative = doc.lexicon?.inflectVerb?.(finite.lemma, {
    Mood: 'Ind',
    Tense: 'Pres',
    Person: f.Person,
    Number: f.Number
  });
  return indicative ?? finite.form;
}

export const german: LanguagePack = {
  language: 'de',

  whQuestion(doc: Doc, info: SentenceInfo, clause: Clause, target: Target, according?: string) {
    const finite = finiteOf(clause, doc);
    // Reported speech stands alone once its speaker is named.
    if (!finite || (!according && !standsAlone(info, clause, target))) return undefined;
    const isPeople = (lemma: string) => AGENT_NOUN.test(lemma) || isDemonymNoun(doc, lemma);
    const wh = whWord(target, clause.predicate, (t) =>
      t.role === 'subject' || t.role === 'object' || t.role === 'dative'
        ? namesPeople(t, info.s.words, isPeople)
        : false
    );
    if (!wh) return undefined;
    // A question word in the singular needs a singular verb: „Wer hat …“, never „Wer haben …“.
    if (target.role === 'subject' && finite.feats.Number === 'Plur') return undefined;
    // What someone said, asked as a fact of its own: without its `dass`, the speaker named.
    const conjunction = (id: number) => {
      const w = info.s.words[id - 1];
      return w?.deprel === 'mark' && w.head === clause.predicate.id && w.upos !== 'PART';
    };
    const core = coreIds(info, clause).filter((id) => !according || !conjunction(id));
    if (!clause.subject) return undefined;
    const subject = target.role !== 'subject' ? clause.subject : undefined;
    let subjectText: string | undefined;
    if (subject) {
      subjectText = resolvedText(doc, info, subject);
      if (subjectText === undefined) return undefined;
    }
    let rest = without(core, target.phrase.ids, subject?.ids, [finite.id]);
    if (rest.length === 0 && !subjectText) return undefined;
    // `Wann befindet sich der Teil …`: weak pronouns before a full subject.
    // With the speaker named the pronouns stand before `laut …` too (`Was hat sich laut X …`).
    const weak = (subject && !isPronoun(subject)) || according ? weakPronouns(info, rest) : [];
    rest = without(rest, weak);
    const restText = lowerFirstUnlessNoun(
      text(doc, info, rest),
      info.s.words[(rest[0] ?? 1) - 1],
      info.s.words
    );
    // A pronoun replaced by a name keeps the name's capital.
    const subj =
      subject && atSentenceStart(info, subject.ids[0]) && subjectText === subject.text
        ? lowerFirstUnlessNoun(subjectText ?? '', firstWord(info, subject), info.s.words)
        : subjectText;
    const weakText = weak.length > 0 ? text(doc, info, weak).toLowerCase() : undefined;
    const source = according ? `laut ${according}` : undefined;
    return closeQuotes(joinDe(wh, finiteForm(doc, finite), weakText, subj, source, restText)) + '?';
  },

  statement(doc, info, clause, replace, front) {
    const finite = finiteOf(clause, doc);
    const subject = clause.subject;
    if (!finite || !subject) return undefined;
    const core = coreIds(info, clause);
    const inCore = (ids: readonly number[]) => ids.every((id) => core.includes(id));
    if ((replace && !inCore(replace.phrase.ids)) || (front && !inCore(front.ids))) return undefined;
    const replacesSubject = !!replace && subject.ids.every((id) => replace.phrase.ids.includes(id));
    const subjectText = replacesSubject ? replace.text : resolvedText(doc, info, subject);
    if (subjectText === undefined) return undefined;
    const render = (ids: number[]) =>
      renderWith(doc, info, ids, replacesSubject ? undefined : replace);
    if (front && !front.ids.some((id) => subject.ids.includes(id) || id === finite.id)) {
      // Another constituent first, the subject right after the verb: verb-second order kept.
      let rest = without(core, subject.ids, [finite.id], front.ids);
      const weak = isPronoun(subject) ? [] : weakPronouns(info, rest);
      rest = without(rest, weak);
      const frontText = render(front.ids);
      const restRendered = render(rest);
      if (frontText === undefined || restRendered === undefined) return undefined;
      // The sentence's first word no longer stands first: `Erstmals` becomes `erstmals`.
      const restText = atSentenceStart(info, rest[0])
        ? lowerFirstUnlessNoun(restRendered, info.s.words[(rest[0] ?? 1) - 1], info.s.words)
        : restRendered;
      const subj =
        atSentenceStart(info, subject.ids[0]) && subjectText === subject.text
          ? lowerFirstUnlessNoun(subjectText, firstWord(info, subject), info.s.words)
          : subjectText;
      const weakText = weak.length > 0 ? text(doc, info, weak).toLowerCase() : undefined;
      return upperFirst(joinDe(frontText, finiteForm(doc, finite), weakText, subj, restText)) + '.';
    }
    // A focus particle right before the subject (`Auch Landesrat Mayr hat …`) belongs to it,
    // whatever the parse attached it to: left behind it would focus another phrase (`Mayr hat
    // auch seine Partei verlassen` says something else).
    const particle = word(info.s, (subject.ids[0] ?? 0) - 1);
    const focus =
      particle && core.includes(particle.id) && FOCUS_BEFORE_SUBJECT.test(particle.form)
        ? particle
        : undefined;
    const rest = without(core, subject.ids, [finite.id], focus ? [focus.id] : []);
    const restText = render(rest);
    if (restText === undefined) return undefined;
    return (
      upperFirst(
        joinDe(
          focus ? `${focus.form.toLowerCase()} ${subjectText}` : subjectText,
          finiteForm(doc, finite),
          lowerFirstUnlessNoun(restText, info.s.words[(rest[0] ?? 1) - 1], info.s.words)
        )
      ) + '.'
    );
  },

  vocabulary(w: Word, doc: Doc) {
    // A noun with its article and plural, as a dictionary gives it: `die Abteilung, -en`.
    if (w.upos !== 'NOUN' || !/^\p{Lu}\p{Ll}/u.test(w.lemma)) return undefined;
    const info = doc.lexicon?.nounInfo(w.lemma);
    if (!info?.gender) return undefined;
    const article = { Masc: 'der', Fem: 'die', Neut: 'das' }[info.gender];
    const plural = info.plural;
    const pluralPart =
      plural === undefined
        ? ''
        : plural === w.lemma
          ? ', -'
          : plural.startsWith(w.lemma)
            ? `, -${plural.slice(w.lemma.length)}`
            : `, die ${plural}`;
    return { front: `${article} ${w.lemma}${pluralPart}`, lemma: w.lemma };
  },

  isAgentNoun: (lemma) => AGENT_NOUN.test(lemma),

  isCommonWord: (lemma) => COMMON_NOUNS_DE.has(lemma.toLowerCase()),

  frequencyRank: rankOf,

  isFamiliar: (lemma) =>
    rankOf(lemma) !== undefined || isTransparentCompound(lemma, (x) => rankOf(x) !== undefined),

  texts: {
    gist: 'Welche Aussage fasst den Text am besten zusammen?',
    whoIs: (name) => `Wer ist ${name} laut Text?`,
    whoSaid: (content) =>
      /^(dass|ob)\s/u.test(content)
        ? `Wer sagte laut Text, ${content}?`
        : `Wer hat laut Text gesagt: „${content}“?`,
    order:
      'Bringe die Ereignisse in die Reihenfolge, in der sie geschehen sind (das früheste zuerst).',
    matchRoles: 'Ordne jeder Person ihre Rolle im Text zu.',
    matchSpeakers: 'Ordne jede Aussage der Person zu, die sie laut Text gemacht hat.',
    matchCauses: 'Ordne jeder Folge ihren Grund zu.',
    because: 'weil',
    vocabularyBack: (example, meaning, parts) =>
      `${
        meaning && meaning.length > 0
          ? `Bedeutung: ${meaning.join(', ')}. `
          : parts
            ? `Wortteile: ${parts.modifier} + ${parts.head}${parts.headMeaning.length > 0 ? ` (${parts.head}: ${parts.headMeaning.join(', ')})` : ''}. `
            : ''
      }Im Text: „${example}“`,
    meaning: (form, sentence) => `Was bedeutet „${form}“ in diesem Satz? „${sentence}“`
  }
};
