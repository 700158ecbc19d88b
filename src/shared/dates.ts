/**
 * Calendar days as `yyyy-mm-dd` strings in the reader's time zone, and the weeks they fall in. Shared by
 * the widgets that keep dated data (shoe-mileage's runs, training-load's weeks).
 */

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

const pad = (n: number) => String(n).padStart(2, '0');

/** Today in the reader's time zone, `yyyy-mm-dd`. */
export function today(now: Date = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Whether `text` is a real calendar day written `yyyy-mm-dd`. */
export function isDay(text: unknown): text is string {
  const m = typeof text === 'string' ? DAY.exec(text) : null;
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return y >= 1900 && date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

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
