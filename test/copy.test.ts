import {expect} from '@open-wc/testing';
import '../src/index.js';
import {answerPainCheck, mounted} from './widgets.js';

/**
 * A runner selects the map's advice, the pain check's result or their weeks and pastes them into a
 * message to their physio. What they paste is what they saw: the words only a screen reader gets (a
 * link's "(opens in a new tab)", a toggle's "…: IT band syndrome", a distance's "(miles)", the chart's
 * table) stay out of it, as they are not on the screen.
 */
describe('copying a widget’s text', () => {
  afterEach(() => {
    getSelection()!.removeAllRanges();
    document.querySelectorAll('body > *').forEach((n) => n.remove());
  });

  /** What a selection of `el`'s whole content gives (the text a copy puts on the clipboard). */
  function selected(el: HTMLElement): string {
    const root = el.shadowRoot!;
    getSelection()!.selectAllChildren(root.querySelector('section') ?? root.firstElementChild!);
    return getSelection()!.toString();
  }

  it('leaves out what only a screen reader gets', async () => {
    const map = await mounted('knee-map', {region: 'outer'});
    const check = await mounted('knee-pain-check', {});
    await answerPainCheck(check, {region: 'outer'});
    const load = await mounted('training-load', {storage: 'none', weeks: '30,32,35,38,41', unit: 'km'});
    const hiddenTexts = (el: HTMLElement) =>
      [...el.shadowRoot!.querySelectorAll('.sr-only')].map((s) => s.textContent!.trim()).filter((t) => t.length > 2);
    for (const el of [map, check, load]) {
      const text = selected(el);
      expect(text, el.localName).to.contain('Sources:');
      expect(hiddenTexts(el), el.localName).to.not.be.empty;
      // Each piece of hidden text, with what comes before it on screen (its toggle, its link, its figure).
      for (const s of el.shadowRoot!.querySelectorAll<HTMLElement>('.sr-only')) {
        const hidden = s.textContent!.trim();
        const before = s.previousSibling?.textContent?.trim();
        if (hidden.length > 2 && before) expect(text, el.localName).to.not.contain(`${before}${s.textContent!}`.trim());
      }
      expect(text, el.localName).to.not.contain('(opens in a new tab)');
    }
    expect(selected(map)).to.not.contain('Symptoms, causes and what helps: IT band syndrome');
    expect(selected(load)).to.not.match(/km \(kilometres\)|29 to 32 kilometres|Your weekly distance, oldest first/);
  });
});
