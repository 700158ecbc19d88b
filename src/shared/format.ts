/**
 * Numbers, distances and dates for display, always through Intl in the current widget locale.
 * Never returns "NaN", "Infinity" or an empty string: a non-finite value shows as an en dash.
 */
import {getLocale} from './locale.js';

const DASH = '–';

const formats = new Map<string, unknown>();

/**
 * One Intl formatter per kind, locale and options, made on first use and then reused: making one costs
 * far more than formatting with it, and a widget formats dozens of numbers each render.
 */
function cached<F, O>(Format: new (locale: string, options: O) => F, locale: string, options: O): F {
  const key = `${Format.name} ${locale} ${JSON.stringify(options)}`;
  let format = formats.get(key) as F | undefined;
  if (!format) formats.set(key, (format = new Format(locale, options)));
  return format;
}

export const numberFormat = (locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat =>
  cached(Intl.NumberFormat, locale, options);

const dateFormat = (locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat => cached(Intl.DateTimeFormat, locale, options);

/** `locale` defaults to the widgets' current locale. */
export function formatNumber(value: number, options: Intl.NumberFormatOptions = {}, locale: string = getLocale()): string {
  if (!Number.isFinite(value)) return DASH;
  return numberFormat(locale, {maximumFractionDigits: 1, ...options}).format(value);
}

export function formatDate(date: Date | string | number, options: Intl.DateTimeFormatOptions = {dateStyle: 'medium'}, locale: string = getLocale()): string {
  const d = date instanceof Date ? date : new Date(date);
  if (Number.isNaN(d.getTime())) return DASH;
  return dateFormat(locale, options).format(d);
}

/** Joins items the way the locale writes a list: "a, b, and c", "a, b y c", "a, b und c". */
export function formatList(items: readonly string[], locale: string = getLocale(), type: 'conjunction' | 'disjunction' = 'conjunction'): string {
  return cached(Intl.ListFormat, locale, {type} as Intl.ListFormatOptions).format(items);
}

/**
 * Parses a number the reader typed: trims, and takes a comma or a dot as the decimal point, in any
 * language ("12,5" is 12.5 on an English page too: a phone's number pad may have only the comma of the
 * reader's region). Anything else is refused, thousands included: "1.000" (de, es) and "1,000" (en) are
 * a thousand to the reader but 1 to a decimal reading, so they are not guessed at ("0,500" can only be
 * a half). Spaces are dropped ("1 000,5" is how French writes a thousand and a half). Returns NaN when
 * it isn't a number.
 */
export function parseNumber(text: string, locale: string = getLocale()): number {
  const trimmed = text.trim().replace(/\s+/g, '');
  const group = numberFormat(locale).formatToParts(12345).find((p) => p.type === 'group')?.value;
  if (group && trimmed.includes(group) && /^[+-]?[1-9]\d{0,2}([.,]\d{3})+$/.test(trimmed)) return NaN;
  const normalized = trimmed.replace(',', '.');
  return /^[+-]?(\d+\.?\d*|\.\d+)$/.test(normalized) ? Number(normalized) : NaN;
}
