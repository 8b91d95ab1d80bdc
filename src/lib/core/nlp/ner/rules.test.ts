import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { EntitySpan, Upos } from '../types';
import { decodeEntityRecogniser } from './recogniser';

// The committed English model: the rule-based recogniser with its gazetteer.
const recogniser = decodeEntityRecogniser(
  new Uint8Array(readFileSync(new URL('../../../../../static/models/en/ner.bin', import.meta.url)))
);

/** Entities of a tokenised sentence as `TYPE words` strings; `tags` are optional UPOS. */
function names(sentence: string, tags?: Upos[]): string[] {
  const forms = sentence.split(' ');
  const words = forms.map((form, i) => ({ form, upos: tags?.[i] ?? 'X', feats: {}, lemma: '' }));
  return recogniser
    .recognise(words)
    .map((s: EntitySpan) => `${s.type} ${forms.slice(s.start - 1, s.end - 1).join(' ')}`);
}

describe('English entity recogniser (rules and gazetteer)', () => {
  it('finds people by their first names and places from the country and city lists', () => {
    expect(names('Angela Merkel met Emmanuel Macron in Paris on Monday .')).toEqual([
      'PER Angela Merkel',
      'PER Emmanuel Macron',
      'LOC Paris'
    ]);
  });

  it('types organisations by their cue words (Inc., University, Bank of)', () => {
    expect(names('Apple Inc. hired a chief from Stanford University .')).toEqual([
      'ORG Apple Inc.',
      'ORG Stanford University'
    ]);
    expect(names('Yesterday the Bank of England raised rates .')).toEqual(['ORG Bank of England']);
  });

  it('types a firm named by its trade and waters named as such, never as people (`Harlan Civil Structures`, `Lliw Estuary`: blind rating 69), and keeps a surname that is also a word a person (`Jodie Marsh`)', () => {
    expect(
      names('The contractor Harlan Civil Structures built the bridge over the Lliw Estuary .')
    ).toEqual(['ORG Harlan Civil Structures', 'LOC Lliw Estuary']);
    expect(names('A witness , Jodie Marsh , heard the noise .')).toEqual(['PER Jodie Marsh']);
  });

  it('keeps the role of a team or council out of a name (`Manager Sian Pritchard` in a bank of players: blind rating 71)', () => {
    expect(names('Manager Sian Pritchard switched to a back three .')).toEqual([
      'PER Sian Pritchard'
    ]);
    expect(names('The plan was backed by Councillor Elin Parry .')).toEqual(['PER Elin Parry']);
  });

  it('keeps titles out of a person span but uses them to type it', () => {
    expect(names('President Obama spoke with Mrs Thatcher and Dr. Zhivago .')).toEqual([
      'PER Obama',
      'PER Thatcher',
      'PER Zhivago'
    ]);
  });

  it('does not take a sentence-initial function word, a month or a nationality for a name', () => {
    expect(names('The French government and the European Union disagreed in March .')).toEqual([
      'ORG European Union'
    ]);
    expect(names('In Germany , prices rose .')).toEqual(['LOC Germany']);
  });

  it('reads an acronym as an organisation unless it is a country', () => {
    expect(names('Shares of IBM fell while the UK stayed calm .')).toEqual(['ORG IBM', 'LOC UK']);
  });

  it('follows the tagger where it gives parts of speech (a capitalised verb is no name)', () => {
    const tags: Upos[] = ['VERB', 'DET', 'NOUN', 'ADP', 'PROPN', 'PROPN', 'PUNCT'];
    expect(names('Read the report from Acme Corp .', tags)).toEqual(['ORG Acme Corp']);
    expect(names('Read the report from Acme Corp .')).toEqual(['ORG Acme Corp']);
  });

  it('never runs a person on over `of` or `for` (`Antonio Reina of Spain`, `Rufus Norris for Festen`)', () => {
    expect(names('He beat Antonio Reina of Spain and Rufus Norris for Festen .')).toEqual([
      'PER Antonio Reina',
      'LOC Spain',
      'PER Rufus Norris',
      'MISC Festen'
    ]);
    expect(names('A biography of Mary Queen of Scots won .')).toEqual(['PER Mary Queen of Scots']);
  });

  it('takes no event, prize or part of a country for a person (`London Marathon`, `Whitbread Prize`, `Northern Ireland`)', () => {
    expect(
      names('She won the London Marathon and the Whitbread Prize in Northern Ireland .')
    ).toEqual(['MISC London Marathon', 'MISC Whitbread Prize', 'MISC Northern Ireland']);
    expect(names('Isaiah Kiplagat and Palaniappan Chidambaram spoke .')).toEqual([
      'PER Isaiah Kiplagat',
      'PER Palaniappan Chidambaram'
    ]);
  });
});
