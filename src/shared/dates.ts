/**
 * Calendar days as `yyyy-mm-dd` strings in the reader's time zone. Shared by the widgets that keep dated
 * data (shoe-mileage's runs, training-load's weeks); the weeks they fall in are in weeks.ts, which only
 * training-load uses (so the shoe page doesn't download them).
 */

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export const pad = (n: number) => String(n).padStart(2, '0');

/** Today in the reader's time zone, `yyyy-mm-dd`. */
export function today(now: Date = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** This moment as an ISO time (UTC), for when something was saved or changed. */
export const isoNow = (): string => new Date().toISOString();

/** Whether `text` is a real calendar day written `yyyy-mm-dd`. */
export function isDay(text: unknown): text is string {
  const m = typeof text === 'string' ? DAY.exec(text) : null;
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return y >= 1900 && date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}
