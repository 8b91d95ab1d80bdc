import { describe, expect, it } from 'vitest';
import { isIosBrowserTab } from './install';

const IPHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';
const IPAD_DESKTOP_MODE =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15';
const ANDROID =
  'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36';

describe('isIosBrowserTab', () => {
  it('is true in a tab on an iPhone or an iPad (which may say Macintosh)', () => {
    expect(isIosBrowserTab({ userAgent: IPHONE, maxTouchPoints: 5, standalone: false })).toBe(true);
    expect(
      isIosBrowserTab({ userAgent: IPAD_DESKTOP_MODE, maxTouchPoints: 5, standalone: false })
    ).toBe(true);
  });

  it('is false from the home screen, on a Mac and on Android', () => {
    expect(isIosBrowserTab({ userAgent: IPHONE, maxTouchPoints: 5, standalone: true })).toBe(false);
    expect(
      isIosBrowserTab({ userAgent: IPAD_DESKTOP_MODE, maxTouchPoints: 0, standalone: false })
    ).toBe(false);
    expect(isIosBrowserTab({ userAgent: ANDROID, maxTouchPoints: 5, standalone: false })).toBe(
      false
    );
  });
});
