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
 * Parses a number the reader typed: trims, accepts the locale's decimal separator (a comma in es, fr
 * and de, so "12,5" is 12.5) as well as a dot, and rejects anything else (thousands separators
 * included: "1.000" is ambiguous, so it is not guessed at). Returns NaN when it isn't a number.
 */
export function parseNumber(text: string, locale: string = getLocale()): number {
  const trimmed = text.trim().replace(/\s+/g, '');
  if (trimmed === '') return NaN;
  const parts = numberFormat(locale).formatToParts(12345.5);
  const decimal = parts.find((p) => p.type === 'decimal')?.value ?? '.';
  const group = parts.find((p) => p.type === 'group')?.value;
  // Where "." groups thousands (de, es), "1.000" means a thousand to the reader but 1 to a dot-decimal
  // parser: refuse it rather than guess.
  if (group === '.' && /^[+-]?\d{1,3}(\.\d{3})+$/.test(trimmed)) return NaN;
  const normalized = decimal === ',' ? trimmed.replace(',', '.') : trimmed;
  if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(normalized)) return NaN;
  return Number(normalized);
}
