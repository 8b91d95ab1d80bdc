// Answers whatever question is on screen through its controls, in any engine.
import type { EnginePage } from './engine';

/** Answers the question on screen through its controls; right or wrong does not matter here. */
export async function answerSomehow(page: EnginePage) {
  const kind = await page.evaluate(() => {
    const form = document.querySelector('main form');
    if (!form) return 'none';
    if (form.querySelector('input[type="radio"]')) return 'radio';
    const selects = [...form.querySelectorAll('select')];
    if (selects.length > 0) {
      selects.forEach((select, index) => {
        select.selectedIndex = Math.min(index + 1, select.options.length - 1);
        select.dispatchEvent(new Event('change', { bubbles: true }));
      });
      return 'select';
    }
    const field = form.querySelector<HTMLInputElement>(
      'input[type="text"], input:not([type]), textarea'
    );
    if (field && field.getClientRects().length > 0) return 'text';
    return 'word';
  });
  if (kind === 'radio') {
    const label = await page.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('main form input[type="radio"]');
      return (input?.labels?.[0]?.textContent ?? '').replace(/\s+/g, ' ').trim();
    });
    await page.click('radio', label);
  } else if (kind === 'text') {
    await page.evaluate(() => {
      const field = document.querySelector<HTMLInputElement>(
        'main form input[type="text"], main form input:not([type]), main form textarea'
      )!;
      field.focus();
      field.value = 'Kanada';
      field.dispatchEvent(new Event('input', { bubbles: true }));
    });
  } else if (kind === 'word') {
    const word = await page.evaluate(() => {
      const button = document.querySelector('main form [role="group"] button');
      return (button?.textContent ?? '').replace(/\s+/g, ' ').trim();
    });
    await page.click('button', word);
  }
}
