/**
 * Numbers and lists for display, always through Intl in the current widget locale. Never returns "NaN",
 * "Infinity" or an empty string: a non-finite value shows as an en dash. Dates are in dates.ts, and parsing
 * what a reader typed in parse.ts: only the widgets that keep data (the `storage` chunk) use them.
 */
import {getLocale} from './locale.js';

/** What a number or date that can't be shown shows instead. */
export const DASH = '–';

const formats = new Map<string, unknown>();

/**
 * One Intl formatter per kind, locale and options, made on first use and then reused: making one costs
 * far more than formatting with it, and a widget formats dozens of numbers each render.
 */
export function cached<F, O>(Format: new (locale: string, options: O) => F, locale: string, options: O): F {
  const key = `${Format.name} ${locale} ${JSON.stringify(options)}`;
  let format = formats.get(key) as F | undefined;
  if (!format) formats.set(key, (format = new Format(locale, options)));
  return format;
}

export const numberFormat = (locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat =>
  cached(Intl.NumberFormat, locale, options);

/** `locale` defaults to the widgets' current locale. */
export function formatNumber(value: number, options: Intl.NumberFormatOptions = {}, locale: string = getLocale()): string {
  if (!Number.isFinite(value)) return DASH;
  // Whole numbers under a thousand are plain digits in all four languages (a test holds every one to
  // Intl's), so they skip it: the first Intl formatter a page makes loads the browser's locale data, 25 to
  // 70 ms here and four times that on a slow phone, and the map's first tap paid it to count its causes.
  if (Number.isInteger(value) && Math.abs(value) < 1000 && !Object.keys(options).length) return String(value);
  return numberFormat(locale, {maximumFractionDigits: 1, ...options}).format(value);
}

/** Joins items the way the locale writes a list: "a, b, and c", "a, b y c", "a, b und c". */
export function formatList(items: readonly string[], locale: string = getLocale(), type: 'conjunction' | 'disjunction' = 'conjunction'): string {
  return cached(Intl.ListFormat, locale, {type} as Intl.ListFormatOptions).format(items);
}
