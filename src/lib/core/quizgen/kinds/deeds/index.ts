/**
 * Who did what: each person (or named body) the text names to what it says they did, demanded
 * or announced (`Gernot Staudinger – begründete den Schritt mit den Erfahrungen des vergangenen
 * Sommers`, `Reinhold Steixner – forderte eine Ausnahmeplakette …`), as one matching task.
 *
 * Made of the who-questions of the wh kind, each read back without its question word: asked one
 * by one they are the text's sentence with a name left out (across blind ratings 100–123 not one
 * of 80 ratings kept one), while the same facts matched as one task are what the raters asked for
 * in place of matching names to titles (`Person ↔ Forderung/Position`, ratings 120–125, where the
 * titles stood beside the names) and what they kept when statements were matched to their
 * speakers (20 good, 16 fixable, none bad over ratings 116–125).
 */
import type { Doc, Entity } from '../../document';
import { evidenceFor, personGender, surelyTyped } from '../shared';
import type { Candidate, QuestionKind } from '../types';
import { statementsOf } from '../speech';
import { whKind } from '../wh';

/** The shortest deed a matching task shows, in words: a shorter one lost what it was done to
 * (`Die SPD – stimmte am Ende`) or says little (`tauschte die Positionen`). */
const MIN_DEED_WORDS = 4;

/** Pronouns for someone or something outside the deed (`begründete ihn mit dem Lärm`, `sell
 * one of them`): out of its sentence a deed with one points nowhere. */
const POINTING_PRONOUN: Record<'de' | 'en', RegExp> = {
  de: /(^|\s)(ihn|ihm|ihnen|dessen|deren)(\s|$)/u,
  en: /\b(them|they|their|theirs)\b/iu
};

/** Demonstratives the tagger may leave unmarked (`Das Landesamt prüfe das`). */
const DEMONSTRATIVE = /^(das|dies|dieses|this|these|those)$/iu;

/** A deed ending on a noun that only names what came before (`wies den Vorwurf zurück`,
 * `verteidigte die Entscheidung`): which accusation, which decision? (both raters of rating
 * 126). With what follows it, it says something (`begründete den Entscheid mit dem
 * Personalmangel`). */
const SHELL_ENDING =
  /\b(den|die|das|dem|the|this)\s+(Vorwurf|Vorwürfe|Schritt|Entscheidung|Entscheid|Kritik|Vorschlag|Plan|Forderung|Maßnahme|Idee|Vergleich|Beschluss|Vorgehen|accusation|allegations?|move|decision|step|criticism|proposal|plan|idea|claims?|comparison)(\s+\p{Ll}+)?$/u;

/** The longest deed a matching task shows, in words. */
const DEED_WORDS = 18;

/** A German subjunctive opening a deed is reported speech the parse cut from its verb of
 * saying (`werde das vor Gericht darlegen`): who said so, and what `das` is, went with it. */
const REPORTED_OPENING = /^(sei|seien|habe|hätte|werde|würde|könne|müsse|solle|wolle|dürfe)\s/iu;

/** Pronouns for a woman or for a man: a deed saying `she` names the one woman of a task. */
const FEMININE: Record<'de' | 'en', RegExp> = {
  de: /(^|\s)(sie|ihr|ihre[mnrs]?)(\s|$)/u,
  en: /\b(she|her|hers|herself)\b/iu
};
const MASCULINE: Record<'de' | 'en', RegExp> = {
  de: /(^|\s)(er|ihm|ihn|sein|seine[mnrs]?)(\s|$)/u,
  en: /\b(he|him|his|himself)\b/iu
};

/** Verbs of plain saying, which tell nothing of what someone did or wants. */
const PLAIN_SAYING =
  /^(sagte|sagt|sagten|erklärte|erklärt|meinte|meint|betonte|said|says|told|added|explained)\b/iu;

const words = (t: string) => t.split(/\s+/u).filter(Boolean).length;

interface Deed {
  /** The who-question the deed was read from. */
  question: string;
  actor: Actor;
  /** How the task names the actor: a person by their full name, a body as the text calls it. */
  name: string;
  deed: string;
  sentence: number;
  evidence: number[];
  score: number;
}

/** The text of the sentence a who-question asks about (its fact's number). */
const sentenceText = (doc: Doc, c: Candidate) =>
  doc.sentences[Number(/^(\d+):/u.exec(c.fact)?.[1] ?? c.evidence[0] ?? -1)]?.s.text ?? '';

/** Who did something: a person or body the text names, or a body it calls by what it is. */
interface Actor {
  key: string;
  /** The words that name it in the text. */
  texts: string[];
  entity?: Entity;
}

/** A body called by what it is (`der Gemeinderat`, `die Opposition`, `the county council`). */
const BODY =
  /^(der|die|das|the)\s+(\p{L}+\s+){0,2}(\p{L}*(rat|tag|verband|ministerium|amt|behörde|direktion|verwaltung|regierung|opposition|fraktion|gewerkschaft|kammer|vorstand|kommission|ausschuss)|council|board|government|ministry|department|opposition|union|committee|authority|agency|commission)$/iu;

/** The person or body a who-question is answered with, if the text surely names it so. */
function actorOf(doc: Doc, answer: string): Actor | undefined {
  const entity = [...doc.entities.values()].find(
    (e) =>
      surelyTyped(doc, e.key) &&
      ((e.type === 'PER' && words(e.name) >= 2) || e.type === 'ORG') &&
      e.mentions.some((m) => answer === m.text || answer.endsWith(` ${m.text}`))
  );
  if (entity) return { key: entity.key, texts: entity.mentions.map((m) => m.text), entity };
  if (!BODY.test(answer)) return undefined;
  const noun = answer.replace(/^\S+\s+/u, '');
  return { key: `body:${noun.toLowerCase()}`, texts: [noun] };
}

export const deedsKind: QuestionKind = {
  name: 'deeds',
  propose(ctx) {
    const { doc, pack } = ctx;
    const deeds: Deed[] = [];
    const statements = statementsOf(doc).map((x) => x.content);
    for (const c of whKind.propose(ctx)) {
      // (Only a question on the subject, `Wer …?`/`Who …?`: one on an object, `Wen …?`, does
      // not read as what its answer did.)
      if (!/^(wer|who)\s/iu.test(c.prompt) || typeof c.answer !== 'string') continue;
      const actor = actorOf(doc, c.answer);
      if (!actor) continue;
      // (A body called by what it is whose name goes on in its sentence, `die Gewerkschaft
      // Bildung und Schule`, lost the rest of its name to the deed: `Die Gewerkschaft –
      // reagierte Bildung und Schule mit scharfer Kritik`.)
      const at = sentenceText(doc, c).toLowerCase().indexOf(c.answer.toLowerCase());
      const after = at < 0 ? '' : sentenceText(doc, c).slice(at + c.answer.length);
      if (!actor.entity && /^\s+\p{Lu}/u.test(after)) continue;
      // (Nor one naming its own actor, `will laut Franz Egger … werben`: a misparse of whose
      // words they were.)
      if (actor.texts.some((t) => ` ${c.prompt} `.includes(` ${t} `))) continue;
      const deed = c.prompt.replace(/^(wer|who)\s+/iu, '').replace(/\?$/u, '');
      if (words(deed) < MIN_DEED_WORDS || words(deed) > DEED_WORDS || REPORTED_OPENING.test(deed))
        continue;
      // (Nor what the matching of statements to their speakers asks: `sagte: „…“`.)
      if (statements.some((t) => deed.includes(t))) continue;
      // (No demonstrative for what came before, `warned that this could not be repeated`,
      // `sagte, das Landesamt prüfe das`: out of its sentence it points nowhere.)
      // (The sentence asked about, its fact's number: the evidence may open on one naming who.)
      const sentence = Number(/^(\d+):/u.exec(c.fact)?.[1] ?? c.evidence[0] ?? -1);
      const info = doc.sentences[sentence];
      const pointsBack = info?.s.words.some(
        (w) =>
          w.upos === 'PRON' &&
          (w.feats.PronType === 'Dem' || DEMONSTRATIVE.test(w.form)) &&
          w.feats.PronType !== 'Rel' &&
          // (… nor one opening a relative clause: `das Haus, das …`.)
          !info.s.words[w.head - 1]?.deprel.startsWith('acl') &&
          ` ${deed.toLowerCase()} `.includes(` ${w.form.toLowerCase()} `)
      );
      if (pointsBack || POINTING_PRONOUN[doc.language].test(deed) || SHELL_ENDING.test(deed))
        continue;
      const name =
        actor.entity?.type === 'PER'
          ? actor.entity.name
          : c.answer.charAt(0).toUpperCase() + c.answer.slice(1);
      deeds.push({
        question: c.prompt,
        actor,
        name,
        deed,
        sentence,
        // (… and the sentence naming the actor as the task does, where the deed's does not.)
        evidence: [...new Set([...c.evidence, ...evidenceFor(doc, sentence, name)])],
        score: c.score
      });
    }
    // One deed of each actor, what they did or demanded before what they merely said (`forderte
    // eine Ausnahmeplakette …` before `sagte, …`), then the most important; none naming another
    // actor of the task (it would pair itself), none on a sentence another deed is on.
    const chosen: Deed[] = [];
    const merelySaid = (d: Deed) => (PLAIN_SAYING.test(d.deed) ? 1 : 0);
    for (const d of deeds.sort((a, b) => merelySaid(a) - merelySaid(b) || b.score - a.score)) {
      if (chosen.some((x) => x.actor.key === d.actor.key || x.sentence === d.sentence)) continue;
      // (Two names sharing a word may be one actor, `Die HSG` and `Die HSG Mittelweser`, `The
      // council` and `Carrowfield Borough Council`.)
      const nameWords = (t: string) =>
        t
          .toLowerCase()
          .split(/\s+/u)
          .filter((w) => w.length >= 3 && !/^(die|der|das|the)$/u.test(w));
      if (chosen.some((x) => nameWords(x.name).some((w) => nameWords(d.name).includes(w))))
        continue;
      chosen.push(d);
    }
    const named = (d: Deed, other: Deed) =>
      other.actor.texts.some((t) => ` ${d.deed} `.includes(` ${t} `));
    const task = chosen
      .filter((d) => !chosen.some((o) => o !== d && named(d, o)))
      .slice(0, 5)
      // A deed saying `she` or `he` of its actor pairs itself where the task's other actors
      // are not surely of that sex too: a reader matches pronouns, not facts.
      .filter((d, _, all) => {
        const sex = FEMININE[doc.language].test(d.deed)
          ? 'f'
          : MASCULINE[doc.language].test(d.deed)
            ? 'm'
            : undefined;
        if (!sex) return true;
        return (
          all.filter(
            (o) => o !== d && !!o.actor.entity && personGender(doc, o.actor.entity) === sex
          ).length >= 1
        );
      });
    if (task.length < 3) return [];
    task.sort((a, b) => a.sentence - b.sentence);
    const evidence = [...new Set(task.flatMap((d) => d.evidence))].sort((a, b) => a - b);
    return [
      {
        kind: 'deeds',
        type: 'match',
        prompt: pack.texts.matchDeeds,
        answer: task.map((d) => [d.name, d.deed] as [string, string]),
        evidence,
        fact: 'deeds',
        score: task.reduce((n, d) => n + d.score, 0) / task.length,
        support: task.map((d) => d.name),
        restated: task.map((d) => d.question)
      } satisfies Candidate
    ];
  }
};
