/**
 * Fill the gap: a name, date, amount or key noun of an important sentence, always with a word
 * bank of the same type and form (other names of the text, other dates, nouns in the same case,
 * number and gender). Never a gap in a dateline, a part of a name, or a word the sentence repeats.
 */
import type { Word } from '../../../nlp/types';
import { speaksInPerson, textOf } from '../../document';
import { arrange, entityDistractors, isBareName, perturb, pick } from '../shared';
import type { Candidate, QuestionKind } from '../types';

const GAP = '____';
const words = (t: string) => t.split(/\s+/u).filter(Boolean).length;

export const clozeKind: QuestionKind = {
  name: 'cloze',
  propose({ doc, pack }) {
    const out: Candidate[] = [];
    // Nouns of the whole text by case/number/gender, for noun word banks.
    const nounsByForm = new Map<string, string[]>();
    for (const info of doc.sentences)
      for (const w of info.s.words) {
        if (w.upos !== 'NOUN' || pack.isCommonWord(w.lemma) || w.form.length < 5) continue;
        const key = `${w.feats.Case}|${w.feats.Number}|${w.feats.Gender}`;
        const list = nounsByForm.get(key) ?? [];
        if (!list.includes(w.form)) list.push(w.form);
        nounsByForm.set(key, list);
      }
    for (const index of doc.ranked) {
      const info = doc.sentences[index];
      if (!info) continue;
      const s = info.s;
      const skip = Math.max(s.dateline?.end ?? 1, s.speaker?.end ?? 1);
      const visible = s.words.filter((w) => w.id >= skip).map((w) => w.id);
      if (visible.length < 6 || words(s.text) > 60 || speaksInPerson(info, visible)) continue;
      const gaps: { ids: number[]; answer: string; bank: string[]; fact: string }[] = [];
      for (const m of s.entities) {
        if (m.start < skip) continue;
        const ids: number[] = [];
        for (let id = m.start; id < m.end; id++) ids.push(id);
        const answer = textOf(doc, s, ids);
        const seed = `gap|${index}|${answer}`;
        let bank: string[] = [];
        if (m.type === 'DATE' || m.type === 'NUM') bank = perturb(answer, doc.language, seed);
        else {
          const key = doc.entityAt(index, m.start);
          const e = key ? doc.entities.get(key) : undefined;
          const head = s.words[m.end - 2] as Word | undefined;
          if (!e || e.name !== answer || head?.feats.Case === 'Gen') continue;
          if (!isBareName(info, m.start, m.end)) continue;
          bank = pick(entityDistractors(doc, e.key, e.type, ''), answer, 3, seed);
        }
        if (bank.length >= 3) gaps.push({ ids, answer, bank, fact: `${index}:gap:${answer}` });
      }
      for (const w of s.words) {
        if (w.id < skip || w.upos !== 'NOUN' || pack.isCommonWord(w.lemma) || w.form.length < 6)
          continue;
        if (!/^(nsubj|obj|obl|iobj|nmod)/u.test(w.deprel)) continue;
        if (s.words.filter((x) => x.lemma === w.lemma).length > 1) continue;
        const options = (
          nounsByForm.get(`${w.feats.Case}|${w.feats.Number}|${w.feats.Gender}`) ?? []
        ).filter((x) => x !== w.form);
        const bank = pick(options, w.form, 3, `gap|${index}|${w.form}`);
        if (bank.length >= 3)
          gaps.push({ ids: [w.id], answer: w.form, bank, fact: `${index}:gap:${w.lemma}` });
      }
      const firstVisible = s.words.find((w) => w.id >= skip);
      for (const g of gaps) {
        // The sentence as written, with the gap cut out by character offsets (quotes and
        // spacing stay exactly as in the text); a dateline or speaker label is left out.
        const first = s.words[(g.ids[0] ?? 1) - 1];
        const last = s.words[(g.ids[g.ids.length - 1] ?? 1) - 1];
        if (!first || !last || !firstVisible) continue;
        const prompt = (
          doc.text.slice(firstVisible.start, first.start) +
          GAP +
          doc.text.slice(last.end, s.end)
        ).trim();
        if (!prompt.includes(GAP) || prompt.split(GAP).length !== 2) continue;
        if (prompt.toLowerCase().includes(g.answer.toLowerCase())) continue;
        const entity = doc.entityAt(index, g.ids[0] ?? 0);
        out.push({
          kind: 'cloze',
          type: 'cloze',
          prompt: prompt.charAt(0).toUpperCase() + prompt.slice(1),
          answer: g.answer,
          wordBank: arrange(g.answer, g.bank, g.fact).sort((a, b) =>
            a.localeCompare(b, doc.language)
          ),
          evidence: [index],
          fact: g.fact,
          score: info.importance * (entity ? 0.75 : 0.6),
          support: [g.answer]
        });
      }
    }
    return out;
  }
};
