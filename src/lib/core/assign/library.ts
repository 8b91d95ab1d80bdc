import type { QuizSet } from '../quizset/schema';
import type { Assignment } from './schema';

/** Own sets carry ids starting with this (see `isOwnSetId` in `$lib/study/sets`). */
const OWN_SET_PREFIX = 'own-';

export type LibraryArticle =
  /** The article ships with the app (or is a curated copy of one): it is in the library already. */
  | { kind: 'in-app'; setId: string }
  /**
   * A teacher's own article, carried by the assignment: store it (unless the device holds a
   * set with that id already, e.g. the teacher's own). Without a key it keeps no questions.
   */
  | { kind: 'save'; set: QuizSet };

/**
 * Where the student finds an assignment's article afterwards. Pure: the caller stores it.
 *
 * @example
 * articleForLibrary(assignment) // → { kind: 'save', set: { id: 'own-x', sentences: […], … } }
 */
export function articleForLibrary(assignment: Assignment): LibraryArticle {
  const { content } = assignment;
  if (content.kind === 'bundled' || content.kind === 'bundled-edits')
    return { kind: 'in-app', setId: content.setId };
  if (!content.set.id.startsWith(OWN_SET_PREFIX)) return { kind: 'in-app', setId: content.set.id };
  if (content.kind === 'own') return { kind: 'save', set: content.set };
  // Built field by field: a withheld link's student questions are no quiz set's questions.
  return {
    kind: 'save',
    set: {
      format: 'quizset/1',
      id: content.set.id,
      title: content.set.title,
      language: content.set.language,
      sentences: content.set.sentences,
      questions: []
    }
  };
}
