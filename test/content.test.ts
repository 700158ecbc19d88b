import {expect} from '@open-wc/testing';
import {
  briefsForRegion,
  conditionIds,
  conditions,
  conditionsForRegion,
  kneeFacts,
  regionIds,
  regions,
  sourceIds,
  sources,
} from '../src/content/index.js';
import {CONTENT_UPDATED} from '../src/content/updated.js';

describe('content', () => {
  const all = conditions();

  it('dates itself with a real day that has come (every widget ends with its month)', () => {
    expect(CONTENT_UPDATED).to.match(/^\d{4}-\d{2}-\d{2}$/);
    const day = new Date(`${CONTENT_UPDATED}T00:00:00Z`);
    expect(day.toISOString().slice(0, 10), 'a day the calendar has').to.equal(CONTENT_UPDATED);
    expect(day.getTime(), 'not yet to come').to.be.at.most(Date.now());
  });

  it("lists runner's knee behind the knee too, after the problems that hurt mostly there", () => {
    const back = briefsForRegion('back').local.map((c) => c.id);
    expect(back).to.deep.equal(['hamstring-tendinitis', 'popliteus-tendinitis', 'bakers-cyst', 'pcl-injury', 'runners-knee']);
    expect(briefsForRegion('front').local[0]!.id).to.equal('runners-knee');
    expect(conditionsForRegion('back').local.map((c) => c.id)).to.deep.equal(back);
    // Its one line is shown under Back too, so it must not read as if only the kneecap hurts.
    expect(briefsForRegion('back').local.at(-1)!.summary).to.match(/behind the knee/);
  });

  it('has every condition id, each under its own key', () => {
    expect(Object.keys(all)).to.have.members([...conditionIds]);
    for (const id of conditionIds) expect(all[id].id).to.equal(id);
  });

  it('gives every condition its texts, a place on the map, and sources that exist', () => {
    for (const c of Object.values(all)) {
      for (const field of ['name', 'summary', 'where', 'seeAPro'] as const) {
        expect(c[field].trim(), `${c.id}.${field}`).to.not.equal('');
      }
      for (const list of ['symptoms', 'causes', 'helps'] as const) {
        // The articles only name the two back-of-knee tendon problems: one general sign is all they support.
        const general = list === 'symptoms' && ['hamstring-tendinitis', 'popliteus-tendinitis'].includes(c.id);
        expect(c[list].length, `${c.id}.${list}`).to.be.at.least(general ? 1 : 2);
        for (const item of c[list]) expect(item.trim(), `${c.id}.${list}`).to.not.equal('');
      }
      expect(c.regions.length > 0 || c.anywhere, `${c.id} is reachable from the map`).to.equal(true);
      for (const r of c.regions) expect(regionIds).to.include(r);
      expect(c.sources.length, `${c.id}.sources`).to.be.at.least(1);
      for (const s of c.sources) expect(sourceIds).to.include(s);
    }
  });

  it("never gives weaker advice on seeing a professional than the pain check, and cites the NHS where it uses the NHS's signs", () => {
    for (const c of Object.values(all)) {
      // Strong pain and a badly swollen knee send the pain check to "today": every condition says so.
      expect(c.seeAPro, c.id).to.match(/Get help the same day if the pain is strong(,| or)[^.]* the knee is badly swollen\./);
      // In one sentence: two "Get help the same day" in a row read as two different warnings.
      expect(c.seeAPro.split('same day').length - 1, `${c.id}: "same day" once`).to.equal(1);
      // The same-day signs the articles don't give (can't take weight, badly swollen, hot and red, locks or
      // gives way) are the NHS's.
      if (/put weight|hot and red|locks|gives way|badly swollen/.test(c.seeAPro)) expect(c.sources, c.id).to.include('nhs-knee-pain');
    }
    // A swollen bursa can be infected: those two name its signs.
    for (const id of ['prepatellar-bursitis', 'pes-anserine-bursitis'] as const) expect(all[id].seeAPro, id).to.match(/hot and red, you feel feverish,[^.]*\. Heat, redness and fever can mean an infection\./);
    // The ones that can be an injury inside the knee name the signs that can't wait.
    // So do the ones whose advice speaks of a twist or a knock. "Right after": later, the pain check and the
    // "when to see a professional" box make a knee that locks or gives way "soon", not "today".
    const injuries = Object.values(all).filter((c) => ['bakers-cyst', 'pcl-injury', 'meniscus-tear'].includes(c.id) || /twist|knock/.test(c.seeAPro));
    expect(injuries.length, 'the three, and any that speak of a twist').to.be.at.least(4);
    for (const {id, seeAPro} of injuries) {
      expect(seeAPro, id).to.contain("Get help the same day if the pain is strong, you can't put weight on the leg, or the knee is badly swollen.");
      expect(seeAPro, id).to.match(/locks, gives way or won't straighten right after a twist or knock/);
    }
  });

  it('explains the gym words where a condition uses them: the map shows one condition at a time', () => {
    const words: ReadonlyArray<readonly [RegExp, RegExp]> = [
      [/\bglutes\b/i, /buttock/i],
      [/\bquads\b/i, /front (and back )?of the thigh|front thigh/i],
      [/\bhamstrings\b/i, /back of the thigh|back thigh/i],
      [/\bfoam roll/i, /foam tube/i],
    ];
    for (const c of Object.values(all)) {
      const text = [c.summary, c.where, c.seeAPro, ...c.symptoms, ...c.causes, ...c.helps].join(' ');
      for (const [word, meaning] of words) if (word.test(text)) expect(text, `${c.id}: ${word.source}`).to.match(meaning);
    }
  });

  it('never calls anything a diagnosis in its advice', () => {
    for (const c of Object.values(all)) {
      const text = [c.summary, c.where, c.seeAPro, ...c.symptoms, ...c.causes, ...c.helps].join(' ');
      expect(text.toLowerCase(), c.id).to.not.match(/\bdiagnos|\byou have\b/);
    }
  });

  it('never advises heat without saying to skip it while the knee is swollen', () => {
    // A tip and the pain check say to skip heat on a swollen knee; no condition may say otherwise, with
    // swelling among its signs or not (the IT band's "ice and heat if it hurts a lot" had no such word).
    const swelling = Object.values(all).filter((c) => /swell/i.test([...c.symptoms, c.where].join(' ')));
    expect(swelling.map((c) => c.id)).to.include.members(['prepatellar-bursitis', 'pes-anserine-bursitis']);
    const heat = Object.values(all).flatMap((c) => c.helps.filter((h) => /\b(heat|warmth)\b/i.test(h)).map((h) => [c.id, h] as const));
    expect(heat.map(([id]) => id)).to.include.members(['prepatellar-bursitis', 'pes-anserine-bursitis', 'it-band-syndrome']);
    for (const [id, line] of heat) expect(line, id).to.match(/swollen|swelling/i);
  });

  it('lists the conditions the articles place in each region', () => {
    const ids = (r: (typeof regionIds)[number]) => conditionsForRegion(r).local.map((c) => c.id);
    expect(ids('front')).to.include.members(['runners-knee', 'quadriceps-tendon', 'kneecap-cartilage', 'prepatellar-bursitis']);
    expect(ids('below-kneecap')).to.include.members(['patellar-tendinopathy']);
    expect(ids('outer')).to.include.members(['it-band-syndrome', 'meniscus-tear']);
    expect(ids('inner')).to.include.members(['pes-anserine-bursitis', 'mcl-irritation', 'meniscus-tear']);
    expect(ids('back')).to.include.members(['hamstring-tendinitis', 'popliteus-tendinitis', 'bakers-cyst', 'pcl-injury']);
  });

  it('gives the pain check (briefs) the same conditions per region as the map', () => {
    const ids = (l: {local: Array<{id: string}>; anywhere: Array<{id: string}>}) => [l.local, l.anywhere].map((g) => g.map((c) => c.id));
    for (const r of regionIds) expect(ids(briefsForRegion(r)), r).to.deep.equal(ids(conditionsForRegion(r)));
  });

  it('adds the anywhere-in-the-knee conditions to each region, without repeating one already listed', () => {
    for (const r of regionIds) {
      const {local, anywhere} = conditionsForRegion(r);
      const localIds = local.map((c) => c.id);
      expect(anywhere.map((c) => c.id)).to.include('osteoarthritis');
      for (const c of anywhere) expect(localIds).to.not.include(c.id);
      expect([...localIds, ...anywhere.map((c) => c.id)]).to.include('meniscus-tear');
    }
  });

  it('marks the PCL injury as serious', () => {
    expect(all['pcl-injury'].serious).to.equal(true);
    expect(all['runners-knee'].serious).to.not.equal(true);
  });

  it('names every region and cites every fact', () => {
    for (const r of regionIds) expect(regions()[r].name).to.not.equal('');
    const facts = kneeFacts();
    expect(facts.map((f) => f.sources[0])).to.deep.equal(['van-der-worp-2015', 'taunton-2002', 'coach-article']);
    for (const id of sourceIds) expect(sources()[id].citation).to.not.equal('');
  });

  // The coach's article answers the fear under every other figure here ("Why running is NOT bad for your
  // knees"), and nothing in the widgets said it: a runner reading that half of running injuries are knee
  // injuries, and that cartilage wears thin with osteoarthritis, was left to think running wears knees out.
  it('says that running is not bad for your knees, cited to the coach', () => {
    const fact = kneeFacts().find((f) => /not bad for your knees/.test(f.text));
    expect(fact, 'the reassurance is a fact').to.exist;
    expect(fact!.text).to.match(/stronger/).and.match(/arthritis/);
    // As the article goes on at once: shown to runners in pain, it is no reason to run through it.
    expect(fact!.text, 'with its caveat').to.match(/do not run through pain\.$/);
    expect(fact!.sources).to.deep.equal(['coach-article']);
  });

  // Overpronation is a cause on two cards, and What helps said nothing about it: the clinic's article sends
  // runners to a running shoe shop for fitted shoes, and the coach's names shoe inserts (orthotics) among
  // what a physiotherapist offers.
  it('says what helps feet that roll inward wherever it names them as a cause', () => {
    const named = Object.values(all).filter((c) => c.causes.some((cause) => /overpronation/.test(cause)));
    expect(named.map((c) => c.id)).to.have.members(['runners-knee', 'it-band-syndrome']);
    for (const c of named) {
      const help = c.helps.find((h) => /roll inward/.test(h));
      expect(help, c.id).to.exist;
      expect(help, c.id).to.match(/running shoe shop/).and.match(/shoe inserts \(orthotics\)/);
      expect(c.sources, c.id).to.include.members(['clinic-article', 'coach-article']);
    }
  });

  it('names each source once: a citation never repeats the title shown after it', () => {
    for (const s of Object.values(sources())) if (s.title) expect(s.citation, s.id).to.not.contain(s.title);
  });

  it('links studies by DOI over https', () => {
    for (const s of Object.values(sources())) {
      if (s.url) expect(s.url, s.id).to.match(/^https:\/\/(doi\.org\/10\.|www\.nhs\.uk\/)/);
    }
  });
});
