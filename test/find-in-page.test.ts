import {expect} from '@open-wc/testing';
import {executeServerCommand, sendKeys} from '@web/test-runner-commands';
import '../src/index.js';
import {mounted, settled} from './widgets.js';
import {cannotFindInFolds} from './helpers.js';
import {setLocale} from '../src/shared/locale.js';

/**
 * A reader looks for a word on the page (Ctrl+F, a phone's "Find in page"), or follows a link to a quote
 * in it (a search result's, or one shared: `#:~:text=…`). What the map and the tips fold away is in the
 * page, hidden until found, so both reach it and unfold it, as they would a page's own `<details>`.
 */

const folds = (el: HTMLElement) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('.details')];
const toggleOf = (fold: HTMLElement) => (fold.getRootNode() as ShadowRoot).querySelector<HTMLButtonElement>(`[aria-controls="${fold.id}"]`)!;
/** The widget's style rules on screen that set `display` on `el`. */
function displaySetOn(el: Element): string[] {
  const rules = (list: CSSRuleList): CSSRule[] =>
    [...list].flatMap((r) => (r instanceof CSSMediaRule ? (matchMedia(r.media.mediaText).matches ? rules(r.cssRules) : []) : [r]));
  const sheets = (el.getRootNode() as ShadowRoot).adoptedStyleSheets;
  return sheets
    .flatMap((sheet) => rules(sheet.cssRules))
    .filter((r): r is CSSStyleRule => r instanceof CSSStyleRule && !!r.style.display && el.matches(r.selectorText))
    .map((r) => r.selectorText);
}

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
        // WebKit shows a screen reader what hidden until found hides.
        expect(fold.getAttribute('aria-hidden'), fold.id).to.equal('true');
        // Hidden by the browser's own style: a display of the widget's would show wide open a fold that a
        // browser hides as plain hidden (see the browsers that can't find, below).
        expect(displaySetOn(fold), fold.id).to.deep.equal([]);
      }
      await expect(el).to.be.accessible();
      // The browser tells the fold it found a match in before it shows it.
      const found = all[1];
      found.dispatchEvent(new Event('beforematch', {bubbles: true}));
      await settled(el);
      expect(toggleOf(found).getAttribute('aria-expanded'), 'its toggle says it is open').to.equal('true');
      expect(found.hasAttribute('hidden')).to.be.false;
      expect(found.hasAttribute('aria-hidden')).to.be.false;
      expect(all.filter((f) => f.hasAttribute('hidden')).length, 'the others stay folded').to.equal(all.length - 1);
      // Folded again by its toggle, it can still be found.
      toggleOf(found).click();
      await settled(el);
      expect(found.getAttribute('hidden')).to.equal('until-found');
      expect(found.textContent!.trim()).to.not.equal('');
    });
  }

  // In German too, whose words arrive after the bundle, and may arrive after the browser has looked.
  for (const lang of ['en', 'de'] as const) {
    it(`unfolds the cause and the tip that a link to a quote points into (${lang})`, async function () {
      await setLocale(lang);
      try {
        const map = await mounted('knee-map', {region: 'outer'});
        const tips = await mounted('recovery-tips', {});
        for (const fold of [folds(map)[1], folds(tips)[2]]) {
          const url = new URL(`/test/fixtures/quotes.html?lang=${lang}#:~:text=${encodeURIComponent(phraseIn(fold))}`, location.href).href;
          const seen = await executeServerCommand<false | {expanded: string[]; shown: string[]}, {url: string}>('quote-link', {url});
          if (seen === false) return this.skip();
          expect(seen.expanded, phraseIn(fold)).to.deep.equal([fold.id]);
          expect(seen.shown).to.deep.equal([fold.id]);
        }
      } finally {
        await setLocale(null);
      }
    });
  }

  it('never takes Tab into a folded tip', async function () {
    const tips = await mounted('recovery-tips', {limit: '3'});
    // Somewhere for Tab to go after the tips: out of the page, the test pages after this one lose focus.
    document.body.append(document.createElement('button'));
    const root = tips.shadowRoot!;
    const first = root.querySelector<HTMLElement>('[role="toolbar"] button')!;
    first.focus();
    await sendKeys({press: 'Tab'});
    // WebKit's Tab, as Safari's by default, passes over buttons and links.
    if (root.activeElement === first) return this.skip();
    const all = folds(tips);
    const stops: string[] = [];
    let past = false;
    for (let i = 0; i < 40 && root.activeElement; i++) {
      const at = root.activeElement;
      if (at.closest('.details[hidden]')) stops.push(at.outerHTML.slice(0, 60));
      past ||= !!(all.at(-1)!.compareDocumentPosition(at) & Node.DOCUMENT_POSITION_FOLLOWING);
      await sendKeys({press: 'Tab'});
    }
    expect(stops, 'stops inside a fold').to.deep.equal([]);
    expect(past, 'Tab went on past the last fold').to.be.true;
  });

  // (Without beforematch, the same folds are checked in print.test.ts and recovery-tips.test.ts.)
  describe("in a browser without until-found (Firefox 139–147; Safari 26.2 by MDN's data)", () => {
    cannotFindInFolds('until-found');

    it('builds a fold only when it is unfolded: hidden, it could not be found, only paid for', async () => {
      for (const [tag, attributes] of [
        ['knee-map', {region: 'outer'}],
        ['recovery-tips', {}],
      ] as const) {
        const el = await mounted(tag, attributes);
        const all = folds(el);
        expect(all.length, tag).to.be.at.least(2);
        expect(
          all.map((f) => [f.getAttribute('hidden'), f.childElementCount]),
          `${tag}: plain hidden and empty`,
        ).to.deep.equal(all.map(() => ['', 0]));
        toggleOf(all[1]).click();
        await settled(el);
        expect(all[1].hasAttribute('hidden')).to.be.false;
        expect(all[1].textContent!.trim(), `${tag}: unfolded, it is there`).to.not.equal('');
        el.remove();
      }
    });
  });
});
