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
