/** The byte envelope under links and result codes: checksum, strict base64url, bomb-proof inflating. */
import fc from 'fast-check';
import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  crc32,
  fromBase64Url,
  inflateLimited,
  MAX_INFLATED_BYTES,
  packJson,
  toBase64Url,
  unpackJson
} from './envelope';

describe('crc32', () => {
  it('gives the standard check value', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array())).toBe(0);
  });
});

describe('base64url', () => {
  it('agrees with Node for any bytes and reads back what it wrote', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const text = toBase64Url(bytes);
        expect(text).toBe(Buffer.from(bytes).toString('base64url'));
        expect(fromBase64Url(text)).toEqual(bytes);
      })
    );
  });

  it('refuses padding, foreign characters, impossible lengths and non-zero spare bits', () => {
    for (const bad of ['QQ==', 'QQ+/', 'Q', 'QR', 'ab cd', 'QQ!'])
      expect(fromBase64Url(bad)).toBeUndefined();
    expect(fromBase64Url('QQ')).toEqual(new Uint8Array([65]));
  });
});

describe('packJson / unpackJson', () => {
  it('round-trips any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = unpackJson(packJson(value));
        expect(result).toEqual({ ok: true, value: JSON.parse(JSON.stringify(value)) });
      })
    );
  });

  it('never throws on garbage and names the problem', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const result = unpackJson(text);
        if (!result.ok) expect(['malformed', 'checksum', 'too-large']).toContain(result.problem);
      })
    );
  });

  it('refuses valid-checksum bytes that are not deflate, or not UTF-8 JSON', () => {
    const wrap = (compressed: Uint8Array) => {
      const out = new Uint8Array(compressed.length + 4);
      out.set(compressed);
      new DataView(out.buffer).setUint32(compressed.length, crc32(compressed));
      return toBase64Url(out);
    };
    expect(unpackJson(wrap(new Uint8Array([0xff, 0xff, 0xff])))).toEqual({
      ok: false,
      problem: 'malformed'
    });
    expect(unpackJson(wrap(deflateSync(new TextEncoder().encode('{not json'))))).toEqual({
      ok: false,
      problem: 'malformed'
    });
    expect(unpackJson(wrap(deflateSync(new Uint8Array([0xc3, 0x28]))))).toEqual({
      ok: false,
      problem: 'malformed'
    });
    // A deflate stream cut short before its last block is not a whole payload.
    const varied = JSON.stringify(Array.from({ length: 3000 }, (_, i) => (i * 7919) % 10007));
    const whole = deflateSync(new TextEncoder().encode(varied));
    const cut = whole.subarray(0, Math.floor(whole.length / 2));
    expect(unpackJson(wrap(cut))).toEqual({ ok: false, problem: 'malformed' });
  });

  // Deflating the 64 MB bomb itself takes seconds on a busy machine: no time limit on that.
  it(
    'stops inflating a compression bomb just past 1 MB instead of expanding it to 64 MB',
    {
      timeout: 120_000
    },
    () => {
      const bomb = deflateSync(new Uint8Array(64 * 1024 * 1024), { level: 9 });
      expect(bomb.length).toBeLessThan(100_000);
      const result = inflateLimited(bomb, MAX_INFLATED_BYTES);
      expect(result.ok).toBe(false);
      if (result.ok || result.problem !== 'too-large') throw new Error('expected too-large');
      // One step of input expands to at most ~1032 × 256 bytes past the limit.
      expect(result.inflatedBytes).toBeGreaterThan(MAX_INFLATED_BYTES);
      expect(result.inflatedBytes).toBeLessThan(MAX_INFLATED_BYTES + 300 * 1024);

      const out = new Uint8Array(bomb.length + 4);
      out.set(bomb);
      new DataView(out.buffer).setUint32(bomb.length, crc32(bomb));
      expect(unpackJson(toBase64Url(out))).toEqual({ ok: false, problem: 'too-large' });
    }
  );

  it('refuses over-long text before decoding it', () => {
    expect(unpackJson('A'.repeat(2_000_000))).toEqual({ ok: false, problem: 'too-large' });
  });
});
