import {expect} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import {bookingInBox, create, settled, widgets} from './widgets.js';
import {captureWarnings, UNREADABLE} from './helpers.js';

/**
 * Elements can exist before the script loads, be made with createElement and configured by property,
 * be moved, removed and added back. This file imports the library only after making elements, so the
 * first test sees a real upgrade.
 */

type Counted = {added: number; removed: number};
const listeners = new Map<EventTarget, Counted>();
const add = EventTarget.prototype.addEventListener;
const remove = EventTarget.prototype.removeEventListener;

function countListeners(): () => void {
  listeners.clear();
  const tally = (target: EventTarget, key: keyof Counted) => {
    if (target !== window && target !== document) return;
    const c = listeners.get(target) ?? {added: 0, removed: 0};
    c[key]++;
    listeners.set(target, c);
  };
  EventTarget.prototype.addEventListener = function (this: EventTarget, ...args: Parameters<typeof add>) {
    tally(this, 'added');
    return add.apply(this, args);
  };
  EventTarget.prototype.removeEventListener = function (this: EventTarget, ...args: Parameters<typeof remove>) {
    tally(this, 'removed');
    return remove.apply(this, args);
  };
  return () => {
    EventTarget.prototype.addEventListener = add;
    EventTarget.prototype.removeEventListener = remove;
  };
}

describe('lifecycle', () => {
  it('upgrades elements that were in the page before the script, keeping attributes and properties', async () => {
    const byAttribute = create('knee-map', {region: 'inner', side: 'left'});
    const byProperty = create('knee-map') as HTMLElement & {region?: string};
    byProperty.region = 'back';
    document.body.append(byAttribute, byProperty);
    expect(customElements.get('knee-map'), 'not defined yet').to.equal(undefined);
    // What a page puts inside a tag (the README's fallback link) shows where the widget can't run, and
    // only there: it has no slot in any widget.
    const withFallback = widgets.map((w) => {
      const el = create(w.tag);
      el.innerHTML = '<a href="/knee-pain">Read about knee pain after running</a>';
      document.body.append(el);
      return el;
    });
    const shows = (el: HTMLElement) => el.querySelector('a')!.getClientRects().length > 0;
    for (const el of withFallback) expect(shows(el), `${el.localName}'s fallback before the script`).to.equal(true);

    await import('../src/index.js');
    await settled(byAttribute);
    await settled(byProperty);
    for (const el of withFallback) {
      await settled(el);
      expect(el.shadowRoot!.querySelector('h2, [role="heading"]'), `${el.localName} rendered`).to.exist;
      expect(shows(el), `${el.localName}'s fallback once it runs`).to.equal(false);
      el.remove();
    }
    expect(byAttribute.shadowRoot!.querySelector('[data-region="inner"]')!.getAttribute('aria-selected')).to.equal('true');
    expect(byProperty.getAttribute('view'), 'the back region switched to the back view').to.equal('back');
    expect(byProperty.shadowRoot!.querySelector('[data-region="back"]')!.getAttribute('aria-selected')).to.equal('true');
    byAttribute.remove();
    byProperty.remove();
  });

  for (const w of widgets) {
    it(`<${w.tag}> made with createElement and configured by property works`, async () => {
      const el = document.createElement(w.tag) as HTMLElement & Record<string, unknown>;
      el.theme = 'dark';
      document.body.append(el);
      await settled(el);
      expect(el.getAttribute('theme')).to.equal('dark');
      expect(el.shadowRoot!.childElementCount).to.be.above(0);
      el.remove();
    });

    it(`<${w.tag}> adds no attribute of its own to its tag, so a server-rendered page hydrates as it was sent`, async () => {
      // React's hydration reported theme="auto" and view="front", sprouted by every widget, as a mismatch.
      const host = document.createElement('div');
      host.innerHTML = `<${w.tag} storage="none"></${w.tag}>`;
      document.body.append(host);
      const el = host.firstElementChild as HTMLElement & Record<string, unknown>;
      try {
        await settled(el);
        expect(el.shadowRoot!.childElementCount, 'rendered').to.be.above(0);
        expect(el.getAttributeNames()).to.deep.equal(['storage']);
        expect(el.theme, 'the property still reads its default').to.equal('auto');
        if (w.tag === 'knee-map') expect([el.view, el.side]).to.deep.equal(['front', 'right']);
        el.theme = 'dark';
        await settled(el);
        el.theme = 'auto';
        await settled(el);
        expect(el.getAttribute('theme'), 'set by the page, it is reflected').to.equal('auto');
        el.theme = 'dark';
        await settled(el);
        el.removeAttribute('theme');
        await settled(el);
        expect(el.theme, 'the attribute taken away gives the default back').to.equal('auto');
      } finally {
        host.remove();
      }
    });

    it(`<${w.tag}> theme=" dark " (spaces left in by a page builder) warns once and stays auto, as its styles do`, async () => {
      const warnings = captureWarnings();
      const el = document.createElement(w.tag);
      el.setAttribute('theme', ' dark ');
      document.body.append(el);
      await settled(el);
      warnings.restore();
      expect(getComputedStyle(el).colorScheme, 'not dark: the styles match the attribute as written').to.not.equal('dark');
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('theme=" dark " is not one of auto, light, dark; using "auto"');
      el.setAttribute('theme', 'DARK');
      await settled(el);
      expect(getComputedStyle(el).colorScheme, 'case does not matter').to.equal('dark');
      el.remove();
    });

    it(`<${w.tag}> heading (and a booking link's cta-label) of only spaces fall back to the built-in words, with one warning each, in any language`, async () => {
      // Imported here: this file loads the library only after its first test (see above).
      const {setLocale} = await import('../src/shared/locale.js');
      const builtIn = document.createElement(w.tag);
      document.body.append(builtIn);
      await settled(builtIn);
      const title = (el: Element) => el.shadowRoot!.querySelector('#title')!.textContent!;
      const expected = title(builtIn);
      builtIn.remove();
      const warnings = captureWarnings();
      const el = document.createElement(w.tag) as HTMLElement & {heading: unknown; requestUpdate(): void};
      el.setAttribute('heading', '   ');
      const booking = (bookingInBox as readonly string[]).includes(w.tag);
      if (booking) {
        el.setAttribute('cta-href', 'https://clinic.example/book');
        el.setAttribute('cta-label', ' \t ');
      }
      try {
        document.body.append(el);
        await settled(el);
        el.requestUpdate();
        await settled(el);
        // A German page: the built-in words change as the translation arrives, the warning doesn't.
        await setLocale('de');
        await settled(el);
      } finally {
        await setLocale(null);
        warnings.restore();
      }
      await settled(el);
      // An empty heading, and a link with no name (axe: link-name), before.
      expect(title(el)).to.equal(expected);
      expect(warnings.messages.filter((m) => m.includes('heading is only spaces'))).to.have.length(1);
      if (booking) {
        const cta = el.shadowRoot!.querySelector('a[part="cta"]');
        expect(cta!.textContent!.trim()).to.equal('Book an assessment');
        expect(warnings.messages.filter((m) => m.includes('cta-label is only spaces'))).to.have.length(1);
      }
      el.setAttribute('heading', ' Knee pain? ');
      await settled(el);
      expect(title(el), 'a real heading, trimmed').to.equal('Knee pain?');
      // A framework may set a number: shown, not thrown on.
      el.heading = 2024;
      await settled(el);
      expect(title(el)).to.equal('2024');
      el.remove();
    });

    if (w.persistent) {
      const key = `${w.persistent['storage-key']}:late-none`;
      it(`<${w.tag}> follows storage = 'none' set right after connecting: nothing is read or written`, async () => {
        // Something unreadable is stored: had the widget read it, it would have copied it aside.
        localStorage.setItem(key, UNREADABLE);
        const el = create(w.tag, {'storage-key': key}) as HTMLElement & {storage: string};
        document.body.append(el);
        el.storage = 'none';
        try {
          await settled(el);
          expect(localStorage.getItem(key)).to.equal(UNREADABLE);
          expect(Object.keys(localStorage).filter((k) => k.startsWith(`${key}:`)), 'no backup made').to.deep.equal([]);
          expect(el.shadowRoot!.querySelector('.notice'), 'no notice about unreadable data').to.equal(null);
        } finally {
          el.remove();
          localStorage.removeItem(key);
        }
      });
    }

    it(`<${w.tag}> survives being moved, removed and added back, leaving no listeners behind`, async function () {
      // 110 renders, each waited for: under CI's load (three engines on two cores) WebKit once took more
      // than the usual 20 s. A limit on the whole test, not a timing check.
      this.timeout(60_000);
      const a = document.createElement('div');
      const b = document.createElement('div');
      document.body.append(a, b);
      // Widgets that keep data use real storage here, so the storage-event listener is counted too.
      const state = w.persistent ?? w.states[1] ?? {};
      const el = create(w.tag, state);
      a.append(el);
      await settled(el);
      const before = el.shadowRoot!.textContent;
      el.remove();

      // Counting starts and ends with the element out of the page: every listener added must be removed.
      const restore = countListeners();
      try {
        for (let i = 0; i < 20; i++) {
          a.append(el);
          await settled(el);
          b.append(el);
          await settled(el);
          el.remove();
          await settled(el);
        }
        for (let i = 0; i < 50; i++) {
          const extra = create(w.tag, state);
          document.body.append(extra);
          await settled(extra);
          extra.remove();
        }
      } finally {
        restore();
      }
      for (const [target, c] of listeners) {
        expect(c.added, `listeners added on ${target === window ? 'window' : 'document'} and never removed`).to.equal(c.removed);
      }
      a.append(el);
      await settled(el);
      expect(el.shadowRoot!.textContent, 'renders the same after all that').to.equal(before);
      a.remove();
      b.remove();
      if (state['storage-key']) localStorage.removeItem(state['storage-key']);
    });
  }
  it("goes into the back-forward cache, and after Back shows what the reader saved on the site's next page", async function () {
    this.timeout(60_000);
    const key = `test:back-forward:${Date.now()}`;
    const page = (name: string) => new URL(`/test/fixtures/back-forward.html?key=${key}&page=${name}`, location.href).href;
    // On the next page: a pair added with the shoe list's form, this week's distance typed in.
    const then = `(() => {
      const root = (tag) => document.querySelector(tag).shadowRoot;
      const name = root('shoe-mileage').querySelector('form.add input');
      name.value = 'Pegasus 41';
      name.dispatchEvent(new Event('input', {bubbles: true}));
      root('shoe-mileage').querySelector('form.add button[type=submit]').click();
      const week = root('training-load').querySelector('#week-0');
      week.value = '42.5';
      week.dispatchEvent(new Event('input', {bubbles: true}));
    })()`;
    try {
      const seen = await executeServerCommand<false | {restored: boolean; text: string}, object>('back-forward', {url: page('a'), next: page('b'), then, until: '42.5'});

      if (seen === false) return this.skip();
      // Nothing in the widgets keeps a page out of the cache (an unload listener, an open connection): Back
      // and Forward stay instant. A page loaded afresh would read its storage anyway.
      expect(seen.restored, 'the page came back from the back-forward cache').to.equal(true);
      expect(seen.text).to.include('Pegasus 41');
      expect(seen.text).to.include('42.5');
    } finally {
      for (const tag of ['shoe-mileage', 'training-load']) localStorage.removeItem(`${key}:${tag}`);
    }
  });

  it('<training-load> writes the unit a returning reader chose, the README’s other exception', async () => {
    const key = `kw-unit-${Date.now()}`;
    localStorage.setItem(key, JSON.stringify({format: 'knee-widgets', version: 1, savedAt: 'x', data: {weeks: [20, 22], factors: [], unit: 'mi'}}));
    const host = document.createElement('div');
    host.innerHTML = `<training-load storage-key="${key}"></training-load>`;
    document.body.append(host);
    try {
      await settled(host.firstElementChild!);
      expect(host.firstElementChild!.getAttribute('unit'), 'not the default here (a page without a language: km)').to.equal('mi');
    } finally {
      host.remove();
      localStorage.removeItem(key);
    }
  });

  it('<knee-map region="back"> writes view="back", the exception the README names; written in the markup, nothing changes', async () => {
    const host = document.createElement('div');
    host.innerHTML = '<knee-map region="back"></knee-map><knee-map region="back" view="back"></knee-map>';
    // Attributes whose value changed: a region written again as it was changes nothing a hydration sees.
    const changed: string[] = [];
    const note = (records: MutationRecord[]) => {
      for (const r of records) {
        const el = r.target as Element;
        if (r.oldValue !== el.getAttribute(r.attributeName!)) changed.push(`map ${[...host.children].indexOf(el) + 1}: ${r.attributeName}=${el.getAttribute(r.attributeName!)}`);
      }
    };
    const watch = new MutationObserver(note);
    for (const el of host.children) watch.observe(el, {attributes: true, attributeOldValue: true});
    document.body.append(host);
    try {
      for (const el of host.children) await settled(el as HTMLElement);
      note(watch.takeRecords());
      expect(changed).to.deep.equal(['map 1: view=back']);
    } finally {
      watch.disconnect();
      host.remove();
    }
  });
});
