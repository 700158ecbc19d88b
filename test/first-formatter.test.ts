import {expect} from '@open-wc/testing';
// A page of its own: no Intl formatter has been made here yet (format.ts keeps each one it makes).
import '../src/index.js';
import type {LitElement} from 'lit';

/**
 * The first Intl formatter a page makes costs 25 to 70 ms here, four times that on a slow phone (it loads
 * the browser's locale data): a widget that shows no number or date makes none to render. Whole numbers
 * under a thousand skip Intl for that (format.ts), and "Last updated: December 2026", under every widget,
 * is a message rather than Intl's month.
 */
describe('a first render', () => {
  it('makes no Intl formatter in the map, the tips or the pain check', async () => {
    const made: string[] = [];
    const real = {DateTimeFormat: Intl.DateTimeFormat, NumberFormat: Intl.NumberFormat, ListFormat: Intl.ListFormat, PluralRules: Intl.PluralRules};
    for (const [name, Format] of Object.entries(real)) {
      (Intl as Record<string, unknown>)[name] = new Proxy(Format, {construct: (F, args) => (made.push(name), new (F as new (...a: unknown[]) => object)(...args))});
    }
    try {
      for (const tag of ['knee-map', 'recovery-tips', 'knee-pain-check']) {
        const el = document.createElement(tag) as LitElement;
        document.body.append(el);
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('[part="disclaimer"]')!.textContent, `${tag} shows the month`).to.contain('Last updated: ');
        expect(made, tag).to.deep.equal([]);
        el.remove();
      }
    } finally {
      Object.assign(Intl, real);
    }
  });
});
