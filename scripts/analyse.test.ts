import { describe, expect, it } from 'vitest';
import { analyse } from '../src/lib/core/nlp/analyse';
import { analyseConllu, analysisToConllu, loadTagger } from './analyse';
import { loadModels } from './nlp-models';

const input = [
  '# sent_id = t1',
  '# text = Er geht zum Bahnhof.',
  '1\tEr\ter\tPRON\tPPER\tCase=Nom\t2\tnsubj\t_\t_',
  '2\tgeht\tgehen\tVERB\tVVFIN\t_\t0\troot\t_\t_',
  '3-4\tzum\t_\t_\t_\t_\t_\t_\t_\t_',
  '3\tzu\tzu\tADP\tAPPR\t_\t5\tcase\t_\t_',
  '4\tdem\tder\tDET\tART\t_\t5\tdet\t_\t_',
  '5\tBahnhof\tBahnhof\tNOUN\tNN\t_\t2\tobl\t_\tSpaceAfter=No',
  '6\t.\t.\tPUNCT\t$.\t_\t2\tpunct\t_\t_',
  '',
  ''
].join('\n');

describe('analyse CLI', () => {
  const tagger = loadTagger('de');
  const output = analyseConllu(input, tagger);
  const lines = output.split('\n');

  it('keeps comments, IDs, forms and multiword-token lines exactly', () => {
    const keep = (text: string) =>
      text.split('\n').map((l) => (/^\d+\t/.test(l) ? l.split('\t').slice(0, 2).join('\t') : l));
    expect(keep(output)).toEqual(keep(input));
    expect(lines).toContain('3-4\tzum\t_\t_\t_\t_\t_\t_\t_\t_');
  });

  it('predicts LEMMA, UPOS and FEATS and leaves HEAD/DEPREL empty without a parser', () => {
    const bahnhof = lines.find((l) => l.startsWith('5\t'))?.split('\t');
    expect(bahnhof?.slice(2, 4)).toEqual(['Bahnhof', 'NOUN']);
    expect(bahnhof?.[5]).toContain('Case=Dat');
    expect(bahnhof?.slice(6, 8)).toEqual(['_', '_']);
    expect(bahnhof?.[9]).toBe('SpaceAfter=No');
  });

  it('refuses malformed CoNLL-U with the line number', () => {
    expect(() => analyseConllu('1\tkaputt\n', tagger)).toThrow(/line 1/);
  });
});

describe('analyse CLI with the shipped parser and on raw text', () => {
  it('predicts one tree per sentence in CoNLL-U mode', () => {
    const models = loadModels('de');
    const words = analyseConllu(input, models.tagger, models.parser)
      .split('\n')
      .filter((l) => /^\d+\t/.test(l))
      .map((l) => l.split('\t'));
    expect(words.filter((c) => c[6] === '0')).toHaveLength(1);
    for (const c of words) expect(Number(c[6])).toBeGreaterThanOrEqual(0);
  });

  it('prints raw text as CoNLL-U with entities and the dateline marked', () => {
    const text = 'Wien – Die Regierung hat am Montag in Wien neue Gesetze beschlossen.';
    const out = analysisToConllu(analyse(text, 'de', loadModels('de')));
    expect(out).toContain('# dateline = 1-2');
    expect(out).toContain(
      '# text = Wien – Die Regierung hat am Montag in Wien neue Gesetze beschlossen.'
    );
    expect(out).toMatch(/\tMontag\t.*Entity=B-DATE/u);
  });
});
