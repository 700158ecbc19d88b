/**
 * Property tests of the shoe list's export, import and merge rules (src/shoe-mileage/shoes.ts).
 * Docs are built the way a reader builds them: a shared history ("base"), copied to a second device
 * through export/import, then edits on each device (new pairs and runs, edits, deletions, undo), with
 * clocks that tie often. Ids are shared only through the history, as real (random) ids are.
 */
import {expect} from '@open-wc/testing';
import fc from './fast-check.js';
import {
  DEFAULT_THRESHOLDS,
  MAX_RUNS,
  MAX_SHOES,
  addRun,
  addShoe,
  createRun,
  createShoe,
  editRun,
  editShoe,
  emptyDoc,
  exportDoc,
  merge,
  parseExport,
  removeRun,
  removeShoe,
  restoreRun,
  restoreShoe,
  status,
  thresholds,
  totalKm,
  validateDoc,
  visibleShoes,
  type ImportReport,
  type Run,
  type Shoe,
  type ShoeDoc,
} from '../src/shoe-mileage/shoes.js';

/** Enough to meet the rare orders of events (P8 found its case in about 1 run in 300), in seconds per engine. */
const NUM_RUNS = 300;
const BASE = Date.UTC(2026, 10, 1, 8);
const at = (minute: number) => new Date(BASE + minute * 60_000).toISOString();
const day = (n: number) => `2026-11-${String(n).padStart(2, '0')}`;
const json = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

// ——— Building docs through the real API ———

type Op =
  | {k: 'addShoe'; name: string; startKm: number; dt: number}
  | {k: 'addRun'; s: number; km: number; d: number; dt: number}
  | {k: 'editRun'; s: number; r: number; km: number; d: number; dt: number}
  | {k: 'removeRun'; s: number; r: number; dt: number}
  | {k: 'undoRun'; dt: number}
  | {k: 'editShoe'; s: number; name: string; retired: boolean; limitKm: number | null; dt: number}
  | {k: 'removeShoe'; s: number; dt: number}
  | {k: 'undoShoe'; dt: number};

const dt = fc.constantFrom(0, 0, 1, 2);
const kmArb = fc.oneof(fc.constantFrom(5, 10, 21.0975, 42.195), fc.double({min: 0.1, max: 60, noNaN: true}));
const opArb: fc.Arbitrary<Op> = fc.oneof(
  {weight: 2, arbitrary: fc.record({k: fc.constant('addShoe' as const), name: fc.constantFrom('Pegasus', 'Trail', 'Road 2'), startKm: fc.constantFrom(0, 12.5, 300), dt})},
  {weight: 5, arbitrary: fc.record({k: fc.constant('addRun' as const), s: fc.nat(9), km: kmArb, d: fc.integer({min: 1, max: 30}), dt})},
  {weight: 2, arbitrary: fc.record({k: fc.constant('editRun' as const), s: fc.nat(9), r: fc.nat(9), km: kmArb, d: fc.integer({min: 1, max: 30}), dt})},
  {weight: 2, arbitrary: fc.record({k: fc.constant('removeRun' as const), s: fc.nat(9), r: fc.nat(9), dt})},
  {weight: 1, arbitrary: fc.record({k: fc.constant('undoRun' as const), dt})},
  {weight: 1, arbitrary: fc.record({k: fc.constant('editShoe' as const), s: fc.nat(9), name: fc.constantFrom('Renamed', 'Daily'), retired: fc.boolean(), limitKm: fc.constantFrom(null, 700, 900), dt})},
  {weight: 1, arbitrary: fc.record({k: fc.constant('removeShoe' as const), s: fc.nat(9), dt})},
  {weight: 1, arbitrary: fc.record({k: fc.constant('undoShoe' as const), dt})},
);

interface Device {
  doc: ShoeDoc;
  /** Every run deleted on this device (id → when), kept here by the test whatever the doc keeps. */
  deletedEver?: Map<string, string>;
  clock: number;
  seq: number;
  readonly prefix: string;
  lastRun?: {shoeId: string; run: Run; index: number};
  lastShoe?: Shoe;
}

function apply(dev: Device, op: Op): void {
  const now = at(dev.clock);
  dev.clock += op.dt;
  const shoes = visibleShoes(dev.doc);
  const pick = <T>(list: readonly T[], i: number): T | undefined => (list.length ? list[i % list.length] : undefined);
  const s = 's' in op ? pick(shoes, op.s) : undefined;
  const r = s && 'r' in op ? pick(s.runs, op.r) : undefined;
  switch (op.k) {
    case 'addShoe':
      if (shoes.length < MAX_SHOES) dev.doc = addShoe(dev.doc, createShoe({name: op.name, startKm: op.startKm}, now, `${dev.prefix}s${dev.seq++}`));
      break;
    case 'addRun':
      if (s) dev.doc = addRun(dev.doc, s.id, createRun(op.km, day(op.d), now, `${dev.prefix}r${dev.seq++}`));
      break;
    case 'editRun':
      if (s && r) dev.doc = editRun(dev.doc, s.id, r.id, {km: op.km, date: day(op.d)}, now);
      break;
    case 'removeRun':
      if (s && r) {
        dev.lastRun = {shoeId: s.id, run: r, index: s.runs.indexOf(r)};
        dev.doc = removeRun(dev.doc, s.id, r.id, now);
        (dev.deletedEver ??= new Map()).set(r.id, now);
      }
      break;
    case 'undoRun':
      if (dev.lastRun) {
        dev.doc = restoreRun(dev.doc, dev.lastRun.shoeId, dev.lastRun.run, dev.lastRun.index);
        if (findRun(dev.doc, dev.lastRun.run.id)) dev.deletedEver?.delete(dev.lastRun.run.id);
      }
      dev.lastRun = undefined;
      break;
    case 'editShoe':
      if (s) dev.doc = editShoe(dev.doc, s.id, {name: op.name, retired: op.retired, limitKm: op.limitKm}, now);
      break;
    case 'removeShoe':
      if (s) {
        dev.lastShoe = s;
        dev.doc = removeShoe(dev.doc, s.id, now);
      }
      break;
    case 'undoShoe':
      if (dev.lastShoe) {
        dev.doc = restoreShoe(dev.doc, dev.lastShoe);
        for (const run of dev.lastShoe.runs) if (findRun(dev.doc, run.id)) dev.deletedEver?.delete(run.id);
      }
      dev.lastShoe = undefined;
      break;
  }
}

function findRun(doc: ShoeDoc, id: string): Run | undefined {
  for (const s of visibleShoes(doc)) for (const r of s.runs) if (r.id === id) return r;
  return undefined;
}

/**
 * Checks one import into `dev` against the device's own history, by the rule of merge()'s comment:
 * "A shoe or a run deleted here after the other copy last changed it stays deleted."
 * - deleted-run-back: a run deleted here (individually) at or after its file copy's last change came back.
 */
function audit(dev: Device, file: readonly unknown[], violations: Scenario['violations']): void {
  const before = dev.doc;
  const after = merge(before, file).doc;
  for (const s of visibleShoes(after)) {
    for (const r of s.runs) {
      if (findRun(before, r.id)) continue;
      const d = dev.deletedEver?.get(r.id);
      if (d && since(d, r.updatedAt)) violations.push({kind: 'deleted-run-back', detail: `${s.id}/${r.id} deleted ${d}, changed ${r.updatedAt}`});
    }
  }
  for (const s of visibleShoes(after)) for (const r of s.runs) if (!findRun(before, r.id)) dev.deletedEver?.delete(r.id);
  dev.doc = after;
}

const fileOf = (doc: ShoeDoc, now = at(10_000)): readonly unknown[] => {
  const parsed = parseExport(exportDoc(doc, now));
  if (!parsed.ok) throw new Error(`own export refused: ${parsed.error}`);
  return parsed.shoes;
};

interface Scenario {
  a: ShoeDoc;
  b: ShoeDoc;
  /** What an import did against this device's own history (see `audit`). */
  violations: Array<{kind: 'deleted-run-back'; detail: string}>;
}
/**
 * A shared history, copied to B by export/import; then both devices go their own way, importing each
 * other's export now and then (`sync`), with clocks that may be a little apart.
 */
type Step = {dev: 'a' | 'b'; op: Op} | {dev: 'a' | 'b'; sync: true};
const stepArb: fc.Arbitrary<Step> = fc.oneof(
  {weight: 6, arbitrary: fc.record({dev: fc.constantFrom('a' as const, 'b' as const), op: opArb})},
  {weight: 1, arbitrary: fc.record({dev: fc.constantFrom('a' as const, 'b' as const), sync: fc.constant(true as const)})},
);
const scenarioArb: fc.Arbitrary<Scenario> = fc
  .record({
    base: fc.array(opArb, {maxLength: 12}),
    steps: fc.array(stepArb, {maxLength: 24}),
    skew: fc.integer({min: -3, max: 3}),
  })
  .map(({base, steps, skew}) => {
    const violations: Scenario['violations'] = [];
    const origin: Device = {doc: emptyDoc(), clock: 0, seq: 0, prefix: 'o'};
    // Seed a pair so that most histories have something to share.
    apply(origin, {k: 'addShoe', name: 'Seed', startKm: 0, dt: 0});
    for (const op of base) apply(origin, op);
    const devs = {
      a: {doc: origin.doc, clock: origin.clock, seq: 0, prefix: 'a'} as Device,
      b: {doc: merge(emptyDoc(), fileOf(origin.doc)).doc, clock: origin.clock + skew, seq: 0, prefix: 'b'} as Device,
    };
    for (const step of steps) {
      const dev = devs[step.dev];
      if ('sync' in step) {
        audit(dev, fileOf(devs[step.dev === 'a' ? 'b' : 'a'].doc), violations);
        // Undo offers don't outlive an import in these runs (the widget clears its message on a click).
        dev.lastRun = dev.lastShoe = undefined;
      } else apply(dev, step.op);
      // Both clocks go on (ties across devices stay likely).
      const other = devs[step.dev === 'a' ? 'b' : 'a'];
      if (other.clock < dev.clock - 3) other.clock = dev.clock - 3;
    }
    return {a: devs.a.doc, b: devs.b.doc, violations};
  });

// ——— Helpers over results ———

const runIds = (s: Shoe | undefined) => new Set((s?.runs ?? []).map((r) => r.id));
const byId = (doc: ShoeDoc) => new Map(doc.shoes.map((s) => [s.id, s]));
const live = (doc: ShoeDoc) => new Map(visibleShoes(doc).map((s) => [s.id, s]));
const gone = (s: Shoe | undefined) => !!s && Object.hasOwn(s, 'deleted') && s.deleted === true;
const since = (deletedAt: string, changedAt: string) => Date.parse(deletedAt) >= Date.parse(changedAt);
const withoutTraces = (doc: ShoeDoc) =>
  visibleShoes(doc)
    .map((s) => ({id: s.id, runs: s.runs.map((r) => r.id).sort()}))
    .sort((x, y) => x.id.localeCompare(y.id));
const runCount = (doc: ShoeDoc) => visibleShoes(doc).reduce((n, s) => n + s.runs.length, 0);
const count = (report: ImportReport, kind: 'shoe' | 'run', reason?: string) =>
  report.skipped.filter((x) => x.kind === kind && (reason === undefined || x.reason === reason)).length;

/** A stored doc must read back, strictly, as itself after a reload: else the list is set aside. */
function expectStorable(doc: ShoeDoc, label: string) {
  const stored = json(doc);
  const read = validateDoc(json(stored));
  expect(read, `${label}: strict validateDoc refuses the doc that would be saved`).to.not.equal(null);
  expect(json(read), `${label}: reads back as saved`).to.deep.equal(stored);
}

function expectSane(doc: ShoeDoc) {
  for (const s of doc.shoes) {
    const km = totalKm(s);
    expect(Number.isFinite(km) && km >= 0, `total of ${s.id}: ${km}`).to.equal(true);
    for (const unit of ['km', 'mi'] as const) {
      const {warn, limit} = DEFAULT_THRESHOLDS[unit];
      const t = thresholds(s, warn, limit);
      expect(Number.isFinite(t.warnKm) && Number.isFinite(t.limitKm) && t.warnKm >= 0 && t.warnKm < t.limitKm, `thresholds ${JSON.stringify(t)}`).to.equal(true);
      expect(['fresh', 'mid-life', 'replace-soon', 'replace-now']).to.include(status(s, warn, limit));
    }
  }
}

const opts = (extra: Partial<fc.Parameters<unknown>> = {}) => ({numRuns: NUM_RUNS, ...extra}) as fc.Parameters<unknown>;

describe('shoes.ts properties', () => {
  it('P0: the generated docs are themselves storable (sanity of the generator)', () => {
    fc.assert(
      fc.property(scenarioArb, ({a, b}) => {
        expectStorable(a, 'A');
        expectStorable(b, 'B');
      }),
      opts(),
    );
  });

  it('P1: importing this device’s own export changes nothing and reports nothing new', () => {
    fc.assert(
      fc.property(scenarioArb, ({a}) => {
        const {doc, report} = merge(a, fileOf(a));
        expect(doc, 'the same document').to.equal(a);
        expect([report.addedShoes, report.addedRuns]).to.deep.equal([0, 0]);
        expect(report.skipped.every((x) => x.reason === 'duplicate'), JSON.stringify(report.skipped)).to.equal(true);
      }),
      opts(),
    );
  });

  it('P2: importing the same file twice is the same as importing it once', () => {
    fc.assert(
      fc.property(scenarioArb, ({a, b}) => {
        const file = fileOf(b);
        const once = merge(a, file);
        const twice = merge(once.doc, file);
        expect(json(twice.doc)).to.deep.equal(json(once.doc));
        expect([twice.report.addedShoes, twice.report.addedRuns]).to.deep.equal([0, 0]);
      }),
      opts(),
    );
  });

  it('P3: nothing in either input is lost, unless a stated rule removes it, and the report says so', () => {
    fc.assert(
      fc.property(scenarioArb, ({a, b}) => {
        const file = fileOf(b);
        const {doc, report} = merge(a, file);
        const after = byId(doc);
        // Nothing here is removed or overwritten (a tombstone may be replaced by a newer pair).
        for (const here of a.shoes) {
          const now = after.get(here.id);
          expect(now, `pair ${here.id} kept`).to.not.equal(undefined);
          if (gone(here)) continue;
          // Its fields but the runs and their traces (traces of runs that came back go).
          const fields = (s: Shoe) => Object.fromEntries(Object.entries(s).filter(([k]) => k !== 'runs' && k !== 'deletedRuns'));
          const [r0, r1] = [here.runs, now!.runs];
          expect(fields(now!), `fields of ${here.id} stay`).to.deep.equal(fields(here));
          expect(r1.slice(0, r0.length), `runs of ${here.id} stay, in order`).to.deep.equal(r0);
        }
        // Every pair and run of the file is here, unless deleted here since it last changed.
        const before = byId(a);
        let skippedPairs = 0;
        let skippedRuns = 0;
        for (const f of b.shoes.filter((s) => !gone(s))) {
          const here = before.get(f.id);
          const now = after.get(f.id);
          if (gone(here) && since(here!.updatedAt, f.updatedAt)) {
            expect(gone(now), `pair ${f.id} stays deleted`).to.equal(true);
            skippedPairs++;
            continue;
          }
          expect(gone(now), `pair ${f.id} is back`).to.equal(false);
          const ids = runIds(now);
          const traces = here?.deletedRuns ?? [];
          for (const r of f.runs) {
            if (ids.has(r.id)) continue;
            const trace = traces.find((d) => d.id === r.id && since(d.deletedAt, r.updatedAt));
            expect(trace, `run ${r.id} of ${f.id} lost without a newer deletion here`).to.not.equal(undefined);
            skippedRuns++;
          }
        }
        expect(count(report, 'shoe', 'deleted-here'), 'pairs reported deleted here').to.equal(skippedPairs);
        expect(count(report, 'run', 'deleted-here') + count(report, 'run', 'too-many'), 'runs reported left out').to.equal(skippedRuns);
        expect(count(report, 'shoe', 'invalid') + count(report, 'run', 'invalid')).to.equal(0);
      }),
      opts(),
    );
  });

  it('P4: two devices that import each other’s export end with the same pairs and runs (bar local deletions)', () => {
    fc.assert(
      fc.property(scenarioArb, ({a, b}) => {
        const a2 = merge(a, fileOf(b)).doc;
        const b2 = merge(b, fileOf(a)).doc;
        // A difference is allowed only where one side keeps a deletion of its own (traces are never exported).
        const explained = (x: ShoeDoc, y2: ShoeDoc, x2: ShoeDoc) => {
          const xs = byId(x);
          const x2live = live(x2);
          for (const [id, s] of live(y2)) {
            const mine = x2live.get(id);
            if (!mine) {
              expect(gone(xs.get(id)), `pair ${id} missing on one side without a deletion there`).to.equal(true);
              continue;
            }
            const have = runIds(mine);
            const traces = (xs.get(id)?.deletedRuns ?? []).map((d) => d.id);
            for (const r of s.runs) expect(have.has(r.id) || traces.includes(r.id), `run ${r.id} of ${id} only on one side, not deleted on the other`).to.equal(true);
          }
        };
        explained(a, b2, a2);
        explained(b, a2, b2);
      }),
      opts(),
    );
  });

  it('P4b: with no deletions on either side, the two devices converge exactly (ids)', () => {
    fc.assert(
      fc.property(scenarioArb, ({a, b}) => {
        const noDeletions = (d: ShoeDoc) => d.shoes.every((s) => !gone(s) && !(s.deletedRuns ?? []).length);
        fc.pre(noDeletions(a) && noDeletions(b));
        expect(withoutTraces(merge(a, fileOf(b)).doc)).to.deep.equal(withoutTraces(merge(b, fileOf(a)).doc));
      }),
      opts(),
    );
  });

  it('P6: the report’s counts match what changed', () => {
    fc.assert(
      fc.property(scenarioArb, ({a, b}) => {
        const {doc, report} = merge(a, fileOf(b));
        const newPairs = [...live(doc).keys()].filter((id) => !live(a).has(id));
        expect(report.addedShoes, 'addedShoes').to.equal(newPairs.length);
        expect(report.addedRuns, 'addedRuns').to.equal(runCount(doc) - runCount(a));
        // Every entry of the file is a pair reported once; every run of an accepted pair is added or skipped.
        expect(count(report, 'shoe')).to.equal(b.shoes.filter((s) => !gone(s)).length - report.addedShoes);
      }),
      opts(),
    );
  });

  it('P5a: results are storable and sane: merge, change, totals and statuses', () => {
    fc.assert(
      fc.property(scenarioArb, ({a, b}) => {
        const {doc} = merge(a, fileOf(b));
        expectStorable(doc, 'merged');
        expectSane(doc);
      }),
      opts(),
    );
  });

  it('P8: a run deleted here after its last change stays deleted, even if its pair was deleted too and comes back', () => {
    fc.assert(
      fc.property(scenarioArb, ({violations}) => {
        expect(violations.filter((v) => v.kind === 'deleted-run-back')).to.deep.equal([]);
      }),
      opts({numRuns: 3 * NUM_RUNS}),
    );
  });

  it('P8b (targeted): runs deleted here, then their pair deleted here and brought back by a copy changed later', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({del: fc.boolean(), t: fc.integer({min: 0, max: 4}), u: fc.integer({min: 0, max: 4})}), {minLength: 1, maxLength: 5}),
        fc.integer({min: 0, max: 6}),
        fc.integer({min: 0, max: 6}),
        (runs, pairGone, renamed) => {
          const pair = {...createShoe({name: 'Daily'}, at(0), 'p'), runs: runs.map((r, i) => createRun(5, day(1), at(r.u), `r${i}`))};
          let here: ShoeDoc = {shoes: [pair]};
          runs.forEach((r, i) => r.del && (here = removeRun(here, 'p', `r${i}`, at(r.u + r.t))));
          here = removeShoe(here, 'p', at(pairGone));
          const copy = {...pair, name: 'Daily 2', updatedAt: at(renamed)};
          const {doc, report} = merge(here, json([copy]));
          if (!visibleShoes(doc).length) return; // the pair stays deleted: nothing to check
          const back = runIds(visibleShoes(doc)[0]);
          const stayOut = runs.map((r, i) => (r.del ? `r${i}` : '')).filter(Boolean);
          expect([...back].filter((id) => stayOut.includes(id)), 'runs deleted here came back').to.deep.equal([]);
          expect(count(report, 'run', 'deleted-here')).to.equal(stayOut.length);
        },
      ),
      opts(),
    );
  });

  // ——— Hostile input ———

  /** A realistic exported file with one value somewhere swapped for arbitrary JSON. */
  const mutatedFileArb = fc
    .tuple(scenarioArb, fc.array(fc.tuple(fc.nat(), fc.jsonValue({maxDepth: 2})), {minLength: 1, maxLength: 3}), fc.boolean())
    .map(([{a}, swaps, remove]) => {
      const file = JSON.parse(exportDoc(a, at(10_000))) as Record<string, unknown>;
      for (const [i, value] of swaps) {
        const paths: Array<[Record<string, unknown> | unknown[], string | number]> = [];
        const walk = (node: unknown) => {
          if (Array.isArray(node)) node.forEach((v, k) => (paths.push([node, k]), walk(v)));
          else if (node && typeof node === 'object') for (const k of Object.keys(node)) paths.push([node as Record<string, unknown>, k]), walk((node as Record<string, unknown>)[k]);
        };
        walk(file);
        const [parent, key] = paths[i % paths.length]!;
        if (remove && !Array.isArray(parent)) delete (parent as Record<string, unknown>)[key as string];
        else (parent as Record<string, unknown>)[key as string] = value;
      }
      return {a, text: JSON.stringify(file), data: file};
    });

  it('P5b: any JSON fed to the import path never throws, never yields NaN, and what it keeps is storable', () => {
    fc.assert(
      fc.property(fc.oneof(mutatedFileArb, fc.jsonValue({maxDepth: 4}).map((v) => ({a: emptyDoc(), text: JSON.stringify({format: 'knee-widgets-shoes', version: 1, shoes: [v]}), data: v}))), ({a, text}) => {
        const parsed = parseExport(text);
        if (!parsed.ok) return;
        for (const into of [a, emptyDoc()]) {
          const {doc, report} = merge(into, parsed.shoes);
          expectStorable(doc, 'merged from a hostile file');
          expectSane(doc);
          expect(report.addedRuns, 'addedRuns').to.equal(runCount(doc) - runCount(into));
          expect(Number.isInteger(report.addedShoes) && report.addedShoes >= 0).to.equal(true);
        }
      }),
      opts(),
    );
  });

  it('P5c: validateDoc (strict and salvage) never throws; what salvage keeps reads back strictly as itself', () => {
    const storedArb = fc.oneof(
      mutatedFileArb.map(({data}) => data),
      scenarioArb.map(({a}) => json(a) as unknown),
      fc.jsonValue({maxDepth: 4}),
      fc.jsonValue({maxDepth: 3}).map((v) => ({shoes: [v]})),
    );
    fc.assert(
      fc.property(storedArb, (data) => {
        const strict = validateDoc(json(data));
        if (strict) {
          expectStorable(strict, 'strict');
          expectSane(strict);
        }
        const salvaged = validateDoc(json(data), 1, true);
        if (salvaged) {
          expectStorable(salvaged, 'salvaged');
          expectSane(salvaged);
          if (strict) expect(json(salvaged), 'salvage keeps all of a valid doc').to.deep.equal(json(strict));
        }
      }),
      opts(),
    );
  });

  // ——— Caps ———

  it('P7: caps: a full list’s own export imports again; a pair’s runs over MAX_RUNS are reported', () => {
    fc.assert(
      fc.property(fc.integer({min: MAX_RUNS - 3, max: MAX_RUNS + 3}), fc.integer({min: 0, max: 4}), (n, have) => {
        const pair = createShoe({name: 'Big'}, at(0), 'big');
        const runs = Array.from({length: n}, (_, i) => createRun(5, day(1 + (i % 28)), at(i), `r${i}`));
        const here: ShoeDoc = {shoes: [{...pair, runs: runs.slice(0, have)}]};
        const {doc, report} = merge(here, [{...pair, runs}]);
        const kept = doc.shoes[0]!.runs.length;
        expect(kept).to.equal(Math.min(n, Math.max(MAX_RUNS, have)));
        expect(count(report, 'run', 'too-many'), 'too-many reported').to.equal(n - kept);
      }),
      opts({numRuns: 20}),
    );
  });
});

describe('shoes.ts: cases the properties above found', () => {
  const T0 = '2026-11-01T08:00:00.000Z';
  const T1 = '2026-11-01T08:01:00.000Z';
  const T2 = '2026-11-01T08:02:00.000Z';
  const T3 = '2026-11-01T08:03:00.000Z';

  it('P8: a run deleted here stays deleted when its pair, deleted here later, comes back from a newer copy', () => {
    let here: ShoeDoc = {shoes: [{...createShoe({name: 'Daily'}, T0, 'p'), runs: [createRun(5, '2026-11-01', T0, 'dup'), createRun(8, '2026-11-01', T0, 'ok')]}]};
    here = removeRun(here, 'p', 'dup', T1); // the run logged twice, deleted here
    here = removeShoe(here, 'p', T2); // then the pair, deleted here
    // The other device still has both runs, and renamed the pair after (T3): the pair comes back.
    const file = [{...createShoe({name: 'Daily 2'}, T0, 'p'), updatedAt: T3, runs: [createRun(5, '2026-11-01', T0, 'dup'), createRun(8, '2026-11-01', T0, 'ok')]}];
    const {doc, report} = merge(here, json(file));
    expect(visibleShoes(doc).map((s) => s.runs.map((r) => r.id))).to.deep.equal([['ok']]);
    expect(report.skipped).to.deep.include({kind: 'run', reason: 'deleted-here', name: 'Daily 2'});
    // And a later import of the same copy still keeps it out.
    expect(visibleShoes(merge(doc, json(file)).doc)[0]!.runs.map((r) => r.id)).to.deep.equal(['ok']);
  });

  it('P8c: a pair that comes back keeps no trace of a run that came back with it, changed after it was deleted here', () => {
    let here: ShoeDoc = {shoes: [{...createShoe({name: 'Daily'}, T0, 'p'), runs: [createRun(5, '2026-11-01', T0, 'r')]}]};
    here = removeRun(here, 'p', 'r', T1);
    here = removeShoe(here, 'p', T2);
    // The other device changed the run after it was deleted here (T3): it comes back, and is no longer "deleted here".
    const file = [{...createShoe({name: 'Daily'}, T0, 'p'), updatedAt: T3, runs: [{...createRun(6, '2026-11-01', T3, 'r')}]}];
    const {doc} = merge(here, json(file));
    expect(visibleShoes(doc)[0]!.runs.map((r) => r.id)).to.deep.equal(['r']);
    expect(doc.shoes[0]!.deletedRuns, 'no trace of a run the pair has').to.equal(undefined);
  });
});
