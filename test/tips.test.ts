import {expect} from '@open-wc/testing';
import {firstAid, tipBriefs, tipBriefsFor} from '../src/content/tips.js';
import {tipCategories, tipCategoryIds, tipTimings} from '../src/content/tip-categories.js';
import {tipDetails, tips, tipsFor} from '../src/content/tip-details.js';
import {conditionIds, regionIds, sourceIds, type Tip} from '../src/content/types.js';

const all = tips();
const ids = (list: readonly Pick<Tip, 'id'>[]) => list.map((t) => t.id);
const texts = (t: Tip) => [t.title, t.summary, t.why, t.when, ...t.how, ...t.cautions];

describe('tips content', () => {
  it('has about 25–35 tips with unique kebab-case ids', () => {
    expect(all.length).to.be.within(25, 35);
    expect(new Set(ids(all)).size).to.equal(all.length);
    for (const t of all) expect(t.id).to.match(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('gives every tip its texts, steps, a timing, regions and sources that exist', () => {
    for (const t of all) {
      for (const field of ['title', 'summary', 'why', 'when'] as const) {
        expect(t[field].trim(), `${t.id}.${field}`).to.not.equal('');
      }
      expect(t.how.length, `${t.id}.how`).to.be.at.least(1);
      for (const text of [...t.how, ...t.cautions]) expect(text.trim(), t.id).to.not.equal('');
      expect(tipCategoryIds, `${t.id}.category`).to.include(t.category);
      expect(t.timing.length, `${t.id}.timing`).to.be.at.least(1);
      for (const timing of t.timing) expect(tipTimings).to.include(timing);
      expect(new Set(t.timing).size, `${t.id}.timing repeats`).to.equal(t.timing.length);
      expect(t.regions.length, `${t.id}.regions`).to.be.at.least(1);
      for (const r of t.regions) expect(regionIds, t.id).to.include(r);
      expect(new Set(t.regions).size, `${t.id}.regions repeats`).to.equal(t.regions.length);
      for (const c of t.conditions) expect(conditionIds, t.id).to.include(c);
      expect(new Set(t.conditions).size, `${t.id}.conditions repeats`).to.equal(t.conditions.length);
      expect(t.sources.length, `${t.id}.sources`).to.be.at.least(1);
      for (const s of t.sources) expect(sourceIds, t.id).to.include(s);
    }
  });

  it('has the why, how and when of every tip, and of nothing else', () => {
    expect(Object.keys(tipDetails())).to.have.members(ids(tipBriefs()));
  });

  it('filters the briefs (the pain check) and the full tips (recovery-tips) alike', () => {
    for (const region of [null, ...regionIds]) {
      for (const timing of [null, ...tipTimings]) {
        const filter = {region, timing, categories: ['rest', 'strength'] as const};
        expect(ids(tipBriefsFor(filter))).to.deep.equal(ids(tipsFor(filter)));
      }
    }
  });

  it('keeps the one-line summary short', () => {
    for (const t of all) expect(t.summary.length, t.id).to.be.at.most(110);
  });

  it('never renders an empty, undefined or object value', () => {
    for (const t of all) {
      for (const text of texts(t)) expect(text, t.id).to.not.match(/undefined|null|NaN|\[object/);
    }
  });

  it('names every category, under its own key, and has tips in each', () => {
    const cats = tipCategories();
    expect(Object.keys(cats)).to.have.ordered.members([...tipCategoryIds]);
    for (const id of tipCategoryIds) {
      expect(cats[id].id).to.equal(id);
      expect(cats[id].name.trim()).to.not.equal('');
      expect(all.filter((t) => t.category === id).length, id).to.be.at.least(1);
    }
  });

  it('groups the tips by category, in category order', () => {
    const order = all.map((t) => tipCategoryIds.indexOf(t.category));
    expect(order).to.deep.equal([...order].sort((a, b) => a - b));
  });

  it('has tips for every region and every timing', () => {
    for (const r of regionIds) expect(all.filter((t) => t.regions.includes(r)).length, r).to.be.at.least(12);
    for (const timing of tipTimings) expect(all.filter((t) => t.timing.includes(timing)).length, timing).to.be.at.least(4);
  });

  it('tags the advice the sources tie to each place', () => {
    const has = (id: string) => all.find((t) => t.id === id)!;
    // Hip and glute strength helps the outer knee and runner's knee.
    for (const id of ['clamshells', 'banded-lateral-walks', 'glute-bridges']) {
      expect(has(id).regions, id).to.include('outer');
      expect(has(id).conditions, id).to.include.members(['it-band-syndrome', 'runners-knee']);
    }
    // Quad strength helps the front and below the kneecap.
    for (const id of ['step-ups', 'controlled-squats']) {
      expect(has(id).regions, id).to.include.members(['front', 'below-kneecap']);
    }
    expect(has('controlled-squats').conditions).to.include('osteoarthritis');
    // Hamstring stretching helps the back of the knee.
    expect(has('stretch-hamstrings').regions).to.include('back');
    expect(has('stretch-hamstrings').conditions).to.include('hamstring-tendinitis');
    // General advice is for every region.
    for (const id of ['rest-days', 'sleep', 'replace-shoes', 'build-gradually']) {
      expect(has(id).regions, id).to.have.members([...regionIds]);
    }
  });

  it('keeps the figures from the sources', () => {
    const text = all.map((t) => texts(t).join(' ')).join(' ');
    expect(text).to.contain('15 minutes');
    expect(text).to.contain('300 to 500 miles');
    expect(text).to.contain('480 to 800 km');
    expect(text).to.contain('7 to 9 hours');
  });

  it('never calls anything a diagnosis, and sends pain relief through a professional', () => {
    for (const t of all) expect(texts(t).join(' ').toLowerCase(), t.id).to.not.match(/diagnos|\byou have (a|an)\b/);
    for (const name of Object.values(tipCategories())) expect(name.name.toLowerCase()).to.not.contain('diagnos');
    const relief = all.filter((t) => t.category === 'pain-relief');
    for (const t of relief) expect(texts(t).join(' '), t.id).to.match(/doctor or pharmacist/).and.match(/as directed/);
  });
});

describe('tipsFor()', () => {
  it('returns every tip, in order, for an empty filter or fields left empty', () => {
    expect(ids(tipsFor({}))).to.deep.equal(ids(all));
    expect(ids(tipsFor({region: null, timing: null, categories: null, condition: null}))).to.deep.equal(ids(all));
    expect(ids(tipsFor({categories: []}))).to.deep.equal(ids(all));
  });

  it('filters by region', () => {
    for (const r of regionIds) {
      const got = tipsFor({region: r});
      const here = all.filter((t) => t.regions.includes(r));
      const spotOnly = here.filter((t) => t.regions.length < regionIds.length);
      // Those for some spots only first, then those for every spot, each in the list's order.
      expect(ids(got)).to.deep.equal(ids([...spotOnly, ...here.filter((t) => !spotOnly.includes(t))]));
      expect(got.length, `${r}: some tips help here`).to.be.above(0);
      expect(spotOnly.length, `${r}: some tips are for it and not everywhere`).to.be.above(0);
    }
    expect(ids(tipsFor({region: 'front'})).slice(0, 6), 'the first six shown for the front are all for it').to.deep.equal(
      ids(all.filter((t) => t.regions.includes('front') && t.regions.length < regionIds.length)).slice(0, 6),
    );
    expect(ids(tipsFor({})), 'without a region, the list keeps its order').to.deep.equal(ids(all));
    expect(regionIds.some((r) => tipsFor({region: r}).length < all.length), 'a region narrows the list').to.equal(true);
    expect(ids(tipsFor({region: 'back'}))).to.not.include('step-ups');
    expect(ids(tipsFor({region: 'outer'}))).to.include('clamshells');
  });

  it('filters by timing', () => {
    for (const timing of tipTimings) {
      const got = tipsFor({timing});
      expect(got.length).to.be.above(0);
      for (const t of got) expect(t.timing).to.include(timing);
      const now = all.filter((t) => t.timing.includes(timing));
      const first = timing === 'right-after' ? now.filter((t) => firstAid.includes(t.id)) : [];
      expect(ids(got)).to.deep.equal(ids([...first, ...now.filter((t) => !first.includes(t))]));
    }
    expect(ids(tipsFor({timing: 'right-after'}))).to.include('cold-after-run').and.not.include('heat-for-stiffness');
    expect(ids(tipsFor({timing: 'next-days'}))).to.include('heat-for-stiffness').and.not.include('cold-after-run');
  });

  it('puts first aid first right after a run, before a spot’s own tips', () => {
    expect(firstAid.length).to.equal(3);
    for (const id of firstAid) expect(all.find((t) => t.id === id)?.timing, id).to.include('right-after');
    for (const region of [null, ...regionIds]) {
      const got = ids(tipsFor({region, timing: 'right-after'}));
      // Ease off, cool it, don't run through pain; the stretches came first for every spot.
      expect(got.slice(0, 3), region ?? 'any spot').to.deep.equal(['ease-off', 'cold-after-run', 'no-running-through-pain']);
      expect(got.length, 'the rest still follows').to.be.above(3);
    }
    expect(ids(tipsFor({region: 'front', timing: 'next-days'}))[0], 'only right after a run').to.not.equal('ease-off');
  });

  it('filters by one or several categories, keeping tips() order', () => {
    const one = tipsFor({categories: ['footwear']});
    expect(one.map((t) => t.category)).to.satisfy((c: string[]) => c.length > 0 && c.every((x) => x === 'footwear'));
    const two = tipsFor({categories: ['sleep-food', 'cold-heat']});
    expect(ids(two)).to.deep.equal(ids(all.filter((t) => t.category === 'cold-heat' || t.category === 'sleep-food')));
  });

  it('filters by condition', () => {
    const got = tipsFor({condition: 'it-band-syndrome'});
    expect(got.length).to.be.above(3);
    for (const t of got) expect(t.conditions).to.include('it-band-syndrome');
    expect(ids(got)).to.include('clamshells');
    for (const c of conditionIds) {
      expect(tipsFor({condition: c}).length, c).to.be.at.least(c === 'pcl-injury' || c === 'bakers-cyst' ? 3 : 4);
    }
  });

  it('combines fields (all must match)', () => {
    const got = tipsFor({region: 'outer', timing: 'long-term', categories: ['strength']});
    expect(got.length).to.be.above(0);
    for (const t of got) {
      expect(t.regions).to.include('outer');
      expect(t.timing).to.include('long-term');
      expect(t.category).to.equal('strength');
    }
    expect(ids(got)).to.include.members(['clamshells', 'banded-lateral-walks']);
    expect(ids(got)).to.not.include('step-ups');
    const withCondition = tipsFor({region: 'front', condition: 'runners-knee', categories: ['cold-heat', 'strength']});
    for (const t of withCondition) {
      expect(t.regions).to.include('front');
      expect(t.conditions).to.include('runners-knee');
      expect(['cold-heat', 'strength']).to.include(t.category);
    }
    expect(withCondition.length).to.be.above(2);
    expect(tipsFor({region: 'back', categories: ['support'], timing: 'right-after', condition: 'bakers-cyst'})).to.deep.equal([]);
  });

  it('is pure: the same filter gives the same list and does not change the filter', () => {
    const categories = ['strength'] as const;
    const filter = {region: 'inner' as const, categories};
    expect(ids(tipsFor(filter))).to.deep.equal(ids(tipsFor(filter)));
    expect(filter).to.deep.equal({region: 'inner', categories: ['strength']});
  });
});

// What the four articles say that the tips had left out (a coverage review).
describe('tips content: what the articles say', () => {
  it('fits shoes, and names shoe inserts for feet that roll inward, as the clinic and the coach do', () => {
    const t = all.find((x) => x.id === 'shoe-fit')!;
    expect(t.how.join(' ')).to.match(/shoe inserts \(orthotics\)/).and.match(/roll inward/);
    expect(t.sources).to.include.members(['clinic-article', 'coach-article']);
  });

  it('builds up slower after an earlier knee injury, and offers a later or shorter race over pushing', () => {
    const t = all.find((x) => x.id === 'build-gradually')!;
    expect(t.cautions.join(' ')).to.match(/hurt your knee before/);
    expect(t.how.join(' ')).to.match(/race/).and.match(/later or shorter/);
    expect(t.sources).to.include.members(['clinic-article', 'coach-article']);
  });

  it('says, on the way back, that healing takes its own time: the injury, your age and your health', () => {
    const t = all.find((x) => x.id === 'build-back-gradually')!;
    expect(t.cautions.join(' ')).to.match(/how bad the injury is, your age and your health/);
    // Shown after "Take care:", a second colon in the same line read badly.
    expect(t.cautions.join(' '), 'one colon, the label\'s').to.not.contain(':');
    expect(t.sources).to.include('clinic-article');
  });
});
