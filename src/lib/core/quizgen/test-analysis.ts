/**
 * Builds an `Analysis` from hand-annotated CoNLL-U, for tests of the document model, the
 * language packs and the question kinds that must not depend on what a trained model predicts.
 * Entities are given as `{ sentence, start, end, type }` over word ids.
 */
import { parseConllu } from '../nlp/conllu';
import type { AnalysedSentence, Analysis, EntitySpan, Language, Upos, Word } from '../nlp/types';

export function analysisFromConllu(
  conllu: string,
  language: Language,
  entities: { sentence: number; start: number; end: number; type: EntitySpan['type'] }[] = []
): Analysis {
  const parsed = parseConllu(conllu);
  let text = '';
  const sentences: AnalysedSentence[] = parsed.map((s, index) => {
    if (index > 0) text += ' ';
    const start = text.length;
    // Multiword tokens (`1-2 Am` over `An dem`): the words share the surface token's offsets.
    const ranges = s.extra
      .map((e) => /^(\d+)-(\d+)\t([^\t]+)\t(?:[^\t]*\t){7}([^\t]*)$/u.exec(e.line))
      .filter((m): m is RegExpExecArray => !!m)
      .map((m) => ({
        from: Number(m[1]),
        to: Number(m[2]),
        surface: m[3] as string,
        misc: m[4] as string
      }));
    let shared: { start: number; end: number } | undefined;
    const words: Word[] = s.words.map((w) => {
      const range = ranges.find((r) => r.from <= w.id && w.id <= r.to);
      if (range) {
        if (w.id === range.from) {
          const at = text.length;
          text += range.surface;
          shared = { start: at, end: text.length };
        }
        const last = w.id === range.to;
        const spaceAfter = last && !/SpaceAfter=No/u.test(range.misc);
        const word: Word = {
          id: w.id,
          form: w.form,
          lemma: w.lemma,
          upos: w.upos as Upos,
          feats: w.feats,
          head: w.head,
          deprel: w.deprel,
          start: shared?.start ?? 0,
          end: shared?.end ?? 0,
          spaceAfter,
          surface: range.surface
        };
        if (last && spaceAfter) text += ' ';
        return word;
      }
      const wordStart = text.length;
      text += w.form;
      const spaceAfter = !/SpaceAfter=No/u.test(w.misc);
      const word: Word = {
        id: w.id,
        form: w.form,
        lemma: w.lemma,
        upos: w.upos as Upos,
        feats: w.feats,
        head: w.head,
        deprel: w.deprel,
        start: wordStart,
        end: text.length,
        spaceAfter
      };
      if (spaceAfter) text += ' ';
      return word;
    });
    text = text.trimEnd();
    return {
      index,
      paragraph: 0,
      text: text.slice(start),
      start,
      end: text.length,
      role: 'body',
      words,
      entities: entities
        .filter((e) => e.sentence === index)
        .map((e) => ({ type: e.type, start: e.start, end: e.end }))
    };
  });
  return { language, text, sentences };
}
