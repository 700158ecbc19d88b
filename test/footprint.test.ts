import {expect, waitUntil} from '@open-wc/testing';
import {LOADING} from './helpers.js';
import {settled, widgets} from './widgets.js';

/**
 * What loading the bundle leaves on a page it doesn't own, before and after the widgets are used: the
 * five tags, Lit's three version lists, and nothing else. No other global, no change to a built-in's
 * prototype, no style or element in the page's own document, and a widget's listeners on window and
 * document go when it does (lifecycle.test.ts counts those).
 */
type Snapshot = {globals: string[]; prototypes: Record<string, string[]>; head: number; body: number};

const BUILT_INS = ['Object', 'Array', 'String', 'Number', 'Promise', 'Function', 'Element', 'HTMLElement', 'Node', 'EventTarget', 'Document', 'Window', 'CSSStyleSheet', 'ShadowRoot', 'Event', 'Date', 'JSON', 'Math', 'Intl', 'Storage'];

function snapshot(win: Window & Record<string, unknown>): Snapshot {
  const ownKeys = (o: object | undefined) => (o ? Reflect.ownKeys(o).map(String).sort() : []);
  return {
    globals: ownKeys(win),
    prototypes: Object.fromEntries(
      BUILT_INS.map((name) => {
        const ctor = win[name] as {prototype?: object} | undefined;
        return [name, [...ownKeys(ctor), ...ownKeys(ctor?.prototype).map((k) => `prototype.${k}`)]];
      }),
    ),
    head: win.document.head.childElementCount,
    body: win.document.body.childElementCount,
  };
}

describe('what the bundle leaves on the page', () => {
  it('adds the five tags and Lit’s four globals, and nothing else, however the widgets are used', async () => {
    const iframe = document.createElement('iframe');
    const loaded = new Promise((r) => iframe.addEventListener('load', r, {once: true}));
    iframe.srcdoc = '<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body><main></main></body></html>';
    document.body.append(iframe);
    await loaded;
    const win = iframe.contentWindow as Window & typeof globalThis & Record<string, unknown>;
    const doc = iframe.contentDocument!;
    try {
      const before = snapshot(win);
      const script = doc.createElement('script');
      script.type = 'module';
      script.src = '/dist-as-built/knee-widgets.js';
      doc.head.append(script);
      await waitUntil(() => widgets.every((w) => win.customElements.get(w.tag)), 'the bundle ran', LOADING);
      // Used: every widget in each test state, then taken out again.
      const main = doc.querySelector('main')!;
      for (const w of widgets) {
        for (const state of w.states) {
          const el = doc.createElement(w.tag);
          for (const [name, value] of Object.entries(state)) el.setAttribute(name, value);
          main.append(el);
          await settled(el);
        }
      }
      (doc.querySelector('knee-map') as HTMLElement & {select(r: string): void}).select('inner');
      await new Promise((r) => setTimeout(r, 100));
      main.replaceChildren();
      const after = snapshot(win);
      expect(after.globals.filter((k) => !before.globals.includes(k))).to.deep.equal(['litElementVersions', 'litHtmlVersions', 'litPropertyMetadata', 'reactiveElementVersions']);
      expect(before.globals.filter((k) => !after.globals.includes(k)), 'nothing taken away').to.deep.equal([]);
      for (const name of BUILT_INS) expect(after.prototypes[name], `${name} and its prototype`).to.deep.equal(before.prototypes[name]);
      expect(after.head - before.head, 'in <head>: only our script tag').to.equal(1);
      expect(after.body, 'in <body>').to.equal(before.body);
    } finally {
      iframe.remove();
    }
  });
});
