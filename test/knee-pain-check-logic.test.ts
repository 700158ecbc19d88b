import {expect} from '@open-wc/testing';
import fc from './fast-check.js';
import {
  MAX_TIPS,
  SEVERE_PAIN,
  SORENESS_MAX_PAIN,
  assess,
  firstOpen,
  durations,
  freshInjuryIn,
  needsSameDay,
  onsets,
  painScores,
  questionOf,
  questions,
  recoveryTips,
  redFlagsIn,
  sameDaySignIn,
  regionAnswers,
  restResponses,
  signs,
  swellings,
  weights,
  yesNo,
  outcomes,
  type Answers,
  type OptionValue,
} from '../src/knee-pain-check/check.js';
import {optionText, outcomeLead, outcomeSteps, outcomeTitle, questionTitle} from '../src/knee-pain-check/knee-pain-check.text.js';
import {SAME_DAY_AFTER_INJURY, isRedFlagId, redFlagIds, redFlags, type RedFlagId} from '../src/content/red-flags.js';
import {regionIds, sourceIds} from '../src/content/index.js';
import {tipsFor} from '../src/content/tip-details.js';

/** A knee with ordinary soreness: every answer sits just inside the soreness boundaries (none while running). */
const sore: Answers = {
  region: 'front',
  onset: 'gradual',
  swelling: 'none',
  signs: [],
  weight: 'yes',
  restPain: 'no',
  painDuring: 0,
  painAfter: 3,
  duration: 'under-week',
  rest: 'better',
};

/** The same knee, but sore enough to rest (pain 5 during running), with no warning sign. */
const restAdjust: Answers = {...sore, painDuring: 5};

/** Each warning sign, as the smallest change of answers that raises it. */
const flagCases: ReadonlyArray<readonly [RedFlagId, Partial<Answers>]> = [
  ['sudden-onset', {onset: 'sudden'}],
  ['gives-way', {signs: ['gives-way']}],
  ['locks', {signs: ['locks']}],
  ['cant-straighten', {signs: ['cant-straighten']}],
  ['marked-swelling', {swelling: 'marked'}],
  ['recurring-swelling', {swelling: 'recurring'}],
  ['back-swelling', {region: 'back', swelling: 'little'}],
  ['no-weight', {weight: 'no'}],
  ['changed-shape', {signs: ['changed-shape']}],
  ['infection-signs', {signs: ['infection-signs']}],
  ['rest-or-night-pain', {restPain: 'yes'}],
  ['severe-pain', {painAfter: 7}],
  ['getting-worse', {rest: 'worse'}],
  ['not-improving', {rest: 'same', duration: 'over-two-weeks'}],
  ['long-unrested', {rest: 'not-rested', duration: 'over-two-weeks'}],
  ['lasting-with-signs', {duration: 'over-two-weeks', swelling: 'little'}],
];

describe('knee-pain-check logic', () => {
  describe('every warning sign on its own leads to "see a professional"', () => {
    it('has a case for every warning sign', () => {
      expect(flagCases.map(([id]) => id)).to.have.members([...redFlagIds]);
    });

    for (const [flag, change] of flagCases) {
      for (const [name, base] of [
        ['ordinary soreness', sore],
        ['rest and adjust', restAdjust],
      ] as const) {
        it(`${flag}, from ${name}`, () => {
          expect(assess(base).outcome, 'the base case itself').to.not.equal('see-professional');
          const result = assess({...base, ...change});
          expect(result.outcome).to.equal('see-professional');
          expect(result.reasons).to.deep.equal([flag]);
          expect(redFlagsIn({...base, ...change})).to.deep.equal([flag]);
        });
      }
    }

    // The result's "Change" beside a warning sign goes back to its question: one of the answers that raise it.
    it('takes each warning sign\'s Change back to a question whose answer raises it', () => {
      const wrong = flagCases
        .filter(([flag, change]) => !questions[questionOf(flag)]!.fields.some((f) => f in change))
        .map(([flag]) => `${flag}: ${questions[questionOf(flag)]!.id}`);
      expect(wrong).to.deep.equal([]);
    });

    it('lists every warning sign found, in the content order', () => {
      const result = assess({...sore, onset: 'sudden', signs: ['locks', 'gives-way'], rest: 'worse', weight: 'no'});
      expect(result.outcome).to.equal('see-professional');
      expect(result.reasons).to.deep.equal(['sudden-onset', 'gives-way', 'locks', 'no-weight', 'getting-worse']);
    });

    it('raises a warning sign even when other answers are missing', () => {
      expect(assess({restPain: 'yes'})).to.deep.equal({outcome: 'see-professional', reasons: ['rest-or-night-pain'], sameDay: false});
      expect(assess({signs: ['infection-signs']}).reasons).to.deep.equal(['infection-signs']);
    });
  });

  describe('a swelling behind the knee', () => {
    // The knee map says to get one checked soon (a Baker's cyst; "go sooner if the back of the knee swells"):
    // the check sent the same runner to rest for two weeks.
    it('is a warning sign for "soon", as the knee map says, where a little swelling elsewhere is rest', () => {
      expect(assess({...restAdjust, region: 'back', swelling: 'little'})).to.deep.equal({outcome: 'see-professional', reasons: ['back-swelling'], sameDay: false});
      for (const region of ['front', 'below-kneecap', 'inner', 'outer', 'all'] as const) {
        expect(assess({...restAdjust, region, swelling: 'little'}).outcome, region).to.equal('rest-adjust');
      }
      expect(assess({...sore, region: 'back'}).outcome, 'no swelling').to.equal('soreness');
    });
  });

  describe('more than two weeks', () => {
    it('is a warning sign with a little swelling or pain when standing, rested or not', () => {
      for (const rest of ['not-rested', 'better'] as const) {
        for (const change of [{swelling: 'little'}, {weight: 'hurts'}] as const) {
          const result = assess({...restAdjust, duration: 'over-two-weeks', rest, ...change});
          expect(result.outcome, `${rest} ${JSON.stringify(change)}`).to.equal('see-professional');
          // Not rested, it isn't getting better either: both signs.
          expect(result.reasons).to.deep.equal(rest === 'better' ? ['lasting-with-signs'] : ['long-unrested', 'lasting-with-signs']);
        }
      }
    });

    it('is one when rest has not helped, and when it has not been rested, each its own reason', () => {
      // The reason is shown as "Because you said…": it says what the reader answered.
      const reasonFor = {same: 'not-improving', 'not-rested': 'long-unrested'} as const;
      for (const rest of ['same', 'not-rested'] as const) {
        for (const base of [sore, restAdjust]) {
          const result = assess({...base, duration: 'over-two-weeks', rest});
          expect(result.outcome, rest).to.equal('see-professional');
          expect(result.reasons).to.deep.equal([reasonFor[rest]]);
          expect(result.sameDay).to.equal(false);
        }
        expect(assess({...sore, duration: 'one-two-weeks', rest}).outcome, `${rest}, under two weeks`).to.equal('rest-adjust');
      }
    });

    it('is not one on its own while rest is helping, nor with the same under two weeks', () => {
      expect(assess({...restAdjust, duration: 'over-two-weeks'}).outcome).to.equal('rest-adjust');
      expect(assess({...restAdjust, duration: 'one-two-weeks', swelling: 'little', weight: 'hurts'}).outcome).to.equal('rest-adjust');
    });
  });

  describe('today or soon', () => {
    it('says today for a sign that needs it on its own, and soon for the others', () => {
      for (const [flag, change] of flagCases) {
        const result = assess({...restAdjust, ...change});
        expect(result.sameDay, flag).to.equal(redFlags()[flag].sameDay === true);
      }
      expect(flagCases.filter(([flag]) => redFlags()[flag].sameDay).map(([flag]) => flag)).to.have.members(['no-weight', 'changed-shape', 'infection-signs', 'marked-swelling', 'severe-pain']);
    });

    it('says today for marked swelling or strong pain (the NHS urgent group), however it started', () => {
      for (const change of [{swelling: 'marked'}, {painDuring: 7}, {painAfter: 9}] as const) {
        for (const onset of onsets) expect(assess({...sore, onset, ...change}).sameDay, `${onset} and ${JSON.stringify(change)}`).to.equal(true);
      }
      expect(assess({...sore, painDuring: 6, painAfter: 6, swelling: 'little'}).sameDay, 'pain 6 and a little swelling').to.equal(false);
    });

    it('says today when a sudden start comes with a stuck or unstable knee, and soon without the sudden start', () => {
      const stuck = (['locks', 'gives-way', 'cant-straighten'] as const).map((s) => ({signs: [s]}));
      for (const change of stuck) {
        expect(assess({...sore, onset: 'sudden', ...change}).sameDay, `sudden and ${JSON.stringify(change)}`).to.equal(true);
        expect(assess({...sore, onset: 'gradual', ...change}).sameDay, `gradual and ${JSON.stringify(change)}`).to.equal(false);
        expect(assess({...sore, onset: 'unsure', ...change}).sameDay, `unsure and ${JSON.stringify(change)}`).to.equal(false);
      }
      expect(assess({...sore, onset: 'sudden'}).sameDay, 'a sudden start alone').to.equal(false);
      expect(assess({...sore, onset: 'sudden', painDuring: 6, swelling: 'little'}).sameDay, 'with pain 6 and a little swelling').to.equal(false);
      expect(assess({...sore, onset: 'sudden', signs: ['locks'], duration: 'over-two-weeks'}).sameDay, 'locking weeks after the start').to.equal(false);
      expect(SAME_DAY_AFTER_INJURY).to.have.members(['locks', 'gives-way', 'cant-straighten']);
      expect(needsSameDay({onset: 'sudden', signs: ['gives-way']}), 'when it started not said yet').to.equal(true);
    });

    it('says today for a sudden start only in its first week: weeks later, soon is enough', () => {
      for (const duration of durations) {
        const fresh = duration === 'days' || duration === 'under-week';
        const answers = {...sore, onset: 'sudden', signs: ['locks'], duration} as const;
        expect(assess(answers).sameDay, duration).to.equal(fresh);
        expect(freshInjuryIn(answers), duration).to.equal(fresh);
        expect(assess({...answers, weight: 'no'}).sameDay, `${duration}, a sign that needs today on its own`).to.equal(true);
      }
    });

    it('is never today outside "see a professional"', () => {
      expect(assess(sore).sameDay).to.equal(false);
      expect(assess(restAdjust).sameDay).to.equal(false);
    });
  });

  describe('boundaries between "rest and adjust" and "ordinary soreness"', () => {
    const cases: ReadonlyArray<readonly [string, Partial<Answers>, 'soreness' | 'rest-adjust', string[]?]> = [
      // The clinic's and the coach's articles: train pain-free, don't run through pain. Soreness says "keep running".
      ['pain during running 1/10', {painDuring: 1}, 'rest-adjust', ['pain-during']],
      ['pain during running 3/10', {painDuring: 3}, 'rest-adjust', ['pain-during']],
      ['pain during running 4/10', {painDuring: 4}, 'rest-adjust', ['pain-during']],
      ['pain after running 3/10', {painAfter: 3}, 'soreness'],
      ['pain after running 4/10', {painAfter: 4}, 'rest-adjust', ['pain-after']],
      ['no pain at all', {painDuring: 0, painAfter: 0}, 'soreness'],
      ['pain 6/10 during and after, nothing else', {painDuring: 6, painAfter: 6}, 'rest-adjust', ['pain-during', 'pain-after']],
      ['a day or two', {duration: 'days'}, 'soreness'],
      ['less than a week', {duration: 'under-week'}, 'soreness'],
      ['1 to 2 weeks', {duration: 'one-two-weeks'}, 'rest-adjust', ['duration']],
      ['more than 2 weeks, better with rest', {duration: 'over-two-weeks'}, 'rest-adjust', ['duration']],
      ['rest helped', {rest: 'better'}, 'soreness'],
      ['not rested yet', {rest: 'not-rested'}, 'soreness'],
      ['rest has not changed it (under a week)', {rest: 'same'}, 'rest-adjust', ['rest']],
      ['rest has not changed it in 1 to 2 weeks', {rest: 'same', duration: 'one-two-weeks'}, 'rest-adjust', ['duration', 'rest']],
      ['a little swelling', {swelling: 'little'}, 'rest-adjust', ['swelling']],
      ['weight-bearing hurts', {weight: 'hurts'}, 'rest-adjust', ['weight']],
      ['not sure how it started', {onset: 'unsure'}, 'soreness'],
      ['all over', {region: 'all'}, 'soreness'],
    ];
    for (const [name, change, outcome, reasons] of cases) {
      it(`${name} → ${outcome}`, () => {
        const result = assess({...sore, ...change});
        expect(result.outcome).to.equal(outcome);
        if (reasons) expect(result.reasons).to.deep.equal(reasons);
      });
    }

    it('gives the soreness reasons: no warning signs, then each answer that fits', () => {
      expect(assess(sore).reasons).to.deep.equal(['no-red-flags', 'swelling', 'weight', 'pain-during', 'pain-after', 'duration', 'rest']);
    });

    it('uses 3 out of 10 as the highest soreness pain after running', () => {
      expect(SORENESS_MAX_PAIN).to.equal(3);
    });

    it('takes strong pain, 7 out of 10 or more during or after running, as a warning sign', () => {
      expect(SEVERE_PAIN).to.equal(7);
      expect(redFlags()['severe-pain'].label, 'the label says the same number').to.contain(`${SEVERE_PAIN} out of 10`);
      for (const pain of [7, 8, 9, 10] as const) {
        expect(assess({...sore, painDuring: pain}), `${pain} during`).to.deep.equal({outcome: 'see-professional', reasons: ['severe-pain'], sameDay: true});
        expect(assess({...sore, painAfter: pain}), `${pain} after`).to.deep.equal({outcome: 'see-professional', reasons: ['severe-pain'], sameDay: true});
      }
      expect(assess({...sore, painDuring: 6, painAfter: 6}).outcome).to.equal('rest-adjust');
    });

    it('does not depend on the region', () => {
      for (const region of regionAnswers) {
        expect(assess({...sore, region}).outcome).to.equal('soreness');
        expect(assess({...restAdjust, region}).outcome).to.equal('rest-adjust');
      }
    });
  });

  describe('incomplete or invalid answers', () => {
    it('never says "soreness" with an answer missing', () => {
      for (const field of Object.keys(sore) as Array<keyof Answers>) {
        const partial: Record<string, unknown> = {...sore};
        delete partial[field];
        expect(assess(partial as Answers).outcome, `without ${field}`).to.equal('rest-adjust');
      }
      expect(assess({})).to.deep.equal({outcome: 'rest-adjust', reasons: [], sameDay: false});
    });

    it('treats values that are not answers as unanswered, without throwing', () => {
      const junk = [null, undefined, NaN, Infinity, -1, 11, 3.5, '3', 'SUDDEN', {}, [], ['elbow']];
      for (const value of junk) {
        for (const field of ['onset', 'painDuring', 'signs', 'rest', 'weight'] as const) {
          const answers = {...sore, [field]: value} as unknown as Answers;
          const result = assess(answers);
          expect(result.outcome, `${field} = ${String(value)}`).to.equal(field === 'signs' && Array.isArray(value) && value.length === 0 ? 'soreness' : 'rest-adjust');
        }
      }
      expect(() => assess(null as unknown as Answers)).to.not.throw();
    });

    it('ignores unknown signs next to known ones, and repeats', () => {
      expect(assess({...sore, signs: ['locks', 'locks']}).reasons).to.deep.equal(['locks']);
      expect(assess({...sore, signs: ['elbow', 'locks']} as unknown as Answers).reasons).to.deep.equal(['locks']);
      expect(assess({...sore, signs: ['elbow']} as unknown as Answers).outcome).to.equal('rest-adjust');
    });
  });

  describe('properties over every possible set of answers', () => {
    const pick = <T>(values: readonly T[]) => fc.option(fc.constantFrom(...values), {nil: undefined});
    const answers = fc.record({
      region: pick(regionAnswers),
      onset: pick(onsets),
      swelling: pick(swellings),
      signs: fc.option(fc.subarray([...signs]), {nil: undefined}),
      weight: pick(weights),
      restPain: pick(yesNo),
      painDuring: pick(painScores),
      painAfter: pick(painScores),
      duration: pick(durations),
      rest: pick(restResponses),
    });
    /** Near a sore knee: each answer kept (three times in four) or drawn as above, so that soreness comes up. */
    const near = <T>(kept: T, arbitrary: fc.Arbitrary<T>) => fc.oneof({weight: 3, arbitrary: fc.constant(kept)}, {weight: 1, arbitrary});
    const nearSore = fc.record({
      region: near(sore.region, pick(regionAnswers)),
      onset: near(sore.onset, pick(onsets)),
      swelling: near(sore.swelling, pick(swellings)),
      signs: near(sore.signs, fc.option(fc.subarray([...signs]), {nil: undefined})),
      weight: near(sore.weight, pick(weights)),
      restPain: near(sore.restPain, pick(yesNo)),
      painDuring: near(sore.painDuring, pick(painScores)),
      painAfter: near(sore.painAfter, pick(painScores)),
      duration: near(sore.duration, pick(durations)),
      rest: near(sore.rest, pick(restResponses)),
    });

    it('sends every answer set with a warning sign to a professional, and only those', () => {
      fc.assert(
        fc.property(answers, (a) => {
          const flags = redFlagsIn(a);
          const result = assess(a);
          expect(result.outcome === 'see-professional').to.equal(flags.length > 0);
          if (flags.length) expect(result.reasons).to.deep.equal(flags);
        }),
        {numRuns: 2000},
      );
    });

    it('calls it soreness only inside every boundary, and gives reasons for "rest and adjust" when complete', () => {
      // Over every possible set of answers soreness comes up about three times in a million: near a sore
      // knee, often.
      let soreness = 0;
      fc.assert(
        fc.property(fc.oneof(answers, nearSore), (a) => {
          const result = assess(a);
          if (result.outcome === 'soreness') {
            soreness++;
            expect(a.swelling).to.equal('none');
            expect(a.weight).to.equal('yes');
            expect(a.painDuring, 'no pain while running').to.equal(0);
            expect(a.painAfter).to.be.at.most(3);
            expect(['days', 'under-week']).to.include(a.duration);
            expect(['better', 'not-rested']).to.include(a.rest);
            expect(a.signs).to.deep.equal([]);
          }
          const complete = Object.values(a).every((v) => v !== undefined);
          if (complete) expect(result.reasons.length, JSON.stringify(a)).to.be.above(0);
        }),
        {numRuns: 2000},
      );
      expect(soreness, 'answer sets that came out as soreness').to.be.above(20);
    });

    it('sorts every pair of pain scores, the other answers a sore knee\'s: soreness only with none while running', () => {
      for (const during of painScores) {
        for (const after of painScores) {
          const expected = Math.max(during, after) >= SEVERE_PAIN ? 'see-professional' : during === 0 && after <= SORENESS_MAX_PAIN ? 'soreness' : 'rest-adjust';
          expect(assess({...sore, painDuring: during, painAfter: after}).outcome, `${during} while running, ${after} after`).to.equal(expected);
        }
      }
    });
  });

  describe('questions', () => {
    it('asks about every answer exactly once, one question per step', () => {
      const fields = questions.flatMap((q) => [...q.fields]);
      expect(fields).to.have.members(Object.keys(sore));
      expect(new Set(fields).size).to.equal(fields.length);
      expect(questions.map((q) => q.id)).to.deep.equal(['region', 'onset', 'swelling', 'signs', 'weight', 'rest-pain', 'pain', 'duration', 'rest']);
    });

    it('offers the map regions plus "all over", and 0 to 10 for pain', () => {
      expect(questions[0].options).to.deep.equal([...regionIds, 'all']);
      expect(questions[6].options).to.deep.equal([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    });

    it('turns every sign checkbox into a warning sign', () => {
      for (const s of signs) expect(isRedFlagId(s), s).to.equal(true);
    });
  });

  describe('red flag content', () => {
    const all = redFlags();

    it('has every id, with a short label, why it matters, and sources that exist', () => {
      expect(Object.keys(all)).to.deep.equal([...redFlagIds]);
      for (const id of redFlagIds) {
        const f = all[id];
        expect(f.id).to.equal(id);
        expect(f.label.trim(), `${id}.label`).to.not.equal('');
        expect(f.label.length, `${id}.label is short`).to.be.below(70);
        expect(f.why.trim(), `${id}.why`).to.not.equal('');
        expect(f.sources.length, `${id}.sources`).to.be.at.least(1);
        for (const s of f.sources) expect(sourceIds).to.include(s);
      }
    });

    it('says "the same day" in the same-day signs only, and "soon" in none: the outcome\'s heading says when', () => {
      for (const id of redFlagIds) {
        expect(all[id].why, id).to.not.match(/\bsoon\b/);
        expect(/same day/.test(all[id].why), id).to.equal(all[id].sameDay === true);
      }
    });

    it('cites the NHS for every warning sign the articles do not cover, and marks same-day ones', () => {
      for (const id of ['no-weight', 'changed-shape', 'infection-signs', 'rest-or-night-pain'] as const) {
        expect(all[id].sources, id).to.include('nhs-knee-pain');
      }
      expect(redFlagIds.filter((id) => all[id].sameDay)).to.have.members(['no-weight', 'changed-shape', 'infection-signs', 'marked-swelling', 'severe-pain']);
      for (const id of redFlagIds.filter((id) => all[id].sameDay)) expect(all[id].sources, id).to.include('nhs-knee-pain');
    });

    it('never calls anything a diagnosis', () => {
      const text = Object.values(all)
        .map((f) => `${f.label} ${f.why}`)
        .join(' ');
      expect(text.toLowerCase()).to.not.match(/\bdiagnos|\byou have\b/);
    });
  });

  describe('recovery tips for an outcome', () => {
    it('gives none for "see a professional"', () => {
      expect(recoveryTips('see-professional', 'front')).to.deep.equal([]);
    });

    for (const region of regionAnswers) {
      it(`rest and adjust (${region}): rest, cold and coming back, from the shared tips`, () => {
        const list = recoveryTips('rest-adjust', region);
        expect(list.length).to.be.within(3, MAX_TIPS);
        expect(new Set(list.map((t) => t.id)).size).to.equal(list.length);
        const shared = tipsFor({}).map((t) => t.id);
        for (const t of list) {
          expect(shared, t.id).to.include(t.id);
          expect(['rest', 'cold-heat', 'comeback'], t.id).to.include(t.category);
          if (region !== 'all') expect(t.regions, t.id).to.include(region);
        }
        expect(list.map((t) => t.category)).to.include.members(['rest', 'cold-heat', 'comeback']);
        expect(list.some((t) => t.timing.includes('right-after'))).to.equal(true);
      });

      it(`rest and adjust with a little swelling (${region}): no tip to run less, under "Don't run until the swelling has gone down"`, () => {
        const list = recoveryTips('rest-adjust', region, 'little');
        expect(list.map((t) => t.id)).to.not.include('ease-off');
        expect(list.map((t) => t.summary).join(' ')).to.not.match(/run less/i);
        expect(list.length, 'as many as without swelling').to.equal(recoveryTips('rest-adjust', region).length);
        expect(recoveryTips('rest-adjust', region, 'none'), 'no swelling: as before').to.deep.equal(recoveryTips('rest-adjust', region));
      });

      it(`ordinary soreness (${region}): long-term habits from several categories`, () => {
        const list = recoveryTips('soreness', region);
        expect(list.length).to.be.within(3, MAX_TIPS);
        for (const t of list) {
          expect(t.timing, t.id).to.include('long-term');
          if (region !== 'all') expect(t.regions, t.id).to.include(region);
        }
        expect(new Set(list.map((t) => t.category)).size).to.be.at.least(3);
      });
    }
  });
});

describe('an outcome known before the last question', () => {
  it('is a same-day sign on its own, which no later answer takes away; a fresh injury can still turn out weeks old', () => {
    for (const [id, answers] of flagCases) {
      expect(sameDaySignIn(answers as Answers), id).to.equal(!!redFlags()[id].sameDay);
      // Every answer after it, whatever it is, keeps the outcome: see a professional today.
      if (redFlags()[id].sameDay) expect(assess({...sore, ...answers} as Answers)).to.deep.include({outcome: 'see-professional', sameDay: true});
    }
    const fresh: Answers = {onset: 'sudden', signs: ['gives-way']};
    expect(sameDaySignIn(fresh)).to.equal(false);
    expect(assess({...fresh, duration: 'over-two-weeks'}).sameDay, 'weeks later, soon is enough').to.equal(false);
  });

  it('finds the first question not answered in full', () => {
    expect(firstOpen({})).to.equal(0);
    expect(firstOpen(sore)).to.equal(-1);
    expect(firstOpen({region: 'front', onset: 'gradual', swelling: 'marked'})).to.equal(3);
    expect(firstOpen({...sore, painAfter: undefined}), 'a scale half answered').to.equal(6);
  });
});

describe('the pain check\'s words (knee-pain-check.text.ts)', () => {
  it('gives every question a title of its own, and every answer words that are not its id', () => {
    const titles = questions.map(questionTitle);
    expect(new Set(titles).size, 'no two questions alike').to.equal(questions.length);
    for (const q of questions) {
      if (q.kind === 'scale') continue;
      for (const value of q.options) {
        const [label] = optionText(value as OptionValue);
        expect(typeof label).to.equal('string');
        expect(label, `${q.id}: ${value}`).to.not.be.oneOf(['', String(value)]);
      }
    }
  });

  it('says for every outcome what to do, and never to run through pain', () => {
    for (const outcome of outcomes) {
      for (const sameDay of [false, true]) {
        const steps = outcomeSteps(outcome, sameDay, {});
        expect(outcomeTitle(outcome, sameDay), outcome).to.not.equal('');
        expect(outcomeLead(outcome), outcome).to.not.equal('');
        expect(steps.length, `${outcome}: steps`).to.be.at.least(3);
        expect(steps.some((step) => /run through( the)? pain/.test(step)), `${outcome}: don't run through pain`).to.equal(true);
      }
    }
    expect(outcomeTitle('see-professional', true)).to.contain('today');
    expect(outcomeSteps('see-professional', true, {}).join(' ')).to.contain('today');
  });
});
