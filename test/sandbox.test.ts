import {expect} from '@open-wc/testing';
import {DIST_AS_BUILT, LOADING, srcdocFrame} from './helpers.js';

/**
 * Site builders' "HTML embed" blocks put what a page pastes in a sandboxed iframe. `sandbox="allow-scripts"`
 * alone is the strictest that runs scripts: an opaque origin, so the bundle and its translations are
 * fetched with CORS (the test server sends dist/ as built, with the header a CDN sends), and localStorage
 * throws. The page there reports back by postMessage, as the frame is another origin.
 */
interface Report {
  errors: string[];
  widgets: Record<string, {lang: string; text: string}>;
}

/** What the page in a frame sandboxed to scripts alone reports once its widgets have rendered (or 10 s on). */
async function sandboxed(body: string): Promise<Report> {
  let onMessage: (event: MessageEvent) => void = () => {};
  const report = new Promise<Report>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no report from the sandboxed frame')), LOADING.timeout);
    onMessage = (event: MessageEvent) => {
      const data = event.data as {kind?: string} & Report;
      if (data?.kind !== 'sandbox-report') return;
      clearTimeout(timer);
      resolve(data);
    };
  });
  addEventListener('message', onMessage);
  const iframe = await srcdocFrame(
    `<!doctype html><html lang="de"><head><meta charset="utf-8">
    <script>window.errors = []; addEventListener('error', (e) => errors.push(String(e.message)));
      addEventListener('unhandledrejection', (e) => errors.push(String(e.reason)));</script>
    <script type="module" src="${DIST_AS_BUILT}knee-widgets.js"></script></head><body>${body}
    <script type="module">
      const tags = [...document.body.children].map((el) => el.localName).filter((t) => t.includes('-'));
      await Promise.all(tags.map((t) => customElements.whenDefined(t)));
      const german = () => tags.every((t) => document.querySelector(t).shadowRoot?.querySelector('[part="base"]')?.lang === 'de');
      for (let i = 0; i < 100 && !german(); i++) await new Promise((r) => setTimeout(r, 100));
      await Promise.all(tags.map((t) => document.querySelector(t).updateComplete));
      const widgets = Object.fromEntries(tags.map((t) => {
        const root = document.querySelector(t).shadowRoot;
        return [t, {lang: root?.querySelector('[part="base"]')?.lang ?? '', text: (root?.textContent ?? '').replace(/\\s+/g, ' ')}];
      }));
      parent.postMessage({kind: 'sandbox-report', errors, widgets}, '*');
    </script></body></html>`,
    {sandbox: 'allow-scripts'},
  );
  try {
    return await report;
  } finally {
    removeEventListener('message', onMessage);
    iframe.remove();
  }
}

describe('in a sandboxed iframe (an embed block)', () => {
  it('loads every widget and its translation, and the ones that save say that nothing is kept', async () => {
    const report = await sandboxed(
      '<knee-map region="outer"></knee-map><recovery-tips></recovery-tips><knee-pain-check></knee-pain-check>' +
        '<training-load></training-load><shoe-mileage></shoe-mileage>',
    );
    expect(report.errors).to.deep.equal([]);
    expect(Object.keys(report.widgets)).to.have.length(5);
    for (const [tag, {lang, text}] of Object.entries(report.widgets)) {
      expect(lang, `${tag} in German`).to.equal('de');
      expect(text.length, `${tag} rendered`).to.be.above(200);
    }
    // "This browser isn't letting the page save", and never that anything is kept.
    for (const tag of ['training-load', 'shoe-mileage']) {
      const {text} = report.widgets[tag]!;
      expect(text.includes('lässt die Seite nicht'), `${tag} says so`).to.equal(true);
      expect(text.includes('nur in diesem Browser gespeichert'), `${tag} says they are kept`).to.equal(false);
    }
  });
});
