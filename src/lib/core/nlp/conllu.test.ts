import { describe, expect, it } from 'vitest';
import { formatConllu, parseConllu } from './conllu';

const SAMPLE = [
  '# sent_id = 1',
  '# text = Er geht zum Bahnhof.',
  '1\tEr\ter\tPRON\tPPER\tCase=Nom|Gender=Masc|Number=Sing|Person=3\t2\tnsubj\t_\t_',
  '2\tgeht\tgehen\tVERB\tVVFIN\tMood=Ind|Number=Sing|Person=3|Tense=Pres\t0\troot\t_\t_',
  '3-4\tzum\t_\t_\t_\t_\t_\t_\t_\t_',
  '3\tzu\tzu\tADP\tAPPR\t_\t5\tcase\t_\t_',
  '4\tdem\tder\tDET\tART\tCase=Dat|Definite=Def|Gender=Masc|Number=Sing|PronType=Art\t5\tdet\t_\t_',
  '5\tBahnhof\tBahnhof\tNOUN\tNN\tCase=Dat|Gender=Masc|Number=Sing\t2\tobl\t_\tSpaceAfter=No',
  '6\t.\t.\tPUNCT\t$.\t_\t2\tpunct\t_\t_',
  '',
  ''
].join('\n');

describe('CoNLL-U', () => {
  it('reads words with features and keeps multiword-token lines', () => {
    const [s] = parseConllu(SAMPLE);
    expect(s?.words.map((w) => w.form)).toEqual(['Er', 'geht', 'zu', 'dem', 'Bahnhof', '.']);
    expect(s?.words[4]?.feats).toEqual({ Case: 'Dat', Gender: 'Masc', Number: 'Sing' });
    expect(s?.extra).toEqual([{ before: 2, line: '3-4\tzum\t_\t_\t_\t_\t_\t_\t_\t_' }]);
  });

  it('writes a document back byte for byte', () => {
    expect(formatConllu(parseConllu(SAMPLE))).toBe(SAMPLE);
  });

  it('names the line of a malformed word line', () => {
    expect(() => parseConllu('# x\n1\tEr\ter\n')).toThrow(/line 2/);
  });
});
