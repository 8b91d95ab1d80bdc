/**
 * Verbs of an outcome and their opposites (see `OUTCOMES`), for wrong summaries and false
 * statements that get the main point of a sentence wrong.
 */
import type { Word } from '../../nlp/types';
import type { SentenceInfo } from '../document';

/**
 * Verbs of an outcome and their opposites, which take the same objects and phrases (`gewann das
 * Spitzenspiel` → `verlor das Spitzenspiel`, `hat seine Jahresziele angehoben` → `gesenkt`,
 * `have bought its only filling station` → `have sold`), each form by its slot: infinitive (also
 * the plural of the present), third person singular of the present, singular and plural of the
 * past, past participle. German verbs whose particle stands apart in a main clause (`senkt …
 * ab`) give only their infinitive and participle; `undefined` marks a slot not offered.
 */
export type Forms = [string, string | undefined, string | undefined, string | undefined, string];
export const OUTCOMES: Record<'de' | 'en', [Forms, Forms][]> = {
  de: [
    [
      ['gewinnen', 'gewinnt', 'gewann', 'gewannen', 'gewonnen'],
      ['verlieren', 'verliert', 'verlor', 'verloren', 'verloren']
    ],
    [
      ['steigen', 'steigt', 'stieg', 'stiegen', 'gestiegen'],
      ['sinken', 'sinkt', 'sank', 'sanken', 'gesunken']
    ],
    [
      ['erhöhen', 'erhöht', 'erhöhte', 'erhöhten', 'erhöht'],
      ['senken', 'senkt', 'senkte', 'senkten', 'gesenkt']
    ],
    [
      ['anheben', undefined, undefined, undefined, 'angehoben'],
      ['senken', undefined, undefined, undefined, 'gesenkt']
    ],
    [
      ['öffnen', 'öffnet', 'öffnete', 'öffneten', 'geöffnet'],
      ['schließen', 'schließt', 'schloss', 'schlossen', 'geschlossen']
    ],
    [
      ['erlauben', 'erlaubt', 'erlaubte', 'erlaubten', 'erlaubt'],
      ['verbieten', 'verbietet', 'verbot', 'verboten', 'verboten']
    ],
    [
      ['genehmigen', undefined, undefined, undefined, 'genehmigt'],
      ['ablehnen', undefined, undefined, undefined, 'abgelehnt']
    ],
    [
      ['bestätigen', undefined, undefined, undefined, 'bestätigt'],
      ['aufheben', undefined, undefined, undefined, 'aufgehoben']
    ],
    [
      ['stoppen', undefined, undefined, undefined, 'gestoppt'],
      ['fortsetzen', undefined, undefined, undefined, 'fortgesetzt']
    ],
    [
      ['verbessern', 'verbessert', 'verbesserte', 'verbesserten', 'verbessert'],
      ['verschlechtern', 'verschlechtert', 'verschlechterte', 'verschlechterten', 'verschlechtert']
    ],
    [
      ['loben', 'lobt', 'lobte', 'lobten', 'gelobt'],
      ['kritisieren', 'kritisiert', 'kritisierte', 'kritisierten', 'kritisiert']
    ]
  ],
  en: [
    [
      ['win', 'wins', 'won', 'won', 'won'],
      ['lose', 'loses', 'lost', 'lost', 'lost']
    ],
    [
      ['rise', 'rises', 'rose', 'rose', 'risen'],
      ['fall', 'falls', 'fell', 'fell', 'fallen']
    ],
    [
      ['increase', 'increases', 'increased', 'increased', 'increased'],
      ['decrease', 'decreases', 'decreased', 'decreased', 'decreased']
    ],
    [
      ['open', 'opens', 'opened', 'opened', 'opened'],
      ['close', 'closes', 'closed', 'closed', 'closed']
    ],
    [
      ['approve', 'approves', 'approved', 'approved', 'approved'],
      ['reject', 'rejects', 'rejected', 'rejected', 'rejected']
    ],
    [
      ['allow', 'allows', 'allowed', 'allowed', 'allowed'],
      ['ban', 'bans', 'banned', 'banned', 'banned']
    ],
    [
      ['uphold', 'upholds', 'upheld', 'upheld', 'upheld'],
      ['overturn', 'overturns', 'overturned', 'overturned', 'overturned']
    ],
    [
      ['buy', 'buys', 'bought', 'bought', 'bought'],
      ['sell', 'sells', 'sold', 'sold', 'sold']
    ],
    [
      ['suspend', 'suspends', 'suspended', 'suspended', 'suspended'],
      ['resume', 'resumes', 'resumed', 'resumed', 'resumed']
    ],
    [
      ['improve', 'improves', 'improved', 'improved', 'improved'],
      ['worsen', 'worsens', 'worsened', 'worsened', 'worsened']
    ],
    [
      ['praise', 'praises', 'praised', 'praised', 'praised'],
      ['criticise', 'criticises', 'criticised', 'criticised', 'criticised']
    ]
  ]
};

/** The slot of a verb form among its forms (see `OUTCOMES`), told by its features where two
 * slots share a form (`erhöht`: present or participle, `won`: past or participle). */
export function slotOf(forms: Forms, w: Word): number | undefined {
  const form = w.form.toLowerCase();
  const slots = forms.flatMap((f, i) => (f === form ? [i] : []));
  if (slots.length <= 1) return slots[0];
  if (w.feats.VerbForm === 'Part') return slots.includes(4) ? 4 : undefined;
  if (w.feats.VerbForm === 'Inf') return slots.includes(0) ? 0 : undefined;
  if (w.feats.Tense === 'Past')
    return slots.find((s) => s === (w.feats.Number === 'Plur' ? 3 : 2) || s === 2);
  if (w.feats.Tense === 'Pres') return slots.find((s) => s === (w.feats.Number === 'Plur' ? 0 : 1));
  return undefined;
}

/**
 * What is won or lost as a contest (`gewann das Spitzenspiel`, `lost the final`): anything else
 * won or lost turned round says nothing (`won a penalty` → `lost a penalty`, `Hallowby lost
 * population` → `won population`, `hat seine Bio-Zertifizierung verloren` → `gewonnen`).
 */
const CONTEST =
  /(spiel|partie|derby|finale|titel|meisterschaft|pokal|wahl|prozess|rennen|duell|match|turnier|kampf|abstimmung|runde|satz|game|final|title|cup|league|election|race|case|appeal|vote|tie|championship|tournament|contest|battle|bout|fixture|series|award|prize|trophy)$/iu;

/** The opposite of an outcome verb in the same form (`gewann` → `verlor`, `have bought` →
 * `sold`), or undefined for a verb that has none (nor for a win of something in play). */
export function oppositeOutcome(
  language: 'de' | 'en',
  w: Word,
  info: SentenceInfo
): string | undefined {
  const objects = info.s.words.filter((k) => k.head === w.id && k.deprel === 'obj');
  if (
    /^(win|lose|gewinnen|verlieren)$/u.test(w.lemma) &&
    objects.some((k) => !CONTEST.test(k.lemma))
  )
    return undefined;
  // What is bought is sold to someone, not bought to them (`sold the business in 1873 to the
  // Humber Cordage Company`), and a price a thing sells for is no sale (`fragments can sell for
  // several hundred pounds`).
  const after = info.s.words.filter((k) => k.id > w.id);
  if (
    /^(buy|sell)$/u.test(w.lemma) &&
    (objects.length === 0 ||
      after.some((k) => /^(to|from|for)$/iu.test(k.form) && k.deprel === 'case'))
  )
    return undefined;
  // A thing approved or rejected as something (`was rejected as too expensive`) keeps its
  // reason only with its verb.
  if (
    /^(approve|reject|genehmigen|ablehnen)$/u.test(w.lemma) &&
    after.some((k) => /^(as|als)$/iu.test(k.form))
  )
    return undefined;
  // A court upholds or quashes a ruling, a decision or a permit; a monastery dissolved
  // (`aufgehoben`) is not `bestätigt`.
  const undergoer = info.s.words.filter(
    (k) => k.head === w.id && /^(obj|nsubj:pass)$/u.test(k.deprel)
  );
  if (
    /^(aufheben|bestätigen|uphold|overturn)$/u.test(w.lemma) &&
    !undergoer.some((k) =>
      /(urteil|beschluss|genehmigung|entscheidung|verbot|bescheid|strafe|verfügung|ruling|decision|verdict|conviction|sentence|ban|permission|order)$/iu.test(
        k.lemma
      )
    )
  )
    return undefined;
  // Nor a road closed for a reason (`closed because of landslips` → `opened because of
  // landslips` says nothing).
  if (after.some((k) => /^(because|wegen|aufgrund|due)$/iu.test(k.form))) return undefined;
  for (const [a, b] of OUTCOMES[language])
    for (const [from, to] of [
      [a, b],
      [b, a]
    ] as const) {
      if (from[0] !== w.lemma.toLowerCase()) continue;
      const slot = slotOf(from, w);
      const other = slot === undefined ? undefined : to[slot];
      if (other) return other;
    }
  return undefined;
}
