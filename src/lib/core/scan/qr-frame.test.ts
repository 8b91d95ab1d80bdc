import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { assignmentPartCollector, assignmentPartEncoder } from '../assign/animated';
import { encodeResultCode } from '../assign/result-code';
import { submissionOf } from '../assign/test-fixtures';
import { decodeQrFrame, frameSize } from './qr-frame';

/**
 * Draws `text` as `qrcode` would for the app (error correction M), `scale` pixels a module,
 * with the quiet zone, into an RGBA frame of `width` × `height` at (`left`, `top`), on a grey
 * background with a little noise, as a camera sees a screen.
 */
function frameOf(
  text: string,
  { scale = 4, width = 640, height = 480, left = 40, top = 20, noise = 0 } = {}
): { pixels: Uint8ClampedArray; width: number; height: number } {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const pixels = new Uint8ClampedArray(width * height * 4);
  let seed = 7;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const side = (modules.size + 8) * scale;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let value = 170;
      const inX = x - left;
      const inY = y - top;
      if (inX >= 0 && inY >= 0 && inX < side && inY < side) {
        const column = Math.floor(inX / scale) - 4;
        const row = Math.floor(inY / scale) - 4;
        const dark =
          column >= 0 && row >= 0 && column < modules.size && row < modules.size
            ? modules.get(row, column)
            : false;
        value = dark ? 20 : 235;
      }
      value += (random() - 0.5) * 2 * noise;
      const at = (y * width + x) * 4;
      pixels[at] = value;
      pixels[at + 1] = value;
      pixels[at + 2] = value;
      pixels[at + 3] = 255;
    }
  }
  return { pixels, width, height };
}

describe('decodeQrFrame', () => {
  it('reads a result code drawn into a camera-sized frame', () => {
    const code = encodeResultCode(submissionOf('Lea', ['Peking', true, 'Wien']));
    if (!code.ok) throw new Error('no code');
    const text = code.code;
    const { pixels, width, height } = frameOf(text, { noise: 30 });
    expect(decodeQrFrame(pixels, width, height)).toBe(text);
  });

  it('reads every part of an animated sequence, and the parts give the assignment back', () => {
    // A real-sized payload: 1,500 bytes of incompressible envelope.
    let seed = 3;
    const bytes = Uint8Array.from(
      { length: 1500 },
      () => (seed = (seed * 48271) % 2147483647) & 0xff
    );
    const bigLink = `https://lesequiz.example/a#1.${Buffer.from(bytes).toString('base64url')}`;
    const encoder = assignmentPartEncoder(bigLink)!;
    const collector = assignmentPartCollector();
    let done: string | undefined;
    for (let i = 0; i < encoder.fragmentCount * 2 && !done; i++) {
      const part = encoder.nextPart();
      const { pixels, width, height } = frameOf(part, {
        scale: 5,
        width: 520,
        height: 520,
        left: 10,
        top: 10,
        noise: 20
      });
      const read = decodeQrFrame(pixels, width, height);
      expect(read).toBe(part);
      const step = collector.receive(read!);
      if (step.kind === 'done') done = step.fragment;
    }
    expect(done).toBe(bigLink.slice(bigLink.indexOf('#') + 1));
  });

  it('gives null for a frame without a code and for a wrong buffer size', () => {
    const empty = new Uint8ClampedArray(320 * 240 * 4).fill(200);
    expect(decodeQrFrame(empty, 320, 240)).toBeNull();
    expect(decodeQrFrame(empty, 321, 240)).toBeNull();
    expect(decodeQrFrame(new Uint8ClampedArray(0), 0, 0)).toBeNull();
  });

  it('frameSize scales down to the longest side, never up', () => {
    expect(frameSize(1920, 1080)).toEqual({ width: 720, height: 405 });
    expect(frameSize(480, 640)).toEqual({ width: 480, height: 640 });
    expect(frameSize(0, 640)).toEqual({ width: 0, height: 0 });
  });
});
