/**
 * Whether the app runs in a browser tab on iOS or iPadOS (every browser there is WebKit), not
 * from the home screen. Safari may delete a site's storage after seven days without use unless
 * it was added to the home screen, and iOS has no `beforeinstallprompt`: the app has to explain
 * Share → "Zum Home-Bildschirm" itself.
 *
 * @example isIosBrowserTab({ userAgent: 'Mozilla/5.0 (iPhone; …)', maxTouchPoints: 5, standalone: false }) // true
 */
export function isIosBrowserTab(device: {
  userAgent: string;
  maxTouchPoints: number;
  /** `navigator.standalone` or `(display-mode: standalone)`: opened from the home screen. */
  standalone: boolean;
}): boolean {
  if (device.standalone) return false;
  if (/\b(iPhone|iPad|iPod)\b/.test(device.userAgent)) return true;
  // iPadOS 13+ says "Macintosh"; only the touch screen tells it from a Mac.
  return /\bMacintosh\b/.test(device.userAgent) && device.maxTouchPoints > 1;
}
