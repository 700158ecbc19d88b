/**
 * The data model of `<shoe-mileage>` and every piece of its logic that is not UI: statuses, totals,
 * validation (of stored data, of imported files and of what the reader types), changes, export, import
 * and merging. Pure functions over plain, immutable data: a change returns a new document.
 *
 * Distances are kept in kilometres at full precision; miles exist only for display and input.
 */
import {KM_PER_MILE, fromKm, toKm, typedDistance, type Unit} from '../shared/units.js';
import {isDay, today} from '../shared/dates.js';
import {parseNumber} from '../shared/parse.js';
import {fromJson, own, toJson} from '../shared/json.js';

export const wearSigns = ['uneven-soles', 'less-comfort', 'new-soreness'] as const;
/** A sign of a worn-out shoe (from the articles): uneven wear on the soles, less comfort, new soreness. */
export type WearSign = (typeof wearSigns)[number];

export type ShoeStatus = 'fresh' | 'mid-life' | 'replace-soon' | 'replace-now';

export interface Run {
  readonly id: string;
  /** Distance in kilometres, full precision. */
  readonly km: number;
  /** Day of the run, `yyyy-mm-dd`. */
  readonly date: string;
  /** ISO timestamp of the last change. */
  readonly updatedAt: string;
}

/** A run deleted here: its id and when, so an import of an older copy doesn't bring it back. */
export interface DeletedRun {
  readonly id: string;
  readonly deletedAt: string;
}

export interface Shoe {
  readonly id: string;
  readonly name: string;
  /** Make and model; may be empty. */
  readonly model: string;
  /** Distance the shoe had already run when it was added, in km. */
  readonly startKm: number;
  /** This shoe's own replacement distance in km (overrides the widget's). */
  readonly limitKm?: number;
  /** This shoe's own "replace soon" distance in km. */
  readonly warnKm?: number;
  /** Retired: kept with its history, out of the active list. */
  readonly retired: boolean;
  /** Marked for replacement from the wear checklist. */
  readonly replaceFlag: boolean;
  /** The signs of wear the reader ticked. */
  readonly wear: readonly WearSign[];
  readonly runs: readonly Run[];
  /**
   * The runs deleted on this device (the newest MAX_RUNS): kept here only, never exported or taken from a
   * file, as an import skips a run "deleted on this device". Optional: documents saved before had none.
   */
  readonly deletedRuns?: readonly DeletedRun[];
  readonly createdAt: string;
  readonly updatedAt: string;
  /** A deleted shoe leaves a tombstone (no name, no runs), so a merge can't bring it back by mistake. */
  readonly deleted?: true;
}

export interface ShoeDoc {
  readonly shoes: readonly Shoe[];
  /**
   * The reader's own choice on the km/mi switch, once they made one (display and typing only: every
   * distance stays in km). Optional: documents saved before the switch existed have none.
   */
  readonly unit?: Unit;
}

/** Version of the stored document (inside the Store's envelope). */
export const DOC_VERSION = 1;
/** Name and version of an exported file. */
export const EXPORT_FORMAT = 'knee-widgets-shoes';
const EXPORT_VERSION = 1;

/** Replacement range from the articles: replace soon from 300 miles, replace now at 500 (480/800 km). */
export const DEFAULT_THRESHOLDS: Readonly<Record<Unit, {readonly warn: number; readonly limit: number}>> = {
  mi: {warn: 300, limit: 500},
  km: {warn: 480, limit: 800},
};
/**
 * A new run over 200 miles is a typo (the reader meant 20, or 2.0): that is further than the longest
 * one-day races. 200 mi is 321.9 km.
 */
export const MAX_RUN_KM = 200 * KM_PER_MILE;
/** Runs already stored or in a file are kept up to 1000 miles, the limit before (readers could type them). */
export const MAX_STORED_RUN_KM = 1000 * KM_PER_MILE;
/** Starting distances and limits over 5000 miles are typos too. */
export const MAX_TOTAL_KM = 5000 * KM_PER_MILE;
export const MAX_NAME = 80;
/** Pairs a reader can keep (retired ones included): more than any rotation, few enough to render at once. */
export const MAX_SHOES = 200;
/**
 * Runs an import may leave a pair with; the rest of the file's runs are skipped. 1,000 runs of 5 miles are
 * 5,000 miles, the most a pair's limit may be, and "Show all" still draws them in about half a second. A
 * file with 24,000 runs on one pair froze the page for seconds on "Show all", and after it on every
 * change. Runs the reader logs are not capped.
 */
export const MAX_RUNS = 1000;
/** Floating point sums of many runs may land a hair below a threshold they reached. */
const EPSILON = 1e-6;

export const emptyDoc = (): ShoeDoc => ({shoes: []});

// ——— Totals and status ———

/** Distance so far in km: the starting distance plus every run. */
export function totalKm(shoe: Shoe): number {
  return shoe.runs.reduce((sum, run) => sum + run.km, shoe.startKm);
}

/**
 * The distances (km) at which this shoe is "replace soon" and "replace now". A shoe's own limit
 * overrides the widget's; its warning point then keeps the widget's proportion (300/500).
 */
export function thresholds(shoe: Shoe, warnKm: number, limitKm: number): {warnKm: number; limitKm: number} {
  const ratio = warnKm > 0 && warnKm < limitKm ? warnKm / limitKm : 0.6;
  const mine = own(shoe, 'limitKm');
  const limit = mine ?? limitKm;
  let warn = own(shoe, 'warnKm') ?? (mine === undefined ? warnKm : limit * ratio);
  if (!(warn < limit)) warn = limit * ratio;
  return {warnKm: warn, limitKm: limit};
}

/**
 * fresh (under half of warn) → mid-life (up to warn) → replace-soon (from warn) → replace-now (at the
 * limit). A shoe with any sign of wear ticked, or marked from the wear checklist, is at least
 * replace-soon, whatever its distance.
 */
export function status(shoe: Shoe, warnKm: number, limitKm: number): ShoeStatus {
  const t = thresholds(shoe, warnKm, limitKm);
  const km = totalKm(shoe);
  if (km >= t.limitKm - EPSILON) return 'replace-now';
  if (km >= t.warnKm - EPSILON || shoe.replaceFlag || shoe.wear.length > 0) return 'replace-soon';
  if (km >= t.warnKm / 2 - EPSILON) return 'mid-life';
  return 'fresh';
}

// ——— What the reader types ———

export type FieldError =
  | 'distance-empty'
  | 'distance-nan'
  | 'distance-grouped'
  | 'distance-unit'
  | 'distance-negative'
  | 'distance-zero'
  | 'distance-too-large'
  | 'name-empty'
  | 'too-long'
  | 'date-empty'
  | 'date-invalid'
  | 'date-future'
  | 'months'
  | 'too-many-shoes';

export type Checked<T> = {readonly ok: true; readonly value: T} | {readonly ok: false; readonly error: FieldError};

const ok = <T>(value: T): Checked<T> => ({ok: true, value});
const fail = <T>(error: FieldError): Checked<T> => ({ok: false, error});

/**
 * The most a field takes, in `unit`: `maxKm` in whole units, rounded down, so that the error's "more than
 * 321 km" is true of every number it refuses (200 mi is 321.87 km: "322" was refused as "more than 322").
 */
export const maxIn = (maxKm: number, unit: Unit): number => Math.floor(fromKm(maxKm, unit) + 1e-6);

/**
 * A distance the reader typed, in `unit`, to km. `locale` decides the decimal separator ("12,5" in es,
 * fr and de). Empty, not a number, negative, zero (unless `allowZero`) and over `maxKm` are errors.
 */
export function parseDistance(
  text: string,
  unit: Unit,
  locale: string,
  {maxKm = MAX_RUN_KM, allowZero = false}: {maxKm?: number; allowZero?: boolean} = {},
): Checked<number> {
  if (text.trim() === '') return fail('distance-empty');
  const n = typedDistance(text, unit, locale);
  if (n === 'other-unit') return fail('distance-unit');
  if (!Number.isFinite(n)) return fail(/\d[.,]\d{3}\b/.test(text) ? 'distance-grouped' : 'distance-nan');
  if (n < 0) return fail('distance-negative');
  if (n === 0 && !allowZero) return fail('distance-zero');
  if (n > maxIn(maxKm, unit)) return fail('distance-too-large');
  return ok(n === 0 ? 0 : toKm(n, unit));
}

/**
 * `text` without control characters and the invisible ones that reorder text (a name could turn round
 * the sentence it is shown in), trimmed, each run of spaces one space.
 */
export const plainText = (text: string): string =>
  text.replace(/[\0-\b\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g, '').trim().replace(/\s+/g, ' ');

/** Months a pair can have been run in, for an estimate of its distance: more is a typo (60, five years). */
export const MAX_MONTHS = 60;

/**
 * An estimate of the distance a pair has run, for a reader who doesn't know it: `months` in them at
 * `weekKm` a week (52 weeks in 12 months), in km.
 */
export const estimateKm = (months: number, weekKm: number): number => (months * 52 * weekKm) / 12;

/** The months typed for an estimate: a number over 0 and at most MAX_MONTHS ("1,5" in es, fr and de). */
export function parseMonths(text: string, locale: string): Checked<number> {
  const n = parseNumber(text, locale);
  return n > 0 && n <= MAX_MONTHS ? ok(n) : fail('months');
}

/** A shoe name (required) or model (optional): plain text (`plainText()`), at most MAX_NAME characters. */
export function parseName(text: string, required: boolean): Checked<string> {
  const name = plainText(text);
  if (required && !name) return fail('name-empty');
  if ([...name].length > MAX_NAME) return fail('too-long');
  return ok(name);
}

// Days are `yyyy-mm-dd` in the reader's time zone (src/shared/dates.ts, shared with training-load).

/** The day of a run: required, a real date, not after `latest` (today). */
export function parseDay(text: string, latest: string = today()): Checked<string> {
  const day = text.trim();
  if (!day) return fail('date-empty');
  if (!isDay(day)) return fail('date-invalid');
  if (day > latest) return fail('date-future');
  return ok(day);
}

// ——— Ids ———

const ID = /^[A-Za-z0-9_-]{1,64}$/;
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz234567';

/** A random id (80 bits), safe in element ids and selectors. Works on plain-http pages too. */
export function newId(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return [...bytes].map((b) => ALPHABET[b & 31]).join('');
}

// ——— Validation of stored and imported data ———

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isTime = (v: unknown): v is string => typeof v === 'string' && v.length <= 40 && Number.isFinite(Date.parse(v));
export const isKm = (v: unknown, max: number, allowZero: boolean): v is number =>
  typeof v === 'number' && Number.isFinite(v) && (allowZero ? v >= 0 : v > 0) && v <= max + 1e-9;
const isText = (v: unknown, required: boolean): v is string =>
  typeof v === 'string' && [...v].length <= MAX_NAME && (!required || v.trim() !== '');

/**
 * `text` cleaned as a typed name or model is; a required name that cleaning would leave empty stays as
 * it was (nothing read is lost, and an import refuses it).
 */
function cleaned(text: string, required: boolean): string {
  const name = parseName(text, required);
  return name.ok ? name.value : text;
}

/** A run with every field type-checked, unknown fields dropped; null when anything is wrong. */
function readRun(raw: unknown): Run | null {
  if (!isObject(raw)) return null;
  const {id, km, date, updatedAt} = raw;
  if (typeof id !== 'string' || !ID.test(id) || !isKm(km, MAX_STORED_RUN_KM, false) || !isDay(date) || !isTime(updatedAt)) return null;
  return {id, km, date, updatedAt};
}

/**
 * A shoe with every field type-checked, unknown fields dropped. Null when a field of the shoe is wrong.
 * With `lenientRuns`, runs that are wrong or repeat an id are left out and counted instead of failing the
 * whole shoe (for imports, and stored data that failed). A file's runs dated after tomorrow too, with
 * `fromFile`: stored ones were checked when they were typed, on this device's clock.
 */
export function readShoe(raw: unknown, lenientRuns = false, fromFile = false): {shoe: Shoe; badRuns: number} | null {
  if (!isObject(raw)) return null;
  const {id, name, model, startKm, limitKm, warnKm, retired, replaceFlag, wear, runs, deletedRuns = [], createdAt, updatedAt, deleted} = raw;
  const tombstone = deleted === true;
  if (deleted !== undefined && typeof deleted !== 'boolean') return null;
  if (typeof id !== 'string' || !ID.test(id)) return null;
  if (!isText(name, !tombstone) || !isText(model, false)) return null;
  if (!isKm(startKm, MAX_TOTAL_KM, true)) return null;
  if (limitKm !== undefined && !isKm(limitKm, MAX_TOTAL_KM, false)) return null;
  if (warnKm !== undefined && !isKm(warnKm, MAX_TOTAL_KM, false)) return null;
  if (limitKm !== undefined && warnKm !== undefined && !((warnKm as number) < (limitKm as number))) return null;
  if (typeof retired !== 'boolean' || typeof replaceFlag !== 'boolean') return null;
  if (!Array.isArray(wear) || !wear.every((w) => (wearSigns as readonly unknown[]).includes(w)) || new Set(wear).size !== wear.length) {
    return null;
  }
  if (!Array.isArray(runs) || !Array.isArray(deletedRuns) || !isTime(createdAt) || !isTime(updatedAt)) return null;
  // A deleted run's trace that can't be read is only dropped with lenientRuns: no run of the reader's goes with it.
  const gone: DeletedRun[] = [];
  for (const d of deletedRuns) {
    if (isObject(d) && typeof d.id === 'string' && ID.test(d.id) && isTime(d.deletedAt)) gone.push({id: d.id, deletedAt: d.deletedAt});
    else if (!lenientRuns) return null;
  }
  const kept: Run[] = [];
  const seen = new Set<string>();
  let badRuns = 0;
  // A file's run dated after tomorrow (a time zone ahead may be there already) is a typing or clock error.
  // Tomorrow by the calendar: 24 hours on is still today early on a 25-hour day, when the clocks go back.
  const latest = new Date();
  latest.setDate(latest.getDate() + 1);
  for (const r of runs) {
    const run = readRun(r);
    if (!run || seen.has(run.id) || (fromFile && run.date > today(latest))) {
      if (!lenientRuns) return null;
      badRuns++;
      continue;
    }
    seen.add(run.id);
    kept.push(run);
  }
  const shoe: Shoe = {
    id,
    // Saved by an older version or another tab: cleaned as typed and imported names are.
    name: cleaned(name as string, true),
    model: cleaned(model as string, false),
    startKm,
    ...(limitKm === undefined ? {} : {limitKm: limitKm as number}),
    ...(warnKm === undefined ? {} : {warnKm: warnKm as number}),
    retired,
    replaceFlag,
    wear: wear as WearSign[],
    runs: kept,
    ...(gone.length ? {deletedRuns: gone} : {}),
    createdAt,
    updatedAt,
    ...(tombstone ? {deleted: true as const} : {}),
  };
  return {shoe, badRuns};
}

/**
 * The Store's `validate`: the whole stored document, every field type-checked. Null (so the Store keeps
 * the data aside) when anything at all is wrong with the shoes; with `salvage`, the pairs and runs that
 * can be read, the others left out (as an import does), or null when no pair can be (so the notice says
 * nothing of shoes it can't show). The reader's unit is only a preference: one this version does not know
 * is dropped, never a reason to set the shoes aside.
 */
export function validateDoc(data: unknown, version: number = DOC_VERSION, salvage = false): ShoeDoc | null {
  if (version !== DOC_VERSION || !isObject(data) || !Array.isArray(data.shoes)) return null;
  const shoes: Shoe[] = [];
  const ids = new Set<string>();
  for (const raw of data.shoes) {
    const read = readShoe(raw, salvage);
    if (!read || ids.has(read.shoe.id)) {
      if (salvage) continue;
      return null;
    }
    ids.add(read.shoe.id);
    shoes.push(read.shoe);
  }
  if (salvage && !shoes.some((s) => !s.deleted)) return null;
  const {unit} = data;
  return {shoes, ...(unit === 'km' || unit === 'mi' ? {unit} : {})};
}

// ——— Changes (each returns a new document; an unknown id changes nothing) ———

export interface NewShoe {
  readonly name: string;
  readonly model?: string;
  readonly startKm?: number;
}

export function createShoe({name, model = '', startKm = 0}: NewShoe, now: string, id: string = newId()): Shoe {
  return {id, name, model, startKm, retired: false, replaceFlag: false, wear: [], runs: [], createdAt: now, updatedAt: now};
}

export function createRun(km: number, date: string, now: string, id: string = newId()): Run {
  return {id, km, date, updatedAt: now};
}

/** A tombstone: a shoe deleted here. Its own field only (not one a page added to Object.prototype). */
const isGone = (shoe: Shoe): boolean => own(shoe, 'deleted') === true;

/** The shoes a reader sees (tombstones left out). */
export const visibleShoes = (doc: ShoeDoc): Shoe[] => doc.shoes.filter((s) => !isGone(s));

/** No room for another pair: the list keeps at most MAX_SHOES. */
export const isFull = (doc: ShoeDoc): boolean => visibleShoes(doc).length >= MAX_SHOES;

export const findShoe = (doc: ShoeDoc, id: string): Shoe | undefined => doc.shoes.find((s) => s.id === id && !isGone(s));

export function addShoe(doc: ShoeDoc, shoe: Shoe): ShoeDoc {
  if (doc.shoes.some((s) => s.id === shoe.id)) return doc;
  return {...doc, shoes: [...doc.shoes, shoe]};
}

function mapShoe(doc: ShoeDoc, id: string, change: (shoe: Shoe) => Shoe): ShoeDoc {
  let changed = false;
  const shoes = doc.shoes.map((s) => {
    if (s.id !== id || isGone(s)) return s;
    const next = change(s);
    if (next !== s) changed = true;
    return next;
  });
  return changed ? {...doc, shoes} : doc;
}

export type ShoeEdit = Partial<Pick<Shoe, 'name' | 'model' | 'startKm' | 'retired' | 'replaceFlag' | 'wear'>> & {
  /** A number sets this shoe's own limit; null goes back to the widget's. */
  readonly limitKm?: number | null;
};

/** Renames, sets the distance run before or the limit, retires or brings back, marks for replacement, ticks signs of wear. */
export function editShoe(doc: ShoeDoc, id: string, edit: ShoeEdit, now: string): ShoeDoc {
  return mapShoe(doc, id, (shoe) => {
    const {limitKm, ...rest} = edit;
    const next: Record<string, unknown> = {...shoe, ...rest, updatedAt: now};
    if (limitKm === null) delete next.limitKm;
    else if (limitKm !== undefined) next.limitKm = limitKm;
    // A warning point of its own must stay below its limit.
    if (typeof next.warnKm === 'number' && typeof next.limitKm === 'number' && next.warnKm >= next.limitKm) delete next.warnKm;
    return next as unknown as Shoe;
  });
}

export function addRun(doc: ShoeDoc, shoeId: string, run: Run): ShoeDoc {
  return mapShoe(doc, shoeId, (shoe) => (shoe.runs.some((r) => r.id === run.id) ? shoe : {...shoe, runs: [...shoe.runs, run]}));
}

export function editRun(doc: ShoeDoc, shoeId: string, runId: string, change: {km: number; date: string}, now: string): ShoeDoc {
  return mapShoe(doc, shoeId, (shoe) =>
    shoe.runs.some((r) => r.id === runId)
      ? {...shoe, runs: shoe.runs.map((r) => (r.id === runId ? {...r, ...change, updatedAt: now} : r))}
      : shoe,
  );
}

/** `shoe` with these runs and these traces of deleted ones (the newest MAX_RUNS; none, no field). */
function withRuns(shoe: Shoe, runs: readonly Run[], gone: readonly DeletedRun[]): Shoe {
  const next: {-readonly [K in keyof Shoe]: Shoe[K]} = {...shoe, runs, deletedRuns: gone.slice(-MAX_RUNS)};
  if (!gone.length) delete next.deletedRuns;
  return next;
}

/** The traces of runs deleted from `shoe`, but those of the runs `ids` (deleted again, or brought back). */
const deletedBut = (shoe: Shoe, ids: readonly string[]): DeletedRun[] =>
  (own(shoe, 'deletedRuns') ?? []).filter((d) => !ids.includes(d.id));

/** Deletes a run, leaving its id and time, so that an import of an older copy doesn't bring it back. */
export function removeRun(doc: ShoeDoc, shoeId: string, runId: string, now: string): ShoeDoc {
  return mapShoe(doc, shoeId, (shoe) =>
    shoe.runs.some((r) => r.id === runId)
      ? withRuns(
          shoe,
          shoe.runs.filter((r) => r.id !== runId),
          [...deletedBut(shoe, [runId]), {id: runId, deletedAt: now}],
        )
      : shoe,
  );
}

/** Puts a removed run back where it was (undo). */
export function restoreRun(doc: ShoeDoc, shoeId: string, run: Run, index: number): ShoeDoc {
  return mapShoe(doc, shoeId, (shoe) => {
    if (shoe.runs.some((r) => r.id === run.id)) return shoe;
    const runs = [...shoe.runs];
    runs.splice(Math.min(index, runs.length), 0, run);
    return withRuns(shoe, runs, deletedBut(shoe, [run.id]));
  });
}

/** Deletes a shoe, leaving a tombstone with no name and no runs. */
export function removeShoe(doc: ShoeDoc, id: string, now: string): ShoeDoc {
  // The traces of its runs deleted before stay with the tombstone: a newer copy may bring the pair back, not those runs.
  return mapShoe(doc, id, (shoe) =>
    withRuns({...createShoe({name: ''}, now, shoe.id), createdAt: shoe.createdAt, deleted: true}, [], deletedBut(shoe, [])),
  );
}

/**
 * Puts a deleted shoe back exactly as it was, in its tombstone's place (undo). Without its tombstone,
 * nothing: "Delete my data" (here, in another widget or in another tab) took it for good.
 */
export function restoreShoe(doc: ShoeDoc, shoe: Shoe): ShoeDoc {
  const at = doc.shoes.findIndex((s) => s.id === shoe.id);
  if (at < 0 || !isGone(doc.shoes[at]!)) return doc;
  const shoes = [...doc.shoes];
  shoes[at] = shoe;
  return {...doc, shoes};
}

// ——— Export, import and merge ———

/** The visible shoes without what only this device keeps (the traces of runs deleted here). */
const ownShoes = (doc: ShoeDoc): Shoe[] => visibleShoes(doc).map((s) => withRuns(s, s.runs, []));

/** An exported file: the visible shoes in a named, versioned JSON document (the reader's unit is this device's, and stays here). */
export function exportDoc(doc: ShoeDoc, now: string): string {
  return toJson({format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: now, shoes: ownShoes(doc)}, 2);
}

export type ImportError = 'not-json' | 'wrong-format' | 'newer-version' | 'too-many';

/** Reads an exported file. A file that is not one is refused as a whole. */
export function parseExport(text: string): {ok: true; shoes: readonly unknown[]} | {ok: false; error: ImportError} {
  let data: unknown;
  try {
    data = fromJson(text);
  } catch {
    return {ok: false, error: 'not-json'};
  }
  if (!isObject(data) || data.format !== EXPORT_FORMAT || !Array.isArray(data.shoes)) return {ok: false, error: 'wrong-format'};
  const {version} = data;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return {ok: false, error: 'wrong-format'};
  if (version > EXPORT_VERSION) return {ok: false, error: 'newer-version'};
  // Refused before any work: a file of thousands of pairs would freeze the page on every visit.
  if (data.shoes.length > MAX_SHOES) return {ok: false, error: 'too-many'};
  return {ok: true, shoes: data.shoes};
}

/** Deleted here (at `deletedAt`) after the other copy last changed it (at `changedAt`), so it stays deleted. */
const deletedSince = (deletedAt: string, changedAt: string): boolean => Date.parse(deletedAt) >= Date.parse(changedAt);

export type SkipReason = 'duplicate' | 'deleted-here' | 'invalid' | 'too-many';

export interface Skipped {
  readonly kind: 'shoe' | 'run';
  readonly reason: SkipReason;
  /** The shoe's name (for a run, the name of its shoe), when it has a readable one. */
  readonly name: string;
}

export interface ImportReport {
  readonly addedShoes: number;
  readonly addedRuns: number;
  readonly skipped: readonly Skipped[];
}

/**
 * Merges shoes from a file (or another copy) into `doc`, by shoe id and run id. New shoes are added;
 * for a shoe already here, only runs it doesn't have yet are added (its own fields stay as they are
 * here). A shoe or a run deleted here after the other copy last changed it stays deleted. Invalid shoes
 * and runs are skipped. Nothing here is ever removed or overwritten.
 */
export function merge(doc: ShoeDoc, incoming: readonly unknown[]): {doc: ShoeDoc; report: ImportReport} {
  const shoes = [...doc.shoes];
  const index = new Map(shoes.map((s, i) => [s.id, i]));
  const fromFile = new Set<string>();
  const skipped: Skipped[] = [];
  let addedShoes = 0;
  let addedRuns = 0;
  for (const raw of incoming) {
    const read = readShoe(raw, true, true);
    // A file's names are cleaned as typed ones are (readShoe did), and one that is then empty is refused.
    const name = parseName(isObject(raw) && typeof raw.name === 'string' ? raw.name : '', true);
    if (!read || isGone(read.shoe) || !name.ok) {
      skipped.push({kind: 'shoe', reason: 'invalid', name: name.ok ? name.value : ''});
      continue;
    }
    const {shoe, badRuns} = read;
    const skip = (count: number, reason: SkipReason) => {
      for (let i = 0; i < count; i++) skipped.push({kind: 'run', reason, name: shoe.name});
    };
    /**
     * The newest of `runs`, as many as fit beside the `have` the pair has already (MAX_RUNS), in the file's
     * order; the others are skipped. The newest, as they are the pair's wear now: the oldest would leave a
     * worn pair looking fresh.
     */
    const fit = (runs: readonly Run[], have = 0) => {
      const keep = new Set([...runs].sort((a, b) => b.date.localeCompare(a.date)).slice(0, Math.max(0, MAX_RUNS - have)));
      skip(runs.length - keep.size, 'too-many');
      return runs.filter((r) => keep.has(r));
    };
    skip(badRuns, 'invalid');
    /** `runs` but those deleted here (traces on `pair`) after the other copy last changed them, which are skipped. */
    const notDeleted = (pair: Shoe | undefined, runs: readonly Run[]) => {
      const traces = (pair && own(pair, 'deletedRuns')) ?? [];
      const back = runs.filter((r) => !traces.some((d) => d.id === r.id && deletedSince(d.deletedAt, r.updatedAt)));
      skip(runs.length - back.length, 'deleted-here');
      return back;
    };
    const at = index.get(shoe.id);
    const here = at === undefined ? undefined : shoes[at]!;
    if (fromFile.has(shoe.id)) {
      skipped.push({kind: 'shoe', reason: 'duplicate', name: shoe.name});
      continue;
    }
    fromFile.add(shoe.id);
    if (!here || (isGone(here) && !deletedSince(here.updatedAt, shoe.updatedAt))) {
      const runs = fit(notDeleted(here, shoe.runs));
      // A file's traces of deleted runs are another device's: "deleted on this device" says what it skips.
      // A tombstone's own (runs deleted here before the pair was) stay, but those of runs now back.
      const kept = withRuns(shoe, runs, here ? deletedBut(here, runs.map((r) => r.id)) : []);
      if (here) shoes[at!] = kept;
      else index.set(shoe.id, shoes.push(kept) - 1);
      addedShoes++;
      addedRuns += runs.length;
      continue;
    }
    if (isGone(here)) {
      skipped.push({kind: 'shoe', reason: 'deleted-here', name: shoe.name});
      continue;
    }
    skipped.push({kind: 'shoe', reason: 'duplicate', name: shoe.name});
    const known = new Set(here.runs.map((r) => r.id));
    const fresh = shoe.runs.filter((r) => !known.has(r.id));
    skip(shoe.runs.length - fresh.length, 'duplicate');
    // A run deleted here stays deleted, unless the other copy changed it after (as for a pair).
    const added = fit(notDeleted(here, fresh), here.runs.length);
    if (added.length) {
      shoes[at!] = withRuns(here, [...here.runs, ...added], deletedBut(here, added.map((r) => r.id)));
      addedRuns += added.length;
    }
  }
  const changed = addedShoes > 0 || addedRuns > 0;
  return {doc: changed ? {...doc, shoes} : doc, report: {addedShoes, addedRuns, skipped}};
}

/** A deep copy of the visible shoes, for events and the `shoes` property. */
export function copyShoes(doc: ShoeDoc): Shoe[] {
  return structuredClone(ownShoes(doc));
}
