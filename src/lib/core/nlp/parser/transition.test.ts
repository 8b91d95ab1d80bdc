import { describe, expect, it } from 'vitest';
import {
  Configuration,
  LEFT,
  moveCosts,
  projectivize,
  RIGHT,
  SHIFT,
  type Move
} from './transition';

/** Follows zero-cost moves only (preferring SHIFT, then RIGHT, then LEFT) and returns the heads
 * the configuration ends with. */
function followOracle(gold: number[]): number[] {
  const n = gold.length - 1;
  const c = new Configuration(n);
  const g = Int32Array.from(gold);
  for (let steps = 0; !c.terminal; steps++) {
    if (steps > 4 * n + 4) throw new Error('oracle does not terminate');
    const costs = moveCosts(c, g);
    const move: Move | undefined =
      costs.shift === 0 ? SHIFT : costs.right === 0 ? RIGHT : costs.left === 0 ? LEFT : undefined;
    if (move === undefined) throw new Error('no zero-cost move');
    c.apply(move, 0);
  }
  return [0, ...Array.from(c.heads).slice(1)];
}

describe('arc-hybrid dynamic oracle', () => {
  // "Der Hund sieht den Mann ." (heads: Hund←Der, sieht←Hund, root sieht, Mann←den, sieht←Mann)
  const simple = [0, 2, 3, 0, 5, 3, 3];
  // A right-branching chain and a left-branching chain, and a root in the middle.
  const chains = [
    [0, 0, 1, 2, 3, 4],
    [0, 2, 3, 4, 5, 0],
    [0, 3, 3, 0, 5, 3, 5]
  ];

  it('reaches every projective gold tree by zero-cost moves', () => {
    for (const gold of [simple, ...chains]) expect(followOracle(gold)).toEqual(gold);
  });

  it('charges SHIFT for a stacked dependent of the buffer front', () => {
    // After SHIFT(Der): stack [Der], buffer [Hund …]; Der's head is Hund, so SHIFT loses it.
    const c = new Configuration(6);
    c.apply(SHIFT, 0);
    const costs = moveCosts(c, Int32Array.from(simple));
    expect(costs.shift).toBe(1);
    expect(costs.left).toBe(0);
    expect(costs.right).toBe(Infinity);
  });

  it('attaches to ROOT only as the last move, so a parse has exactly one root', () => {
    const c = new Configuration(2);
    c.apply(SHIFT, 0);
    c.apply(SHIFT, 0);
    expect(c.canLeft()).toBe(false); // buffer holds only ROOT, two words on the stack
    expect(c.canRight()).toBe(true);
    c.apply(RIGHT, 0);
    expect(c.canLeft()).toBe(true);
    expect(c.leftIsRoot).toBe(true);
    c.apply(LEFT, 0);
    expect(c.terminal).toBe(true);
    expect(Array.from(c.heads).slice(1)).toEqual([0, 1]);
  });
});

describe('projectivize', () => {
  it('lifts a crossing arc to its head’s head', () => {
    // 1←3, 2←4 crosses 3's arc: word 4 (head 2) spans 3, which 2 does not dominate.
    const heads = [0, 3, 4, 0, 3];
    const { heads: lifted, lifted: count } = projectivize(heads);
    expect(count).toBe(1);
    expect(lifted).toEqual([0, 3, 3, 0, 3]);
  });

  it('leaves a projective tree alone', () => {
    expect(projectivize([0, 2, 3, 0, 5, 3, 3])).toEqual({
      heads: [0, 2, 3, 0, 5, 3, 3],
      lifted: 0
    });
  });
});
