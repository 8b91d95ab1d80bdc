/**
 * Exports a question set for other tools.
 *
 *   npm run --silent export -- SET.json --format gift|moodle-xml|tsv|quizlet|csv [--out FILE] [--semicolon]
 *
 * Prints to stdout, or writes FILE. The set is validated like every other boundary
 * (`parseQuizSet`). Any problem (missing file, bad JSON, invalid set, bad arguments) exits with
 * 1 and one line on stderr, and nothing is written.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { EXPORT_FORMATS, exportQuestions, type ExportFormat } from '../src/lib/core/export/index';
import { parseQuizSet } from '../src/lib/core/quizset/schema';

/** A question set over this is not one the generator made; refuse it unread. */
const MAX_SET_BYTES = 16 * 1024 * 1024;
const USAGE = `usage: export SET.json --format ${EXPORT_FORMATS.join('|')} [--out FILE] [--semicolon]`;

class ExportError extends Error {}

interface Args {
  file: string;
  format: ExportFormat;
  out?: string;
  semicolon: boolean;
}

function parseArgs(argv: string[]): Args {
  const files: string[] = [];
  let format: string | undefined;
  let out: string | undefined;
  let semicolon = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const value = () => {
      const next = argv[++i];
      if (next === undefined) throw new ExportError(`${arg} needs a value\n${USAGE}`);
      return next;
    };
    if (arg === '--format') format = value();
    else if (arg === '--out') out = value();
    else if (arg === '--semicolon') semicolon = true;
    else if (arg === '--help' || arg === '-h') throw new ExportError(USAGE);
    else if (arg.startsWith('--')) throw new ExportError(`unknown option ${arg}\n${USAGE}`);
    else files.push(arg);
  }
  if (files.length !== 1) throw new ExportError(`expected one set file\n${USAGE}`);
  if (format === undefined) throw new ExportError(`--format is missing\n${USAGE}`);
  if (!(EXPORT_FORMATS as readonly string[]).includes(format))
    throw new ExportError(`unknown format ${format}; use ${EXPORT_FORMATS.join(', ')}`);
  return {
    file: files[0] as string,
    format: format as ExportFormat,
    ...(out ? { out } : {}),
    semicolon
  };
}

function readSet(file: string) {
  let text: string;
  try {
    if (!statSync(file).isFile()) throw new ExportError(`${file}: not a file`);
    if (statSync(file).size > MAX_SET_BYTES)
      throw new ExportError(`${file}: too large (at most ${MAX_SET_BYTES} bytes)`);
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if (error instanceof ExportError) throw error;
    throw new ExportError(
      `${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})`
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/u, ''));
  } catch (error) {
    throw new ExportError(`${file}: not JSON (${(error as Error).message})`);
  }
  const parsed = parseQuizSet(json);
  if (!parsed.ok)
    throw new ExportError(
      `${file}: not a valid question set: ${parsed.issues.slice(0, 3).join('; ')}`
    );
  return parsed.set;
}

try {
  const args = parseArgs(process.argv.slice(2));
  const output = exportQuestions(readSet(args.file), args.format, {
    csvDelimiter: args.semicolon ? ';' : ','
  });
  if (args.out) writeFileSync(args.out, output);
  else process.stdout.write(output);
} catch (error) {
  const message = error instanceof ExportError ? error.message : String(error);
  process.stderr.write(`export: ${message}\n`);
  process.exit(1);
}
