/**
 * Assignments: making them, links and `.quiz.json` files round trip, a withheld key leaves no
 * answer in the payload, and damaged or hostile links are refused with a named problem.
 */
import fc from 'fast-check';
import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { generateQuestionSet } from '../quizgen';
import { answerKeyFor } from './key';
import { arrangeForStudent, attemptQuestions } from './attempt';
import { fromBase64Url, inflateLimited } from './envelope';
import {
  assignmentFileText,
  decodeAssignmentLink,
  encodeAssignmentLink,
  fitsQrCode,
  MAX_QR_LINK_CHARS,
  parseAssignmentFile
} from './link';
import { createAssignment } from './create';
import { allowsSkipAndBack, parseAssignment } from './schema';
import { assignmentOf, BASE_OPTIONS, bundledSet, secretSet, seededRandom } from './test-fixtures';
import { allModels } from '../../../../scripts/nlp-models';

const models = allModels();

const BASE = 'https://lesequiz.example';
const linkOf = (assignment: Parameters<typeof encodeAssignmentLink>[1]) => {
  const result = encodeAssignmentLink(BASE, assignment);
  if (!result.ok) throw new Error(result.problem);
  return result.link;
};
/** The JSON text inside a link, exactly as it travels. */
const payloadText = (link: string) => {
  const bytes = fromBase64Url(link.slice(link.indexOf('#') + 3)) as Uint8Array;
  const inflated = inflateLimited(bytes.subarray(0, bytes.length - 4), 1 << 20);
  if (!inflated.ok) throw new Error(inflated.problem);
  return new TextDecoder().decode(inflated.bytes);
};

describe('createAssignment', () => {
  it('draws random questions reproducibly, without flashcards, kept in the set order', () => {
    const set = bundledSet();
    const a = assignmentOf(set, { bundled: true, questions: { random: 3 } }, seededRandom(7));
    const b = assignmentOf(set, { bundled: true, questions: { random: 3 } }, seededRandom(7));
    expect(a).toEqual(b);
    if (a.content.kind !== 'bundled') throw new Error('bundled expected');
    const ids = a.content.questionIds;
    expect(ids).toHaveLength(3);
    const order = set.questions.map((q) => q.id);
    expect([...ids].sort((x, y) => order.indexOf(x) - order.indexOf(y))).toEqual(ids);
    const types = ids.map((id) => set.questions.find((q) => q.id === id)?.type);
    expect(types).not.toContain('flashcard');
    // A random() that returns 1 or NaN still picks inside the pool.
    expect(
      assignmentOf(set, { bundled: true, questions: { random: 3 } }, () => 1).content
    ).toBeTruthy();
    expect(
      assignmentOf(set, { bundled: true, questions: { random: 3 } }, () => NaN).content
    ).toBeTruthy();
  });

  it('names unknown ids, an impossible draw and invalid options', () => {
    const set = secretSet();
    const make = (options: Partial<typeof BASE_OPTIONS> | Record<string, unknown>) =>
      createAssignment(
        set,
        { ...BASE_OPTIONS, ...options } as typeof BASE_OPTIONS,
        seededRandom(1)
      );
    expect(make({ questions: { ids: ['q-mc', 'nope'] } })).toEqual({
      ok: false,
      problem: 'unknown-questions',
      questionIds: ['nope']
    });
    expect(make({ questions: { random: 99 } })).toEqual({ ok: false, problem: 'no-questions' });
    expect(make({ questions: { ids: [] } })).toEqual({ ok: false, problem: 'no-questions' });
    expect(make({ timeLimitMinutes: 0 })).toMatchObject({ ok: false, problem: 'invalid' });
    expect(make({ answerKey: 'withheld', feedback: 'immediate' })).toMatchObject({
      ok: false,
      problem: 'invalid'
    });
  });
});

describe('assignment links', () => {
  it('round-trip every kind of content, from a whole link or from location.hash', () => {
    const set = secretSet();
    const all = { ids: set.questions.map((q) => q.id) };
    for (const options of [
      { bundled: true, questions: all },
      { bundled: false, questions: all, timeLimitMinutes: 20, dueAtMs: 1_800_000_000_000 },
      { bundled: false, questions: all, answerKey: 'withheld', feedback: 'after-grading' },
      { bundled: true, questions: all, answerKey: 'withheld', feedback: 'after-grading' }
    ] as const) {
      const assignment = assignmentOf(set, options);
      const link = linkOf(assignment);
      expect(link.startsWith(`${BASE}/a#1.`)).toBe(true);
      expect(decodeAssignmentLink(link)).toEqual({ ok: true, value: assignment });
      expect(decodeAssignmentLink(link.slice(link.indexOf('#')))).toEqual({
        ok: true,
        value: assignment
      });
      // Wrapped by a mail client.
      expect(decodeAssignmentLink(link.replace(/(.{60})/gu, '$1\n'))).toEqual({
        ok: true,
        value: assignment
      });
      expect(parseAssignmentFile(assignmentFileText(assignment))).toEqual({
        ok: true,
        value: assignment
      });
    }
  });

  it('carry "no skipping, no going back" only when the teacher turned it off; an old link without it allows both', () => {
    const set = secretSet();
    const all = { ids: set.questions.map((q) => q.id) };
    const locked = assignmentOf(set, { bundled: true, questions: all, skipAndBack: false });
    const decoded = decodeAssignmentLink(linkOf(locked));
    expect(decoded.ok && decoded.value.skipAndBack).toBe(false);
    expect(decoded.ok && allowsSkipAndBack(decoded.value)).toBe(false);
    // The default writes nothing, so the link is what an older app made and reads.
    const free = assignmentOf(set, { bundled: true, questions: all, skipAndBack: true });
    expect(payloadText(linkOf(free))).not.toContain('skipAndBack');
    const old = decodeAssignmentLink(linkOf(assignmentOf(set, { bundled: true, questions: all })));
    expect(old.ok && allowsSkipAndBack(old.value)).toBe(true);
    expect(parseAssignment({ ...locked, skipAndBack: 'no' }).ok).toBe(false);
  });

  it('carry no answer, alternative, correction, explanation, evidence or content id when the key is withheld, for every question type', () => {
    const set = secretSet();
    const assignment = assignmentOf(set, {
      questions: { ids: set.questions.map((q) => q.id) },
      answerKey: 'withheld',
      feedback: 'after-grading'
    });
    const link = linkOf(assignment);
    const json = payloadText(link);
    expect(json).not.toMatch(/GEHEIM/u);
    expect(json).not.toMatch(/"(answer|accept|correction|explanation|evidence|factId|card)"/u);
    for (const q of set.questions) expect(json).not.toContain(q.id);
    const fileText = assignmentFileText(assignment);
    expect(fileText).not.toMatch(/GEHEIM|"answer"/u);

    // Options come sorted, so their order says nothing about the key.
    const decoded = decodeAssignmentLink(link);
    if (!decoded.ok || decoded.value.content.kind !== 'own-withheld')
      throw new Error('withheld expected');
    const byType = Object.fromEntries(decoded.value.content.set.questions.map((q) => [q.type, q]));
    expect(byType['multiple-choice']).toMatchObject({
      choices: ['Bern', 'Hangzhou', 'Ottawa', 'Peking']
    });
    expect(byType.order).toMatchObject({ items: ['Am Ende', 'Dann', 'Zuerst'] });
    expect(byType.match).toMatchObject({
      left: ['Anna', 'Bert', 'Cem'],
      right: ['Aachen', 'Mainz', 'Zürich']
    });
    expect(decoded.value.content.set.questions.map((q) => q.type).sort()).toEqual(
      [...new Set(set.questions.map((q) => q.type))]
        .sort()
        .flatMap((t) => (t === 'cloze' ? [t, t] : [t]))
    );

    // The teacher finds the full questions again, under the ids the students answer with.
    const key = answerKeyFor(decoded.value, set);
    if (!key.ok) throw new Error(key.problem);
    expect(key.key.map((q) => q.id)).toEqual(decoded.value.content.set.questions.map((q) => q.id));
    expect(key.key.map((q) => q.answer)).toEqual(set.questions.map((q) => q.answer));
  });

  it('carry no answer field for generated sets from the corpus either', () => {
    const text =
      'Die Stadt Wien hat am Montag eine neue Brücke über die Donau eröffnet. Sie kostete 5 Millionen Euro und wurde in drei Jahren gebaut. Bürgermeister Michael Ludwig sprach von einem großen Tag für Wien. Die Brücke verbindet den 2. und den 20. Bezirk. Kritiker hatten die Kosten bemängelt.';
    const set = generateQuestionSet(text, { models, id: 'own-wien' });
    const assignment = assignmentOf(set, {
      questions: { ids: set.questions.map((q) => q.id) },
      answerKey: 'withheld',
      feedback: 'after-grading'
    });
    const json = payloadText(linkOf(assignment));
    expect(json).not.toMatch(/"(answer|accept|correction|explanation|evidence|factId)"/u);
    for (const q of set.questions) expect(json).not.toContain(`"${q.id}"`);
    expect(answerKeyFor(assignment, set).ok).toBe(true);
  });

  it('refuse every changed character and every cut, and never throw on garbage', () => {
    const link = linkOf(assignmentOf(bundledSet(), { bundled: true, questions: { random: 3 } }));
    const fragment = link.slice(link.indexOf('#') + 1);
    fc.assert(
      fc.property(
        fc.nat({ max: fragment.length - 1 }),
        fc.constantFrom(...'ABCabc019-_.x'),
        (at, char) => {
          fc.pre(fragment[at] !== char);
          const tampered = fragment.slice(0, at) + char + fragment.slice(at + 1);
          expect(decodeAssignmentLink(tampered).ok).toBe(false);
        }
      )
    );
    for (let cut = 0; cut < fragment.length; cut++)
      expect(decodeAssignmentLink(fragment.slice(0, cut)).ok).toBe(false);
    const problems = ['malformed', 'unsupported-version', 'checksum', 'too-large', 'invalid'];
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string().map((s) => `1.${s}`)
        ),
        (garbage) => {
          const result = decodeAssignmentLink(garbage);
          expect(result.ok ? 'ok' : result.problem).toSatisfy((p: string) => problems.includes(p));
        }
      )
    );
    expect(decodeAssignmentLink('3.abc')).toEqual({ ok: false, problem: 'unsupported-version' });
    expect(decodeAssignmentLink('https://x/a#hello')).toEqual({ ok: false, problem: 'malformed' });
    expect(decodeAssignmentLink(`1.${'A'.repeat(2_000_000)}`)).toEqual({
      ok: false,
      problem: 'too-large'
    });
  });

  it('name a well-formed payload that is not an assignment as invalid', () => {
    const assignment = assignmentOf(secretSet(), { bundled: true, questions: { random: 2 } });
    const file = assignmentFileText(assignment);
    expect(
      parseAssignmentFile(file.replace('"attemptsAllowed": 1', '"attemptsAllowed": 0'))
    ).toMatchObject({
      ok: false,
      problem: 'invalid'
    });
    expect(parseAssignmentFile(file.replace('assignment/1', 'assignment/3'))).toEqual({
      ok: false,
      problem: 'unsupported-version'
    });
    // Format 2 is the edits to a bundled set, and only that.
    expect(parseAssignmentFile(file.replace('assignment/1', 'assignment/2'))).toMatchObject({
      ok: false,
      problem: 'invalid'
    });
    expect(parseAssignmentFile('{')).toEqual({ ok: false, problem: 'malformed' });
    expect(parseAssignmentFile('\uFEFF' + file).ok).toBe(true);
  });
});

describe('QR code limit', () => {
  it('fits version 25 at error correction M, and 1,300 characters would not', () => {
    const fits = QRCode.create('https://x/a#1.' + 'A'.repeat(MAX_QR_LINK_CHARS - 14), {
      errorCorrectionLevel: 'M'
    });
    expect(fits.version).toBeLessThanOrEqual(25);
    const over = QRCode.create('h'.repeat(1300), { errorCorrectionLevel: 'M' });
    expect(over.version).toBeGreaterThan(25);
    expect(fitsQrCode('x'.repeat(MAX_QR_LINK_CHARS))).toBe(true);
    expect(fitsQrCode('x'.repeat(MAX_QR_LINK_CHARS + 1))).toBe(false);
  });

  it('holds a link to the whole bundled set', () => {
    const set = bundledSet();
    const link = linkOf(
      assignmentOf(set, { bundled: true, questions: { ids: set.questions.map((q) => q.id) } })
    );
    expect(fitsQrCode(link)).toBe(true);
  });
});

describe('attempt questions', () => {
  it('give the student full questions only with the key, and shuffle reproducibly', () => {
    const set = secretSet();
    const ids = { ids: set.questions.map((q) => q.id) };
    const withKey = assignmentOf(set, { bundled: true, questions: ids });
    const withheld = assignmentOf(set, {
      bundled: true,
      questions: ids,
      answerKey: 'withheld',
      feedback: 'after-grading'
    });
    const full = attemptQuestions(withKey, set);
    const bare = attemptQuestions(withheld, set);
    expect(full.ok && full.value.withKey && full.value.questions[0]?.answer).toBe('Peking');
    expect(JSON.stringify(bare)).not.toMatch(/GEHEIM|"answer"/u);
    expect(attemptQuestions(withKey, { ...set, questions: set.questions.slice(1) })).toEqual({
      ok: false,
      problem: 'missing-questions',
      questionIds: ['q-mc']
    });
    if (!bare.ok || bare.value.withKey) throw new Error('student views expected');
    const a = arrangeForStudent(withheld, bare.value.questions, seededRandom(3));
    expect(arrangeForStudent(withheld, bare.value.questions, seededRandom(3))).toEqual(a);
    expect(a.map((q) => q.id).sort()).toEqual(bare.value.questions.map((q) => q.id).sort());
    expect(a.map((q) => q.id)).not.toEqual(bare.value.questions.map((q) => q.id));
    expect(
      arrangeForStudent(
        { shuffleQuestions: false, shuffleChoices: false },
        bare.value.questions,
        Math.random
      )
    ).toEqual(bare.value.questions);
  });
});
