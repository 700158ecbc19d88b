/**
 * The training-load calculations, as pure functions over weekly distances in kilometres (oldest first,
 * the last entry is this week). No DOM, no locale, no text: the widget turns the results into words.
 *
 * Every result is either finite numbers or an explicit `{kind: 'not-available', reason}`; nothing here
 * ever returns NaN or Infinity, whatever it is given.
 */
import type {Unit} from '../shared/units.js';

/** The fewest and most weeks the widget takes. */
export const MIN_WEEKS = 4;
export const MAX_WEEKS = 8;
/** Weeks averaged for the chronic load. */
const CHRONIC_WEEKS = 4;
/** Weeks of history the ratio needs: this week and the four before it. */
export const RATIO_WEEKS = CHRONIC_WEEKS + 1;

/** Band limits of the acute:chronic workload ratio, as common calculators use them. */
export const LOW_BELOW = 0.8;
export const STEADY_UP_TO = 1.3;
export const CAUTION_UP_TO = 1.5;

/** Next week may rise by about this much over this week. */
export const MAX_RISE = 0.1;
/** Without a ratio, a rise over last week above this counts as a big jump. */
const BIG_JUMP = 0.1;
/** A cut-back week is this much lighter than this week. */
export const CUT_BACK_LEAST = 0.2;
export const CUT_BACK_MOST = 0.3;
/** Build weeks in a row after which a lighter week is suggested... */
const BUILD_STREAK = 3;
/** ...when together they added at least this much (20, 20.1, 20.2, 20.3 is holding steady, not building). */
export const BUILD_MIN_TOTAL = 0.1;
/** After a much lighter week, next week starts at the bottom of the steady band, up to this ratio. */
const REBUILD_UP_TO = 0.9;

/** More than this in one week is not a plausible entry (a typo, or the wrong unit). */
export const ABSURD: Readonly<Record<Unit, number>> = {km: 500, mi: 300};
/**
 * A week more than this many times every other week (one of which is above 0) may be a typo: 300 for 30.
 * It stays the reader's number, but no range for next week is worked out from it.
 */
export const OUTLIER = 5;

export const bands = ['low', 'steady', 'caution', 'spike'] as const;
export type Band = (typeof bands)[number];

/** The articles' questions: each one checked makes the advice one step more careful. */
export const factorIds = ['intensity', 'terrain', 'new-activity', 'sleep'] as const;
export type FactorId = (typeof factorIds)[number];

/** How careful the advice is: 0 on track, 1 go carefully, 2 run less, 3 run much less. */
export type Level = 0 | 1 | 2 | 3;
const MAX_LEVEL: Level = 3;

export interface NotAvailable<R extends string> {
  readonly kind: 'not-available';
  readonly reason: R;
}

export type WeekChange =
  | {readonly kind: 'change'; /** (this − last) / last; 0 when both are 0. */ readonly fraction: number}
  | NotAvailable<'too-few-weeks' | 'from-zero' | 'invalid'>;

export type Ratio =
  | {
      readonly kind: 'ratio';
      /** acute / chronic, unrounded. */
      readonly value: number;
      /** The ratio to two decimals, as shown; the band is read from it so the two always agree. */
      readonly rounded: number;
      /** This week. */
      readonly acute: number;
      /** Average of the four weeks before this week. */
      readonly chronic: number;
      readonly band: Band;
    }
  | NotAvailable<'too-few-weeks' | 'no-base' | 'invalid'>;

export type Suggestion =
  | {
      readonly kind: 'range';
      readonly low: number;
      readonly high: number;
      /** The chronic load next week's ratio will be measured against: the average of the last four weeks. */
      readonly basis: number;
      /** True when the 10% limit over this week lowered the top of the range. */
      readonly capped: boolean;
      /** True after a much lighter week: the range starts at the bottom of the steady band instead. */
      readonly rebuild: boolean;
      /** True when the advice is to go carefully and the top was lowered to this week (`analyse()` only). */
      readonly held: boolean;
      /** True when this is the lighter week after three build weeks (`analyse()` only). */
      readonly lighter: boolean;
      /**
       * True when the reader is running again after four weeks of none (`analyse()` only): the ratio has no
       * base, and the steady band of next week's would be a fraction of this week. Next week is held to
       * this week instead, from 80% of it, and `basis` is this week.
       */
      readonly restart: boolean;
    }
  /** `outlier` (from `analyse()`): a week may be a typo (see `outlier()`). */
  | NotAvailable<'too-few-weeks' | 'no-base' | 'invalid' | 'outlier'>;

export type CutBack =
  | {readonly kind: 'cut-back'; readonly low: number; readonly high: number}
  /** `band-lower` (from `analyse()`): after a spike, the steady band's range is already lighter still. */
  | NotAvailable<'no-streak' | 'small-build' | 'too-few-weeks' | 'invalid' | 'band-lower' | 'outlier'>;

export interface Verdict {
  /** How careful the advice is, after the checked questions. */
  readonly level: Level;
  /** The level from the numbers alone. */
  readonly base: Level;
  /** What the base level was read from. */
  readonly basis: 'ratio' | 'change' | 'none';
  readonly band: Band | null;
  /** This week rose by more than 10% over last week (or from 0). Without a ratio it sets the level; with
   * a steady ratio it still makes the advice one step more careful. */
  readonly bigJump: boolean;
  /** How many of the questions were checked. */
  readonly factors: number;
}

export interface Analysis {
  /** True when every week is a finite, non-negative number and there are at least four. */
  readonly usable: boolean;
  /** Every week is 0: nothing to compare. */
  readonly allZero: boolean;
  readonly change: WeekChange;
  readonly ratio: Ratio;
  readonly verdict: Verdict;
  readonly next: Suggestion;
  readonly cutBack: CutBack;
}

const notAvailable = <R extends string>(reason: R): NotAvailable<R> => ({kind: 'not-available', reason});

/** A finite number that is not negative. */
export const isDistance = (km: unknown): km is number => typeof km === 'number' && Number.isFinite(km) && km >= 0;

const valid = (weeks: readonly number[]): boolean => weeks.every(isDistance);

const mean = (values: readonly number[]): number => {
  // Divide first so that huge values cannot overflow the sum.
  let total = 0;
  for (const v of values) total += v / values.length;
  return total;
};

/** `value` when finite, otherwise not available: `invalid`. */
const finiteOr = <T>(value: number, make: () => T): T | NotAvailable<'invalid'> => (Number.isFinite(value) ? make() : notAvailable('invalid'));

/**
 * Rounds a ratio to two decimals the way Intl shows it (half away from zero on the decimal the
 * number prints as), so `1.305` is 1.31 here and on screen.
 */
export function roundRatio(ratio: number): number {
  const hundredths = ratio * 100;
  // Too large to have hundredths (or not a number at all): nothing to round.
  if (!Number.isFinite(hundredths) || Math.abs(hundredths) > Number.MAX_SAFE_INTEGER) return ratio;
  return Math.round(Number(hundredths.toPrecision(12))) / 100;
}

/** The band of a (rounded) ratio: under 0.8 low, 0.8–1.3 steady, over 1.3 to 1.5 caution, over 1.5 spike. */
export function bandOf(ratio: number): Band {
  if (ratio < LOW_BELOW) return 'low';
  if (ratio <= STEADY_UP_TO) return 'steady';
  if (ratio <= CAUTION_UP_TO) return 'caution';
  return 'spike';
}

/** Checks one distance the reader typed, in `unit`. */
export function checkDistance(value: number, unit: Unit): 'ok' | 'not-a-number' | 'negative' | 'absurd' {
  if (!Number.isFinite(value)) return 'not-a-number';
  if (value < 0) return 'negative';
  if (value > ABSURD[unit]) return 'absurd';
  return 'ok';
}

/**
 * Whether week `i` is more than `OUTLIER` times each of the others (`null`: not filled in), one of which is
 * above 0. After weeks of 0 any first week is a start, not a typo.
 */
export function outlier(weeks: readonly (number | null)[], i: number): boolean {
  const own = weeks[i];
  const most = Math.max(0, ...weeks.filter((w, j): w is number => j !== i && w !== null));
  return own != null && most > 0 && own > OUTLIER * most;
}

/** This week against last week. */
export function weekChange(weeks: readonly number[]): WeekChange {
  if (!valid(weeks)) return notAvailable('invalid');
  if (weeks.length < 2) return notAvailable('too-few-weeks');
  const last = weeks.at(-2)!;
  const now = weeks.at(-1)!;
  if (last === 0) return now === 0 ? {kind: 'change', fraction: 0} : notAvailable('from-zero');
  const fraction = now / last - 1;
  return finiteOr(fraction, () => ({kind: 'change', fraction}));
}

/** The acute:chronic workload ratio: this week divided by the average of the four weeks before it. */
export function workloadRatio(weeks: readonly number[]): Ratio {
  if (!valid(weeks)) return notAvailable('invalid');
  if (weeks.length < RATIO_WEEKS) return notAvailable('too-few-weeks');
  const acute = weeks.at(-1)!;
  const chronic = mean(weeks.slice(-RATIO_WEEKS, -1));
  if (chronic === 0) return notAvailable('no-base');
  const value = acute / chronic;
  if (!Number.isFinite(value) || !Number.isFinite(chronic)) return notAvailable('no-base');
  const rounded = roundRatio(value);
  return {kind: 'ratio', value, rounded, acute, chronic, band: bandOf(rounded)};
}

/**
 * A range for next week: the average of the last four weeks (this one included) is the chronic load
 * next week will be measured against, so next week lands in the steady band between 0.8 and 1.3 times
 * that average. The top is also held to about 10% above this week. After a much lighter week (when 10%
 * above it is still below the steady band) the range is the bottom of the band, 0.8 to 0.9 times.
 */
export function suggestNextWeek(weeks: readonly number[]): Suggestion {
  if (!valid(weeks)) return notAvailable('invalid');
  if (weeks.length < CHRONIC_WEEKS) return notAvailable('too-few-weeks');
  const basis = mean(weeks.slice(-CHRONIC_WEEKS));
  if (basis === 0 || !Number.isFinite(basis)) return notAvailable('no-base');
  const now = weeks.at(-1)!;
  const bottom = basis * LOW_BELOW;
  const top = basis * STEADY_UP_TO;
  const limit = now * (1 + MAX_RISE);
  let low = bottom;
  let high = Math.min(top, limit);
  let rebuild = false;
  // (A tolerance: at a tie, such as 10% above 138.64 against 0.8 × 190.63, both 152.504, rounding alone
  // must not decide, or the same weeks in miles and in km would get different advice. A tie rebuilds:
  // otherwise the range would be empty, from the bottom of the band to that same bottom.)
  if (high <= bottom * (1 + 1e-9)) {
    rebuild = true;
    high = basis * REBUILD_UP_TO;
  }
  // Guard the ordering against rounding in the products.
  low = Math.min(low, high);
  if (!Number.isFinite(low) || !Number.isFinite(high)) return notAvailable('no-base');
  return {kind: 'range', low, high, basis, capped: !rebuild && limit < top, rebuild, held: false, lighter: false, restart: false};
}

/** How many weeks in a row, ending with this week, each went up from the week before. */
export function buildStreak(weeks: readonly number[]): number {
  if (!valid(weeks)) return 0;
  let streak = 0;
  for (let i = weeks.length - 1; i > 0 && weeks[i]! > weeks[i - 1]!; i--) streak++;
  return streak;
}

/** After three build weeks in a row that added 10% or more in all: a lighter week, 20–30% under this week. */
export function cutBackWeek(weeks: readonly number[]): CutBack {
  if (!valid(weeks)) return notAvailable('invalid');
  if (weeks.length < BUILD_STREAK + 1) return notAvailable('too-few-weeks');
  if (buildStreak(weeks) < BUILD_STREAK) return notAvailable('no-streak');
  // (A tolerance, so that 20 to 22 counts as the full 10%.)
  if (weeks.at(-1)! < weeks.at(-1 - BUILD_STREAK)! * (1 + BUILD_MIN_TOTAL) - 1e-9) return notAvailable('small-build');
  const now = weeks.at(-1)!;
  const low = now * (1 - CUT_BACK_MOST);
  const high = now * (1 - CUT_BACK_LEAST);
  return finiteOr(high, () => ({kind: 'cut-back', low, high}));
}

const baseLevel: Readonly<Record<Band, Level>> = {low: 0, steady: 0, caution: 1, spike: 2};

/**
 * The verdict: the band (or, without a ratio, the jump from last week), one step more careful per checked
 * question. A jump of more than 10% over last week to a new high (`newHigh`: more than each of the four
 * weeks before) is at least "go carefully" even when the ratio is steady: a week can be 30% up and still
 * within 1.3 of the average. Coming back to a level already run, after a lighter week, is not.
 */
export function verdictFor(ratio: Ratio, change: WeekChange, factors: number, newHigh = true): Verdict {
  const count = Number.isFinite(factors) ? Math.max(0, Math.floor(factors)) : 0;
  let base: Level = 0;
  let basis: Verdict['basis'] = 'none';
  // (A tolerance, so that 10 to 11, whose fraction is 0.10000000000000009, is not more than 10%.)
  const bigJump = change.kind === 'change' ? change.fraction > BIG_JUMP + 1e-9 : change.reason === 'from-zero';
  let band: Band | null = null;
  if (ratio.kind === 'ratio') {
    band = ratio.band;
    base = baseLevel[band];
    if (band === 'steady' && bigJump && newHigh) base = 1;
    basis = 'ratio';
  } else if (change.kind === 'change' || change.reason === 'from-zero') {
    base = bigJump ? 1 : 0;
    basis = 'change';
  }
  const level = Math.min(MAX_LEVEL, base + count) as Level;
  return {level, base, basis, band, bigJump, factors: count};
}

/** Everything the widget shows, from the weeks (km, oldest first) and the checked questions. */
export function analyse(weeks: readonly number[], factors: Iterable<FactorId> = []): Analysis {
  const known = new Set<string>(factorIds);
  const checked = new Set([...factors].filter((f) => known.has(f))).size;
  const usable = weeks.length >= MIN_WEEKS && valid(weeks);
  const list = usable ? weeks : [Number.NaN];
  const change = weekChange(list);
  const ratio = workloadRatio(list);
  const now = list.at(-1)!;
  const newHigh = usable && weeks.length > 1 && now > Math.max(...weeks.slice(-RATIO_WEEKS, -1));
  const verdict = verdictFor(ratio, change, checked, newHigh);
  const range = suggestNextWeek(list);
  let cutBack = cutBackWeek(list);
  // After a spike the band's own range can be lighter than "20-30% under this week": that one is next week's.
  if (cutBack.kind === 'cut-back' && range.kind === 'range' && cutBack.high > range.high + 1e-9) cutBack = notAvailable('band-lower');
  // 300 typed for 30 after weeks of 20 made next week 72-118 km: no distances for next week from a week
  // that may be a typo. The verdict stands (a big jump, if the number is right).
  const typo = usable && weeks.some((_, i) => outlier(weeks, i));
  return {
    usable,
    allZero: usable && weeks.every((w) => w === 0),
    change,
    ratio,
    verdict,
    next: typo ? notAvailable('outlier') : nextWeek(range, verdict, cutBack, now, ratio),
    cutBack: typo ? notAvailable('outlier') : cutBack,
  };
}

/**
 * One range for next week that agrees with the rest of the advice: after three build weeks it is the
 * lighter week; when the advice is to go carefully, its top is no higher than this week (unless this
 * week was a low one, which the reader is building back from, or is already below the range). After
 * four weeks with no running it is this week at most (see `restart`): 0, 0, 0, 0 and 10 km would
 * otherwise give 2–3.25 km, a cut of 70% under advice to hold back a little.
 */
function nextWeek(next: Suggestion, verdict: Verdict, cutBack: CutBack, now: number, ratio: Ratio): Suggestion {
  if (next.kind !== 'range') return next;
  if (ratio.kind === 'not-available' && ratio.reason === 'no-base' && now > 0) {
    return {...next, low: now * LOW_BELOW, high: now, basis: now, capped: false, rebuild: false, restart: true};
  }
  if (cutBack.kind === 'cut-back') return {...next, low: cutBack.low, high: cutBack.high, capped: false, rebuild: false, lighter: true};
  if (verdict.level >= 1 && verdict.band !== 'low' && !next.rebuild && next.high > now && now > next.low) {
    return {...next, high: now, held: true};
  }
  return next;
}
