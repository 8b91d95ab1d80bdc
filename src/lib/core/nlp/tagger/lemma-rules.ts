/**
 * Lemmas for words neither the training data nor the lexicon know, UDPipe-style: an edit script
 * (`lower-case?`, drop an ending, add one) learned per part of speech and word ending from the
 * treebank, applied by the longest ending seen (`NOUN …ies` → drop `ies`, add `y`).
 */

/** `[lowercase, del, add]`. */
export type LemmaScript = readonly [boolean, string, string];

const scriptKey = ([lower, del, add]: LemmaScript): string => `${lower ? 'L' : ''}|${del}|${add}`;
const parseScript = (key: string): LemmaScript => {
  const [l, del, add] = key.split('|');
  return [l === 'L', del ?? '', add ?? ''];
};

/** The script that turns `form` into `lemma`, preferring to keep the form's case. */
export function lemmaScript(form: string, lemma: string): LemmaScript {
  const diff = (from: string): [string, string, number] => {
    let p = 0;
    while (p < from.length && p < lemma.length && from[p] === lemma[p]) p++;
    return [from.slice(p), lemma.slice(p), p];
  };
  const [del, add, p] = diff(form);
  const lower = form.toLowerCase();
  if (lower !== form) {
    const [ldel, ladd, lp] = diff(lower);
    if (lp > p) return [true, ldel, ladd];
  }
  return [false, del, add];
}

export function applyLemmaScript(form: string, [lower, del, add]: LemmaScript): string | undefined {
  const base = lower ? form.toLowerCase() : form;
  if (!base.endsWith(del)) return undefined;
  const out = base.slice(0, base.length - del.length) + add;
  return out.length > 0 ? out : undefined;
}

const MAX_SUFFIX = 6;

/** Rules keyed `UPOS|ending`; an ending's rule is kept only where it differs from its shorter
 * ending's, so the table stays small. */
export interface LemmaRuleTable {
  rules: Record<string, string>;
}

export function learnLemmaRules(
  examples: Iterable<{ form: string; upos: string; lemma: string }>
): LemmaRuleTable {
  const counts = new Map<string, Map<string, number>>();
  for (const { form, upos, lemma } of examples) {
    if (!lemma || lemma === '_') continue;
    const script = scriptKey(lemmaScript(form, lemma));
    for (let k = 0; k <= Math.min(MAX_SUFFIX, form.length); k++) {
      const key = `${upos}|${form.slice(form.length - k).toLowerCase()}`;
      let m = counts.get(key);
      if (!m) counts.set(key, (m = new Map()));
      m.set(script, (m.get(script) ?? 0) + 1);
    }
  }
  const best = (key: string): string | undefined => {
    const m = counts.get(key);
    if (!m) return undefined;
    let top: string | undefined;
    let topCount = 0;
    for (const [s, c] of [...m.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)))
      if (c > topCount) {
        top = s;
        topCount = c;
      }
    return top;
  };
  const rules: Record<string, string> = {};
  for (const key of [...counts.keys()].sort()) {
    const bar = key.indexOf('|');
    const ending = key.slice(bar + 1);
    const b = best(key) as string;
    if (ending.length === 0) {
      rules[key] = b;
      continue;
    }
    // Only endings seen at least twice generalise; the parent is the ending one letter shorter.
    const total = [...(counts.get(key) as Map<string, number>).values()].reduce((a, c) => a + c, 0);
    if (total < 2) continue;
    const parent = `${key.slice(0, bar)}|${ending.slice(1)}`;
    if (best(parent) !== b) rules[key] = b;
  }
  return { rules };
}

/** The lemma the rules give for a form with the given UPOS (the form itself when none apply). */
export function ruleLemma(table: LemmaRuleTable, form: string, upos: string): string {
  const lower = form.toLowerCase();
  for (let k = Math.min(MAX_SUFFIX, form.length); k >= 0; k--) {
    const rule = table.rules[`${upos}|${lower.slice(lower.length - k)}`];
    if (rule === undefined) continue;
    const out = applyLemmaScript(form, parseScript(rule));
    if (out !== undefined) return out;
  }
  return form;
}
