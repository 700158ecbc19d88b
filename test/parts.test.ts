import {expect} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import '../src/index.js';
import {create, settled, widgets} from './widgets.js';
import {UNREADABLE} from './helpers.js';

/**
 * Every CSS part a widget renders is listed with `@csspart` (the manifest, and so the README), or a page
 * author can't find it to style it.
 */
describe('CSS parts', () => {
  let documented: Map<string, Set<string>>;
  before(async () => {
    const {text} = await executeServerCommand<{text: string}, {path: string}>('dist-file', {path: 'custom-elements.json'});
    const manifest = JSON.parse(text) as {modules: Array<{declarations?: Array<{tagName?: string; cssParts?: Array<{name: string}>}>}>};
    documented = new Map(
      manifest.modules
        .flatMap((m) => m.declarations ?? [])
        .filter((d) => d.tagName)
        .map((d) => [d.tagName!, new Set((d.cssParts ?? []).map((p) => p.name))]),
    );
  });

  const partsIn = (el: Element) => [...el.shadowRoot!.querySelectorAll('[part]')].flatMap((n) => n.getAttribute('part')!.split(/\s+/));

  for (const w of widgets) {
    it(`<${w.tag}> lists every part it renders`, async () => {
      const seen = new Set<string>();
      const states = [...w.states];
      // Saved data it can't read is set aside: the notice, and "Delete my data" with its question.
      if (w.persistent) states.push({...w.persistent, 'storage-key': `test:parts:${w.tag}`});
      for (const state of states) {
        if (w.persistent) localStorage.setItem(`test:parts:${w.tag}`, UNREADABLE);
        const el = create(w.tag, state);
        document.body.append(el);
        await settled(el);
        partsIn(el).forEach((p) => seen.add(p));
        const ask = el.shadowRoot!.querySelector<HTMLButtonElement>('.forget-ask');
        if (ask) {
          ask.click();
          await settled(el);
          partsIn(el).forEach((p) => seen.add(p));
        }
        el.remove();
      }
      for (const key of Object.keys(localStorage).filter((k) => k.startsWith('test:parts:'))) localStorage.removeItem(key);
      if (w.persistent) expect(seen.has('forget'), 'the test reached "Delete my data"').to.equal(true);
      expect([...seen].filter((p) => !documented.get(w.tag)!.has(p)), 'rendered, not listed with @csspart').to.deep.equal([]);
    });
  }
});
