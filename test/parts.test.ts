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

  /**
   * Answers the pain check to its end, each question's last choice (one of them, a badly swollen knee,
   * offers the result early) or first box, handing `see` the parts of every step.
   */
  async function walkThrough(el: Element, see: (parts: string[]) => void) {
    for (let step = 0; step < 20; step++) {
      see(partsIn(el));
      const inputs = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('[part="question"] input')];
      const groups = new Map(inputs.map((i) => [i.name, inputs.filter((o) => o.name === i.name)]));
      for (const group of groups.values()) (group[0]!.type === 'radio' ? group.at(-1)! : group[0]!).click();
      const next = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="next"]');
      if (!next) return;
      next.click();
      await settled(el);
    }
  }

  for (const w of widgets) {
    it(`<${w.tag}> lists every part it renders`, async () => {
      const seen = new Set<string>();
      let erred = false;
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
        // An inline error: Next with no answer, a new shoe with no name.
        const wrong = el.shadowRoot!.querySelector<HTMLElement>('[part="next"], form.add [type="submit"]');
        if (wrong) {
          erred = true;
          wrong.click();
          await settled(el);
          partsIn(el).forEach((p) => seen.add(p));
        }
        if (w.tag === 'knee-pain-check') await walkThrough(el, (parts) => parts.forEach((p) => seen.add(p)));
        el.remove();
      }
      if (w.tag === 'knee-pain-check') expect(seen.has('outcome') && seen.has('early'), 'the test reached the early way out and the result').to.equal(true);
      for (const key of Object.keys(localStorage).filter((k) => k.startsWith('test:parts:'))) localStorage.removeItem(key);
      if (w.persistent) expect(seen.has('forget'), 'the test reached "Delete my data"').to.equal(true);
      // Inline errors have one name in every widget, for one ::part(error) rule (training-load's had it alone).
      if (erred) expect(seen.has('error'), 'an inline error is the error part').to.equal(true);
      expect([...seen].filter((p) => !documented.get(w.tag)!.has(p)), 'rendered, not listed with @csspart').to.deep.equal([]);
    });
  }
});
