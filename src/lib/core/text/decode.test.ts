import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText, decodeWindows1252 } from './decode';

const utf8 = (text: string) => new TextEncoder().encode(text);
/** Windows-1252 bytes for text made only of Latin-1 and the code page's 0x80–0x9F characters. */
function cp1252(text: string): Uint8Array {
  const high: Record<string, number> = { '€': 0x80, '„': 0x84, '“': 0x93, '”': 0x94, '–': 0x96 };
  return Uint8Array.from([...text].map((char) => high[char] ?? char.charCodeAt(0)));
}
function utf16(text: string, bigEndian: boolean): Uint8Array {
  const bytes = [bigEndian ? 0xfe : 0xff, bigEndian ? 0xff : 0xfe];
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index);
    if (bigEndian) bytes.push(unit >> 8, unit & 0xff);
    else bytes.push(unit & 0xff, unit >> 8);
  }
  return Uint8Array.from(bytes);
}

describe('decodeText', () => {
  it('reads UTF-8, with or without BOM', () => {
    expect(decodeText(utf8('Grüße „zitiert“'))).toEqual({
      text: 'Grüße „zitiert“',
      encoding: 'utf-8',
      doubtfulLines: []
    });
    expect(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('Grüße')])).text).toBe('Grüße');
  });

  it('windows-1252 typography is „ “ – € and not invisible C1 controls', () => {
    const decoded = decodeText(cp1252('„Größe“ – 5 € für Äpfel'));
    expect(decoded).toEqual({
      text: '„Größe“ – 5 € für Äpfel',
      encoding: 'windows-1252',
      doubtfulLines: []
    });
    expect(decoded.text).not.toMatch(/[\u0080-\u009f]/u);
  });

  it('maps all 27 defined characters of 0x80–0x9F and replaces the 5 undefined bytes', () => {
    const bytes = Uint8Array.from({ length: 32 }, (_, index) => 0x80 + index);
    const { text, replaced } = decodeWindows1252(bytes);
    expect(text).toBe('€\ufffd‚ƒ„…†‡ˆ‰Š‹Œ\ufffdŽ\ufffd\ufffd‘’“”•–—˜™š›œ\ufffdžŸ');
    expect(replaced).toBe(5);
  });

  it('a bad byte in a UTF-8 article is reported by line, and only that line is read otherwise', () => {
    // Line 2 has one Latin-1 byte (0xE9, "é") among UTF-8 text on the other lines.
    const bytes = Uint8Array.from([
      ...utf8('Überschrift: Größe\n'),
      ...utf8('Caf'),
      0xe9,
      ...utf8(' am Ufer\nDritte Zeile mit Ärger\n')
    ]);
    expect(decodeText(bytes)).toEqual({
      text: 'Überschrift: Größe\nCafé am Ufer\nDritte Zeile mit Ärger\n',
      encoding: 'utf-8',
      doubtfulLines: [2]
    });
  });

  it('a bad byte inside a UTF-8 line becomes U+FFFD there and the line is reported', () => {
    const bytes = Uint8Array.from([...utf8('Schöne Grüße aus Köln'), 0xff, ...utf8('\nZwei')]);
    const decoded = decodeText(bytes);
    expect(decoded.text).toBe('Schöne Grüße aus Köln\ufffd\nZwei');
    expect(decoded.doubtfulLines).toEqual([1]);
  });

  it('a Windows-1252 file with one UTF-8 line reports that line', () => {
    const bytes = Uint8Array.from([...cp1252('Größe\nÄrger\n'), ...utf8('Straße')]);
    expect(decodeText(bytes)).toEqual({
      text: 'Größe\nÄrger\nStraße',
      encoding: 'windows-1252',
      doubtfulLines: [3]
    });
  });

  it('UTF-16 with a BOM, little and big endian, including a character outside the BMP', () => {
    const text = '„Grüße“ 😀\nZeile zwei';
    expect(decodeText(utf16(text, false))).toEqual({
      text,
      encoding: 'utf-16le',
      doubtfulLines: []
    });
    expect(decodeText(utf16(text, true))).toEqual({
      text,
      encoding: 'utf-16be',
      doubtfulLines: []
    });
  });

  it('a lone surrogate or an odd last byte in UTF-16 is replaced and reported', () => {
    const bytes = Uint8Array.from([0xff, 0xfe, 0x41, 0x00, 0x0a, 0x00, 0x00, 0xd8, 0x42]);
    expect(decodeText(bytes)).toEqual({
      text: 'A\n\ufffd\ufffd',
      encoding: 'utf-16le',
      doubtfulLines: [2]
    });
  });

  it('a line with as many bad bytes as UTF-8 characters is read in the main encoding of the file', () => {
    const bytes = Uint8Array.from([...utf8('Schöne Grüße\nKöln '), 0xf6, ...utf8(' Zeile drei')]);
    expect(decodeText(bytes)).toEqual({
      text: 'Schöne Grüße\nKöln \ufffd Zeile drei',
      encoding: 'utf-8',
      doubtfulLines: [2]
    });
  });

  it('reads any text written as UTF-8 back unchanged, and never throws on any bytes', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        const decoded = decodeText(utf8(text.replace(/^\uFEFF/u, '')));
        expect(decoded.text).toBe(text.replace(/^\uFEFF/u, ''));
        expect(decoded.doubtfulLines).toEqual([]);
      }),
      { numRuns: 300 }
    );
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const decoded = decodeText(bytes);
        const lines = decoded.text.split('\n').length;
        for (const line of decoded.doubtfulLines) expect(line).toBeLessThanOrEqual(lines);
      }),
      { numRuns: 300 }
    );
  });
});
