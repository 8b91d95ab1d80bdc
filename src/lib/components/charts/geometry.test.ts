import { describe, expect, it } from 'vitest';
import { band, labelledIndices, niceScale, yOf } from './geometry';

describe('niceScale', () => {
  it('rounds the top up to a round step', () => {
    expect(niceScale(7)).toEqual({ max: 8, ticks: [0, 2, 4, 6, 8] });
    expect(niceScale(8)).toEqual({ max: 8, ticks: [0, 2, 4, 6, 8] });
    expect(niceScale(3)).toEqual({ max: 3, ticks: [0, 1, 2, 3] });
    expect(niceScale(100)).toEqual({ max: 100, ticks: [0, 50, 100] });
    expect(niceScale(101)).toEqual({ max: 150, ticks: [0, 50, 100, 150] });
  });

  it('gives an all-zero or broken chart an axis of 0 to 1', () => {
    expect(niceScale(0)).toEqual({ max: 1, ticks: [0, 1] });
    expect(niceScale(Number.NaN)).toEqual({ max: 1, ticks: [0, 1] });
  });

  it('allows fractional steps for shares', () => {
    expect(niceScale(1, 4, false)).toEqual({ max: 1, ticks: [0, 0.5, 1] });
    expect(niceScale(0.3, 3, false)).toEqual({ max: 0.3, ticks: [0, 0.1, 0.2, 0.3] });
  });
});

describe('band', () => {
  it('splits the width into equal bands with a gap around each bar', () => {
    expect(band(0, 4, 100)).toEqual({ x: 3.125, width: 18.75, center: 12.5 });
    expect(band(3, 4, 100)).toEqual({ x: 78.125, width: 18.75, center: 87.5 });
  });

  it('caps the gap for wide bands', () => {
    expect(band(0, 1, 300)).toEqual({ x: 4, width: 292, center: 150 });
  });
});

describe('labelledIndices', () => {
  it('labels every band when all fit', () => {
    expect(labelledIndices(14, 700, 40)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
  });

  it('thins labels out from the end, so the last day keeps its label', () => {
    expect(labelledIndices(30, 300, 40)).toEqual([1, 5, 9, 13, 17, 21, 25, 29]);
    expect(labelledIndices(0, 300, 40)).toEqual([]);
  });

  it('thins labels out from the start when the first must keep its label', () => {
    expect(labelledIndices(14, 260, 44, 'first')).toEqual([0, 3, 6, 9, 12]);
  });
});

describe('yOf', () => {
  it('puts 0 at the bottom and max at the top', () => {
    expect(yOf(0, 8, 100)).toBe(100);
    expect(yOf(8, 8, 100)).toBe(0);
    expect(yOf(2, 8, 100)).toBe(75);
    expect(yOf(5, 0, 100)).toBe(100);
  });
});
