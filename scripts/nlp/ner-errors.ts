/**
 * Error analysis of an entity recogniser on gold sentences (GermEval dev by default): how many
 * gold entities are found exactly, found with the wrong type only, found with wrong boundaries,
 * or missed; how many predictions overlap no gold entity; the type confusions.
 *
 * Usage: npx tsx scripts/nlp/ner-errors.ts [--model static/models/de/ner.bin] [--examples N]
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { spansFromLabels } from '../../src/lib/core/nlp/ner/bio.ts';
import { decodeEntityRecogniser } from '../../src/lib/core/nlp/ner/recogniser.ts';
import type { EntitySpan } from '../../src/lib/core/nlp/types.ts';
import { germanTagger, germEvalDev, withTags } from './ner-data.ts';

const { values } = parseArgs({
  options: { model: { type: 'string' }, examples: { type: 'string', default: '0' } }
});
const modelPath =
  values.model ?? fileURLToPath(new URL('../../static/models/de/ner.bin', import.meta.url));
const recogniser = decodeEntityRecogniser(new Uint8Array(readFileSync(modelPath)));
const sentences = withTags(germEvalDev(), germanTagger());
const count = new Map<string, number>();
const bump = (k: string): void => void count.set(k, (count.get(k) ?? 0) + 1);
const examples = new Map<string, string[]>();
const note = (k: string, s: string): void => {
  const list = examples.get(k) ?? [];
  list.push(s);
  examples.set(k, list);
};
const overlaps = (a: EntitySpan, b: EntitySpan): boolean => a.start < b.end && b.start < a.end;
for (const sentence of sentences) {
  const words = sentence.forms.map((form, i) => ({
    form,
    upos: sentence.tags?.[i]?.upos ?? ('X' as const),
    feats: sentence.tags?.[i]?.feats ?? {},
    lemma: sentence.tags?.[i]?.lemma ?? ''
  }));
  const predicted = recogniser.recognise(words);
  const gold = spansFromLabels(sentence.labels);
  const text = (s: EntitySpan): string => sentence.forms.slice(s.start - 1, s.end - 1).join(' ');
  for (const g of gold) {
    const same = predicted.find((p) => p.start === g.start && p.end === g.end);
    if (same && same.type === g.type) bump(`exact ${g.type}`);
    else if (same) {
      bump(`type ${g.type}->${same.type}`);
      bump(`type-only ${g.type}`);
      note(`type ${g.type}->${same.type}`, text(g));
    } else {
      const over = predicted.filter((p) => overlaps(p, g));
      if (over.length === 0) {
        bump(`missed ${g.type}`);
        note(`missed ${g.type}`, text(g));
      } else {
        const typed = over.some((p) => p.type === g.type);
        bump(`boundary ${g.type} ${typed ? 'type-ok' : 'type-wrong'}`);
        note(
          `boundary ${g.type}`,
          `${text(g)}  ≠  ${over.map((p) => `${text(p)}/${p.type}`).join(', ')}`
        );
      }
    }
  }
  for (const p of predicted)
    if (!gold.some((g) => overlaps(p, g))) {
      bump(`spurious ${p.type}`);
      note(`spurious ${p.type}`, text(p));
    }
}
for (const [k, v] of [...count].sort()) console.log(`${k.padEnd(28)} ${v}`);
const n = Number(values.examples);
if (n > 0)
  for (const [k, list] of [...examples].sort())
    console.log(`\n## ${k}\n${list.slice(0, n).join(' | ')}`);
