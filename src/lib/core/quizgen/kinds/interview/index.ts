/**
 * Interviews: which answer the interview gives to one of its questions (`Welche Antwort gibt
 * Ashworth auf die Frage „Wie bereiten Sie eine Mannschaft von Teilzeitspielern auf so ein Spiel
 * vor?“`), with the opening of other answers of the same interview as alternatives. A reader
 * has to know what each answer is about, not find a word: the classic task of matching questions
 * to the paragraphs that answer them. An interview's answers are spoken in the first person and
 * lean on its questions, so the other kinds, which need a sentence that stands alone, asked
 * almost nothing of them (one question for a whole interview of unseen text, session 30).
 */
import type { Word } from '../../../nlp/types';
import { textOf, unmarkedSpeech, type Doc, type SentenceInfo } from '../../document';
import { hashUnit } from '../../hash';
import { arrange } from '../shared';
import type { Candidate, QuestionKind } from '../types';

/** Words a shown question or answer may have at most (a phone shows four choices). */
const MAX_WORDS = 30;
/** Words an answer's opening must have to say what the answer is about (`Better than me.`). */
const MIN_ANSWER_WORDS = 6;
/** Words a card's back may have at most (the whole answer, sentence by sentence). */
const CARD_WORDS = 60;
/** Words a question in the matching task may have at most (it stands beside an answer). */
const MATCH_WORDS = 20;

/** Question-and-answer pairs an interview needs for its answers to be alternatives. */
const MIN_PAIRS = 4;

interface Pair {
  /** The question as the interviewer asked it (the label left out). */
  question: string;
  /** The opening of the answer (the label left out). */
  answer: string;
  /** The whole answer, its first sentences up to `CARD_WORDS` words (for a card). */
  reply: string;
  /** Sentences of the question and of the whole answer. */
  replyEvidence: number[];
  /** Sentences of the question and of the answer's opening. */
  evidence: number[];
  /** Sentences of the question. */
  asked: number[];
  /** The answer's importance in the article. */
  importance: number;
  /** A statement from inside the answer that says what it is about (see `coreStatement`). */
  statement?: { text: string; sentence: number };
}

const wordCount = (t: string) => t.split(/\s+/u).filter(Boolean).length;

/** Question words, by which a question's shape is told. */
const QUESTION_WORD =
  /^(wer|wen|wem|wessen|was|wann|wo|wor?(an|auf|aus|bei|durch|für|gegen|her|hin|mit|nach|über|um|unter|von|vor|zu)|warum|weshalb|wieso|weswegen|wie|welch\p{L}*|who|whom|whose|what|when|where|why|how|which)$/iu;

/** A question's shape: its question word (`warum`, `how`), or `yes-no` for one without. */
function questionShape(question: string): string {
  const last = question.split(/(?<=[.!?])\s+/u).pop() ?? question;
  const first = (last.match(/\p{L}+/u)?.[0] ?? '').toLowerCase();
  if (!QUESTION_WORD.test(first)) return 'yes-no';
  return first.startsWith('welch') ? 'welch' : first;
}

/**
 * Shapes whose answers are of one kind a reader tells at a glance: a place for `wo`/`where`, a
 * time for `wann`/`when`, a person for `wer`/`who`, a reason for `warum`/`why`, a span for `wie
 * lange`/`how long`. (`was`, `wie`, `what`, `how` and yes-or-no questions are answered in every
 * way.)
 */
const TYPED_SHAPES: Record<string, string> = {
  wo: 'place',
  woher: 'place',
  wohin: 'place',
  where: 'place',
  wann: 'time',
  when: 'time',
  wer: 'person',
  wen: 'person',
  wem: 'person',
  who: 'person',
  whom: 'person',
  warum: 'reason',
  weshalb: 'reason',
  wieso: 'reason',
  weswegen: 'reason',
  why: 'reason',
  'wie lange': 'span',
  'how long': 'span',
  'wie oft': 'frequency',
  'how often': 'frequency',
  'wie alt': 'age',
  'how old': 'age'
};

/** What kind of answer a question asks for, where its question word says so. */
function answerType(question: string): string | undefined {
  const last = question.split(/(?<=[.!?])\s+/u).pop() ?? question;
  const [first = '', second = ''] = (last.match(/\p{L}+/gu) ?? []).map((w) => w.toLowerCase());
  return TYPED_SHAPES[`${first} ${second}`] ?? TYPED_SHAPES[first];
}

/** A text's longer words by their first five letters: what it talks about. With `nouns`, also
 * a capitalised word of five letters (a German noun: `Angst`; not the polite `Ihnen`). */
function topicWords(t: string, nouns = false): Set<string> {
  const tokens = t.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  return new Set(
    tokens
      .filter(
        (w) =>
          w.length >= 6 ||
          (nouns && w.length === 5 && /^\p{Lu}\p{Ll}/u.test(w) && !/^Ihr|^Ihn/u.test(w))
      )
      .map((w) => w.toLowerCase().slice(0, 5))
  );
}

/** A sentence's text without its speaker label. */
function unlabelled(doc: Doc, info: SentenceInfo): string {
  const from = info.s.speaker?.end ?? 1;
  return textOf(
    doc,
    info.s,
    info.s.words.filter((w) => w.id >= from).map((w) => w.id)
  ).trim();
}

/**
 * Whether an interviewer's question leans on the answer before it: four words or fewer (`Woran
 * scheitert es?`, `Mit welchen Folgen?`), or a word pointing back to it (`Was meinen Sie damit?`,
 * `What has changed most in that time?`; not one opening what follows, `Was spricht dafür, dass
 * …?`). Asked on its own it means nothing: both raters of blind rating 93 struck `Welche Antwort
 * gibt Hollweck auf die Frage „Was meinen Sie damit?“`.
 */
export function leansOnAnswerBefore(question: string): boolean {
  // (Four words or fewer lean on it where they point back, open on a preposition or have no
  // noun: `Woran liegt das?`, `Mit welchen Folgen?`, `Warum nicht?`; `Woher kommen Ihre
  // Artisten?` asks something of its own, and without it rating 116's interview had too few
  // questions for its matching task.)
  const short = question.split(/\s+/u).filter(Boolean);
  if (
    short.length <= 4 &&
    (short.length <= 2 ||
      /(?<!\p{L})(das|dies|es|so|that|this|it|them|they|sie|er)(?!\p{L})/iu.test(question) ||
      /^(mit|für|von|in|an|auf|bei|with|for|from|at|on|by|and|und|aber|but|or|oder)\s/iu.test(
        question
      ) ||
      !short.slice(1).some((w) => /^\p{Lu}/u.test(w) || /^\p{Ll}{5,}/u.test(w)))
  )
    return true;
  return /(?<!\p{L})(damit|dabei|dazu|darauf|daran|davon|dafür|dagegen|darüber|dadurch|daraus|dann)(?!\p{L})(?!\s*,?\s*(dass|ob|wenn|wie|warum|weil|zu)\b)|\b(in|at|by|since) that (time|point|stage|moment|period)\b|\bthose (days|years)\b/iu.test(
    question
  );
}

/** Words a statement from inside an answer may have: whole, on one line of a list to pick
 * from. */
const STATEMENT_WORDS = 14;
/** Words a statement needs to say something (`I do.` says nothing). */
const MIN_STATEMENT_WORDS = 5;

/**
 * Words that open a sentence which goes on from the one before it (`Aber …`, `Das war …`, `So
 * …`, `Then …`): alone in a list, which answer it continues is a riddle.
 */
const LEANS_ON_BEFORE =
  /^(aber|und|oder|doch|denn|sondern|also|dann|da|dort|damals|deshalb|deswegen|darum|daher|dafür|dabei|damit|dadurch|dazu|davon|darauf|daran|trotzdem|sonst|so|das|dies|dieser|diese|dieses|diesen|jene[rsnm]?|es|er|sie|ihm|ihr|ihnen|auch|nein|ja|genau|eben|but|and|or|so|then|there|that|this|these|those|it|he|she|they|them|yes|no|exactly|which|because|also|still|yet)$/iu;

/** Quantifiers that stand for people or things named before when they stand alone. */
const BARE_QUANTIFIER =
  /^(many|most|some|several|both|all|few|others|viele|einige|manche|mehrere|beide|alle|wenige|andere)$/iu;

/**
 * A statement from inside an answer that says what the answer is about, for a matching task:
 * a whole sentence of its own, short enough for a list, that does not go on from the sentence
 * before it nor echo its question's words. An answer's opening replies to its question's form
 * (`How often …?` → `Verbally, most weeks.`, `Is it common?` → `More than you'd think.`):
 * matched by their openings, questions and answers were paired without reading, in every sheet
 * of blind ratings 111–114 (`use what the answers say`, 0 good of 8 ratings in 113–114).
 * Sentences after the opening come first; the opening only where no other will do.
 */
function coreStatement(
  doc: Doc,
  question: string,
  sentences: readonly SentenceInfo[]
): { text: string; sentence: number } | undefined {
  const asked = topicWords(question, true);
  let best: { text: string; sentence: number; score: number } | undefined;
  sentences.forEach((info, position) => {
    const text = unlabelled(doc, info);
    const words = wordCount(text);
    if (words < MIN_STATEMENT_WORDS || words > STATEMENT_WORDS) return;
    if (!/[.!]$/u.test(text) || /[„“”"«»:;]/u.test(text)) return;
    const opener = (text.match(/\p{L}+/u)?.[0] ?? '').toLowerCase();
    if (LEANS_ON_BEFORE.test(opener)) return;
    // A statement needs its own finite verb (not `Mostly by keeping things normal.`).
    const from = info.s.speaker?.end ?? 1;
    // … and no pronoun for something named before it at its head (`Die gibt es immer noch.`):
    // `ich`, `wir`, `man` and `wer` stand alone.
    // (Nor as the subject of its main clause: `Last year it was 5,100.`, `I think that's about
    // right.`)
    const pointsBack = (w: Word | undefined) =>
      w?.upos === 'PRON' &&
      (w.feats.PronType === 'Dem' || (w.feats.PronType === 'Prs' && w.feats.Person === '3'));
    const head = info.s.words.find((w) => w.id >= from && w.upos !== 'PUNCT');
    if (pointsBack(head)) return;
    // (… also where the tagger read it as an article: `Die ist über Freizeitboote eingeschleppt
    // worden.` — what is? No referent to both raters of blind rating 124.)
    const afterHead = head ? info.s.words[head.id] : undefined;
    if (
      /^(der|die|den|dem|denen)$/iu.test(head?.form ?? '') &&
      /^(VERB|AUX)$/u.test(afterHead?.upos ?? '') &&
      afterHead?.feats.VerbForm === 'Fin'
    )
      return;
    // (… nor a bare quantifier for people or things named before: `Many belonged to relatives
    // who had died.`, `Viele kommen wieder.`)
    if (head && /^nsubj/u.test(head.deprel) && BARE_QUANTIFIER.test(head.form)) return;
    const [, second, third] = info.s.words.filter((w) => w.id >= from);
    if (
      /^(meisten|majority)$/iu.test(second?.form ?? '') &&
      /^(VERB|AUX)$/u.test(third?.upos ?? '')
    )
      return;
    const root = info.s.words.find((w) => w.head === 0);
    const mainSubjects = info.s.words.filter(
      (w) => /^nsubj/u.test(w.deprel) && w.head === root?.id
    );
    if (mainSubjects.some(pointsBack)) return;
    if (!info.s.words.some((w) => w.id >= from && w.feats.VerbForm === 'Fin')) return;
    // (… nor a number standing for a noun the answer named before it: `Ich hatte zwei in 23
    // Jahren.` — two what? Both raters of rating 127: robberies.)
    if (
      info.s.words.some(
        (w) =>
          w.id >= from &&
          w.upos === 'NUM' &&
          (/^(obj|nsubj|nsubj:pass)$/u.test(w.deprel) ||
            // (… the parse hanging it on a noun after a preposition: `zwei in 23 Jahren`.)
            (w.deprel === 'nummod' &&
              w.head !== w.id + 1 &&
              info.s.words[w.id]?.upos === 'ADP' &&
              // (Not a range: `five to seven years`.)
              !/^(to|bis)$/iu.test(info.s.words[w.id]?.form ?? '')))
      )
    )
      return;
    // (A word of five letters echoes its question too: `Angst`, the pair both raters of rating
    // 127 matched by the word alone.)
    const echoes = [...topicWords(text, true)].filter((w) => asked.has(w)).length;
    const score =
      info.importance -
      echoes * 2 -
      (position === 0 ? 5 : 0) +
      (/\d/u.test(text) ? 1 : 0) +
      (unmarkedSpeech(info) ? 0 : 0.5);
    if (!best || score > best.score) best = { text, sentence: info.s.index, score };
  });
  return best ? { text: best.text, sentence: best.sentence } : undefined;
}

/** The interview's question-and-answer pairs in text order, or none for another text. */
/** The label of paragraphs without one (questions printed in bold, unlabelled). */
const UNLABELLED = '\u0000';
/** Paragraphs of an interview's opening before its questions: the title and the lead. */
const OPENING_PARAGRAPHS = 2;

/** Labels that say a line is an answer, not who gives it. */
const ANSWER_LABEL = /^(antwort|answer|reply|antw|a)\.?$/iu;

export function interviewPairs(doc: Doc): {
  pairs: Pair[];
  /** Sentences of the interviewee's replies (see `inInterviewReply`). */
  replies: ReadonlySet<number>;
  /** Sentences of the interviewer's questions, from the first on. */
  questions: ReadonlySet<number>;
  interviewee?: string;
} {
  // Paragraphs in order, each with the label of its first sentence.
  const paragraphs: { label?: string; sentences: SentenceInfo[] }[] = [];
  for (const info of doc.sentences) {
    const last = paragraphs[paragraphs.length - 1];
    if (last && last.sentences[0]?.s.paragraph === info.s.paragraph) last.sentences.push(info);
    else paragraphs.push({ label: info.s.speaker?.label, sentences: [info] });
  }
  // The interviewer is the label whose paragraphs end on a question. Many papers print the
  // questions without a label, in bold, and label only the answers (`Kilbride: Smaller than
  // people imagine …`): such an interview had no question on its answers at all (blind rating
  // 106's batch, both interviews). Unlabelled paragraphs count as one label for this.
  const labelOf = (p: { label?: string }) => p.label ?? UNLABELLED;
  const asks = new Map<string, [number, number]>();
  for (const p of paragraphs) {
    const counts = asks.get(labelOf(p)) ?? [0, 0];
    counts[1]++;
    if (/\?\s*$/u.test(p.sentences[p.sentences.length - 1]?.s.text ?? '')) counts[0]++;
    asks.set(labelOf(p), counts);
  }
  // (Unlabelled: only where some answers are labelled, and the text's opening, its title and
  // lead, left out of the count.)
  const labelled = paragraphs.some((p) => p.label);
  const interviewer = [...asks].find(
    ([label, [q, n]]) =>
      (label !== UNLABELLED || labelled) &&
      q >= MIN_PAIRS &&
      q >= (label === UNLABELLED ? n - OPENING_PARAGRAPHS : n) * 0.7
  )?.[0];
  const endsOnQuestion = (p: { sentences: SentenceInfo[] }) =>
    /\?\s*$/u.test(p.sentences[p.sentences.length - 1]?.s.text ?? '');
  // With no label at all (questions in bold, answers as plain paragraphs, as many papers print
  // them: `Most people only meet a registrar on their wedding day. Is that the bulk of the
  // job?` and the reply below it), an interview is told by its shape: after the title and
  // lead, questions of a paragraph each, each followed by an answer, and answers spoken in the
  // first person. Such interviews were read as reports: their gist was the interviewee's
  // introduction, struck by both raters in each of blind ratings 107–110 (`Key is only the
  // biographical intro, not a summary of the interview`).
  const unlabelledPairs = (): number[] => {
    if (labelled) return [];
    const starts: number[] = [];
    for (let i = OPENING_PARAGRAPHS; i + 1 < paragraphs.length; i++) {
      const asked = paragraphs[i];
      const reply = paragraphs[i + 1];
      if (asked && reply && endsOnQuestion(asked) && !endsOnQuestion(reply)) starts.push(i);
    }
    const body = paragraphs.length - OPENING_PARAGRAPHS;
    const spoken = starts.filter((i) =>
      (paragraphs[i + 1]?.sentences ?? []).some((info) => unmarkedSpeech(info))
    );
    return starts.length >= MIN_PAIRS &&
      starts.length * 2 >= body * 0.6 &&
      spoken.length * 2 >= starts.length
      ? starts
      : [];
  };
  const shaped = interviewer ? [] : unlabelledPairs();
  if (!interviewer && shaped.length === 0)
    return { pairs: [], replies: new Set(), questions: new Set() };
  // Every sentence after the first question that no question holds: the interviewee's words.
  const asking = (i: number) =>
    interviewer
      ? labelOf(paragraphs[i] ?? {}) === interviewer
      : i >= OPENING_PARAGRAPHS && endsOnQuestion(paragraphs[i] ?? { sentences: [] });
  const firstQuestion = paragraphs.findIndex((_, i) => asking(i));
  const replies = new Set(
    paragraphs.flatMap((p, i) =>
      firstQuestion >= 0 && i > firstQuestion && !asking(i) ? p.sentences.map((x) => x.s.index) : []
    )
  );
  const questions = new Set(
    paragraphs.flatMap((p, i) =>
      firstQuestion >= 0 && i >= firstQuestion && asking(i) ? p.sentences.map((x) => x.s.index) : []
    )
  );
  const pairs: Pair[] = [];
  const answerers = new Set<string>();
  for (let i = 0; i + 1 < paragraphs.length; i++) {
    const asked = paragraphs[i];
    const reply = paragraphs[i + 1];
    if (!asked || !reply) continue;
    if (interviewer) {
      if (labelOf(asked) !== interviewer || labelOf(reply) === interviewer) continue;
      // An answer carries a label, or none where the questions carry one: many papers label
      // only the questions (`Q: How did you end up doing this?` and the reply as a plain
      // paragraph), and such an interview had no question on its answers at all (session 44).
      if (!reply.label && interviewer === UNLABELLED) continue;
    } else if (!shaped.includes(i)) continue;
    if (reply.label) answerers.add(reply.label);
    // The whole question, where it is short enough: a question that leans on the sentence
    // before it (`Your goalkeeper, Callum Reid, became something of a celebrity. How is he
    // coping?`) is shown with it.
    const question = asked.sentences.map((s) => unlabelled(doc, s)).join(' ');
    if (!/\?$/u.test(question) || wordCount(question) > MAX_WORDS) continue;
    // A question for a number is answered by the one answer with a number in it (`wie viele
    // Menschen standen heute schon … vor Ihnen?` → `Bis zum Mittag waren es 23.`, blind rating
    // 72): found without reading.
    if (/\b(wie viele|wie viel|how many|how much)\b/iu.test(question)) continue;
    // The answer's opening: its first sentence, with the next one where the first is too short
    // to say something of its own (`It's really the combination.` is the answer, the next
    // sentence its reason: the next sentence alone skipped what the interviewee answered,
    // blind rating 71).
    const [first, second] = reply.sentences;
    if (!first) continue;
    const opening = [first];
    if (wordCount(unlabelled(doc, first)) < MIN_ANSWER_WORDS && second) opening.push(second);
    // … but a reply of one word (`Beides.`, `Ja.`, `Absolutely.`) fits only a question of its
    // shape and tells which question it answers without reading on (blind rating 73): the
    // sentence after it stands for the answer.
    if (second && wordCount(unlabelled(doc, first)) === 1) opening.shift();
    const answer = opening.map((s) => unlabelled(doc, s)).join(' ');
    if (wordCount(answer) < MIN_ANSWER_WORDS) continue;
    if (wordCount(answer) > MAX_WORDS || /\?$/u.test(answer)) continue;
    // An answer that opens with a conjunction (`Dass hinterher im Foyer gestritten wird.`,
    // `Because at this stage …`) goes on from its question's words: as a choice it is the one
    // fragment, and it shows which question it answers (blind rating 71).
    const opener = first.s.words.find((w) => w.id >= (first.s.speaker?.end ?? 1));
    if (
      opener?.upos === 'SCONJ' ||
      /^(dass|weil|because|that|ob|whether)$/iu.test(opener?.form ?? '')
    )
      continue;
    // The whole answer for a card's back, sentence by sentence while it stays short (a card
    // whose back stopped at `Fast alles.` or `Das ist die Frage, die mich am meisten umtreibt.`
    // left out what the answer says, both raters of blind rating 92).
    let whole = '';
    const wholeEvidence = asked.sentences.map((s) => s.s.index);
    for (const sentence of reply.sentences) {
      const next = `${whole} ${unlabelled(doc, sentence)}`.trim();
      if (whole && wordCount(next) > CARD_WORDS) break;
      whole = next;
      wholeEvidence.push(sentence.s.index);
    }
    const statement = coreStatement(doc, question, reply.sentences);
    pairs.push({
      question,
      answer,
      ...(statement ? { statement } : {}),
      reply: whole,
      replyEvidence: wholeEvidence,
      evidence: [...asked.sentences.map((s) => s.s.index), ...opening.map((s) => s.s.index)],
      asked: asked.sentences.map((s) => s.s.index),
      importance: Math.max(...opening.map((s) => s.importance))
    });
  }
  // A label that names the one person answering is their name (`Ashworth:`); `A:` is none, nor
  // `Antwort:` (`Ordne jeder Frage des Interviews zu, wie Antwort sie beantwortet`, ungrammatical
  // to both raters of blind rating 97).
  const [only] = answerers;
  const interviewee =
    answerers.size === 1 &&
    only &&
    /^\p{Lu}\p{Ll}/u.test(only) &&
    wordCount(only) <= 2 &&
    !ANSWER_LABEL.test(only)
      ? only
      : undefined;
  return { pairs, replies, questions, ...(interviewee ? { interviewee } : {}) };
}

const repliesOf = new WeakMap<Doc, ReadonlySet<number>>();

/**
 * Whether a sentence is an interviewee's reply (an interview read by `interviewPairs`): their
 * words, not the text's own (`People arrive with a carrier bag full of paperwork.` of a
 * registrar's answer, negated into a false statement of the text, blind rating 110).
 */
export function inInterviewReply(doc: Doc, info: SentenceInfo): boolean {
  let replies = repliesOf.get(doc);
  if (!replies) {
    const read = interviewPairs(doc);
    replies = read.pairs.length > 0 ? read.replies : new Set();
    repliesOf.set(doc, replies);
  }
  return replies.has(info.s.index);
}

const exchangeOf = new WeakMap<Doc, ReadonlySet<number>>();

/**
 * Whether a sentence is part of an interview's exchange: a reply, or the interviewer's question
 * with what it sets up (`Studios now sell huge libraries of ready-made sound effects, and some
 * companies are experimenting with artificial intelligence. Are you worried?`). Neither is the
 * text's own statement: made a true/false statement, the interviewer's framing was turned into a
 * one-word trap the text does not settle (`Studios now buy …`, both raters of rating 116).
 */
export function inInterviewExchange(doc: Doc, info: SentenceInfo): boolean {
  let exchange = exchangeOf.get(doc);
  if (!exchange) {
    const read = interviewPairs(doc);
    exchange = read.pairs.length > 0 ? new Set([...read.replies, ...read.questions]) : new Set();
    exchangeOf.set(doc, exchange);
  }
  return exchange.has(info.s.index);
}

export const interviewKind: QuestionKind = {
  name: 'interview',
  propose({ doc, pack }) {
    const { pairs, interviewee } = interviewPairs(doc);
    if (pairs.length < MIN_PAIRS) return [];
    const out: Candidate[] = [];
    for (const pair of pairs) {
      if (leansOnAnswerBefore(pair.question)) continue;
      // Alternatives: the openings of three other answers, a different three for each
      // question (two questions of one quiz then show different choices).
      const seed = `interview|${pair.evidence.join(',')}`;
      // The answers closest to the question in what they talk about come first: answers on
      // other topics plainly do not answer it, and the item only tests finding the passage
      // (both raters of blind rating 73 struck `Wer bezahlt eigentlich solche Einsätze?` among
      // answers on injuries, training and the climate).
      // … and before them answers to questions of the same shape: a yes-or-no question among
      // answers to yes-or-no questions, a `why` among answers to `why` (rating 74 struck
      // `Also ist der Klimawandel schuld?` among answers to `Wie geht es Ihren Völkern?`).
      const asked = topicWords(pair.question);
      const shape = questionShape(pair.question);
      const wanted = answerType(pair.question);
      const closeness = (p: Pair) =>
        (wanted && answerType(p.question) === wanted ? 20 : 0) +
        (questionShape(p.question) === shape ? 10 : 0) +
        [...topicWords(p.answer)].filter((w) => asked.has(w)).length;
      // (Each answer by a statement from inside it, as in the matching task: by their openings
      // the answers were told apart by their questions' form, three of four such items bad in
      // rating 116.)
      const statement = pair.statement?.text;
      if (!statement) continue;
      const others = pairs
        .filter((p) => p !== pair && !!p.statement && p.statement.text !== statement)
        .sort(
          (a, b) =>
            closeness(b) - closeness(a) ||
            hashUnit(`${seed}|${a.answer}`) - hashUnit(`${seed}|${b.answer}`)
        )
        .map((p) => p.statement?.text ?? '')
        .slice(0, 3);
      if (others.length < 3) continue;
      // A question for a place, a time, a person, a reason or a span is answered by the one
      // choice of that kind unless every other choice answers a question of its kind too: both
      // raters of blind rating 76 struck `Where do the dogs make the biggest difference?` among
      // `Always in my rucksack.` and `They're a great tool …`, and `How long does it take to
      // train a dog like that?` among answers that give no span.
      if (wanted && pairs.filter((p) => p !== pair && answerType(p.question) === wanted).length < 3)
        continue;
      out.push({
        kind: 'interview',
        type: 'multiple-choice',
        prompt: pack.texts.interviewStatement(pair.question, interviewee),
        answer: statement,
        choices: arrange(statement, others, seed),
        evidence: [...pair.asked, pair.statement?.sentence ?? 0],
        fact: `interview:${pair.evidence.join(',')}`,
        score: pair.importance * 1.1,
        support: [statement]
      });
    }
    // The interview as one matching task: three or four of its questions, each to a statement
    // from inside its answer (see `coreStatement`). As single questions with the openings of
    // other answers as choices, its items were 5 good and 31 bad of 102 ratings in blind
    // ratings 76–94 (`the distractors are answers to other questions that obviously do not
    // fit`); matching tasks were the best-rated items of those ratings (who said what: 8 good of
    // 10). Every statement is a real one, and each fits only its own question. (The most
    // important pairs, shown in the interview's order; no question that leans on the answer
    // before it.)
    const matched = pairs
      .filter((p) => !leansOnAnswerBefore(p.question) && wordCount(p.question) <= MATCH_WORDS)
      .filter((p) => p.statement)
      .filter((p, i, all) => all.findIndex((q) => q.statement?.text === p.statement?.text) === i)
      .sort((a, b) => b.importance - a.importance)
      .slice(0, 4)
      .sort((a, b) => (a.evidence[0] ?? 0) - (b.evidence[0] ?? 0));
    if (matched.length >= 3)
      out.push({
        kind: 'interview',
        type: 'match',
        prompt: pack.texts.matchInterview(interviewee),
        answer: matched.map((p) => [p.question, p.statement?.text ?? ''] as [string, string]),
        evidence: [
          ...new Set(matched.flatMap((p) => [...p.asked, p.statement?.sentence ?? 0]))
        ].sort((a, b) => a - b),
        fact: 'interview:match',
        // (Above any single question on the interview: it asks them all.)
        score: Math.max(...pairs.map((p) => p.importance)) * 1.2,
        support: matched.flatMap((p) => [p.question, p.statement?.text ?? ''])
      });
    return out;
  }
};
