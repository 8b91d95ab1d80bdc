import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkArticleText,
  decodeArticleBytes,
  MAX_ARTICLE_WORDS,
  MAX_ARTICLE_BYTES,
  MIN_ARTICLE_WORDS
} from './article-input';

const article = 'Kanada hat Hikvision angewiesen, alle Operationen einzustellen. '.repeat(6);

describe('checkArticleText', () => {
  it('accepts an article and strips a byte-order mark', () => {
    expect(checkArticleText(`\uFEFF${article}`)).toEqual({ ok: true, text: article });
  });

  it('names each problem', () => {
    expect(checkArticleText(' \n\t ')).toEqual({ ok: false, problem: 'empty' });
    expect(checkArticleText('Nur ein paar Wörter.')).toEqual({
      ok: false,
      problem: 'too-short',
      limit: MIN_ARTICLE_WORDS,
      text: 'Nur ein paar Wörter.'
    });
    expect(checkArticleText(`${article}\u0000\u0001`)).toEqual({ ok: false, problem: 'binary' });
    // Refused by its words long before its bytes: a chapter is not an article.
    const chapter = 'Wort '.repeat(MAX_ARTICLE_WORDS + 1);
    expect(checkArticleText(chapter)).toEqual({
      ok: false,
      problem: 'too-long',
      limit: MAX_ARTICLE_WORDS
    });
    expect(checkArticleText('Wort '.repeat(MAX_ARTICLE_WORDS)).ok).toBe(true);
    expect(checkArticleText('ä'.repeat(MAX_ARTICLE_BYTES / 2 + 1))).toMatchObject({
      problem: 'too-large'
    });
  });

  it('never throws on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const result = checkArticleText(text);
        expect(typeof result.ok).toBe('boolean');
      })
    );
    // A hundred random strings through the word counter: correctness, not speed, is checked
    // here, so a busy machine gets time.
  }, 30_000);
});

describe('decodeArticleBytes', () => {
  it('reads UTF-8 and falls back to Windows-1252 for old German files', () => {
    expect(decodeArticleBytes(new TextEncoder().encode(article))).toEqual({
      ok: true,
      text: article,
      decoding: { encoding: 'utf-8', doubtfulLines: [] }
    });
    const latin1 = Uint8Array.from([...`Größe ${article}`].map((char) => char.charCodeAt(0)));
    const decoded = decodeArticleBytes(latin1);
    expect(decoded.ok && decoded.text.startsWith('Größe')).toBe(true);
  });

  it('keeps the decoded text of a short Windows-1252 file', () => {
    const latin1 = Uint8Array.from([...'Größe zählt.'].map((char) => char.charCodeAt(0)));
    expect(decodeArticleBytes(latin1)).toMatchObject({
      problem: 'too-short',
      text: 'Größe zählt.'
    });
  });

  it('reads UTF-16 files with a BOM instead of calling them binary', () => {
    const units = [...`\ufeff${article}`].map((char) => char.charCodeAt(0));
    const bytes = Uint8Array.from(units.flatMap((unit) => [unit & 0xff, unit >> 8]));
    expect(decodeArticleBytes(bytes)).toEqual({
      ok: true,
      text: article,
      decoding: { encoding: 'utf-16le', doubtfulLines: [] }
    });
  });

  it('says which lines of a UTF-8 file held a byte that is not UTF-8', () => {
    const bytes = new TextEncoder().encode(`Schöne Grüße\n${article}`);
    const broken = Uint8Array.from([...bytes.subarray(0, 3), 0xff, ...bytes.subarray(3)]);
    expect(decodeArticleBytes(broken)).toMatchObject({
      ok: true,
      decoding: { encoding: 'utf-8', doubtfulLines: [1] }
    });
  });

  it('refuses images and other binary files', () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(decodeArticleBytes(png)).toEqual({ ok: false, problem: 'binary' });
  });

  it('refuses files over the limit before decoding them', () => {
    expect(decodeArticleBytes(new Uint8Array(MAX_ARTICLE_BYTES + 1))).toMatchObject({
      ok: false,
      problem: 'too-large'
    });
  });
});
