/**
 * Runs the generator over the bundled article and every text of the development corpus
 * (`../shared/corpus` beside the repository) and holds each question to a teacher's checks.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR } from '../../../../scripts/corpus-dir';
import { countWords } from '../text/count-words';
import { generateQuestionSet } from './index';
import { qualityIssues } from './quality';
import { allModels } from '../../../../scripts/nlp-models';

const models = allModels();

const repo = fileURLToPath(new URL('../../../../', import.meta.url));
const corpus = CORPUS_DIR;

interface Text {
  name: string;
  text: string;
  language?: 'de' | 'en';
}

function corpusTexts(): Text[] {
  const texts: Text[] = [
    {
      name: 'bundled',
      text: readFileSync(resolve(repo, 'questions/hikvision-kanada.de.txt'), 'utf8')
    }
  ];
  for (const [folder, language] of [
    ['news-de', 'de'],
    ['news-de-2', 'de'],
    ['news-en', 'en']
  ] as const) {
    const dir = resolve(corpus, folder);
    for (const file of readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .sort())
      texts.push({
        name: `${folder}/${file}`,
        text: readFileSync(resolve(dir, file), 'utf8'),
        language
      });
  }
  for (const language of ['de', 'en'] as const) {
    const items = JSON.parse(readFileSync(resolve(corpus, `xquad/${language}.json`), 'utf8')) as {
      id: string;
      context: string;
    }[];
    for (const item of items) texts.push({ name: item.id, text: item.context, language });
  }
  return texts;
}

/**
 * Whether a statement's word is a synonym of a word of its evidence, by the same thesaurus
 * (German, by the lexicon's lemmas) and glossary (English) the generator rewords with.
 */
function rewords(language: 'de' | 'en') {
  const words = (t: string) =>
    t
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .filter(Boolean);
  if (language === 'en') {
    const glossary = models.en.glossary;
    return (word: string, evidence: string) =>
      words(evidence).some(
        (e) => glossary?.sense(e, 'NOUN')?.synonyms.includes(word.toLowerCase()) ?? false
      );
  }
  const { lexicon, thesaurus } = models.de;
  const lemmas = (w: string) =>
    (lexicon?.analysesOf(w.charAt(0).toUpperCase() + w.slice(1)) ?? [])
      .filter((a) => a.upos === 'NOUN')
      .map((a) => a.lemma);
  return (word: string, evidence: string) =>
    lemmas(word).some((l) =>
      words(evidence).some((e) => lemmas(e).some((x) => thesaurus?.related(l, x) ?? false))
    );
}

const texts = corpusTexts();
const sets = texts.map((t) => ({
  ...t,
  set: generateQuestionSet(t.text, { models, id: 'corpus' })
}));

describe('generator over the corpus', () => {
  it('reads every text of the corpus', () => {
    expect(texts.length).toBe(1 + 18 + 27 + 20 + 24 + 24);
  });

  it.each(sets.map((s) => [s.name, s] as const))('%s: every question passes', (_name, { set }) => {
    expect(qualityIssues(set, { rewords: rewords(set.language) })).toEqual([]);
  });

  it.each(sets.map((s) => [s.name, s] as const))(
    '%s: detects the language and asks a quiz sized to the text',
    (_name, { set, text, language }) => {
      if (language) expect(set.language).toBe(language);
      const quiz = set.questions.filter((q) => q.type !== 'flashcard');
      const words = countWords(text);
      // A news article of 300–800 words gets about 10–20 quiz questions (the issue's number,
      // not reached: the corpus mean is 4.3 since session 23, which stopped side details from
      // filling a quiz past four); short paragraphs fewer. Side details and gaps on
      // ordinary words are asked only to fill a quiz the important sentences leave short, so an
      // article with few facts may get four (a book review of 301 words, once its only
      // vocabulary item — `Stieftochter` explained as `Ziehtochter`, wrong — went in session 12),
      // an English one three: session 22 took away the gap on an ordinary word that brought two
      // English articles to four (`the ____ of the economy`, `the ____ of women before the 1997
      // intake`; blind ratings 45–47 kept one of 15 such fillers as they were). Session 23 let
      // a German one have three too (a sociologist's obituary, news-de-2/120: its fourth was a
      // lone true statement, which the balance of true and false keeps in three sets of ten).
      // Since session 45 who said a quotation and typed wh answers only fill a quiz to its
      // minimum (blind ratings 106–110 kept none of them as they were): an article of few facts
      // may have two (below: two at most).
      if (words >= 300 && words <= 800) {
        expect(quiz.length).toBeGreaterThanOrEqual(2);
        expect(quiz.length).toBeLessThanOrEqual(22);
      }
      // Short paragraphs (XQuAD) get fewer: a text of 150 words or more at least two questions,
      // one of 100 at least one. A paragraph shorter than that may get none when nothing in it
      // is sound (session 13: xquad.en/6/0, 86 words, whose only gap offered the verb `speak`
      // among nouns); the app then says the article has no quiz questions (see below: rare).
      expect(quiz.length).toBeGreaterThanOrEqual(words >= 100 ? 1 : 0);
    }
  );

  it('asks three questions or more of all but three news articles of 300 to 800 words', () => {
    // (Session 45: a study report, news-de-2/119, kept two gaps once its who-said question, a
    // filler now, gave way to a gap on the same quotation; and news-de-2/123 lost a gap on a
    // sentence that points back, `Mit dem Titel … liest Albertine daraus`. Session 47: the
    // Millennium Dome report, news-en/010, lost `According to Edward Leigh, who would have to
    // work hard …? the government`, a `Who …?` answered by a body no name tells apart, which
    // both raters of rating 116 struck in its kind: `… who had first noticed something was
    // wrong? staff`.)
    const short = sets.filter((s) => {
      const words = countWords(s.text);
      const quiz = s.set.questions.filter((q) => q.type !== 'flashcard');
      return s.name.startsWith('news-') && words >= 300 && words <= 800 && quiz.length < 3;
    });
    expect(short.length, short.map((s) => s.name).join(', ')).toBeLessThanOrEqual(3);
  });

  it('asks two questions or more of nearly every text of 150 words', () => {
    // A text of 150 words or more gets two questions at least, all but nineteen: session 17 took
    // the second away from those whose second was an item a blind rating struck or would strike
    // (a verb gap whose alternative `bestätigt` was also true, a study's head count `600`, a
    // verb bank with a verb-last form in a verb-second slot, `This ____ recognized …` for
    // `committee`; a tennis report whose lead became its gist once its teaser was read as the
    // title), and the parse finds nothing else in them (`Nur 100-150 Arten wurden bisher
    // bestätigt` read `100` as a time). Session 18 took the second of a short study report
    // (news-de/032, 197 words): a gap in `Und stellen eine ____ … fest`, its subject in the
    // sentence before. Session 22 took the second of two paragraphs in each language (the
    // Amazon rainforest, the comb jellies): it was a gap on an ordinary word (`In favorable
    // ____`, `The ____ of the forest`), struck in every blind rating; a paragraph's gaps are
    // now on its years, figures and names, and these two have none the parse can ask. Session
    // 23 took the second of a tennis report (news-de-2/115, 240 words): a gap on who else was
    // called up for the Davis Cup, from outside its six most important sentences, which now
    // only fill a quiz to its minimum when the core offers it (blind rating 50: such items 6
    // good and 42 bad of 56 ratings). Session 24 took the second of six paragraphs more: it
    // was a gap on a year (`Tesla died on ____`, `as early as ____`; ratings 50 and 51: 17 of 19
    // ratings not good), now asked only of a paragraph with nothing else to ask. Session 27 took
    // the second of a report on the ORF's building (news-de/042): `Wer will den Verkaufsprozess
    // … einleiten? die ORF-Führung`, a `Wer …?` whose answer is a body the reader guesses
    // (pooled ratings 50–61 struck all nine such items). Session 33 took the second of a theatre
    // awards report (news-en/008): a true statement of 24 words running through a shortlist;
    // statements of more than eighteen words were struck by every rater of ratings 73–75.
    // Session 35 took the second of a paragraph on networking (xquad.de/19/0): a gap on a
    // thing, `zu unterschiedlichen ____` for `Pfaden`, whose bank offered `Informationen`, an
    // act or state (such banks were struck in ratings 81 and 82: `an der ____` for
    // `Grundstücksgrenze` with `Urteilsbegründung`). Session 39 took the second of the tennis
    // report again (news-de-2/115): a gap on its prize money (`beim mit ____ dotierten
    // Sandplatz-Tennisturnier`), a figure gap, which blind ratings 76–92 kept in none of 18
    // ratings. Session 41 took the second of a paragraph on Newcastle (xquad.en/22/0): a
    // statement made false by `not` (`Fragments of Hadrian's Wall are not visible …`), which
    // lost its sense once `still` stayed in its clause (blind rating 101: `could not afford to
    // stand` for `stand still`).
    const short = sets.filter(({ set, text }) => {
      const quiz = set.questions.filter((q) => q.type !== 'flashcard');
      return countWords(text) >= 150 && quiz.length < 2;
    });
    expect(short.length, short.map((s) => s.name).join(', ')).toBeLessThanOrEqual(19);
  });

  it.each(sets.map((s) => [s.name, s] as const))(
    '%s: never asks about a dateline or a speaker label',
    (_name, { set }) => {
      expect(set.questions.filter((q) => /^____\s*[–-]|^____:/u.test(q.prompt))).toEqual([]);
    }
  );

  it('uses every question type where the texts allow it', () => {
    const types = new Set(sets.flatMap((s) => s.set.questions.map((q) => q.type)));
    // Order questions need three events dated in different years; the corpus's news rarely
    // has them (the unseen-article test in generate.test.ts asks one).
    for (const type of [
      'cloze',
      'flashcard',
      'match',
      'multiple-choice',
      'short-answer',
      'true-false'
    ] as const)
      expect(types.has(type), type).toBe(true);
    // Every news article gets gaps, cards and a question to answer in words or choices; a
    // true/false statement needs a clause that can be restated, which most articles have;
    // multiple choice needs same-kind distractors, which a text without names may not offer.
    const news = sets.filter((s) => s.name.startsWith('news-'));
    for (const { name, set } of news) {
      const own = new Set(set.questions.map((q) => q.type));
      expect(own.has('flashcard'), `${name} lacks flashcard`).toBe(true);
    }
    // Gaps only on names, numbers and the article's key terms (a blind rating found gaps on
    // words used once guessable from their neighbours): most articles still get some. A short
    // text (under 300 words) gets gaps on ordinary words only to reach two questions (session
    // 10), so three in four, not four in five. Since session 14 an English gap on an everyday
    // word only brings a quiz up to four questions (blind ratings kept 1 of 35): seven in ten.
    // Since session 15 a gap on any word (not a name or figure) only fills a quiz below its
    // floor (blind rating 36: gaps 4 good, 26 bad of 38): half. Since session 24 a figure is
    // gapped only in an article's most important sentence (ratings 50 and 51 struck figures
    // from the others as trivia): nine in twenty; and no person an article names once (`The
    // Producers, starring Nathan Lane and ____`): two in five. Since session 26 a verb gap only
    // makes a quiz for a text with no other question (rating 59 struck `Kingsley Coman ____ …
    // das 2:0` as filled from the collocation): 25 of 65. Since session 32 more reasons are
    // asked (`Warum …?`), which take a gap's place in an article: 23 of 65.
    const withGaps = news.filter((s) => s.set.questions.some((q) => q.type === 'cloze'));
    expect(withGaps.length).toBeGreaterThanOrEqual(Math.floor(news.length * 0.35));
    // Across all quizzes, "richtig" is not the safe tap: between 40 and 60 % of the statements
    // are true (a set has one or two, so the balance is held over the corpus).
    const statements = sets.flatMap((s) => s.set.questions.filter((q) => q.type === 'true-false'));
    const trueShare = statements.filter((q) => q.answer === true).length / statements.length;
    // Statements, the best-rated kind since they are paraphrases (blind ratings 43 and 44: 16
    // of 19 good each), are one quiz question in six or more (one in seven before session 19).
    const quizCount = sets.reduce(
      (n, s) => n + s.set.questions.filter((q) => q.type !== 'flashcard').length,
      0
    );
    expect(statements.length / quizCount).toBeGreaterThanOrEqual(0.16);
    expect(trueShare).toBeGreaterThanOrEqual(0.4);
    expect(trueShare).toBeLessThanOrEqual(0.6);
    // A true statement is never a stretch of its sentence as written (session 9), and a lone
    // false one stays only in some sets; since session 11 no German statement is made of a
    // misparse or a colon's lead-in (a blind rating struck 23 of the 27 removed items): a third
    // of the articles still get a statement. Since session 12 plural subjects are asked too
    // (`Wer will bis 2018 durchhalten? ÖVP und Grüne`), and a question takes its sentence from a
    // statement: three in ten.
    const withStatements = news.filter((s) => s.set.questions.some((q) => q.type === 'true-false'));
    expect(withStatements.length).toBeGreaterThanOrEqual(Math.floor(news.length * 0.3));
    const asking = news.filter((s) =>
      s.set.questions.some((q) => q.type === 'multiple-choice' || q.type === 'short-answer')
    );
    // (Since session 16 the least important two fifths of a text's sentences are asked only to
    // bring a quiz to its minimum, and a very short article's minimum of two may be gaps: all
    // but two articles. Since session 45 a question on who said a quotation is a filler, and a
    // study report's only one gave way to a gap: all but three.)
    expect(asking.length).toBeGreaterThanOrEqual(news.length - 3);
    const withChoice = news.filter((s) =>
      s.set.questions.some((q) => q.type === 'multiple-choice')
    );
    // Answers and alternatives must be whole phrases of the same kind, so a short text with few
    // names may offer none: nine in ten articles still get multiple choice (since session 13 no
    // vocabulary item fills the gap, and no riddle lead is taken for the gist).
    expect(withChoice.length).toBeGreaterThanOrEqual(Math.floor(news.length * 0.9));
  });

  it.each(sets.map((s) => [s.name, s] as const))(
    '%s: no two word banks share a word, and a German noun bank holds nouns',
    (_name, { set }) => {
      const gaps = set.questions.filter((q) => q.type === 'cloze' && q.wordBank);
      const seen = new Set<string>();
      for (const q of gaps) {
        const bank = q.type === 'cloze' ? (q.wordBank ?? []) : [];
        // (Session 13: the same bank under two gaps, each the other's answer, showed which word
        // was left; a verb and two run-together words were offered among nouns.)
        for (const word of bank) {
          expect(seen.has(word.toLowerCase()), `${word} in two banks`).toBe(false);
          if (set.language === 'de' && /^\p{Lu}/u.test(String(q.answer)) && !/\d/u.test(word))
            expect(word, q.prompt).toMatch(/^\p{Lu}/u);
        }
        for (const word of bank) seen.add(word.toLowerCase());
      }
      expect(seen.size).toBe(
        gaps.reduce((n, q) => n + (q.type === 'cloze' ? (q.wordBank?.length ?? 0) : 0), 0)
      );
    }
  );

  it('leaves hardly any text without a quiz', () => {
    // Four paragraphs of 113 texts: three short ones (under 90 words; since session 17 the only
    // gap of one of them, `the theatre ____` for `complex`, struck in blind rating 39, is no
    // longer made, and nothing else in it is sound), and since session 46 one whose only
    // question negated a hedge (`The neighborhood is not traditionally considered to be …`, a
    // trick by `not` struck by both raters of blind rating 114).
    const empty = sets.filter((s) => !s.set.questions.some((q) => q.type !== 'flashcard'));
    expect(empty.length, empty.map((s) => s.name).join(', ')).toBeLessThanOrEqual(4);
  });

  it('asks the meaning of a word only where a text offers no other question', () => {
    // Session 13: 3 of 31 vocabulary-in-context items across six blind ratings were good.
    // Since session 24 never of a word every reader knows nor with a meaning inside the word
    // (`Informatik`, `Bestrafung` → `Strafe`, rating 53): no text of the corpus gets one.
    const asking = sets.filter(({ set }) => set.questions.some((q) => q.kind === 'meaning'));
    for (const { name, set } of asking)
      expect(set.questions.filter((q) => q.type !== 'flashcard').length, name).toBe(1);
    expect(asking.length).toBeLessThanOrEqual(2);
  });

  it('asks an order question only when a text names at least three different years', () => {
    for (const { name, set } of sets) {
      const years = new Set(
        set.sentences.flatMap((s) => s.match(/\b(1[89]\d\d|20\d\d)\b/gu) ?? [])
      );
      const order = set.questions.filter((q) => q.type === 'order');
      expect(order.length, name).toBeLessThanOrEqual(1);
      if (order.length > 0) expect(years.size, name).toBeGreaterThanOrEqual(3);
    }
  });

  it('gives one gist question per text when the text has a main topic', () => {
    for (const { set } of sets) {
      const gist = set.questions.filter((q) => /hauptsächlich|mainly about/u.test(q.prompt));
      expect(gist.length).toBeLessThanOrEqual(1);
    }
  });
});
