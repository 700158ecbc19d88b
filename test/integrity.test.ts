import {expect, waitUntil} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import {DIST_AS_BUILT, LOADING, srcdocFrame} from './helpers.js';

/**
 * Subresource Integrity (scripts/integrity.mjs): dist/integrity.json pins every built file a page can
 * load, and `knee-widgets-integrity <URL> [entry…]` prints an import map and a script tag that load the
 * widgets pinned to those bytes. Here a page pastes what it prints, as an integrator would.
 */
interface Integrity {
  built: Record<string, string>;
  now: Record<string, string>;
  snippet: string;
}
const integrity = (entries?: string[]) => executeServerCommand<Integrity, {base: string; entries?: string[]}>('integrity', {base: DIST_AS_BUILT, entries});

async function sha384(path: string): Promise<string> {
  const bytes = await (await fetch(new URL(path, DIST_AS_BUILT))).arrayBuffer();
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', bytes));
  return `sha384-${btoa(String.fromCharCode(...digest))}`;
}

type PageWindow = Window & {warnings: string[]; refused?: boolean};

/** A page in `lang` with `head` (the snippet, changed or not) and `body`; console warnings recorded. */
async function page(lang: string, head: string, body: string): Promise<{win: PageWindow; doc: Document; done: () => void}> {
  const iframe = await srcdocFrame(`<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
    <script>window.warnings = []; const warn = console.warn; console.warn = (...a) => { warnings.push(a.join(' ')); warn(...a); };</script>
    ${head}</head><body>${body}</body></html>`);
  return {win: iframe.contentWindow as PageWindow, doc: iframe.contentDocument!, done: () => iframe.remove()};
}

/** The pins of the snippet's import map, by URL. */
const pinsOf = (snippet: string): Record<string, string> => (JSON.parse(/<script type="importmap">([^]*?)<\/script>/.exec(snippet)![1]!) as {integrity: Record<string, string>}).integrity;

/** The built files the page loaded (`loaded`), and those the snippet did not pin (`unpinned`). */
function loadedFiles(win: Window, snippet: string): {loaded: string[]; unpinned: string[]} {
  const pins = pinsOf(snippet);
  const loaded = win.performance.getEntriesByType('resource').map((e) => e.name).filter((n) => n.startsWith(DIST_AS_BUILT) && n.endsWith('.js'));
  return {loaded, unpinned: loaded.filter((url) => !pins[url])};
}

/** The map's title, once it has rendered ('' before). */
const mapTitle = (doc: Document): string => doc.querySelector('knee-map')?.shadowRoot?.querySelector('[part="title"]')?.textContent?.trim() ?? '';

describe('Subresource Integrity', () => {
  it('pins every built file a page can load, with the hash of the bytes the server sends', async () => {
    const {built, now} = await integrity();
    expect(built, 'dist/integrity.json is the one for these files').to.deep.equal(now);
    const paths = Object.keys(built);
    expect(paths).to.include.members(['knee-widgets.js', 'widgets/knee-map.js', 'widgets/shoe-mileage.js', 'widgets/language.js']);
    for (const lang of ['de', 'es', 'fr']) expect(paths.some((p) => p.startsWith(`locales/${lang}-common-`)), `${lang} translations`).to.equal(true);
    for (const path of paths) expect(await sha384(path), path).to.equal(built[path]);
  });

  it('loads the bundle from the printed snippet, its translation too, every file it loads pinned', async () => {
    const {snippet} = await integrity();
    const {win, doc, done} = await page('de', snippet, '<knee-map></knee-map>');
    try {
      await waitUntil(() => mapTitle(doc) === 'Wo tut dein Knie weh?', 'in German', LOADING);
      const {loaded, unpinned} = loadedFiles(win, snippet);
      expect(loaded.length, 'the bundle and German parts').to.be.above(2);
      expect(unpinned, 'loaded without a pin').to.deep.equal([]);
      expect(win.warnings).to.deep.equal([]);
    } finally {
      done();
    }
  });

  it('loads a widget file and language.js from theirs, setLocale() included', async () => {
    const {snippet} = await integrity(['widgets/knee-map.js', 'widgets/language.js']);
    expect(snippet.match(/<script type="module" src=/g), 'a tag for the widget, not for language.js').to.have.length(1);
    const setFrench = `<script type="module">import {setLocale} from '${DIST_AS_BUILT}widgets/language.js'; setLocale('fr');</script>`;
    const {win, doc, done} = await page('en', snippet + setFrench, '<knee-map></knee-map>');
    try {
      await waitUntil(() => /^Où avez-vous mal au genou\s\?$/.test(mapTitle(doc)), 'in French', LOADING);
      const {loaded, unpinned} = loadedFiles(win, snippet);
      expect(loaded).to.include(`${DIST_AS_BUILT}widgets/language.js`);
      expect(unpinned, 'loaded without a pin').to.deep.equal([]);
    } finally {
      done();
    }
  });

  it('refuses translations that are not the pinned bytes: the widget shows in English, with a warning', async () => {
    const {snippet} = await integrity();
    const pins = pinsOf(snippet);
    const entry = `${DIST_AS_BUILT}knee-widgets.js`;
    // Every translation pinned to another file's hash, as if each had been changed on the server.
    const spoilt = Object.keys(pins).reduce((s, url) => (url === entry ? s : s.replace(pins[url]!, pins[entry]!)), snippet);
    const {win, doc, done} = await page('de', spoilt, '<knee-map></knee-map>');
    try {
      await waitUntil(() => win.warnings.some((w) => w.includes('failed to load')), 'a warning', LOADING);
      expect(mapTitle(doc)).to.equal('Where does your knee hurt?');
    } finally {
      done();
    }
  });

  it('refuses a bundle that is not the pinned bytes: nothing runs', async () => {
    const {snippet} = await integrity();
    const pins = pinsOf(snippet);
    const other = Object.values(pins).find((h) => h !== pins[`${DIST_AS_BUILT}knee-widgets.js`])!;
    // At an address of its own: Chromium remembers a script refused for its integrity by its address,
    // and a later test file's import of the bundle from there then failed too.
    const spoilt = snippet
      .replace(/integrity="[^"]+"/, `integrity="${other}" onerror="refused = true"`)
      .replace(`src="${DIST_AS_BUILT}knee-widgets.js"`, `src="${DIST_AS_BUILT}knee-widgets.js?refused"`);
    const {win, done} = await page('en', spoilt, '<knee-map></knee-map>');
    try {
      await waitUntil(() => win.refused, 'the script refused', LOADING);
      expect(win.customElements.get('knee-map')).to.equal(undefined);
    } finally {
      done();
    }
  });

  describe('the knee-widgets-integrity command', () => {
    interface Run {
      code: number;
      stdout: string;
      stderr: string;
    }
    const run = (...args: string[]) => executeServerCommand<Run, {args: string[]}>('integrity-cli', {args});

    it('prints its usage, and writes nothing, when run without an address', async () => {
      const {built} = await integrity();
      const {code, stdout, stderr} = await run();
      expect([code, stdout]).to.deep.equal([1, '']);
      expect(stderr).to.contain('Usage: knee-widgets-integrity');
      expect((await integrity()).built, 'dist/integrity.json as it was').to.deep.equal(built);
    });

    it('refuses an address that names another version, a file not in dist/, and an address that is not a folder', async () => {
      const other = await run('https://cdn.jsdelivr.net/npm/knee-widgets@0.0.1/dist/');
      expect([other.code, other.stdout]).to.deep.equal([1, '']);
      expect(other.stderr).to.contain('knee-widgets@0.0.1').and.contain('npx -p knee-widgets@0.0.1');
      const missing = await run('https://cdn.example/kw/', 'widgets/no-such-widget.js');
      expect([missing.code, missing.stderr.split('\n')[0]]).to.deep.equal([1, 'No such file in dist/: widgets/no-such-widget.js']);
      const file = await run('https://cdn.example/kw/knee-widgets.js');
      expect([file.code, file.stdout]).to.deep.equal([1, '']);
    });

    it('prints the snippet for its own version, as the tests above load it', async () => {
      const pkg = await executeServerCommand<{version: string}, undefined>('package-json');
      const base = `https://cdn.jsdelivr.net/npm/knee-widgets@${pkg.version}/dist/`;
      const {code, stdout} = await run(base);
      expect(code).to.equal(0);
      expect(stdout.trim()).to.equal((await executeServerCommand<Integrity, {base: string}>('integrity', {base})).snippet);
    });
  });
});
