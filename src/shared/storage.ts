/**
 * Versioned, fault-tolerant persistence in localStorage, shared by the widgets that remember things.
 *
 * - `storage="none"` (mode `none`) keeps everything in memory, by choice.
 * - localStorage that throws on access (private modes, sandboxed iframes): memory, status `unavailable`.
 * - A save that throws (quota): status `full`; the widget keeps working in memory.
 * - Stored data that doesn't parse or validate: copied to a backup key (`<key>:unreadable:<time>`)
 *   before anything else happens, and the widget starts empty, status `recovered`. If even the backup
 *   can't be written, the original is left alone and nothing is ever saved over it (status `blocked`).
 * - `update()` re-reads what is stored right before applying a change, so two tabs (or two widgets on
 *   one page) editing the same key don't lose each other's changes.
 * - `watch()` hears changes from other tabs (the storage event) and from other widgets on this page.
 */

export type StorageMode = 'local' | 'none';

export type StoreStatus =
  | {readonly kind: 'ok'}
  | {readonly kind: 'memory'}
  | {readonly kind: 'unavailable'}
  | {readonly kind: 'full'}
  | {readonly kind: 'recovered'; readonly backupKey: string}
  | {readonly kind: 'blocked'};

export interface StoreSpec<T> {
  /** localStorage key. */
  readonly key: string;
  /** Version written into the envelope. Data of a newer version is treated as unreadable. */
  readonly version: number;
  /** Returns valid data (migrated from `version` if older), or null when it can't be used. */
  validate(data: unknown, version: number): T | null;
  /** The data of a new, empty store. */
  empty(): T;
}

interface Envelope {
  format: 'knee-widgets';
  version: number;
  savedAt: string;
  data: unknown;
}

const FORMAT = 'knee-widgets';

/** Stores on this page by key, so a save can tell the others (the storage event only reaches other tabs). */
const siblings = new Map<string, Set<Store<unknown>>>();

export class Store<T> {
  status: StoreStatus = {kind: 'ok'};
  private data: T;
  private readonly listeners = new Set<(data: T) => void>();
  private onStorage?: (event: StorageEvent) => void;

  constructor(
    private readonly spec: StoreSpec<T>,
    private readonly mode: StorageMode = 'local',
    /** Where to store; injectable for tests. Any throw counts as "unavailable". */
    private readonly storage: () => Storage = () => globalThis.localStorage,
  ) {
    this.data = spec.empty();
    this.data = this.load();
  }

  get key(): string {
    return this.spec.key;
  }

  /** Whether changes are being kept beyond this page view. */
  get persistent(): boolean {
    return this.status.kind === 'ok' || this.status.kind === 'recovered';
  }

  /** Whether what is stored can be read (true while full: reads work, only writes fail). */
  private get readable(): boolean {
    return this.persistent || this.status.kind === 'full';
  }

  /** The current data (the last loaded or saved). */
  get value(): T {
    return this.data;
  }

  private area(): Storage | null {
    try {
      const area = this.storage();
      if (!area) throw new Error('no storage');
      // Touch it: some browsers only throw on use.
      area.getItem(this.spec.key);
      return area;
    } catch {
      return null;
    }
  }

  /** Reads the stored data, handling every fault. Sets `status`. */
  load(): T {
    if (this.mode === 'none') {
      this.status = {kind: 'memory'};
      return this.data;
    }
    const area = this.area();
    if (!area) {
      this.status = {kind: 'unavailable'};
      return this.data;
    }
    const raw = area.getItem(this.spec.key);
    if (raw === null) {
      if (this.status.kind !== 'recovered') this.status = {kind: 'ok'};
      return (this.data = this.spec.empty());
    }
    const parsed = this.parse(raw);
    if (parsed !== null) {
      if (this.status.kind !== 'recovered') this.status = {kind: 'ok'};
      return (this.data = parsed);
    }
    const backupKey = this.backUp(area, raw);
    this.status = backupKey ? {kind: 'recovered', backupKey} : {kind: 'blocked'};
    return (this.data = this.spec.empty());
  }

  private parse(raw: string): T | null {
    try {
      const envelope = JSON.parse(raw) as Partial<Envelope> | null;
      if (!envelope || envelope.format !== FORMAT || typeof envelope.version !== 'number') return null;
      if (!Number.isInteger(envelope.version) || envelope.version < 1 || envelope.version > this.spec.version) return null;
      return this.spec.validate(envelope.data, envelope.version);
    } catch {
      return null;
    }
  }

  /** Copies unreadable data aside, once: an identical earlier backup is reused. */
  private backUp(area: Storage, raw: string): string | null {
    const prefix = `${this.spec.key}:unreadable:`;
    try {
      for (let i = 0; i < area.length; i++) {
        const k = area.key(i);
        if (k?.startsWith(prefix) && area.getItem(k) === raw) return k;
      }
      const backupKey = `${prefix}${new Date().toISOString()}`;
      area.setItem(backupKey, raw);
      return area.getItem(backupKey) === raw ? backupKey : null;
    } catch {
      return null;
    }
  }

  /** Applies `change` to the freshest stored data and saves it. Returns the new data. */
  update(change: (current: T) => T): T {
    if (this.readable) {
      const area = this.area();
      const raw = area?.getItem(this.spec.key);
      if (raw) {
        const fresh = this.parse(raw);
        if (fresh !== null) this.data = fresh;
      }
    }
    return this.save(change(this.data));
  }

  /** Saves `data` (in memory always; in storage when it can). Returns it. */
  save(data: T): T {
    this.data = data;
    if (this.mode === 'none' || this.status.kind === 'unavailable' || this.status.kind === 'blocked') {
      this.notifySiblings();
      return data;
    }
    const area = this.area();
    if (!area) {
      this.status = {kind: 'unavailable'};
    } else {
      const envelope: Envelope = {format: FORMAT, version: this.spec.version, savedAt: new Date().toISOString(), data};
      try {
        area.setItem(this.spec.key, JSON.stringify(envelope));
        if (this.status.kind === 'full') this.status = {kind: 'ok'};
      } catch {
        this.status = {kind: 'full'};
      }
    }
    this.notifySiblings();
    return data;
  }

  private notifySiblings(): void {
    for (const other of siblings.get(this.spec.key) ?? []) {
      if (other === this) continue;
      // In memory (`none`, unavailable, blocked) there is nothing to re-read: share the data itself.
      if (other.readable && this.persistent) other.data = other.load();
      else if (other.mode === this.mode) other.data = this.data as unknown;
      else continue;
      for (const listener of other.listeners) listener(other.data);
    }
  }

  /**
   * Calls `listener` when another tab or another widget on this page changes the data.
   * Returns the function that stops watching (call it on disconnect).
   */
  watch(listener: (data: T) => void): () => void {
    this.listeners.add(listener);
    let peers = siblings.get(this.spec.key);
    if (!peers) siblings.set(this.spec.key, (peers = new Set()));
    peers.add(this as Store<unknown>);
    if (!this.onStorage && this.mode === 'local' && typeof window !== 'undefined') {
      this.onStorage = (event: StorageEvent) => {
        if (event.key !== this.spec.key && event.key !== null) return;
        if (!this.readable) return;
        // Another tab wrote something we can't read: keep what we have (its data is still stored).
        if (event.newValue !== null && this.parse(event.newValue) === null) return;
        this.data = this.load();
        for (const l of this.listeners) l(this.data);
      };
      window.addEventListener('storage', this.onStorage);
    }
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size) return;
      siblings.get(this.spec.key)?.delete(this as Store<unknown>);
      if (this.onStorage) window.removeEventListener('storage', this.onStorage);
      this.onStorage = undefined;
    };
  }
}
