import {expect} from '@open-wc/testing';
import {widgets} from './widgets.js';

type ProbeWindow = Window & {__violations: string[]};

/**
 * test/fixtures/csp.html: the strict policy in a <meta>, a probe that records violations, and the bundle.
 * The widgets are added from here once it has loaded, in every test state.
 */
async function strictPage(): Promise<HTMLIFrameElement> {
  const iframe = document.createElement('iframe');
  iframe.width = '900';
  iframe.height = '700';
  const loaded = new Promise((r) => iframe.addEventListener('load', r, {once: true}));
  iframe.src = '/test/fixtures/csp.html';
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

describe('strict Content-Security-Policy (dist bundle)', () => {
  it('renders and styles every widget with no violation, through interaction too', async () => {
    const iframe = await strictPage();
    try {
      const doc = iframe.contentDocument!;
      const win = iframe.contentWindow as ProbeWindow;
      expect(win.__violations, 'the probe ran').to.be.an('array');
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
      await new Promise((r) => setTimeout(r, 50));
      expect(win.__violations).to.deep.equal([]);
    } finally {
      iframe.remove();
    }
  });
});
