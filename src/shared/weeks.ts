/**
 * The weeks `yyyy-mm-dd` days fall in, for training-load's calendar. Apart from dates.ts so that the shoe
 * page, which shares that module, doesn't download them.
 */
import {pad} from './dates.js';
import {cached} from './format.js';
import {getLocale} from './locale.js';

const DAY_MS = 86_400_000;

/** Midnight UTC of a `yyyy-mm-dd` day, so that day arithmetic never meets a daylight-saving change. */
const utc = (day: string): number => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
};
const fromUtc = (t: number): string => {
  const date = new Date(t);
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
};

/** The Monday of the week `day` falls in (weeks run Monday to Sunday, as ISO 8601 has them). */
export function weekOf(day: string): string {
  const t = utc(day);
  const sinceMonday = (new Date(t).getUTCDay() + 6) % 7;
  return fromUtc(t - sinceMonday * DAY_MS);
}

/** `day` moved by `weeks` weeks. */
export function addWeeks(day: string, weeks: number): string {
  return fromUtc(utc(day) + weeks * 7 * DAY_MS);
}

/** Whole weeks from the week of `from` to the week of `to`: 0 in the same week, negative when `to` is earlier. */
export function weeksBetween(from: string, to: string): number {
  return Math.round((utc(weekOf(to)) - utc(weekOf(from))) / (7 * DAY_MS));
}

/**
 * The week starting on Monday `monday` as the reader's calendar writes a span of days ("Nov 30 – Dec 6",
 * "30 nov – 6 dic"), so that weekly totals copied from a running app land in the right row.
 */
export function formatWeek(monday: string, locale: string = getLocale()): string {
  const start = utc(monday);
  const format = cached(Intl.DateTimeFormat, locale, {day: 'numeric', month: 'short', timeZone: 'UTC'});
  // A line may break after the dash but not inside a date: "30. Nov. –" above "6. Dez.", not "Nov" above "30".
  return format
    .formatRange(new Date(start), new Date(start + 6 * DAY_MS))
    .replace(/\s/g, '\u00a0')
    .replace(/([–-])\u00a0/, '$1 ');
}
