import {citeInline} from '../shared/cite.js';
import {articles} from '../content/articles.js';
import {html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult} from 'lit';
import {repeat} from 'lit/directives/repeat.js';
import {msg, str} from '@lit/localize';
import {KneeWidgetElement, isField} from '../shared/widget.js';
import {resetWarning, warn, warnOnce} from '../shared/attributes.js';
import {formatList, formatNumber} from '../shared/format.js';
import {StoreLink, savedHere, storageSpec, type StorageMode, type Store, type StoreStatus} from '../shared/storage.js';
import {sayAgain} from '../shared/live.js';
import {Announcer} from '../shared/announcer.js';
import {hold} from '../shared/described.js';
import {forgetStyles, notSavedText, renderForget} from '../shared/forget.js';
import {own} from '../shared/json.js';
import {formatDay, isoNow, today, watchDay} from '../shared/dates.js';
import {LONG, convertedText, defaultUnit, formatDistance, formatRange, fromKm, toKm, unitAttribute, unitName, unitSwitch, type Unit} from '../shared/units.js';
import {
  DEFAULT_THRESHOLDS,
  DOC_VERSION,
  MAX_RUN_KM,
  MAX_RUNS,
  MAX_TOTAL_KM,
  MAX_SHOES,
  MAX_NAME,
  isFull,
  addRun,
  addShoe,
  copyShoes,
  createRun,
  createShoe,
  editRun,
  editShoe,
  emptyDoc,
  estimateKm,
  exportDoc,
  findShoe,
  isKm,
  maxIn,
  merge,
  parseDay,
  parseDistance,
  parseExport,
  parseMonths,
  parseName,
  plainText,
  removeRun,
  removeShoe,
  restoreRun,
  restoreShoe,
  status,
  thresholds,
  totalKm,
  validateDoc,
  visibleShoes,
  wearSigns,
  type Checked,
  type FieldError,
  type ImportError,
  type ImportReport,
  type NewShoe,
  type Run,
  type Shoe,
  type ShoeDoc,
  type ShoeEdit,
  type WearSign,
  type ShoeStatus,
} from './shoes.js';
import {ShoeMileageChangeEvent} from './shoe-mileage.events.js';
import {shoeMileageStyles} from './shoe-mileage.styles.js';
import {
  errorText,
  field,
  type FieldOptions,
  importErrorText,
  inputValue,
  noticeIcon,
  renderMeter,
  statusIcon,
  statusLabel,
  wearLabel,
} from './shoe-mileage.view.js';

type Panel = 'log' | 'runs' | 'wear' | 'edit';
/** `kind` is always an own property: a page's `Object.prototype.error` can't make a finished import look refused. */
type ImportResult = {readonly file: string} & (
  | {readonly kind: 'done'; readonly report: ImportReport}
  | {readonly kind: 'refused'; readonly error: ImportError | 'too-large' | 'unreadable'}
);
/** A distance in an open form when the shown unit changes: in km when it reads as one, and whether the widget filled it in. */
interface Typed {
  readonly id: string;
  readonly km: number | null;
  readonly untouched: boolean;
}
interface UndoOffer {
  readonly restore: (doc: ShoeDoc) => ShoeDoc;
  /** What gets focus once it is undone. */
  readonly focus: string;
  /** What gets focus when the reader turns the offer down with Escape: next to what was deleted. */
  readonly back: string;
  readonly name: string;
  /** Each thing a deletion took, when Undo brings back more than one (see `#offerDeleted`). */
  readonly names?: readonly string[];
  /** The pair whose distance or status undoing may change (a run's), so that a new status is said. */
  readonly shoe?: string;
  /** What Undo says it did, when not "Restored <name>." (a run just logged is taken back). */
  readonly undone?: string;
  /**
   * The pair whose "Log a run" form shows Undo, after its Log run button, while it is open (a run just
   * logged): focus stays in that form, and the message's Undo was a dozen Tabs away, after the list.
   */
  readonly beside?: string;
}

export const DEFAULT_STORAGE_KEY = 'knee-widgets:shoes';
/** How long the undo button (and any other status message) stays at least; then, until the reader moves on. */
const MESSAGE_MS = 10000;
/** Runs shown before "Show all". */
const RECENT_RUNS = 10;
/** Retired pairs shown before "Show all": after years, two dozen of them pushed Export and Import far down. */
const RECENT_RETIRED = 3;

/** Newest first, for ISO dates and times (stable: the same time keeps its order). */
const newestFirst = (x: string, y: string) => (x < y ? 1 : x > y ? -1 : 0);

/** No shoe list is this big: 2 MB is thousands of runs. */
const MAX_FILE_BYTES = 2 * 1024 * 1024;

/**
 * Tracks running shoes against their replacement range. The reader adds the pairs they run in (a pair not
 * new with the distance it has run; "Not sure? Work it out" fills that in from the months they have run in
 * it and their distance a week, in whole miles or kilometres, for them to check), logs each run's
 * distance, and sees each pair's distance so far, a meter towards its limit, a status (fresh,
 * mid-life, replace soon, replace now) and the day it was last run in. A checklist of the signs of wear:
 * any sign ticked makes the pair at least "replace soon", whatever its distance, and a box marks it for
 * replacement. Shoes are kept in the reader's browser (localStorage), can be exported to a file and
 * imported on another device, and stay in step across tabs. An import adds what is new and skips what it
 * can't use (a pair or run that isn't valid, a run dated after tomorrow, runs that would take a pair past
 * 1,000 runs) and what was deleted on this device after the file last changed it (a pair or a run), saying
 * so; names lose control characters, as typed ones do. A new run's date is today unless the reader changes
 * it, also on a form shown before midnight; a run already dated after today (logged a time zone ahead)
 * keeps its date when only its distance is edited. A retired pair keeps its runs, to look at and mend,
 * under Retired shoes, the last retired first; the three last are shown until "Show all", as a pair's ten
 * latest runs are.
 *
 * Distances are stored in kilometres at full precision. A km/mi switch (a radio group, one tab stop: the
 * arrow keys choose, as on the map's switches) changes only what is shown and typed; the reader's choice
 * is saved with their shoes. `warn-at` and `limit` stay in the page's unit.
 * A distance may be typed with a decimal comma or dot in any language (a phone's number pad may offer only
 * its region's comma), but not with a thousands separator ("1,000" is refused as ambiguous, with an error
 * that says to leave the separator out; spaces are dropped, so "1 000" is 1000), and with the field's own unit ("12.5 mi"); the other unit ("20 km" in a
 * miles field) is not converted but gets an inline error naming the field's unit. The digits and decimal
 * separator of an Arabic or a Persian keyboard are read too ("٢٥", "۱۲٫۵"). training-load's week
 * fields read distances the same way. A new run over 200 miles (321 km in a km field) is taken for a typo
 * and refused with an inline error; runs stored or in a file are kept up to 1,000 miles, the limit before.
 * An error that appears under the field being typed in is brought into view under it, the least distance, once: in a
 * short window (a phone with its keyboard up) Enter can leave the field at the window's foot.
 *
 * Keyboard: Escape closes the open panel (or a run's edit form) and returns to its button. After a
 * delete, focus is on Undo; Escape turns it down and returns to the list, beside what was deleted, and
 * Tab returns there too, leaving Undo on offer (Undo is the last thing in the widget, so Tab would leave
 * it). Edit puts the caret after the pair's name. After a run is logged, focus stays in the distance field
 * for the next one, and Undo sits after "Log run", a few Tabs away (Escape on it turns it down and goes
 * back to the distance); with the form closed, it is in the message. After 10 seconds the message and its
 * Undo stay until the reader clicks or taps anywhere else on the page or types in a field; Tab, Shift+Tab
 * and keys that scroll leave them be. Runs has each run's Delete too.
 *
 * @tagname shoe-mileage
 * @summary Running shoes against their 300–500 mile life: log runs, see when to replace a pair.
 *
 * @attr {'mi'|'km'} unit - The page's unit (written out, `miles`, `kilometres`, `Meilen`…, is understood too): the unit of `warn-at` and `limit`, and the unit shown and typed until the reader picks one on the km/mi switch (their choice is saved with their shoes and wins when they come back; it never changes a `warn-at` or `limit` the page set). Default: miles when the page's `<html lang>` is `en`, `en-US` or `en-GB`, kilometres for any other language or none (`setLocale()` changes the words, not the unit). Stored distances never change.
 * @attr {number} warn-at - Distance (in the page's unit: `unit`, or the page language's) from which a pair should be replaced soon. Default 300 mi / 480 km in the unit shown (the reader's choice on the switch), or 60% of a `limit` under 500 mi / 800 km.
 * @attr {number} limit - Distance (in the page's unit: `unit`, or the page language's) at which a pair should be replaced now. Default 500 mi / 800 km in the unit shown (the reader's choice on the switch: 800 km, not 804.7, for a reader who picks km on an English page). A pair's own limit overrides it.
 * @attr {'local'|'none'} storage - `local` (default) keeps shoes in localStorage; `none` keeps them in memory only (demos); widgets with the same `storage-key` still share them, so give two demos on one page keys of their own.
 * @attr {string} storage-key - localStorage key. Default `knee-widgets:shoes`. Widgets with the same key share their shoes.
 * @attr {'auto'|'light'|'dark'} theme - Colour scheme. `auto` follows the page's `color-scheme`, and takes the dark one where the browser darkens a light page itself, unless the page set `--kw-text`, `--kw-surface` or `--kw-accent`. Reflected once set: a widget without one adds none to its tag.
 * @attr {string} heading - Replaces the built-in title, as given: the page's words are not translated. Only spaces: the built-in title, with a warning.
 * @attr {number} heading-level - Level of the title in the page outline (1–6). Default 2. Headings inside the widget take the levels below it, down to 6 (at 5 or 6 they share level 6).
 *
 * @fires {ShoeMileageChangeEvent} shoe-mileage-change - The shoes changed: by the reader, by a method such as `addShoe()`, or in another tab or widget. `detail: {shoes}`, a copy.
 *
 * @csspart base - The widget's content. The card around it (border, corner radius, padding) is the element itself: style
 *   the tag to change or remove it. Its background is `--kw-surface`.
 * @csspart title - The widget's title.
 * @csspart notice - The notice shown when changes can't be saved or saved data couldn't be read.
 * @csspart unit - The km/mi switch.
 * @csspart shoe - Each shoe card (retired ones too).
 * @csspart meter - The distance meter of each active shoe.
 * @csspart add-form - The "Add a shoe" form.
 * @csspart error - An inline error under a field.
 * @csspart backup - The export and import section.
 * @csspart import-report - The report after an import: what was added, and what was skipped and why (or why nothing was).
 * @csspart status - The message box: a live message, with the Undo button beside it after a delete (and after a run is logged, while its form is closed).
 * @csspart forget - The question "Delete my data from this browser" asks, with its two buttons.
 * @csspart disclaimer - The "general information, not medical advice" line, with the month its content last changed.
 *
 * @cssprop --shoe-mileage-fresh - Colour of a fresh pair. Default `--kw-ok`. Each status colour is also its badge's words, on an 8% tint of itself: one at 5:1 on the card keeps them at 4.5:1.
 * @cssprop --shoe-mileage-mid-life - Colour of a pair in mid-life. Default `--kw-link`.
 * @cssprop --shoe-mileage-replace-soon - Colour of a pair to replace soon. Default `--kw-warn`.
 * @cssprop --shoe-mileage-replace-now - Colour of a pair to replace now. Default `--kw-danger`.
 * @cssprop --shoe-mileage-track - Background of the meter. Default `--kw-raised`.
 * @cssprop --shoe-mileage-padding - Padding inside the border. Default `1em`, less on a narrow phone (`min(1em, 5vw)`).
 * @cssprop --kw-accent - Shared accent colour (buttons, links).
 * @cssprop --kw-link - Links and other small text in the accent colour. Default: the accent, mixed a little towards the text colour so it reads as text.
 * @cssprop --kw-on-accent - Text on the accent colour. Default: black or white, whichever reads on the accent.
 * @cssprop --kw-accent-soft - Soft accent background: the button of an open panel (Runs, Signs of wear, Edit).
 * @cssprop --kw-text - Text colour.
 * @cssprop --kw-muted - Secondary text colour.
 * @cssprop --kw-surface - Background colour.
 * @cssprop --kw-raised - Background of raised areas (cards).
 * @cssprop --kw-border - Border colour.
 * @cssprop --kw-focus - Focus ring colour.
 * @cssprop --kw-danger - Errors and "replace now".
 * @cssprop --kw-warn - Notices and "replace soon".
 * @cssprop --kw-ok - "Fresh".
 * @cssprop --kw-radius - Corner radius of the widget and its boxes.
 * @cssprop --kw-button-radius - Corner radius of buttons, switches, chips, a shoe's status badge and wear meter. Default: round ends (`999px`).
 * @cssprop --kw-gap - Space between the widget's main parts. Default `1em`.
 * @cssprop --kw-font - Font family. Default: the page's.
 * @cssprop --kw-heading-font - Font family of the headings. Default: `--kw-font`.
 * @cssprop --kw-font-size - Base font size. Default: the browser's (`medium`).
 */
export class ShoeMileage extends KneeWidgetElement {
  static override styles = [...KneeWidgetElement.styles, forgetStyles, shoeMileageStyles];

  static override properties: PropertyDeclarations = {
    unit: {},
    warnAt: {attribute: 'warn-at'},
    limit: {},
    storage: {},
    storageKey: {attribute: 'storage-key'},
    doc: {state: true},
    storeStatus: {state: true},
    open: {state: true},
    errors: {state: true},
    editingRun: {state: true},
    allRuns: {state: true},
    allRetired: {state: true},
    message: {state: true},
    undo: {state: true},
    importResult: {state: true},
    forgetAsked: {state: true},
  };

  /** `mi` or `km`; empty follows the page language (`mi` for English in the US and UK and for plain `en`, `km` otherwise). The unit of `warn-at` and `limit`, and the one shown until the reader picks one on the switch: their choice is saved with their shoes and wins when they come back. */
  declare unit: string;
  /** "Replace soon" distance in the page's unit (`unit`, or the page language's), whatever the reader picks on the switch. Empty: the default, in the unit shown. */
  declare warnAt: string | number;
  /** "Replace now" distance in the page's unit (`unit`, or the page language's), whatever the reader picks on the switch. Empty: the default, in the unit shown. */
  declare limit: string | number;
  /** `local` or `none`. */
  declare storage: StorageMode;
  /** localStorage key. */
  declare storageKey: string;

  declare private doc: ShoeDoc;
  declare private storeStatus: StoreStatus;
  declare private open: ReadonlyMap<string, Panel>;
  declare private errors: Readonly<Record<string, FieldError>>;
  declare private editingRun: string | null;
  declare private allRuns: ReadonlySet<string>;
  /** "Show all" retired pairs was pressed. */
  declare private allRetired: boolean;
  declare private message: string;
  declare private undo: UndoOffer | null;
  declare private importResult: ImportResult | null;
  /** "Delete my data from this browser" is asking whether to go ahead. */
  declare private forgetAsked: boolean;
  /**
   * What is read out for screen readers alone: an error when focus can't take the reader to it (see
   * `focusLater`), a unit change, an empty list of runs. It goes after a while, as in the other widgets:
   * left in place, it was met again out of context by a reader going down the widget.
   */
  readonly #heard = new Announcer(this);
  /** Focus is on Undo, sent there by a delete (see `onUndoKeydown`). */
  #sentToUndo = false;

  // Validated values, computed in willUpdate.
  /** The page's unit (`unit`, or the page language's): what `warn-at` and `limit` are in. */
  #pageUnit_: Unit = 'km';
  /** The unit shown and typed: the reader's choice on the switch (saved with the shoes), else the page's. */
  #unit_: Unit = 'km';
  /**
   * Distances in the open forms when the shown unit changed, read in the unit they were typed in: once
   * rendered, each is shown again in the new unit (a number typed as 5 km must not turn into 5 mi).
   */
  #retype: readonly Typed[] = [];
  /** Distances shown again in a new unit (field id → the text shown and the km it stands for): submitted unchanged, they keep full precision. */
  #converted = new Map<string, {readonly text: string; readonly km: number}>();
  #warnKm_ = 480;
  #limitKm_ = 800;

  readonly #link = new StoreLink<ShoeDoc>(
    (key) => ({key, owner: 'shoe-mileage', version: DOC_VERSION, validate: validateDoc, empty: emptyDoc}),
    (data) => this.#onStoreChange(data),
  );
  #timer?: ReturnType<typeof setTimeout>;
  /** A change could not be saved just now: the next message says so. */
  #pendingNotice = false;
  /**
   * The shown toast's height as `--_toast-room`, which the styles turn into a scroll margin on every
   * control so none gets focus under the toast. A constructed sheet: no style attribute (strict CSP).
   */
  #toastRoom?: CSSStyleSheet;
  #toastRoomRule = '';
  /** The control of the reader's last click or change, for when it did not take focus (see `updated`). */
  #used?: Element;
  /** Measures the toast again when its text wraps differently (the widget or the window was resized). */
  #toastObserver?: ResizeObserver;

  constructor() {
    super();
    this.unit = '';
    this.warnAt = '';
    this.limit = '';
    this.storage = 'local';
    this.storageKey = DEFAULT_STORAGE_KEY;
    this.doc = emptyDoc();
    this.storeStatus = {kind: 'ok'};
    this.open = new Map();
    this.errors = {};
    this.editingRun = null;
    this.allRuns = new Set();
    this.allRetired = false;
    this.message = '';
    this.#heard.say('');
    this.undo = null;
    this.importResult = null;
    this.forgetAsked = false;
    // A "Log a run" form left open overnight: its date, if untouched, and the latest date allowed move on
    // (watchDay draws the widget again).
    watchDay(this);
  }

  // ——— Public API ———

  /** A copy of the shoes (active and retired). */
  get shoes(): Shoe[] {
    return copyShoes(this.#current);
  }

  /** Adds a shoe (`startKm` in km). Returns a copy of it, or null (with a warning) when the name is missing, a value is out of range or the list is full. */
  addShoe(init: NewShoe): Shoe | null {
    const name = parseName(String(init?.name ?? ''), true);
    const model = parseName(String(init?.model ?? ''), false);
    const startKm = Number(init?.startKm ?? 0);
    let wrong = `${MAX_SHOES} pairs is the most it keeps`;
    if (!isFull(this.#current)) {
      if (!name.ok || !model.ok) wrong = `name missing, or name or model over ${MAX_NAME} characters`;
      else if (!(startKm >= 0 && startKm <= MAX_TOTAL_KM)) wrong = `startKm not from 0 to ${Math.floor(MAX_TOTAL_KM)}`;
      else {
        const shoe = createShoe({name: name.value, model: model.value, startKm}, isoNow());
        this.#change((doc) => addShoe(doc, shoe));
        return structuredClone(shoe);
      }
    }
    warn(`<shoe-mileage>.addShoe(): ${wrong}; ignored.`);
    return null;
  }

  /** Logs a run of `km` kilometres on `date` (`yyyy-mm-dd`, default today). Returns whether it was logged. */
  logRun(shoeId: string, km: number, date: string = today()): boolean {
    const day = parseDay(String(date));
    let wrong = 'no shoe has that id';
    if (findShoe(this.#current, shoeId)) {
      if (!(typeof km === 'number' && km > 0 && km <= MAX_RUN_KM)) wrong = 'km not over 0 and up to 321.9';
      else if (!day.ok) wrong = 'date not yyyy-mm-dd, today or before';
      else {
        // Made once, outside the change: a change waiting to be saved (storage full) is applied again.
        const run = createRun(km, day.value, isoNow());
        return this.#change((doc) => addRun(doc, shoeId, run));
      }
    }
    warn(`<shoe-mileage>.logRun(): ${wrong}; ignored.`);
    return false;
  }

  /** The shoes as an export file's JSON text. */
  exportJson(): string {
    return exportDoc(this.#current, isoNow());
  }

  /**
   * Merges the shoes in an exported file (what the Import button does). Resolves to the report, or null
   * when the file was refused (nothing changed). Either way the result is shown to the reader. Given no
   * File or Blob, it resolves null with a console warning and shows nothing.
   */
  async importFile(file: Blob & {readonly name?: string}): Promise<ImportReport | null> {
    // Not `instanceof Blob`: a File from another frame (an iframe's file input) is another window's Blob.
    // A size is needed too, for the size limit below.
    if (typeof file?.text != 'function' || typeof file.size != 'number') {
      warn('<shoe-mileage>.importFile(): not a File or Blob; ignored.');
      return null;
    }
    // Shown in the report's title: a name can't turn that sentence round.
    const name = plainText(file.name ?? '');
    let text: string;
    if (file.size > MAX_FILE_BYTES) return this.#refuseImport(name, 'too-large');
    try {
      text = await file.text();
    } catch {
      return this.#refuseImport(name, 'unreadable');
    }
    const parsed = parseExport(text);
    if (!parsed.ok) return this.#refuseImport(name, parsed.error);
    let report: ImportReport = {addedShoes: 0, addedRuns: 0, skipped: []};
    let tooMany = false;
    const apply = (doc: ShoeDoc) => {
      const merged = merge(doc, parsed.shoes);
      // A list already past the cap (saved elsewhere) can still take runs for the pairs it has.
      tooMany = visibleShoes(merged.doc).length > Math.max(MAX_SHOES, visibleShoes(doc).length);
      if (tooMany) return doc;
      report = merged.report;
      return merged.doc;
    };
    this.#change(apply);
    if (tooMany) return this.#refuseImport(name, 'too-many');
    this.importResult = {kind: 'done', file: name, report};
    const shoes = formatNumber(report.addedShoes);
    const runs = formatNumber(report.addedRuns);
    // What was left out is in the report below: say that there is some, as the report is only seen.
    const skipped = report.skipped.length ? ` ${msg('Some were not added: the report below says why.')}` : '';
    this.#say(msg(str`Import finished. Shoes added: ${shoes}. Runs added: ${runs}.`) + skipped);
    return report;
  }

  #refuseImport(file: string, error: ImportError | 'too-large' | 'unreadable'): null {
    this.importResult = {kind: 'refused', file, error};
    this.#say(importErrorText(error));
    return null;
  }

  // ——— Lifecycle and storage ———

  override connectedCallback(): void {
    super.connectedCallback();
    // The first time, the store opens in the first update (or when the API needs it), so that a
    // storage="none" or storage-key set right after connecting is followed before anything is read.
    if (this.hasUpdated) this.#openStore();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#link.close();
    this.#toastObserver?.disconnect();
    this.#toastObserver = undefined;
    this.#used = undefined;
    // A message (and its Undo) belongs to the moment: it doesn't survive the element leaving the page.
    this.#clearMessage();
  }


  /** Opens the store for the current key and mode (or reads it again), and watches it while connected. */
  #openStore(): Store<ShoeDoc> {
    const {key, mode} = storageSpec(this, DEFAULT_STORAGE_KEY);
    if (this.#link.open(key, mode, this.isConnected)) {
      this.#clearMessage();
      this.importResult = null;
      this.doc = this.#store!.value;
    }
    this.storeStatus = this.#store!.status;
    return this.#store!;
  }

  get #store(): Store<ShoeDoc> | undefined {
    return this.#link.store;
  }

  /** The shoes, read from the store first when nothing has opened it yet (the API may come first). */
  get #current(): ShoeDoc {
    if (!this.#store) this.#openStore();
    return this.doc;
  }

  /** Another tab, or another widget on this page with the same key, changed the shoes. */
  #onStoreChange(data: ShoeDoc): void {
    const before = this.doc;
    this.doc = data;
    this.storeStatus = this.#store!.status;
    // Deleted everywhere ("Delete my data" in another widget or tab): the Undo here goes with it.
    if (!data.shoes.length && this.undo) this.#clearMessage();
    // Only the reader's unit changed (on the switch of another widget or tab), or nothing did.
    if (JSON.stringify(data.shoes) === JSON.stringify(before.shoes)) return;
    this.#emit();
  }

  /**
   * Applies `change` to the freshest stored data (so another tab's edits are kept), saves, and fires
   * `shoe-mileage-change`. Returns whether anything changed.
   */
  #change(change: (doc: ShoeDoc) => ShoeDoc): boolean {
    let changed = false;
    this.#update((doc) => {
      const next = change(doc);
      changed = next !== doc;
      return next;
    });
    this.#clearMessage();
    if (changed) this.#emit();
    return changed;
  }

  /** Applies `change` to the freshest stored data and saves it (when saving fails, the next message says so). */
  #update(change: (doc: ShoeDoc) => ShoeDoc): void {
    const store = this.#store ?? this.#openStore();
    const before = store.status.kind;
    this.doc = store.update(change);
    this.storeStatus = store.status;
    if (store.status.kind !== before && !store.persistent) this.#pendingNotice = true;
  }

  /** The event's copy of the shoes is made when a listener first reads it: years of runs took a copy per change. */
  #emit(): void {
    const doc = this.doc;
    let copy: Shoe[] | undefined;
    this.dispatchEvent(
      new ShoeMileageChangeEvent({
        get shoes() {
          return (copy ??= copyShoes(doc));
        },
      }),
    );
  }

  // ——— Attributes ———

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Without a unit, the page language decides (and may change). warn-at and limit are in this unit,
    // whatever the reader shows; without them, the defaults follow the unit shown.
    const pageUnit = unitAttribute(this, this.unit, defaultUnit(globalThis.document?.documentElement.lang));
    if (!this.hasUpdated || changed.has('storage') || changed.has('storageKey')) {
      // A page may set storage="none" right after connecting the element (or a framework may bind it
      // as a property), and nothing may then be read or written under the default.
      if (this.isConnected) this.#openStore();
    }
    // The reader's own choice, saved with the shoes (and so followed from other widgets and tabs), wins.
    // After the store: a new key brings its own shoes, and its own choice.
    const shown = this.doc.unit ?? pageUnit;
    const unitChanged = shown !== this.#unit_;
    if (unitChanged) {
      if (this.hasUpdated) {
        this.#retype = this.#typedDistances();
        // A distance's error spoke of the old unit ("20 km" in a miles field is fine in km): checked again
        // on the next submit.
        const ids = new Set(this.#retype.map((t) => t.id));
        this.#dropErrors((id) => ids.has(id));
      }
      this.#unit_ = shown;
    }
    if (unitChanged || pageUnit !== this.#pageUnit_ || changed.has('warnAt') || changed.has('limit') || !this.hasUpdated) {
      this.#pageUnit_ = pageUnit;
      this.#readThresholds();
    }
  }

  #readThreshold(attribute: 'warn-at' | 'limit', raw: unknown, fallback: number): number {
    const text = String(raw ?? '').trim();
    if (!text) {
      resetWarning(this, attribute);
      return fallback;
    }
    const n = Number(text);
    if (!Number.isFinite(n) || n <= 0 || toKm(n, this.#pageUnit_) > MAX_TOTAL_KM) {
      warnOnce(this, attribute, `<shoe-mileage> ${attribute}="${text.slice(0, 60)}" is not a distance over 0 (in ${this.#pageUnit_}); using ${fallback}.`);
      return fallback;
    }
    resetWarning(this, attribute);
    return n;
  }

  /**
   * warn-at and limit, in the page's unit (never the one the reader picked to show). Either one the page
   * left empty is the articles' round figure in the unit shown: 800 km, not 500 miles' 804.7 km, for a
   * reader who picked km on an English page, whether the page set the other or not.
   */
  #readThresholds(): void {
    const unitOf = (raw: unknown): Unit => (String(raw ?? '').trim() ? this.#pageUnit_ : this.#unit_);
    const [lu, wu] = [unitOf(this.limit), unitOf(this.warnAt)];
    const {warn: soon, limit: top} = DEFAULT_THRESHOLDS[lu];
    let limit = this.#readThreshold('limit', this.limit, top);
    // A limit under the default, with no warn-at of the page's, gets its "soon" at the same share of it as
    // the defaults (300 of 500): a clinic's limit="450" (km) had been dropped for 800.
    let warn = toKm(this.#readThreshold('warn-at', this.warnAt, limit < top ? fromKm(toKm((limit * soon) / top, lu), wu) : DEFAULT_THRESHOLDS[wu].warn), wu);
    limit = toKm(limit, lu);
    if (warn >= limit) {
      const [unit, defaults] = [this.#unit_, DEFAULT_THRESHOLDS[this.#unit_]];
      warnOnce(this, 'thresholds', `<shoe-mileage> warn-at must be below limit; using ${defaults.warn} and ${defaults.limit} ${unit}.`);
      warn = toKm(defaults.warn, unit);
      limit = toKm(defaults.limit, unit);
    } else resetWarning(this, 'thresholds');
    this.#warnKm_ = warn;
    this.#limitKm_ = limit;
  }

  // ——— The reader's unit ———

  /**
   * The reader's choice on the switch: shown at once, and saved with the shoes (which stay in km). Every
   * distance on screen changes (on the cards, and one typed in a form), so it is said too, as
   * training-load does.
   */
  #setUnit(unit: Unit): void {
    const from = this.#unit_;
    if (this.doc.unit === unit) return;
    if (from !== unit && (this.doc.shoes.length || this.#typedDistances().some((t) => t.km !== null))) {
      this.#heard.say(convertedText(from, unit));
    }
    this.#update((doc) => (doc.unit === unit ? doc : {...doc, unit}));
  }

  /**
   * The distances in the open forms, read in the unit shown (the one they were typed in): one already shown
   * again after a switch, and left as it was, keeps the km it stood for (100 km had become 100.0046 km after
   * two switches).
   */
  #typedDistances(): Typed[] {
    return [...this.renderRoot.querySelectorAll<HTMLInputElement>('input[inputmode="decimal"]')].map((input) => {
      const typed = this.#readDistance(input.id, input.value, {maxKm: MAX_TOTAL_KM, allowZero: true});
      return {id: input.id, km: typed.ok ? typed.value : null, untouched: input.value === input.defaultValue};
    });
  }

  /** Shows the distances read by typedDistances() again in the new unit; what is not a distance stays as typed. */
  #showTyped(): void {
    const retype = this.#retype;
    this.#retype = [];
    this.#converted.clear();
    for (const {id, km, untouched} of retype) {
      const input = id ? this.renderRoot.querySelector<HTMLInputElement>(`#${id}`) : null;
      if (!input) continue;
      // A value the widget filled in (a run's distance, a pair's limit) follows it, at full precision.
      if (untouched) input.value = input.defaultValue;
      else if (km !== null) {
        input.value = inputValue(km, this.#unit_);
        this.#converted.set(id, {text: input.value, km});
      }
    }
  }

  /**
   * A distance the reader submitted in field `id`, in the shown unit; or, when it is a value shown again
   * after a unit switch and left as it was, the exact km it stood for ("8" km is "4.97" mi, and stays 8 km)
   * if that is within the field's limits (else the text is read, and refused, as typed: a run of 900 mi
   * shown again as 1448.41 km had been saved).
   */
  #readDistance(id: string, text: string, options: Parameters<typeof parseDistance>[3] = {}): ReturnType<typeof parseDistance> {
    const kept = this.#converted.get(id);
    const unit = this.#unit_;
    if (kept && kept.text === text.trim() && isKm(kept.km, toKm(maxIn(options.maxKm ?? MAX_RUN_KM, unit), unit), !!options.allowZero)) return {ok: true, value: kept.km};
    return parseDistance(text, unit, this.lang_, options);
  }

  // ——— Messages, undo and focus ———

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.#retype.length) this.#showTyped();
    // Measured now, before focusLater() moves focus (a ResizeObserver would report after it).
    if (this.message) this.#measureToast();
    // A control that already has focus when the message appears (a ticked box, Enter in a field) gets
    // no scroll from its scroll margin, which works only when focus arrives: scroll it clear now. The
    // control just pressed first: Safari focuses no tapped checkbox or button, and VoiceOver's double tap
    // on an iPhone leaves focus where it was (a field far down the page, which the page jumped to).
    if ((changed as PropertyValues).has('message')) this.#scrollClear(this.#used ?? this.shadowRoot?.activeElement);
    // Good for what it brought about: a later message (another tab's change, say) must not scroll back to it.
    this.#used = undefined;
    const toast = this.renderRoot.querySelector('.toast');
    if (!this.#toastObserver && toast && this.isConnected && typeof ResizeObserver === 'function') {
      this.#toastObserver = new ResizeObserver(() => {
        if (this.message) this.#measureToast();
      });
      this.#toastObserver.observe(toast);
    }
  }

  /** Keeps `--_toast-room` at the shown toast's height (without constructable sheets, the styles' 8em stays). */
  #measureToast(): void {
    const root = this.shadowRoot;
    const toast = root?.querySelector('.toast');
    if (!root || !toast || !('adoptedStyleSheets' in root) || typeof CSSStyleSheet.prototype.replaceSync !== 'function') return;
    const rule = `:host { --_toast-room: ${Math.ceil(toast.getBoundingClientRect().height)}px; }`;
    if (rule === this.#toastRoomRule) return;
    this.#toastRoom ??= new CSSStyleSheet();
    if (!root.adoptedStyleSheets.includes(this.#toastRoom)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.#toastRoom];
    this.#toastRoom.replaceSync(rule);
    this.#toastRoomRule = rule;
  }

  /**
   * Scrolls `node`, the control just used, clear of the message it brought up, by its scroll margin.
   * (Keyboard focus while a message shows is scrolled clear by every widget's focus handler.)
   */
  #scrollClear(node: unknown): void {
    if (this.message && node instanceof HTMLElement && node.isConnected && !node.closest('.toast')) this.#reveal(node);
  }

  /**
   * On the way down, before the control's own listener: a real click or change runs Lit's update (and the
   * message it brought up) between that listener and one on the way back up, which set it again after
   * it had been forgotten, for a later message to scroll back to. On the shadow root, not an element:
   * everything inside an element with a click listener gets a "click ancestor" action, and Orca said
   * "clickable" after each pair's heading.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    for (const type of ['change', 'click']) root.addEventListener(type, (event) => (this.#used = event.composedPath()[0] as Element), true);
    return root;
  }

  /**
   * A field the reader changes loses its error (and `aria-invalid`): it no longer says what is there, and
   * was read out again on each visit till the next submit. The form checks the new value then. Not "the
   * list is full", which no typing mends.
   */
  #onInput(event: Event): void {
    const field = event.composedPath()[0] as Element;
    const id = field.id;
    if (this.errors[id] && this.errors[id] !== 'too-many-shoes') {
      // Its description is held till focus leaves it (see hold()): Orca read it out again as it changed.
      hold(this, field);
      this.#dropErrors((e) => e === id);
    }
  }

  /**
   * Shows and announces `text` (politely) for 10 seconds at least, and then until the reader moves on: no
   * time limit (WCAG 2.2.1), so a slow reader still has its Undo. See `#movedOn`.
   */
  #say(text: string, undo: UndoOffer | null = null): void {
    this.#stale(false);
    if (this.#pendingNotice && text) {
      text = `${text} ${msg("Changes won't be kept after you leave this page.")}`;
      this.#pendingNotice = false;
    }
    // The same words again (a second export, the same refused file) are said again.
    this.message = sayAgain(text, this.message);
    this.#heard.say('');
    this.undo = undo;
    // (Not for a widget that has left the page meanwhile, an import still being read, say.)
    if (text) this.#timer = setTimeout(() => this.isConnected && this.#stale(true), MESSAGE_MS);
  }

  /**
   * Says what was deleted, with its Undo. A deletion while the Undo of an earlier one still shows joins
   * it, and Undo brings back both: a double tap on Delete deleted two (the next row's Delete moves under
   * the finger), and Undo brought back only the second. `shown`: the offer before the change, which
   * clears it.
   */
  #offerDeleted(text: string, offer: UndoOffer, shown: UndoOffer | null): void {
    const earlier = shown?.undone === undefined ? shown : null;
    if (earlier) {
      const names = [...(earlier.names ?? [earlier.name]), offer.name];
      const latest = offer.restore;
      offer = {
        // The latest first: each was taken from the list as the one before it had left it.
        restore: (doc) => earlier.restore(latest(doc)),
        // Whichever of them is on screen once back, the first: a run's panel closes with its pair.
        focus: `${earlier.focus}, ${offer.focus}`,
        back: offer.back,
        name: formatList(names),
        names,
        shoe: earlier.shoe === offer.shoe ? offer.shoe : undefined,
      };
      text += ` ${msg('Undo brings back everything you just deleted.')}`;
    }
    this.#say(text, offer);
  }

  #clearMessage(): void {
    this.#stale(false);
    this.message = '';
    this.undo = null;
  }

  /**
   * A message that has had its 10 seconds goes when the reader moves on: a click or tap anywhere in the
   * page but on the message itself, or typing in a field, before the control acts (so a new message
   * from it stays). Not Tab or the keys that scroll, zoom or copy; not a touch that only scrolls, which
   * is no click. Until then it stays, however long the reader takes.
   */
  readonly #movedOn = (event: Event) => {
    const typing = isField(event.composedPath()[0]);
    const {key, ctrlKey, metaKey, altKey} = event as KeyboardEvent;
    if (key !== undefined && (!typing || ctrlKey || metaKey || altKey || /^(Tab|Shift|Control|Alt|Meta|CapsLock)$/.test(key))) return;
    // Not on the message, nor on its Undo where that sits in a "Log a run" form: the click that undoes.
    const path = event.composedPath();
    if (!path.includes(this.renderRoot.querySelector('.toast')!) && !path.some((n) => n instanceof Element && n.classList.contains('undo'))) this.#clearMessage();
  };

  /** Listens for the reader moving on while a message has had its time (on the window: a tap outside counts). */
  #stale(on: boolean): void {
    clearTimeout(this.#timer);
    for (const type of ['click', 'keydown']) (on ? addEventListener : removeEventListener)(type, this.#movedOn, true);
  }

  /** The first element with an id in the list item after (or else before) the one holding `selector`. */
  #neighbour(selector: string, fallback: string): string {
    const item = this.renderRoot.querySelector(selector)?.closest('li');
    const id = (item?.nextElementSibling ?? item?.previousElementSibling)?.querySelector('[id]')?.id;
    return id ? `#${id}` : fallback;
  }

  /**
   * Escape on Undo: the message goes, and focus returns to the list, beside what was deleted. Tab does
   * the same, leaving the message and its Undo showing, when a delete sent focus to Undo: Undo is the
   * last thing in the widget, so Tab left the widget, and the reader, who had been working in the list,
   * was far from it. Not once focus has left Undo (Tab reaching Undo goes on out of the widget).
   */
  #onUndoKeydown(event: KeyboardEvent): void {
    const offer = this.undo;
    const tab = event.key === 'Tab' && !event.shiftKey && this.#sentToUndo;
    if ((event.key !== 'Escape' && !tab) || !offer) return;
    event.preventDefault();
    // From the Undo in a "Log a run" form: back to its distance, for the next run.
    const back = this.#undoBeside() ? offer.focus : offer.back;
    if (!tab) this.#clearMessage();
    // What was beside the deleted item may have gone meanwhile (another tab): then the list.
    void this.#focusLater(back, '#list-heading');
  }

  async #onUndo(): Promise<void> {
    const offer = this.undo;
    if (!offer) return;
    const before = offer.shoe ? findShoe(this.doc, offer.shoe) : undefined;
    if (!this.#change(offer.restore)) return this.#gone();
    const name = offer.name;
    this.#say((offer.undone ?? msg(str`Restored ${name}.`)) + (offer.shoe ? this.#nowAt(offer.shoe, before) : ''));
    await this.#focusLater(offer.focus, offer.back);
    // Focus goes to the restored item's title; the whole item comes clear of the message, not its title alone.
    this.#reveal(this.renderRoot.querySelector(offer.focus)?.closest('li'));
  }

  /** Scrolls `node` clear of the message, by its scroll margin, the least distance needed. */
  #reveal(node: Element | null | undefined): void {
    node?.scrollIntoView({block: 'nearest'});
  }

  /**
   * Focus on Undo after a delete, with what moved into the deleted item's place scrolled clear of the
   * toast: on a phone the next tap would otherwise land on the toast, not on that item.
   */
  async #focusUndo(back: string): Promise<void> {
    await this.#focusLater('.undo');
    this.#sentToUndo = this.shadowRoot!.activeElement?.classList.contains('undo') ?? false;
    this.#reveal(this.renderRoot.querySelector(back));
  }

  /** Focuses the first element one of `selectors` matches (the later ones are fallbacks) once rendered. */
  async #focusLater(...selectors: string[]): Promise<void> {
    const target = await this.focusTarget(...selectors);
    if (!target) return;
    // Focus already there (Enter in a field that is wrong): moving it again says nothing, so its error
    // is read out instead, again if it is the same error (as the pain check does with its own).
    const stays = this.shadowRoot!.activeElement === target;
    const error = stays ? this.renderRoot.querySelector(`#${target.id}-error`)?.textContent?.trim() : '';
    this.#heard.say(error ?? '');
    if (!stays) this.#focus(target);
  }

  /**
   * Into a field that holds words (a pair's name in Edit), the caret goes after them, where typing adds
   * to them, as when Tab reaches a field: left before them, " 2" made "2Daily trainer". (Not where focus
   * already was: the reader may be mending the middle of it.)
   */
  #focus(target: HTMLElement): void {
    target.focus();
    if (target instanceof HTMLInputElement && target.type === 'text') target.setSelectionRange(target.value.length, target.value.length);
  }

  // ——— Reader actions ———

  /** Forgets the errors of the inputs `drop` picks by id, and adds those `found`. */
  #dropErrors(drop: (id: string) => boolean, found: Record<string, FieldError> = {}): void {
    this.errors = {...Object.fromEntries(Object.entries(this.errors).filter(([id]) => !drop(id))), ...found};
  }

  #setErrors(prefix: string, found: Record<string, FieldError>): boolean {
    const first = Object.keys(found)[0];
    // Focus on the first wrong field before its error is drawn, and its description held till focus
    // leaves it (see hold()): focusLater(), finding focus there, has the status say the error, once.
    const field = first ? this.renderRoot.querySelector<HTMLElement>(`#${first}`) : null;
    if (field) {
      if (field !== this.shadowRoot!.activeElement) this.#focus(field);
      hold(this, field);
    }
    this.#dropErrors((id) => id.startsWith(prefix), found);
    if (first) void this.#focusLater(`#${first}`);
    return !first;
  }

  /** Forgets the errors of a card's forms and of any run being edited (when a panel opens or closes). */
  #clearErrors(shoeId: string): void {
    this.#dropErrors((id) => id.includes(`-${shoeId}-`) || id.startsWith('run-'));
  }

  /** Checks each field, collecting errors under their input ids. */
  #check<T>(found: Record<string, FieldError>, id: string, result: Checked<T>): T | undefined {
    if (result.ok) return result.value;
    found[id] = result.error;
    return undefined;
  }

  #readForm(event: Event): (name: string) => string {
    event.preventDefault();
    const data = new FormData(event.currentTarget as HTMLFormElement);
    return (name) => String(data.get(name) ?? '');
  }

  async #onAdd(event: SubmitEvent): Promise<void> {
    const form = event.currentTarget as HTMLFormElement;
    const get = this.#readForm(event);
    const found: Record<string, FieldError> = {};
    const name = this.#check(found, 'add-name', isFull(this.doc) ? {ok: false, error: 'too-many-shoes'} : parseName(get('name'), true));
    const model = this.#check(found, 'add-model', parseName(get('model'), false));
    const start = get('start').trim()
      ? this.#check(found, 'add-start', this.#readDistance('add-start', get('start'), {maxKm: MAX_TOTAL_KM, allowZero: true}))
      : 0;
    if (!this.#setErrors('add-', found)) return;
    const shoe = createShoe({name: name!, model: model!, startKm: start!}, isoNow());
    this.#change((doc) => addShoe(doc, shoe));
    const added = shoe.name;
    this.#say(msg(str`Added ${added}.`));
    // The form is emptied once focus has left it for the new pair: emptied under focus, Firefox told
    // Orca of it after focus had moved, and Orca took the reader back to "Name, entry, required".
    await this.#focusLater(`#shoe-${shoe.id}`);
    form.reset();
  }

  #gone(): void {
    this.#say(msg('That shoe was changed in another window. Nothing was saved.'));
  }

  #onLog(event: SubmitEvent, shoe: Shoe): void {
    const get = this.#readForm(event);
    const prefix = `log-${shoe.id}-`;
    const found: Record<string, FieldError> = {};
    const form = event.currentTarget as HTMLFormElement;
    const km = this.#check(found, `${prefix}km`, this.#readDistance(`${prefix}km`, get('km')));
    // A date the reader left as it was filled in means today, also when the form was shown yesterday and
    // Enter came after midnight, with nothing that told the widget the day had changed.
    const day = form.elements.namedItem('date') as HTMLInputElement;
    const date = this.#check(found, `${prefix}date`, parseDay(day.value === day.defaultValue ? today() : day.value));
    if (!this.#setErrors(prefix, found)) return;
    const run = createRun(km!, date!, isoNow());
    if (!this.#change((doc) => addRun(doc, shoe.id, run))) return this.#gone();
    (form.elements.namedItem('km') as HTMLInputElement).value = '';
    const distance = formatDistance(km!, this.#unit_, LONG);
    const name = this.#named(shoe);
    // A run logged for another day names it, so a slip of the month shows before the reader moves on.
    const when = date === today() ? '' : formatDay(date!);
    const logged = when ? msg(str`Logged ${distance} on ${when} for ${name}.`) : msg(str`Logged ${distance} for ${name}.`);
    // Undo, for a slip of the finger (50 for 5.0): focus stays in the field, for the next run. Undo takes
    // the run away only as it was logged (not once another tab has changed or deleted it), and goes back to
    // the field, or to the card's "Log a run" if the form has closed meanwhile.
    this.#say(logged + this.#nowAt(shoe.id), {
      restore: (doc) => (findShoe(doc, shoe.id)?.runs.some((r) => r.id === run.id && r.updatedAt === run.updatedAt) ? removeRun(doc, shoe.id, run.id, isoNow()) : doc),
      focus: `#${prefix}km`,
      back: `#toggle-${shoe.id}-log`,
      name: msg(str`the run of ${distance}`),
      shoe: shoe.id,
      undone: msg(str`Removed the run of ${distance} you just logged.`),
      beside: shoe.id,
    });
    void this.#focusLater(`#${prefix}km`);
  }

  #statusOf(shoe: Shoe | undefined): ShoeStatus | undefined {
    return shoe && status(shoe, this.#warnKm_, this.#limitKm_);
  }

  /**
   * " Now at 307.6 miles: Replace soon.", to end what a change says, when the pair's status is no longer
   * that of `before`, the pair as it was (always, without it). A run edited, deleted or restored, a new
   * limit or a flag can each move a pair past a threshold, and the badge alone changed without a word.
   */
  #nowAt(id: string, before?: Shoe): string {
    const now = findShoe(this.doc, id);
    const after = this.#statusOf(now);
    if (!now || after === this.#statusOf(before)) return '';
    const total = formatDistance(totalKm(now), this.#unit_, LONG);
    const label = statusLabel(after!);
    return ` ${msg(str`Now at ${total}: ${label}.`)}`;
  }

  #onEditRun(event: SubmitEvent, shoe: Shoe, run: Run): void {
    const get = this.#readForm(event);
    const prefix = `run-${run.id}-`;
    const found: Record<string, FieldError> = {};
    const typed = get('km');
    // Unchanged text keeps the run's full precision (the field shows it rounded).
    const km = typed.trim() === inputValue(run.km, this.#unit_) ? run.km : this.#check(found, `${prefix}km`, this.#readDistance(`${prefix}km`, typed));
    // A run dated after today (logged a time zone ahead, or on a clock that ran ahead) keeps its date when
    // only its distance changes: "Pick today or an earlier date" stopped the reader mending the distance.
    const day = get('date').trim();
    const date = this.#check(found, `${prefix}date`, parseDay(day, day === run.date && run.date > today() ? run.date : today()));
    if (!this.#setErrors(prefix, found)) return;
    if (!this.#change((doc) => editRun(doc, shoe.id, run.id, {km: km!, date: date!}, isoNow()))) return this.#gone();
    this.editingRun = null;
    this.#say(msg('Run updated.') + this.#nowAt(shoe.id, shoe));
    void this.#focusLater(`#${prefix}edit`);
  }

  #startEditRun(run: Run): void {
    this.editingRun = run.id;
    void this.#focusLater(`#run-${run.id}-km`);
  }

  #cancelEditRun(run: Run, refocus = true): void {
    this.editingRun = null;
    this.#setErrors(`run-${run.id}-`, {});
    if (refocus) void this.#focusLater(`#run-${run.id}-edit`);
  }

  #onDeleteRun(shoe: Shoe, run: Run): void {
    let index = -1;
    const remove = (doc: ShoeDoc) => {
      index = findShoe(doc, shoe.id)?.runs.findIndex((r) => r.id === run.id) ?? -1;
      return removeRun(doc, shoe.id, run.id, isoNow());
    };
    const back = this.#neighbour(`#run-${run.id}-edit`, `#toggle-${shoe.id}-runs`);
    const shown = this.undo;
    if (!this.#change(remove)) return this.#gone();
    const distance = formatDistance(run.km, this.#unit_, LONG);
    const name = this.#named(shoe);
    this.#offerDeleted(msg(str`Deleted a run of ${distance} from ${name}.`) + this.#nowAt(shoe.id, shoe), {
      restore: (doc) => restoreRun(doc, shoe.id, run, index),
      focus: `#run-${run.id}-edit`,
      back,
      name: msg(str`the run of ${distance}`),
      shoe: shoe.id,
    }, shown);
    void this.#focusUndo(back);
  }

  #onSaveShoe(event: SubmitEvent, shoe: Shoe): void {
    const get = this.#readForm(event);
    const prefix = `edit-${shoe.id}-`;
    const found: Record<string, FieldError> = {};
    const name = this.#check(found, `${prefix}name`, parseName(get('name'), true));
    const model = this.#check(found, `${prefix}model`, parseName(get('model'), false));
    // A distance left as shown keeps its stored value: the field shows it rounded.
    const distance = (field: string, kept: number | undefined, allowZero: boolean): number | null | undefined => {
      const typed = get(field).trim();
      if (!typed) return null;
      if (kept !== undefined && typed === inputValue(kept, this.#unit_)) return kept;
      return this.#check(found, prefix + field, this.#readDistance(prefix + field, typed, {maxKm: MAX_TOTAL_KM, allowZero}));
    };
    const startKm = distance('start', shoe.startKm, true) ?? 0;
    const limitKm = distance('limit', own(shoe, 'limitKm'), false);
    if (!this.#setErrors(prefix, found)) return;
    if (!this.#change((doc) => editShoe(doc, shoe.id, {name, model, startKm, limitKm}, isoNow()))) return this.#gone();
    this.#closePanel(shoe.id);
    const saved = name!;
    this.#say(msg(str`Saved ${saved}.`) + this.#nowAt(shoe.id, shoe));
    void this.#focusLater(`#shoe-${shoe.id}`);
  }

  #edit(shoe: Shoe, edit: ShoeEdit): boolean {
    const done = this.#change((doc) => editShoe(doc, shoe.id, edit, isoNow()));
    if (!done) this.#gone();
    return done;
  }

  /** Any ticked sign makes the pair at least "replace soon": a change of status is announced, with its reason. */
  #onWear(shoe: Shoe, sign: WearSign, checked: boolean): void {
    const before = this.#statusOf(shoe);
    const wear = wearSigns.filter((w) => (w === sign ? checked : shoe.wear.includes(w)));
    if (!this.#edit(shoe, {wear})) return;
    const now = findShoe(this.doc, shoe.id);
    const after = this.#statusOf(now);
    if (!now || after === before) return;
    const name = this.#named(shoe);
    const label = statusLabel(after!);
    this.#say(now.wear.length ? msg(str`${name} shows signs of wear. Status: ${label}.`) : msg(str`${name} no longer shows signs of wear. Status: ${label}.`));
  }

  #onFlag(shoe: Shoe, replaceFlag: boolean): void {
    if (!this.#edit(shoe, {replaceFlag})) return;
    const name = this.#named(shoe);
    this.#say((replaceFlag ? msg(str`${name} is marked for replacement.`) : msg(str`${name} is no longer marked for replacement.`)) + this.#nowAt(shoe.id, shoe));
  }

  #onRetire(shoe: Shoe, retired: boolean): void {
    const active = visibleShoes(this.doc).filter((s) => !s.retired);
    const next = active[active.findIndex((s) => s.id === shoe.id) + 1];
    if (!this.#edit(shoe, {retired})) return;
    this.#closePanel(shoe.id);
    const name = this.#named(shoe);
    if (retired) {
      this.#say(msg(str`Retired ${name}. It is under Retired shoes, with its runs.`));
      void this.#focusLater(next ? `#shoe-${next.id}` : '#list-heading');
    } else {
      this.#say(msg(str`${name} is back in your shoes.`));
      void this.#focusLater(`#shoe-${shoe.id}`);
    }
  }

  #onDeleteShoe(shoe: Shoe): void {
    let original = shoe;
    const remove = (doc: ShoeDoc) => {
      original = findShoe(doc, shoe.id) ?? shoe;
      return removeShoe(doc, shoe.id, isoNow());
    };
    // The last retired pair takes its list with it: then what follows, not the top of the widget.
    const back = this.#neighbour(`#shoe-${shoe.id}`, shoe.retired ? '#backup-heading' : '#list-heading');
    const shown = this.undo;
    if (!this.#change(remove)) return this.#gone();
    this.#closePanel(shoe.id);
    const name = this.#named(shoe);
    this.#offerDeleted(msg(str`Deleted ${name}.`), {restore: (doc) => restoreShoe(doc, original), focus: `#shoe-${shoe.id}`, back, name}, shown);
    void this.#focusUndo(back);
  }

  #onExport(): void {
    const url = URL.createObjectURL(new Blob([this.exportJson()], {type: 'application/json'}));
    const a = document.createElement('a');
    a.href = url;
    const file = (a.download = `running-shoes-${today()}.json`);
    a.hidden = true;
    this.renderRoot.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 0);
    // Whether the browser saved it can't be known: a sandboxed frame without downloads drops it silently.
    this.#say(msg(str`Your shoes were put in the file ${file}. If it isn't in your downloads, this page or your browser stopped it.`));
  }

  async #onImportChange(event: Event): Promise<void> {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    await this.importFile(file);
    input.value = '';
    // The report opens below the buttons, where the message would cover it on a phone.
    await this.updateComplete;
    this.#reveal(this.renderRoot.querySelector('.report'));
  }

  #toggle(shoe: Shoe, panel: Panel): void {
    const open = new Map(this.open);
    if (open.get(shoe.id) === panel) open.delete(shoe.id);
    else open.set(shoe.id, panel);
    this.open = open;
    this.editingRun = null;
    this.#clearErrors(shoe.id);
    // Into the panel, as a dialog would: it comes after all four buttons, so Tab would reach them first.
    // Its first control: the distance of a new run, the pair's name in Edit, the first sign of wear, the
    // first run's Edit. Runs with nothing to act on (none logged yet) leave focus on their button, and say
    // so: the panel opened without a word. Whatever was said before goes: it was about what the reader has
    // moved on from.
    const now = open.get(shoe.id);
    this.#heard.say(now === 'runs' && !shoe.runs.length ? msg('No runs logged yet.') : '');
    if (now) void this.#focusLater(`#panel-${shoe.id} :is(input, button)`);
    // Its last buttons (Retire, Delete) would open under a message still showing.
    if (now && this.message) void this.updateComplete.then(() => this.#reveal(this.renderRoot.querySelector(`#panel-${shoe.id}`)));
  }

  #closePanel(id: string): void {
    const open = new Map(this.open);
    open.delete(id);
    this.open = open;
    this.#heard.say('');
    this.#clearErrors(id);
  }

  /**
   * Escape closes a run's edit form if one is open (focus returns to the run's Edit button when it was in
   * the form), else the card's open panel (focus returns to the panel's button).
   */
  #onCardKeydown(event: KeyboardEvent, shoe: Shoe): void {
    // (Not an Escape a control in the card has used: the Undo in "Log a run".)
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    const panel = this.open.get(shoe.id);
    if (!panel) return;
    event.preventDefault();
    if (this.editingRun) {
      const run = shoe.runs.find((r) => r.id === this.editingRun);
      // The run's form closes first. Focus goes back to its Edit button only from inside the form;
      // from elsewhere in the list (another run's buttons) it stays where the reader is.
      const fromForm = !!(event.target as Element).closest('.run.editing');
      if (run) return this.#cancelEditRun(run, fromForm);
    }
    this.#closePanel(shoe.id);
    void this.#focusLater(`#toggle-${shoe.id}-${panel}`);
  }

  // ——— Rendering ———

  // In the toast only the message is live: the Undo button beside it is announced when it takes focus.
  protected override render(): TemplateResult {
    const shoes = visibleShoes(this.doc);
    this.#names = this.#nameAlike(shoes);
    const active = shoes.filter((s) => !s.retired);
    const retired = shoes.filter((s) => s.retired);
    return html`
      <section class="root ${this.message ? 'toasting' : ''}" @input=${this.#onInput} part="base" lang=${this.lang_} translate="no" aria-labelledby="title">
        ${this.renderTitle(msg('Running shoe mileage'))}
        ${this.#renderIntro()} ${this.#renderNotice()}
        <div class="group">
          <div class="head-row">${this.renderHeading(msg('Your shoes'), 1, 'section-title', 'list-heading')} ${unitSwitch(this.#unit_, (u) => this.#setUnit(u))}</div>
          ${active.length
            ? html`<ul class="shoes" role="list">
                ${repeat(active, (s) => s.id, (s) => this.#renderShoe(s))}
              </ul>`
            : html`<p class="empty">
                ${retired.length ? msg('No shoes in use. Add a pair below, or bring one back from Retired shoes.') : msg('No shoes yet. Add the pair you run in below.')}
              </p>`}
        </div>
        ${this.#renderAddForm()} ${retired.length ? this.#renderRetired(retired) : nothing} ${this.#renderBackup()}
        <p class="note">
          ${msg("Worn-out shoes are only one of several causes of knee pain. Don't wait for new shoes to fix a sore knee. Get help the same day if the pain is strong or the knee is badly swollen. See a physiotherapist or doctor if it hasn't eased after about two weeks of rest.")}
        </p>
        ${this.renderDisclaimer()}
        <div class="toast ${this.message ? 'shown' : ''}" part="status">
          <span role="status">${this.message}</span>
          ${this.undo && !this.#undoBeside() ? this.#renderUndo() : nothing}
        </div>
        <span class="sr-only" role="status">${this.#heard.text}</span>
      </section>
    `;
  }


  #renderIntro(): TemplateResult {
    // In words ("300 to 500 miles"): a screen reader at its usual settings drops a dash ("300 500 mi").
    const mi = formatRange(toKm(300, 'mi'), toKm(500, 'mi'), 'mi', true);
    const km = formatRange(480, 800, 'km', true);
    const [range, other] = this.#unit_ === 'mi' ? [mi, km] : [km, mi];
    const {'coach-article': coach, 'compression-article': compression} = articles();
    return html`<p class="intro">
      ${`${msg(str`Running shoes slowly lose their cushioning and support. Many wear out after ${range} (about ${other}). How and where you run changes how long a pair lasts.`)} `}${citeInline(
        [coach, compression],
        {label: true, titles: true},
      )}
    </p>`;
  }

  #renderNotice(): TemplateResult | typeof nothing {
    const s = this.storeStatus;
    let text: string;
    switch (s.kind) {
      case 'unavailable':
        text = msg("This browser is not letting the page save anything (a private window can do this), so changes won't be kept after you leave this page. Export them to a file to keep them.");
        break;
      case 'full':
        text = msg("This browser's storage for the site is full, so changes won't be kept after you leave this page. Export them to a file to keep them.");
        break;
      case 'recovered': {
        const key = s.backupKey;
        text = msg(str`Saved shoes or runs that could not be read are not shown. Nothing was deleted: a copy of everything is kept in this browser under “${key}”.`);
        break;
      }
      case 'blocked':
        text = s.shown
          ? msg("Some saved shoes or runs can't be read, and this browser has no room to keep a copy of them. So that nothing is lost, nothing will be saved here: changes won't be kept after you leave this page. Export your shoes to a file to keep them.")
          : msg("Your saved shoes can't be read here, so nothing will be saved over them and changes won't be kept after you leave this page.");
        break;
      case 'taken':
        text = msg("This site already keeps other data where your shoes would be saved, so they won't be kept after you leave this page. Export them to a file to keep them.");
        break;
      default:
        return nothing;
    }
    return html`<p class="notice" part="notice">${noticeIcon()}<span>${text}</span></p>`;
  }

  /**
   * A field of the form whose ids start with `prefix`: its id is the prefix and its name. With its error,
   * if any; a distance (`decimal`) has the unit in its label, and its error speaks of `maxKm`.
   */
  #field(prefix: string, name: string, options: Omit<FieldOptions, 'id' | 'name' | 'error'>, maxKm = MAX_RUN_KM): TemplateResult {
    const id = prefix + name;
    const e = this.errors[id];
    // The unit in words ("Distance (miles)"): the label is what a screen reader says in the field.
    const unit = unitName(this.#unit_);
    const label = options.label;
    return field({
      ...options,
      id,
      name,
      label: options.decimal ? msg(str`${label} (${unit})`) : label,
      error: e && errorText(e, this.#unit_, maxKm),
    });
  }

  #renderShoe(shoe: Shoe): TemplateResult {
    const unit = this.#unit_;
    const st = status(shoe, this.#warnKm_, this.#limitKm_);
    const t = thresholds(shoe, this.#warnKm_, this.#limitKm_);
    const km = totalKm(shoe);
    const distance = formatDistance(km, unit);
    const limit = formatDistance(t.limitKm, unit);
    const gap = fromKm(t.limitKm - km, unit);
    const remaining = formatDistance(Math.abs(t.limitKm - km), unit);
    // "220 mi to go" counts to the limit: where "replace soon" starts is said too, or it reads as fine till then.
    const soon = formatDistance(t.warnKm, unit);
    const named = this.#named(shoe);
    // The day it was last worn: in a rotation of pairs, which one is due.
    const last = shoe.runs.reduce((day, run) => (run.date > day ? run.date : day), '');
    const button = (panel: Panel, label: string, primary = false) => this.#panelButton(shoe, panel, label, primary);
    return html`<li class="shoe ${st}" part="shoe" @keydown=${(e: KeyboardEvent) => this.#onCardKeydown(e, shoe)}>
      <div class="shoe-head">
        ${this.renderHeading(shoe.name, 2, 'shoe-name', `shoe-${shoe.id}`)}
        <p class="badge">${statusIcon(st)}<span>${statusLabel(st)}</span></p>
      </div>
      ${shoe.model ? html`<p class="model">${shoe.model}</p>` : nothing}
      <p class="distance"><strong>${distance}</strong>${` ${msg(str`of ${limit}`)}`}</p>
      ${renderMeter(named, km, t.warnKm, t.limitKm, unit, st)}
      <p class="detail">
        <span>${gap >= 0.05 ? msg(str`${remaining} to go`) : gap > -0.05 ? msg('Limit reached') : msg(str`${remaining} past the limit`)}</span>
        ${st === 'fresh' || st === 'mid-life' ? html`<span>${msg(str`Replace soon from ${soon}`)}</span>` : nothing}
        ${last ? html`<span>${msg(str`Last run ${formatDay(last)}`)}</span>` : nothing}
        ${shoe.wear.length ? html`<span class="flag">${msg('Shows signs of wear')}</span>` : nothing}
        ${shoe.replaceFlag ? html`<span class="flag">${msg('Marked for replacement')}</span>` : nothing}
      </p>
      <div class="actions">
        ${button('log', msg('Log a run'), true)} ${this.#runsButton(shoe)}
        ${button('wear', msg('Signs of wear'))} ${button('edit', msg('Edit'))}
      </div>
      ${this.#renderPanel(shoe)}
    </li>`;
  }

  /** One of a card's buttons that open a panel under it (one panel open at a time). */
  #panelButton(shoe: Shoe, panel: Panel, label: string, primary = false): TemplateResult {
    return html`<button
      type="button"
      class=${primary ? 'primary' : ''}
      id="toggle-${shoe.id}-${panel}"
      aria-expanded=${this.open.get(shoe.id) === panel ? 'true' : 'false'}
      aria-controls="panel-${shoe.id}"
      @click=${() => this.#toggle(shoe, panel)}
    >
      ${label}<span class="sr-only">: ${this.#named(shoe)}</span>
    </button>`;
  }

  #runsButton(shoe: Shoe): TemplateResult {
    const count = formatNumber(shoe.runs.length);
    return this.#panelButton(shoe, 'runs', msg(str`Runs (${count})`));
  }

  #renderPanel(shoe: Shoe): TemplateResult {
    const open = this.open.get(shoe.id);
    return html`<div class="panel" id="panel-${shoe.id}" ?hidden=${!open}>
      ${open === 'log'
        ? this.#renderLogForm(shoe)
        : open === 'runs'
          ? this.#renderRuns(shoe)
          : open === 'wear'
            ? this.#renderWear(shoe)
            : open === 'edit'
              ? this.#renderEdit(shoe)
              : nothing}
    </div>`;
  }

  #renderLogForm(shoe: Shoe): TemplateResult {
    const id = `log-${shoe.id}-`;
    const day = today();
    return html`<form class="form" novalidate @submit=${(e: SubmitEvent) => this.#onLog(e, shoe)}>
      <div class="fields pair">
        ${this.#field(id, 'km', {label: msg('Distance'), decimal: true, required: true, context: this.#named(shoe)})}
        ${this.#field(id, 'date', {label: msg('Date'), type: 'date', value: day, max: day, required: true, context: this.#named(shoe)})}
      </div>
      <div class="buttons">
        <button type="submit" class="primary">${msg('Log run')}<span class="sr-only">: ${this.#named(shoe)}</span></button>
        ${this.#undoBeside() === shoe.id ? this.#renderUndo() : nothing}
      </div>
    </form>`;
  }

  /**
   * The pair whose open "Log a run" form shows the Undo on offer, if any (see `UndoOffer.beside`): not a
   * pair another tab has retired or deleted meanwhile, whose form is no longer shown.
   */
  #undoBeside(): string | undefined {
    const beside = this.undo?.beside;
    const shoe = beside ? findShoe(this.doc, beside) : undefined;
    return shoe && !shoe.retired && this.open.get(shoe.id) === 'log' ? shoe.id : undefined;
  }

  #renderUndo(): TemplateResult {
    return html`<button type="button" class="undo" @click=${this.#onUndo} @keydown=${this.#onUndoKeydown} @blur=${() => (this.#sentToUndo = false)}>${msg('Undo')}<span class="sr-only">: ${this.undo!.name}</span></button>`;
  }

  #renderRuns(shoe: Shoe): TemplateResult {
    // Newest first: by date, then by when it was saved, then the last logged (reversed, as the sort is
    // stable). Runs saved in the same millisecond had no order, and Firefox and Chromium differed.
    const runs = [...shoe.runs].reverse().sort((a, b) => newestFirst(a.date, b.date) || newestFirst(a.updatedAt, b.updatedAt));
    const all = this.allRuns.has(shoe.id);
    const shown = all ? runs : runs.slice(0, RECENT_RUNS);
    const count = formatNumber(runs.length);
    const start = formatDistance(shoe.startKm, this.#unit_);
    const toggleAll = () => {
      const next = new Set(this.allRuns);
      if (all) next.delete(shoe.id);
      else next.add(shoe.id);
      this.allRuns = next;
      // On to the first run that came into view (as the tips' Show all does): the button now sits
      // below them all, and "Show only recent runs" alone says nothing about what appeared above it.
      if (!all) void this.#focusLater(`#run-${runs[RECENT_RUNS]!.id}-edit`);
    };
    return html`${runs.length
      ? html`<ul class="runs" role="list">
          ${repeat(shown, (r) => r.id, (r) => this.#renderRun(shoe, r))}
        </ul>`
      : html`<p class="muted">${msg('No runs logged yet.')}</p>`}
    ${runs.length > RECENT_RUNS
      ? html`<button type="button" class="link" @click=${toggleAll}>${all ? msg('Show only recent runs') : msg(str`Show all ${count} runs`)}</button>`
      : nothing}
    ${shoe.startKm > 0 ? html`<p class="muted">${msg(str`Also counts ${start} from before you added this pair.`)}</p>` : nothing}`;
  }

  /** The names of pairs that share one, as #named() gives them; worked out once a render. */
  #names = new Map<string, string>();

  /**
   * A pair as its buttons and fields name it to a screen reader or voice control: its name, with its model,
   * or else its distance, or else its place among them, where another pair has the same name. Runners
   * rotating two "Pegasus" pairs had two "Log a run: Pegasus" buttons, two meters and two forms named alike.
   */
  #named(shoe: Shoe): string {
    return this.#names.get(shoe.id) ?? shoe.name;
  }

  #nameAlike(shoes: readonly Shoe[]): Map<string, string> {
    const fold = (text: string) => text.trim().toLocaleLowerCase();
    const groups = new Map<string, Shoe[]>();
    for (const s of shoes) groups.set(fold(s.name), [...(groups.get(fold(s.name)) ?? []), s]);
    const names = new Map<string, string>();
    for (const alike of groups.values()) {
      if (alike.length < 2) continue;
      const distance = (s: Shoe) => formatDistance(totalKm(s), this.#unit_);
      const alone = (s: Shoe, key: (s: Shoe) => string) => alike.filter((o) => key(o) === key(s)).length < 2;
      alike.forEach((s, i) => {
        const tell = s.model.trim() && alone(s, (o) => fold(o.model)) ? s.model.trim() : alone(s, distance) ? distance(s) : formatNumber(i + 1);
        names.set(s.id, `${s.name}, ${tell}`);
      });
    }
    return names;
  }

  #renderRun(shoe: Shoe, run: Run): TemplateResult {
    const id = `run-${run.id}-`;
    const date = formatDay(run.date);
    const distance = formatDistance(run.km, this.#unit_);
    const spoken = formatDistance(run.km, this.#unit_, LONG);
    const what = msg(str`run of ${date}, ${spoken}`);
    if (this.editingRun === run.id) {
      // Named with their run, as every other button of a card is: a list of buttons had bare "Save"s.
      return html`<li class="run editing">
        <form class="form" novalidate @submit=${(e: SubmitEvent) => this.#onEditRun(e, shoe, run)}>
          <div class="fields pair">
            ${this.#field(id, 'km', {label: msg('Distance'), value: inputValue(run.km, this.#unit_), decimal: true, required: true, context: this.#named(shoe)})}
            ${this.#field(id, 'date', {label: msg('Date'), type: 'date', value: run.date, max: today(), required: true, context: this.#named(shoe)})}
          </div>
          <div class="buttons">
            <button type="submit" class="primary">${msg('Save')}<span class="sr-only">: ${what}</span></button>
            <button type="button" @click=${() => this.#cancelEditRun(run)}>${msg('Cancel')}<span class="sr-only">: ${what}</span></button>
          </div>
        </form>
      </li>`;
    }
    return html`<li class="run">
      <span class="run-date">${date}</span>
      <span class="run-km">${distance}</span>
      <span class="buttons">
        <button type="button" class="small" id="${id}edit" @click=${() => this.#startEditRun(run)}>
          ${msg('Edit')}<span class="sr-only">: ${what}</span>
        </button>
        <button type="button" class="small danger" @click=${() => this.#onDeleteRun(shoe, run)}>
          ${msg('Delete')}<span class="sr-only">: ${what}</span>
        </button>
      </span>
    </li>`;
  }

  #renderWear(shoe: Shoe): TemplateResult {
    return html`<fieldset class="wear">
      <legend>${msg('Signs that a pair is worn out')}</legend>
      ${wearSigns.map(
        (sign) => html`<label class="check">
          <input type="checkbox" .checked=${shoe.wear.includes(sign)} @change=${(e: Event) => this.#onWear(shoe, sign, (e.target as HTMLInputElement).checked)} />
          <span>${wearLabel(sign)}</span>
        </label>`,
      )}
      <p class="muted">${msg('Any of these can mean the cushioning is worn out, whatever the distance says.')}</p>
      <label class="check flag-box">
        <input type="checkbox" .checked=${shoe.replaceFlag} @change=${(e: Event) => this.#onFlag(shoe, (e.target as HTMLInputElement).checked)} />
        <span>${msg('Mark this pair for replacement')}</span>
      </label>
    </fieldset>`;
  }

  #renderEdit(shoe: Shoe): TemplateResult {
    const id = `edit-${shoe.id}-`;
    const fallback = formatDistance(this.#limitKm_, this.#unit_);
    const limit = own(shoe, 'limitKm');
    const name = this.#named(shoe);
    return html`<form class="form" novalidate @submit=${(e: SubmitEvent) => this.#onSaveShoe(e, shoe)}>
        <div class="fields">
          ${this.#field(id, 'name', {label: msg('Name'), value: shoe.name, required: true, context: name})}
          ${this.#field(id, 'model', {label: msg('Make and model (optional)'), value: shoe.model, context: name})}
          ${this.#field(
            id,
            'start',
            {
              label: msg('Distance already run'),
              hint: msg('Optional, for a pair that is not new.'),
              value: shoe.startKm ? inputValue(shoe.startKm, this.#unit_) : '',
              decimal: true,
              context: name,
            },
            MAX_TOTAL_KM,
          )}
          ${this.#field(
            id,
            'limit',
            {
              label: msg('Replace at'),
              hint: msg(str`Leave empty to use ${fallback}.`),
              value: limit === undefined ? '' : inputValue(limit, this.#unit_),
              decimal: true,
              context: name,
            },
            MAX_TOTAL_KM,
          )}
        </div>
        <div class="buttons"><button type="submit" class="primary">${msg('Save changes')}<span class="sr-only">: ${name}</span></button></div>
      </form>
      <div class="buttons end">
        <button type="button" @click=${() => this.#onRetire(shoe, true)}>${msg('Retire')}<span class="sr-only">: ${name}</span></button>
        <button type="button" class="danger" @click=${() => this.#onDeleteShoe(shoe)}>${msg('Delete')}<span class="sr-only">: ${name}</span></button>
      </div>`;
  }

  #renderAddForm(): TemplateResult {
    return html`<form class="group add" part="add-form" novalidate aria-labelledby="add-title" @submit=${this.#onAdd}>
      ${this.renderHeading(msg('Add a shoe'), 1, 'section-title', 'add-title')}
      <div class="form">
        <div class="fields three">
          ${this.#field('add-', 'name', {label: msg('Name'), required: true})}
          ${this.#field('add-', 'model', {label: msg('Make and model (optional)')})}
          ${this.#field('add-', 'start', {label: msg('Distance already run'), hint: msg('Optional, for a pair that is not new.'), decimal: true}, MAX_TOTAL_KM)}
        </div>
        ${this.#renderEstimate()}
        <div class="buttons"><button type="submit" class="primary">${msg('Add shoe')}</button></div>
      </div>
    </form>`;
  }

  /**
   * "Not sure? Work it out": a runner who knows how long they have had a pair and about how far they run a
   * week, not the distance ("bought in March, 30 km a week"), gets it filled in. Enter in its fields works
   * it out, and doesn't add the shoe.
   */
  #renderEstimate(): TemplateResult {
    const enter = (e: KeyboardEvent) => {
      if (e.key !== 'Enter' || (e.target as Element).localName !== 'input') return;
      e.preventDefault();
      this.#onEstimate();
    };
    return html`<details class="estimate" @keydown=${enter}>
      <summary>${msg('Not sure? Work it out')}</summary>
      <div class="fields pair">
        ${this.#field('add-est-', 'months', {label: msg('Months you have run in them'), count: true})}
        ${this.#field('add-est-', 'week', {label: msg('Distance a week'), decimal: true})}
      </div>
      <div class="buttons"><button type="button" @click=${this.#onEstimate}>${msg('Fill in the distance')}</button></div>
    </details>`;
  }

  #onEstimate(): void {
    const value = (id: string) => this.renderRoot.querySelector<HTMLInputElement>(`#${id}`)?.value ?? '';
    const found: Record<string, FieldError> = {};
    const months = this.#check(found, 'add-est-months', parseMonths(value('add-est-months'), this.lang_));
    const week = this.#check(found, 'add-est-week', this.#readDistance('add-est-week', value('add-est-week')));
    if (!this.#setErrors('add-est-', found)) return;
    const unit = this.#unit_;
    // Whole miles or kilometres: it is an estimate.
    const total = Math.round(fromKm(estimateKm(months!, week!), unit));
    this.renderRoot.querySelector<HTMLInputElement>('#add-start')!.value = String(total);
    this.#dropErrors((id) => id === 'add-start');
    const filled = formatDistance(toKm(total, unit), unit);
    this.#say(msg(str`Filled in about ${filled}.`));
    void this.#focusLater('#add-start');
  }

  /**
   * The last retired first (a retired pair's own fields change no more, and a change to its runs leaves
   * them be: its `updatedAt` is when it was retired), the newest RECENT_RETIRED of them until "Show all",
   * as a pair's runs are.
   */
  #renderRetired(all: readonly Shoe[]): TemplateResult {
    const retired = [...all].sort((a, b) => newestFirst(a.updatedAt, b.updatedAt));
    const folded = retired.length > RECENT_RETIRED && !this.allRetired;
    const count = formatNumber(retired.length);
    const toggle = () => {
      this.allRetired = folded;
      // On to the first pair that came into view, as a pair's runs' Show all does.
      if (folded) void this.#focusLater(`#shoe-${retired[RECENT_RETIRED]!.id}`);
    };
    return html`<div class="group">
      ${this.renderHeading(msg('Retired shoes'), 1, 'section-title', 'retired-heading')}
      <ul class="shoes" role="list">
        ${repeat(
          folded ? retired.slice(0, RECENT_RETIRED) : retired,
          (s) => s.id,
          (shoe) => {
            const total = formatDistance(totalKm(shoe), this.#unit_);
            const name = this.#named(shoe);
            // Its runs can be looked at and mended where the message that retired it said they are.
            return html`<li class="shoe retired" part="shoe" @keydown=${(e: KeyboardEvent) => this.#onCardKeydown(e, shoe)}>
              ${this.renderHeading(shoe.name, 2, 'shoe-name', `shoe-${shoe.id}`)}
              ${shoe.model ? html`<p class="model">${shoe.model}</p>` : nothing}
              <p class="muted">${msg(str`Total: ${total}.`)}</p>
              <div class="actions">
                <button type="button" @click=${() => this.#onRetire(shoe, false)}>${msg('Bring back')}<span class="sr-only">: ${name}</span></button>
                ${this.#runsButton(shoe)}
                <button type="button" class="danger" @click=${() => this.#onDeleteShoe(shoe)}>${msg('Delete')}<span class="sr-only">: ${name}</span></button>
              </div>
              ${this.#renderPanel(shoe)}
            </li>`;
          },
        )}
      </ul>
      ${retired.length > RECENT_RETIRED
        ? html`<button type="button" class="link" @click=${toggle}>${folded ? msg(str`Show all ${count} retired pairs`) : msg('Show only the last retired pairs')}</button>`
        : nothing}
    </div>`;
  }

  #renderBackup(): TemplateResult {
    // Where they are kept: in this browser, in memory only (storage="none"), or, where the browser won't
    // save them, nothing here (the notice says so, and to export them).
    const kept = savedHere(this.storeStatus)
      ? msg('Your shoes are kept in this browser only. Export them to a file to keep a copy or to move them to another device, then import the file there.')
      : this.storeStatus.kind === 'memory' && notSavedText();
    return html`<div class="group backup" part="backup">
      ${this.renderHeading(msg('Keep a copy'), 1, 'section-title', 'backup-heading')}
      ${kept ? html`<p class="muted">${kept}</p>` : nothing}
      <div class="actions">
        <button type="button" @click=${this.#onExport}>${msg('Export to a file')}</button>
        <button type="button" @click=${() => this.renderRoot.querySelector<HTMLInputElement>('input[type=file]')?.click()}>
          ${msg('Import from a file')}
        </button>
        <input type="file" accept="application/json,.json" hidden tabindex="-1" aria-label=${msg('Import from a file')} @change=${this.#onImportChange} />
      </div>
      ${this.#renderImportResult()} ${this.#renderForget()}
    </div>`;
  }

  /** "Delete my data from this browser" (a deleted pair leaves its id and dates, so it counts). */
  #renderForget(): TemplateResult | typeof nothing {
    const forget = renderForget(this, {
      asked: this.forgetAsked,
      kept: this.doc.shoes.length > 0,
      status: this.storeStatus,
      question: msg('Delete all your shoes and runs from this browser? Export them first if you want a copy.'),
      away: '#backup-heading',
      ask: (asked) => (this.forgetAsked = asked),
      forget: () => this.#onForget(),
    });
    return forget === nothing ? nothing : html`<div class="end">${forget}</div>`;
  }

  #onForget(): void {
    const store = this.#store ?? this.#openStore();
    this.doc = store.clear();
    this.storeStatus = store.status;
    this.forgetAsked = false;
    this.importResult = null;
    this.#emit();
    this.#say(msg('Deleted your shoes and runs from this browser.'));
    void this.#focusLater('#backup-heading');
  }

  #renderImportResult(): TemplateResult | typeof nothing {
    const result = this.importResult;
    if (!result) return nothing;
    const file = result.file;
    const title = file ? msg(str`Import from “${file}”`) : msg('Import');
    if (result.kind === 'refused') {
      return html`<div class="report refused" part="import-report">
        <p><strong>${title}</strong></p>
        <p class="error">${noticeIcon()}<span>${importErrorText(result.error)}</span></p>
      </div>`;
    }
    const r = result.report;
    const count = (kind: 'shoe' | 'run', reason: string) => r.skipped.filter((s) => s.kind === kind && s.reason === reason).length;
    const line = (n: number, text: (n: string) => string) => (n ? html`<li>${text(formatNumber(n))}</li>` : nothing);
    const deleted = r.skipped
      .filter((s) => s.kind === 'shoe' && s.reason === 'deleted-here')
      .map((s) => s.name)
      .join(', ');
    const shoes = formatNumber(r.addedShoes);
    const runs = formatNumber(r.addedRuns);
    const max = formatNumber(MAX_RUNS);
    return html`<div class="report" part="import-report">
      <p><strong>${title}</strong></p>
      <ul class="bullets">
        <li>${msg(str`Shoes added: ${shoes}`)}</li>
        <li>${msg(str`Runs added: ${runs}`)}</li>
        ${line(count('shoe', 'duplicate'), (n) => msg(str`Shoes already here, not added again: ${n}`))}
        ${line(count('run', 'duplicate'), (n) => msg(str`Runs already here, not added again: ${n}`))}
        ${deleted ? html`<li>${msg(str`Deleted on this device, so skipped: ${deleted}`)}</li>` : nothing}
        ${line(count('run', 'deleted-here'), (n) => msg(str`Runs deleted on this device, so skipped: ${n}`))}
        ${line(count('shoe', 'invalid'), (n) => msg(str`Shoes skipped because their data is not valid: ${n}`))}
        ${line(count('run', 'invalid'), (n) => msg(str`Runs skipped because their data is not valid: ${n}`))}
        ${line(count('run', 'too-many'), (n) => msg(str`Runs skipped, as a pair can have at most ${max}: ${n}`))}
      </ul>
    </div>`;
  }
}
