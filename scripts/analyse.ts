/**
 * Tags a CoNLL-U file with the shipped models so that anyone can score them with the CoNLL 2018
 * evaluation script: sentences, comments and word tokens (ID, FORM, multiword-token lines) are
 * kept exactly; LEMMA, UPOS and FEATS are predicted (XPOS is written `_`), HEAD and DEPREL come
 * from the parser when one is built (`static/models/<lang>/parser.bin`), else `_`.
 *
 * Usage: npm run --silent analyse -- --lang de|en --conllu FILE.conllu > predicted.conllu
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as v from 'valibot';
import { formatConllu, parseConllu } from '../src/lib/core/nlp/conllu';
import { decodeTagger } from '../src/lib/core/nlp/tagger/tagger';
import type { Attachment, Parser, TaggedWord, Tagger } from '../src/lib/core/nlp/types';

const REPO = fileURLToPath(new URL('../', import.meta.url));

/** Re-tags every sentence of a CoNLL-U text; throws with a line number on malformed input. */
export function analyseConllu(text: string, tagger: Tagger, parser?: Parser): string {
  const sentences = parseConllu(text).map((s) => {
    const tagged: TaggedWord[] = tagger.tag(s.words.map((w) => w.form));
    const attachments: (Attachment | undefined)[] = parser
      ? parser.parse(tagged.map((t, i) => ({ ...t, form: (s.words[i] as { form: string }).form })))
      : [];
    return {
      ...s,
      words: s.words.map((w, i) => {
        const t = tagged[i] as TaggedWord;
        const a = attachments[i];
        return {
          ...w,
          lemma: t.lemma,
          upos: t.upos,
          xpos: t.xpos ?? '_',
          feats: t.feats,
          // `_` when there is no parser: the column stays honest rather than a made-up tree.
          head: a ? a.head : ('_' as unknown as number),
          deprel: a ? a.deprel : '_',
          deps: '_'
        };
      })
    };
  });
  return formatConllu(sentences);
}

/** The shipped tagger of a language. */
export function loadTagger(lang: 'de' | 'en'): Tagger {
  return decodeTagger(
    readFileSync(join(REPO, `static/models/${lang}/tagger.bin`)),
    lang === 'de' ? readFileSync(join(REPO, 'static/models/de/lexicon.bin')) : undefined
  );
}

/** The parser, when the parser module and its model file are both there. */
async function loadParser(lang: string): Promise<Parser | undefined> {
  const model = join(REPO, `static/models/${lang}/parser.bin`);
  const module = join(REPO, 'src/lib/core/nlp/parser/index.ts');
  if (!existsSync(model) || !existsSync(module)) return undefined;
  const parser = (await import(module)) as { decodeParser?: (b: Uint8Array) => Parser };
  return parser.decodeParser?.(readFileSync(model));
}

const Args = v.object({
  lang: v.picklist(['de', 'en'], 'give --lang de or --lang en'),
  conllu: v.pipe(v.string('give --conllu FILE.conllu'), v.minLength(1, 'give --conllu FILE.conllu'))
});

function parseArgs(argv: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (!a.startsWith('--')) continue;
    const eq = a.indexOf('=');
    if (eq > 0) out[a.slice(2, eq)] = a.slice(eq + 1);
    else if (i + 1 < argv.length) out[a.slice(2)] = argv[++i] as string;
  }
  return out;
}

async function main(): Promise<number> {
  const parsed = v.safeParse(Args, parseArgs(process.argv.slice(2)));
  if (!parsed.success) {
    console.error(`analyse: ${parsed.issues.map((i) => i.message).join('; ')}`);
    console.error('usage: npm run --silent analyse -- --lang de|en --conllu FILE.conllu');
    return 2;
  }
  const { lang, conllu } = parsed.output;
  if (!existsSync(conllu)) {
    console.error(`analyse: no such file: ${conllu}`);
    return 2;
  }
  let out: string;
  try {
    out = analyseConllu(readFileSync(conllu, 'utf8'), loadTagger(lang), await loadParser(lang));
  } catch (error) {
    console.error(`analyse: ${conllu}: ${(error as Error).message}`);
    return 2;
  }
  process.stdout.write(out);
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1])
  process.exitCode = await main();
