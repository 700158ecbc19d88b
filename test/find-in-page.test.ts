import {expect} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import '../src/index.js';
import {create, settled} from './widgets.js';

/**
 * A reader looks for a word on the page (Ctrl+F, a phone's "Find in page"), or follows a link to a quote
 * in it (a search result's, or one shared: `#:~:text=…`). What the map and the tips fold away is in the
 * page, hidden until found, so both reach it and unfold it, as they would a page's own `<details>`.
 */

async function mounted(tag: string, attributes: Record<string, string>): Promise<HTMLElement> {
  const el = create(tag, attributes);
  document.body.append(el);
  await settled(el);
  return el;
}
const folds = (el: HTMLElement) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('.details')];
const toggleOf = (fold: HTMLElement) => (fold.getRootNode() as ShadowRoot).querySelector<HTMLButtonElement>(`[aria-controls="${fold.id}"]`)!;
/** A phrase from the middle of a fold's text, as a reader would look for it. */
const phraseIn = (fold: HTMLElement) => fold.querySelector('p')!.textContent!.trim().split(/\s+/).slice(1, 6).join(' ');

describe('find in page', () => {
  afterEach(() => document.querySelectorAll('body > *').forEach((n) => n.remove()));

  for (const [tag, attributes] of [
    ['knee-map', {region: 'outer'}],
    ['recovery-tips', {}],
  ] as const) {
    it(`finds what <${tag}> folds away, and unfolds it where it is found`, async () => {
      const el = await mounted(tag, attributes);
      const all = folds(el);
      expect(all.length, 'folded causes or tips').to.be.at.least(2);
      for (const fold of all) {
        expect(fold.getAttribute('hidden'), fold.id).to.equal('until-found');
        expect(fold.textContent!.trim(), `${fold.id} is in the page`).to.not.equal('');
      }
      // The browser tells the fold it found a match in before it shows it.
      const found = all[1];
      found.dispatchEvent(new Event('beforematch', {bubbles: true}));
      await settled(el);
      expect(toggleOf(found).getAttribute('aria-expanded'), 'its toggle says it is open').to.equal('true');
      expect(found.hasAttribute('hidden')).to.be.false;
      expect(all.filter((f) => f.hasAttribute('hidden')).length, 'the others stay folded').to.equal(all.length - 1);
      // Folded again by its toggle, it can still be found.
      toggleOf(found).click();
      await settled(el);
      expect(found.getAttribute('hidden')).to.equal('until-found');
      expect(found.textContent!.trim()).to.not.equal('');
    });
  }

  it('unfolds the cause and the tip that a link to a quote points into', async function () {
    const map = await mounted('knee-map', {region: 'outer'});
    const tips = await mounted('recovery-tips', {});
    for (const fold of [folds(map)[1], folds(tips)[2]]) {
      const url = new URL(`/test/fixtures/quotes.html#:~:text=${encodeURIComponent(phraseIn(fold))}`, location.href).href;
      const seen = await executeServerCommand<false | {expanded: string[]; shown: string[]}, {url: string}>('quote-link', {url});
      if (seen === false) return this.skip();
      expect(seen.expanded, phraseIn(fold)).to.deep.equal([fold.id]);
      expect(seen.shown).to.deep.equal([fold.id]);
    }
  });
});
