// A camera for browser tests: Chromium plays a Y4M file as its webcam
// (`--use-file-for-fake-video-capture`), and this writes one that shows QR codes, drawn with
// the same `qrcode` package the app uses, as a phone camera would see a screen.
import { writeFile } from 'node:fs/promises';
import QRCode from 'qrcode';

export const CAMERA = { width: 480, height: 360 };

/** Launch arguments that make `path` the camera and grant it without asking. */
export function fakeCameraArgs(path: string): string[] {
  return [
    '--use-fake-device-for-media-stream',
    '--use-fake-ui-for-media-stream',
    `--use-file-for-fake-video-capture=${path}`
  ];
}

/**
 * Writes a Y4M video (grey 4:2:0 at `fps`) of `frames`: each a QR code's text, or null for a
 * frame without one (a student lowering the phone). Chromium loops the file.
 */
export async function writeQrVideo(
  path: string,
  frames: readonly (string | null)[],
  { fps = 4, scale = 4 }: { fps?: number; scale?: number } = {}
): Promise<void> {
  const { width, height } = CAMERA;
  const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F${fps}:1 Ip A1:1 C420jpeg\n`);
  const frameHeader = Buffer.from('FRAME\n');
  const chroma = Buffer.alloc((width / 2) * (height / 2) * 2, 128);
  const chunks: Buffer[] = [header];
  for (const text of frames) {
    const luma = Buffer.alloc(width * height, 150);
    if (text !== null) {
      const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
      const side = (modules.size + 8) * scale;
      if (side > Math.min(width, height)) throw new Error(`QR code too large: ${side}px`);
      const left = Math.floor((width - side) / 2);
      const top = Math.floor((height - side) / 2);
      for (let y = 0; y < side; y++) {
        for (let x = 0; x < side; x++) {
          const row = Math.floor(y / scale) - 4;
          const column = Math.floor(x / scale) - 4;
          const dark =
            row >= 0 && column >= 0 && row < modules.size && column < modules.size
              ? modules.get(row, column)
              : false;
          luma[(top + y) * width + left + x] = dark ? 25 : 235;
        }
      }
    }
    chunks.push(frameHeader, luma, chroma);
  }
  await writeFile(path, Buffer.concat(chunks));
}
