// The library on a 390×844 phone stays where it is while storage answers: the "Weiterlernen"
// card and each set's progress line are in the prerendered page with their line kept free.
import { expect, test } from '@playwright/test';

test.use({ viewport: { width: 390, height: 844 } });

// Regression: the card and the progress lines appeared after the first paint and pushed the
// articles down (Lighthouse CLS 0.127 on the library).
test('the library does not move when the due counts and set progress arrive', async ({ page }) => {
  await page.addInitScript(() => {
    const shifts: number[] = [];
    Object.assign(window, { layoutShifts: shifts });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
      })[]) {
        if (!entry.hadRecentInput) shifts.push(entry.value);
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto('/');
  await expect(page.locator('#due-today [data-count="due"]')).toBeVisible();
  await expect(page.locator('[data-progress-of="hikvision-kanada"]')).toBeVisible();
  const shifts = await page.evaluate(
    () => (window as unknown as { layoutShifts: number[] }).layoutShifts
  );
  expect(shifts).toEqual([]);
});
