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

/**
 * A number in [0, 1) derived from the text, the same on every run: the first hash over 2^32.
 * (Six of its seven base-36 digits over 36^6 gave numbers below 0.06 only, so every "random"
 * first choice was the first of its list: wrong figures were always halved.)
 */
export function hashUnit(text: string): number {
  return parseInt(hashText(text).slice(0, 7), 36) / 2 ** 32;
}
