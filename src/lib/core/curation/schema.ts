import * as v from 'valibot';
import { QuestionSchema } from '../quizset/schema';

/**
 * The stored shape of a curation (see `curation.ts`). Kept apart from the operations so storage
 * code, which every page loads, carries only this much of it.
 */

export const CURATION_FORMAT = 'curation/1';

const Id = () => v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,64}$/));

/**
 * Built on first use, not at import: the db module re-exports curation storage, and pages that
 * never touch a curation (the library) should not carry this schema in their JavaScript.
 */
function curationSchema() {
  return v.pipe(
    v.object({
      format: v.literal(CURATION_FORMAT),
      setId: Id(),
      /** The whole edited question per generated question id (type, prompt, answer, …). */
      edits: v.record(Id(), QuestionSchema),
      /** Generated questions the teacher removed. */
      deleted: v.array(Id()),
      /** The teacher's own questions. */
      added: v.array(QuestionSchema),
      /**
       * The teacher's order of question ids. Empty: the generated order, own questions last.
       * Questions it does not name (new after a regeneration) follow it in their natural order.
       */
      order: v.array(Id())
    }),
    v.check(
      (c) => Object.entries(c.edits).every(([id, question]) => question.id === id),
      'An edit must keep its question id.'
    ),
    v.check(
      (c) => new Set(c.added.map((q) => q.id)).size === c.added.length,
      'Added questions need distinct ids.'
    ),
    v.check(
      (c) => c.added.every((q) => !(q.id in c.edits)),
      'An added question is changed in place, not through an edit.'
    )
  );
}

let schema: ReturnType<typeof curationSchema> | undefined;

/** The valibot schema of a curation. */
export function CurationSchema() {
  schema ??= curationSchema();
  return schema;
}

export type Curation = v.InferOutput<ReturnType<typeof curationSchema>>;

export type CurationParseResult =
  { ok: true; curation: Curation } | { ok: false; issues: string[] };

/** Validates unknown input (a stored value, a file) as a curation. */
export function parseCuration(input: unknown): CurationParseResult {
  const result = v.safeParse(CurationSchema(), input);
  if (result.success) return { ok: true, curation: result.output };
  return {
    ok: false,
    issues: result.issues.map((issue) => {
      const path = issue.path?.map((item) => String(item.key)).join('.');
      return path ? `${path}: ${issue.message}` : issue.message;
    })
  };
}

/** A curation that changes nothing. */
export function emptyCuration(setId: string): Curation {
  return { format: CURATION_FORMAT, setId, edits: {}, deleted: [], added: [], order: [] };
}
