import {expect, waitUntil} from '@open-wc/testing';
import {LOADING, titleText} from './helpers.js';
import {widgets} from './widgets.js';

type ProbeWindow = Window & {__violations: string[]};

/**
 * test/fixtures/csp.html: the strict policy in a <meta>, a probe that records violations, and the bundle
 * (csp-widgets.html: the same with the five files of dist/widgets/ instead). The widgets are added from
 * here once it has loaded, in every test state.
 */
async function strictPage(fixture: string): Promise<HTMLIFrameElement> {
  const iframe = document.createElement('iframe');
  iframe.width = '900';
  iframe.height = '700';
  const loaded = new Promise((r) => iframe.addEventListener('load', r, {once: true}));
  iframe.src = `/test/fixtures/${fixture}`;
  document.body.append(iframe);
  await loaded;
  const win = iframe.contentWindow!;
  const doc = iframe.contentDocument!;
  await Promise.all(widgets.map((w) => win.customElements.whenDefined(w.tag)));
  for (const w of widgets) {
    for (const state of w.states) {
      const el = doc.createElement(w.tag);
      for (const [name, value] of Object.entries(state)) el.setAttribute(name, value);
      doc.body.append(el);
      await (el as Element & {updateComplete?: Promise<unknown>}).updateComplete;
    }
  }
  return iframe;
}

const builds: Array<[string, string]> = [
  ['the one-file bundle', 'csp.html'],
  ['the widget files of dist/widgets/', 'csp-widgets.html'],
];

for (const [build, fixture] of builds) {
  describe(`strict Content-Security-Policy (${build})`, () => {
    it('renders, styles and translates every widget with no violation, through interaction too', async () => {
      const iframe = await strictPage(fixture);
      try {
        const doc = iframe.contentDocument!;
        const win = iframe.contentWindow as ProbeWindow;
        expect(win.__violations, 'the probe ran').to.be.an('array');
        // Elements named like Lit's globals did not stop it loading (it pushes its version there).
        expect(doc.getElementById('litHtmlVersions')?.localName).to.equal('a');
        expect((win as unknown as {litHtmlVersions: unknown}).litHtmlVersions).to.be.an('array');
        for (const w of widgets) {
          const el = doc.querySelector(w.tag)!;
          expect(el.shadowRoot?.childElementCount, `${w.tag} rendered`).to.be.above(0);
          // The shadow styles applied (constructable stylesheets are allowed under style-src 'self').
          expect(win.getComputedStyle(el).display, `${w.tag} styled`).to.equal('block');
          expect(win.getComputedStyle(el).borderTopStyle, `${w.tag} styled`).to.not.equal('none');
        }
        const map = doc.querySelector('knee-map') as HTMLElement & {select(r: string): void; updateComplete: Promise<unknown>};
        map.select('inner');
        await map.updateComplete;
        map.shadowRoot!.querySelector<HTMLButtonElement>('.toggle')!.click();
        await map.updateComplete;
        // A language change loads translation chunks: dynamic imports under script-src 'self'.
        const title = () => titleText(map);
        const english = title();
        doc.documentElement.lang = 'de';
        await waitUntil(() => title() !== english, 'the map in German', LOADING);
        await new Promise((r) => setTimeout(r, 50));
        expect(win.__violations).to.deep.equal([]);
      } finally {
        iframe.remove();
      }
    });
  });
}
