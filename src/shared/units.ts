/**
 * Distance units. Everything is stored in kilometres at full precision; miles exist only for display
 * and input, so switching units never loses anything.
 */
import type {TemplateResult} from 'lit';
import {radioSwitch} from './roving.js';
import {msg, str} from '@lit/localize';
import {formatNumber, numberFormat} from './format.js';
import {parseNumber} from './parse.js';
import {getLocale} from './locale.js';
import {oneOf} from './attributes.js';

export const units = ['km', 'mi'] as const;
export type Unit = (typeof units)[number];

export const KM_PER_MILE = 1.609344;

export const toKm = (value: number, unit: Unit): number => (unit === 'mi' ? value * KM_PER_MILE : value);
export const fromKm = (km: number, unit: Unit): number => (unit === 'mi' ? km / KM_PER_MILE : km);

/** Miles for US and UK English readers, kilometres for everyone else. */
export function defaultUnit(languageTag: string | null | undefined): Unit {
  const tag = (languageTag ?? '').trim().toLowerCase().replace('_', '-');
  return tag === 'en-us' || tag === 'en-gb' || tag === 'en' ? 'mi' : 'km';
}

/** A unit's words a reader may type after the number, in our four languages ("20 km", "5 Meilen"). */
const TYPED: Record<Unit, RegExp> = {
  km: /\s*(km|kms|kil[oó]m[eéè]t(ern?|re|ro)s?)\.?$/i,
  mi: /\s*(mi|mill?es?|millas?|meilen?)\.?$/i,
};

/**
 * The number in a distance typed into a field in `unit`: "20" or "20 km" in a km field is 20 (the
 * unit it asks for, written out, is what the reader meant). NaN when it is not a number; 'other-unit'
 * when it names the other unit, which is not converted behind the reader's back.
 */
export function typedDistance(text: string, unit: Unit, locale?: string): number | 'other-unit' {
  const trimmed = text.trim();
  if (TYPED[unit === 'km' ? 'mi' : 'km'].test(trimmed)) return 'other-unit';
  return parseNumber(trimmed.replace(TYPED[unit], ''), locale);
}

/**
 * A page's `unit` attribute: `km` or `mi`, or a unit's name as a page may write it ("miles",
 * "kilometres", "Meilen"). Anything else gives `fallback` with one warning.
 */
export function unitAttribute(host: {localName: string}, value: unknown, fallback: Unit): Unit {
  const text = String(value ?? '').trim();
  const named = text ? units.find((unit) => !text.replace(TYPED[unit], '')) : undefined;
  return oneOf(host, 'unit', named ?? value, units, fallback);
}

/** The error for a distance typed with the other unit: "Enter the distance in miles, like 5.5." */
export function otherUnitText(unit: Unit, like: number): string {
  const name = unitName(unit);
  const example = formatNumber(like);
  return msg(str`Enter the distance in ${name}, like ${example}.`);
}

/** `formatDistance()`'s options for words a screen reader says: "12.4 miles", not "12.4 mi". */
export const LONG: Intl.NumberFormatOptions = {unitDisplay: 'long'};

/** "12.4 mi" / "20 km", with Intl unit formatting in the current locale. */
export function formatDistance(km: number, unit: Unit, options: Intl.NumberFormatOptions = {}): string {
  // Kept on one line: English, German and Spanish put an ordinary space before the unit, and a narrow
  // widget broke "800 / km" across two lines.
  return formatNumber(fromKm(km, unit), {
    style: 'unit',
    unit: unit === 'mi' ? 'mile' : 'kilometer',
    unitDisplay: 'short',
    maximumFractionDigits: 1,
    ...options,
  }).replace(/ /g, '\u00a0');
}

/**
 * The ends `formatRange()` shows, in `unit`: whole kilometres or miles, rounded inwards, where a range is
 * left (a runner plans "22–24 km", not "21.7–24.8 km", and the ends stay within the advice).
 */
export function shownRange(lowKm: number, highKm: number, unit: Unit): [number, number] {
  const [lo, hi] = [fromKm(lowKm, unit), fromKm(highKm, unit)];
  return hi - lo >= 2 ? [Math.ceil(lo - 1e-6), Math.floor(hi + 1e-6)] : [lo, hi];
}

/**
 * "18–20 mi", or "3.2–4.8 mi" where whole numbers would leave no range; `spoken`, "18 to 20 miles": for
 * what a screen reader says (at its usual settings it drops the dash: "18 20 mi") and for a range in a
 * sentence. One figure when both ends show alike.
 */
export function formatRange(lowKm: number, highKm: number, unit: Unit, spoken = false): string {
  const [lo, hi] = shownRange(lowKm, highKm, unit);
  const low = formatNumber(lo);
  const high = formatDistance(toKm(hi, unit), unit, spoken ? LONG : {});
  if (low === formatNumber(hi)) return high;
  return spoken ? msg(str`${low} to ${high}`) : `${low}–${high}`;
}

/** The unit's word in the current locale: short ("mi", "km") or, for screen readers, long ("miles"). */
function unitWord(unit: Unit, unitDisplay: 'short' | 'long'): string {
  const parts = numberFormat(getLocale(), {style: 'unit', unit: unit === 'mi' ? 'mile' : 'kilometer', unitDisplay}).formatToParts(2);
  return parts.find((p) => p.type === 'unit')?.value ?? unit;
}

/** The unit's short symbol in the current locale ("mi", "km"). */
export const unitSymbol = (unit: Unit): string => unitWord(unit, 'short');

/** The unit's full name in the current locale ("miles", "kilometres"), said where "mi" would be read as a word. */
export const unitName = (unit: Unit): string => unitWord(unit, 'long');

/** "Converted from miles to kilometers.", the units in words (said: "mi" is read as a word). */
export function convertedText(from: Unit, to: Unit): string {
  const [a, b] = [unitName(from), unitName(to)];
  return msg(str`Converted from ${a} to ${b}.`);
}

/**
 * The km/mi switch of the widgets that take distances. Each choice shows its symbol and is named with
 * the unit's name too ("mi (miles)"): a screen reader reads "mi" as a word.
 */
export const unitSwitch = (current: Unit, set: (unit: Unit) => void): TemplateResult =>
  radioSwitch(msg('Unit'), units.map((u) => [u, unitSymbol(u), `${unitSymbol(u)} (${unitName(u)})`] as const), current, set, 'unit');
