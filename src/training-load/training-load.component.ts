import {html, nothing, svg, type PropertyDeclarations, type PropertyValues, type TemplateResult} from 'lit';
import {live} from 'lit/directives/live.js';
import {ifDefined} from 'lit/directives/if-defined.js';
import {msg, str} from '@lit/localize';
import {AdviceElement, professionalBox, scrollArea} from '../shared/advice.js';
import {resetWarning, warnOnce} from '../shared/attributes.js';
import {formatList, formatNumber} from '../shared/format.js';
import {parseNumber} from '../shared/parse.js';
import {forgetStyles, notSavedText, renderForget} from '../shared/forget.js';
import {LONG, convertedText, defaultUnit, formatDistance, formatRange, fromKm, otherUnitText, shownRange, toKm, typedDistance, unitName, unitAttribute, unitSwitch, unitSymbol, type Unit} from '../shared/units.js';
import {own} from '../shared/json.js';
import {StoreLink, savedHere, storageSpec, type StorageMode, type Store, type StoreSpec, type StoreStatus} from '../shared/storage.js';
import {formatDay, isDay, today, watchDay} from '../shared/dates.js';
import {addWeeks, formatWeek, weekOf, weeksBetween} from '../shared/weeks.js';
import {kneeFacts} from '../content/facts.js';
import {renderSourcesInline} from '../shared/citations.js';
import {
  ABSURD,
  BUILD_MIN_TOTAL,
  CAUTION_UP_TO,
  CUT_BACK_LEAST,
  CUT_BACK_MOST,
  LOW_BELOW,
  MAX_RISE,
  MAX_WEEKS,
  MIN_WEEKS,
  OUTLIER,
  RATIO_WEEKS,
  STEADY_UP_TO,
  analyse,
  checkDistance,
  outlier,
  factorIds,
  isDistance,
  verdictFor,
  weekChange,
  workloadRatio,
  type Analysis,
  type Band,
  type FactorId,
  type WeekChange,
} from './load.js';
import {TrainingLoadChangeEvent, type TrainingLoadChangeDetail} from './training-load.events.js';
import {trainingLoadStyles} from './training-load.styles.js';
import {Announcer} from '../shared/announcer.js';

export const DEFAULT_STORAGE_KEY = 'knee-widgets:training-load';
/** "10%", "10 %": a whole percentage in the widgets' locale (only this widget shows percentages). */
const formatPercent = (fraction: number): string => formatNumber(fraction, {style: 'percent', maximumFractionDigits: 0});
let presetSerial = 0;
/** Weeks shown when nothing is stored: enough for the ratio. */
const START_WEEKS = RATIO_WEEKS;

/** What is stored: distances in km at full precision (null: not entered) and the checked questions. */
export interface TrainingLoadData {
  readonly weeks: ReadonlyArray<number | null>;
  readonly factors: readonly FactorId[];
  /** The reader's own choice on the km/mi switch, once they made one. */
  readonly unit?: Unit;
  /** The Monday (`yyyy-mm-dd`) of the calendar week that "This week" is, so a later visit can move the weeks on. */
  readonly thisWeek?: string;
}

const emptyData = (): TrainingLoadData => ({weeks: Array<null>(START_WEEKS).fill(null), factors: []});

/**
 * The Store's `validate`. With `salvage` (stored data that failed), what can be read: a bad week is left
 * blank, the newest MAX_WEEKS are kept, and a short list is filled up with blank weeks as a new one is;
 * null when not one week or answer can be read.
 */
function validateData(data: unknown, _version?: number, salvage?: boolean): TrainingLoadData | null {
  if (!data || typeof data !== 'object') return null;
  const {weeks, factors} = data as {weeks?: unknown; factors?: unknown};
  if (!Array.isArray(weeks)) return null;
  const read = weeks.map((w) => (isDistance(w) && w <= ABSURD.km ? w : null));
  const listed: unknown[] | null = Array.isArray(factors) ? factors : null;
  if (salvage) while (read.length < START_WEEKS) read.unshift(null);
  else if (read.length < MIN_WEEKS || read.length > MAX_WEEKS || read.some((w, i) => w !== weeks[i]) || !listed) return null;
  const known = factorIds.filter((f) => listed?.includes(f));
  if (salvage && !known.length && read.every((w) => w === null)) return null;
  // An unknown unit is no reason to set the weeks aside: it is dropped, and the page's unit shows.
  const {unit, thisWeek} = data as {unit?: unknown; thisWeek?: unknown};
  return {
    weeks: read.slice(-MAX_WEEKS),
    factors: known,
    ...(unit === 'km' || unit === 'mi' ? {unit} : {}),
    ...(isDay(thisWeek) ? {thisWeek: weekOf(thisWeek)} : {}),
  };
}

/** How long the reader pauses in a week's field before what is wrong with it is read out. */
const TYPING_PAUSE_MS = 1000;

const storeSpec = (key: string): StoreSpec<TrainingLoadData> => ({
  key,
  owner: 'training-load',
  version: 1,
  validate: validateData,
  empty: emptyData,
});

/** Said after a week action that Undo can take back: the button is only seen, and it is not where focus goes. */
const undoNote = () => msg('To take this back, use Undo, after “Start a new week”.');

/**
 * What Undo puts back: the weeks, and the calendar week "This week" was. `what`: the action's button, named
 * after Undo for a screen reader ("Undo: Remove the oldest week"), as the shoe list names what its Undo
 * brings back. `at`: the week that gets focus, in the weeks put back: the one the action took away or moved.
 */
interface Snapshot {
  readonly rows: readonly Row[];
  readonly thisWeek: string | null;
  readonly what: () => string;
  readonly at: number;
}

/**
 * One week's field: the distance saved for it (km) and, once the reader has typed, their text.
 *
 * What is saved never holds a number the reader has not finished: while the field holds something that is
 * not a distance ("32," on the way to "32,5", "3x"), `km` is `kept`, the distance the week had when the
 * reader last left the field (or when it was loaded), and not the number of an earlier keystroke ("32").
 * Only that week is held back: the reader's changes to the other weeks are still saved, so a field left
 * marked costs nothing but its own unfinished edit (saving nothing at all until every field is valid
 * again would lose those changes when the reader leaves the page).
 */
interface Row {
  readonly km: number | null;
  /** The distance the week had when the reader last left its field: what is saved while the field is invalid. */
  readonly kept: number | null;
  /** What the reader typed; null shows `km` formatted in the current unit. */
  readonly text: string | null;
  /** The reader has left the field: an empty one is flagged from then on. */
  readonly touched: boolean;
}

type Field =
  | {readonly kind: 'ok'; readonly km: number}
  | {readonly kind: 'empty'}
  | {readonly kind: 'not-a-number' | 'other-unit' | 'negative' | 'absurd'};
/** A field's distance in km, or null when it holds none (empty, or wrong): what the weeks, the chart and the slip check read. */
const kmOf = (field: Field): number | null => (field.kind === 'ok' ? field.km : null);

const emptyRow = (): Row => ({km: null, kept: null, text: null, touched: false});
const rowsFrom = (weeks: ReadonlyArray<number | null>): Row[] => weeks.map((km) => ({...emptyRow(), km, kept: km}));
/** The week's field as a whole value from now on: what it is saved with is what it falls back to. */
const commit = (row: Row): Row => (row.kept === row.km ? row : {...row, kept: row.km});

/**
 * Is my mileage rising too fast? The reader enters what they ran over the last 4 to 8 weeks and answers
 * four questions; the widget compares this week with last week and with the four weeks before it (the
 * acute:chronic workload ratio), gives a plain-language verdict, and suggests one range for next week:
 * within the steady band, no higher than this week when the advice is to go carefully or after four weeks
 * off, and a lighter week after three build weeks. A bar chart (with the same figures as a table) shows it all.
 * With older weeks still empty, last week and this week alone already say whether this week is a big jump.
 * Weeks typed from the top with the last two empty can be moved down to end at This week (with Undo).
 * A week over five times every other may be a typo (300 for 30): a note under it says to check it, and no
 * range for next week or lighter week is worked out until it changes (the verdict stands).
 * The km/mi switch converts the numbers; a reader who typed them in the other unit all along can keep them.
 *
 * Distances are stored in kilometres at full precision; `unit` only changes what is shown and typed.
 * Entries are kept in localStorage (see `storage` and `storage-key`), with the reader's km/mi choice and
 * the calendar week "This week" is: a reader who comes back weeks later is offered to move the weeks on,
 * and until then the weeks are named from today (the latest "2 weeks ago", so no field says "This week"
 * for a runner to type this week's distance over an old one) and the figures say which week they are for.
 * A page left open past a Sunday night makes the offer when it shows again or the reader comes back into
 * the widget, and weeks not saved yet (an example, or none typed) show the new week's days. Weeks run Monday to Sunday, and each field shows its days under its name ("Nov 30 – Dec 6",
 * in the page's language), so totals copied from a running app land in the right row; a "This week" saved
 * up to a week ahead (by a reader a time zone ahead, or who started a new week on a Sunday) is kept as it is.
 * "Start a new week" and "Remove the oldest week" can be undone, as can moving the weeks on or down. Undo
 * says what it takes back to a screen reader ("Undo: Remove the oldest week") and puts focus on the week it
 * brought back ("This week" after a new week). When storage is not possible the widget works in memory
 * and says so.
 *
 * Keyboard: Down and Up go to the week below and above, and Enter in a week's field goes on to the next
 * week; on a filled-in "This week" it goes on to the results (the verdict, "Run less", takes focus and
 * comes wholly into view; before
 * there is one, a wrong week's field or the message that says which week is missing), which hold nothing
 * to Tab to, and so does Enter on one of the "Lately" questions (Space ticks it). The Tab order is the
 * weeks, the questions, then "How this works", at every width. On a wrong distance, or an empty
 * "This week", Enter stays and reads out what to fix, and brings it into view under the field (in a short window,
 * a phone with its keyboard up, it would appear below the window's foot).
 * Screen readers hear the new verdict when the reader leaves a week's field or presses Enter, never on a
 * pause while typing ("3" on the way to "32" is no verdict, and a touch screen reader can take seconds over
 * a key); what is wrong with a field is said after a second's pause too.
 *
 * @tagname training-load
 * @summary Is my mileage rising too fast? Weekly distance, the acute:chronic workload ratio, and a range for next week.
 *
 * @attr {string} weeks - Preset weekly distances, oldest first, comma-separated in the current unit (`20,22,25,31`): an example, as in a blog post. The widget says so, and what the reader changes stays in memory (nothing is read or saved under `storage-key`). Bad entries are ignored with one console warning. Fewer than four fill the latest weeks, the earlier ones left empty, with a warning too (the four weeks' figures need them all).
 * @attr {'km'|'mi'} unit - Unit shown and typed (reflected). Written out (`miles`, `kilometres`, `Meilen`…) is understood too. Default: `mi` when the page's `<html lang>` is `en`, `en-US` or `en-GB`, `km` for any other language or none (`setLocale()` changes the words, not the unit). The reader's own choice on the km/mi switch is saved with their weeks and comes back with them.
 * @attr {string} storage-key - localStorage key. Default `knee-widgets:training-load`.
 * @attr {'local'|'none'} storage - `none` keeps entries in memory only; widgets with the same `storage-key` still share them, so give two examples on one page keys of their own (a `weeks` example shares nothing). Default `local`.
 * @attr {string} cta-href - Optional call-to-action link in the "when to see a professional" box, such as the clinic's booking page (http, https, mailto or tel only).
 * @attr {string} cta-label - Text of the call-to-action, as given (not translated). Default "Book an assessment", translated; only spaces gives it too, with a warning.
 * @attr {'auto'|'light'|'dark'} theme - Colour scheme. `auto` follows the page's `color-scheme`, and takes the dark one where the browser darkens a light page itself, unless the page set `--kw-text`, `--kw-surface` or `--kw-accent`. Reflected once set: a widget without one adds none to its tag.
 * @attr {string} heading - Replaces the built-in title, as given: the page's words are not translated. Only spaces: the built-in title, with a warning.
 * @attr {number} heading-level - Level of the title in the page outline (1–6). Default 2. Headings inside the widget take the levels below it, down to 6 (at 5 or 6 they share level 6).
 *
 * @fires {TrainingLoadChangeEvent} training-load-change - The figures changed: the reader's input (as they type), a method such as `startNewWeek()`, or another tab or widget with the same `storage-key`; not the km/mi switch alone, nor a change of `weeks` or `storage-key` by the page. `detail: {weeks, unit, factors, complete, change, ratio, band, level, next, cutBack}`: `weeks` in km, oldest first, `null` for a week not (validly) entered; `change` a fraction (0.25 is 25% more than last week); `ratio` to two decimals, as shown; `band` `low`, `steady`, `caution` or `spike`; `level` 0 (on track) to 3 (run much less); `next` and `cutBack` `{lowKm, highKm}`; the figures are `null` until every week is entered (`complete: false`), even where the widget already shows this week against last week, and when they can't be worked out. Types: `TrainingLoadChangeDetail`.
 *
 * @csspart base - The widget's content. The card around it (border, corner radius, padding) is the element itself: style
 *   the tag to change or remove it. Its background is `--kw-surface`.
 * @csspart title - The widget's title.
 * @csspart notice - The note shown when entries can't be saved or stored data couldn't be read.
 * @csspart catch-up - On a visit weeks later: the offer to move the weeks on to this calendar week.
 * @csspart form - The weekly distances and their buttons.
 * @csspart unit - The km/mi switch.
 * @csspart converted - After the switch converted the reader's numbers: the note, and the button that keeps them as typed in the new unit.
 * @csspart week - Each week's field.
 * @csspart undo - The Undo button shown after "Start a new week", "Remove the oldest week", or moving the weeks on or down.
 * @csspart error - An inline error under a field.
 * @csspart note - An inline note under a field (a 0 that means no percent change can be shown).
 * @csspart questions - The questions (checkboxes), after the results (under the weeks, beside the results, on a wide widget).
 * @csspart results - The figures, the verdict and the chart.
 * @csspart stale - On a visit weeks later, before the weeks are moved on: above the verdict, the week the figures are for.
 * @csspart verdict - The plain-language verdict.
 * @csspart cut-back - The lighter-week hint after three build weeks.
 * @csspart chart - The bar chart (an SVG).
 * @csspart method - The "How this works" note.
 * @csspart professional - The "when to see a professional" box (always visible).
 * @csspart cta - The call-to-action link, in the "when to see a professional" box.
 * @csspart forget - The question "Delete my data from this browser" asks, with its two buttons.
 * @csspart disclaimer - The "general information, not medical advice" line, with the month its content last changed.
 *
 * @cssprop --training-load-bar - Colour of the weeks' bars (the oldest ones lighter; this week's takes its verdict's colour).
 *   Default `--kw-accent`.
 * @cssprop --training-load-range - Colour of the suggested range for next week. Default `--kw-accent`.
 * @cssprop --training-load-padding - Padding inside the border. Default `1em`, less on a narrow phone (`min(1em, 5vw)`).
 * @cssprop --kw-accent - Shared accent colour (buttons, links, bars).
 * @cssprop --kw-link - Links and other small text in the accent colour. Default: the accent, mixed a little towards the text colour so it reads as text.
 * @cssprop --kw-on-accent - Text on the accent colour. Default: black or white, whichever reads on the accent.
 * @cssprop --kw-accent-soft - Soft accent background (the "see a professional" box, the suggested range).
 * @cssprop --kw-text - Text colour.
 * @cssprop --kw-muted - Secondary text colour.
 * @cssprop --kw-surface - Background colour.
 * @cssprop --kw-raised - Background of raised areas.
 * @cssprop --kw-border - Border colour.
 * @cssprop --kw-focus - Focus ring colour.
 * @cssprop --kw-ok - Colour of the steady band: its verdict, and its ratio only beside that verdict (not where ticked questions or a big jump made it more careful).
 * @cssprop --kw-warn - Colour of the caution band and notices.
 * @cssprop --kw-danger - Colour of the spike band and input errors.
 * @cssprop --kw-radius - Corner radius of the widget and its boxes.
 * @cssprop --kw-button-radius - Corner radius of buttons, switches, chips and the booking link. Default: round ends (`999px`).
 * @cssprop --kw-gap - Spacing: the widget's parts are three quarters of it apart. Default `1em`.
 * @cssprop --kw-font - Font family. Default: the page's.
 * @cssprop --kw-heading-font - Font family of the headings. Default: `--kw-font`.
 * @cssprop --kw-font-size - Base font size. Default: the browser's (`medium`).
 */
export class TrainingLoad extends AdviceElement {
  /** The hidden live region's words, cleared once heard. */
  readonly #said = new Announcer(this);
  static override styles = [...AdviceElement.styles, forgetStyles, trainingLoadStyles];

  static override properties: PropertyDeclarations = {
    weeks: {},
    // Reflected once set (the reader's choice shows on the tag); unset, no empty `unit=""` is written.
    unit: {reflect: true, converter: {toAttribute: (value: string) => value || null}},
    storageKey: {attribute: 'storage-key'},
    storage: {},
    rows: {state: true},
    factors: {state: true},
    storeStatus: {state: true},
    undo: {state: true},
    behind: {state: true},
    converted: {state: true},
    forgetAsked: {state: true},
  };

  /** Preset weekly distances (comma-separated, current unit, oldest first): an example, as in a blog post. The widget says so, and what the reader changes stays in memory: nothing is read or saved under `storage-key`. Empty: none. */
  declare weeks: string;
  /** `km` or `mi` (or written out: `miles`, `kilometres`…); empty: from the page language. The reader's choice on the switch is saved with their weeks and wins when they come back. */
  declare unit: string;
  /** localStorage key. Empty: `knee-widgets:training-load`. */
  declare storageKey: string;
  /** `local` (default) or `none`. */
  declare storage: StorageMode;

  declare private rows: readonly Row[];
  declare private factors: ReadonlySet<FactorId>;
  declare private storeStatus: StoreStatus;
  /** The weeks before "Start a new week" or "Remove the oldest week", while Undo is offered. */
  declare private undo: Snapshot | null;
  /** Calendar weeks since "This week" was this week (0: up to date), when the reader has weeks saved. */
  declare private behind: number;
  /** The unit the reader's numbers were converted from by the switch, while keeping them as typed is offered. */
  declare private converted: Unit | null;
  /** "Delete my data from this browser" is asking whether to go ahead. */
  declare private forgetAsked: boolean;

  #unit_: Unit = 'km';
  readonly #link = new StoreLink(storeSpec, (data: TrainingLoadData) => this.#onStoreChange(data));
  /** The data must be (re)read from the preset or the store before the next render. */
  #needsLoad = true;
  /** What the results said when the live region last spoke (see status()). */
  #lastStatusKey = '';
  /** The last save found the storage full (and it wasn't before): say so once. */
  #savedFull = false;
  /** The reader's own km/mi choice, from the switch or from their stored weeks. */
  #chosenUnit: Unit | null = null;
  /** The Monday of the week "This week" is (from the stored weeks), or null before the first save. */
  #thisWeek: string | null = null;
  /** Set while the reader is typing: when it fires, a message (what to fix) is said. */
  #typingTimer?: ReturnType<typeof setTimeout>;
  /** The reader typed, and what it changed is still to be said (on a pause, on Enter, or on leaving). */
  #unsaid = false;

  constructor() {
    super();
    this.weeks = '';
    this.unit = '';
    this.storageKey = DEFAULT_STORAGE_KEY;
    this.storage = 'local';
    this.rows = rowsFrom(emptyData().weeks);
    this.factors = new Set();
    this.storeStatus = {kind: 'ok'};
    this.undo = null;
    this.behind = 0;
    this.converted = null;
    this.forgetAsked = false;
    // A page left open over a Sunday night, or a phone unlocked a week later: the offer to move the weeks on
    // shows, and weeks not yet dated by a save (an example, or none typed) show this week's days (watchDay
    // draws the widget again).
    watchDay(this, () => this.#countBehind());
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The preset is read in the page's unit (and its warning names it) before the first render.
    if (!this.hasUpdated) this.#unit_ = this.#readUnit();
    // The first time, the store opens in the first update, so that a storage="none" or storage-key set
    // right after connecting is followed before anything is read.
    if (this.hasUpdated) this.#attachStore();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#link.close();
    clearTimeout(this.#typingTimer);
    // Taken out mid-typing: nothing is owed (or the live region would stop following the page's changes).
    this.#unsaid = false;
  }

  /** Opens the store for the current key and mode (a new one per change of either) and watches it. */
  #attachStore(): void {
    const {mode, key: ownKey} = storageSpec(this, DEFAULT_STORAGE_KEY);
    // A `weeks` preset is an example (a blog post's, say): editing it must never touch, or follow, the
    // reader's own saved weeks, so it lives in memory under a key of its own.
    const presetShown = this.#preset() !== null;
    const key = presetShown ? `${this.#presetKey}` : ownKey;
    if (this.#link.open(key, presetShown ? 'none' : mode, this.isConnected && !presetShown)) this.#needsLoad = true;
    this.storeStatus = this.#store!.status;
  }

  get #store(): Store<TrainingLoadData> | undefined {
    return this.#link.store;
  }

  /** The in-memory key of this element's preset. */
  readonly #presetKey = `knee-widgets:training-load:preset:${(presetSerial += 1)}`;

  /** Another tab, or another widget on this page with the same key, changed the data. */
  #onStoreChange(data: TrainingLoadData): void {
    const before = this.#figures();
    // Undo would write the old weeks over what was saved elsewhere, and so would keeping numbers as typed.
    this.undo = null;
    this.converted = null;
    this.rows = rowsFrom(data.weeks);
    this.#adoptUnit(own(data, 'unit'));
    this.#readCalendar(data);
    this.factors = new Set(data.factors);
    if (this.#store) this.storeStatus = this.#store.status;
    this.#emitIfChanged(before);
  }

  /** `training-load-change`, when the figures differ from `before` (not for the unit they are shown in alone). */
  #emitIfChanged(before: TrainingLoadChangeDetail): void {
    const after = this.#figures();
    if (JSON.stringify({...after, unit: null}) !== JSON.stringify({...before, unit: null})) {
      this.dispatchEvent(new TrainingLoadChangeEvent(after));
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const unitBefore = this.#unit_;
    this.#unit_ = this.#readUnit();
    if (this.hasUpdated && unitBefore !== this.#unit_) {
      // The copy kept for Undo holds text typed in the old unit.
      this.undo = null;
      // Back to the unit converted from (the page set it, with two units): nothing is converted now.
      if (this.converted === this.#unit_) this.converted = null;
      // Display only: valid fields are shown again from their stored kilometres.
      this.rows = this.rows.map((r) => (this.#field(r, unitBefore).kind === 'ok' ? {...r, text: null} : r));
    }
    if (!this.hasUpdated || changed.has('storageKey') || changed.has('storage') || changed.has('weeks')) {
      if (this.isConnected) this.#attachStore();
    }
    // The first time, opening the store asks for the load (or a method already made it: see loadEarly).
    if (changed.has('weeks') && this.hasUpdated) this.#needsLoad = true;
    if (this.#needsLoad) this.#loadRows();
    // What the live region compares against: only the reader's own changes are announced (and the
    // verdict they are typing towards is still to be said).
    if (!this.#unsaid) {
      this.#lastStatusKey = this.#status(this.#analysis()).key;
      this.#saidSlips = this.#slips().key;
    }
  }

  /** The weeks of the preset, or of the store. */
  #loadRows(): void {
    this.#needsLoad = false;
    // Other weeks: the offer to keep converted numbers was about the ones before, and Undo would write
    // the weeks before over these (another key's, or the reader's over an example).
    this.undo = this.converted = null;
    const preset = this.#preset();
    if (preset) this.rows = rowsFrom(preset);
    else if (this.#store) {
      this.rows = rowsFrom(this.#store.value.weeks);
      this.factors = new Set(this.#store.value.factors);
      this.#adoptUnit(own(this.#store.value, 'unit'));
      this.#readCalendar(this.#store.value);
    }
  }

  /** A method called before the first render: the weeks are read first, so its change is made to them and saved. */
  #loadEarly(): void {
    if (this.hasUpdated || !this.isConnected) return;
    this.#attachStore();
    if (this.#needsLoad) this.#loadRows();
  }

  /** The `unit` attribute, or the page language's unit when it is not set. */
  #readUnit(): Unit {
    return this.unit ? unitAttribute(this, this.unit, this.#pageUnit()) : this.#pageUnit();
  }

  #pageUnit(): Unit {
    return defaultUnit(globalThis.document?.documentElement.lang);
  }

  /** The `weeks` preset in km, or null when there is none (or nothing in it could be used). */
  #preset(): Array<number | null> | null {
    const raw = String(this.weeks ?? '').trim();
    if (!raw) {
      resetWarning(this, 'weeks');
      return null;
    }
    const entries = raw.split(',').map((e) => e.trim());
    const kept: number[] = [];
    const bad: string[] = [];
    for (const entry of entries) {
      const value = parseNumber(entry, 'en');
      if (checkDistance(value, this.#unit_) === 'ok') kept.push(toKm(value, this.#unit_) || 0);
      else bad.push(entry);
    }
    const problems: string[] = [];
    if (bad.length) problems.push(`ignored ${bad.map((b) => JSON.stringify(b.slice(0, 20))).join(', ')} (not a distance from 0 to ${ABSURD[this.#unit_]} ${this.#unit_})`);
    if (kept.length > MAX_WEEKS) problems.push(`kept the last ${MAX_WEEKS} of ${kept.length} weeks`);
    if (kept.length && kept.length < MIN_WEEKS) problems.push(`only ${kept.length} weeks, so the earliest are left empty`);
    if (!kept.length) problems.push('no usable week, so it is not used');
    if (problems.length) warnOnce(this, 'weeks', `<training-load> weeks="${raw.slice(0, 60)}": ${problems.join('; ')}.`);
    else resetWarning(this, 'weeks');
    if (!kept.length) return null;
    const recent: Array<number | null> = kept.slice(-MAX_WEEKS);
    while (recent.length < MIN_WEEKS) recent.unshift(null);
    return recent;
  }

  // ---- Fields -------------------------------------------------------------------------------------

  #field(row: Row, unit: Unit = this.#unit_): Field {
    if (row.text === null) return row.km === null ? {kind: 'empty'} : {kind: 'ok', km: row.km};
    if (row.text.trim() === '') return {kind: 'empty'};
    const value = typedDistance(row.text, unit);
    if (value === 'other-unit') return {kind: value};
    const check = checkDistance(value, unit);
    return check === 'ok' ? {kind: 'ok', km: toKm(value, unit) || 0} : {kind: check};
  }

  #display(row: Row): string {
    if (row.text !== null) return row.text;
    if (row.km === null) return '';
    return formatNumber(fromKm(row.km, this.#unit_), {maximumFractionDigits: 2, useGrouping: false});
  }

  /** Distances (km) of every week when all are valid, otherwise null. */
  #complete(): number[] | null {
    const kms: number[] = [];
    for (const row of this.rows) {
      const f = this.#field(row);
      if (f.kind !== 'ok') return null;
      kms.push(f.km);
    }
    return kms;
  }

  #analysis(): Analysis | null {
    const kms = this.#complete();
    return kms ? analyse(kms, this.factors) : null;
  }

  // ---- Reader input -------------------------------------------------------------------------------

  /**
   * Applies a change made by the reader, saves it, and tells the page and the screen reader. While the
   * reader types (`typing`), the figures pass through numbers they don't mean ("3" on the way to "31"),
   * so the verdict is said when they press Enter or leave the field, never on a keystroke or a pause: a
   * screen reader on a touch screen can take seconds over each key. What is wrong with a field ("Fix the
   * marked distance…") is said after a pause too.
   */
  #change(mutate: () => boolean, note = '', typing = false): void {
    // Undo is for the last week action only: any other change ends the offer, as it does keeping the
    // numbers that the unit switch converted.
    this.undo = null;
    this.converted = null;
    const before = this.#figures();
    const save = mutate();
    // A week action or a question is not typing: every field's value is whole from here on.
    if (!typing && this.rows.some((r) => r.kept !== r.km)) this.rows = this.rows.map(commit);
    if (save) this.#persist();
    this.#emitIfChanged(before);
    clearTimeout(this.#typingTimer);
    this.#unsaid = typing;
    if (typing) this.#typingTimer = setTimeout(() => this.#announce('', true), TYPING_PAUSE_MS);
    else this.#announce(note);
  }

  /**
   * Says `note`, the verdict if it changed since it was last said, and a storage problem once. When the
   * figures give way to a message ("Fix the marked distance…", "Missing: …"), or one message to another,
   * that message is said instead of the verdict: it goes through the same pause while typing. A week
   * action's own note stands in for it (it says what changed, and focus moves to the week to fill in).
   * After a pause (`paused`), figures are not said: they wait for Enter or for the reader to leave.
   */
  #announce(note = '', paused = false): void {
    clearTimeout(this.#typingTimer);
    const a = this.#analysis();
    if (paused && a !== null) return;
    this.#unsaid = false;
    const {key, line} = this.#status(a);
    const changed = key !== this.#lastStatusKey;
    this.#lastStatusKey = key;
    const verdict = changed && (a !== null || !note) ? line : '';
    // A week that looks like a slip of the finger (250 for 25) is said before the verdict worked out
    // from it: shown only beside its field, it went unheard once focus had moved on to the next week.
    const slips = this.#slips();
    const slip = slips.key !== this.#saidSlips ? slips.line : '';
    this.#saidSlips = slips.key;
    const parts = [note, slip, verdict, this.storeStatus.kind === 'full' && this.#savedFull ? this.#noticeText() : ''];
    this.#savedFull = false;
    // Empty when there is nothing new to say; the same news twice in a row (a second new week) is said again.
    this.#said.say(parts.filter(Boolean).join(' '));
  }

  #persist(): void {
    if (!this.#store) return;
    const wasFull = this.storeStatus.kind === 'full';
    const weeks = this.rows.map((r) => r.km);
    const factors = factorIds.filter((f) => this.factors.has(f));
    const unit = this.#chosenUnit;
    // The first distance saved dates "This week"; from then on the reader's week actions move it. Empty
    // weeks have no date (a unit picked weeks before the first distance must not date it).
    const some = weeks.some((w) => w !== null);
    const thisWeek = some ? (this.#thisWeek ??= weekOf(today())) : (this.#thisWeek = null);
    this.#store.update(() => ({weeks, factors, ...(thisWeek ? {thisWeek} : {}), ...(unit ? {unit} : {})}));
    this.storeStatus = this.#store.status;
    this.#savedFull = this.storeStatus.kind === 'full' && !wasFull;
  }

  #onInput(index: number, event: Event): void {
    const text = (event.target as HTMLInputElement).value;
    this.#change(
      () => {
        const row = this.rows[index];
        if (!row) return false;
        const next: Row = {...row, text};
        const f = this.#field(next);
        // Not a distance (yet): the week is saved as it was when the reader last left the field (see Row),
        // which takes back a number saved on the way ("32" before "32,5").
        const km = f.kind === 'ok' ? f.km : f.kind === 'empty' ? null : row.kept;
        this.#setRow(index, {...next, km});
        return f.kind === 'ok' || f.kind === 'empty' || km !== row.km;
      },
      '',
      true,
    );
  }

  /**
   * Leaving a field the reader typed in: from now on an empty one is flagged (tabbing past is not), and
   * what it holds, when it is a distance or empty, is a whole value to fall back to (see Row).
   */
  #onBlur(index: number): void {
    if (this.#unsaid) this.#announce();
    const row = this.rows[index];
    if (!row) return;
    const left = commit(row.text !== null && !row.touched ? {...row, touched: true} : row);
    if (left !== row) this.#setRow(index, left);
  }

  #setRow(index: number, row: Row): void {
    this.rows = this.rows.map((r, i) => (i === index ? row : r));
  }

  /**
   * Enter moves on to the next week, as in a spreadsheet. On "This week", once it holds a distance, it
   * goes on to the verdict: the results hold nothing to Tab to, so at a high zoom Tab would scroll them past unseen.
   * On a wrong distance (or an empty "This week") it stays, and shows and says what to fix.
   */
  #onKeydown(index: number, event: KeyboardEvent): void {
    // A key that picks or ends an input method's word (Japanese "２４") is the input method's.
    if (event.isComposing) return;
    // Down and Up go to the week below and above, as in a spreadsheet where Enter already goes down; the
    // field is left as with Tab, and what it changed is said. Its distance is selected, as Tab selects it,
    // so typing replaces it.
    const step = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
    if (step && !(event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) && this.rows[index + step]) {
      event.preventDefault();
      void this.#focusWeek(index + step, true);
      return;
    }
    if (event.key !== 'Enter') return;
    event.preventDefault();
    const row = this.rows[index]!;
    const field = this.#field(row);
    const last = index >= this.rows.length - 1;
    if (field.kind === 'ok' || (field.kind === 'empty' && !last)) {
      if (last) {
        // Focus goes to the verdict, which is read from there: said by the live region too, it was cut
        // off, or heard twice. Whatever the region still held (an error since mended) goes.
        clearTimeout(this.#typingTimer);
        this.#unsaid = false;
        this.#lastStatusKey = this.#status(this.#analysis()).key;
        this.#said.say('');
      }
      void this.#focusWeek(last ? -1 : index + 1);
      return;
    }
    // A wrong distance, or an empty "This week": stay beside its error (shown now if it wasn't) and say
    // it, since focus doesn't move and a screen reader would hear nothing. It stands in for the pause's message.
    this.#setRow(index, {...row, touched: true});
    this.#lastStatusKey = this.#status(this.#analysis()).key;
    this.#announce(this.#fieldError(index, field));
  }

  /** The weeks that look like a slip, as last said (see `announce`). */
  #saidSlips = '';

  /** The first week that looks like a slip, as said ("2 weeks ago: That is more than…"), and a key of them all. */
  #slips(): {key: string; line: string} {
    const kms = this.rows.map((row) => kmOf(this.#field(row)));
    const at = kms.flatMap((_, i) => (outlier(kms, i) ? [i] : []));
    return {key: at.map((i) => `${i}:${kms[i]}`).join(), line: at.length ? `${this.#weekLabel(at[0]!, kms.length)}: ${this.#outlierText()}` : ''};
  }

  #outlierText(): string {
    const times = formatNumber(OUTLIER);
    return msg(str`That is more than ${times} times any other week. Check the number.`);
  }

  /** "3 weeks ago: Enter a number, like 12.5." */
  #fieldError(index: number, field: Field): string {
    return `${this.#weekLabel(index, this.rows.length)}: ${this.#errorText(field)}`;
  }

  #onFactor(id: FactorId, event: Event): void {
    const checked = (event.target as HTMLInputElement).checked;
    this.#change(() => {
      const next = new Set(this.factors);
      if (checked) next.add(id);
      else next.delete(id);
      this.factors = next;
      return true;
    });
  }

  /**
   * Enter on a question goes to the verdict, as on a filled-in "This week": Space changes the advice,
   * and the results are above the questions (on a phone, out of sight) or beside them.
   */
  #onFactorKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    void this.#focusWeek(-1);
  }

  /**
   * Focuses week `index`'s field, or with -1 the verdict's title ("Run less"), the news a screen reader
   * then says and reads on from; without a verdict yet, the first wrong week, whose field says what to fix,
   * or else the message in the verdict's place ("Missing: Last week…"). The whole verdict comes into view
   * (its top, if it is taller than the window): where its title was on screen already, at the bottom, the
   * browser left what it says below.
   */
  async #focusWeek(index: number, select = false): Promise<void> {
    if (index < 0) index = this.rows.findIndex((r) => !/ok|empty/.test(this.#field(r).kind));
    const target = await this.focusTarget(index < 0 ? '#verdict-title, .results .message' : `#week-${index}`);
    target?.focus();
    target?.closest('.verdict')?.scrollIntoView({block: 'nearest'});
    if (select) (target as HTMLInputElement | null)?.select();
  }

  /**
   * Adds an empty week before the oldest one. Returns false (nothing added) when there are already 8 weeks.
   * Moves no focus (the widget's own button takes the reader to the new week).
   */
  addEarlierWeek(): boolean {
    return this.#addEarlierWeek(false);
  }

  #addEarlierWeek(focus: boolean): boolean {
    this.#loadEarly();
    if (this.rows.length >= MAX_WEEKS) return false;
    const count = this.#weekCount(this.rows.length + 1);
    this.#change(() => {
      this.rows = [emptyRow(), ...this.rows];
      return true;
    }, msg(str`Added an earlier week. ${count}`));
    if (focus) void this.#focusWeek(0);
    return true;
  }

  /** Removes the oldest week (Undo brings it back). Returns false (nothing removed) when only 4 weeks are left. */
  removeOldestWeek(): boolean {
    this.#loadEarly();
    if (this.rows.length <= MIN_WEEKS) return false;
    const count = this.#weekCount(this.rows.length - 1);
    this.#undoable(() => msg('Remove the oldest week'), 0, () => (this.rows = this.rows.slice(1)), msg(str`Removed the oldest week. ${count}`));
    return true;
  }

  /**
   * A new week has begun: every week moves back one and "This week" starts empty (the oldest drops off at
   * 8); two or more calendar weeks after the last, they move on to this week, as the offer to do so would.
   * Undo puts the weeks back, in case it was tapped by mistake. Moves no focus (the widget's own button
   * takes the reader to "This week").
   */
  startNewWeek(): void {
    this.#startNewWeek(false);
  }

  #startNewWeek(focus: boolean): void {
    this.#loadEarly();
    // Weeks behind, a new week is this one: one more would leave the focused row "2 weeks ago", said as
    // "Enter this week's distance".
    if (this.#weeksBehind() > 1) return this.#catchUp(focus);
    this.#moveOn(1, () => msg('Start a new week'), msg('Started a new week: every week moved back one. Enter this week’s distance.'), undefined, focus);
  }

  /**
   * Moves every week back `weeks` weeks, with empty ones after them, and dates "This week" along. The note
   * names the distances that no longer fit (8 weeks at most): Undo brings them back. `what`: the button.
   */
  #moveOn(weeks: number, what: () => string, note: string, thisWeek?: string, focus = true): void {
    const n = Math.min(Math.max(1, Math.floor(weeks)), MAX_WEEKS);
    const dropped = this.rows.slice(0, Math.max(0, this.rows.length + n - MAX_WEEKS)).flatMap((r) => (r.km === null ? [] : [this.#distance(r.km, true)]));
    const max = formatNumber(MAX_WEEKS);
    const list = formatList(dropped);
    if (dropped.length) note += ` ${msg(str`Dropped the oldest, as only ${max} weeks fit: ${list}.`)}`;
    this.#undoable(what, this.rows.length - 1, () => {
      const empty = [...Array(n)].map(emptyRow);
      this.rows = [...this.rows, ...empty].slice(-MAX_WEEKS);
      if (thisWeek) this.#thisWeek = thisWeek;
      else if (this.#thisWeek) this.#thisWeek = addWeeks(this.#thisWeek, n);
      this.#countBehind();
    }, note);
    if (focus) void this.#focusWeek(this.rows.length - 1);
  }

  /**
   * Runs a week button's action with the buttons kept where they were on screen: a week added or removed
   * above them moved them by a row, and a quick second tap landed on the button (or field) now there.
   * The row of buttons is measured, not the button: Undo goes once used, and a double tap on it removed
   * the week again. Before any focus move, which scrolls only to a field that is off screen.
   */
  async #inPlace(event: Event, action: () => unknown): Promise<void> {
    const row = (event.currentTarget as Element).parentElement!;
    const top = row.getBoundingClientRect().top;
    action();
    await this.updateComplete;
    // What scrolls the row: a page's panel or dialog, else the page (the page behind a dialog moved).
    scrollArea(row).box.scrollBy(0, row.getBoundingClientRect().top - top);
  }

  /** The reader came back weeks later: move the weeks on to this calendar week. */
  #catchUp(focus: boolean): void {
    // Counted now, not when the offer appeared: the page may have stayed open past a Monday. Today is
    // read once: read again, a Monday just begun would date the weeks moved on a week later than they are.
    const now = weekOf(today());
    const behind = this.#thisWeek ? weeksBetween(this.#thisWeek, now) : 0;
    if (behind < 1) return void (this.behind = 0);
    this.#moveOn(behind, () => msg('Move the weeks on'), msg('Moved the weeks on: “This week” is this week now. Enter its distance.'), now, focus);
  }

  /** The reader says the weeks are up to date as they are: "This week" is this calendar week. */
  #onUpToDate(): void {
    this.#change(() => {
      this.#thisWeek = weekOf(today());
      this.behind = 0;
      return true;
    }, msg('Kept the weeks as they are: “This week” is this week.'));
    void this.#focusWeek(this.rows.length - 1);
  }

  /**
   * Reads when "This week" was, from stored weeks, and how many calendar weeks have passed since. A week
   * ahead is kept: a reader a time zone ahead on Monday, or who started a new week on a Sunday, saved it,
   * and this week here would be written back over it and offered to move on again next Monday. Further
   * ahead, it was saved on a clock that ran ahead: taken as this week, or it would hold back the offer to
   * move the weeks on until that date came.
   */
  #readCalendar(data: TrainingLoadData): void {
    const some = data.weeks.some((w) => w !== null);
    const stored = some ? (own(data, 'thisWeek') ?? null) : null;
    const now = weekOf(today());
    this.#thisWeek = stored && stored > addWeeks(now, 1) ? now : stored;
    this.#countBehind();
  }

  /** How many calendar weeks "This week" is behind today's (see watchDay(): a page left open over a Sunday night). */
  #countBehind(): void {
    this.behind = this.#thisWeek ? Math.max(0, weeksBetween(this.#thisWeek, today())) : 0;
  }

  /** Runs a week action that Undo can take back (see Snapshot), and says `note` and where Undo is. */
  #undoable(what: () => string, at: number, mutate: () => unknown, note: string): void {
    const before: Snapshot = {rows: this.rows, thisWeek: this.#thisWeek, what, at};
    this.#change(() => (mutate(), true), `${note} ${undoNote()}`);
    this.undo = before;
  }

  /** Puts the weeks back as they were before the last week action, saves them, and focuses the week it brought back. */
  #onUndo(): void {
    const before = this.undo;
    if (!before) return;
    this.#change(() => {
      this.rows = before.rows;
      this.#thisWeek = before.thisWeek;
      // Counted again: a week may have begun since (kept, the last row was named "This week" again).
      this.#countBehind();
      return true;
    }, msg('Undone: the weeks are back as they were.'));
    void this.#focusWeek(before.at);
  }

  /** The numbers shown before the switch, kept as they were typed but in the unit now chosen. */
  async #keepTyped(): Promise<void> {
    const from = this.converted;
    if (!from) return;
    const to = this.#unit_;
    const name = unitName(to);
    this.#change(() => {
      this.rows = this.rows.map((r) => {
        if (r.text !== null || r.km === null) return r;
        // The number as it was shown (to 2 places), now in the new unit. One past that unit's limit (400 km
        // is 400 mi, over 300) comes back as typed text, marked, as if typed so: its saved week stays.
        const value = Math.round(fromKm(r.km, from) * 100) / 100;
        if (checkDistance(value, to) !== 'ok') return {...r, text: formatNumber(value, {useGrouping: false}), touched: true};
        const km = toKm(value, to);
        return {...r, km, kept: km};
      });
      return true;
    }, msg(str`Kept the numbers as typed, in ${name}.`));
    // The button is gone: focus goes back to the switch the reader had just used.
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part="unit"] [aria-checked="true"]')?.focus();
  }

  #weekCount(n: number): string {
    const count = formatNumber(n);
    return msg(str`${count} weeks listed.`);
  }

  /**
   * The reader's choice on the switch: shown at once, and saved with their weeks. Their numbers are
   * converted (20 mi shows as 32.19 km); one who typed them in the new unit all along (the page's unit
   * was not theirs) is offered to keep them as typed. Switching back ends the offer.
   */
  #setUnit(unit: Unit): void {
    const switched = unit !== this.#unit_;
    if (switched) {
      this.converted = this.converted !== unit && this.rows.some((r) => this.#field(r).kind === 'ok') ? this.#unit_ : null;
      // A week that was no distance in the old unit but is one in the new ("20 km" typed in a miles field,
      // whose error asked for this switch) is saved now: it was shown and counted, but kept its old value.
      this.rows = this.rows.map((r) => {
        if (r.text === null || this.#field(r).kind === 'ok') return r;
        const now = this.#field(r, unit);
        return now.kind === 'ok' ? {...r, km: now.km, kept: now.km} : r;
      });
    }
    this.unit = unit;
    this.#chosenUnit = unit;
    this.#persist();
    // Said as well as shown: the offer to keep the numbers comes next in Tab order.
    if (!switched) return;
    // A message still waiting for a typing pause would say over it.
    clearTimeout(this.#typingTimer);
    this.#unsaid = false;
    this.#said.say(this.converted ? convertedText(this.converted, unit) : '');
  }

  /** A unit the reader chose earlier (stored with the weeks) replaces the page's. */
  #adoptUnit(unit: Unit | undefined): void {
    if (!unit || unit === this.#chosenUnit) return;
    this.#chosenUnit = unit;
    this.unit = unit;
    this.#unit_ = unit;
  }

  // ---- Figures for the event and the live region --------------------------------------------------

  #figures(): TrainingLoadChangeDetail {
    const a = this.#analysis();
    const weeks = this.rows.map((r) => kmOf(this.#field(r)));
    const factors = factorIds.filter((f) => this.factors.has(f));
    const ok = a !== null && !a.allZero;
    return {
      weeks,
      unit: this.#unit_,
      factors,
      complete: a !== null,
      change: ok && a.change.kind === 'change' ? a.change.fraction : null,
      ratio: ok && a.ratio.kind === 'ratio' ? a.ratio.rounded : null,
      band: ok && a.ratio.kind === 'ratio' ? a.ratio.band : null,
      level: ok ? a.verdict.level : null,
      next: ok && a.next.kind === 'range' ? {lowKm: a.next.low, highKm: a.next.high} : null,
      cutBack: ok && a.cutBack.kind === 'cut-back' ? {lowKm: a.cutBack.low, highKm: a.cutBack.high} : null,
    };
  }

  /**
   * What the live region says about the results (`line`), and what tells one state of them from another
   * (`key`): the verdict itself, or which message stands in for the figures. Asking for distances is one
   * state whichever weeks are still missing, so filling them in one by one is not read out week by week.
   */
  #status(a: Analysis | null): {key: string; line: string} {
    if (!a) {
      const {kind, text, said = text, early = ''} = this.#incomplete();
      // Missing weeks are one state, unless what last week and this week already tell changes.
      return {key: kind === 'fix' ? said : `missing ${early}`, line: said};
    }
    const line = this.#statusLine(a);
    return {key: line, line};
  }

  #statusLine(a: Analysis): string {
    if (a.allZero) return this.#allZeroText();
    const headline = this.#headline(a);
    // What changes the plan is said too: next week's range, and a lighter week when one is due.
    // (`nextRange` as in the chart's label: one message, with one placeholder name.)
    const nextRange = a.next.kind === 'range' ? this.#range(a.next.low, a.next.high, true) : '';
    // With the caution the screen gives it after a much lighter week. (A lighter week next is the cut-back,
    // said below.)
    const caution =
      a.next.kind === 'range' && a.next.rebuild
        ? ` ${msg('If pain made you run less, this range is too much: start with short, easy runs, and see a professional if the pain comes back.')}`
        : '';
    const next = nextRange ? ` ${msg(str`Next week: ${nextRange}`)}.${caution}` : '';
    // (Unless the headline says it already.)
    const lighter = a.cutBack.kind === 'cut-back' && a.verdict.level ? ` ${msg('Time for a lighter week')}.` : '';
    // A sentence of its own, so a screen reader pauses after it ("4 weeks listed. Go carefully.").
    if (a.ratio.kind !== 'ratio') return `${headline}.${next}${lighter}`;
    // The headline is the advice; the band's name beside it ("Steady. Ratio 1.08, steady.") said it twice.
    const ratio = this.#ratioText(a.ratio.rounded);
    return msg(str`${headline}. This week is ${ratio} times the average of the 4 weeks before it.`) + next + lighter;
  }

  // ---- Text ---------------------------------------------------------------------------------------

  /**
   * "This week", "Last week", "3 weeks ago", counted from this calendar week: weeks later, before they are
   * moved on, the last row is "2 weeks ago", not "This week" (where a runner typed this week's distance
   * over that week's).
   */
  #weekLabel(index: number, count: number): string {
    const ago = count - 1 - index + this.#weeksBehind();
    if (ago === 0) return msg('This week');
    if (ago === 1) return msg('Last week');
    const n = formatNumber(ago);
    return msg(str`${n} weeks ago`);
  }

  /**
   * The days of the week a row stands for ("Nov 30 – Dec 6"), shown under its name: counted from the
   * saved "This week" (weeks behind, or a week ahead when it was started on a Sunday or a time zone
   * ahead), and from this calendar week for an example or before the first save.
   */
  #weekDays(index: number, count: number): string {
    return formatWeek(addWeeks(this.#ownWeek ?? weekOf(today()), index - count + 1));
  }

  /** "12 mi"; `spoken`, for text only a screen reader gets: "12 miles" ("mi" is read as a word). */
  #distance(km: number, spoken = false): string {
    return formatDistance(km, this.#unit_, spoken ? LONG : {});
  }

  /** "18–20 mi"; `spoken`, for the live region, the hidden table and sentences: "18 to 20 miles". */
  #range(lowKm: number, highKm: number, spoken = false): string {
    return formatRange(lowKm, highKm, this.#unit_, spoken);
  }

  #ratioText(ratio: number): string {
    return formatNumber(ratio, {minimumFractionDigits: 2, maximumFractionDigits: 2});
  }

  #bandName(band: Band): string {
    switch (band) {
      case 'low':
        return msg('low');
      case 'steady':
        return msg('steady');
      case 'caution':
        return msg('caution');
      case 'spike':
        return msg('spike');
    }
  }

  #headline(a: Analysis): string {
    const v = a.verdict;
    if (v.level === 3) return msg('Run much less');
    if (v.level === 2) return msg('Run less');
    if (v.level === 1) return msg('Go carefully');
    // On track, but the lighter week is due: a headline of "Steady" read as "keep going" against it.
    if (a.cutBack.kind === 'cut-back') return msg('Plan a lighter week');
    if (v.band === 'low') return msg('Lighter than usual');
    if (v.band === 'steady') return msg('Steady');
    return msg('No big jump');
  }

  #allZeroText(): string {
    return msg('Every week is 0, so there is nothing to compare yet. Enter the distances you ran (0 is fine for a week off).');
  }

  #noticeText(): string | null {
    switch (this.storeStatus.kind) {
      case 'unavailable':
        return msg("This browser isn't letting the page save, so your weeks will be lost when you leave.");
      case 'full':
        return msg("This browser's storage is full, so your latest changes won't be kept when you leave.");
      case 'recovered': {
        const key = this.storeStatus.backupKey;
        return msg(str`Saved weeks that could not be read are not shown. Nothing was deleted: a copy of everything is kept in this browser under “${key}”.`);
      }
      case 'blocked':
        return this.storeStatus.shown
          ? msg('Some weeks saved earlier could not be read, and this browser has no room to keep a copy of them. To keep them safe nothing will be saved over them, so your changes will be lost when you leave.')
          : msg('Weeks saved earlier could not be read. To keep them safe nothing will be saved over them, so your changes will be lost when you leave.');
      case 'taken':
        return msg('This site already keeps other data where your weeks would be saved, so they will be lost when you leave.');
      default:
        return null;
    }
  }

  #errorText(field: Field): string | null {
    switch (field.kind) {
      case 'empty':
        return msg("Enter a distance, or 0 if you didn't run.");
      case 'not-a-number': {
        const example = formatNumber(12.5);
        return msg(str`Enter a number, like ${example}.`);
      }
      case 'other-unit':
        return otherUnitText(this.#unit_, 12.5);
      case 'negative':
        return msg("A distance can't be below 0.");
      case 'absurd': {
        // In words, as errors are read out: "mi" is read as a word.
        const limit = this.#distance(toKm(ABSURD[this.#unit_], this.#unit_), true);
        return msg(str`That is more than ${limit} in one week. Check the number and the unit.`);
      }
      default:
        return null;
    }
  }

  #factorLabel(id: FactorId): string {
    switch (id) {
      case 'intensity':
        return msg('More hard or hilly runs (speed work, races, hill repeats)');
      case 'terrain':
        return msg('New terrain, such as downhill running or trails');
      case 'new-activity':
        return msg('A new activity, such as cycling, hill sprints or gym work');
      case 'sleep':
        return msg('Less than 7 hours of sleep most nights');
    }
  }

  // ---- Render -------------------------------------------------------------------------------------

  protected override render(): TemplateResult {
    const a = this.#analysis();
    const notice = this.#noticeText();
    const fact = kneeFacts().find((f) => f.sources.includes('taunton-2002'));
    // Where what the reader changes is not saved, with nothing gone wrong: an example, or storage="none".
    const unsaved = this.#preset()
      ? msg('These weeks are an example: what you change here is not saved.')
      : this.storeStatus.kind === 'memory' && notSavedText();
    return html`
      <section class="root" part="base" lang=${this.lang_} translate="no" aria-labelledby="title">
        ${this.renderTitle(msg('Is my mileage rising too fast?'))}
        <p class="intro">${msg('Enter what you ran each week to check how fast your load is rising, and get a range for next week.')}</p>
        <p class="hint fact">
          ${fact ? html`${`${fact.text} `}${renderSourcesInline(fact.sources)}` : nothing}
        </p>
        ${notice ? html`<p class="notice" part="notice">${notice}</p>` : nothing} ${this.#renderCatchUp()}
        ${unsaved ? html`<p class="hint">${unsaved}</p>` : nothing}
        <div class="layout">
          ${this.#renderForm()}
          <div class="results" part="results">${this.#renderResults(a)}</div>
          ${this.#renderQuestions(a)}
        </div>
        ${this.#renderMethod()} ${this.#renderForget()}
        ${professionalBox(this.level(1), this.renderBooking())}
        ${this.renderDisclaimer()}
        <div class="sr-only" role="status">${this.#said.text}</div>
      </section>
    `;
  }

  /** The calendar weeks since the last row's week, where the reader's own weeks are shown (not a preset's). */
  #weeksBehind(): number {
    return this.#ownWeek ? this.behind : 0;
  }

  /** The saved "This week", where the rows shown are the reader's own (not a preset's); else null. */
  get #ownWeek(): string | null {
    return this.#preset() === null ? this.#thisWeek : null;
  }

  /** The latest row's week, for display ("2 June 2025"), when that is no longer this week; else null. */
  #behindWeek(): string | null {
    if (!this.#weeksBehind()) return null;
    return formatDay(this.#thisWeek!, {day: 'numeric', month: 'long', year: 'numeric'});
  }

  /** After a gap of calendar weeks: offer to move the weeks on, so that "This week" is this week. */
  #renderCatchUp(): TemplateResult | typeof nothing {
    const date = this.#behindWeek();
    if (!date) return nothing;
    return html`<div class="catch-up" part="catch-up" role="group" aria-labelledby="catch-up-text">
      <p id="catch-up-text">${msg(str`The latest week here is the week of ${date}. Move the weeks on, so that it is this week?`)}</p>
      <div class="week-buttons">
        <button type="button" class="small" @click=${() => this.#catchUp(true)}>${msg('Move the weeks on')}</button>
        <button type="button" class="small" @click=${this.#onUpToDate}>${msg('Keep them as they are')}</button>
      </div>
    </div>`;
  }

  #renderForm(): TemplateResult {
    const count = this.rows.length;
    const atMax = count >= MAX_WEEKS;
    const atMin = count <= MIN_WEEKS;
    const [min, max] = [formatNumber(MIN_WEEKS), formatNumber(MAX_WEEKS)];
    // Why a week button is dimmed, beside it and said when it is pressed anyway.
    const limit = atMax ? msg(str`The figures use at most ${max} weeks.`) : atMin ? msg(str`The figures need at least ${min} weeks.`) : '';
    const unit = [unitSymbol(this.#unit_), unitName(this.#unit_)] as const;
    // Read once for all the weeks, not again for each week's row (each row needs them all).
    const fields = this.rows.map((r) => this.#field(r));
    return html`<div class="form" part="form">
      <div class="head-row">
        ${this.renderHeading(msg('Distance per week'), 1, 'sub')}
        ${unitSwitch(this.#unit_, (u) => this.#setUnit(u))}
      </div>
      ${this.converted
        ? html`<p class="hint converted" part="converted">
            ${convertedText(this.converted, this.#unit_)}
            <button type="button" class="small" @click=${this.#keepTyped}>${msg('Use my numbers as typed')}</button>
          </p>`
        : nothing}
      <p class="hint">${msg('Oldest first. For this week, count what you have run and what you still plan.')}</p>
      <ol class="weeks" role="list">
        ${this.rows.map((row, i) => this.#renderWeek(row, i, fields, unit))}
      </ol>
      <div class="week-buttons">
        <button type="button" class="small" aria-disabled=${atMax ? 'true' : 'false'} aria-describedby=${ifDefined(atMax ? 'week-limit' : undefined)} @click=${(e: Event) => this.#inPlace(e, () => this.#addEarlierWeek(true) || this.#announce(limit))}>
          ${msg('Add an earlier week')}
        </button>
        <button type="button" class="small" aria-disabled=${atMin ? 'true' : 'false'} aria-describedby=${ifDefined(atMin ? 'week-limit' : undefined)} @click=${(e: Event) => this.#inPlace(e, () => this.removeOldestWeek() || this.#announce(limit))}>
          ${msg('Remove the oldest week')}
        </button>
        <button type="button" class="small" @click=${(e: Event) => this.#inPlace(e, () => this.#startNewWeek(true))}>${msg('Start a new week')}</button>
        ${this.undo ? html`<button type="button" class="small" part="undo" @click=${(e: Event) => this.#inPlace(e, () => this.#onUndo())}>${msg('Undo')}<span class="sr-only">: ${this.undo.what()}</span></button>` : nothing}
      </div>
      ${limit ? html`<p class="hint limit" id="week-limit">${limit}</p>` : nothing}
    </div>`;
  }

  /** `unit`: its symbol, shown beside the field, and its name, said as part of the field's name ("mi" is read as a word). */
  #renderWeek(row: Row, i: number, fields: readonly Field[], unit: readonly [string, string]): TemplateResult {
    const count = fields.length;
    const field = fields[i]!;
    const shown = field.kind === 'empty' ? (row.touched ? field : null) : field;
    const error = shown ? this.#errorText(shown) : null;
    const now = i === count - 2 ? fields[count - 1] : null;
    const zeroLastWeek = field.kind === 'ok' && field.km === 0 && now?.kind === 'ok' && now.km > 0;
    const typo = outlier(fields.map(kmOf), i);
    const note =
      error ??
      (typo
        ? this.#outlierText()
        : zeroLastWeek
          ? msg('With 0 last week there is no percent change to show.')
          : null);
    const id = `week-${i}`;
    return html`<li class="week ${error ? 'invalid' : ''}" part="week">
      <label class="week-label" id="${id}-name" for=${id}
        ><span class="name">${this.#weekLabel(i, count)}</span> <span class="days">${this.#weekDays(i, count)}</span></label
      >
      <span class="input">
        <input
          id=${id}
          type="text"
          inputmode="decimal"
          autocomplete="off"
          spellcheck="false"
          .value=${live(this.#display(row))}
          aria-labelledby="${id}-name ${id}-unit"
          aria-invalid=${error ? 'true' : 'false'}
          aria-describedby=${ifDefined(note ? `${id}-note` : undefined)}
          enterkeyhint=${i < count - 1 ? 'next' : 'done'}
          @input=${(e: Event) => this.#onInput(i, e)}
          @blur=${() => this.#onBlur(i)}
          @keydown=${(e: KeyboardEvent) => this.#onKeydown(i, e)}
        />
        <label class="suffix" id="${id}-unit" for=${id}><span class="symbol">${unit[0]}</span><span class="sr-only">&nbsp;(${unit[1]})</span></label>
      </span>
      ${note
        ? html`<p class=${error ? 'error' : 'note'} id="${id}-note" part=${error ? 'error' : 'note'}>${note}</p>`
        : nothing}
    </li>`;
  }

  /**
   * "Lately, is any of this true for you?": after the results, which on a phone now follow the weeks
   * straight away (below these questions the verdict was 550-670 px under "This week"). Beside the
   * results, under the weeks, on a wide widget. Under them, the advice as it is now: a tick changes it, and
   * on a phone the verdict is out of sight above.
   */
  #renderQuestions(a: Analysis | null): TemplateResult {
    return html`<div class="questions" part="questions" role="group" aria-labelledby="questions-label">
      <p class="legend" id="questions-label">${msg('Lately, is any of this true for you?')}</p>
      ${factorIds.map(
        (id) => html`<label class="check">
          <input type="checkbox" .checked=${live(this.factors.has(id))} @change=${(e: Event) => this.#onFactor(id, e)} @keydown=${this.#onFactorKeydown} />
          <span>${this.#factorLabel(id)}</span>
        </label>`,
      )}
      <p class="hint">${msg('Each one adds strain, so each makes the advice one step more careful.')}</p>
      ${a && !a.allZero ? html`<p class="result-now">${`${msg('Your result now:')} `}<strong>${this.#headline(a)}</strong></p>` : nothing}
    </div>`;
  }

  #renderResults(a: Analysis | null): TemplateResult {
    const heading = this.renderHeading(msg('Your training load'), 1, 'sub');
    if (!a) return html`${heading}${this.#renderIncomplete()}${this.#renderChart(null)}`;
    if (a.allZero) {
      return html`${heading}
        <p class="message" part="verdict" tabindex="-1">${this.#allZeroText()}</p>`;
    }
    // Weeks later, the advice is still that of the week the weeks end in: a runner back after a layoff
    // read next week's range as if for now. Said before the verdict, so it is read first.
    const date = this.#behindWeek();
    const stale = date ? html`<p class="hint" part="stale">${msg(str`These figures are for the week of ${date}, not this week.`)}</p>` : nothing;
    return html`${heading} ${stale} ${this.#renderVerdict(a)} ${this.#renderFigures(a)} ${this.#renderCutBack(a)} ${this.#renderChart(a)}`;
  }

  #renderIncomplete(): TemplateResult {
    const typed = this.#typedFromTop();
    return html`<p class="message" tabindex="-1">${this.#incomplete().text}</p>
      ${typed
        ? html`<p class="hint">
            ${msg('Are these your latest weeks?')}
            <button type="button" class="small" @click=${() => this.#moveDown(typed)}>${msg('Move them down to end at This week')}</button>
          </p>`
        : nothing}`;
  }

  /**
   * How many weeks are filled in from the top with every later one empty, the last two at least: a runner
   * who knows three weeks typed them from the top, and read "Missing: Last week and This week" with no
   * way but typing them again. 0 otherwise (one week typed has nothing to compare with).
   */
  #typedFromTop(): number {
    const filled = this.rows.map((r) => this.#field(r).kind);
    const k = filled.indexOf('empty');
    const fromTop = filled.slice(0, k).every((f) => f === 'ok') && filled.slice(k).every((f) => f === 'empty');
    return k >= 2 && k <= filled.length - 2 && fromTop ? k : 0;
  }

  /** Moves the `k` weeks typed at the top down to end at This week, with empty weeks above; Undo takes it back. */
  #moveDown(k: number): void {
    this.#undoable(
      () => msg('Move them down to end at This week'),
      0,
      () => (this.rows = [...[...Array(this.rows.length - k)].map(emptyRow), ...this.rows.slice(0, k)]),
      msg('Moved your weeks down: the last one you typed is now This week.'),
    );
    void this.#focusWeek(0);
  }

  /**
   * The message shown instead of the figures while some week is empty or marked. The live region says it
   * too, with each wrong week and why (`said`: "Last week: Enter a number, like 12.5."), as marks are only seen.
   */
  #incomplete(): {kind: 'start' | 'fix' | 'missing'; text: string; said?: string; early?: string} {
    const fields = this.rows.map((r) => this.#field(r));
    if (fields.every((f) => f.kind === 'empty')) return {kind: 'start', text: msg('Enter a distance for each week to see how your load is changing.')};
    const wrong = fields.flatMap((f, i) => (f.kind === 'ok' || f.kind === 'empty' ? [] : [this.#fieldError(i, f)]));
    if (wrong.length) {
      const n = formatNumber(wrong.length);
      const text = wrong.length > 1 ? msg(str`Fix the ${n} marked distances to see your figures.`) : msg('Fix the marked distance to see your figures.');
      return {kind: 'fix', text, said: [text, ...wrong].join(' ')};
    }
    const labels = this.rows.map((_, i) => (fields[i]!.kind === 'empty' ? this.#weekLabel(i, this.rows.length) : ''));
    const missing = formatList(labels.filter(Boolean));
    const ask = msg(str`Missing: ${missing}. Enter a distance for every week to see your figures: 0 if you didn't run, a rough guess if you don't remember.`);
    // Last week and this week alone already tell a big jump (a runner may know only the last few weeks).
    const [last, now] = fields.slice(-2);
    if (last?.kind !== 'ok' || now?.kind !== 'ok') return {kind: 'missing', text: ask};
    // Only a warning: "did not rise much" could be undone by the older weeks (the ratio) once they are in.
    const change = weekChange([last.km, now.km]);
    if (!verdictFor(workloadRatio([]), change, 0).bigJump) return {kind: 'missing', text: ask};
    const early = this.#bigJumpText(change);
    return {kind: 'missing', text: `${early} ${ask}`, early};
  }

  #renderVerdict(a: Analysis): TemplateResult {
    const v = a.verdict;
    const sentences: string[] = [];
    // In words: the ratio is among the figures, its bands under "How this works". Beside "1.42 times
    // (caution)", "(ratio over 1.3)" was one more number to compare (a cognitive-accessibility review).
    if (v.basis === 'ratio' && v.band) {
      if (v.band === 'low') sentences.push(msg('This week is well below your recent average. That is fine for an easy week; build back up gradually.'));
      if (v.band === 'steady') sentences.push(msg('This week is close to what your body is used to.'));
      // A steady ratio made one step more careful by a jump to a new high (see verdictFor()).
      if (v.band === 'steady' && v.base === 1) sentences.push(this.#bigJumpText(a.change));
      if (v.band === 'caution') sentences.push(msg('This week is well above your recent average.'));
      if (v.band === 'spike') sentences.push(msg('This week is far above your recent average. Sudden jumps like this are when overuse injuries often start.'));
    } else if (v.basis === 'change') {
      const rise = formatPercent(MAX_RISE);
      sentences.push(v.bigJump ? this.#bigJumpText(a.change) : msg(str`This week did not rise more than ${rise} over last week.`));
    }
    if (v.factors === 1) sentences.push(msg('You ticked one thing that adds strain, so the advice is one step more careful.'));
    if (v.factors > 1) {
      const n = formatNumber(v.factors);
      sentences.push(msg(str`You ticked ${n} things that add strain, so the advice is more careful.`));
    }
    // On track with a lighter week due, the headline says so and the box below says why and how much.
    if (v.level === 0) {
      if (a.cutBack.kind !== 'cut-back') sentences.push(msg('Keep adding distance slowly, and rest if something starts to ache.'));
    } else if (v.band === 'low') sentences.push(msg('With the extra strain you ticked, keep next week easy too and build back slowly.'));
    else if (v.level === 1) sentences.push(msg('Hold back a little next week, and watch for aches that last into the next day.'));
    else if (v.level === 2) sentences.push(msg('Run less next week than this week, keep your runs easy, and rest if anything hurts.'));
    else sentences.push(msg('Take a lighter week: fewer, shorter and easier runs. Rest if anything hurts.'));
    return html`<div class="verdict level-${v.level}" part="verdict">
      <p class="verdict-title" id="verdict-title" tabindex="-1"><b>${this.#headline(a)}</b></p>
      <p>${sentences.join(' ')}</p>
    </div>`;
  }

  #bigJumpText(change: WeekChange): string {
    // "More than 10% above" a week with no running is true but reads oddly.
    if (change.kind === 'not-available' && change.reason === 'from-zero') {
      return msg('You did not run last week, so any distance this week is a big jump from it.');
    }
    const rise = formatPercent(MAX_RISE);
    return msg(str`This week is more than ${rise} above last week: a big jump.`);
  }

  /**
   * How to read next week's range: after weeks off, and how careful the advice is. The lower half is
   * given as figures: "Aim for the lower half" of 29–45 km left a tired or anxious reader to work out 37.
   */
  #renderNextDetail(a: Analysis, low: number, high: number): TemplateResult | typeof nothing {
    const v = a.verdict;
    const restart = a.next.kind === 'range' && a.next.restart;
    // The half of the range as shown ("29–45 km": 29 to 37), not of its unrounded ends: from 9.68–12.1 km,
    // shown as 10–12, the half began at 9.7, below the range it halves.
    const [lo, hi] = shownRange(low, high, this.#unit_);
    const half = this.#range(toKm(lo, this.#unit_), toKm((lo + hi) / 2, this.#unit_), true);
    const careful =
      v.level > 1 || (v.level === 1 && v.band === 'low') ? msg('Stay near the low end.') : v.level === 1 ? msg(str`Aim for ${half}.`) : '';
    if (!restart && !careful) return nothing;
    return html` <span class="detail">${restart ? `${msg('After weeks off, run no more next week than this week, then build up gradually.')} ` : nothing}${careful}</span>`;
  }

  #renderFigures(a: Analysis): TemplateResult {
    let change: string;
    if (a.change.kind === 'change') {
      const pct = formatPercent(Math.abs(a.change.fraction));
      if (a.change.fraction > 0.005) change = msg(str`${pct} more than last week`);
      else if (a.change.fraction < -0.005) change = msg(str`${pct} less than last week`);
      else change = msg('About the same as last week');
    } else change = msg('Not available: last week was 0.');

    let ratio: TemplateResult;
    if (a.ratio.kind === 'ratio') {
      const value = this.#ratioText(a.ratio.rounded);
      const band = this.#bandName(a.ratio.band);
      const acute = this.#distance(a.ratio.acute);
      const chronic = this.#distance(a.ratio.chronic);
      ratio = html`<strong class="band band-${a.ratio.band}">${msg(str`${value} times (${band})`)}</strong>
        <span class="detail">${msg(str`${acute} this week against an average of ${chronic} over the 4 weeks before.`)}</span>`;
    } else if (a.ratio.reason === 'too-few-weeks') {
      ratio = html`${msg('Needs 5 weeks of history. Add an earlier week to see it.')}`;
    } else {
      ratio = html`${msg('No ratio can be worked out: the 4 weeks before this one add up to 0.')}`;
    }

    let next: TemplateResult | typeof nothing = nothing;
    if (a.next.kind === 'not-available' && a.next.reason === 'outlier') {
      next = html`<div>
        <dt>${msg('Next week')}</dt>
        <dd>${msg('Check the marked week first: it may be a typo.')}</dd>
      </div>`;
    } else if (a.next.kind === 'range') {
      // Read out as words: a screen reader at its usual settings drops the dash ("19.8 32 mi").
      const range = html`<span aria-hidden="true">${this.#range(a.next.low, a.next.high)}</span><span class="sr-only">${this.#range(a.next.low, a.next.high, true)}</span>`;
      next = html`<div>
        <dt>${msg('Next week')}</dt>
        <dd><strong>${range}</strong>${a.next.lighter
            ? html` <span class="detail">${msg('A lighter week, as below.')}</span>`
            : a.next.rebuild
            ? html` <span class="detail">${`${msg('After a much lighter week, build back up gradually from the low end.')} ${msg(
                  'If pain made you run less, this range is too much: start with short, easy runs, and see a professional if the pain comes back.',
                )}`}</span>`
            : this.#renderNextDetail(a, a.next.low, a.next.high)}</dd>
      </div>`;
    }

    return html`<dl class="figures">
      <div>
        <dt>${msg('This week against last week')}</dt>
        <dd>${change}</dd>
      </div>
      <div>
        <dt>${msg('This week against your 4-week average')}</dt>
        <dd>${ratio}</dd>
      </div>
      ${next}
    </dl>`;
  }

  #renderCutBack(a: Analysis): TemplateResult | typeof nothing {
    if (a.cutBack.kind !== 'cut-back') return nothing;
    // In words in the sentence ("about 16 to 18.4 miles"), as a screen reader should hear it too.
    const range = this.#range(a.cutBack.low, a.cutBack.high, true);
    const least = formatPercent(CUT_BACK_LEAST);
    const most = formatPercent(CUT_BACK_MOST);
    return html`<p class="cut-back" part="cut-back">
      <strong>${msg('Time for a lighter week')}.</strong>${` ${msg(
        str`You added distance three weeks in a row. Think about a lighter week now: ${least} to ${most} less than this week, about ${range}.`,
      )}`}
    </p>`;
  }

  /** Where the weeks are kept while they are saved here, and "Delete my data from this browser" while anything of the reader's is. */
  #renderForget(): TemplateResult | typeof nothing {
    const forget = renderForget(this, {
      asked: this.forgetAsked,
      kept: this.rows.some((r) => r.km !== null) || this.factors.size > 0,
      status: this.storeStatus,
      question: msg('Delete your weeks and answers from this browser?'),
      away: '#week-0',
      ask: (asked) => (this.forgetAsked = asked),
      forget: () => this.#onForget(),
    });
    return forget === nothing
      ? nothing
      : html`<div class="kept">
          ${savedHere(this.storeStatus) ? html`<p class="hint">${msg('Your weeks and answers are kept in this browser only, so you can come back to them.')}</p>` : nothing}${forget}
        </div>`;
  }

  #onForget(): void {
    const store = this.#store;
    if (!store) return;
    this.forgetAsked = false;
    this.#onStoreChange(store.clear());
    this.#announce(msg('Deleted your weeks and answers from this browser.'));
    void this.focusTarget('#week-0').then((field) => field?.focus());
  }

  #renderMethod(): TemplateResult {
    const low = formatNumber(LOW_BELOW);
    const steady = formatNumber(STEADY_UP_TO);
    const caution = formatNumber(CAUTION_UP_TO);
    const rise = formatPercent(MAX_RISE);
    const least = formatPercent(CUT_BACK_LEAST);
    const most = formatPercent(CUT_BACK_MOST);
    const total = formatPercent(BUILD_MIN_TOTAL);
    return html`<details class="method" part="method">
      <summary class="toggle"><span class="chevron" aria-hidden="true"></span>${msg('How this works')}</summary>
      <ul class="bullets">
        <li>${msg('We divide this week by your average for the 4 weeks before it: what your body is used to. Coaches call this the acute:chronic workload ratio. It is a rough guide, not a prediction.')}</li>
        <li>${msg(str`Under ${low} is low, ${low} to ${steady} steady, over ${steady} up to ${caution} caution, over ${caution} a spike.`)}</li>
        <li>${msg(str`Next week's range keeps next week's ratio between ${low} and ${steady}, against the average of your last 4 weeks. It goes no more than about ${rise} above this week, except after a much lighter week: then it keeps to the low end.`)}</li>
        <li>${msg(str`Did this week rise more than ${rise} over last week, to your highest in 5 weeks? Then the advice is more careful, even if the ratio is steady. When the advice is to go carefully, next week's range goes no higher than this week.`)}</li>
        <li>${msg(str`After three weeks in a row of adding distance (${total} or more in all), next week's range is a lighter week, ${least} to ${most} under this one.`)}</li>
        <li>${msg('These limits are a common guide, not figures from our sources. The sources only say to add distance slowly and avoid sudden jumps.')}</li>
      </ul>
    </details>`;
  }

  // ---- Chart --------------------------------------------------------------------------------------

  #renderChart(a: Analysis | null): TemplateResult | typeof nothing {
    const count = this.rows.length;
    const fields = this.rows.map((r) => this.#field(r));
    const values = fields.map(kmOf);
    if (values.every((v) => v === null)) return nothing;
    const absent = (i: number) => (fields[i]!.kind === 'empty' ? msg('not entered') : msg('needs fixing'));
    const ok = a !== null && !a.allZero;
    const next = ok && a.next.kind === 'range' ? a.next : null;
    // This week's bar in its verdict's colour: a steady ratio with a big jump on last week reads "Go
    // carefully", and a green bar under it said the opposite. A low week that is fine stays muted.
    const tone = !ok ? '' : a.verdict.level ? `tone-${Math.min(a.verdict.level, 2)}` : a.ratio.kind === 'ratio' && a.ratio.band === 'low' ? 'band-low' : 'tone-0';
    // Next week's row has a second line: the range under its name ("Semaine prochaine : 22,2–36,1 km"
    // on one line ran out of the chart at a phone's largest text, and SVG text doesn't wrap).
    const NEXT_LINE = 1.3;
    const max = Math.max(...values.map((v) => v ?? 0), next ? next.high : 0) || 1;
    const ROW = 3;
    const PLOT = 74;
    const height = count * ROW + (next ? ROW + NEXT_LINE : 0);
    const pct = (em: number) => `${((em / height) * 100).toFixed(3)}%`;
    const x = (km: number) => (km / max) * PLOT;
    const chronicFrom = count - RATIO_WEEKS;
    const LABEL = 1.05;
    const BAR = 1.45;
    const BAR_H = 1.1;
    const MID = BAR + BAR_H / 2 - 0.05;

    const bars = values.map((km, i) => {
      const top = i * ROW;
      const cls = i === count - 1 ? `bar now ${tone}` : i >= chronicFrom ? 'bar' : 'bar old';
      const w = km === null ? 0 : x(km);
      return svg`<text class="label" x="0" y=${pct(top + LABEL)}>${this.#weekLabel(i, count)}</text>
        ${km === null
          ? svg`<text class="value missing" x="0" y=${pct(top + MID)}>${absent(i)}</text>`
          : svg`<rect class=${cls} x="0" y=${pct(top + BAR)} width=${km > 0 ? `${w.toFixed(3)}%` : '3'} height=${pct(BAR_H)} rx="2" />
              <text class="value" x=${km > 0 ? `${(w + 1.5).toFixed(3)}%` : '8'} y=${pct(top + MID)}>${this.#distance(km)}</text>`}`;
    });

    let nextRow: unknown = nothing;
    let zone: unknown = nothing;
    const nextRange = next ? this.#range(next.low, next.high) : '';
    if (next) {
      const top = count * ROW;
      const lo = x(next.low).toFixed(3);
      const width = Math.max(x(next.high) - x(next.low), 0.4).toFixed(3);
      // A shaded band without edge lines, which cut through the figures beside the bars.
      zone = svg`<rect class="zone" x="${lo}%" y="0" width="${width}%" height="100%" />`;
      // Its name, then the range on a line of its own (see NEXT_LINE), then its box.
      nextRow = svg`<text class="label next" x="0" y=${pct(top + LABEL)}>${msg('Next week')}</text>
        <text class="label next" x="0" y=${pct(top + LABEL + NEXT_LINE)}>${nextRange}</text>
        <rect class="range" x="${lo}%" y=${pct(top + BAR + NEXT_LINE)} width="${width}%" height=${pct(BAR_H)} rx="3" />`;
    }

    // The figures themselves are in the table right after it: the image's name does not read them out again.
    // A <div>, not a <figure>: its caption is for the eye only, and a figure with no name is read as a bare
    // "figure" around the named image and the captioned table.
    const summary = msg('Bar chart of your weekly distance, oldest first. The table after it gives the figures.');

    return html`<div class="chart-box">
      <svg class="chart" part="chart" width="100%" height="${height}em" role="img" aria-label=${summary}>
        ${zone}
        ${bars} ${nextRow}
      </svg>
      ${next ? html`<p class="hint" aria-hidden="true">${msg('Shaded: the suggested range for next week.')}</p>` : nothing}
      ${this.#renderTable(values.map((km, i) => (km === null ? absent(i) : this.#distance(km, true))), next ? this.#range(next.low, next.high, true) : null)}
    </div>`;
  }

  #renderTable(values: readonly string[], next: string | null): TemplateResult {
    const count = values.length;
    // The wrapper hides it: a table ignores the 1px box of .sr-only and would widen the page.
    return html`<div class="sr-only"><table>
      <caption>
        ${msg('Your weekly distance, oldest first')}
      </caption>
      <thead>
        <tr>
          <th scope="col">${msg('Week')}</th>
          <th scope="col">${msg('Distance')}</th>
        </tr>
      </thead>
      <tbody>
        ${values.map(
          (shown, i) => html`<tr>
            <th scope="row">${this.#weekLabel(i, count)}</th>
            <td>${shown}</td>
          </tr>`,
        )}
        ${next
          ? html`<tr>
              <th scope="row">${msg('Next week (suggested)')}</th>
              <td>${next}</td>
            </tr>`
          : nothing}
      </tbody>
    </table></div>`;
  }
}
