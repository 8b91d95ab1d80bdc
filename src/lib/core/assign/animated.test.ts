import { describe, expect, it } from 'vitest';
import {
  assignmentPartCollector,
  assignmentPartEncoder,
  isAssignmentPart,
  type PartStep
} from './animated';
import { decodeAssignmentLink, encodeAssignmentLink, fitsQrCode } from './link';
import { assignmentOf, bundledSet, seededRandom } from './test-fixtures';

/** An own set with its whole article: the link no single QR code can hold. */
function bigLink(): string {
  const set = { ...bundledSet(), id: 'own-gross' };
  const assignment = assignmentOf(set, { questions: { random: 4 } });
  const encoded = encodeAssignmentLink('https://lesequiz.example', assignment);
  if (!encoded.ok) throw new Error('no link');
  return encoded.link;
}

function parts(link: string, count: number): string[] {
  const encoder = assignmentPartEncoder(link);
  if (!encoder) throw new Error('no encoder');
  return Array.from({ length: count }, () => encoder.nextPart());
}

function collect(texts: readonly string[]): PartStep[] {
  const collector = assignmentPartCollector();
  const steps: PartStep[] = [];
  for (const text of texts) {
    const step = collector.receive(text);
    steps.push(step);
    if (step.kind === 'done') break;
  }
  return steps;
}

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

describe('animated QR sequence of an assignment link', () => {
  it('is needed: the own set with its article does not fit one QR code', () => {
    expect(fitsQrCode(bigLink())).toBe(false);
  });

  it('parts are capitals of the QR alphanumeric set and a few hundred characters long', () => {
    for (const part of parts(bigLink(), 30)) {
      expect(part).toMatch(/^UR:LESEQUIZ-ASSIGNMENT\/\d+-\d+\/[A-Z]+$/u);
      expect(part.length).toBeLessThan(460);
      expect(isAssignmentPart(part)).toBe(true);
    }
  });

  it('round trip in order gives back the link’s assignment', () => {
    const link = bigLink();
    const encoder = assignmentPartEncoder(link)!;
    const steps = collect(parts(link, encoder.fragmentCount));
    const last = steps.at(-1);
    expect(last?.kind).toBe('done');
    if (last?.kind !== 'done') return;
    expect(last.fragment).toBe(link.slice(link.indexOf('#') + 1));
    const decoded = decodeAssignmentLink(last.fragment);
    const original = decodeAssignmentLink(link);
    expect(decoded.ok && original.ok && decoded.value).toEqual(original.ok && original.value);
  });

  it('round trip in random order with a third of the frames lost, many times', () => {
    const link = bigLink();
    const fragment = link.slice(link.indexOf('#') + 1);
    const { fragmentCount } = assignmentPartEncoder(link)!;
    for (let seed = 1; seed <= 12; seed++) {
      const random = seededRandom(seed);
      // The projector loops through 5× as many parts as fragments; the phone misses a third.
      const seen = shuffled(parts(link, fragmentCount * 5), random).filter(() => random() > 0.33);
      const steps = collect(seen);
      const last = steps.at(-1);
      expect(last).toEqual({ kind: 'done', fragment });
      // Progress only grows and stays below 1 until done.
      const progress = steps.flatMap((s) => (s.kind === 'progress' ? [s.progress] : []));
      expect(progress.every((p, i) => p < 1 && (i === 0 || p >= progress[i - 1]!))).toBe(true);
    }
  }, 30_000);

  it('duplicates and foreign codes change nothing', () => {
    const link = bigLink();
    const all = parts(link, assignmentPartEncoder(link)!.fragmentCount);
    const collector = assignmentPartCollector();
    expect(collector.receive('https://example.com')).toEqual({ kind: 'foreign' });
    expect(collector.receive('LQ1-abc')).toEqual({ kind: 'foreign' });
    const first = collector.receive(all[0]!);
    expect(collector.receive(all[0]!)).toEqual(first);
    let step: PartStep = first;
    for (const part of all.slice(1)) step = collector.receive(part);
    expect(step.kind).toBe('done');
  });

  it('a part of another assignment’s sequence starts a fresh collection', () => {
    const one = bigLink();
    const other = encodeAssignmentLink(
      'https://lesequiz.example',
      assignmentOf({ ...bundledSet(), id: 'own-anders' }, { questions: { random: 2 } })
    );
    if (!other.ok) throw new Error('no link');
    const collector = assignmentPartCollector();
    collector.receive(parts(one, 1)[0]!);
    const otherParts = parts(other.link, assignmentPartEncoder(other.link)!.fragmentCount);
    let step: PartStep = { kind: 'foreign' };
    for (const part of otherParts) step = collector.receive(part);
    expect(step).toEqual({ kind: 'done', fragment: other.link.slice(other.link.indexOf('#') + 1) });
  });

  it('a damaged part is refused without throwing', () => {
    const link = bigLink();
    const [part] = parts(link, 1);
    const damaged = part!.slice(0, -12) + 'ABABABABABAB';
    expect(assignmentPartCollector().receive(damaged)).toEqual({ kind: 'failed' });
    expect(assignmentPartCollector().receive('UR:LESEQUIZ-ASSIGNMENT/1-2/XX')).toEqual({
      kind: 'failed'
    });
  });

  it('a release link too long for one code (the solutions for the class) travels too', () => {
    // Regression: the release link of a set whose key holds whole sentences outgrew one QR
    // code, and the sequence refused it ("Der QR-Code konnte nicht erzeugt werden").
    const big = bigLink();
    const release = `https://lesequiz.example/a#r1.${big.slice(big.indexOf('#') + 3)}`;
    const steps = collect(parts(release, 60));
    const last = steps[steps.length - 1];
    expect(last?.kind).toBe('done');
    if (last?.kind === 'done') expect(`https://lesequiz.example/a#${last.fragment}`).toBe(release);
  });

  it('refuses to encode what is no assignment link', () => {
    expect(assignmentPartEncoder('https://example.com/a#3.abc')).toBeUndefined();
    expect(assignmentPartEncoder('hello')).toBeUndefined();
    expect(assignmentPartEncoder('https://example.com/a#1.a$b')).toBeUndefined();
  });
});
