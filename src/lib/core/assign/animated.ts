import { UR, URDecoder, UREncoder } from '@gandlaf21/bc-ur';
import { Buffer } from 'buffer/';
import { fromBase64Url, toBase64Url } from './envelope';
import { LINK_VERSIONS } from './link';
import { RELEASE_LINK_VERSION } from './release';

/** The first payload byte of a release link (`r1.…`): its version with the high bit set. */
const RELEASE_MARK = 0x80;

/**
 * An assignment link too long for one QR code, as an animated sequence of QR codes: the link's
 * payload bytes are cut into fragments and sent as fountain-coded parts (Blockchain Commons
 * Uniform Resources, as offline wallets do). The first parts are the plain fragments; every
 * later part mixes a pseudo-random choice of fragments, so a phone that missed some frames
 * catches up from whichever parts it sees next, in any order, and a looping projector never
 * makes anyone wait for "their" frame.
 *
 * Only the payload travels (version byte + the envelope's deflated bytes, not base64 text), as
 * UR "bytewords" in capitals, which QR codes store in their compact alphanumeric mode.
 *
 * Import this module lazily: the fountain code and its big-number arithmetic weigh ~40 KB.
 */

/** The UR type of an assignment payload: `ur:lesequiz-assignment/…`. */
export const ASSIGNMENT_UR_TYPE = 'lesequiz-assignment';

/**
 * Payload bytes per part. A part then holds about 430 characters: a QR code of version 13
 * (69 × 69 modules) at error correction M, coarse enough to read from the back of a classroom.
 */
export const PART_FRAGMENT_BYTES = 180;

export type PartEncoder = {
  /** How many fragments the payload is cut into: at least this many parts must be read. */
  readonly fragmentCount: number;
  /** The next part's QR text. Endless: after the plain fragments come mixed ones. */
  nextPart(): string;
};

/**
 * Cuts an assignment link (or its fragment `#1.…`) into fountain-coded QR parts. Returns
 * undefined for anything that is not an assignment link of a version this app reads.
 *
 * @example
 * const encoder = assignmentPartEncoder('https://x.example/a#1.fZBN…');
 * encoder.nextPart(); // 'UR:LESEQUIZ-ASSIGNMENT/1-9/LPADASCF…'
 */
export function assignmentPartEncoder(
  link: string,
  fragmentBytes: number = PART_FRAGMENT_BYTES
): PartEncoder | undefined {
  const payload = linkPayloadBytes(link);
  if (!payload) return undefined;
  // The library's types name Node's Buffer; the `buffer` package's is the same at run time.
  const ur = new UR(cborBytes(payload) as unknown as URPayload, ASSIGNMENT_UR_TYPE);
  const encoder = new UREncoder(ur, fragmentBytes, 0, 10);
  return {
    fragmentCount: encoder.fragmentsLength,
    nextPart: () => encoder.nextPart().toUpperCase()
  };
}

/**
 * `1.<base64url>` → [1, …envelope bytes] (`2.…` → [2, …]); a release link `r1.<base64url>` (the solutions for
 * the class) → [0x81, …]; undefined when it is neither.
 */
function linkPayloadBytes(link: string): Uint8Array | undefined {
  const hash = link.indexOf('#');
  const fragment = hash === -1 ? link : link.slice(hash + 1);
  const match = /^(r?)(\d{1,3})\.([A-Za-z0-9_-]+)$/u.exec(fragment);
  if (!match) return undefined;
  const release = match[1] === 'r';
  const version = Number(match[2]);
  if (release ? version !== RELEASE_LINK_VERSION : !LINK_VERSIONS.includes(version))
    return undefined;
  const envelope = fromBase64Url(match[3] ?? '');
  if (!envelope) return undefined;
  const bytes = new Uint8Array(envelope.length + 1);
  bytes[0] = release ? RELEASE_MARK | RELEASE_LINK_VERSION : version;
  bytes.set(envelope, 1);
  return bytes;
}

type URPayload = ConstructorParameters<typeof UR>[0];

/** A CBOR byte string (major type 2) around `bytes`, as a UR payload is. */
function cborBytes(bytes: Uint8Array): Buffer {
  const n = bytes.length;
  const head =
    n < 24
      ? [0x40 | n]
      : n < 0x100
        ? [0x58, n]
        : n < 0x10000
          ? [0x59, n >>> 8, n & 0xff]
          : [0x5a, n >>> 24, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff];
  return Buffer.concat([Buffer.from(head), Buffer.from(bytes)]);
}

/** Reverses `cborBytes`; undefined for anything but one definite-length byte string. */
function fromCborBytes(cbor: Uint8Array): Uint8Array | undefined {
  const first = cbor[0];
  if (first === undefined || first >> 5 !== 2) return undefined;
  const info = first & 0x1f;
  let length: number;
  let start: number;
  if (info < 24) [length, start] = [info, 1];
  else if (info === 24) [length, start] = [cbor[1] ?? -1, 2];
  else if (info === 25) [length, start] = [((cbor[1] ?? 0) << 8) | (cbor[2] ?? 0), 3];
  else if (info === 26)
    [length, start] = [new DataView(cbor.buffer, cbor.byteOffset).getUint32(1), 5];
  else return undefined;
  if (length < 0 || start + length !== cbor.length) return undefined;
  return cbor.subarray(start, start + length);
}

/** Whether a scanned text is one part of an animated assignment sequence. */
export function isAssignmentPart(text: string): boolean {
  return text.trim().toLowerCase().startsWith(`ur:${ASSIGNMENT_UR_TYPE}/`);
}

export type PartStep =
  /** Not a part of an assignment sequence (another QR code in view): ignore it. */
  | { kind: 'foreign' }
  /** Counted (or a part seen before); `progress` from 0 to below 1. */
  | { kind: 'progress'; progress: number; fragmentCount: number }
  /** Complete: the assignment's link fragment (`1.…`), for `decodeAssignmentLink`. */
  | { kind: 'done'; fragment: string }
  /**
   * The parts did not add up (a part of another assignment's sequence, or a damaged one that
   * passed the QR code's own error correction): start again.
   */
  | { kind: 'failed' };

export type PartCollector = {
  /** Feeds one scanned text; parts may come in any order, twice, or with gaps. */
  receive(text: string): PartStep;
};

/**
 * Collects the parts of one animated sequence until the assignment can be decoded. A part of a
 * different sequence (the teacher switched to another assignment) starts a fresh collection
 * instead of failing.
 *
 * @example
 * const collector = assignmentPartCollector();
 * for (const text of scannedTexts) {
 *   const step = collector.receive(text);
 *   if (step.kind === 'done') location.hash = step.fragment;
 * }
 */
export function assignmentPartCollector(): PartCollector {
  let decoder = new URDecoder();
  return {
    receive(text) {
      if (typeof text !== 'string' || !isAssignmentPart(text)) return { kind: 'foreign' };
      const part = text.trim().toLowerCase();
      let accepted = feed(decoder, part);
      // Refused: a part of another sequence (its length or checksum differ). The teacher moved
      // on to another assignment, so the newest sequence wins.
      if (!accepted && !decoder.isComplete()) {
        decoder = new URDecoder();
        accepted = feed(decoder, part);
      }
      if (!accepted || decoder.isError()) return reset();
      if (decoder.isComplete()) {
        const result = decoder.resultUR();
        const payload = result.type === ASSIGNMENT_UR_TYPE ? fromCborBytes(result.cbor) : undefined;
        if (!decoder.isSuccess() || !payload || payload.length < 2) return reset();
        const first = payload[0] as number;
        const prefix = first & RELEASE_MARK ? `r${first & ~RELEASE_MARK}` : `${first}`;
        return { kind: 'done', fragment: `${prefix}.${toBase64Url(payload.subarray(1))}` };
      }
      return {
        kind: 'progress',
        progress: Math.min(0.99, decoder.getProgress()),
        fragmentCount: decoder.expectedPartCount()
      };
    }
  };

  function reset(): PartStep {
    decoder = new URDecoder();
    return { kind: 'failed' };
  }
}

/** One part into the decoder; false for a part it refuses or cannot read. */
function feed(decoder: URDecoder, part: string): boolean {
  try {
    return decoder.receivePart(part);
  } catch {
    return false;
  }
}
