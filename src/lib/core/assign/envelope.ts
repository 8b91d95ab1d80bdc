import { deflateSync, Inflate } from 'fflate';

/**
 * The byte envelope shared by assignment links and result codes: JSON, deflated (raw DEFLATE,
 * fflate), followed by a CRC-32 of the compressed bytes, written as unpadded base64url.
 *
 * The checksum covers the compressed bytes so a corrupted or tampered payload is refused before
 * a single byte is inflated. It catches accidents (a cut-off link, a mistyped code), not forgery:
 * anyone can compute a CRC, which is why nothing in a payload is ever trusted as a score.
 */

/** Inflated JSON larger than this is refused: no real assignment or result comes close. */
export const MAX_INFLATED_BYTES = 1024 * 1024;

/**
 * Longest payload text accepted, in characters. Base64url of the largest honest payload (1 MB
 * that did not compress at all, plus deflate's stored-block overhead) stays below this, so any
 * longer text is refused before decoding.
 */
export const MAX_PAYLOAD_CHARS = Math.ceil(((MAX_INFLATED_BYTES * 1.01 + 64) * 4) / 3);

/** Bytes fed to the inflater per step; one step can expand to at most ~1032 × this. */
const INFLATE_STEP_BYTES = 256;

export type EnvelopeProblem = 'malformed' | 'checksum' | 'too-large';
export type EnvelopeResult = { ok: true; value: unknown } | { ok: false; problem: EnvelopeProblem };

/** CRC-32 (IEEE 802.3, as in zip and PNG). */
export function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const ALPHABET_INDEX = new Map([...ALPHABET].map((char, index) => [char, index]));

/** Unpadded base64url (RFC 4648 §5): safe in a URL fragment and in a chat message. */
export function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const chunk = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let k = 0; k < chars; k++) out += ALPHABET[(chunk >>> (18 - 6 * k)) & 63];
  }
  return out;
}

/**
 * Strict decoding: only the base64url alphabet, no padding, and unused trailing bits must be
 * zero, so every text decodes to one byte string and every changed character is noticed.
 * Returns undefined for anything else.
 */
export function fromBase64Url(text: string): Uint8Array | undefined {
  if (text.length % 4 === 1) return undefined;
  const bytes = new Uint8Array(Math.floor((text.length * 6) / 8));
  let buffer = 0;
  let bits = 0;
  let at = 0;
  for (const char of text) {
    const value = ALPHABET_INDEX.get(char);
    if (value === undefined) return undefined;
    buffer = ((buffer << 6) | value) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[at++] = (buffer >>> bits) & 0xff;
    }
  }
  if ((buffer & ((1 << bits) - 1)) !== 0) return undefined;
  return bytes;
}

/** Serialises a JSON value into envelope text. */
export function packJson(value: unknown): string {
  const compressed = deflateSync(new TextEncoder().encode(JSON.stringify(value)), { level: 9 });
  const out = new Uint8Array(compressed.length + 4);
  out.set(compressed);
  new DataView(out.buffer).setUint32(compressed.length, crc32(compressed));
  return toBase64Url(out);
}

/** The inflated size of `value` as `packJson` would write it. */
export function jsonByteLength(value: unknown): number {
  return new TextEncoder().encode(JSON.stringify(value)).length;
}

/** Reverses `packJson`; never throws. */
export function unpackJson(text: string): EnvelopeResult {
  if (text.length > MAX_PAYLOAD_CHARS) return { ok: false, problem: 'too-large' };
  const bytes = fromBase64Url(text);
  if (!bytes || bytes.length < 5) return { ok: false, problem: 'malformed' };
  const compressed = bytes.subarray(0, bytes.length - 4);
  const stored = new DataView(bytes.buffer, bytes.byteOffset).getUint32(bytes.length - 4);
  if (stored !== crc32(compressed)) return { ok: false, problem: 'checksum' };
  const inflated = inflateLimited(compressed, MAX_INFLATED_BYTES);
  if (!inflated.ok) return { ok: false, problem: inflated.problem };
  let json: string;
  try {
    json = new TextDecoder('utf-8', { fatal: true }).decode(inflated.bytes);
  } catch {
    return { ok: false, problem: 'malformed' };
  }
  try {
    return { ok: true, value: JSON.parse(json) as unknown };
  } catch {
    return { ok: false, problem: 'malformed' };
  }
}

export type InflateResult =
  | { ok: true; bytes: Uint8Array }
  | { ok: false; problem: 'malformed' }
  /** `inflatedBytes`: how far inflating got before it stopped (tests prove a bomb stops early). */
  | { ok: false; problem: 'too-large'; inflatedBytes: number };

/**
 * Inflates raw DEFLATE data but stops as soon as the output passes `maxBytes`: a few kilobytes
 * can expand to gigabytes (a compression bomb), so the input is fed in small steps and the
 * output counted after each.
 */
export function inflateLimited(compressed: Uint8Array, maxBytes: number): InflateResult {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let finished = false;
  const inflater = new Inflate((chunk, final) => {
    total += chunk.length;
    if (total <= maxBytes) chunks.push(chunk);
    if (final) finished = true;
  });
  try {
    for (let at = 0; at < compressed.length; at += INFLATE_STEP_BYTES) {
      const end = Math.min(at + INFLATE_STEP_BYTES, compressed.length);
      inflater.push(compressed.subarray(at, end), end === compressed.length);
      if (total > maxBytes) return { ok: false, problem: 'too-large', inflatedBytes: total };
    }
  } catch {
    return { ok: false, problem: 'malformed' };
  }
  if (!finished) return { ok: false, problem: 'malformed' };
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return { ok: true, bytes };
}
