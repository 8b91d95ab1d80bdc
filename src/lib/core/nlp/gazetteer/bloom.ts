/**
 * A Bloom filter of words: a compact "is this word in the list?" for long name lists (tens of
 * thousands of first names and surnames) at about 10 bits a word instead of the word itself.
 * It can say yes for a word that is not in the list (about 1 % of the time at 10 bits a word),
 * never no for one that is; as a feature of a learned model that noise costs little.
 */
import { featureHash } from '../perceptron';

/** The serialised form: the bit count, the number of hash functions and the bits in base64. */
export interface BloomData {
  size: number;
  hashes: number;
  bits: string;
}

/** Double hashing (Kirsch & Mitzenmacher): the i-th probe is h1 + i·h2 modulo the size. */
function probes(word: string, size: number, hashes: number): number[] {
  const h1 = featureHash(word);
  const h2 = featureHash(`\u0001${word}`) | 1;
  const out: number[] = [];
  for (let i = 0; i < hashes; i++) out.push(((h1 + Math.imul(i, h2)) >>> 0) % size);
  return out;
}

export class BloomFilter {
  constructor(
    private readonly bits: Uint8Array,
    readonly size: number,
    readonly hashes: number
  ) {}

  /** A filter of `words` at `bitsPerWord` bits each (about 1 % false positives at 10). */
  static build(words: readonly string[], bitsPerWord = 10): BloomFilter {
    const size = Math.max(64, Math.ceil(words.length * bitsPerWord));
    const hashes = Math.max(1, Math.round(bitsPerWord * Math.LN2));
    const bits = new Uint8Array(Math.ceil(size / 8));
    for (const word of words)
      for (const p of probes(word, size, hashes))
        bits[p >> 3] = (bits[p >> 3] as number) | (1 << (p & 7));
    return new BloomFilter(bits, size, hashes);
  }

  has(word: string): boolean {
    for (const p of probes(word, this.size, this.hashes))
      if (((this.bits[p >> 3] as number) & (1 << (p & 7))) === 0) return false;
    return true;
  }

  encode(): BloomData {
    let binary = '';
    for (const b of this.bits) binary += String.fromCharCode(b);
    return { size: this.size, hashes: this.hashes, bits: btoa(binary) };
  }

  static decode(data: BloomData): BloomFilter {
    const binary = atob(data.bits);
    if (binary.length !== Math.ceil(data.size / 8))
      throw new Error('Bloom filter has the wrong length');
    const bits = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bits[i] = binary.charCodeAt(i);
    return new BloomFilter(bits, data.size, data.hashes);
  }
}
