/**
 * After an assignment the student finds its article in the library: a bundled one is there
 * already, a teacher's own article travels in the link (with or without the key) and is stored.
 */
import { describe, expect, it } from 'vitest';
import { parseQuizSet } from '../quizset/schema';
import { articleForLibrary } from './library';
import { decodeAssignmentLink, encodeAssignmentLink } from './link';
import { assignmentOf, bundledSet, secretSet } from './test-fixtures';

/** The assignment as a student's phone receives it: through a link. */
function throughLink(assignment: Parameters<typeof encodeAssignmentLink>[1]) {
  const link = encodeAssignmentLink('https://lesequiz.example', assignment);
  if (!link.ok) throw new Error(link.problem);
  const decoded = decodeAssignmentLink(link.link);
  if (!decoded.ok) throw new Error(decoded.problem);
  return decoded.value;
}

describe('articleForLibrary', () => {
  it('refers to a bundled article by its id', () => {
    const assignment = assignmentOf(bundledSet(), { bundled: true, questions: { random: 3 } });
    expect(articleForLibrary(throughLink(assignment))).toEqual({
      kind: 'in-app',
      setId: 'hikvision-kanada'
    });
  });

  it('refers to a curated copy of a bundled article by the bundled id (it is in the app)', () => {
    const assignment = assignmentOf(bundledSet(), { bundled: false, questions: { random: 3 } });
    expect(articleForLibrary(throughLink(assignment))).toEqual({
      kind: 'in-app',
      setId: 'hikvision-kanada'
    });
  });

  it('stores an own article with its whole text and the assigned questions when the key travels', () => {
    const set = secretSet();
    const assignment = throughLink(assignmentOf(set, { questions: { ids: ['q-mc', 'q-tf'] } }));
    const article = articleForLibrary(assignment);
    if (article.kind !== 'save') throw new Error('expected an article to save');
    expect(article.set.sentences).toEqual(set.sentences);
    expect(article.set.questions.map((q) => q.id)).toEqual(['q-mc', 'q-tf']);
    expect(parseQuizSet(article.set).ok).toBe(true);
  });

  it('stores an own article without any question when the key is withheld', () => {
    const set = secretSet();
    const assignment = throughLink(
      assignmentOf(set, {
        questions: { ids: ['q-mc', 'q-tf'] },
        answerKey: 'withheld',
        feedback: 'after-grading'
      })
    );
    const article = articleForLibrary(assignment);
    if (article.kind !== 'save') throw new Error('expected an article to save');
    expect(article.set).toEqual({
      format: 'quizset/1',
      id: 'own-secret',
      title: 'Geheimnisse',
      language: 'de',
      sentences: set.sentences,
      questions: []
    });
    expect(JSON.stringify(article.set)).not.toContain('GEHEIM');
    expect(parseQuizSet(article.set).ok).toBe(true);
  });
});
