import {expect} from '@open-wc/testing';
import '../src/index.js';
import {mounted, settled, widgets} from './widgets.js';

/**
 * A reader translates the page with the browser or an extension (Google Translate, Edge's, Immersive
 * Translate): it takes each text node out and puts its translation in `<font>` elements where it was,
 * also in open shadow roots and in what is added later. Lit updates a text in place, on the node it made,
 * so a text changed after that went nowhere: without a word or an error, the map went on showing the
 * outer knee's causes for the inner knee, the pain check question 1 over question 2's answers, and
 * training-load last figures. The widgets are marked `translate="no"`: a translator leaves them as they
 * are, in the page's language (Spanish, French or German where the translator sets `<html lang>` to one).
 */
describe('a page translated by the browser', () => {
  const observers: MutationObserver[] = [];
  afterEach(() => {
    observers.splice(0).forEach((o) => o.disconnect());
    document.querySelectorAll('body > *').forEach((n) => n.remove());
  });

  /** What Google Translate does to the text it may translate: all but what is marked `translate="no"`. */
  function translate(root: ShadowRoot): void {
    const wrap = (node: Node) => {
      const texts: Text[] = [];
      const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
      if (node instanceof Text) texts.push(node);
      while (walker.nextNode()) texts.push(walker.currentNode as Text);
      for (const text of texts) {
        const parent = text.parentElement;
        if (!text.data.trim() || !parent || parent.closest('[translate="no"], style, font')) continue;
        const font = document.createElement('font');
        font.append(document.createElement('font'));
        font.firstChild!.textContent = text.data;
        text.replaceWith(font);
      }
    };
    wrap(root);
    const observer = new MutationObserver((records) => records.forEach((r) => r.addedNodes.forEach(wrap)));
    observer.observe(root, {childList: true, subtree: true});
    observers.push(observer);
  }

  it('leaves every text of all five widgets to them: none is swapped for a translation', async () => {
    // The recovery tips' count and filters and the shoe list's messages change in place too. Every widget
    // in each of the states the shared list (test/widgets.ts) names, not a list of this file's own.
    const els: HTMLElement[] = [];
    for (const widget of widgets) for (const state of widget.states) els.push(await mounted(widget.tag, state));
    for (const el of els) translate(el.shadowRoot!);
    const swapped = els.filter((el) => el.shadowRoot!.querySelector('font')).map((el) => el.localName);
    expect(swapped).to.deep.equal([]);
  });

  const $ = (el: HTMLElement, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector)!;

  it('shows what the reader chose, not what the first translation found', async () => {
    const map = await mounted('knee-map', {region: 'outer'});
    const check = await mounted('knee-pain-check', {});
    const load = await mounted('training-load', {storage: 'none', weeks: '30,32,35,38,41', unit: 'km'});
    for (const el of [map, check, load]) translate(el.shadowRoot!);

    $(map, '[data-region="inner"]').dispatchEvent(new MouseEvent('click', {bubbles: true}));
    $(check, 'input[value="outer"]').click();
    await settled(check);
    $(check, '[part="next"]').click();
    const week = load.shadowRoot!.querySelectorAll<HTMLInputElement>('.week input')[4];
    week!.value = '60';
    week!.dispatchEvent(new InputEvent('input', {bubbles: true, composed: true}));
    for (const el of [map, check, load]) await settled(el);

    const text = (el: HTMLElement, selector: string) => $(el, selector).textContent!;
    expect({
      spot: text(map, '.panel-title').includes('Inner knee'),
      step: text(check, '.count').includes('2 of 9'),
      question: text(check, '#step-title-text').includes('How did the pain start?'),
      figures: /60\skm this week/.test(text(load, '[part="results"]')),
    }).to.deep.equal({spot: true, step: true, question: true, figures: true});
  });
});
