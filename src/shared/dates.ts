/**
 * Calendar days as `yyyy-mm-dd` strings in the reader's time zone, and dates for display. Shared by the
 * widgets that keep dated data (shoe-mileage's runs, training-load's weeks); the weeks they fall in are
 * in weeks.ts, which only training-load uses (so the shoe page doesn't download them).
 */
import type {ReactiveControllerHost} from 'lit';
import {DASH, cached} from './format.js';
import {getLocale} from './locale.js';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export const pad = (n: number) => String(n).padStart(2, '0');

/** Today in the reader's time zone, `yyyy-mm-dd`. */
export function today(now: Date = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * Draws `host` again, after calling `changed`, when the reader's day is no longer the one last seen, checked
 * when the page shows again (a phone unlocked the next morning) or hides, when focus comes into the widget
 * (a desktop tab left open overnight) and when it is connected again. What was worked out or filled in for
 * yesterday (the shoe list's run date, training-load's "This week" and the days under its weeks) would
 * otherwise date what the reader types today.
 */
export function watchDay(host: ReactiveControllerHost & HTMLElement, changed?: () => void): void {
  let day = today();
  const check = (): void => {
    if (day === (day = today())) return;
    changed?.();
    host.requestUpdate();
  };
  host.addController({
    hostConnected() {
      document.addEventListener('visibilitychange', check);
      host.addEventListener('focusin', check);
      check();
    },
    hostDisconnected() {
      document.removeEventListener('visibilitychange', check);
      host.removeEventListener('focusin', check);
    },
  });
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

/**
 * A calendar day ("2026-01-15") for display, "Jan 15, 2026" by default, in the widgets' current locale:
 * read in UTC, so no time zone moves it. One that is not a real day shows as an en dash.
 */
export function formatDay(day: string, options: Intl.DateTimeFormatOptions = {dateStyle: 'medium'}): string {
  const d = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? DASH : cached(Intl.DateTimeFormat, getLocale(), {...options, timeZone: 'UTC'}).format(d);
}
