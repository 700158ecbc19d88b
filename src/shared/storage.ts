import {oneOf} from './attributes.js';
import {isoNow} from './dates.js';
import {fromJson, toJson} from './json.js';

/**
 * Versioned, fault-tolerant persistence in localStorage, shared by the widgets that remember things.
 *
 * - `storage="none"` (mode `none`) keeps everything in memory, by choice.
 * - localStorage that throws on access (private modes, sandboxed iframes): memory, status `unavailable`.
 * - A save that throws (quota): status `full`; the widget keeps working in memory.
 * - Stored data that doesn't parse or validate: copied to a backup key (`<key>:unreadable:<time>`)
 *   before anything else happens, and the widget starts with what `validate(…, true)` can still read
 *   (one bad run must not hide every shoe), or empty, status `recovered`. If even the backup can't be
 *   written, the original is left alone and nothing is ever saved over it (status `blocked`, `shown`
 *   when what can still be read is shown).
 * - Data saved by a newer version of the library (another page or tab): never saved over (status
 *   `blocked`), since this version can't carry what the newer one added.
 * - `update()` re-reads what is stored right before applying a change, so two tabs (or two widgets on
 *   one page) editing the same key don't lose each other's changes.
 * - Data another kind of widget saved under the same key (a page gave two widgets one `storage-key`), or
 *   data that is not the library's at all (a `storage-key` the host page uses for its own things), is left
 *   alone: never copied, saved over or deleted; one console warning, and this widget keeps its data in
 *   memory (status `taken`). Only what carries the library's mark can be the library's, even damaged.
 * - `watch()` hears changes from other tabs (the storage event), from other widgets on this page, and
 *   from the site's other pages when this one comes back from the back-forward cache.
 */

const storageModes = ['local', 'none'] as const;
export type StorageMode = (typeof storageModes)[number];

/**
 * Where a widget's `storage` and `storage-key` attributes say to keep its data: the mode (a bad one is
 * `local`, with one warning) and the key (empty or spaces only: `fallbackKey`).
 */
export function storageSpec(host: {localName: string; storage: unknown; storageKey: unknown}, fallbackKey: string): {mode: StorageMode; key: string} {
  return {mode: oneOf(host, 'storage', host.storage, storageModes, 'local'), key: String(host.storageKey ?? '').trim() || fallbackKey};
}

export type StoreStatus =
  | {readonly kind: 'ok'}
  | {readonly kind: 'memory'}
  | {readonly kind: 'unavailable'}
  | {readonly kind: 'full'}
  | {readonly kind: 'recovered'; readonly backupKey: string}
  /** `shown`: what could still be read of data that couldn't be copied aside is shown, and saved nowhere. */
  | {readonly kind: 'blocked'; readonly shown?: boolean}
  /** `copies`: copies of the page's own data under the key, which earlier versions set aside (see clear()). */
  | {readonly kind: 'taken'; readonly copies?: boolean};

/**
 * Whether what the reader types is being saved in this browser, to come back to: not in memory
 * (`storage="none"`), nor where the browser won't save it (unavailable, full) or the widget must not
 * (blocked, taken). Where it isn't, a widget says so in its notice and never that it is kept.
 */
export const savedHere = (status: StoreStatus): boolean => status.kind === 'ok' || status.kind === 'recovered';

export interface StoreSpec<T> {
  /** localStorage key. */
  readonly key: string;
  /** The widget whose data this is (its tag), written into the envelope. */
  readonly owner: string;
  /** Version written into the envelope. Data of a newer version is left alone (status `blocked`). */
  readonly version: number;
  /**
   * Returns valid data (migrated from `version` if older), or null when anything is wrong. With `salvage`,
   * what can still be read, leaving out what can't (null when nothing can be).
   */
  validate(data: unknown, version: number, salvage?: boolean): T | null;
  /** The data of a new, empty store. */
  empty(): T;
}

interface Envelope {
  format: 'knee-widgets';
  /** Missing in data saved before it was added: then the data decides. */
  owner?: string;
  version: number;
  savedAt: string;
  data: unknown;
}

const FORMAT = 'knee-widgets';
/** What `parse()` returns for data another kind of widget saved. */
const TAKEN = Symbol();
/** What `parse()` returns for data with no mark of the library: the page's own, or another script's. */
const FOREIGN = Symbol();
/** How every envelope starts (toJson() writes `format` first, as it always has). Text without it was never saved by a widget. */
const MARK = /^\{"format":"knee-widgets"/;
/** What `parse()` returns for data a newer version of the library saved. */
const NEWER = Symbol();

/** Stores on this page by owner and key, so a save can tell the others (the storage event only reaches
 * other tabs). */
const siblings = new Map<string, Set<Store<unknown>>>();

/** Where copies of unreadable data under `key` go (then the time). */
const asideOf = (key: string) => `${key}:unreadable:`;

export class Store<T> {
  status: StoreStatus = {kind: 'ok'};
  /** What was last read from or written to storage (in memory modes, simply the data). */
  #base: T;
  /** Changes made since the last successful save, only while storage is full; replayed over `base`. */
  #pending: Array<(current: T) => T> = [];
  #data: T;
  readonly #listeners = new Set<(data: T) => void>();
  #onStorage?: (event: StorageEvent | PageTransitionEvent) => void;
  /** After the first load, unreadable stored data never replaces what the reader already has. */
  #loaded = false;
  /**
   * The stored text `#base` was last read from or saved as: while the key still holds it, reading it
   * again gives `#base`. A shoe list of years of runs was parsed and checked afresh before every change.
   */
  #known: string | null = null;

  readonly #spec: StoreSpec<T>;
  /** Where to store; injectable for tests. Any throw counts as "unavailable". */
  readonly #storage: () => Storage;

  constructor(
    spec: StoreSpec<T>,
    readonly mode: StorageMode = 'local',
    storage: () => Storage = () => globalThis.localStorage,
  ) {
    this.#spec = spec;
    this.#storage = storage;
    this.#base = this.#data = spec.empty();
    this.#data = this.load();
    this.#loaded = true;
  }

  get key(): string {
    return this.#spec.key;
  }

  /** Only stores of the same widget share data on a page (data of another shape would break it). */
  get #siblingKey(): string {
    return `${this.#spec.owner} ${this.#spec.key}`;
  }

  /** Whether changes are being kept beyond this page view. */
  get persistent(): boolean {
    return this.status.kind === 'ok' || this.status.kind === 'recovered';
  }

  /** Whether what is stored can be read (true while full: reads work, only writes fail). */
  get #readable(): boolean {
    return this.persistent || this.status.kind === 'full';
  }

  /** The current data (the last loaded or saved, with any unsaved changes). */
  get value(): T {
    return this.#data;
  }

  #area(): Storage | null {
    try {
      const area = this.#storage();
      // Touch it: some browsers only throw on use (and no storage at all throws here too).
      area.getItem(this.#spec.key);
      return area;
    } catch {
      return null;
    }
  }

  #replay(): T {
    return (this.#data = this.#pending.reduce((d, change) => change(d), this.#base));
  }

  /** Reads the stored data, handling every fault, and replays unsaved changes on top. Sets `status`. */
  load(): T {
    if (this.mode === 'none') {
      this.status = {kind: 'memory'};
      return this.#data;
    }
    const area = this.#area();
    if (!area) {
      this.status = {kind: 'unavailable'};
      return this.#data;
    }
    const fresh = this.#read(area);
    if (fresh !== undefined) this.#base = fresh;
    // Still full while changes wait to be saved; otherwise reading worked.
    if (!this.#pending.length && (this.status.kind === 'full' || this.status.kind === 'unavailable')) this.status = {kind: 'ok'};
    return this.#replay();
  }

  /**
   * The stored data: the empty data when nothing is stored, the parsed data, or, when what is stored
   * can't be read, undefined after copying it aside (status `recovered`, or `blocked` when even that
   * fails: then nothing is ever written over it).
   */
  #read(area: Storage): T | undefined {
    const raw = area.getItem(this.#spec.key);
    if (raw !== null && raw === this.#known) return this.#base;
    // Anything but a clean read of `raw` below leaves `#base` standing for some other text.
    this.#known = null;
    if (raw === null) return this.status.kind === 'blocked' || this.status.kind === 'taken' ? undefined : this.#spec.empty();
    const parsed = this.#parse(raw);
    if (parsed === TAKEN || parsed === FOREIGN) {
      // Not unreadable: someone else's. Copying it aside on every save would fill the storage, and
      // deleting it with the reader's data would delete what isn't theirs.
      if (this.status.kind !== 'taken') {
        const whose = parsed === TAKEN ? "another widget's data" : "data that isn't a knee widget's";
        console.warn(`knee-widgets: <${this.#spec.owner}> storage-key "${this.#spec.key}" holds ${whose}; saving nothing.`);
      }
      this.status = {kind: 'taken', ...(parsed === FOREIGN && this.#asideKeys(area).length ? {copies: true} : {})};
      return undefined;
    }
    if (parsed === NEWER) {
      // A newer version's data, which the reader may still use there: left as it is, in any state.
      this.status = {kind: 'blocked'};
      return undefined;
    }
    if (parsed !== null) {
      this.#known = raw;
      return parsed;
    }
    const backupKey = this.#backUp(area, raw);
    // What was read at first stays shown, and the notice that says so stays (a widget moved in the page reads again).
    const shown = this.status.kind === 'blocked' && this.status.shown;
    this.status = backupKey ? {kind: 'recovered', backupKey} : shown ? {kind: 'blocked', shown} : {kind: 'blocked'};
    if (this.#loaded) return undefined;
    // At first load: what can still be read, or empty (the notice says why). Later (another tab wrote
    // something we can't read): keep what the reader has. With no room for a copy (a big shoe list on a
    // nearly full site), what can be read is still shown, and can be exported: one bad run hid every pair,
    // and "Delete my data" after an empty export deleted them all. Nothing is saved over the original.
    const read = this.#parse(raw, true) as T | null;
    if (backupKey) return read ?? this.#spec.empty();
    if (read) this.status = {kind: 'blocked', shown: true};
    return read ?? undefined;
  }

  #parse(raw: string, salvage = false): T | typeof TAKEN | typeof FOREIGN | typeof NEWER | null {
    if (!MARK.test(raw)) return FOREIGN;
    try {
      const envelope = fromJson(raw) as Partial<Envelope> | null;
      if (!envelope || envelope.format !== FORMAT || typeof envelope.version !== 'number') return null;
      if (typeof envelope.owner === 'string' && envelope.owner !== this.#spec.owner) return TAKEN;
      if (!Number.isInteger(envelope.version) || envelope.version < 1) return null;
      if (envelope.version > this.#spec.version) return NEWER;
      return this.#spec.validate(envelope.data, envelope.version, salvage);
    } catch {
      return null;
    }
  }

  /** The keys of the copies set aside under this store's key. */
  #asideKeys(area: Storage): string[] {
    const keys: string[] = [];
    for (let i = 0; i < area.length; i++) {
      const k = area.key(i);
      if (k?.startsWith(asideOf(this.#spec.key))) keys.push(k);
    }
    return keys;
  }

  /** Copies unreadable data aside, once: an identical earlier backup is reused. */
  #backUp(area: Storage, raw: string): string | null {
    const prefix = asideOf(this.#spec.key);
    try {
      for (let i = 0; i < area.length; i++) {
        const k = area.key(i);
        if (k?.startsWith(prefix) && area.getItem(k) === raw) return k;
      }
      const backupKey = `${prefix}${isoNow()}`;
      area.setItem(backupKey, raw);
      return area.getItem(backupKey) === raw ? backupKey : null;
    } catch {
      return null;
    }
  }

  /**
   * Applies `change` to the freshest stored data (another tab's edits included) and saves it. What is
   * stored but can't be read is copied aside first. Returns the new data. A change that returns the data
   * it was given saves nothing.
   */
  update(change: (current: T) => T): T {
    if (this.#readable) {
      const area = this.#area();
      if (area) {
        const fresh = this.#read(area);
        if (fresh !== undefined && this.status.kind !== 'blocked') this.#base = fresh;
      }
    }
    const before = this.#replay();
    const after = change(before);
    // A change that changes nothing (an import of pairs already here) is neither saved nor news.
    if (after === before) return before;
    this.#pending.push(change);
    this.#data = after;
    this.#persist();
    this.#notifySiblings();
    return after;
  }

  /**
   * Deletes what this store keeps on the device, as the reader asked: its key and every copy of
   * unreadable data set aside under it, even data kept from being saved over (`blocked`); nothing when
   * the key holds another kind of widget's data (the copies may be that widget's). When it holds data
   * that isn't the library's (the page's own), only the copies: versions before this one set the page's
   * data aside as unreadable, on every visit where it had changed. Starts again empty, and saves again; the widgets with
   * the same key on this page too, with no change of theirs left waiting to be saved (it would bring
   * back what was deleted). Returns the empty data.
   */
  clear(): T {
    const area = this.mode === 'local' ? this.#area() : null;
    const raw = area?.getItem(this.#spec.key);
    const theirs = raw == null ? null : this.#parse(raw);
    if (area && theirs !== TAKEN) {
      const gone = this.#asideKeys(area);
      if (theirs !== FOREIGN) gone.push(this.#spec.key);
      try {
        for (const k of gone) area.removeItem(k);
        this.status = theirs === FOREIGN ? {kind: 'taken'} : {kind: 'ok'};
      } catch {
        // Storage taken away meanwhile: what is shown still goes.
      }
    }
    for (const store of siblings.get(this.#siblingKey) ?? []) {
      if (store.mode !== this.mode) continue;
      store.status = this.status;
      store.#forget();
    }
    this.#forget();
    this.#notifySiblings();
    return this.#data;
  }

  /** Empty, with nothing waiting to be saved. */
  #forget(): void {
    this.#base = this.#data = this.#spec.empty() as T;
    this.#pending = [];
    this.#known = null;
  }

  /** Saves `data` as it is (replacing what is stored). Returns it. */
  save(data: T): T {
    return this.update(() => data);
  }

  #persist(): void {
    // In memory (`none`, unavailable, blocked, taken) there is nowhere to save: nothing waits to be saved.
    let area: Storage | null = null;
    if (this.#readable) {
      area = this.#area();
      if (!area) this.status = {kind: 'unavailable'};
    }
    const {key, owner, version} = this.#spec;
    try {
      const text = toJson({format: FORMAT, owner, version, savedAt: isoNow(), data: this.#data} satisfies Envelope);
      area?.setItem(key, text);
      this.#known = area ? text : null;
      this.#base = this.#data;
      this.#pending = [];
      if (this.status.kind === 'full') this.status = {kind: 'ok'};
    } catch {
      this.status = {kind: 'full'};
    }
  }

  #notifySiblings(): void {
    for (const other of siblings.get(this.#siblingKey) ?? []) {
      if (other === this) continue;
      // In memory (`none`, unavailable, blocked) there is nothing to re-read: share the data itself.
      if (other.#readable && this.persistent) other.load();
      else if (other.mode === this.mode) {
        other.#base = other.#data = this.#data as unknown;
        other.#pending = [];
        other.#known = null;
      } else continue;
      // The data at once (a change there in this same task builds on this one), the news after the widget
      // that made the change has told the page: its event comes first.
      queueMicrotask(() => {
        for (const listener of other.#listeners) listener(other.#data);
      });
    }
  }

  /**
   * Calls `listener` when another tab or another widget on this page changes the data.
   * Returns the function that stops watching (call it on disconnect).
   */
  watch(listener: (data: T) => void): () => void {
    this.#listeners.add(listener);
    let peers = siblings.get(this.#siblingKey);
    if (!peers) siblings.set(this.#siblingKey, (peers = new Set()));
    peers.add(this as Store<unknown>);
    if (!this.#onStorage && this.mode === 'local' && typeof window !== 'undefined') {
      this.#onStorage = (event: StorageEvent | PageTransitionEvent) => {
        let value: string | null;
        if ('persisted' in event) {
          // The page back from the back-forward cache (Back, Forward): what the reader saved on the site's
          // other pages meanwhile came with no storage event in Firefox, and a pair they had added there, or
          // data they had deleted, showed as before. Read as if one had come.
          if (!event.persisted || (value = this.#area()?.getItem(this.#spec.key) ?? null) === this.#known) return;
        } else {
          // (Not sessionStorage's, which another frame may clear.)
          if ((event.key !== this.#spec.key && event.key !== null) || (event.storageArea && event.storageArea !== this.#area())) return;
          value = event.newValue;
          // What this store last read or saved: Chromium sends the event after pageshow has read it.
          if (value !== null && value === this.#known) return;
        }
        // Another tab deleted it all ("Delete my data"): nothing of it is kept back to be saved again, and
        // a notice of a copy set aside (deleted with it), of data not to save over or of full storage goes.
        // (Not while another widget's data held the key, or storage could not be used: what this one shows
        // was never stored.)
        if (value === null && this.status.kind !== 'taken' && this.status.kind !== 'unavailable') {
          this.#pending = [];
          this.status = {kind: 'ok'};
        }
        if (!this.#readable) return;
        // Another tab wrote something we can't read, or another script its own data: keep what we have
        // (the next save reads it first, and copies it aside or leaves it alone).
        const parsed = value !== null && this.#parse(value);
        if ([null, FOREIGN].includes(parsed as null)) return;
        // Parsed once: load() takes it as read while the key still holds this text (a shoe list of years
        // of runs took twice as long to hear from another tab).
        if (parsed && typeof parsed === 'object') {
          this.#base = parsed;
          this.#known = value;
        }
        this.load();
        for (const l of this.#listeners) l(this.#data);
      };
      window.addEventListener('storage', this.#onStorage);
      window.addEventListener('pageshow', this.#onStorage);
    }
    return () => {
      this.#listeners.delete(listener);
      if (this.#listeners.size) return;
      siblings.get(this.#siblingKey)?.delete(this as Store<unknown>);
      if (this.#onStorage) {
        window.removeEventListener('storage', this.#onStorage);
        window.removeEventListener('pageshow', this.#onStorage);
      }
      this.#onStorage = undefined;
    };
  }
}

/**
 * A widget's hold on its store: one Store per key and mode, watched while the widget is in the page,
 * and read again when it comes back (the next save writes everything, so stale data would undo what
 * other widgets or tabs saved meanwhile). `changed` hears data saved elsewhere, never the widget's own.
 */
export class StoreLink<T> {
  store?: Store<T>;
  #unwatch?: () => void;

  readonly #spec: (key: string) => StoreSpec<T>;
  readonly #changed: (data: T) => void;

  constructor(spec: (key: string) => StoreSpec<T>, changed: (data: T) => void) {
    this.#spec = spec;
    this.#changed = changed;
  }

  /**
   * The store for `key` and `mode`, watched when `watch` (pass whether the widget is connected). A new
   * store when either differs from the last call; then it returns true and `changed` is not called.
   * The same store coming back into the page is read again, and `changed` hears it if it differs.
   */
  open(key: string, mode: StorageMode, watch: boolean): boolean {
    const fresh = !this.store || this.store.key !== key || this.store.mode !== mode;
    if (fresh) {
      this.close();
      this.store = new Store(this.#spec(key), mode);
    }
    const store = this.store!;
    if (watch && !this.#unwatch) {
      // Watch first: if hearing the news takes the widget out of the page, close() can undo it.
      const before = fresh ? '' : JSON.stringify(store.value);
      this.#unwatch = store.watch(this.#changed);
      if (!fresh && JSON.stringify(store.load()) !== before) this.#changed(store.value);
    }
    return fresh;
  }

  /** Stops watching (on disconnect). */
  close(): void {
    this.#unwatch?.();
    this.#unwatch = undefined;
  }
}
