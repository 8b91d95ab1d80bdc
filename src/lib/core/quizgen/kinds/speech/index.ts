/**
 * Who said or demands what: a quotation or reported statement attributed to its speaker, asked
 * as multiple choice among the text's other persons and organisations.
 */
import type { Doc } from '../../document';
import { arrange, entityDistractors, evidenceFor, pick, pronounPerson } from '../shared';
import type { Candidate, QuestionKind } from '../types';

const words = (t: string) => t.split(/\s+/u).filter(Boolean).length;

const THIRD_PERSON =
  /(^|\s)(he|she|him|his|her|er|sie|ihm|ihn|sein|seine|seinen|seinem|seiner|ihre|ihren|ihrem|ihrer)(?=[\s,.;:!?]|$)/iu;

/** Whether the sentence before `index` (or `index` itself) names person `key` and no other. */
function onlyPersonBefore(doc: Doc, index: number, key: string): boolean {
  for (const i of [index, index - 1]) {
    const info = doc.sentences[i];
    if (!info) continue;
    const persons = new Set(
      info.s.words
        .map((w) => doc.entityAt(i, w.id))
        .filter((k): k is string => !!k && doc.entities.get(k)?.type === 'PER')
    );
    if (persons.size > 0) return persons.size === 1 && persons.has(key);
  }
  return false;
}

export const speechKind: QuestionKind = {
  name: 'speech',
  propose({ doc, pack }) {
    const out: Candidate[] = [];
    for (const info of doc.sentences) {
      if (!info.usable) continue;
      for (const q of info.quotes) {
        // A speaker named by `he`/`she` that the resolver left open is the one person the
        // sentence before names (`“…,” he said` after a sentence about Liam Fox alone).
        const key =
          q.speakerEntity ?? (q.speaker ? pronounPerson(doc, info, q.speaker)?.key : undefined);
        if (!key) continue;
        const e = doc.entities.get(key);
        if (!e || (e.type !== 'PER' && e.type !== 'ORG' && e.type !== 'LOC')) continue;
        // A speaker named only by a pronoun (`he said`) is asked about only when the sentence
        // before names this one person and no other: otherwise the guess may be wrong.
        if (q.speaker?.head.upos === 'PRON' && !onlyPersonBefore(doc, info.s.index, e.key))
          continue;
        const content = q.content.text.replace(/^[„“”"«»]+|[„“”"«»,.]+$/gu, '').trim();
        if (words(content) < 4 || words(content) > 28) continue;
        // A quotation that names nothing (`I don't think he will`) means nothing out of its
        // context: it must hold a noun, a name or a number.
        const says = q.content.ids.some((id) =>
          /^(NOUN|PROPN|NUM)$/u.test(info.s.words[id - 1]?.upos ?? '')
        );
        if (!says) continue;
        // Reported speech is a clause with its own subject (`present in Parliament who were
        // not prepared …` lost it to a cut): without one it is a fragment.
        if (
          !q.direct &&
          !q.content.ids.some((id) =>
            /^(nsubj|csubj|expl)/u.test(info.s.words[id - 1]?.deprel ?? '')
          )
        )
          continue;
        // The quote must not name its speaker.
        if (e.mentions.some((m) => content.includes(m.text))) continue;
        // Reported speech that speaks of its speaker in the third person (`he hopes the musical
        // …`) reads wrong between quotation marks and points at a man or a woman.
        if (!q.direct && THIRD_PERSON.test(content)) continue;
        // People among people, organisations among organisations: a mixed list gives the
        // answer away by its kind.
        // Alternatives who could have said it: others who speak in the text first, then
        // persons with a full name (a one-word `person` is often a misread place or thing).
        const speakers = new Set(
          doc.sentences.flatMap((i) => i.quotes.map((x) => x.speakerEntity ?? ''))
        );
        const pool = entityDistractors(doc, e.key, e.type, q.verb.lemma)
          .filter((name) => {
            const other = [...doc.entities.values()].find((x) => x.name === name);
            return (
              !!other &&
              (speakers.has(other.key) || (other.type === 'PER' && words(other.name) >= 2))
            );
          })
          .sort((a, b) => Number(isSpeaker(b)) - Number(isSpeaker(a)));
        function isSpeaker(name: string) {
          const other = [...doc.entities.values()].find((x) => x.name === name);
          return !!other && speakers.has(other.key);
        }
        const distractors = pick(pool, e.name, 3, `said|${info.s.index}`);
        if (distractors.length < 3) continue;
        out.push({
          kind: 'speech',
          type: 'multiple-choice',
          prompt: pack.texts.whoSaid(content),
          answer: e.name,
          choices: arrange(e.name, distractors, `said|${info.s.index}`),
          evidence: evidenceFor(doc, info.s.index, e.name),
          fact: `${info.s.index}:speaker`,
          score: info.importance * 1.0,
          support: [content]
        });
      }
    }
    return out;
  }
};
