import { describe, expect, it } from 'vitest';
import { parseConllu } from '../../src/lib/core/nlp/conllu';
import { decodeParser } from '../../src/lib/core/nlp/parser/parser';
import { evaluateParser } from './eval-parser';
import { fromConllu, trainParser } from './train-parser';

/** A toy treebank: subject–verb–object sentences with determiners, one with a crossing arc. */
const TOY = `# sent_id = 1
1	Der	der	DET	_	Case=Nom	2	det	_	_
2	Hund	Hund	NOUN	_	Case=Nom	3	nsubj	_	_
3	sieht	sehen	VERB	_	VerbForm=Fin	0	root	_	_
4	den	der	DET	_	Case=Acc	5	det	_	_
5	Mann	Mann	NOUN	_	Case=Acc	3	obj	_	_
6	.	.	PUNCT	_	_	3	punct	_	_

# sent_id = 2
1	Die	der	DET	_	Case=Nom	2	det	_	_
2	Katze	Katze	NOUN	_	Case=Nom	3	nsubj	_	_
3	jagt	jagen	VERB	_	VerbForm=Fin	0	root	_	_
4	die	der	DET	_	Case=Acc	5	det	_	_
5	Maus	Maus	NOUN	_	Case=Acc	3	obj	_	_
6	.	.	PUNCT	_	_	3	punct	_	_

# sent_id = 3
1	Ein	ein	DET	_	Case=Nom	2	det	_	_
2	Kind	Kind	NOUN	_	Case=Nom	3	nsubj	_	_
3	hat	haben	AUX	_	VerbForm=Fin	5	aux	_	_
4	Hunger	Hunger	NOUN	_	Case=Acc	5	obj	_	_
5	gehabt	haben	VERB	_	VerbForm=Part	0	root	_	_
6	.	.	PUNCT	_	_	5	punct	_	_

`;

const options = { language: 'de' as const, epochs: 8, seed: 3, tagNoise: 0 };

describe('trainParser', () => {
  it('learns a toy treebank and parses its sentences back', () => {
    const gold = parseConllu(TOY);
    const { bytes } = trainParser(fromConllu(gold), options);
    const scores = evaluateParser(decodeParser(bytes), gold);
    expect(scores.uas).toBe(100);
    expect(scores.las).toBe(100);
  });

  it('writes a byte-identical model file when trained twice on the same data', () => {
    const data = fromConllu(parseConllu(TOY));
    const first = trainParser(data, { ...options, tagNoise: 0.2 }).bytes;
    const second = trainParser(data, { ...options, tagNoise: 0.2 }).bytes;
    expect(second).toEqual(first);
  });

  it('prunes the model to fit a gzip budget', () => {
    const data = fromConllu(parseConllu(TOY));
    const full = trainParser(data, options);
    const small = trainParser(data, { ...options, maxGzipBytes: 600 });
    expect(small.minWeight).toBeGreaterThan(0);
    expect(small.bytes.length).toBeLessThan(full.bytes.length);
  });
});
