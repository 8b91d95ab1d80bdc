/**
 * The analysis on the command line.
 *
 * - `--conllu FILE`: tags and parses a CoNLL-U file with the shipped models so that anyone can
 *   score them with the CoNLL 2018 evaluation script: sentences, comments and word tokens (ID,
 *   FORM, multiword-token lines) are kept exactly; LEMMA, UPOS, FEATS, HEAD and DEPREL are
 *   predicted (XPOS is written `_`).
 * - `FILE.txt`: analyses raw text the way the question generator does (sentences, UD words,
 *   tags, tree, entities, dateline and speakers) and prints it as CoNLL-U, entities in MISC.
 *
 * Usage: npm run --silent analyse -- --lang de|en --conllu FILE.conllu > predicted.conllu
 *        npm run --silent analyse -- --lang de|en FILE.txt
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as v from 'valibot';
import { analyse } from '../src/lib/core/nlp/analyse';
import { formatConllu, parseConllu, type ConlluSentence } from '../src/lib/core/nlp/conllu';
import { decodeTagger } from '../src/lib/core/nlp/tagger/tagger';
import type { Attachment, Analysis, Parser, TaggedWord, Tagger } from '../src/lib/core/nlp/types';
import { loadModels } from './nlp-models';
import { decodeArticleBytes } from '../src/lib/core/text/article-input';

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

/** A raw-text analysis as CoNLL-U: one sentence per block, entities and layout in MISC. */
export function analysisToConllu(analysis: Analysis): string {
  const sentences: ConlluSentence[] = analysis.sentences.map((s) => {
    const comments = [`sent_id = ${s.index + 1}`, `text = ${s.text}`];
    if (s.role === 'title') comments.push('role = title');
    if (s.dateline) comments.push(`dateline = ${s.dateline.start}-${s.dateline.end - 1}`);
    if (s.speaker) comments.push(`speaker = ${s.speaker.label}`);
    return {
      comments,
      extra: [],
      words: s.words.map((w) => {
        const misc: string[] = [];
        const entity = s.entities.find((e) => e.start <= w.id && w.id < e.end);
        if (entity) misc.push(`Entity=${entity.start === w.id ? 'B' : 'I'}-${entity.type}`);
        if (!w.spaceAfter) misc.push('SpaceAfter=No');
        return {
          id: w.id,
          form: w.form,
          lemma: w.lemma,
          upos: w.upos,
          xpos: w.xpos ?? '_',
          feats: w.feats,
          head: w.head,
          deprel: w.deprel,
          deps: '_',
          misc: misc.length > 0 ? misc.join('|') : '_'
        };
      })
    };
  });
  return formatConllu(sentences);
}

const Args = v.object({
  lang: v.picklist(['de', 'en'], 'give --lang de or --lang en'),
  conllu: v.optional(v.pipe(v.string(), v.minLength(1, 'give --conllu FILE.conllu'))),
  file: v.optional(v.string())
});

function parseArgs(argv: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (!a.startsWith('--')) {
      out.file = a;
      continue;
    }
    const eq = a.indexOf('=');
    if (eq > 0) out[a.slice(2, eq)] = a.slice(eq + 1);
    else if (i + 1 < argv.length) out[a.slice(2)] = argv[++i] as string;
  }
  return out;
}

const USAGE =
  'usage: npm run --silent analyse -- --lang de|en --conllu FILE.conllu\n' +
  '       npm run --silent analyse -- --lang de|en FILE.txt';

async function main(): Promise<number> {
  const parsed = v.safeParse(Args, parseArgs(process.argv.slice(2)));
  if (!parsed.success || (!parsed.output.conllu && !parsed.output.file)) {
    const issues = parsed.success
      ? ['give --conllu FILE.conllu or a text FILE']
      : parsed.issues.map((i) => i.message);
    console.error(`analyse: ${issues.join('; ')}`);
    console.error(USAGE);
    return 2;
  }
  const { lang, conllu, file } = parsed.output;
  const path = (conllu ?? file) as string;
  if (!existsSync(path)) {
    console.error(`analyse: no such file: ${path}`);
    return 2;
  }
  let out: string;
  try {
    const models = loadModels(lang);
    if (conllu) out = analyseConllu(readFileSync(conllu, 'utf8'), models.tagger, models.parser);
    else {
      const decoded = decodeArticleBytes(new Uint8Array(readFileSync(path)));
      if (!decoded.ok && decoded.problem !== 'too-short') {
        console.error(`analyse: ${path}: cannot read it as text (${decoded.problem})`);
        return 2;
      }
      out = analysisToConllu(analyse(decoded.text, lang, models));
    }
  } catch (error) {
    console.error(`analyse: ${path}: ${(error as Error).message}`);
    return 2;
  }
  process.stdout.write(out);
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1])
  process.exitCode = await main();
