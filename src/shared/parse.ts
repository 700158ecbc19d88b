/**
 * Numbers the reader typed. A module apart from format.ts, so that only the widgets with fields to type in
 * (the `storage` chunk, see vite.widgets.config.ts) download it.
 */
import {getLocale} from './locale.js';
import {numberFormat} from './format.js';

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
