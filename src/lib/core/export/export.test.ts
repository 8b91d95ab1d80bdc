/**
 * Export formats: GIFT read back by an independent parser (gift-pegjs), Moodle XML checked for
 * well-formedness and question types, TSV and CSV checked field by field; for the bundled set,
 * a hand-made set of every type and sets generated from the development corpus.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { parse, type GIFTQuestion } from 'gift-pegjs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR } from '../../../../scripts/corpus-dir';
import { bundledSet, secretSet } from '../assign/test-fixtures';
import { generateQuestionSet } from '../quizgen';
import type { Question, QuizSet } from '../quizset/schema';
import { csvCell, csvDocument, QUESTION_CSV_HEADER, questionsToCsv } from './csv';
import { escapeGift, isShortBack, questionsToGift } from './gift';
import { questionNames, quizQuestionsOf } from './names';
import { csvDelimiterFor, exportQuestions } from './index';
import { questionsToMoodleXml } from './moodle-xml';
import { questionsToTsv } from './tsv';
import { allModels } from '../../../../scripts/nlp-models';

const models = allModels();

const corpus = CORPUS_DIR;

let corpusCache: QuizSet[] | undefined;

/** Generated once per run: generating is the slow part, and both formats read the same sets. */
function corpusSets(): QuizSet[] {
  corpusCache ??= generateCorpusSets();
  return corpusCache;
}

function generateCorpusSets(): QuizSet[] {
  const news = resolve(corpus, 'news-de');
  const sets = readdirSync(news)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) =>
      generateQuestionSet(readFileSync(resolve(news, f), 'utf8'), {
        models,
        id: f.replace('.txt', '')
      })
    );
  for (const language of ['de', 'en'] as const) {
    const items = JSON.parse(readFileSync(resolve(corpus, `xquad/${language}.json`), 'utf8')) as {
      id: string;
      context: string;
    }[];
    for (const item of items.slice(0, 6))
      sets.push(
        generateQuestionSet(item.context, {
          models,
          id: `x-${item.id.replace(/\W+/gu, '-')}`,
          language
        })
      );
  }
  return sets;
}

const oneLine = (text: string) => text.replace(/\s+/gu, ' ').trim().replaceAll('->', '→');

/** The GIFT type each question should come back as. */
function giftType(q: Question): GIFTQuestion['type'] {
  switch (q.type) {
    case 'multiple-choice':
      return 'MC';
    case 'true-false':
      return 'TF';
    case 'cloze':
      return q.wordBank ? 'MC' : 'Short';
    case 'short-answer':
      return 'Short';
    case 'order':
    case 'match':
      return 'Matching';
    case 'flashcard':
      return isShortBack(q.answer) ? 'Short' : 'Essay';
  }
}

function expectGiftMatches(set: QuizSet) {
  const parsed = parse(questionsToGift(set));
  expect(parsed[0]).toMatchObject({ type: 'Category' });
  const questions = parsed.slice(1);
  const quiz = quizQuestionsOf(set.questions);
  expect(questions).toHaveLength(quiz.length);
  const names = questionNames(quiz);
  quiz.forEach((q, i) => {
    const g = questions[i] as GIFTQuestion;
    expect(g.type, `${q.id} (${q.type})`).toBe(giftType(q));
    expect('title' in g && g.title).toBe(oneLine(names[i] ?? '').replaceAll('->', '→'));
    if (g.type === 'MC') {
      const right = g.choices.filter((c) => c.isCorrect).map((c) => c.text.text);
      expect(right).toEqual([oneLine(q.answer as string)]);
      const offered =
        q.type === 'multiple-choice' ? q.choices : q.type === 'cloze' ? (q.wordBank ?? []) : [];
      expect(g.choices.map((c) => c.text.text).sort()).toEqual(offered.map(oneLine).sort());
    } else if (g.type === 'TF') {
      expect(g.isTrue).toBe(q.answer);
      if (q.type === 'true-false' && q.correction)
        expect(g.globalFeedback?.text).toContain(oneLine(q.correction));
    } else if (g.type === 'Short') {
      const q2 = q as Question & { answer: string };
      expect(g.choices.map((c) => c.text.text)).toEqual(
        [q2.answer, ...(q2.accept ?? [])].map(oneLine)
      );
      expect(g.choices.every((c) => c.isCorrect)).toBe(true);
    } else if (g.type === 'Matching') {
      const pairs =
        q.type === 'order'
          ? q.answer.map((item, n) => [item, String(n + 1)])
          : (q.answer as [string, string][]);
      // gift-pegjs leaves its placeholder for an escaped character (`&&058;`) in subanswers.
      const subanswer = (text: string) =>
        text.replace(/&&(\d+);/gu, (_, code: string) => String.fromCharCode(Number(code)));
      expect(g.matchPairs.map((p) => [p.subquestion.text, subanswer(p.subanswer)])).toEqual(
        pairs.map(([l, r]) => [
          oneLine(l ?? '').replaceAll('->', '→'),
          oneLine(r ?? '').replaceAll('->', '→')
        ])
      );
    } else if (g.type === 'Essay') {
      expect(g.globalFeedback?.text).toBe(oneLine(q.answer as string));
    }
    if (q.type !== 'cloze' && 'stem' in g) expect(g.stem.text).toBe(oneLine(q.prompt));
  });
}

describe('GIFT', () => {
  it('escapes every special character so the text comes back unchanged', () => {
    const nasty = 'a~b=c#d{e}f:g\\h ->i // j\n\nk';
    expect(escapeGift(nasty)).toBe('a\\~b\\=c\\#d\\{e\\}f\\:g\\\\h →i // j k');
    const set: QuizSet = {
      ...secretSet(),
      questions: [
        {
          id: 'n1',
          type: 'short-answer',
          prompt: nasty,
          answer: nasty,
          accept: ['x{y}'],
          evidence: [0],
          explanation: '#### ~='
        },
        {
          id: 'n2',
          type: 'match',
          prompt: 'p',
          answer: [
            ['a -> b', 'c'],
            ['d', 'e:f']
          ],
          evidence: [0]
        },
        {
          id: 'n3',
          type: 'cloze',
          prompt: '{Gap}: ____ = x',
          answer: 'a=b',
          wordBank: ['a=b', 'c~d'],
          evidence: [0]
        }
      ]
    };
    expectGiftMatches(set);
    const cloze = parse(questionsToGift(set))[3] as GIFTQuestion & { stem: { text: string } };
    expect(cloze.stem.text).toBe('{Gap}: _____ = x');
  });

  it('reads back every type of the hand-made set and the bundled set', () => {
    expectGiftMatches(secretSet());
    expectGiftMatches(bundledSet());
  });

  it('reads back sets generated from the corpus', { timeout: 60_000 }, () => {
    const sets = corpusSets();
    expect(sets.length).toBe(30);
    const types = new Set(sets.flatMap((s) => s.questions.map((q) => q.type)));
    // Every type but order, which needs three dated events (see generate.test.ts).
    expect(types.size).toBeGreaterThanOrEqual(6);
    for (const set of sets) expectGiftMatches(set);
  });
});

/**
 * A strict XML reader for the tests (no XML parser is installed): elements must nest and close,
 * attributes must be quoted, `&` must start a known or numeric entity, `<` never appears in
 * text, CDATA must close. Returns the element tree.
 */
type XmlElement = {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
};
function parseXml(xml: string): XmlElement {
  let at = 0;
  const fail = (why: string): never => {
    throw new Error(`${why} at ${at}: ${xml.slice(at, at + 40)}`);
  };
  const decl = /^<\?xml version="1\.0" encoding="UTF-8"\?>\n/u.exec(xml);
  if (!decl) fail('no declaration');
  at = decl?.[0].length ?? 0;
  const checkText = (text: string) => {
    if (text.includes('<') || text.includes(']]>')) fail('markup in text');
    for (const m of text.matchAll(/&([^;]*);?/gu))
      if (!/^&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);$/iu.test(m[0])) fail(`bad entity ${m[0]}`);
  };
  const element = (): XmlElement => {
    const open = /^<([A-Za-z_][\w.-]*)((?:\s+[A-Za-z_][\w.-]*="[^"<]*")*)\s*(\/?)>/u.exec(
      xml.slice(at)
    );
    if (!open) return fail('bad start tag');
    at += open[0].length;
    const attributes: Record<string, string> = {};
    for (const m of (open[2] ?? '').matchAll(/([A-Za-z_][\w.-]*)="([^"]*)"/gu)) {
      checkText(m[2] ?? '');
      if (attributes[m[1] ?? ''] !== undefined) fail('repeated attribute');
      attributes[m[1] ?? ''] = m[2] ?? '';
    }
    const node: XmlElement = { name: open[1] ?? '', attributes, children: [], text: '' };
    if (open[3] === '/') return node;
    for (;;) {
      if (xml.startsWith('<![CDATA[', at)) {
        const end = xml.indexOf(']]>', at);
        if (end === -1) fail('open CDATA');
        node.text += xml.slice(at + 9, end);
        at = end + 3;
      } else if (xml.startsWith('</', at)) {
        const close = `</${node.name}>`;
        if (!xml.startsWith(close, at)) fail(`expected ${close}`);
        at += close.length;
        return node;
      } else if (xml.startsWith('<', at)) node.children.push(element());
      else {
        const next = xml.indexOf('<', at);
        if (next === -1) fail('unclosed element');
        const text = xml.slice(at, next);
        checkText(text);
        node.text += text;
        at = next;
      }
    }
  };
  const root = element();
  if (xml.slice(at).trim() !== '') fail('content after the root');
  return root;
}

const child = (e: XmlElement, name: string) => e.children.find((c) => c.name === name);
const NAMED: Record<string, string> = { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' };
const unescape = (text: string) =>
  text.replace(/&(lt|gt|quot|apos|amp);/gu, (_, name: string) => NAMED[name] ?? '');

function moodleType(q: Question): string {
  switch (q.type) {
    case 'multiple-choice':
      return 'multichoice';
    case 'true-false':
      return 'truefalse';
    case 'cloze':
      return 'cloze';
    case 'short-answer':
      return 'shortanswer';
    case 'order':
    case 'match':
      return 'matching';
    case 'flashcard':
      return isShortBack(q.answer) ? 'shortanswer' : 'essay';
  }
}

function expectMoodleMatches(set: QuizSet) {
  const quiz = parseXml(questionsToMoodleXml(set));
  expect(quiz.name).toBe('quiz');
  const [category, ...questions] = quiz.children;
  expect(category?.attributes.type).toBe('category');
  const quizQuestions = quizQuestionsOf(set.questions);
  const names = questionNames(quizQuestions);
  expect(questions.map((q) => q.attributes.type)).toEqual(quizQuestions.map(moodleType));
  quizQuestions.forEach((q, i) => {
    const x = questions[i] as XmlElement;
    expect(unescape(child(child(x, 'name') as XmlElement, 'text')?.text ?? '')).toBe(names[i]);
    expect(child(x, 'idnumber')?.text).toBe(q.id);
    const questionText = child(child(x, 'questiontext') as XmlElement, 'text')?.text ?? '';
    if (q.type === 'cloze') expect(questionText).toMatch(/\{1:(MULTICHOICE_S|SHORTANSWER):=/u);
    else expect(unescape(questionText)).toBe(q.prompt);
    if (q.type === 'multiple-choice') {
      const right = x.children.filter(
        (c) => c.name === 'answer' && c.attributes.fraction === '100'
      );
      expect(right.map((a) => unescape(child(a, 'text')?.text ?? ''))).toEqual([q.answer]);
    }
    if (q.type === 'short-answer') {
      const answers = x.children
        .filter((c) => c.name === 'answer')
        .map((a) => unescape(child(a, 'text')?.text ?? ''));
      expect(answers).toEqual([...new Set([q.answer, ...(q.accept ?? [])])]);
    }
    if (q.type === 'match')
      expect(x.children.filter((c) => c.name === 'subquestion')).toHaveLength(q.answer.length);
  });
}

describe('quiz formats for Moodle', () => {
  const set: QuizSet = {
    ...secretSet(),
    questions: [
      ...secretSet().questions,
      {
        id: 'gap-end',
        type: 'cloze',
        prompt: 'Die Flamingos leben in ____.',
        answer: 'Wien',
        evidence: [0]
      }
    ]
  };

  it('leave flashcards out and name questions by the beginning of their prompt', () => {
    expect(set.questions.some((q) => q.type === 'flashcard')).toBe(true);
    const gift = parse(questionsToGift(set)).slice(1) as (GIFTQuestion & { title?: string })[];
    expect(gift.map((g) => g.type)).not.toContain('Essay');
    expect(gift).toHaveLength(set.questions.length - 1);
    expect(gift[0]?.title).toBe('Welche Stadt?');
    expect(gift.at(-1)?.title).toBe('Die Flamingos leben in ….');

    // Read by an independent XML parser, against Moodle's rules for a question element.
    const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(
      questionsToMoodleXml(set)
    ) as { quiz: { question: { type: string; name?: { text: string }; idnumber?: string }[] } };
    const [category, ...questions] = xml.quiz.question;
    expect(category?.type).toBe('category');
    expect(questions.map((q) => q.type)).not.toContain('essay');
    expect(questions.map((q) => q.idnumber)).toEqual(
      set.questions.filter((q) => q.type !== 'flashcard').map((q) => q.id)
    );
    expect(questions.every((q) => typeof q.name?.text === 'string' && q.name.text !== '')).toBe(
      true
    );
    expect(questions[0]?.name?.text).toBe('Welche Stadt?');
  });

  it('put no space between a gap and the punctuation after it (GIFT)', () => {
    const gift = questionsToGift(set);
    expect(gift).toContain('Die Flamingos leben in {=Wien}.');
    expect(gift).not.toMatch(/\} \./u);
  });

  it('give long prompts a short, unique name cut at a word', () => {
    const long =
      'Warum hat die kanadische Regierung angeordnet, dass Hikvision seine Geschäfte im Land einstellt?';
    expect(questionNames([{ prompt: long }, { prompt: long }, { prompt: 'Kurz?' }])).toEqual([
      'Warum hat die kanadische Regierung angeordnet, dass…',
      'Warum hat die kanadische Regierung angeordnet, dass… (2)',
      'Kurz?'
    ]);
  });
});

describe('CSV read back by a CSV parser', () => {
  it('gives the same cells with semicolons and commas, quotes and line breaks included', () => {
    const rows = [
      ['Frage', 'Antwort'],
      ['Was ist "x"; y?', 'a,b\nc'],
      ['=1+1', 0.5]
    ];
    for (const delimiter of [';', ','] as const) {
      const text = csvDocument(rows, delimiter).replace(/^\uFEFF/u, '');
      const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: true });
      expect(parsed.errors).toEqual([]);
      expect(parsed.data).toEqual([
        ['Frage', 'Antwort'],
        ['Was ist "x"; y?', 'a,b\nc'],
        ["'=1+1", delimiter === ';' ? '0,5' : '0.5']
      ]);
    }
  });
});

describe('Moodle XML', () => {
  it('is well-formed with the right question types, whatever the text holds', () => {
    const set: QuizSet = {
      ...secretSet(),
      questions: [
        ...secretSet().questions,
        {
          id: 'x1',
          type: 'short-answer',
          prompt: '<script>a</script> & ]]> "q" \u0001',
          answer: 'A & B <c>',
          evidence: [0]
        },
        {
          id: 'x2',
          type: 'cloze',
          prompt: 'Im {1:SHORTANSWER:=x} ____ }]]>',
          answer: 'a}b#c~d/e"f\\g',
          evidence: [0]
        }
      ]
    };
    expect(() => expectMoodleMatches(set)).toThrow(/x1|expected/u);
    // Control characters are dropped (XML cannot hold them); everything else survives.
    expectMoodleMatches({
      ...set,
      questions: set.questions.map((q) => ({ ...q, prompt: q.prompt.replace('\u0001', '') }))
    });
    const xml = questionsToMoodleXml(set);
    expect(xml).toContain('{1:SHORTANSWER:=a\\}b\\#c\\~d\\/e&quot;f\\\\g}');
    expect(xml).toContain('Im &#123;1:SHORTANSWER:=x&#125; ');
  });

  it('matches the bundled set and sets from the corpus', { timeout: 60_000 }, () => {
    expectMoodleMatches(bundledSet());
    for (const set of corpusSets().slice(0, 8)) expectMoodleMatches(set);
  });
});

describe('Anki and Quizlet cards', () => {
  const hostile: QuizSet = {
    ...secretSet(),
    questions: [
      ...secretSet().questions,
      {
        id: 't1',
        type: 'short-answer',
        prompt: '"Zitat"\tmit\nUmbruch <b>fett</b> & Co.',
        answer: 'a\r\nb',
        evidence: [0]
      }
    ]
  };
  /** The entities an HTML reader decodes (the four the export writes). */
  const decodeHtml = (html: string) =>
    html
      .replaceAll('<br>', '\n')
      .replace(/&(lt|gt|quot|amp);/gu, (_, name: string) =>
        name === 'lt' ? '<' : name === 'gt' ? '>' : name === 'quot' ? '"' : '&'
      );

  it('gives Anki its file headers and one HTML card per question, read back by a CSV parser', () => {
    const text = questionsToTsv(hostile);
    expect(text.startsWith('#separator:tab\n#html:true\n#columns:Front\tBack\n')).toBe(true);
    // Anki reads header lines as settings and the rest as delimited text, as papaparse does.
    const parsed = Papa.parse<string[]>(text, {
      delimiter: '\t',
      newline: '\n',
      comments: '#',
      skipEmptyLines: true
    });
    expect(parsed.errors).toEqual([]);
    const rows = parsed.data;
    expect(rows).toHaveLength(hostile.questions.length);
    for (const row of rows) expect(row).toHaveLength(2);
    const cards = rows.map(([front, back]) => [decodeHtml(front!), decodeHtml(back!)]);
    expect(cards).toContainEqual(['Welche Stadt? (Peking / Hangzhou / Ottawa / Bern)', 'Peking']);
    expect(cards).toContainEqual([
      'Der Himmel ist grün. (Richtig oder falsch?)',
      'Falsch – GEHEIM-TF-CORRECTION'
    ]);
    expect(cards).toContainEqual([
      'Bringe in die Reihenfolge. (Am Ende / Dann / Zuerst)',
      'Zuerst → Dann → Am Ende'
    ]);
    // Markup from the article is text, the line break a `<br>`, the quote no quoted field.
    expect(cards.at(-1)).toEqual(['"Zitat" mit\nUmbruch <b>fett</b> & Co.', 'a\nb']);
    expect(rows.at(-1)![0]).toBe(
      '&quot;Zitat&quot; mit<br>Umbruch &lt;b&gt;fett&lt;/b&gt; &amp; Co.'
    );
    expect(exportQuestions({ ...hostile, language: 'en' }, 'tsv')).toContain(
      '(True or false?)\tFalse'
    );
  });

  it('gives Quizlet plain lines, front TAB back, with tabs and line breaks flattened', () => {
    const lines = exportQuestions(hostile, 'quizlet').split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(hostile.questions.length);
    for (const line of lines) expect(line.split('\t')).toHaveLength(2);
    expect(lines).toContain(
      'Ordne zu. (Anna / Bert / Cem)\tAnna – Zürich; Bert – Aachen; Cem – Mainz'
    );
    expect(lines.at(-1)).toBe('"Zitat" mit Umbruch <b>fett</b> & Co.\ta b');
  });
});

describe('CSV', () => {
  it('quotes, neutralises formulas and writes German decimals with semicolons', () => {
    expect(csvCell('a,b', ',')).toBe('"a,b"');
    expect(csvCell('a,b', ';')).toBe('a,b');
    expect(csvCell('say "hi"\n', ',')).toBe('"say ""hi""\n"');
    for (const formula of ['=1+1', '+1', '-1', '@SUM(A1)', '\t=1'])
      expect(csvCell(formula, ',').replace(/^"/u, '')).toMatch(/^'/u);
    expect(csvCell(-1.5, ';')).toBe('-1,5');
    expect(csvCell(-1.5, ',')).toBe('-1.5');
    expect(csvDocument([['a', 1]], ';')).toBe('\uFEFFa;1\r\n');
  });

  it('lists every question with its answer as text', () => {
    const csv = questionsToCsv(secretSet(), ';');
    const rows = csv.slice(1).trimEnd().split('\r\n');
    expect(rows[0]).toBe('id;type;prompt;answer;options;accepted;explanation');
    expect(rows).toHaveLength(secretSet().questions.length + 1);
    expect(rows[1]).toBe(
      'q-mc;multiple-choice;Welche Stadt?;Peking;Peking | Hangzhou | Ottawa | Bern;;GEHEIM-MC-EXPLANATION'
    );
    expect(rows[6]).toBe('q-order;order;Bringe in die Reihenfolge.;Zuerst → Dann → Am Ende;;;');
    expect(exportQuestions(secretSet(), 'csv')).toBe(questionsToCsv(secretSet(), ','));
  });

  it('uses the separator of the teacher’s spreadsheet: semicolons for German', () => {
    expect(csvDelimiterFor('de')).toBe(';');
    expect(csvDelimiterFor('en')).toBe(',');
    const csv = exportQuestions(secretSet(), 'csv', { csvDelimiter: csvDelimiterFor('de') });
    const parsed = Papa.parse<string[]>(csv.slice(1), { delimiter: ';', skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data[0]).toEqual([...QUESTION_CSV_HEADER]);
    expect(parsed.data[1]?.[4]).toBe('Peking | Hangzhou | Ottawa | Bern');
  });
});
