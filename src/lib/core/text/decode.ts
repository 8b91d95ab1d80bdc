/**
 * Turns a text file's bytes into a string the same way in every runtime: UTF-8 (with or without
 * BOM), UTF-16 with a BOM, or Windows-1252 through its own table. Node's
 * `TextDecoder('windows-1252')` (without full ICU) maps 0x80–0x9F to invisible C1 control
 * characters, so „ “ – € vanish; the 27 characters that differ from Latin-1 are simply listed
 * here (too small a table to pull in iconv-lite).
 *
 * A file that is not valid UTF-8 is decoded line by line: each line as UTF-8 where it reads as
 * UTF-8 (more valid multi-byte characters than bad bytes), as Windows-1252 where it has no
 * UTF-8 character at all, and a line in between in the file's main encoding. Lines that do
 * not fit the file's main encoding, or held bytes that are nothing in either, are listed in
 * `doubtfulLines`, so the caller can say so instead of showing mojibake silently.
 */

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  text: string;
  /** The file's main encoding. */
  encoding: TextEncoding;
  /**
   * 1-based numbers of lines that were read in another encoding than the main one or had bytes
   * replaced by U+FFFD; empty when every byte was what the encoding expects.
   */
  doubtfulLines: number[];
}

/** Windows-1252 0x80–0x9F; `null` where the code page has no character. */
const CP1252_HIGH: readonly (number | null)[] = [
  0x20ac,
  null,
  0x201a,
  0x0192,
  0x201e,
  0x2026,
  0x2020,
  0x2021,
  0x02c6,
  0x2030,
  0x0160,
  0x2039,
  0x0152,
  null,
  0x017d,
  null,
  null,
  0x2018,
  0x2019,
  0x201c,
  0x201d,
  0x2022,
  0x2013,
  0x2014,
  0x02dc,
  0x2122,
  0x0161,
  0x203a,
  0x0153,
  null,
  0x017e,
  0x0178
];

const REPLACEMENT = 0xfffd;
const CHUNK = 8192;

/** Windows-1252 bytes as text; bytes the code page leaves undefined become U+FFFD. */
export function decodeWindows1252(bytes: Uint8Array): { text: string; replaced: number } {
  const codes = new Array<number>(bytes.length);
  let replaced = 0;
  for (let index = 0; index < bytes.length; index++) {
    const byte = bytes[index]!;
    if (byte < 0x80 || byte > 0x9f) codes[index] = byte;
    else {
      const code = CP1252_HIGH[byte - 0x80] ?? null;
      if (code === null) replaced++;
      codes[index] = code ?? REPLACEMENT;
    }
  }
  return { text: fromCodes(codes), replaced };
}

function fromCodes(codes: number[]): string {
  let text = '';
  for (let start = 0; start < codes.length; start += CHUNK)
    text += String.fromCharCode(...codes.slice(start, start + CHUNK));
  return text;
}

/** UTF-16 without its BOM; `bigEndian` swaps each pair first. A lone surrogate becomes U+FFFD. */
function decodeUtf16(bytes: Uint8Array, bigEndian: boolean): { text: string; replaced: number } {
  const units = new Array<number>(bytes.length >> 1);
  for (let index = 0; index + 1 < bytes.length; index += 2) {
    const [low, high] = bigEndian
      ? [bytes[index + 1]!, bytes[index]!]
      : [bytes[index]!, bytes[index + 1]!];
    units[index >> 1] = low | (high << 8);
  }
  let replaced = bytes.length % 2;
  // Lone surrogates are not text: replace them, as a decoder does.
  for (let index = 0; index < units.length; index++) {
    const unit = units[index]!;
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = units[index + 1];
      if (next !== undefined && next >= 0xdc00 && next <= 0xdfff) index++;
      else {
        units[index] = REPLACEMENT;
        replaced++;
      }
    } else if (unit >= 0xdc00 && unit <= 0xdfff) {
      units[index] = REPLACEMENT;
      replaced++;
    }
  }
  if (bytes.length % 2) units.push(REPLACEMENT);
  return { text: fromCodes(units), replaced };
}

/** Counts a line's well-formed UTF-8 multi-byte characters and the bytes that are not UTF-8. */
function utf8Census(bytes: Uint8Array): { multiByte: number; bad: number } {
  let multiByte = 0;
  let bad = 0;
  let index = 0;
  while (index < bytes.length) {
    const byte = bytes[index]!;
    if (byte < 0x80) {
      index++;
      continue;
    }
    const length = byte >= 0xc2 && byte <= 0xdf ? 2 : byte >= 0xe0 && byte <= 0xef ? 3 : 0;
    const four = byte >= 0xf0 && byte <= 0xf4 ? 4 : 0;
    const size = length || four;
    if (size > 0 && index + size <= bytes.length) {
      const sequence = bytes.subarray(index, index + size);
      if (utf8Valid(sequence)) {
        multiByte++;
        index += size;
        continue;
      }
    }
    bad++;
    index++;
  }
  return { multiByte, bad };
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenientUtf8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

function utf8Valid(bytes: Uint8Array): boolean {
  try {
    strictUtf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * Decodes a text file's bytes (a BOM decides; else UTF-8, line by line where it is not valid).
 *
 * @example decodeText(Uint8Array.from([0x84, 0x47, 0x93])).text // '„G“'
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    const { text, replaced } = decodeUtf16(bytes.subarray(2), false);
    return {
      text,
      encoding: 'utf-16le',
      doubtfulLines: replaced ? linesWithReplacement(text) : []
    };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    const { text, replaced } = decodeUtf16(bytes.subarray(2), true);
    return {
      text,
      encoding: 'utf-16be',
      doubtfulLines: replaced ? linesWithReplacement(text) : []
    };
  }
  const body =
    bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return { text: strictUtf8.decode(body), encoding: 'utf-8', doubtfulLines: [] };
  } catch {
    return decodeByLine(body, body !== bytes);
  }
}

type LineReading = {
  bytes: Uint8Array;
  text: string;
  as: 'plain' | 'utf-8' | 'windows-1252' | 'either';
  replaced: boolean;
};

function decodeByLine(bytes: Uint8Array, hadUtf8Bom: boolean): DecodedText {
  const readings: LineReading[] = [];
  let start = 0;
  while (start <= bytes.length) {
    let end = bytes.indexOf(0x0a, start);
    if (end < 0) end = bytes.length;
    readings.push(readLine(bytes.subarray(start, end)));
    start = end + 1;
  }
  // The lines that are clearly one or the other decide the file's encoding; a line that could
  // be either (as many good UTF-8 characters as bad bytes) is read in that encoding.
  const utf8Lines = readings.filter((line) => line.as === 'utf-8').length;
  const cp1252Lines = readings.filter((line) => line.as === 'windows-1252').length;
  const encoding: TextEncoding = hadUtf8Bom || utf8Lines >= cp1252Lines ? 'utf-8' : 'windows-1252';
  const doubtfulLines: number[] = [];
  readings.forEach((line, index) => {
    if (line.as === 'either') {
      line.as = encoding === 'utf-8' ? 'utf-8' : 'windows-1252';
      const read = encoding === 'utf-8' ? utf8Lenient(line.bytes) : decodeWindows1252(line.bytes);
      line.text = read.text;
      line.replaced = read.replaced > 0;
    }
    if (line.replaced || (line.as !== 'plain' && line.as !== encoding))
      doubtfulLines.push(index + 1);
  });
  return { text: readings.map((line) => line.text).join('\n'), encoding, doubtfulLines };
}

function utf8Lenient(bytes: Uint8Array): { text: string; replaced: number } {
  return { text: lenientUtf8.decode(bytes), replaced: utf8Census(bytes).bad };
}

function readLine(bytes: Uint8Array): LineReading {
  if (!bytes.some((byte) => byte >= 0x80)) {
    return { bytes, text: decodeWindows1252(bytes).text, as: 'plain', replaced: false };
  }
  const { multiByte, bad } = utf8Census(bytes);
  if (bad === 0) return { bytes, text: strictUtf8.decode(bytes), as: 'utf-8', replaced: false };
  if (multiByte > bad)
    return { bytes, text: lenientUtf8.decode(bytes), as: 'utf-8', replaced: true };
  if (multiByte === 0) {
    const { text, replaced } = decodeWindows1252(bytes);
    return { bytes, text, as: 'windows-1252', replaced: replaced > 0 };
  }
  return { bytes, text: '', as: 'either', replaced: false };
}

function linesWithReplacement(text: string): number[] {
  const lines: number[] = [];
  text.split('\n').forEach((line, index) => {
    if (line.includes('\ufffd')) lines.push(index + 1);
  });
  return lines;
}
