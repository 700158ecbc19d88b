import {expect} from '@open-wc/testing';
import {Store, type StoreSpec} from '../src/shared/storage.js';
import {captureWarnings, UNREADABLE} from './helpers.js';

/** A Storage in memory that can be told to fail like real ones do. */
class FakeStorage implements Storage {
  map = new Map<string, string>();
  failWrites = false;
  failReads = false;
  get length() {
    return this.map.size;
  }
  key(i: number) {
    return [...this.map.keys()][i] ?? null;
  }
  getItem(k: string) {
    if (this.failReads) throw new DOMException('denied', 'SecurityError');
    return this.map.has(k) ? this.map.get(k)! : null;
  }
  /** Saves tried, failed ones included. */
  writes = 0;
  setItem(k: string, v: string) {
    this.writes++;
    if (this.failWrites) throw new DOMException('full', 'QuotaExceededError');
    this.map.set(k, String(v));
  }
  removeItem(k: string) {
    this.map.delete(k);
  }
  clear() {
    this.map.clear();
  }
}

interface List {
  items: string[];
}
let n = 0;
const spec = (key = `test:list:${n++}`, owner = 'test-list'): StoreSpec<List> => ({
  key,
  owner,
  version: 2,
  empty: () => ({items: []}),
  validate: (data, version, salvage) => {
    const items = (data as {items?: unknown})?.items;
    if (!Array.isArray(items)) return null;
    // Salvaging, the strings are read and anything else left out.
    const read = items.filter((i): i is string => typeof i === 'string');
    if (read.length !== items.length && !salvage) return null;
    return {items: version === 1 ? read.map((i) => i.toUpperCase()) : read};
  },
});
const envelope = (data: unknown, version = 2) => JSON.stringify({format: 'knee-widgets', version, savedAt: '2026-01-01T00:00:00Z', data});

describe('Store', () => {
  it('round-trips data in a versioned envelope', () => {
    const area = new FakeStorage();
    const s = spec();
    new Store(s, 'local', () => area).save({items: ['a', 'b']});
    const stored = JSON.parse(area.getItem(s.key)!);
    expect(stored).to.include({format: 'knee-widgets', version: 2});
    const again = new Store(s, 'local', () => area);
    expect(again.value).to.deep.equal({items: ['a', 'b']});
    expect(again.status.kind).to.equal('ok');
  });

  it('migrates an older version through validate()', () => {
    const area = new FakeStorage();
    const s = spec();
    area.setItem(s.key, envelope({items: ['a']}, 1));
    expect(new Store(s, 'local', () => area).value).to.deep.equal({items: ['A']});
  });

  it('keeps everything in memory with storage="none", writing nothing', () => {
    const area = new FakeStorage();
    const store = new Store(spec(), 'none', () => area);
    store.save({items: ['x']});
    expect(store.status.kind).to.equal('memory');
    expect(store.persistent).to.equal(false);
    expect(store.value.items).to.deep.equal(['x']);
    expect(area.length).to.equal(0);
  });

  it('works in memory when storage throws on access (private mode, sandboxed iframe)', () => {
    const throwing = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    const store = new Store(spec(), 'local', throwing);
    expect(store.status.kind).to.equal('unavailable');
    expect(() => store.save({items: ['x']})).to.not.throw();
    expect(store.value.items).to.deep.equal(['x']);

    const area = new FakeStorage();
    area.failReads = true;
    expect(new Store(spec(), 'local', () => area).status.kind).to.equal('unavailable');
  });

  it('reports a full storage and keeps the change in memory', () => {
    const area = new FakeStorage();
    const store = new Store(spec(), 'local', () => area);
    area.failWrites = true;
    store.save({items: ['x']});
    expect(store.status.kind).to.equal('full');
    expect(store.value.items).to.deep.equal(['x']);
    area.failWrites = false;
    store.save({items: ['x', 'y']});
    expect(store.status.kind, 'recovers once there is room').to.equal('ok');
  });

  it('keeps changes made while full, through later changes, other tabs and reloads, until they can be saved', () => {
    const area = new FakeStorage();
    const s = spec();
    const tabA = new Store(s, 'local', () => area);
    const tabB = new Store(s, 'local', () => area);
    area.failWrites = true;
    tabA.update((d) => ({items: [...d.items, 'A1']}));
    tabA.update((d) => ({items: [...d.items, 'A2']}));
    expect(tabA.status.kind).to.equal('full');
    expect(tabA.value.items, 'a second change keeps the first').to.deep.equal(['A1', 'A2']);
    area.failWrites = false;
    tabB.update((d) => ({items: [...d.items, 'B1']}));
    const heard: string[][] = [];
    const stop = tabA.watch((d) => heard.push(d.items));
    try {
      window.dispatchEvent(new StorageEvent('storage', {key: s.key, newValue: area.getItem(s.key)}));
    } finally {
      stop();
    }
    expect(heard, 'another tab’s change arrives, ours stay').to.deep.equal([['B1', 'A1', 'A2']]);
    expect(tabA.status.kind, 'still waiting to save').to.equal('full');
    expect(tabA.load().items, 'a reload (re-attaching the widget) keeps them too').to.deep.equal(['B1', 'A1', 'A2']);
    tabA.update((d) => ({items: [...d.items, 'A3']}));
    expect(tabA.status.kind).to.equal('ok');
    expect(new Store(s, 'local', () => area).value.items).to.deep.equal(['B1', 'A1', 'A2', 'A3']);
  });

  it('copies aside data it cannot read before a change is saved over it', () => {
    const area = new FakeStorage();
    const s = spec();
    const store = new Store(s, 'local', () => area);
    store.update(() => ({items: ['mine']}));
    // Another tab (or a page script) writes something this copy can't read.
    const broken = envelope({items: [1, 'from another tab']});
    area.setItem(s.key, broken);
    store.update((d) => ({items: [...d.items, 'more']}));
    expect(store.status.kind).to.equal('recovered');
    const backupKey = (store.status as {backupKey: string}).backupKey;
    expect(area.getItem(backupKey), 'the unreadable data is kept').to.equal(broken);
    expect(store.value.items, 'and the reader keeps what they had').to.deep.equal(['mine', 'more']);
  });

  for (const [label, raw] of [
    ['text that is not JSON', UNREADABLE],
    ['JSON of another shape', JSON.stringify({format: 'knee-widgets', hello: 'world'})],
    ['data that fails validation', envelope({items: [1, 2]})],
  ] as const) {
    it(`keeps ${label} aside under a backup key and starts empty`, () => {
      const area = new FakeStorage();
      const s = spec();
      area.setItem(s.key, raw);
      const store = new Store(s, 'local', () => area);
      expect(store.status.kind).to.equal('recovered');
      const backupKey = (store.status as {backupKey: string}).backupKey;
      expect(backupKey.startsWith(`${s.key}:unreadable:`)).to.equal(true);
      expect(area.getItem(backupKey)).to.equal(raw);
      expect(area.getItem(s.key), 'the original is untouched until the reader changes something').to.equal(raw);
      expect(store.value).to.deep.equal({items: []});

      // A second load (another widget, a reload) reuses the backup instead of making another.
      new Store(s, 'local', () => area);
      expect([...area.map.keys()].filter((k) => k.startsWith(`${s.key}:unreadable:`))).to.have.length(1);

      store.save({items: ['new']});
      expect(area.getItem(backupKey), 'the backup survives later saves').to.equal(raw);
    });
  }

  it('reads the stored data afresh only when it has changed since it was last read or saved', () => {
    // Years of runs were parsed and checked before every change, though nothing else had saved meanwhile.
    const area = new FakeStorage();
    const s = spec();
    let checked = 0;
    const counted: StoreSpec<List> = {...s, validate: (...args) => (checked++, s.validate(...args))};
    area.setItem(s.key, envelope({items: ['a']}));
    const store = new Store(counted, 'local', () => area);
    expect(checked, 'read at first').to.equal(1);
    store.update((d) => ({items: [...d.items, 'b']}));
    store.update((d) => ({items: [...d.items, 'c']}));
    store.load();
    expect(checked, 'what it saved itself is not read again').to.equal(1);
    area.setItem(s.key, envelope({items: ['x']}));
    store.update((d) => ({items: [...d.items, 'y']}));
    expect(checked, 'another tab saved: read').to.equal(2);
    expect(store.value.items).to.deep.equal(['x', 'y']);
    expect(JSON.parse(area.getItem(s.key)!).data.items).to.deep.equal(['x', 'y']);
    const saved = area.getItem(s.key)!;
    store.clear();
    area.setItem(s.key, saved);
    store.load();
    expect(store.value.items, 'after Delete my data, the same text again is read, not taken for what was deleted').to.deep.equal(['x', 'y']);
    // Taken away by someone else, then put back as it was (a page restoring a snapshot).
    const again = area.getItem(s.key)!;
    area.removeItem(s.key);
    store.load();
    area.setItem(s.key, again);
    store.load();
    expect(store.value.items, 'put back as it was: read again').to.deep.equal(['x', 'y']);
  });

  it("checks another tab's save once, and takes it as read until the key changes again", () => {
    // At the storage caps, a shoe list of thousands of runs took 1.5–1.8 s to hear from another tab
    // (CPU ×4), about 40% of it the same text parsed and checked twice.
    const area = new FakeStorage();
    const s = spec();
    let checked = 0;
    const counted: StoreSpec<List> = {...s, validate: (...args) => (checked++, s.validate(...args))};
    const store = new Store(counted, 'local', () => area);
    const heard: string[][] = [];
    const stop = store.watch((d) => heard.push(d.items));
    const tell = (newValue: string | null) => window.dispatchEvent(new StorageEvent('storage', {key: s.key, newValue}));
    try {
      area.setItem(s.key, envelope({items: ['from another tab']}));
      tell(area.getItem(s.key));
      expect(heard).to.deep.equal([['from another tab']]);
      expect(checked, 'checked once').to.equal(1);
      store.update((d) => ({items: [...d.items, 'here']}));
      expect(checked, 'and not again before the next change').to.equal(1);
      expect(store.value.items).to.deep.equal(['from another tab', 'here']);
      // The event's text is already old: the key holds a later save, which is what is read.
      const old = envelope({items: ['older']});
      area.setItem(s.key, envelope({items: ['newer']}));
      tell(old);
      expect(heard.at(-1)).to.deep.equal(['newer']);
      expect(store.value.items).to.deep.equal(['newer']);
    } finally {
      stop();
    }
  });

  it('starts with what it can still read when part of the stored data is bad, keeping all of it aside', () => {
    const area = new FakeStorage();
    const s = spec();
    const raw = envelope({items: ['a', 1, 'b']});
    area.setItem(s.key, raw);
    const store = new Store(s, 'local', () => area);
    expect(store.status.kind).to.equal('recovered');
    expect(store.value.items, 'one bad item hides only itself').to.deep.equal(['a', 'b']);
    const backupKey = (store.status as {backupKey: string}).backupKey;
    expect(area.getItem(backupKey), 'the whole original is kept aside').to.equal(raw);
    store.update((d) => ({items: [...d.items, 'c']}));
    expect(new Store(s, 'local', () => area).value.items, 'and the next save keeps what was read').to.deep.equal(['a', 'b', 'c']);
    expect(area.getItem(backupKey)).to.equal(raw);
  });

  it('never writes over data a newer version saved, at first load or later', () => {
    const s = spec();
    const newer = envelope({items: ['from a newer version'], more: 'that this version would drop'}, 3);
    // At first load.
    const area = new FakeStorage();
    area.setItem(s.key, newer);
    const store = new Store(s, 'local', () => area);
    expect(store.status.kind).to.equal('blocked');
    expect(store.value.items, 'starts empty').to.deep.equal([]);
    store.update((d) => ({items: [...d.items, 'x']}));
    expect(store.value.items, 'works in memory').to.deep.equal(['x']);
    expect(area.getItem(s.key)).to.equal(newer);

    // Written by a newer tab while this one is open: a change here stops saving.
    const later = new FakeStorage();
    const open = new Store(s, 'local', () => later);
    open.save({items: ['mine']});
    later.setItem(s.key, newer);
    open.update((d) => ({items: [...d.items, 'more']}));
    expect(open.status.kind).to.equal('blocked');
    expect(open.value.items, 'the reader keeps what they had').to.deep.equal(['mine', 'more']);
    expect(later.getItem(s.key)).to.equal(newer);
    expect([...later.map.keys()], 'nothing to copy aside: it is not lost').to.deep.equal([s.key]);
  });

  it('shows what it can still read of data it could not back up, and saves nothing over it', () => {
    // A big shoe list with one bad run, on a site whose storage is nearly full: every pair was hidden.
    const area = new FakeStorage();
    const s = spec();
    const raw = envelope({items: ['a', 1, 'b']});
    area.setItem(s.key, raw);
    area.failWrites = true;
    const store = new Store(s, 'local', () => area);
    expect(store.status).to.deep.equal({kind: 'blocked', shown: true});
    expect(store.value.items, 'one bad item hides only itself').to.deep.equal(['a', 'b']);
    store.load();
    expect(store.status, 'read again (the widget moved in the page): still shown').to.deep.equal({kind: 'blocked', shown: true});
    area.failWrites = false;
    store.update((d) => ({items: [...d.items, 'c']}));
    expect(store.value.items).to.deep.equal(['a', 'b', 'c']);
    expect([...area.map.entries()], 'the original alone, as it was').to.deep.equal([[s.key, raw]]);
    area.setItem(s.key, UNREADABLE);
    store.load();
    expect(store.value.items, 'later, another tab writing what nothing can read changes nothing here').to.deep.equal(['a', 'b', 'c']);
  });

  it('never writes over unreadable data it could not back up', () => {
    const area = new FakeStorage();
    const s = spec();
    area.setItem(s.key, UNREADABLE);
    area.failWrites = true;
    const store = new Store(s, 'local', () => area);
    expect(store.status.kind).to.equal('blocked');
    area.failWrites = false;
    store.save({items: ['x']});
    store.update((d) => ({items: [...d.items, 'y']}));
    expect(area.getItem(s.key)).to.equal(UNREADABLE);
    expect(store.value.items).to.deep.equal(['x', 'y']);
  });

  it("leaves another widget's data alone when a page gives two widgets one key", () => {
    const area = new FakeStorage();
    const key = `test:shared:${n++}`;
    const theirs = new Store(spec(key, 'test-other'), 'local', () => area);
    theirs.save({items: ['theirs']});
    const raw = area.getItem(key);
    const warnings = captureWarnings();
    try {
      const mine = new Store(spec(key), 'local', () => area);
      expect(mine.status.kind).to.equal('taken');
      expect(mine.value.items, 'starts empty').to.deep.equal([]);
      mine.save({items: ['mine']});
      mine.update((d) => ({items: [...d.items, 'more']}));
      expect(mine.value.items, 'works in memory').to.deep.equal(['mine', 'more']);
      expect(area.getItem(key), 'never written over').to.equal(raw);
      expect([...area.map.keys()], 'nor copied aside on every save').to.deep.equal([key]);
      expect(warnings.messages, 'one warning naming the key').to.have.length(1);
      expect(warnings.messages[0]).to.contain(key).and.contain('<test-list>');
    } finally {
      warnings.restore();
    }
    expect(new Store(spec(key, 'test-other'), 'local', () => area).value.items, 'theirs still reads').to.deep.equal(['theirs']);
  });

  for (const [label, raw] of [
    ['JSON with no mark of the library', JSON.stringify({cart: [1, 2], user: 'x'})],
    ['a JSON array', '[1,2,3]'],
    ['plain text', 'dark'],
    ['text that merely mentions knee-widgets', 'knee-widgets format'],
    ['JSON that holds an envelope of the library inside its own', JSON.stringify({backup: {format: 'knee-widgets', version: 1, data: {items: []}}})],
  ] as const) {
    it(`leaves the page's own data under the key alone (${label}): never copied, saved over or deleted`, () => {
      const area = new FakeStorage();
      const s = spec();
      area.setItem(s.key, raw);
      const warnings = captureWarnings();
      try {
        const store = new Store(s, 'local', () => area);
        expect(store.status.kind).to.equal('taken');
        expect(store.value.items, 'starts empty').to.deep.equal([]);
        store.save({items: ['mine']});
        store.update((d) => ({items: [...d.items, 'more']}));
        expect(store.value.items, 'works in memory').to.deep.equal(['mine', 'more']);
        store.clear();
        expect(area.getItem(s.key), 'never written over nor deleted').to.equal(raw);
        expect([...area.map.keys()], 'nor copied aside').to.deep.equal([s.key]);
        expect(warnings.messages, 'one warning').to.have.length(1);
        expect(warnings.messages[0]).to.contain(s.key).and.contain("isn't a knee widget's");
      } finally {
        warnings.restore();
      }
    });
  }

  it("deletes, as the reader asks, the copies earlier versions set aside of the page's own data, never the data", () => {
    const area = new FakeStorage();
    const s = spec();
    area.setItem(s.key, 'dark');
    // What an earlier version made of it, as unreadable data of its own, on every visit it had changed.
    area.setItem(`${s.key}:unreadable:2026-01-01T00:00:00.000Z`, 'light');
    area.setItem('unrelated', 'kept');
    const warnings = captureWarnings();
    try {
      const store = new Store(s, 'local', () => area);
      expect(store.status, 'the copies are said').to.deep.equal({kind: 'taken', copies: true});
      store.clear();
      expect([...area.map.keys()].sort()).to.deep.equal([s.key, 'unrelated']);
      expect(area.getItem(s.key)).to.equal('dark');
      expect(store.status).to.deep.equal({kind: 'taken'});
    } finally {
      warnings.restore();
    }
  });

  it('saves arrays as arrays on a page whose Array.prototype.toJSON makes strings of them (Prototype.js)', () => {
    const area = new FakeStorage();
    const s = spec();
    const had = Object.getOwnPropertyDescriptor(Array.prototype, 'toJSON');
    // Prototype.js 1.6: arrays become strings of JSON.
    Object.defineProperty(Array.prototype, 'toJSON', {configurable: true, writable: true, value: function (this: unknown[]) {
      return `[${this.map((v) => JSON.stringify(v)).join(', ')}]`;
    }});
    try {
      new Store(s, 'local', () => area).save({items: ['a', 'b']});
    } finally {
      if (had) Object.defineProperty(Array.prototype, 'toJSON', had);
      else delete (Array.prototype as {toJSON?: unknown}).toJSON;
    }
    const again = new Store(s, 'local', () => area);
    expect(again.status.kind).to.equal('ok');
    expect(again.value.items).to.deep.equal(['a', 'b']);
  });

  it('reads only what the data holds on a page that added a field to Object.prototype (prototype pollution)', () => {
    const area = new FakeStorage();
    const s: StoreSpec<List> = {
      ...spec(),
      // Like the shoe list's: a field that is missing reads as "not set".
      validate: (data) => {
        const {items, hidden} = data as {items?: unknown; hidden?: unknown};
        return Array.isArray(items) ? {items: hidden === true ? [] : (items as string[])} : null;
      },
    };
    area.setItem(s.key, envelope({items: ['kept']}));
    const proto = Object.prototype as {hidden?: unknown};
    proto.hidden = true;
    try {
      const store = new Store(s, 'local', () => area);
      expect(store.value.items, 'read while polluted').to.deep.equal(['kept']);
    } finally {
      delete proto.hidden;
    }
  });

  it('update() applies a change to the freshest stored data, so two tabs keep both changes', () => {
    const area = new FakeStorage();
    const s = spec();
    const tabA = new Store(s, 'local', () => area);
    const tabB = new Store(s, 'local', () => area);
    tabA.update((d) => ({items: [...d.items, 'from A']}));
    tabB.update((d) => ({items: [...d.items, 'from B']}));
    expect(new Store(s, 'local', () => area).value.items).to.deep.equal(['from A', 'from B']);
  });

  it('tells other widgets on the page with the same key, after the change, and stops when unwatched', async () => {
    const area = new FakeStorage();
    const s = spec();
    const one = new Store(s, 'local', () => area);
    const two = new Store(s, 'local', () => area);
    const heard: string[][] = [];
    const stop = two.watch((d) => heard.push(d.items));
    one.update((d) => ({items: [...d.items, 'a']}));
    expect(heard, 'not yet: the widget that made the change tells the page first').to.deep.equal([]);
    await Promise.resolve();
    expect(heard).to.deep.equal([['a']]);
    expect(two.value.items).to.deep.equal(['a']);
    one.update((d) => d);
    await Promise.resolve();
    expect(heard, 'a change that changes nothing is no news').to.have.length(1);
    stop();
    one.update((d) => ({items: [...d.items, 'b']}));
    await Promise.resolve();
    expect(heard).to.have.length(1);
  });

  it('keeps both changes when two widgets in memory with one key each change something in the same task', async () => {
    const s = spec();
    const one = new Store(s, 'none');
    const two = new Store(s, 'none');
    const stopOne = one.watch(() => {});
    const stopTwo = two.watch(() => {});
    try {
      one.update((d) => ({items: [...d.items, 'A']}));
      two.update((d) => ({items: [...d.items, 'B']}));
      await Promise.resolve();
      expect(one.value.items).to.deep.equal(['A', 'B']);
      expect(two.value.items).to.deep.equal(['A', 'B']);
    } finally {
      stopOne();
      stopTwo();
    }
  });

  it('runs a change once, and tries no save for a change that changes nothing, while storage is full', () => {
    const area = new FakeStorage();
    const store = new Store(spec(), 'local', () => area);
    area.failWrites = true;
    let runs = 0;
    store.update((d) => (runs++, {items: [...d.items, 'x']}));
    expect(runs, 'once').to.equal(1);
    expect(store.status.kind).to.equal('full');
    const writes = area.writes;
    expect(store.update((d) => d).items, 'nothing changed').to.deep.equal(['x']);
    expect(area.writes, 'and nothing is tried').to.equal(writes);
    area.failWrites = false;
    store.update((d) => ({items: [...d.items, 'y']}));
    expect(store.value.items).to.deep.equal(['x', 'y']);
  });

  it('hears other tabs through the storage event, ignoring data it cannot read', () => {
    const area = new FakeStorage();
    const s = spec();
    const store = new Store(s, 'local', () => area);
    const heard: string[][] = [];
    const stop = store.watch((d) => heard.push(d.items));
    try {
      area.setItem(s.key, envelope({items: ['from another tab']}));
      window.dispatchEvent(new StorageEvent('storage', {key: s.key, newValue: area.getItem(s.key)}));
      expect(heard).to.deep.equal([['from another tab']]);
      window.dispatchEvent(new StorageEvent('storage', {key: 'some:other:key', newValue: 'x'}));
      window.dispatchEvent(new StorageEvent('storage', {key: s.key, newValue: UNREADABLE}));
      window.dispatchEvent(new StorageEvent('storage', {key: s.key, newValue: '{garbage'}));
      expect(heard).to.have.length(1);
      expect(store.value.items).to.deep.equal(['from another tab']);
    } finally {
      stop();
    }
    area.setItem(s.key, envelope({items: ['later']}));
    window.dispatchEvent(new StorageEvent('storage', {key: s.key, newValue: area.getItem(s.key)}));
    expect(heard, 'no listener left behind').to.have.length(1);
  });

  it("reads again when the page comes back from the back-forward cache, where another page's saves made no storage event", () => {
    const area = new FakeStorage();
    const s = spec();
    area.setItem(s.key, envelope({items: ['before']}));
    const store = new Store(s, 'local', () => area);
    const heard: string[][] = [];
    const stop = store.watch((d) => heard.push(d.items));
    const show = (persisted: boolean) => window.dispatchEvent(new PageTransitionEvent('pageshow', {persisted}));
    try {
      area.setItem(s.key, envelope({items: ['before', 'added on the next page']}));
      // A page loaded afresh read its storage as it started.
      show(false);
      expect(heard).to.deep.equal([]);
      show(true);
      expect(heard).to.deep.equal([['before', 'added on the next page']]);
      // Chromium then sends the storage event it held back: already read, no news again.
      window.dispatchEvent(new StorageEvent('storage', {key: s.key, newValue: area.getItem(s.key)}));
      expect(heard).to.have.length(1);
      // Nothing saved meanwhile: no news.
      show(true);
      expect(heard).to.have.length(1);
      // "Delete my data" on the other page: what was kept back to save goes with it.
      area.failWrites = true;
      store.update((d) => ({items: [...d.items, 'waiting']}));
      area.failWrites = false;
      expect(store.status.kind).to.equal('full');
      area.map.delete(s.key);
      show(true);
      expect(store.status.kind).to.equal('ok');
      expect(heard.at(-1)).to.deep.equal([]);
      // Data it can't read, saved there: kept aside at the next change, what the reader has stays.
      area.setItem(s.key, envelope({items: ['x', 1]}));
      show(true);
      expect(store.value.items).to.deep.equal([]);
    } finally {
      stop();
    }
    area.setItem(s.key, envelope({items: ['later']}));
    show(true);
    expect(heard, 'no listener left behind').to.have.length(2);
  });

  describe('clear()', () => {
    it('deletes the key and every copy of unreadable data under it, not other keys, and saves again', () => {
      const area = new FakeStorage();
      const s = spec();
      area.setItem(s.key, UNREADABLE);
      area.setItem(`${s.key}:unreadable:2025-01-01T00:00:00.000Z`, 'older');
      area.setItem(`${s.key}-other`, 'kept');
      area.setItem('unrelated', 'kept');
      const store = new Store(s, 'local', () => area);
      expect(store.status.kind).to.equal('recovered');
      expect([...area.map.keys()].filter((k) => k.includes(':unreadable:'))).to.have.length(2);
      expect(store.clear()).to.deep.equal({items: []});
      expect([...area.map.keys()].sort()).to.deep.equal([`${s.key}-other`, 'unrelated']);
      expect(store.status.kind).to.equal('ok');
      store.update(() => ({items: ['new']}));
      expect(JSON.parse(area.getItem(s.key)!).data.items).to.deep.equal(['new']);
    });

    it('deletes data a newer version saved, which it would never save over, as the reader asked', () => {
      const area = new FakeStorage();
      const s = spec();
      area.setItem(s.key, envelope({items: ['x']}, 99));
      const store = new Store(s, 'local', () => area);
      expect(store.status.kind).to.equal('blocked');
      store.clear();
      expect(area.getItem(s.key)).to.equal(null);
      expect(store.status.kind).to.equal('ok');
    });

    it("leaves another widget's data under the same key alone", () => {
      const area = new FakeStorage();
      const s = spec();
      const theirs = JSON.stringify({format: 'knee-widgets', owner: 'someone-else', version: 1, savedAt: '2026-01-01T00:00:00Z', data: {}});
      area.setItem(s.key, theirs);
      const warnings = captureWarnings();
      let store: Store<List>;
      try {
        store = new Store(s, 'local', () => area);
        store.update(() => ({items: ['mine']}));
        store.clear();
      } finally {
        warnings.restore();
      }
      expect(area.getItem(s.key)).to.equal(theirs);
      expect(store.status.kind).to.equal('taken');
      expect(store.value).to.deep.equal({items: []});
    });

    it('leaves no change of another widget on the page waiting to be saved back (storage was full)', () => {
      const area = new FakeStorage();
      const s = spec();
      const a = new Store(s, 'local', () => area);
      const b = new Store(s, 'local', () => area);
      const stopA = a.watch(() => {});
      const stopB = b.watch(() => {});
      try {
        a.update(() => ({items: ['saved']}));
        area.failWrites = true;
        b.update((d) => ({items: [...d.items, 'waiting']}));
        expect(b.status.kind).to.equal('full');
        area.failWrites = false;
        a.clear();
        expect(b.value).to.deep.equal({items: []});
        b.update((d) => ({items: [...d.items, 'new']}));
        expect(JSON.parse(area.getItem(s.key)!).data.items).to.deep.equal(['new']);
      } finally {
        stopA();
        stopB();
      }
    });

    it('in another tab: drops what waited to be saved and the notice of a copy, when the key is deleted there', () => {
      const area = new FakeStorage();
      const s = spec();
      area.setItem(s.key, UNREADABLE);
      const store = new Store(s, 'local', () => area);
      const stop = store.watch(() => {});
      try {
        expect(store.status.kind).to.equal('recovered');
        area.failWrites = true;
        store.update(() => ({items: ['waiting']}));
        area.failWrites = false;
        // The other tab's "Delete my data".
        area.map.clear();
        window.dispatchEvent(new StorageEvent('storage', {key: s.key, newValue: null}));
        expect(store.status.kind).to.equal('ok');
        expect(store.value).to.deep.equal({items: []});
      } finally {
        stop();
      }
    });

    it('in another tab: clears the notice of a copy set aside, and of data not to save over, but not for data another widget keeps there', () => {
      const statusAfterDelete = (stored: string, owner = 'test-list') => {
        const area = new FakeStorage();
        const s = spec(undefined, owner);
        area.setItem(s.key, stored);
        const warnings = captureWarnings();
        try {
          const store = new Store(s, 'local', () => area);
          const stop = store.watch(() => {});
          const before = store.status.kind;
          area.map.delete(s.key);
          window.dispatchEvent(new StorageEvent('storage', {key: s.key, newValue: null}));
          stop();
          return [before, store.status.kind];
        } finally {
          warnings.restore();
        }
      };
      expect(statusAfterDelete(UNREADABLE)).to.deep.equal(['recovered', 'ok']);
      expect(statusAfterDelete(envelope({items: []}, 99))).to.deep.equal(['blocked', 'ok']);
      const theirs = JSON.stringify({format: 'knee-widgets', owner: 'someone-else', version: 1, savedAt: 'x', data: {}});
      expect(statusAfterDelete(theirs)).to.deep.equal(['taken', 'taken']);
    });

    it("ignores sessionStorage's events, which another frame may send", () => {
      const area = new FakeStorage();
      const s = spec();
      const store = new Store(s, 'local', () => area);
      const stop = store.watch(() => {});
      try {
        area.failWrites = true;
        store.update(() => ({items: ['waiting']}));
        expect(store.status.kind).to.equal('full');
        window.dispatchEvent(new StorageEvent('storage', {key: null, newValue: null, storageArea: sessionStorage}));
        expect(store.status.kind).to.equal('full');
        expect(store.value).to.deep.equal({items: ['waiting']});
      } finally {
        stop();
      }
    });

    it('empties the other widgets with the same key on the page, and clears their notice too', async () => {
      const area = new FakeStorage();
      const s = spec();
      area.setItem(s.key, UNREADABLE);
      const a = new Store(s, 'local', () => area);
      const b = new Store(s, 'local', () => area);
      const heard: List[] = [];
      const stop = b.watch((d) => heard.push(d));
      const stopA = a.watch(() => {});
      try {
        expect(b.status.kind).to.equal('recovered');
        a.clear();
        await Promise.resolve();
        expect(heard).to.deep.equal([{items: []}]);
        expect(b.status.kind).to.equal('ok');
      } finally {
        stop();
        stopA();
      }
    });
  });
});

describe('Store versions', () => {
  it('takes an envelope of version 0 for damaged data (set aside), even where validate() ignores the version', () => {
    const area = new FakeStorage();
    const s: StoreSpec<List> = {...spec(), validate: (d) => (Array.isArray((d as {items?: unknown})?.items) ? (d as List) : null)};
    area.setItem(s.key, envelope({items: ['x']}, 0));
    const store = new Store(s, 'local', () => area);
    expect(store.status.kind).to.equal('recovered');
    expect(store.value.items).to.deep.equal([]);
  });
});
