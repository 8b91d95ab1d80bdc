import { describe, expect, it } from 'vitest';
import { BIO_LABELS, labelsFromSpans, repairBio, spansFromLabels } from './bio';

describe('BIO labels and spans', () => {
  it('reads spans with 1-based ids and an exclusive end', () => {
    expect(spansFromLabels(['B-PER', 'I-PER', 'O', 'B-LOC'])).toEqual([
      { type: 'PER', start: 1, end: 3 },
      { type: 'LOC', start: 4, end: 5 }
    ]);
  });

  it('starts a new span at a B directly after a span of the same type', () => {
    expect(spansFromLabels(['B-PER', 'B-PER'])).toEqual([
      { type: 'PER', start: 1, end: 2 },
      { type: 'PER', start: 2, end: 3 }
    ]);
  });

  it('opens a span at an I that continues nothing instead of dropping it', () => {
    expect(spansFromLabels(['O', 'I-ORG', 'I-LOC'])).toEqual([
      { type: 'ORG', start: 2, end: 3 },
      { type: 'LOC', start: 3, end: 4 }
    ]);
  });

  it('writes labels back from spans', () => {
    const labels = ['B-ORG', 'I-ORG', 'I-ORG', 'O', 'B-MISC'];
    expect(labelsFromSpans(spansFromLabels(labels), labels.length)).toEqual(labels);
  });

  it('repairs an I after O or another type into a B', () => {
    expect(repairBio(['I-PER', 'I-PER', 'O', 'I-LOC', 'I-ORG'])).toEqual([
      'B-PER',
      'I-PER',
      'O',
      'B-LOC',
      'B-ORG'
    ]);
  });

  it('has O first and a B and an I per name type', () => {
    expect(BIO_LABELS).toEqual([
      'O',
      'B-PER',
      'I-PER',
      'B-ORG',
      'I-ORG',
      'B-LOC',
      'I-LOC',
      'B-MISC',
      'I-MISC'
    ]);
  });
});
