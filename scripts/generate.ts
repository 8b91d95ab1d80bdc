/**
 * Generates a question set from article files.
 *
 *   npm run --silent generate -- FILE… [--lang de|en] [--title T] [--out FILE | --out-dir DIR]
 *
 * One file without --out prints the set as JSON; several files need --out-dir and give one
 * `DIR/<name>.json` each. Bad input (unreadable, empty, binary, over 2 MB) or an input that yields
 * no questions exits with 1 and one line per file on stderr, before anything is written; bad
 * arguments exit with 2. Lines that did not decode cleanly are named on stderr as a warning.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateQuestionSet } from '../src/lib/core/quizgen/index';
import { formatJson, idFromFile, InputError, readArticle } from './quizgen-io';
import { allModels } from './nlp-models';

const models = allModels();

interface Args {
  files: string[];
  lang?: 'de' | 'en';
  title?: string;
  out?: string;
  outDir?: string;
}

function usage(message: string): never {
  process.stderr.write(
    `generate: ${message}\nusage: generate FILE… [--lang de|en] [--title T] [--out FILE | --out-dir DIR]\n`
  );
  process.exit(2);
}

function parseArgs(argv: string[]): Args {
  const args: Args = { files: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const value = () => {
      const v = argv[++i];
      if (v === undefined) usage(`${arg} needs a value`);
      return v;
    };
    if (arg === '--lang') {
      const lang = value();
      if (lang !== 'de' && lang !== 'en') usage(`--lang must be de or en, not ${lang}`);
      args.lang = lang;
    } else if (arg === '--title') args.title = value();
    else if (arg === '--out') args.out = value();
    else if (arg === '--out-dir') args.outDir = value();
    else if (arg === '--help' || arg === '-h') usage('help');
    else if (arg.startsWith('--')) usage(`unknown option ${arg}`);
    else args.files.push(arg);
  }
  if (args.files.length === 0) usage('no input file');
  if (args.out && args.outDir) usage('use --out or --out-dir, not both');
  if (args.files.length > 1 && !args.outDir) usage('several files need --out-dir DIR');
  return args;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  // Read everything first, so bad input fails before anything is written.
  const inputs = args.files.map((file) => ({ file, text: readArticle(file) }));
  const outputs = inputs.map(({ file, text }) => {
    const id = idFromFile(file);
    const set = generateQuestionSet(text, {
      models,
      id,
      ...(args.title ? { title: args.title } : {}),
      ...(args.lang ? { language: args.lang } : {})
    });
    return { file, id, set };
  });
  // A set without questions is a failed run, not an empty success: nothing is written then.
  const empty = outputs.filter(({ set }) => set.questions.length === 0);
  if (empty.length > 0) {
    throw new InputError(
      empty
        .map(({ file }) => `${file}: no questions (too little to ask about in this text)`)
        .join('\n')
    );
  }
  if (args.outDir) mkdirSync(args.outDir, { recursive: true });
  for (const { id, set } of outputs) {
    const json = await formatJson(set);
    if (args.outDir) writeFileSync(join(args.outDir, `${id}.json`), json);
    else if (args.out) writeFileSync(args.out, json);
    else process.stdout.write(json);
  }
}

main().catch((error: unknown) => {
  const message = error instanceof InputError ? error.message : String(error);
  for (const line of message.split('\n')) process.stderr.write(`generate: ${line}\n`);
  process.exit(1);
});
