/**
 * Order of events: when the text dates three or more events in different years, the reader puts
 * the events (told without their dates) in the order they happened.
 */
import { textOf } from '../../document';
import { hasDate, targetsOf } from '../shared';
import type { Candidate, QuestionKind } from '../types';

const words = (t: string) => t.split(/\s+/u).filter(Boolean).length;

export const orderKind: QuestionKind = {
  name: 'order',
  propose({ doc, pack }) {
    const events: { year: number; text: string; index: number }[] = [];
    for (const info of doc.sentences) {
      if (!info.usable) continue;
      // Any clause with a subject and a dated time phrase tells an event (a conjoined or
      // subordinate clause as well as the main one).
      for (const clause of info.clauses) {
        if (!clause.subject || !clause.finite) continue;
        const time = targetsOf(doc, info, clause).find((t) => t.role === 'time');
        if (!time || !hasDate(info, time.phrase)) continue;
        const year = /\b(1[5-9]\d\d|20\d\d)\b/u.exec(textOf(doc, info.s, time.phrase.ids));
        if (!year) continue;
        const text = pack.statement(doc, info, clause, { phrase: time.phrase, text: '' });
        if (!text || words(text) < 4 || words(text) > 22 || /\b(1[5-9]\d\d|20\d\d)\b/u.test(text))
          continue;
        if (events.some((e) => e.year === Number(year[1]) || e.text === text)) continue;
        events.push({ year: Number(year[1]), text, index: info.s.index });
      }
    }
    if (events.length < 3) return [];
    const chosen = events.slice(0, 5).sort((a, b) => a.year - b.year);
    if (new Set(chosen.map((c) => c.text)).size !== chosen.length) return [];
    const importance =
      chosen.reduce((sum, c) => sum + (doc.sentences[c.index]?.importance ?? 0), 0) / chosen.length;
    return [
      {
        kind: 'order',
        type: 'order',
        prompt: pack.texts.order,
        answer: chosen.map((c) => c.text),
        evidence: [...new Set(chosen.map((c) => c.index))].sort((a, b) => a - b),
        fact: 'order',
        score: importance * 1.1,
        support: []
      } satisfies Candidate
    ];
  }
};
