import jsQR from 'jsqr';

/**
 * Reading a QR code from one camera frame where the browser has no `BarcodeDetector` (Safari on
 * iPhone, Firefox, desktop Chromium on Linux): `jsqr`, pure JavaScript, on the frame's RGBA
 * pixels. Pure: the page draws the video frame into a canvas and passes its pixels here.
 *
 * Import this module lazily: the decoder weighs ~45 KB and only a scanning page needs it.
 */

/** Longest side of a frame handed to the decoder: more pixels only cost time on a phone. */
export const MAX_FRAME_SIDE = 720;

/**
 * The size to draw a `width` × `height` video frame at before decoding: scaled down so its
 * longer side is at most `maxSide`, never up.
 *
 * @example frameSize(1920, 1080) // → { width: 720, height: 405 }
 */
export function frameSize(
  width: number,
  height: number,
  maxSide: number = MAX_FRAME_SIDE
): { width: number; height: number } {
  if (!(width > 0 && height > 0)) return { width: 0, height: 0 };
  const scale = Math.min(1, maxSide / Math.max(width, height));
  return {
    width: Math.max(1, Math.round(width * scale)),
    height: Math.max(1, Math.round(height * scale))
  };
}

/**
 * The text of the QR code in an RGBA frame (4 bytes a pixel, row by row, as `getImageData`
 * gives it), or null when there is none that can be read. Dark codes on light ground only, as
 * every code this app shows is: skipping the inverted pass halves the time per frame.
 *
 * @example
 * const { data, width, height } = context.getImageData(0, 0, w, h);
 * decodeQrFrame(data, width, height); // → 'LQ1-…' or null
 */
export function decodeQrFrame(
  pixels: Uint8ClampedArray,
  width: number,
  height: number
): string | null {
  if (
    !Number.isInteger(width) ||
    !Number.isInteger(height) ||
    width < 21 ||
    height < 21 ||
    pixels.length !== width * height * 4
  )
    return null;
  try {
    const code = jsQR(pixels, width, height, { inversionAttempts: 'dontInvert' });
    return code && code.data !== '' ? code.data : null;
  } catch {
    // jsqr throws on a few degenerate frames (a finder pattern at the very edge): no code.
    return null;
  }
}
