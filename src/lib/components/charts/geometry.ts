/**
 * Layout arithmetic for the hand-written SVG charts, kept out of the components so it is tested
 * without a DOM: value axes with round ticks, bands for bars, and which day labels fit.
 */

/**
 * A value axis from 0 with at most `maxTicks + 1` round ticks (steps of 1, 2 or 5 × 10ⁿ) whose
 * top reaches `maxValue`. Counts get whole-number steps; an all-zero chart still gets an axis.
 *
 * @example niceScale(7) // { max: 8, ticks: [0, 2, 4, 6, 8] }
 */
export function niceScale(
  maxValue: number,
  maxTicks = 4,
  wholeNumbers = true
): { max: number; ticks: number[] } {
  const top = Number.isFinite(maxValue) && maxValue > 0 ? maxValue : 1;
  const raw = top / Math.max(1, maxTicks);
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  let step = [1, 2, 5, 10].map((factor) => factor * magnitude).find((s) => s >= raw) ?? raw;
  if (wholeNumbers) step = Math.max(1, Math.round(step));
  const stepCount = Math.ceil(top / step - 1e-9);
  // Rounded so 0.1 steps read 0.3, not 0.30000000000000004.
  const ticks = Array.from({ length: stepCount + 1 }, (_, i) => Number((i * step).toFixed(6)));
  const max = ticks[stepCount]!;
  return { max, ticks };
}

/** Where band `index` of `count` equal bands across `width` starts, and how wide its bar is. */
export function band(
  index: number,
  count: number,
  width: number,
  gapShare = 0.25
): { x: number; width: number; center: number } {
  const size = width / Math.max(1, count);
  const gap = Math.min(size * gapShare, 8);
  return { x: index * size + gap / 2, width: size - gap, center: index * size + size / 2 };
}

/**
 * Which of `count` labels to show so labels `labelWidth` wide fit into `width`: every k-th,
 * counted from the end that must keep its label (today: the last day of a history, the first
 * of a forecast).
 *
 * @example labelledIndices(30, 300, 40) // [1, 5, 9, …, 29]: every 4th
 */
export function labelledIndices(
  count: number,
  width: number,
  labelWidth: number,
  keep: 'first' | 'last' = 'last'
): number[] {
  if (count <= 0) return [];
  const step = Math.max(1, Math.ceil((count * labelWidth) / Math.max(1, width)));
  const indices: number[] = [];
  if (keep === 'first') for (let index = 0; index < count; index += step) indices.push(index);
  else for (let index = count - 1; index >= 0; index -= step) indices.unshift(index);
  return indices;
}

/** Maps a value on a 0…max axis to a y coordinate (0 at the bottom of a plot `height` tall). */
export function yOf(value: number, max: number, height: number): number {
  return height - (max > 0 ? (value / max) * height : 0);
}
