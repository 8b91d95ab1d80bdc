/**
 * Handing text to the world outside the app: a file download, the clipboard, the system's share
 * sheet. The browser decides what is available; each function says whether it worked.
 */

/** Offers `text` as a file download. */
export function downloadText(fileName: string, text: string, mime: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * A file name from a title: letters (umlauts included), digits and dashes, at most 60
 * characters; `fallback` when nothing is left.
 *
 * @example fileNameFor('Kanada: Hikvision?', '.quiz.json', 'aufgabe') // → 'kanada-hikvision.quiz.json'
 */
export function fileNameFor(title: string, extension: string, fallback: string): string {
  const slug = title
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/gu, '')
    .slice(0, 60)
    .replace(/-+$/u, '');
  return `${slug || fallback}${extension}`;
}

/** Copies text to the clipboard; false where the browser refuses (no permission, no API). */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Whether this browser has a share sheet (Web Share API). */
export function canShare(): boolean {
  return typeof navigator !== 'undefined' && typeof navigator.share === 'function';
}

/** Opens the share sheet; 'cancelled' when the person closed it, which is no error. */
export async function shareText(data: {
  title: string;
  text?: string;
  url?: string;
}): Promise<'shared' | 'cancelled' | 'failed'> {
  try {
    await navigator.share(data);
    return 'shared';
  } catch (error) {
    return error instanceof DOMException && error.name === 'AbortError' ? 'cancelled' : 'failed';
  }
}
