// Getting an assignment onto phones without a server, and results back, with the app's own
// scanner (issue 12, points 2 and 9): a teacher's own article makes a link too long for one QR
// code, so the form says so before "Aufgabe erstellen" and the assignment page shows an animated
// QR sequence (full screen for a projector) whose frames are real, readable parts. A student's
// phone, whose camera (Chromium's fake capture from a Y4M file) sees those parts shuffled and
// with gaps, collects them with "Code scannen" until the assignment opens; headless Chromium has
// no BarcodeDetector, so this is the jsqr path. The teacher then scans two result codes held up
// one after another, and the student's result screen leads with the way the teacher asked for.
// A last test gives the phone a BarcodeDetector (as Chrome on Android has) for the native path.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { chromium, expect, test, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.mjs';
import { CORPUS_DIR } from '../../scripts/corpus-dir';
import { decodeAssignmentLink } from '../../src/lib/core/assign/link';
import { encodeResultCode } from '../../src/lib/core/assign/result-code';
import { decodeQrFrame } from '../../src/lib/core/scan/qr-frame';
import { fakeCameraArgs, writeQrVideo } from './fake-camera';
import { gotoHydrated } from './helpers';

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
/** The teacher's laptop at the projector. */
const DESKTOP = {
  viewport: { width: 1280, height: 800 },
  deviceScaleFactor: 1,
  isMobile: false,
  hasTouch: false
};
const TITLE = 'Ein langer Text';

let dir: string;
let camera: string;
let browser: Browser;
let animated: typeof import('../../src/lib/core/assign/animated');

test.beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lesequiz-scan-'));
  camera = join(dir, 'camera.y4m');
  // The file must exist when the browser starts; each test writes what the camera will see
  // before it opens the camera, which reads the file only then.
  await writeQrVideo(camera, [null]);
  // The fountain code as the browser runs it (its ES module build, which Node cannot load
  // directly: the CommonJS one needs an ES-only dependency), bundled for this test.
  const bundle = join(dir, 'animated.mjs');
  await build({
    entryPoints: ['src/lib/core/assign/animated.ts'],
    bundle: true,
    platform: 'node',
    format: 'esm',
    mainFields: ['module', 'main'],
    outfile: bundle,
    logLevel: 'error'
  });
  animated = await import(pathToFileURL(bundle).href);
  const found = findChromium();
  if (!found) throw new Error('no Chromium');
  browser = await chromium.launch({
    executablePath: found.path,
    args: [...CHROMIUM_ARGS, ...fakeCameraArgs(camera)]
  });
});

test.afterAll(async () => {
  await browser?.close();
  await rm(dir, { recursive: true, force: true });
});

/** A teacher's own article (a long one), turned into an assignment with the given hand-in. */
async function createBigAssignment(teacher: Page, handIn: RegExp): Promise<string> {
  await teacher.goto('/new');
  await teacher.getByLabel('Titel (freiwillig)').fill('Langer Artikel');
  await teacher
    .getByLabel('Text des Artikels')
    .fill(await readFile(`${CORPUS_DIR}/news-de/016.txt`, 'utf8'));
  await teacher.getByRole('button', { name: 'Fragen erstellen' }).click();
  await expect(teacher.getByText('Gespeichert in deiner Bibliothek.')).toBeVisible({
    timeout: 60_000
  });
  await teacher.getByRole('link', { name: 'Artikel lesen' }).click();
  await expect(teacher).toHaveURL(/\/sets\/own-/);
  const setId = decodeURIComponent(new URL(teacher.url()).pathname.split('/').pop()!);

  await gotoHydrated(teacher, `/assign/${setId}`);
  await teacher.getByLabel('Titel der Aufgabe').fill(TITLE);
  await teacher.getByLabel(handIn).check();
  // Said before "Aufgabe erstellen": the text travels, so no single QR code; what remains.
  const note = teacher.getByRole('region', { name: 'So kommt die Aufgabe auf die Handys' });
  await expect(note).toContainText('passt die Aufgabe nicht in einen einzelnen QR-Code');
  await expect(note).toContainText('Der Text deines eigenen Artikels reist mit der Aufgabe.');
  await expect(note).toContainText('animierte QR-Folge');
  await teacher.getByRole('button', { name: 'Aufgabe erstellen' }).click();
  await expect(teacher.getByRole('heading', { level: 1 })).toHaveText(TITLE);
  return teacher.getByLabel('Link zur Aufgabe').inputValue();
}

/** The QR text on screen: a screenshot of the code, read back with the app's decoder. */
async function readShownCode(page: Page, name: string): Promise<string | null> {
  const png = await page.getByRole('img', { name }).last().screenshot({ scale: 'css' });
  // The browser decodes the PNG; its pixels come back as base64 and jsqr reads them here.
  const frame = await page.evaluate(async (base64) => {
    // Not fetched from a data: URL: the app's content security policy allows no such request.
    const png = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([png], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    const { data, width, height } = context.getImageData(0, 0, bitmap.width, bitmap.height);
    let binary = '';
    for (let at = 0; at < data.length; at += 0x8000)
      binary += String.fromCharCode(...data.subarray(at, at + 0x8000));
    return { width, height, pixels: btoa(binary) };
  }, png.toString('base64'));
  const pixels = new Uint8ClampedArray(Buffer.from(frame.pixels, 'base64'));
  return decodeQrFrame(pixels, frame.width, frame.height);
}

/** `UR:…/7-22/…` → [7, 22]: part 7 of a sequence of 22 fragments (7 ≤ 22: a plain one). */
function sequenceOf(part: string): [number, number] {
  const match = /^UR:LESEQUIZ-ASSIGNMENT\/(\d+)-(\d+)\//u.exec(part);
  if (!match) throw new Error(`not a part: ${part.slice(0, 40)}`);
  return [Number(match[1]), Number(match[2])];
}

test('an own article’s assignment goes out as an animated QR sequence that a phone collects by camera', async () => {
  test.setTimeout(240_000);
  const teacherContext = await browser.newContext({ ...DESKTOP, locale: 'de-DE' });
  const studentContext = await browser.newContext({ ...PHONE, locale: 'de-DE' });
  try {
    const teacher = await teacherContext.newPage();
    const link = await createBigAssignment(teacher, /Im Raum: Ich scanne/);
    const assignment = decodeAssignmentLink(link);
    if (!assignment.ok) throw new Error('the teacher’s link does not decode');

    // The animated sequence instead of one code; it keeps changing.
    const label = `Animierte QR-Folge der Aufgabe „${TITLE}“`;
    await expect(teacher.getByRole('heading', { name: 'Animierte QR-Folge' })).toBeVisible();
    await expect(teacher.getByRole('img', { name: label })).toBeVisible();
    const sequence = teacher.locator('[data-part-count]');
    const fragmentCount = Number(await sequence.getAttribute('data-part-count'));
    expect(fragmentCount).toBeGreaterThan(3);
    const shownBefore = Number(await sequence.getAttribute('data-shown'));
    await expect
      .poll(async () => Number(await sequence.getAttribute('data-shown')))
      .toBeGreaterThan(shownBefore + 2);

    // Full screen for a projector, and back.
    await teacher.getByRole('button', { name: 'Vollbild für den Beamer' }).click();
    const projector = teacher.getByRole('dialog', { name: label });
    await expect(projector).toBeVisible();
    const box = await projector.getByRole('img', { name: label }).boundingBox();
    expect(box!.width).toBeGreaterThan(500);

    // What the projector shows are real parts of this very link: a few read off the screen
    // (paused, as a camera sees a still frame) join a collection of the link's own parts.
    const collector = animated.assignmentPartCollector();
    const read = new Set<string>();
    for (let i = 0; i < 3; i++) {
      await projector.getByRole('button', { name: 'Anhalten' }).click();
      const text = await readShownCode(teacher, label);
      expect(text).toMatch(/^UR:LESEQUIZ-ASSIGNMENT\/\d+-\d+\//u);
      expect(sequenceOf(text!)[1]).toBe(fragmentCount);
      expect(collector.receive(text!).kind).toBe('progress');
      read.add(text!);
      await projector.getByRole('button', { name: 'Weiter' }).click();
      await teacher.waitForTimeout(900);
    }
    expect(read.size).toBe(3);
    await projector.getByRole('button', { name: 'Vollbild schließen' }).click();
    await expect(projector).toBeHidden();

    // The phone's camera sees the first 2.5 × fragments parts shuffled, with three plain
    // fragments never shown: the mixed parts must make up for them.
    const encoder = animated.assignmentPartEncoder(link)!;
    expect(encoder.fragmentCount).toBe(fragmentCount);
    const parts = Array.from({ length: Math.ceil(fragmentCount * 2.5) }, () => encoder.nextPart());
    const latest = Math.max(...[...read].map((text) => sequenceOf(text)[0]));
    const check = animated.assignmentPartEncoder(link)!;
    const upToLatest = Array.from({ length: latest }, () => check.nextPart());
    for (const text of read) expect(upToLatest).toContain(text);
    let seed = 11;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const lost = new Set([2, Math.ceil(fragmentCount / 2), fragmentCount]);
    const shown = parts
      .filter((part) => !lost.has(sequenceOf(part)[0]))
      .map((part) => ({ part, key: random() }))
      .sort((a, b) => a.key - b.key)
      .map(({ part }) => part);
    await writeQrVideo(camera, shown);

    const phone = await studentContext.newPage();
    await phone.goto('/');
    await phone.getByRole('link', { name: /Aufgabe von der Lehrkraft öffnen/ }).click();
    await expect(phone.getByRole('heading', { level: 1 })).toHaveText('Aufgabe öffnen');
    await phone.getByRole('button', { name: 'Code scannen' }).click();
    await expect(phone.locator('[data-decoder]')).toHaveAttribute('data-decoder', 'jsqr', {
      timeout: 30_000
    });
    await expect(phone.getByText(/QR-Folge wird gelesen: \d+ %/)).toBeVisible({
      timeout: 30_000
    });
    await expect(phone.getByRole('heading', { level: 1 })).toHaveText(TITLE, {
      timeout: 120_000
    });
    // The whole assignment arrived: its article is on the intro screen.
    const { content } = assignment.value;
    if (content.kind !== 'own') throw new Error('expected an own set');
    await expect(phone.getByRole('region', { name: 'Der Text' })).toContainText(
      content.set.sentences.at(-1)!
    );
    expect(new URL(phone.url()).hash).toBe(link.slice(link.indexOf('#')));
  } finally {
    await teacherContext.close();
    await studentContext.close();
  }
});

test('a teacher scans result codes held up one after another, without BarcodeDetector', async () => {
  test.setTimeout(240_000);
  const teacherContext = await browser.newContext({ ...PHONE, locale: 'de-DE' });
  try {
    const teacher = await teacherContext.newPage();
    const link = await createBigAssignment(teacher, /Per Nachricht/);
    const decoded = decodeAssignmentLink(link);
    if (!decoded.ok || decoded.value.content.kind !== 'own') throw new Error('no own set');
    const question = decoded.value.content.set.questions[0]!;
    const codes = ['Ada', 'Ben'].map((student, i) => {
      const code = encodeResultCode({
        assignmentId: decoded.value.id,
        student,
        deviceId: `device-${student}-1234`,
        attempt: 1,
        startedAtMs: Date.UTC(2026, 2, 2, 8, i),
        finishedAtMs: Date.UTC(2026, 2, 2, 8, i + 5),
        answers: [
          {
            questionId: question.id,
            response: 'nichts',
            answeredAtMs: Date.UTC(2026, 2, 2, 8, i + 1)
          }
        ]
      });
      if (!code.ok) throw new Error(JSON.stringify(code));
      return code.code;
    });
    // Ada's phone, nothing (the next student steps up), Ben's phone, nothing.
    await writeQrVideo(camera, [
      ...Array<string>(6).fill(codes[0]!),
      ...Array<null>(4).fill(null),
      ...Array<string>(6).fill(codes[1]!),
      ...Array<null>(4).fill(null)
    ]);
    await teacher.getByRole('button', { name: 'Mit der Kamera scannen' }).click();
    await expect(teacher.locator('[data-decoder]')).toHaveAttribute('data-decoder', 'jsqr', {
      timeout: 30_000
    });
    await expect(teacher.getByText('Erkannte Codes: 2')).toBeVisible({ timeout: 60_000 });
    await expect(teacher.getByRole('button', { name: /Ada/ })).toBeVisible();
    await expect(teacher.getByRole('button', { name: /Ben/ })).toBeVisible();
  } finally {
    await teacherContext.close();
  }
});

test('where the browser has BarcodeDetector (Chrome on Android), its readings open the assignment', async () => {
  test.setTimeout(180_000);
  // Headless Chromium on Linux has no BarcodeDetector: the phone gets one that reports what an
  // Android phone's detector would read from the teacher's code, so the app's native path (the
  // detector preferred, its `rawValue`s taken as scanned texts) runs for real.
  const teacherContext = await browser.newContext({ ...DESKTOP, locale: 'de-DE' });
  const studentContext = await browser.newContext({ ...PHONE, locale: 'de-DE' });
  try {
    const teacher = await teacherContext.newPage();
    await gotoHydrated(teacher, '/assign/hikvision-kanada');
    await teacher.getByLabel('Titel der Aufgabe').fill('Nativ gescannt');
    await teacher.getByRole('button', { name: 'Aufgabe erstellen' }).click();
    await expect(teacher.getByRole('heading', { level: 1 })).toHaveText('Nativ gescannt');
    const link = await teacher.getByLabel('Link zur Aufgabe').inputValue();
    await writeQrVideo(camera, [null]);

    await studentContext.addInitScript((scanned: string) => {
      class FakeBarcodeDetector {
        static async getSupportedFormats() {
          return ['qr_code', 'ean_13'];
        }
        constructor(options: { formats: string[] }) {
          if (!options.formats.includes('qr_code')) throw new TypeError('no qr_code');
        }
        async detect(source: unknown) {
          if (!(source instanceof HTMLVideoElement)) throw new TypeError('not a video');
          // Nothing in view until the test holds the teacher's code up.
          const shown = (window as unknown as { codeInView?: boolean }).codeInView;
          return shown ? [{ rawValue: scanned, format: 'qr_code' }] : [];
        }
      }
      Object.defineProperty(window, 'BarcodeDetector', { value: FakeBarcodeDetector });
    }, link);
    const phone = await studentContext.newPage();
    await phone.goto('/');
    await phone.getByRole('link', { name: /Aufgabe von der Lehrkraft öffnen/ }).click();
    await phone.getByRole('button', { name: 'Code scannen' }).click();
    await expect(phone.locator('[data-decoder]')).toHaveAttribute('data-decoder', 'native', {
      timeout: 30_000
    });
    await phone.evaluate(() => {
      (window as unknown as { codeInView?: boolean }).codeInView = true;
    });
    await expect(phone.getByRole('heading', { level: 1 })).toHaveText('Nativ gescannt', {
      timeout: 60_000
    });
    expect(new URL(phone.url()).hash).toBe(link.slice(link.indexOf('#')));
  } finally {
    await teacherContext.close();
    await studentContext.close();
  }
});
