import {aTimeout, expect, waitUntil} from '@open-wc/testing';
// A page of its own: no language has loaded here yet, and no widget is in the page.
import '../src/knee-map/knee-map.js';
import type {KneeMap} from '../src/knee-map/knee-map.js';
import {setLocale} from '../src/shared/locale.js';
import {partLoaders} from '../src/generated/locale-parts.js';
import {captureWarnings, LOADING, titleText} from './helpers.js';

type Loader = () => Promise<{templates: Record<string, unknown>}>;

/** Holds `locale`'s `part` back until the returned function is called (a slow network). */
function holdPart(locale: string, part: string): {arrive: () => void; restore: () => void} {
  const original = partLoaders[locale]![part]! as Loader;
  // Fetched now, so that it is in at once when let through: the test server compiles each module on
  // first request, which on a loaded machine took longer than the wait's own second.
  void original();
  let arrive = () => {};
  partLoaders[locale]![part] = () => new Promise((resolve) => (arrive = () => resolve(original())));
  return {arrive: () => arrive(), restore: () => (partLoaders[locale]![part] = original)};
}

const lang = (el: Element) => el.shadowRoot?.querySelector('[part="base"]')?.getAttribute('lang');
/** Whether the widget's title shows (not hidden while its words are on their way). */
const shown = (el: Element) => {
  const title = el.shadowRoot?.querySelector('[part~="title"]');
  return !!title && getComputedStyle(title).visibility === 'visible';
};

describe('a widget first renders in the page language', () => {
  after(() => setLocale(null));

  it('waits for its words a moment, instead of showing English and then changing and growing', async () => {
    await setLocale('es');
    const held = holdPart('es', 'knee-map');
    try {
      const map = document.createElement('knee-map') as KneeMap;
      document.body.append(map);
      await aTimeout(200);
      expect(shown(map), 'nothing shows while its Spanish is on its way').to.equal(false);
      // But it takes its room: empty, it took none, and the page moved twice.
      expect(map.getBoundingClientRect().height).to.be.above(300);
      held.arrive();
      // Shown in Spanish once its words are in. (Should the wait's own second still end first on a loaded
      // machine, English shows until they do, as the next test expects: so this waits for the Spanish
      // title, not for the first thing shown. Shown too early, the check above fails.) Its lang says Spanish
      // once every part it shows is in: on a loaded machine the map's own part (the title) can come before
      // the conditions', and lang stays "en" a moment (a clean-clone CI run in Firefox).
      await waitUntil(
        () => shown(map) && titleText(map) === '¿Dónde te duele la rodilla?' && lang(map) === 'es',
        'shown in Spanish, lang too, once its words are in',
        LOADING,
      );
      map.remove();
    } finally {
      held.restore();
    }
  });

  it('shows English after a second when its words are slower, and changes when they come', async () => {
    await setLocale('en');
    const held = holdPart('de', 'knee-map');
    const warnings = captureWarnings();
    // Not awaited: the language waits 3 seconds for the part before it shows without it.
    const switched = setLocale('de');
    let gaveUp = false;
    void switched.then(() => (gaveUp = true));
    try {
      const map = document.createElement('knee-map') as KneeMap;
      document.body.append(map);
      await waitUntil(() => shown(map), 'shown, in English, after a second', LOADING);
      expect(gaveUp, 'before the language stops waiting for the part, 3 seconds in').to.equal(false);
      expect(titleText(map)).to.equal('Where does your knee hurt?');
      expect(lang(map), 'and marked English for a screen reader').to.equal('en');
      await switched;
      held.arrive();
      await waitUntil(() => lang(map) === 'de', 'then German', LOADING);
      expect(titleText(map)).to.equal('Wo tut dein Knie weh?');
      map.remove();
    } finally {
      held.restore();
      warnings.restore();
    }
  });

  it('renders at once in English, and once a language is in', async () => {
    for (const locale of ['en', 'es']) {
      await setLocale(locale);
      const map = document.createElement('knee-map') as KneeMap;
      document.body.append(map);
      await map.updateComplete;
      expect(shown(map), `${locale}: at once`).to.equal(true);
      map.remove();
    }
  });
});
