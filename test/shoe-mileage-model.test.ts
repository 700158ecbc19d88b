import {expect} from '@open-wc/testing';
import fc from './fast-check.js';
import {KM_PER_MILE, fromKm, toKm} from '../src/shared/units.js';
import {toJson} from '../src/shared/json.js';
import {
  MAX_MONTHS,
  estimateKm,
  parseMonths,
  DEFAULT_THRESHOLDS,
  EXPORT_FORMAT,
  MAX_RUN_KM,
  MAX_STORED_RUN_KM,
  MAX_RUNS,
  MAX_TOTAL_KM,
  MAX_SHOES,
  addRun,
  addShoe,
  copyShoes,
  createRun,
  createShoe,
  editRun,
  editShoe,
  emptyDoc,
  exportDoc,
  merge,
  newId,
  parseDay,
  parseDistance,
  parseExport,
  parseName,
  readShoe,
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
  type Shoe,
  type ShoeDoc,
} from '../src/shoe-mileage/shoes.js';
import {isDay, today} from '../src/shared/dates.js';
import {inTimeZone} from './helpers.js';

const T0 = '2026-01-01T08:00:00.000Z';
const T1 = '2026-02-01T08:00:00.000Z';
const T2 = '2026-03-01T08:00:00.000Z';
const mi = (n: number) => toKm(n, 'mi');
const WARN = mi(300);
const LIMIT = mi(500);

const shoe = (over: Partial<Shoe> = {}): Shoe => ({...createShoe({name: 'Pegasus', model: 'Nike', startKm: 0}, T0, `s${newId()}`), ...over});
const withRuns = (kms: number[], over: Partial<Shoe> = {}): Shoe =>
  shoe({...over, runs: kms.map((km, i) => createRun(km, '2026-01-02', T0, `r${i}`))});

describe('shoe-mileage model', () => {
  describe('status()', () => {
    const at = (miles: number, over: Partial<Shoe> = {}) => status(shoe({startKm: mi(miles), ...over}), WARN, LIMIT);

    it('is fresh under half of warn-at, mid-life up to it, replace soon from it, replace now at the limit', () => {
      expect(at(0)).to.equal('fresh');
      expect(at(149.9)).to.equal('fresh');
      expect(at(150)).to.equal('mid-life');
      expect(at(299.9)).to.equal('mid-life');
      expect(at(300)).to.equal('replace-soon');
      expect(at(499.9)).to.equal('replace-soon');
      expect(at(500)).to.equal('replace-now');
      expect(at(900)).to.equal('replace-now');
    });

    it('uses the km defaults (480/800) the same way', () => {
      const {warn, limit} = DEFAULT_THRESHOLDS.km;
      const s = (km: number) => status(shoe({startKm: km}), warn, limit);
      expect([s(239), s(240), s(479), s(480), s(799), s(800)]).to.deep.equal([
        'fresh',
        'mid-life',
        'mid-life',
        'replace-soon',
        'replace-soon',
        'replace-now',
      ]);
      expect(DEFAULT_THRESHOLDS.mi).to.deep.equal({warn: 300, limit: 500});
    });

    it('counts the runs and the starting distance', () => {
      const s = withRuns([mi(100), mi(100)], {startKm: mi(100)});
      expect(totalKm(s)).to.be.closeTo(mi(300), 1e-9);
      expect(status(s, WARN, LIMIT)).to.equal('replace-soon');
    });

    it('reaches the limit even when many runs add up a hair below it in floating point', () => {
      const s = withRuns(Array.from({length: 50}, () => mi(10)));
      expect(totalKm(s)).to.be.closeTo(LIMIT, 1e-6);
      expect(status(s, WARN, LIMIT)).to.equal('replace-now');
    });

    it('lets a shoe’s own limit override the widget’s, keeping the warning in proportion', () => {
      const own = shoe({startKm: mi(520), limitKm: mi(600)});
      expect(status(own, WARN, LIMIT)).to.equal('replace-soon');
      const t = thresholds(own, WARN, LIMIT);
      expect(fromKm(t.limitKm, 'mi')).to.be.closeTo(600, 1e-9);
      expect(fromKm(t.warnKm, 'mi')).to.be.closeTo(360, 1e-9);
      expect(at(350, {limitKm: mi(600)})).to.equal('mid-life');
      expect(at(600, {limitKm: mi(600)})).to.equal('replace-now');
      expect(at(250, {limitKm: mi(250)})).to.equal('replace-now', 'a lower limit, below the widget’s warn-at');
      expect(at(160, {limitKm: mi(250)})).to.equal('replace-soon');
    });

    it('uses a shoe’s own warning point when it has one below its limit', () => {
      expect(at(200, {warnKm: mi(200)})).to.equal('replace-soon');
      expect(at(99, {warnKm: mi(200)})).to.equal('fresh');
    });

    it('makes a shoe marked from the wear checklist at least "replace soon"', () => {
      expect(at(10, {replaceFlag: true})).to.equal('replace-soon');
      expect(at(200, {replaceFlag: true})).to.equal('replace-soon');
      expect(at(600, {replaceFlag: true})).to.equal('replace-now');
    });

    it('makes a shoe with any sign of wear ticked at least "replace soon", whatever its distance', () => {
      for (const sign of wearSigns) {
        expect(at(10, {wear: [sign]}), sign).to.equal('replace-soon');
        expect(at(200, {wear: [sign]}), sign).to.equal('replace-soon');
      }
      expect(at(10, {wear: [...wearSigns]})).to.equal('replace-soon');
      expect(at(400, {wear: [...wearSigns]})).to.equal('replace-soon');
      expect(at(600, {wear: ['new-soreness']}), 'the limit still decides "replace now"').to.equal('replace-now');
      expect(at(10, {wear: []})).to.equal('fresh');
    });

    it('is monotonic in the distance for any thresholds', () => {
      const order = ['fresh', 'mid-life', 'replace-soon', 'replace-now'];
      fc.assert(
        fc.property(fc.double({min: 1, max: 1000, noNaN: true}), fc.double({min: 1.01, max: 3, noNaN: true}), fc.double({min: 0, max: 3000, noNaN: true}), fc.double({min: 0, max: 3000, noNaN: true}), (warn, factor, a, b) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          const first = order.indexOf(status(shoe({startKm: lo}), warn, warn * factor));
          const second = order.indexOf(status(shoe({startKm: hi}), warn, warn * factor));
          return first >= 0 && first <= second;
        }),
      );
    });
  });

  describe('units', () => {
    it('round-trips any distance between miles and km without loss', () => {
      fc.assert(
        fc.property(fc.double({min: 0, max: 100000, noNaN: true}), (n) => {
          expect(fromKm(toKm(n, 'mi'), 'mi')).to.be.closeTo(n, Math.max(1e-9, n * 1e-12));
          expect(toKm(fromKm(n, 'mi'), 'mi')).to.be.closeTo(n, Math.max(1e-9, n * 1e-12));
          expect(fromKm(toKm(n, 'km'), 'km')).to.equal(n);
        }),
      );
    });

    it('stores what was typed in miles in km at full precision', () => {
      const typed = parseDistance('13.1', 'mi', 'en');
      expect(typed.ok && typed.value).to.equal(13.1 * KM_PER_MILE);
      expect(typed.ok && fromKm(typed.value, 'mi')).to.be.closeTo(13.1, 1e-12);
    });
  });

  describe('parseDistance()', () => {
    const error = (text: string, unit: 'mi' | 'km' = 'mi', locale = 'en', options = {}) => {
      const r = parseDistance(text, unit, locale, options);
      return r.ok ? `ok:${r.value}` : r.error;
    };

    for (const [text, expected] of [
      ['', 'distance-empty'],
      ['   ', 'distance-empty'],
      ['-5', 'distance-negative'],
      ['-0.1', 'distance-negative'],
      ['0', 'distance-zero'],
      ['0.0', 'distance-zero'],
      ['abc', 'distance-nan'],
      ['5 miles a day', 'distance-nan'],
      ['5 km', 'distance-unit'],
      ['1,000', 'distance-grouped'],
      ['1e3', 'distance-nan'],
      ['Infinity', 'distance-nan'],
      ['NaN', 'distance-nan'],
      ['1.000.000', 'distance-grouped'],
      ['1000.1', 'distance-too-large'],
      ['99999', 'distance-too-large'],
    ] as const) {
      it(`refuses ${JSON.stringify(text)} in miles with ${expected}`, () => {
        expect(error(text)).to.equal(expected);
      });
    }

    it('says to leave out a thousands separator, which is refused as ambiguous, in a field that takes thousands', () => {
      // "Distance already run" takes up to 5000 mi: "1.200" (de) or "1,200" (en) was "Enter a number, like 5.5".
      expect(error('1.200', 'km', 'de', {maxKm: MAX_TOTAL_KM})).to.equal('distance-grouped');
      expect(error('1,200', 'mi', 'en', {maxKm: MAX_TOTAL_KM})).to.equal('distance-grouped');
      expect(error('1,200.5', 'mi', 'en', {maxKm: MAX_TOTAL_KM})).to.equal('distance-grouped');
      expect(error('1.2.3')).to.equal('distance-nan');
      expect(error('1200', 'km', 'de', {maxKm: MAX_TOTAL_KM})).to.equal('ok:1200');
    });

    it('accepts the field\'s own unit written after the number', () => {
      expect(error('5 miles')).to.equal(`ok:${toKm(5, 'mi')}`);
      expect(error('5km', 'km')).to.equal('ok:5');
    });

    it('accepts up to 200 mi (about 322 km) in a new run, further than the longest one-day races', () => {
      expect(error('200')).to.equal(`ok:${toKm(200, 'mi')}`);
      expect(error('321', 'km')).to.equal('ok:321');
      // Whole units, rounded down, as the error says: "more than 321 km" (321.87 km is 200 mi).
      expect(error('321.5', 'km')).to.equal('distance-too-large');
      expect(error('322', 'km')).to.equal('distance-too-large');
      expect(error('900')).to.equal('distance-too-large');
      expect(MAX_RUN_KM).to.be.closeTo(321.8688, 1e-9);
    });

    it('keeps stored runs up to 1000 mi, which readers could type before', () => {
      const shoe = {...createShoe({name: 'Old'}, '2026-01-01T00:00:00.000Z'), runs: [createRun(900 * 1.609344, '2026-01-02', '2026-01-02T00:00:00.000Z')]};
      expect(validateDoc({...emptyDoc(), shoes: [shoe]})?.shoes[0]!.runs.length).to.equal(1);
      const tooFar = {...shoe, runs: [createRun(MAX_STORED_RUN_KM + 1, '2026-01-02', '2026-01-02T00:00:00.000Z')]};
      expect(validateDoc({...emptyDoc(), shoes: [tooFar]}), 'past that, the data is kept aside as unreadable').to.equal(null);
    });

    it('accepts a decimal comma or dot in any language, and no thousands', () => {
      for (const locale of ['es', 'fr', 'de']) {
        expect(error('12,5', 'km', locale), locale).to.equal('ok:12.5');
        expect(error(' 7.25 ', 'km', locale), `${locale} also takes a dot`).to.equal('ok:7.25');
      }
      expect(error('12,5', 'km', 'en'), 'a phone pad may offer only a comma').to.equal('ok:12.5');
      expect(error('1,000', 'km', 'en')).to.equal('distance-grouped');
      expect(error('12.5', 'km', 'en')).to.equal('ok:12.5');
    });

    it('takes zero and larger totals for a starting distance', () => {
      expect(error('0', 'mi', 'en', {allowZero: true, maxKm: MAX_TOTAL_KM})).to.equal('ok:0');
      expect(error('4000', 'mi', 'en', {allowZero: true, maxKm: MAX_TOTAL_KM})).to.equal(`ok:${toKm(4000, 'mi')}`);
      expect(error('5001', 'mi', 'en', {allowZero: true, maxKm: MAX_TOTAL_KM})).to.equal('distance-too-large');
    });
  });

  describe('parseMonths() and estimateKm()', () => {
    it('reads a number of months over 0, up to MAX_MONTHS, with the locale\'s decimal comma', () => {
      expect(parseMonths('9', 'en')).to.deep.equal({ok: true, value: 9});
      expect(parseMonths(' 1,5 ', 'es')).to.deep.equal({ok: true, value: 1.5});
      expect(parseMonths(String(MAX_MONTHS), 'en')).to.deep.equal({ok: true, value: MAX_MONTHS});
      for (const bad of ['', '0', '-2', 'abc', String(MAX_MONTHS + 0.5), '1,000']) expect(parseMonths(bad, 'en'), bad).to.deep.equal({ok: false, error: 'months'});
    });

    it('counts 52 weeks in 12 months', () => {
      expect(estimateKm(12, 30)).to.equal(1560);
      expect(estimateKm(9, 30)).to.be.closeTo(1170, 1e-9);
      expect(estimateKm(0.5, 10)).to.be.closeTo(21.667, 1e-3);
    });
  });

  describe('parseName() and parseDay()', () => {
    it('requires a name, trims it, and caps it at 80 characters', () => {
      expect(parseName('  Blue   trail shoes ', true)).to.deep.equal({ok: true, value: 'Blue trail shoes'});
      expect(parseName('   ', true)).to.deep.equal({ok: false, error: 'name-empty'});
      expect(parseName('', false)).to.deep.equal({ok: true, value: ''});
      expect(parseName('x'.repeat(81), false)).to.deep.equal({ok: false, error: 'too-long'});
      expect(parseName('👟'.repeat(80), true).ok, 'counts characters, not UTF-16 units').to.equal(true);
    });

    it('drops control characters and the invisible ones that reorder text', () => {
      expect(parseName('Blue\u202e 2\u0000\u2066', true)).to.deep.equal({ok: true, value: 'Blue 2'});
      expect(parseName('Road\nshoes\t', true)).to.deep.equal({ok: true, value: 'Road shoes'});
      expect(parseName('\u202e\u0007', true)).to.deep.equal({ok: false, error: 'name-empty'});
      const hebrew = '\u05e0\u05d9\u05d9\u05e7\u05d9 \u200f2';
      expect(parseName(hebrew, true), 'marks a right-to-left name needs are kept').to.deep.equal({ok: true, value: hebrew});
    });

    it('takes a real past date and refuses empty, impossible and future ones', () => {
      expect(parseDay('2026-03-01', '2026-03-01')).to.deep.equal({ok: true, value: '2026-03-01'});
      expect(parseDay('', '2026-03-01')).to.deep.equal({ok: false, error: 'date-empty'});
      expect(parseDay('2026-02-30', '2026-03-01')).to.deep.equal({ok: false, error: 'date-invalid'});
      expect(parseDay('01/03/2026', '2026-03-01')).to.deep.equal({ok: false, error: 'date-invalid'});
      expect(parseDay('2026-03-02', '2026-03-01')).to.deep.equal({ok: false, error: 'date-future'});
      expect(isDay('2024-02-29')).to.equal(true);
      expect(isDay('2025-02-29')).to.equal(false);
    });
  });

  it("reads an imported file's pairs as they are on a page that added fields to Object.prototype", () => {
    const shoe = {...createShoe({name: 'Good pair'}, '2026-01-01T00:00:00.000Z'), runs: []};
    const file = JSON.stringify({format: 'knee-widgets-shoes', version: 1, exportedAt: '2026-01-02T00:00:00.000Z', shoes: [shoe]});
    const proto = Object.prototype as {deleted?: unknown; limitKm?: unknown};
    proto.deleted = true;
    proto.limitKm = 1;
    let read: ReturnType<typeof readShoe>;
    try {
      const parsed = parseExport(file);
      expect(parsed.ok, 'parsed').to.equal(true);
      read = readShoe((parsed as {shoes: readonly unknown[]}).shoes[0], true);
    } finally {
      delete proto.deleted;
      delete proto.limitKm;
    }
    expect(read, 'read').to.not.equal(null);
    expect(JSON.parse(toJson(read!.shoe)), 'what would be saved').to.not.have.any.keys('deleted', 'limitKm');
  });

  describe('validateDoc()', () => {
    it('cleans stored names as typed ones are, and keeps a name that cleaning would empty', () => {
      const doc = {shoes: [shoe({name: 'Trail\u202e 42', model: '\u202e'}), shoe({name: '\u202e', model: 'X\u0000'})]};
      const read = validateDoc(JSON.parse(JSON.stringify(doc)), 1)!;
      expect(read.shoes.map((s) => [s.name, s.model])).to.deep.equal([
        ['Trail 42', ''],
        ['\u202e', 'X'],
      ]);
    });

    const good = (): ShoeDoc => ({shoes: [withRuns([5, 10], {limitKm: 700, wear: ['uneven-soles'], replaceFlag: true}), shoe({retired: true})]});

    it('accepts a valid document and drops unknown fields', () => {
      const doc = good();
      expect(validateDoc(JSON.parse(JSON.stringify(doc)), 1)).to.deep.equal(doc);
      const extra = JSON.parse(JSON.stringify(doc));
      extra.shoes[0].colour = 'blue';
      extra.shoes[0].runs[0].pace = 5;
      extra.other = true;
      expect(validateDoc(extra, 1)).to.deep.equal(doc);
      expect(validateDoc({shoes: []}, 1)).to.deep.equal({shoes: []});
    });

    // Deliberately broken copies of JSON data: any shape goes.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    type Json = any;
    const breakers: Array<[string, (d: Json) => void]> = [
      ['no shoes array', (d) => (d.shoes = {})],
      ['a shoe that is not an object', (d) => (d.shoes[0] = 'shoe')],
      ['a numeric id', (d) => (d.shoes[0].id = 7)],
      ['an id with markup', (d) => (d.shoes[0].id = '"><img>')],
      ['a repeated shoe id', (d) => (d.shoes[1].id = d.shoes[0].id)],
      ['an empty name', (d) => (d.shoes[0].name = ' ')],
      ['a numeric name', (d) => (d.shoes[0].name = 5)],
      ['a name too long', (d) => (d.shoes[0].name = 'x'.repeat(81))],
      ['a missing model', (d) => delete d.shoes[0].model],
      ['a negative start', (d) => (d.shoes[0].startKm = -1)],
      ['a start as text', (d) => (d.shoes[0].startKm = '5')],
      ['a zero limit', (d) => (d.shoes[0].limitKm = 0)],
      ['a warning above the limit', (d) => (d.shoes[0].warnKm = 800)],
      ['retired as text', (d) => (d.shoes[0].retired = 'no')],
      ['a missing replaceFlag', (d) => delete d.shoes[0].replaceFlag],
      ['an unknown sign of wear', (d) => (d.shoes[0].wear = ['holes'])],
      ['a repeated sign of wear', (d) => (d.shoes[0].wear = ['uneven-soles', 'uneven-soles'])],
      ['runs as an object', (d) => (d.shoes[0].runs = {})],
      ['a run of zero', (d) => (d.shoes[0].runs[0].km = 0)],
      ['a run of NaN (null in JSON)', (d) => (d.shoes[0].runs[0].km = null)],
      ['an absurd run', (d) => (d.shoes[0].runs[0].km = 5000)],
      ['a run with a bad date', (d) => (d.shoes[0].runs[0].date = '2026-13-01')],
      ['a run without updatedAt', (d) => delete d.shoes[0].runs[0].updatedAt],
      ['a repeated run id', (d) => (d.shoes[0].runs[1].id = d.shoes[0].runs[0].id)],
      ['a bad createdAt', (d) => (d.shoes[0].createdAt = 'yesterday')],
      ['deleted as text', (d) => (d.shoes[0].deleted = 'yes')],
    ];
    for (const [label, breakIt] of breakers) {
      it(`refuses a document with ${label}`, () => {
        const doc = JSON.parse(JSON.stringify(good()));
        breakIt(doc);
        expect(validateDoc(doc, 1)).to.equal(null);
      });
    }

    it('keeps the reader’s unit, and drops one it does not know without refusing the shoes', () => {
      const doc = good();
      for (const unit of ['km', 'mi'] as const) {
        expect(validateDoc(JSON.parse(JSON.stringify({...doc, unit})), 1)).to.deep.equal({...doc, unit});
      }
      for (const unit of ['furlongs', 'MI', ' km', '', 5, null, {}, ['mi'], true]) {
        const read = validateDoc({...JSON.parse(JSON.stringify(doc)), unit}, 1);
        expect(read, JSON.stringify(unit)).to.deep.equal(doc);
        expect(read!, JSON.stringify(unit)).to.not.have.property('unit');
      }
      // A document saved before the switch existed has no unit, and reads as it always did.
      expect(validateDoc({shoes: []}, 1)).to.deep.equal({shoes: []});
    });

    it('refuses anything that is not a document of this version', () => {
      for (const data of [null, 5, 'x', [], {}]) expect(validateDoc(data, 1)).to.equal(null);
      expect(validateDoc(good(), 2)).to.equal(null);
    });
  });

  describe('changes', () => {
    it('adds, edits and removes runs without touching the others', () => {
      const s = shoe();
      let doc = addShoe(emptyDoc(), s);
      doc = addRun(doc, s.id, createRun(5, '2026-01-02', T0, 'a'));
      doc = addRun(doc, s.id, createRun(8, '2026-01-03', T0, 'b'));
      expect(addRun(doc, s.id, createRun(9, '2026-01-03', T0, 'b')), 'a run id is added once').to.equal(doc);
      doc = editRun(doc, s.id, 'a', {km: 6, date: '2026-01-04'}, T1);
      expect(doc.shoes[0]!.runs[0]).to.deep.equal({id: 'a', km: 6, date: '2026-01-04', updatedAt: T1});
      expect(editRun(doc, s.id, 'gone', {km: 1, date: '2026-01-01'}, T1), 'an unknown run changes nothing').to.equal(doc);
      const removed = removeRun(doc, s.id, 'a', T2);
      expect(removed.shoes[0]!.runs.map((r) => r.id)).to.deep.equal(['b']);
      expect(removed.shoes[0]!.deletedRuns, 'a deleted run leaves its id and time').to.deep.equal([{id: 'a', deletedAt: T2}]);
      expect(validateDoc(JSON.parse(JSON.stringify(removed)))).to.deep.equal(removed);
      expect(restoreRun(removed, s.id, doc.shoes[0]!.runs[0]!, 0), 'undo takes the trace away too').to.deep.equal(doc);
    });

    it('renames, sets and clears a limit, retires, marks for replacement', () => {
      const s = shoe();
      let doc = addShoe(emptyDoc(), s);
      doc = editShoe(doc, s.id, {name: 'Daily', model: 'Ghost', limitKm: 700, retired: true, replaceFlag: true, wear: ['less-comfort']}, T1);
      expect(doc.shoes[0]).to.include({name: 'Daily', model: 'Ghost', limitKm: 700, retired: true, replaceFlag: true, updatedAt: T1});
      doc = editShoe(doc, s.id, {limitKm: null}, T2);
      expect(doc.shoes[0]).to.not.have.property('limitKm');
      expect(validateDoc(JSON.parse(JSON.stringify(doc)))).to.deep.equal(doc);
      expect(editShoe(doc, 'nobody', {name: 'x'}, T2), 'an unknown id changes nothing').to.equal(doc);
    });

    it('deletes a shoe into a tombstone with no data, and restores it exactly in its place', () => {
      const a = withRuns([5], {name: 'A'});
      const b = withRuns([7], {name: 'B'});
      const doc: ShoeDoc = {shoes: [a, b]};
      const removed = removeShoe(doc, a.id, T2);
      expect(removed.shoes[0]).to.deep.include({id: a.id, name: '', runs: [], deleted: true, updatedAt: T2});
      expect(visibleShoes(removed).map((s) => s.name)).to.deep.equal(['B']);
      expect(copyShoes(removed)).to.have.length(1);
      expect(validateDoc(JSON.parse(JSON.stringify(removed)))).to.deep.equal(removed);
      expect(restoreShoe(removed, a)).to.deep.equal(doc);
      // Its tombstone gone ("Delete my data", here or in another tab), it stays gone.
      const cleared: ShoeDoc = {shoes: [b]};
      expect(restoreShoe(cleared, a)).to.equal(cleared);
      expect(restoreShoe(doc, a), 'never duplicates a live shoe').to.equal(doc);
      expect(addRun(removed, a.id, createRun(1, '2026-01-01', T2, 'z')), 'a deleted shoe takes no runs').to.equal(removed);
    });

    it('keeps the reader’s unit through every change', () => {
      const s = shoe();
      let doc: ShoeDoc = addShoe({shoes: [], unit: 'mi'}, s);
      expect(doc.unit).to.equal('mi');
      doc = addRun(doc, s.id, createRun(5, '2026-01-02', T0, 'a'));
      doc = editRun(doc, s.id, 'a', {km: 6, date: '2026-01-04'}, T1);
      doc = editShoe(doc, s.id, {name: 'Renamed', limitKm: 700}, T1);
      const run = doc.shoes[0]!.runs[0]!;
      doc = restoreRun(removeRun(doc, s.id, 'a', T2), s.id, run, 0);
      const kept = doc.shoes[0]!;
      doc = restoreShoe(removeShoe(doc, s.id, T2), kept);
      expect(doc.unit).to.equal('mi');
      expect(doc.shoes[0]).to.deep.equal(kept);
      doc = merge(doc, [withRuns([3], {name: 'Other'})]).doc;
      expect(doc.shoes).to.have.length(2);
      expect(doc.unit).to.equal('mi');
      expect(Object.keys(addShoe(emptyDoc(), shoe())), 'no unit until the reader picks one').to.deep.equal(['shoes']);
    });

    it('makes ids that are safe in element ids and practically unique', () => {
      const ids = new Set(Array.from({length: 2000}, newId));
      expect(ids.size).to.equal(2000);
      for (const id of ids) expect(id).to.match(/^[a-z2-7]{16}$/);
    });
  });

  describe('export and import', () => {
    const doc = (): ShoeDoc => ({
      shoes: [withRuns([5, 10.5], {name: 'A', limitKm: 700}), withRuns([3], {name: 'B', retired: true, wear: ['new-soreness'], replaceFlag: true})],
    });

    it('exports a named, versioned JSON document without tombstones', () => {
      const d = doc();
      const text = exportDoc(removeShoe(d, d.shoes[1]!.id, T2), T2);
      const file = JSON.parse(text);
      expect(file).to.include({format: EXPORT_FORMAT, version: 1, exportedAt: T2});
      expect(file.shoes.map((s: Shoe) => s.name)).to.deep.equal(['A']);
    });

    it('leaves the reader’s unit out of the file: it is a preference of this device', () => {
      const file = JSON.parse(exportDoc({...doc(), unit: 'mi'}, T2));
      expect(file).to.not.have.property('unit');
      expect(Object.keys(file).sort()).to.deep.equal(['exportedAt', 'format', 'shoes', 'version']);
    });

    it('round-trips: importing an export into an empty list gives the same shoes', () => {
      const d = doc();
      const parsed = parseExport(exportDoc(d, T2));
      expect(parsed.ok).to.equal(true);
      if (!parsed.ok) return;
      const {doc: imported, report} = merge(emptyDoc(), parsed.shoes);
      expect(imported).to.deep.equal(d);
      expect(report).to.deep.equal({addedShoes: 2, addedRuns: 3, skipped: []});
    });

    it('skips what is already here on a second import, changing nothing', () => {
      const d = doc();
      const parsed = parseExport(exportDoc(d, T2));
      if (!parsed.ok) throw new Error('refused');
      const {doc: again, report} = merge(d, parsed.shoes);
      expect(again).to.equal(d);
      expect(report.addedShoes + report.addedRuns).to.equal(0);
      expect(report.skipped.filter((s) => s.kind === 'shoe' && s.reason === 'duplicate')).to.have.length(2);
      expect(report.skipped.filter((s) => s.kind === 'run' && s.reason === 'duplicate')).to.have.length(3);
    });

    it('merges by shoe id and run id: new runs of a known shoe are added, its fields stay', () => {
      const d = doc();
      const other = JSON.parse(JSON.stringify(d)) as {shoes: Shoe[]};
      (other.shoes[0] as {name: string}).name = 'Renamed elsewhere';
      (other.shoes[0]!.runs as unknown[]).push(createRun(4, '2026-01-09', T1, 'new-run'));
      const {doc: merged, report} = merge(d, other.shoes);
      expect(merged.shoes[0]!.name).to.equal('A');
      expect(merged.shoes[0]!.runs.map((r) => r.id)).to.deep.equal(['r0', 'r1', 'new-run']);
      expect(report.addedRuns).to.equal(1);
      expect(report.addedShoes).to.equal(0);
    });

    it('keeps a shoe deleted here after the file was made deleted, and takes it back if the file is newer', () => {
      const d = doc();
      const a = d.shoes[0]!;
      const deleted = removeShoe(d, a.id, T2);
      const kept = merge(deleted, [a]);
      expect(visibleShoes(kept.doc).map((s) => s.name)).to.deep.equal(['B']);
      expect(kept.report.skipped).to.deep.equal([{kind: 'shoe', reason: 'deleted-here', name: 'A'}]);
      const newer = {...a, updatedAt: '2026-04-01T00:00:00.000Z'};
      const back = merge(deleted, [newer]);
      expect(visibleShoes(back.doc).map((s) => s.name)).to.deep.equal(['A', 'B']);
      expect(back.report.addedShoes).to.equal(1);
    });

    it('keeps a run deleted here deleted when an older copy is imported, and takes it back if the copy changed it after', () => {
      const d = doc();
      const a = d.shoes[0]!;
      const deleted = removeRun(d, a.id, 'r0', T2);
      const kept = merge(deleted, [a]);
      expect(kept.doc, 'nothing changes').to.equal(deleted);
      expect(kept.report.addedRuns).to.equal(0);
      expect(kept.report.skipped).to.deep.include({kind: 'run', reason: 'deleted-here', name: 'A'});
      expect(kept.report.skipped.filter((s) => s.kind === 'run').map((s) => s.reason)).to.deep.equal(['duplicate', 'deleted-here']);
      // Edited on the other device after it was deleted here: the newer change wins, as for a pair.
      const edited = {...a, runs: a.runs.map((r) => (r.id === 'r0' ? {...r, km: 6, updatedAt: '2026-04-01T00:00:00.000Z'} : r))};
      const back = merge(deleted, [edited]);
      expect(back.report.addedRuns).to.equal(1);
      expect(back.doc.shoes[0]!.runs.map((r) => [r.id, r.km])).to.deep.equal([
        ['r1', 10.5],
        ['r0', 6],
      ]);
      expect(back.doc.shoes[0], 'its trace goes once it is back').to.not.have.property('deletedRuns');
    });

    it('keeps the traces of deleted runs on this device: not in the export, the shoes it hands out, or from a file', () => {
      const d = doc();
      const a = d.shoes[0]!;
      const deleted = removeRun(d, a.id, 'r0', T2);
      expect(deleted.shoes[0]!.deletedRuns).to.have.length(1);
      const file = JSON.parse(exportDoc(deleted, T2));
      expect(file.shoes[0], 'exported').to.not.have.property('deletedRuns');
      expect(copyShoes(deleted)[0], 'handed out').to.not.have.property('deletedRuns');
      // A pair new here keeps none of a file's traces: the report's "deleted on this device" would be false.
      const fromFile = merge(emptyDoc(), [{...a, id: 'other', deletedRuns: [{id: 'x', deletedAt: T2}]}]);
      expect(fromFile.report.addedShoes).to.equal(1);
      expect(fromFile.doc.shoes[0], 'from a file').to.not.have.property('deletedRuns');
    });

    it('keeps the traces of the newest deleted runs only, and reads them strictly from storage, leniently from a file', () => {
      const s = withRuns(Array.from({length: MAX_RUNS + 2}, () => 1));
      let d: ShoeDoc = {shoes: [s]};
      for (const r of s.runs) d = removeRun(d, s.id, r.id, T2);
      const traces = d.shoes[0]!.deletedRuns!;
      expect(traces).to.have.length(MAX_RUNS);
      expect(traces[0]!.id, 'the oldest two went').to.equal('r2');
      expect(removeRun(d, s.id, 'r5', T1), 'a run already gone (in another tab) changes nothing').to.equal(d);
      const stored = {shoes: [{...withRuns([5]), deletedRuns: [{id: 'x', deletedAt: T1}, {id: 'bad id', deletedAt: T1}]}]};
      expect(validateDoc(stored), 'strict').to.equal(null);
      expect(validateDoc({shoes: [{...withRuns([5]), deletedRuns: 'x'}]}), 'not a list').to.equal(null);
      expect(validateDoc(stored, 1, true)!.shoes[0]!.deletedRuns, 'salvaged').to.deep.equal([{id: 'x', deletedAt: T1}]);
    });

    it('skips invalid shoes and runs with reasons, keeping the valid ones', () => {
      const good = withRuns([5], {name: 'Good'});
      const badRuns = {...withRuns([5], {name: 'Half good'}), runs: [createRun(4, '2026-01-01', T0, 'ok'), {id: 'bad', km: -1, date: '2026-01-01', updatedAt: T0}]};
      const hidden = withRuns([], {name: '\u202e\u0000'});
      const {doc: merged, report} = merge(emptyDoc(), [good, {name: 'Broken', id: 5}, 'junk', badRuns, good, hidden]);
      expect(visibleShoes(merged).map((s) => [s.name, s.runs.length])).to.deep.equal([
        ['Good', 1],
        ['Half good', 1],
      ]);
      expect(report.addedShoes).to.equal(2);
      expect(report.addedRuns).to.equal(2);
      expect(report.skipped).to.deep.equal([
        {kind: 'shoe', reason: 'invalid', name: 'Broken'},
        {kind: 'shoe', reason: 'invalid', name: ''},
        {kind: 'run', reason: 'invalid', name: 'Half good'},
        {kind: 'shoe', reason: 'duplicate', name: 'Good'},
        {kind: 'shoe', reason: 'invalid', name: ''},
      ]);
    });

    it('skips runs in a file dated after tomorrow, keeping tomorrow for readers a time zone ahead', () => {
      const plus = (days: number) => today(new Date(Date.now() + days * 864e5));
      const shoe = {...withRuns([], {name: 'Dated'}), runs: [createRun(3, plus(1), T0, 'tomorrow'), createRun(4, plus(400), T0, 'next-year')]};
      const {doc: merged, report} = merge(emptyDoc(), [shoe]);
      expect(visibleShoes(merged)[0]!.runs.map((r) => r.id)).to.deep.equal(['tomorrow']);
      expect(report.skipped).to.deep.equal([{kind: 'run', reason: 'invalid', name: 'Dated'}]);
    });

    it('counts tomorrow by the calendar on the nights the clocks change, not as 24 hours on', async function () {
      // Half past midnight as Europe's clocks go back (a 25-hour day: 24 hours on is still today), and half
      // past eleven the evening before they go forward (24 hours on is the day after tomorrow).
      for (const [at, tomorrow, after] of [
        ['2026-10-24T22:30:00Z', '2026-10-26', '2026-10-27'],
        ['2027-03-27T22:30:00Z', '2027-03-28', '2027-03-29'],
      ] as const) {
        await inTimeZone(this, 'Europe/Berlin', at, () => {
          const shoe = {...withRuns([], {name: 'Dated'}), runs: [createRun(3, tomorrow, T0, 'tomorrow'), createRun(4, after, T0, 'after')]};
          const {doc: merged} = merge(emptyDoc(), [shoe]);
          expect(visibleShoes(merged)[0]!.runs.map((r) => r.id), at).to.deep.equal(['tomorrow']);
        });
      }
    });

    it('takes at most MAX_RUNS runs of a pair in a file, and says how many it skipped', () => {
      const big = {...withRuns([], {name: 'Big'}), runs: Array.from({length: MAX_RUNS + 2}, (_, i) => createRun(5, '2026-01-01', T0, `r${i}`))};
      const {doc: merged, report} = merge(emptyDoc(), [big]);
      expect(visibleShoes(merged)[0]!.runs.map((r) => r.id)).to.deep.equal(big.runs.slice(0, MAX_RUNS).map((r) => r.id));
      expect(report.addedRuns).to.equal(MAX_RUNS);
      expect(report.skipped).to.deep.equal([
        {kind: 'run', reason: 'too-many', name: 'Big'},
        {kind: 'run', reason: 'too-many', name: 'Big'},
      ]);
      // Only imports are capped: shoes already stored keep every run.
      expect(validateDoc({shoes: [big]})!.shoes[0]!.runs).to.have.length(MAX_RUNS + 2);
    });

    it('keeps the newest runs when a file brings more than MAX_RUNS, in the file\'s order: they are the wear now', () => {
      const old = Array.from({length: MAX_RUNS}, (_, i) => createRun(5, '2025-01-01', T0, `old${i}`));
      const recent = ['x', 'y'].map((id) => createRun(5, '2026-03-01', T0, id));
      const pair = {...withRuns([], {name: 'Worn'}), runs: [...old, ...recent]};
      const {doc: merged} = merge(emptyDoc(), [pair]);
      const ids = visibleShoes(merged)[0]!.runs.map((r) => r.id);
      expect(ids).to.have.length(MAX_RUNS);
      expect(ids.slice(-2), 'the two newest kept').to.deep.equal(['x', 'y']);
      expect(ids[0], 'the file order kept').to.equal('old0');
      expect(ids, 'two of the oldest skipped').to.not.include.members(['old998', 'old999']);
    });

    it('counts the runs a pair has already against MAX_RUNS, so files one after another can not pass it', () => {
      const have = {...withRuns([], {name: 'Big'}), runs: Array.from({length: MAX_RUNS - 1}, (_, i) => createRun(5, '2026-01-01', T0, `r${i}`))};
      const file = {...have, runs: [...have.runs, ...['a', 'b', 'c'].map((id) => createRun(5, '2026-01-02', T0, id))]};
      const {doc: merged, report} = merge({shoes: [have]}, [file]);
      expect(visibleShoes(merged)[0]!.runs.map((r) => r.id).slice(-2)).to.deep.equal([`r${MAX_RUNS - 2}`, 'a']);
      expect(report.addedRuns).to.equal(1);
      const reasons = report.skipped.filter((x) => x.kind === 'run').map((x) => x.reason);
      expect(reasons.filter((r) => r === 'duplicate')).to.have.length(MAX_RUNS - 1);
      expect(reasons.filter((r) => r === 'too-many')).to.have.length(2);
      // Full already: nothing more comes in, and the pair is left as it was.
      const again = merge(merged, [{...file, runs: [createRun(5, '2026-01-03', T0, 'd')]}]);
      expect(again.report.addedRuns).to.equal(0);
      expect(visibleShoes(again.doc)[0]!.runs).to.have.length(MAX_RUNS);
    });

    it('cleans the names in a file as typed names are cleaned', () => {
      const spoof = withRuns([5], {name: 'Trail\u202e 42', model: 'X\u0000'});
      const {doc: merged, report} = merge(emptyDoc(), [spoof]);
      expect(visibleShoes(merged).map((s) => [s.name, s.model])).to.deep.equal([['Trail 42', 'X']]);
      expect(report.addedShoes).to.equal(1);
    });

    it('refuses a file that is not an export, or from a newer version', () => {
      expect(parseExport('{not json')).to.deep.equal({ok: false, error: 'not-json'});
      expect(parseExport('')).to.deep.equal({ok: false, error: 'not-json'});
      expect(parseExport(JSON.stringify({shoes: []}))).to.deep.equal({ok: false, error: 'wrong-format'});
      expect(parseExport(JSON.stringify({format: 'knee-widgets', version: 1, data: {shoes: []}}))).to.deep.equal({ok: false, error: 'wrong-format'});
      expect(parseExport(JSON.stringify({format: EXPORT_FORMAT, version: 1, shoes: {}}))).to.deep.equal({ok: false, error: 'wrong-format'});
      expect(parseExport(JSON.stringify({format: EXPORT_FORMAT, version: '1', shoes: []}))).to.deep.equal({ok: false, error: 'wrong-format'});
      expect(parseExport(JSON.stringify({format: EXPORT_FORMAT, version: 2, shoes: []}))).to.deep.equal({ok: false, error: 'newer-version'});
      expect(parseExport(JSON.stringify({format: EXPORT_FORMAT, version: 1, shoes: []}))).to.deep.equal({ok: true, shoes: []});
    });

    it('never lets a file pollute prototypes or smuggle fields in', () => {
      const raw = JSON.parse(`{"__proto__": {"polluted": true}, ${JSON.stringify(shoe({name: 'P'})).slice(1)}`);
      const read = readShoe(raw);
      expect(read).to.not.equal(null);
      expect(({} as {polluted?: boolean}).polluted).to.equal(undefined);
      expect(Object.keys(read!.shoe)).to.not.include('__proto__');
    });

    it('copies shoes deeply, so nobody can change the widget through them', () => {
      const d = doc();
      const copy = copyShoes(d);
      (copy[0] as {name: string}).name = 'changed';
      expect(d.shoes[0]!.name).to.equal('A');
    });
  });
});

describe('edges the other tests left open (a mutation review)', () => {
  const now = '2026-01-01T00:00:00.000Z';

  it('imports again an export of a full list (MAX_SHOES pairs)', () => {
    const shoes = Array.from({length: MAX_SHOES}, (_, i) => createShoe({name: `P${i}`}, now, `p${i}`));
    expect(parseExport(exportDoc({shoes}, now)).ok).to.equal(true);
  });

  it("drops a pair's own warning point when its limit is lowered below it, so the list still reads back", () => {
    const shoe = {...createShoe({name: 'A'}, now, 'a'), limitKm: 800, warnKm: 600};
    const doc = editShoe({shoes: [shoe]}, 'a', {limitKm: 500}, now);
    expect(doc.shoes[0]).to.not.have.property('warnKm');
    expect(validateDoc(JSON.parse(JSON.stringify(doc))), 'reads back after a reload').to.not.equal(null);
  });
});
