import {expect, waitUntil} from '@open-wc/testing';
import {DIST_AS_BUILT, LOADING, srcdocFrame} from './helpers.js';
import {settled, widgets} from './widgets.js';

/**
 * What loading the bundle leaves on a page it doesn't own, after the widgets are used and taken out: the
 * five tags, Lit's four globals (its three version lists and its property metadata) and, where the browser
 * has none yet, Lit's Symbol.metadata (the standard's name for decorator metadata), and nothing else. No
 * other global, and nothing added to, taken from or replaced on the built-ins, their prototypes or the
 * page's window, document, history and navigator; no style, element or attribute in the page's own
 * document, and nothing saved. (A widget's listeners on window and document go when it does:
 * lifecycle.test.ts counts those.)
 */
const BUILT_INS = [
  'Object', 'Array', 'String', 'Number', 'Boolean', 'Symbol', 'Promise', 'Function', 'Map', 'Set', 'WeakMap', 'Date', 'JSON', 'Math', 'Intl', 'Reflect',
  'EventTarget', 'Node', 'Element', 'HTMLElement', 'Document', 'Window', 'ShadowRoot', 'CSSStyleSheet', 'Event', 'CustomEvent', 'Storage',
  'History', 'Navigator', 'CustomElementRegistry', 'MutationObserver', 'ResizeObserver', 'IntersectionObserver',
];

type Descriptors = Map<string, unknown[]>;
/** Each own property of `o`: what it holds, or its getter and setter, compared by identity. */
function described(o: object | undefined): Descriptors {
  const all: Descriptors = new Map();
  if (!o) return all;
  for (const key of Reflect.ownKeys(o)) {
    const d = Reflect.getOwnPropertyDescriptor(o, key)!;
    all.set(String(key), 'value' in d ? [d.value] : [d.get, d.set]);
  }
  return all;
}

/** What differs between two sets of descriptors: "+name", "-name" or "~name". */
function changes(before: Descriptors, after: Descriptors, ignore: readonly string[] = []): string[] {
  const out: string[] = [];
  for (const [key, was] of before) {
    if (ignore.includes(key)) continue;
    const now = after.get(key);
    if (!now) out.push(`-${key}`);
    else if (now.length !== was.length || now.some((v, i) => !Object.is(v, was[i]))) out.push(`~${key}`);
  }
  for (const key of after.keys()) if (!before.has(key) && !ignore.includes(key)) out.push(`+${key}`);
  return out;
}

type Win = Window & typeof globalThis & Record<string, unknown>;
function snapshot(win: Win) {
  const objects: Record<string, object | undefined> = {window: win, document: win.document, history: win.history, navigator: win.navigator};
  for (const name of BUILT_INS) {
    const ctor = win[name] as {prototype?: object} | undefined;
    objects[name] = ctor;
    objects[`${name}.prototype`] = ctor?.prototype;
  }
  return {
    objects: Object.fromEntries(Object.entries(objects).map(([k, o]) => [k, described(o)])),
    sheets: win.document.adoptedStyleSheets.length,
    html: win.document.documentElement.outerHTML.replace(/<body[^]*$/, ''),
    body: win.document.body.innerHTML,
    saved: Object.keys(win.localStorage).sort(),
  };
}

describe('what the bundle leaves on the page', () => {
  it('adds the five tags and Lit’s four globals, and nothing else, however the widgets are used', async () => {
    const iframe = await srcdocFrame('<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body></body></html>');
    try {
      const win = iframe.contentWindow as Win;
      const doc = iframe.contentDocument!;
      // Every tag the bundle defines, counted where it defines them.
      const defined: string[] = [];
      const define = win.customElements.define.bind(win.customElements);
      win.customElements.define = (name, ...rest) => (defined.push(name), define(name, ...rest));
      const before = snapshot(win);
      const script = doc.createElement('script');
      script.type = 'module';
      script.src = `${DIST_AS_BUILT}knee-widgets.js`;
      doc.head.append(script);
      await waitUntil(() => widgets.every((w) => win.customElements.get(w.tag)), 'the bundle ran', LOADING);
      script.remove();
      // Used: every widget in each test state, a choice on the map, then all taken out again.
      for (const w of widgets) {
        for (const state of w.states) {
          const el = doc.createElement(w.tag);
          for (const [name, value] of Object.entries(state)) el.setAttribute(name, value);
          doc.body.append(el);
          await settled(el);
        }
      }
      (doc.querySelector('knee-map') as HTMLElement & {select(r: string): void}).select('inner');
      await new Promise((r) => setTimeout(r, 100));
      doc.body.replaceChildren();
      const after = snapshot(win);

      expect(defined.sort()).to.deep.equal(widgets.map((w) => w.tag).sort());
      expect(changes(before.objects.window!, after.objects.window!).sort()).to.deep.equal(['+litElementVersions', '+litHtmlVersions', '+litPropertyMetadata', '+reactiveElementVersions']);
      // Lit names decorator metadata Symbol.metadata, as the standard does, where the browser has none yet.
      const lit: Record<string, string[]> = {Symbol: before.objects.Symbol!.has('metadata') ? [] : ['+metadata']};
      for (const name of Object.keys(before.objects).filter((k) => k !== 'window')) {
        expect(changes(before.objects[name]!, after.objects[name]!), name).to.deep.equal(lit[name] ?? []);
      }
      expect(after.sheets, "the page's own style sheets").to.equal(before.sheets);
      expect(after.html, '<html> and <head>').to.equal(before.html);
      expect(after.body, '<body>').to.equal(before.body);
      expect(after.saved, 'localStorage').to.deep.equal(before.saved);
    } finally {
      iframe.remove();
    }
  });
});
