import {expect, fixture, html, waitUntil} from '@open-wc/testing';
// Defined, but none in the page yet: a page that has only a knee map must not load the tips' part.
import '../src/knee-map/knee-map.js';
import '../src/recovery-tips/recovery-tips.js';
import '../src/knee-pain-check/knee-pain-check.js';
import '../src/training-load/training-load.js';
import type {KneeMap} from '../src/knee-map/knee-map.js';
import type {RecoveryTips} from '../src/recovery-tips/recovery-tips.js';
import type {KneePainCheck} from '../src/knee-pain-check/knee-pain-check.js';
import {getLocale, setLocale} from '../src/shared/locale.js';
import {partLoaders, partsByTag} from '../src/generated/locale-parts.js';
import {captureWarnings, LOADING, titleText} from './helpers.js';

/** The translation parts of `locale` this page has fetched so far (their module names). */
const fetched = (locale: string) =>
  performance
    .getEntriesByType('resource')
    .map((e) => e.name.match(new RegExp(`/locales/parts/${locale}-([\\w-]+)\\.(?:js|ts)`))?.[1])
    .filter((p): p is string => !!p)
    .sort();

/** The first tip's title: its text comes from the `tips` part, not from the widget's own. */
const firstTip = (el: Element) => el.shadowRoot!.querySelector('.tip-title')!.textContent!.trim();

/** The language a widget says its text is in. */
const lang = (el: Element) => el.shadowRoot?.querySelector('[part="base"]')?.getAttribute('lang');

type Loader = () => Promise<{templates: Record<string, unknown>}>;

/**
 * Runs `body` with `locale`'s `part` loaded by `standIn(original)` (a network that fails or is slow), the
 * console's warnings collected; then puts the real loader and the console back.
 */
async function withPart(locale: string, part: string, standIn: (original: Loader) => Loader, body: (warnings: string[]) => Promise<void>) {
  const original = partLoaders[locale]![part]!;
  partLoaders[locale]![part] = standIn(original);
  const warnings = captureWarnings();
  try {
    await body(warnings.messages);
  } finally {
    partLoaders[locale]![part] = original;
    warnings.restore();
  }
}

describe('translations load in parts', () => {
  before(() => performance.setResourceTimingBufferSize(10000));
  after(() => setLocale(null));

  it('splits each language by widget, with the shared knee content apart', () => {
    expect(partsByTag['knee-map']).to.include.members(['common', 'conditions']);
    expect(partsByTag['recovery-tips']).to.include.members(['common', 'tips']);
    expect(partsByTag['knee-pain-check']).to.include.members(['common', 'conditions', 'tips', 'knee-pain-check']);
    expect(partsByTag['knee-map']).to.not.include('tips');
    expect(partsByTag['recovery-tips']).to.not.include('conditions');
    // The check shows only names and one line: the map's and the tips' longer texts are their own parts.
    expect(partsByTag['knee-pain-check']).to.not.include('knee-map').and.not.include('recovery-tips');
    for (const parts of Object.values(partsByTag)) expect(parts).to.include('common');
  });

  it("loads only the parts of the widgets in the page, and later widgets' when they arrive", async () => {
    const map = await fixture<KneeMap>(html`<knee-map></knee-map>`);
    const english = titleText(map);
    await setLocale('de');
    await map.updateComplete;
    expect(getLocale()).to.equal('de');
    expect(titleText(map)).to.not.equal(english);
    expect(fetched('de')).to.deep.equal([...partsByTag['knee-map']!].sort());

    // Two recovery-tips added together, while German shows: both fetch-and-wait on one part, and both
    // render again in German when it arrives.
    const a = document.createElement('recovery-tips') as RecoveryTips;
    const b = document.createElement('recovery-tips') as RecoveryTips;
    map.after(a, b);
    await waitUntil(() => fetched('de').includes('tips'), 'the tips part is fetched', LOADING);
    await waitUntil(() => firstTip(a) === 'Plane Ruhetage ein' && firstTip(b) === 'Plane Ruhetage ein', 'both show German tips', LOADING);
    expect(fetched('de').filter((p) => p === 'tips'), 'asked for once').to.have.length(1);
    expect(fetched('de')).to.not.include('shoe-mileage').and.not.include('training-load');
    a.remove();
    b.remove();
    map.remove();
  });

  it('shows a language without the part that failed to load, warns once, and tries again later', async () => {
    let fail = true;
    let asked = 0;
    await withPart('fr', 'tips', (original) => () => (asked++, fail ? Promise.reject(new Error('offline')) : original()), async (warnings) => {
      const wrap = await fixture<HTMLDivElement>(html`<div><knee-map></knee-map><recovery-tips></recovery-tips></div>`);
      const [map, tips] = [...wrap.children] as [KneeMap, RecoveryTips];
      const english = titleText(map);
      await setLocale('fr');
      expect(getLocale(), 'one missing part does not keep the language away').to.equal('fr');
      await map.updateComplete;
      await tips.updateComplete;
      expect(titleText(map)).to.not.equal(english);
      expect(firstTip(tips), 'the tips are in English').to.equal('Plan rest days');
      expect(warnings.filter((m) => m.includes('"tips"'))).to.have.length(1);

      // The network is back: the next widget that needs the part asks again, and every widget shows it.
      fail = false;
      const before = asked;
      const more = document.createElement('recovery-tips');
      wrap.append(more);
      expect(asked, 'asked again at once by the widget that needs it (not the retry timer)').to.equal(before + 1);
      await waitUntil(() => firstTip(tips) !== 'Plan rest days', 'the first recovery-tips shows French tips', LOADING);
      await waitUntil(() => firstTip(more) === firstTip(tips), 'the second follows', LOADING);
      expect(warnings.filter((m) => m.includes('"tips"'))).to.have.length(1);
    });
  });

  it("marks a widget's text as English while its own part is missing, so a screen reader uses the right voice", async () => {
    let fail = true;
    let asked = 0;
    await withPart('es', 'knee-map', (original) => () => (asked++, fail ? Promise.reject(new Error('offline')) : original()), async () => {
      const map = await fixture<KneeMap>(html`<knee-map></knee-map>`);
      await setLocale('es');
      await map.updateComplete;
      expect(getLocale()).to.equal('es');
      expect(lang(map), 'its own text is in English').to.equal('en');
      fail = false;
      const before = asked;
      const more = document.createElement('knee-map');
      map.after(more);
      expect(asked, 'asked again at once').to.equal(before + 1);
      await waitUntil(() => lang(map) === 'es' && lang(more) === 'es', 'both in Spanish once the part is in', LOADING);
      // A widget under a tag of the page's own choosing has all the parts, and says so.
      class ClinicMap extends (customElements.get('knee-map') as CustomElementConstructor) {}
      customElements.define('clinic-knee-map', ClinicMap);
      const own = document.createElement('clinic-knee-map');
      map.after(own);
      await waitUntil(() => lang(own) === 'es', 'its own tag in Spanish too', LOADING);
      own.remove();
      more.remove();
      map.remove();
    });
  });

  it('asks again by itself for a part that failed to load (a dropped request), and when the device is back online', async () => {
    let fail = true;
    let asked = 0;
    const standIn = (original: Loader) => () => (asked++, fail ? Promise.reject(new Error('connection reset')) : original());
    await withPart('de', 'knee-pain-check', standIn, async (warnings) => {
      const check = await fixture<KneePainCheck>(html`<knee-pain-check></knee-pain-check>`);
      await setLocale('de');
      await waitUntil(() => warnings.some((m) => m.includes('"knee-pain-check"')), 'the failure is reported', LOADING);
      expect(lang(check), 'in English meanwhile').to.equal('en');
      // Back online: asked again at once (no widget added, no language switch).
      window.dispatchEvent(new Event('online'));
      expect(asked, 'asked again when the device is back online').to.equal(2);
      // Still failing; then the network recovers, and the next try, on a timer, brings it in.
      await waitUntil(() => warnings.length === 1 && asked === 2, 'the second failure settles, with no second warning', LOADING);
      fail = false;
      await waitUntil(() => lang(check) === 'de', 'shown in German after a try of its own', {timeout: 15000});
      expect(warnings.filter((m) => m.includes('"knee-pain-check"')), 'warned once').to.have.length(1);
      check.remove();
    });
  });

  it('shows a language without a part that is slow to come, and the part when it comes', async () => {
    let arrive = () => {};
    const standIn = (original: Loader) => () => new Promise<Awaited<ReturnType<Loader>>>((resolve) => (arrive = () => resolve(original())));
    await withPart('fr', 'training-load', standIn, async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div><knee-map></knee-map><training-load storage="none"></training-load></div>`);
      const [map, load] = [...wrap.children] as [KneeMap, HTMLElement];
      await setLocale('fr');
      await map.updateComplete;
      expect(getLocale(), 'the language shows while one part is on its way').to.equal('fr');
      expect(lang(map)).to.equal('fr');
      expect(lang(load), 'the widget whose part is late stays English').to.equal('en');
      arrive();
      await waitUntil(() => lang(load) === 'fr', 'and follows when its part comes', LOADING);
      wrap.remove();
    });
  });
});
