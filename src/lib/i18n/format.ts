/**
 * Fills `{name}` placeholders. A placeholder without a value stays visible, so a missing
 * parameter shows up in review instead of silently vanishing.
 *
 * @example formatMessage('{count} Wörter', { count: 12 }) === '12 Wörter'
 */
export function formatMessage(
  template: string,
  params: Record<string, string | number> = {}
): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole
  );
}

/** The placeholder names a template uses, sorted; used to check translations. */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '').sort();
}

/** Thousands separators of the UI languages, as `Intl.NumberFormat` writes whole numbers. */
const GROUP_SEPARATOR = { de: '.', en: ',' } as const;

/**
 * A whole number with the UI language's thousands separator (`1.234` in German, `1,234` in
 * English), as `Intl.NumberFormat(locale).format` writes it. Without `Intl` on purpose: the
 * first `Intl.NumberFormat` of a page loads the locale's ICU data, 25–40 ms of main-thread time
 * on a fast desktop and four times that on a phone, and every page that shows a word count or
 * a due count would pay it while it starts. Other numbers (fractions, huge ones) go to `Intl`.
 *
 * @example formatInteger(12345, 'de') === '12.345'
 */
export function formatInteger(value: number, locale: keyof typeof GROUP_SEPARATOR): string {
  if (!Number.isSafeInteger(value)) return new Intl.NumberFormat(locale).format(value);
  const digits = String(Math.abs(value));
  const grouped = digits.replace(/\B(?=(\d{3})+$)/g, GROUP_SEPARATOR[locale]);
  return value < 0 ? `-${grouped}` : grouped;
}
