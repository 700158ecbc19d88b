/**
 * Numbers the reader typed. A module apart from format.ts, so that only the widgets with fields to type in
 * (the `storage` chunk, see vite.widgets.config.ts) download it.
 */
import {getLocale} from './locale.js';
import {numberFormat} from './format.js';

/**
 * Parses a number the reader typed: trims, and takes a comma or a dot as the decimal point, in any
 * language ("12,5" is 12.5 on an English page too: a phone's number pad may have only the comma of the
 * reader's region). Anything else is refused, thousands included: "1.000" (de, es, fr) and "1,000" (en)
 * are a thousand to the reader but 1 to a decimal reading, so they are not guessed at ("0,500" can only be
 * a half). Spaces are dropped ("1 000,5" is how French writes a thousand and a half). The digits and
 * decimal separator of an Arabic or a Persian keyboard are read as ASCII ("٢٥", "۱۲٫۵": an English widget on
 * an Arabic site). Returns NaN when it isn't a number.
 */
export function parseNumber(text: string, locale: string = getLocale()): number {
  // ٠ is U+0660 and ۰ U+06F0: a digit's value is its code's last hex digit.
  const trimmed = text.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (c) => `${c.charCodeAt(0) % 16}`).replace(/\s+/g, '');
  // "10,000" or "10.000" with a mark that is not the locale's decimal point (its second character in
  // "1.5"): a thousand, or a decimal typed the other way. French groups with a space, so "1.000" there
  // had been read as 1.
  if (/^[+-]?[1-9]\d{0,2}([.,]\d{3})+$/.test(trimmed) && !trimmed.includes(numberFormat(locale).format(1.5)[1]!)) return NaN;
  // A comma, or the Arabic decimal separator U+066B, is a decimal point.
  const normalized = trimmed.replace(/[,\u066b]/, '.');
  return /^[+-]?(\d+\.?\d*|\.\d+)$/.test(normalized) ? Number(normalized) : NaN;
}
