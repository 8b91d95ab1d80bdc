import { describeInterval, type IntervalUnit } from '$lib/core/srs';
import type { Locale } from '$lib/i18n/index.svelte';

/**
 * Intervals and due dates in words, through `Intl` so plurals and abbreviations come out right
 * in each UI language ("1 Tag" / "4 Tg.", "morgen" / "in 3 Tagen").
 */

/** A rating button's interval, short: "10 Min.", "4 Tg.", "1,5 Mon." */
export function intervalLabel(
  interval: { amount: number; unit: IntervalUnit },
  locale: Locale
): string {
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: interval.unit,
    unitDisplay: 'short',
    maximumFractionDigits: 1
  }).format(interval.amount);
}

/** When something falls due, relative to now: "in 10 Minuten", "morgen", "in 3 Tagen". */
export function relativeDue(dueMs: number, nowMs: number, locale: Locale): string {
  const { amount, unit } = describeInterval(Math.max(0, dueMs - nowMs));
  return new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(amount, unit);
}

/** The calendar date and time, for beside the relative one. */
export function dateTime(ms: number, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(ms);
}
