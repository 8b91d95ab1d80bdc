/**
 * The arc-hybrid transition system (Kuhlmann, Gómez-Rodríguez & Satta 2011) with the artificial
 * root at the END of the buffer (Ballesteros & Nivre 2013), and its dynamic oracle (Goldberg &
 * Nivre 2013).
 *
 * A configuration is a stack of words, a buffer `b..n` followed by ROOT, and the arcs built so
 * far. Three moves:
 * - SHIFT pushes the buffer's front word onto the stack;
 * - LEFT(l) pops the stack's top and attaches it to the buffer's front (which may be ROOT);
 * - RIGHT(l) pops the stack's top and attaches it to the word below it.
 * LEFT onto ROOT is allowed only when the stack holds exactly one word, and only with the label
 * `root`, so every parse is one tree with exactly one root word.
 *
 * Word positions are 1-based as in CoNLL-U; position 0 is ROOT.
 */

export const SHIFT = 0;
export const LEFT = 1;
export const RIGHT = 2;
export type Move = typeof SHIFT | typeof LEFT | typeof RIGHT;

const NONE = -1;

/** Two 32-bit halves of a set of up to 64 label ids. */
function addLabel(lo: Int32Array, hi: Int32Array, node: number, label: number): void {
  if (label < 32) lo[node] = (lo[node] as number) | (1 << label);
  else if (label < 64) hi[node] = (hi[node] as number) | (1 << (label - 32));
}

/** A parser configuration over a sentence of `n` words, with the bookkeeping the features read:
 * the two outermost children on each side, the number of children on each side and the set
 * of labels already attached on each side. */
export class Configuration {
  readonly stack: Int32Array;
  depth = 0;
  /** Position of the buffer's front; `n + 1` means only ROOT is left. */
  front = 1;
  readonly heads: Int32Array;
  readonly labels: Int32Array;
  readonly leftmost: Int32Array;
  readonly leftmost2: Int32Array;
  readonly rightmost: Int32Array;
  readonly rightmost2: Int32Array;
  readonly leftCount: Int32Array;
  readonly rightCount: Int32Array;
  readonly leftLabelsLo: Int32Array;
  readonly leftLabelsHi: Int32Array;
  readonly rightLabelsLo: Int32Array;
  readonly rightLabelsHi: Int32Array;

  constructor(readonly n: number) {
    this.stack = new Int32Array(n + 1);
    const size = n + 1;
    this.heads = new Int32Array(size).fill(NONE);
    this.labels = new Int32Array(size).fill(NONE);
    this.leftmost = new Int32Array(size).fill(NONE);
    this.leftmost2 = new Int32Array(size).fill(NONE);
    this.rightmost = new Int32Array(size).fill(NONE);
    this.rightmost2 = new Int32Array(size).fill(NONE);
    this.leftCount = new Int32Array(size);
    this.rightCount = new Int32Array(size);
    this.leftLabelsLo = new Int32Array(size);
    this.leftLabelsHi = new Int32Array(size);
    this.rightLabelsLo = new Int32Array(size);
    this.rightLabelsHi = new Int32Array(size);
  }

  /** An independent copy, for a beam that follows several move sequences at once. */
  clone(): Configuration {
    const c = new Configuration(this.n);
    c.depth = this.depth;
    c.front = this.front;
    c.stack.set(this.stack);
    c.heads.set(this.heads);
    c.labels.set(this.labels);
    c.leftmost.set(this.leftmost);
    c.leftmost2.set(this.leftmost2);
    c.rightmost.set(this.rightmost);
    c.rightmost2.set(this.rightmost2);
    c.leftCount.set(this.leftCount);
    c.rightCount.set(this.rightCount);
    c.leftLabelsLo.set(this.leftLabelsLo);
    c.leftLabelsHi.set(this.leftLabelsHi);
    c.rightLabelsLo.set(this.rightLabelsLo);
    c.rightLabelsHi.set(this.rightLabelsHi);
    return c;
  }

  /** The i-th word from the top of the stack (0 = top), or -1. */
  stackAt(i: number): number {
    return i < this.depth ? (this.stack[this.depth - 1 - i] as number) : NONE;
  }

  /** The i-th item of the buffer (0 = front): a word position, 0 for ROOT, or -1. */
  bufferAt(i: number): number {
    const p = this.front + i;
    if (p <= this.n) return p;
    return p === this.n + 1 ? 0 : NONE;
  }

  get terminal(): boolean {
    return this.depth === 0 && this.front > this.n;
  }

  canShift(): boolean {
    return this.front <= this.n;
  }

  canLeft(): boolean {
    if (this.depth === 0) return false;
    return this.front <= this.n || this.depth === 1;
  }

  canRight(): boolean {
    return this.depth >= 2;
  }

  /** Whether LEFT would attach to ROOT (then its label must be `root`). */
  get leftIsRoot(): boolean {
    return this.front > this.n;
  }

  private attach(head: number, dependent: number, label: number): void {
    this.heads[dependent] = head;
    this.labels[dependent] = label;
    if (dependent < head || head === 0) {
      this.leftCount[head] = (this.leftCount[head] as number) + 1;
      addLabel(this.leftLabelsLo, this.leftLabelsHi, head, label);
      const first = this.leftmost[head] as number;
      if (first === NONE || dependent < first) {
        this.leftmost2[head] = first;
        this.leftmost[head] = dependent;
      } else {
        const second = this.leftmost2[head] as number;
        if (second === NONE || dependent < second) this.leftmost2[head] = dependent;
      }
    } else {
      this.rightCount[head] = (this.rightCount[head] as number) + 1;
      addLabel(this.rightLabelsLo, this.rightLabelsHi, head, label);
      const first = this.rightmost[head] as number;
      if (first === NONE || dependent > first) {
        this.rightmost2[head] = first;
        this.rightmost[head] = dependent;
      } else {
        const second = this.rightmost2[head] as number;
        if (second === NONE || dependent > second) this.rightmost2[head] = dependent;
      }
    }
  }

  apply(move: Move, label: number): void {
    if (move === SHIFT) {
      this.stack[this.depth++] = this.front++;
    } else if (move === LEFT) {
      const dependent = this.stack[--this.depth] as number;
      const head = this.front <= this.n ? this.front : 0;
      this.attach(head, dependent, label);
      if (head === 0) this.front = this.n + 2;
    } else {
      const dependent = this.stack[--this.depth] as number;
      this.attach(this.stack[this.depth - 1] as number, dependent, label);
    }
  }
}

/**
 * The dynamic oracle's cost of each move: how many gold arcs it makes unreachable (Goldberg &
 * Nivre 2013, arc-hybrid; exact for projective gold trees). Label errors are added by the caller.
 * `gold[i]` is word i's gold head (0 = ROOT).
 */
export function moveCosts(
  c: Configuration,
  gold: Int32Array
): { shift: number; left: number; right: number } {
  const s0 = c.stackAt(0);
  const s1 = c.stackAt(1);
  const b = c.front;
  const n = c.n;
  const inBuffer = (x: number) => x === 0 || x >= b;
  let shift = Infinity;
  let left = Infinity;
  let right = Infinity;
  if (c.canShift()) {
    // b0's dependents on the stack can no longer get it as head; its head deeper in the stack
    // than s0 becomes unreachable.
    shift = 0;
    for (let i = 0; i < c.depth; i++) if (gold[c.stack[i] as number] === b) shift++;
    const h = gold[b] as number;
    for (let i = 0; i < c.depth - 1; i++) if (c.stack[i] === h) shift++;
  }
  if (s0 !== NONE) {
    let dependentsInBuffer = 0;
    for (let k = b; k <= n; k++) if (gold[k] === s0) dependentsInBuffer++;
    const h = gold[s0] as number;
    if (c.canLeft()) {
      const b0 = b <= n ? b : 0;
      left = dependentsInBuffer + (h !== b0 && (h === s1 || inBuffer(h)) ? 1 : 0);
    }
    if (c.canRight()) right = dependentsInBuffer + (h !== s1 && inBuffer(h) ? 1 : 0);
  }
  return { shift, left, right };
}

/**
 * Lifts non-projective arcs (each to the head's head, shortest arc first) until the tree is
 * projective, so the dynamic oracle's costs are exact (Nivre & Nilsson 2005, without label
 * encoding). Returns the new heads and the number of lifts.
 */
export function projectivize(heads: readonly number[]): { heads: number[]; lifted: number } {
  const h = heads.slice();
  const n = h.length - 1;
  let lifted = 0;
  const dominates = (a: number, x: number): boolean => {
    let y = x;
    for (let guard = 0; guard <= n && y !== 0; guard++) {
      if (y === a) return true;
      y = h[y] as number;
    }
    return a === 0;
  };
  for (;;) {
    let worst = -1;
    let worstSpan = Infinity;
    for (let d = 1; d <= n; d++) {
      const head = h[d] as number;
      if (head === 0) continue;
      const lo = Math.min(head, d);
      const hi = Math.max(head, d);
      if (hi - lo >= worstSpan) continue;
      for (let k = lo + 1; k < hi; k++) {
        if (!dominates(head, k)) {
          worst = d;
          worstSpan = hi - lo;
          break;
        }
      }
    }
    if (worst < 0) return { heads: h, lifted };
    h[worst] = h[h[worst] as number] as number;
    lifted++;
  }
}
