import {expect} from '@open-wc/testing';
import fc from './fast-check.js';
import {
  CAUTION_UP_TO,
  LOW_BELOW,
  MAX_RISE,
  STEADY_UP_TO,
  analyse,
  bandOf,
  bands,
  buildStreak,
  checkDistance,
  cutBackWeek,
  factorIds,
  outlier,
  roundRatio,
  suggestNextWeek,
  verdictFor,
  weekChange,
  workloadRatio,
  type Analysis,
  type FactorId,
} from '../src/training-load/load.js';

/** Every number anywhere in `value`, with its path. */
function numbers(value: unknown, path = 'result', out: Array<[string, number]> = []): Array<[string, number]> {
  if (typeof value === 'number') out.push([path, value]);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) numbers(v, `${path}.${k}`, out);
  }
  return out;
}

/** A plausible week: 0 (a week off) or a distance typed with up to two decimals. */
const week = fc.oneof(
  {weight: 1, arbitrary: fc.constant(0)},
  {weight: 6, arbitrary: fc.integer({min: 1, max: 50000}).map((n) => n / 100)},
);
const history = (minLength = 4) => fc.array(week, {minLength, maxLength: 8});
const factorSet = fc.subarray([...factorIds]);
const relClose = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

describe('training load calculations', () => {
  describe('properties over random histories', () => {
    it('never yields NaN or Infinity, whatever it is given: only finite numbers or "not available"', () => {
      const anything = fc.oneof(
        fc.double(),
        fc.constantFrom(Number.NaN, Infinity, -Infinity, -0, Number.MAX_VALUE, Number.MIN_VALUE, -1),
        week,
      );
      fc.assert(
        fc.property(fc.array(anything, {maxLength: 10}), factorSet, (weeks, factors) => {
          const result = analyse(weeks, factors);
          for (const [path, n] of numbers(result)) {
            if (!Number.isFinite(n)) throw new Error(`${path} is ${n} for ${JSON.stringify(weeks)}`);
          }
          for (const part of [result.change, result.ratio, result.next, result.cutBack]) {
            expect(['change', 'ratio', 'range', 'cut-back', 'not-available']).to.include(part.kind);
          }
        }),
        {numRuns: 2000},
      );
    });

    it('gives figures for every usable history of 5+ weeks with some distance before this week', () => {
      fc.assert(
        fc.property(history(5), (weeks) => {
          const a = analyse(weeks);
          expect(a.usable).to.equal(true);
          const earlier = weeks.slice(-5, -1).some((w) => w > 0);
          expect(a.ratio.kind === 'ratio', JSON.stringify(weeks)).to.equal(earlier);
        }),
      );
    });

    it('ratio × chronic = acute, and the chronic load is the average of the four weeks before this week', () => {
      fc.assert(
        fc.property(history(5), (weeks) => {
          const r = workloadRatio(weeks);
          fc.pre(r.kind === 'ratio');
          if (r.kind !== 'ratio') return;
          const before = weeks.slice(-5, -1);
          expect(relClose(r.chronic, before.reduce((s, w) => s + w, 0) / 4), 'chronic').to.equal(true);
          expect(r.acute).to.equal(weeks[weeks.length - 1]);
          expect(relClose(r.value * r.chronic, r.acute), `${r.value} × ${r.chronic} vs ${r.acute}`).to.equal(true);
          expect(r.band).to.equal(bandOf(r.rounded));
          // Half a hundredth, and the noise roundRatio() forgives on purpose (it rounds to 12 significant
          // digits first, so 4524.124999999999 from 361.93 / 0.08 rounds as the 4524.125 it is): up to
          // 5e-12 of the ratio, doubled for the float error of the ×100 and /100 around it. An absolute
          // 1e-12 failed on that history in CI.
          expect(Math.abs(r.rounded - r.value), `${r.value} → ${r.rounded}`).to.be.at.most(0.005 + Math.abs(r.value) * 1e-11);
        }),
        {numRuns: 1000},
      );
    });

    it('keeps the suggested range ordered, non-negative and inside the steady band of next week’s ratio', () => {
      fc.assert(
        fc.property(history(4), (weeks) => {
          const s = suggestNextWeek(weeks);
          const basis = weeks.slice(-4).reduce((t, w) => t + w, 0) / 4;
          if (basis === 0) {
            expect(s).to.deep.equal({kind: 'not-available', reason: 'no-base'});
            return;
          }
          expect(s.kind).to.equal('range');
          if (s.kind !== 'range') return;
          expect(s.low).to.be.at.least(0);
          expect(s.low).to.be.at.most(s.high);
          expect(relClose(s.basis, basis)).to.equal(true);
          // What next week's ratio would be at either end of the range.
          expect(s.low / s.basis).to.be.at.least(LOW_BELOW - 1e-9);
          expect(s.high / s.basis).to.be.at.most(STEADY_UP_TO + 1e-9);
          const now = weeks[weeks.length - 1]!;
          if (!s.rebuild) expect(s.high, 'never more than about 10% above this week').to.be.at.most(now * (1 + MAX_RISE) * (1 + 1e-12));
          // A tie rebuilds (see suggestNextWeek): [0.01, 0, 0.08, 0.02] puts 10% above this week and the band's
          // bottom both at 0.022, apart only by rounding, which failed a strict "below" on one random run in CI.
          else expect(now * (1 + MAX_RISE), 'rebuild only when 10% more does not reach above the band').to.be.at.most(s.low * (1 + 1e-9));
        }),
        {numRuns: 1000},
      );
    });

    it('rounds a ratio that floating point puts a hair under a half-hundredth as the decimal it is', () => {
      const r = workloadRatio([0.03, 0.14, 0.14, 0.01, 361.93]);
      expect(r.kind === 'ratio' && r.value < 4524.125, JSON.stringify(r)).to.equal(true);
      expect(r.kind === 'ratio' && r.rounded).to.equal(4524.13);
    });

    it('rebuilds at a tie between 10% above this week and the bottom of the band', () => {
      const s = suggestNextWeek([0.01, 0, 0.08, 0.02]);
      expect(s.kind === 'range' && s.rebuild, JSON.stringify(s)).to.equal(true);
    });

    it('leaves the ratio and band unchanged when every week is scaled by the same factor (km → mi, say)', () => {
      fc.assert(
        fc.property(history(5), fc.double({min: 0.01, max: 100, noNaN: true}), (weeks, factor) => {
          const before = workloadRatio(weeks);
          const after = workloadRatio(weeks.map((w) => w * factor));
          expect(after.kind).to.equal(before.kind);
          if (before.kind !== 'ratio' || after.kind !== 'ratio') return;
          expect(relClose(after.value, before.value), `${before.value} vs ${after.value}`).to.equal(true);
          // The band is read from the ratio rounded to 2 decimals; a ratio on a rounding tie may round either way.
          const hundredths = before.value * 100;
          fc.pre(Math.abs(hundredths - Math.floor(hundredths) - 0.5) > 1e-6);
          expect(after.rounded).to.equal(before.rounded);
          expect(after.band).to.equal(before.band);
          const s1 = suggestNextWeek(weeks);
          const s2 = suggestNextWeek(weeks.map((w) => w * factor));
          if (s1.kind === 'range' && s2.kind === 'range') {
            expect(relClose(s2.low, s1.low * factor)).to.equal(true);
            expect(relClose(s2.high, s1.high * factor)).to.equal(true);
          }
        }),
        {numRuns: 1000},
      );
    });

    it('puts higher ratios in the same or a higher band', () => {
      fc.assert(
        fc.property(fc.double({min: 0, max: 10, noNaN: true}), fc.double({min: 0, max: 10, noNaN: true}), (a, b) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          expect(bands.indexOf(bandOf(lo))).to.be.at.most(bands.indexOf(bandOf(hi)));
        }),
      );
    });

    it('makes the verdict one step more careful for each checked question, up to "cut back"', () => {
      fc.assert(
        fc.property(history(5), factorSet, (weeks, factors) => {
          const plain = analyse(weeks).verdict;
          const ticked = analyse(weeks, factors as FactorId[]).verdict;
          expect(ticked.factors).to.equal(factors.length);
          expect(ticked.base).to.equal(plain.level);
          expect(ticked.level).to.equal(Math.min(3, plain.level + factors.length));
        }),
      );
    });

    it('suggests a lighter week exactly after three build weeks in a row that added 10% or more, 20–30% under this week', () => {
      fc.assert(
        fc.property(history(4), (weeks) => {
          const n = weeks.length;
          const built =
            weeks[n - 1]! > weeks[n - 2]! && weeks[n - 2]! > weeks[n - 3]! && weeks[n - 3]! > weeks[n - 4]! && weeks[n - 1]! >= weeks[n - 4]! * 1.1 - 1e-9;
          const c = cutBackWeek(weeks);
          expect(c.kind === 'cut-back', JSON.stringify(weeks)).to.equal(built);
          if (c.kind === 'cut-back') {
            expect(relClose(c.low, weeks[n - 1]! * 0.7)).to.equal(true);
            expect(relClose(c.high, weeks[n - 1]! * 0.8)).to.equal(true);
          }
        }),
      );
    });

    it('gives one next-week range that agrees with the advice: the lighter week, or no higher than this week when careful', () => {
      fc.assert(
        fc.property(history(4), factorSet, (weeks, factors) => {
          const a = analyse(weeks, factors as FactorId[]);
          if (a.next.kind !== 'range') return;
          const now = weeks[weeks.length - 1]!;
          if (a.cutBack.kind === 'cut-back') {
            expect(a.next, 'the lighter week').to.include({low: a.cutBack.low, high: a.cutBack.high, lighter: true});
          } else if (a.verdict.level >= 1 && a.verdict.band !== 'low' && !a.next.rebuild && now > a.next.low) {
            expect(a.next.high, `careful advice, yet next week goes above this week: ${JSON.stringify(weeks)}`).to.be.at.most(now);
          }
          // Never above what the steady band allows (the lighter week included).
          expect(a.next.high / a.next.basis, JSON.stringify(weeks)).to.be.at.most(STEADY_UP_TO + 1e-9);
          expect(a.next.low).to.be.below(a.next.high);
        }),
        {numRuns: 1000},
      );
    });

    it('ignores unknown question ids', () => {
      const a = analyse([10, 10, 10, 10, 10], ['sleep', 'made-up' as FactorId, 'sleep']);
      expect(a.verdict.factors).to.equal(1);
    });
  });

  describe('band boundaries', () => {
    // Four earlier weeks of 10 km: the ratio is this week / 10.
    const cases: Array<[number, string, number]> = [
      [0, 'low', 0],
      [7.9, 'low', 0.79],
      [7.95, 'steady', 0.8], // 0.795 shows as 0.80, so it is steady like the figure says
      [8, 'steady', 0.8],
      [10, 'steady', 1],
      [13, 'steady', 1.3],
      [13.04, 'steady', 1.3],
      [13.05, 'caution', 1.31],
      [13.1, 'caution', 1.31],
      [15, 'caution', 1.5],
      [15.1, 'spike', 1.51],
      [30, 'spike', 3],
    ];
    for (const [now, band, shown] of cases) {
      it(`${now} km after four weeks of 10 km is ${band} (ratio ${shown})`, () => {
        const r = workloadRatio([10, 10, 10, 10, now]);
        expect(r.kind).to.equal('ratio');
        if (r.kind !== 'ratio') return;
        expect(r.rounded).to.equal(shown);
        expect(r.band).to.equal(band);
      });
    }

    it('bandOf draws the lines where the widget says: under 0.8, up to 1.3, up to 1.5, over 1.5', () => {
      expect(bandOf(0.79)).to.equal('low');
      expect(bandOf(LOW_BELOW)).to.equal('steady');
      expect(bandOf(STEADY_UP_TO)).to.equal('steady');
      expect(bandOf(1.31)).to.equal('caution');
      expect(bandOf(CAUTION_UP_TO)).to.equal('caution');
      expect(bandOf(1.51)).to.equal('spike');
    });

    it('rounds ratios the way they are shown, half away from zero', () => {
      expect(roundRatio(1.305)).to.equal(1.31);
      expect(roundRatio(Number.MAX_VALUE)).to.equal(Number.MAX_VALUE);
      expect(analyse([5e-324, 0, 0.01, 3.99, Number.MAX_VALUE]).ratio).to.include({kind: 'ratio', band: 'spike'});
      expect(roundRatio(1.2949)).to.equal(1.29);
      expect(roundRatio(0.795)).to.equal(0.8);
    });
  });

  describe('examples', () => {
    it('20, 22, 25, 31: 24% up on last week, no ratio yet (needs 5 weeks), a range and a cut-back hint', () => {
      const a: Analysis = analyse([20, 22, 25, 31]);
      expect(a.change.kind).to.equal('change');
      if (a.change.kind === 'change') expect(a.change.fraction).to.be.closeTo(0.24, 1e-12);
      expect(a.ratio).to.deep.equal({kind: 'not-available', reason: 'too-few-weeks'});
      expect(a.verdict.basis).to.equal('change');
      expect(a.verdict.bigJump).to.equal(true);
      expect(a.verdict.level).to.equal(1);
      expect(a.cutBack.kind).to.equal('cut-back');
      // Next week is that lighter week (30% to 20% under 31), not a second, higher range.
      expect(a.next).to.include({kind: 'range', rebuild: false, lighter: true});
      if (a.next.kind === 'range') {
        expect(a.next.low).to.be.closeTo(21.7, 1e-12);
        expect(a.next.high).to.be.closeTo(24.8, 1e-12);
      }
      const plain = suggestNextWeek([20, 22, 25, 31]);
      if (plain.kind === 'range') expect(plain.high, 'what the band alone would allow').to.be.closeTo(31.85, 1e-12);
    });

    it('20, 20, 20, 20, 26: a steady ratio, but 30% up on last week, is "go carefully", held at this week', () => {
      const a = analyse([20, 20, 20, 20, 26]);
      expect(a.ratio).to.include({kind: 'ratio', band: 'steady'});
      expect(a.verdict).to.include({basis: 'ratio', bigJump: true, base: 1, level: 1});
      expect(a.next).to.include({kind: 'range', held: true, high: 26});
      // After a low week a jump is the build back up, not a reason for care.
      expect(analyse([30, 30, 30, 10, 15]).verdict).to.include({band: 'low', bigJump: true, level: 0});
    });

    it('back to a level already run after a lighter week (the one it suggested) is not a reason for care', () => {
      for (const weeks of [
        [20, 22, 24, 26, 19, 26],
        [20, 20, 20, 20, 15, 20],
      ]) {
        const a = analyse(weeks);
        expect(a.verdict, JSON.stringify(weeks)).to.include({band: 'steady', bigJump: true, level: 0});
        expect(a.next).to.include({held: false});
      }
    });

    it('after a spike, the band’s range wins over a lighter week that would still be too much', () => {
      const a = analyse([10, 10, 10, 11, 12, 40]);
      expect(a.verdict.band).to.equal('spike');
      expect(a.cutBack).to.deep.equal({kind: 'not-available', reason: 'band-lower'});
      // basis: average(10, 11, 12, 40) = 18.25 → 14.6 to 23.725 km, not 28 to 32.
      expect(a.next).to.include({kind: 'range', lighter: false});
      if (a.next.kind === 'range') {
        expect(a.next.low).to.be.closeTo(14.6, 1e-9);
        expect(a.next.high).to.be.closeTo(23.725, 1e-9);
      }
    });

    it('does not shrink the range to one number when this week is already at or below its bottom', () => {
      const a = analyse([30, 30, 30, 22], ['sleep']);
      expect(a.verdict.level).to.equal(1);
      expect(a.next.kind === 'range' && a.next.high - a.next.low).to.be.above(1);
    });

    it('caps next week at 10% above this week', () => {
      const s = suggestNextWeek([30, 30, 30, 30, 25]);
      expect(s).to.include({kind: 'range', capped: true, rebuild: false});
      if (s.kind === 'range') {
        expect(s.high).to.be.closeTo(27.5, 1e-12);
        expect(s.low).to.be.closeTo(23, 1e-12);
      }
    });

    it('gives the same range in km and in miles when 10% above this week ties with the bottom of the band', () => {
      // 1.1 × 138.64 and 0.8 × 190.63 are both 152.504: rounding alone must not choose between them.
      const weeks = [0.01, 12.03, 201.36, 410.49, 138.64];
      const factor = 2.194544316814667;
      const s1 = suggestNextWeek(weeks);
      const s2 = suggestNextWeek(weeks.map((w) => w * factor));
      expect(s1.kind === 'range' && s2.kind === 'range' && s1.rebuild === s2.rebuild).to.equal(true);
      if (s1.kind !== 'range' || s2.kind !== 'range') return;
      expect(relClose(s2.high, s1.high * factor), `${s2.high} vs ${s1.high * factor}`).to.equal(true);
      expect(s1.rebuild, 'a tie rebuilds from the bottom of the band').to.equal(true);
      expect(s1.low).to.be.below(s1.high);
    });

    it('never gives an empty range at such a tie (found by the property test: 0.07, 0.11, 0, 0.04)', () => {
      // 10% above 0.04 is 0.044, and so is 0.8 × their average 0.055.
      const a = analyse([0.07, 0.11, 0, 0.04]);
      expect(a.next.kind).to.equal('range');
      if (a.next.kind === 'range') expect(a.next.low).to.be.below(a.next.high);
    });

    it('after a week off, rebuilds from the bottom of the steady band', () => {
      const s = suggestNextWeek([30, 30, 30, 30, 0]);
      expect(s).to.include({kind: 'range', rebuild: true, capped: false});
      if (s.kind === 'range') {
        expect(s.low).to.be.closeTo(18, 1e-12);
        expect(s.high).to.be.closeTo(20.25, 1e-12);
      }
    });

    it('says when no ratio can be computed because the four earlier weeks are all 0', () => {
      const a = analyse([0, 0, 0, 0, 12]);
      expect(a.ratio).to.deep.equal({kind: 'not-available', reason: 'no-base'});
      expect(a.change).to.deep.equal({kind: 'not-available', reason: 'from-zero'});
      expect(a.verdict).to.include({basis: 'change', bigJump: true, level: 1});
      // Not 0.8-1.3 times the average of 0, 0, 0 and 12 (2.4-3.9 km): no more than this week.
      expect(a.next).to.include({kind: 'range', high: 12, basis: 12, restart: true, rebuild: false});
      expect(a.next.kind === 'range' && a.next.low).to.be.closeTo(9.6, 1e-9);
    });

    it('recognises a history of all zeros', () => {
      const a = analyse([0, 0, 0, 0, 0]);
      expect(a.allZero).to.equal(true);
      expect(a.ratio.kind).to.equal('not-available');
      expect(a.next.kind).to.equal('not-available');
      expect(a.change).to.deep.equal({kind: 'change', fraction: 0});
    });

    it('refuses histories that are too short or hold a bad value', () => {
      expect(analyse([10, 10, 10]).usable).to.equal(false);
      expect(analyse([10, 10, -1, 10, 10]).usable).to.equal(false);
      expect(analyse([10, 10, Number.NaN, 10, 10]).ratio).to.deep.equal({kind: 'not-available', reason: 'invalid'});
      expect(weekChange([5])).to.deep.equal({kind: 'not-available', reason: 'too-few-weeks'});
    });

    it('maps bands to careful steps: low and steady 0, caution 1, spike 2', () => {
      const level = (now: number) => analyse([10, 10, 10, 10, now]).verdict.level;
      expect([level(5), level(10), level(14), level(20)]).to.deep.equal([0, 0, 1, 2]);
      expect(analyse([10, 10, 10, 10, 20], ['intensity', 'terrain', 'new-activity', 'sleep']).verdict.level).to.equal(3);
      expect(verdictFor({kind: 'not-available', reason: 'invalid'}, {kind: 'not-available', reason: 'invalid'}, Number.NaN)).to.include({
        level: 0,
        basis: 'none',
        factors: 0,
      });
    });

    it('does not call holding steady a build: 20, 20.1, 20.2, 20.3 gets no lighter week', () => {
      expect(cutBackWeek([20, 20.1, 20.2, 20.3])).to.deep.equal({kind: 'not-available', reason: 'small-build'});
      expect(cutBackWeek([20, 20.5, 21, 22]).kind, 'exactly 10% in all').to.equal('cut-back');
      expect(analyse([20, 20.1, 20.2, 20.3]).next).to.include({lighter: false});
    });

    it('counts build weeks', () => {
      expect(buildStreak([10, 11, 12, 13])).to.equal(3);
      expect(buildStreak([10, 11, 11, 13])).to.equal(1);
      expect(buildStreak([13, 12])).to.equal(0);
    });

    it('checks typed distances per unit: 500 km or 300 mi at most', () => {
      expect(checkDistance(500, 'km')).to.equal('ok');
      expect(checkDistance(500.1, 'km')).to.equal('absurd');
      expect(checkDistance(300, 'mi')).to.equal('ok');
      expect(checkDistance(301, 'mi')).to.equal('absurd');
      expect(checkDistance(-1, 'km')).to.equal('negative');
      expect(checkDistance(0, 'km')).to.equal('ok');
      expect(checkDistance(Number.NaN, 'km')).to.equal('not-a-number');
    });
  });
});

describe('a week that may be a typo', () => {
  it('is one over five times every other week, one of them above 0', () => {
    expect(outlier([20, 20, 22, 300], 3)).to.equal(true);
    expect(outlier([20, 20, 22, 110], 3), 'five times is not over').to.equal(false);
    expect(outlier([20, 20, 22, 110.01], 3)).to.equal(true);
    expect(outlier([300, 20, 22, 30], 0), 'any week, not only this one').to.equal(true);
    expect(outlier([20, 300, 22, 30], 0)).to.equal(false);
    expect(outlier([0, 0, 0, 40], 3), 'after weeks off, a first week is a start').to.equal(false);
    expect(outlier([null, 4, null, 30], 3), 'weeks not filled in are left out').to.equal(true);
    expect(outlier([null, null, null, 30], 3)).to.equal(false);
    expect(outlier([20, 20, null], 2), 'an empty week is none').to.equal(false);
  });

  it('leaves the verdict but gives no range for next week and no lighter week', () => {
    const typo = analyse([18, 20, 20, 22, 300]);
    expect(typo.next).to.deep.equal({kind: 'not-available', reason: 'outlier'});
    expect(typo.cutBack).to.deep.equal({kind: 'not-available', reason: 'outlier'});
    expect(typo.verdict.band).to.equal('spike');
    // Three build weeks under a typo in the oldest: no lighter week of 20-30% under this week either.
    const old = analyse([200, 20, 21, 22, 24]);
    expect(old.cutBack).to.deep.equal({kind: 'not-available', reason: 'outlier'});
    expect(analyse([40, 20, 21, 22, 24]).cutBack.kind).to.equal('cut-back');
    expect(analyse([18, 20, 20, 22, 30]).next.kind).to.equal('range');
  });
});

describe('edges the other tests left open (a mutation review)', () => {
  it('suggests the lighter week after three build weeks of exactly 10%, where 50 × 1.1 is 55.000000000000007', () => {
    expect(cutBackWeek([50, 52, 54, 55]).kind).to.equal('cut-back');
    expect(cutBackWeek([25, 26, 27, 27.5]).kind).to.equal('cut-back');
  });

  it('after a low week, a ticked question does not hold next week at this week', () => {
    const a = analyse([10, 10, 10, 10, 7.9], ['sleep']);
    expect(a.ratio.kind === 'ratio' && a.ratio.band).to.equal('low');
    expect(a.verdict.level).to.equal(1);
    expect(a.next.kind === 'range' && a.next.held).to.equal(false);
    expect(a.next.kind === 'range' && a.next.high).to.be.closeTo(7.9 * 1.1, 1e-9);
  });
});
