/**
 * FNV-1a over UTF-16 code units, twice with different seeds, as 12 base-36 digits: stable ids
 * derived from content, and a deterministic stand-in for randomness.
 */
export function hashText(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x5bd1e995) >>> 0;
    b = (b ^ (b >>> 13)) >>> 0;
  }
  return (a.toString(36).padStart(7, '0') + b.toString(36).padStart(7, '0')).slice(0, 12);
}

/** A number in [0, 1) derived from the text, the same on every run. */
export function hashUnit(text: string): number {
  return parseInt(hashText(text).slice(0, 6), 36) / 36 ** 6;
}
