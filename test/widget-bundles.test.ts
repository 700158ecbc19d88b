import {expect, waitUntil} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import {captureWarnings, LOADING, titleText} from './helpers.js';
import {widgets} from './widgets.js';

/**
 * Tests of the one-file-per-widget build, dist/widgets/ (`npm test` builds it first): what a page that
 * uses one or two widgets downloads, and that two widget files on one page share one runtime.
 */
const KB = 1024;
const TAGS = widgets.map((w) => w.tag);
/**
 * What a page with one widget downloads (its file and every chunk it imports, gzip each). It was the
 * 30 KB that issue 8 set for the whole bundle, until "Delete my data from this browser" (from a privacy
 * review: health data on shared devices) put the two widgets that save data at 30.5 and 30.6 KB: 31 KB
 * since. Then printing, the sources in the "when to see a professional" box, the quote marks around a
 * booking link, and the text on a brand-colour accent made black or white to read (0.06 on every page)
 * took training-load to 31.05: 31.5 KB since. Then one switch for every switch (the km/mi switch a radio
 * group where the arrow keys choose, as the map's are: 0.24–0.34 on every page but the map's, whose own
 * switch code went) took training-load to 31.55: 32 KB since. Then a week that may be a typo (over five
 * times every other: a note at its field, and no range for next week from it) took training-load to
 * 32.10: 32.5 KB since. Then a review of time passing (a new day seen when the page shows again, the
 * weeks named from today while they are behind) and the "when to see a professional" box given every
 * warning sign the pain check asks about (0.06 on the advice pages) took training-load to 32.51: 33 KB
 * since. Then a review of years of data (a stored list that can't be copied aside shown as far as it can
 * be read, the store reading again only what another tab changed) and a look from React (no attribute a
 * page didn't write on a widget's tag, which broke server-rendered pages' hydration) took training-load
 * to 33.02: 33.5 KB since. Then more contrast for a reader who asks for it (0.03 on every page), and the
 * two widgets that save data saying where it is kept only when it is, and that nothing is saved with
 * storage="none" (0.06), took training-load to 33.52: 33.6 KB since. Then a page's own keyboard
 * shortcuts kept out of the keys typed into a widget or used by it (0.15 on every page) took training-load
 * to 33.68: 33.7 KB since. Then a review of that (each key's release follows its press; the page's own
 * cancelled keys and an input method's judged right: 0.11 on every page) took training-load to 33.80:
 * 33.9 KB since; a field's editing shortcuts, clipboard and menu (0.05) took it to 33.85, and reading
 * storage again after Back (0.04) to 33.89. A booking link that tells the page it was followed (0.09 on the
 * four pages with one) took it to 34.00: 34.0 KB since. Dark colours where the browser darkens a light page
 * itself, where the page set no colours of its own (0.21 on every page), took it to 34.21: 34.3 KB since. It
 * was at 34.30 after that was decided per widget (35,122 bytes, 1 under). Every space a screen reader lost
 * beside Lit's markers put in a string (0.03) took it to 34.33: 34.4 KB since. A keyboard review's mends
 * (a switch's keys for native radios too, a date field Shift+Tabbed into brought wholly into view: 0.05)
 * took it to 34.38, and two simplifications to 34.37; the reduced-motion check moving to the map's and the
 * tips' glide module, to 34.33; the whole verdict brought into view on Enter, to 34.36; an app's shell (0.01), to 34.37. Training-load's Undo naming what it takes back and
 * focusing the week it brings back (0.05, from a keyboard and a screen-reader review) took it to 34.42: 34.5 KB since. The figures today are in the README and `npm run bench`; the map was under
 * 30 (30,719 bytes, 1 under) until that module (30.13), and is at 30.24 since its reveal keeps the chosen
 * spot clear of a sticky header; the tips went over (30.02) when their folds could
 * be found, and are at 30.66.
 * A short-window review: what is wrong with a field (training-load's weeks, the shoe list's fields) brought
 * into view under it, where Tab and Enter left the field at the foot of a window 256-300 px tall and its
 * error below, unseen (0.09 on every page), took training-load to 34.59: 34.6 KB since. A review of that
 * (no note brought into view under a field the reader has scrolled out of the window, where another tab's
 * save pulled the page back to it: 0.01) took it to 34.61: 34.7 KB since. A very-wide-container review (each
 * widget keeps to its width at 1000 px, 61em, centred, and its text to 65ch, where at 1920 px lines ran to 260
 * characters and the shoe list's km/mi switch sat 1680 px from its heading: 0.04-0.05 on every page) took it
 * to 34.66 (35,493 bytes); those shortened paragraphs at the left on a right-to-left page, where their lines
 * start (0.01), to 34.67 (35,503). A dates-and-clocks review (weeks left undated by a save drawn again when
 * the day changes, the clock read once as the weeks move on: 0.01) and a typed-numbers review (the digits of
 * an Arabic or a Persian keyboard read: 0.03) took it to 34.71 (35,548): 34.8 KB since. The focus ring
 * worked out from the card's colour (0.05 on every page) took it to 34.75 (35,589); rows that are not text
 * kept whole, and boxes filling their column up to 61em again, to 34.78 (35,615). A consistency review (the
 * km/mi switch drawn as the others are, one wording for two widgets' errors) took it to 34.79 (35,620), and
 * a review's mend for a key held as focus lets go and comes back (Clear and Reset under VoiceOver: 0.02 on
 * every page) to 34.80 (35,638): 34.9 KB since.
 * A one-line license notice on each file with Lit's code in it (build/licenses.ts; the runtime, and the
 * advice chunk with Lit's live(): 0.07 to 0.13 a page) took training-load's page to 35.00 (35,839): 35.1 KB since.
 * A cognitive-accessibility review's two fixes (Start again taken back, the lower half as figures) took
 * training-load's page to 35.02 (35,858) and the pain check's to 35.01 (35,855); the review's mends (the half
 * of the range as shown) training-load's to 35.05 (35,893), and its verdict's headline in <b> for Orca to 35.06 (35,897).
 * The pain check's causes by name, with "Explain each cause" to unfold a line about each (a 4,400 px result at
 * 360 px, from the same review) took its page to 35.11 (35,957): 35.2 KB since.
 * A coverage review of the four articles: the coach's "running is not bad for your knees" among the facts,
 * in the advice chunk (0.06 on the four advice pages), took training-load's page to 35.11 (35,955): 35.2 KB since.
 * Both together (the causes by name, the verdict in words, the coverage review's four additions) took the
 * pain check's page to 35.23 (36,074): 35.3 KB since.
 * The month the content last changed, under every widget ("Last updated: December 2026", as health information
 * should say how current it is; 0.11 on every page) took it to 35.34 (36,189): 35.4 KB since.
 * That month a message rather than Intl's (no Intl formatter at first render) took it to 35.28 (36,128):
 * 35.3 KB since.
 * Orca's second run: a field's description held while it has focus, so that its error is said once
 * (src/shared/described.ts, in the runtime as two widgets use it: 0.09 on every page), and the click listeners
 * on the shadow root, took the pain check's page to 35.22 (36,061) and training-load's to 35.16 (36,007): 35.3 KB since.
 * All of this stop's work together (with the caveat after "running is not bad for your knees") took the pain
 * check's page to 35.48 (36,331): 35.5 KB since.
 */
const PAGE_BUDGET_KB = 35.5;

/** Imports a built file as a page's script tag would (a variable, so TypeScript does not resolve it). */
const load = (path: string): Promise<unknown> => import(/* @vite-ignore */ path);

/** Loads a built file and returns the console warnings it gave (the define guard warns in a microtask). */
async function warningsWhileLoading(path: string): Promise<string[]> {
  const warnings = captureWarnings();
  try {
    await load(path);
    await new Promise((r) => setTimeout(r, 0));
  } finally {
    warnings.restore();
  }
  return warnings.messages;
}

interface ClosureFile {
  path: string;
  raw: number;
  gzip: number;
  imports: string[];
}

/**
 * A file of dist/widgets/ and everything it imports statically (scripts/dist-closure.mjs, read on the
 * server; it fails on an import from outside dist/widgets/).
 */
const closure = (file: string) => executeServerCommand<ClosureFile[], {path: string}>('dist-closure', {path: `widgets/${file}`});

/** The chunk names a page loads, without hashes: ['conditions', 'runtime']. */
const chunkNames = (files: ClosureFile[]) =>
  files
    .map((f) => f.path)
    .filter((p) => p.startsWith('chunks/'))
    .map((p) => p.slice('chunks/'.length).replace(/-[\w-]{6}\.js$/, ''))
    .sort();

describe('dist/widgets/: one file per widget', () => {
  for (const tag of TAGS) {
    it(`${tag}: a page with only this widget downloads at most ${PAGE_BUDGET_KB} KB gzip`, async () => {
      const files = await closure(`${tag}.js`);
      expect(chunkNames(files)).to.include('runtime');
      // No widget file pulls in another widget's file.
      for (const {path} of files) expect(path, path).to.match(/^(chunks\/[\w-]+\.js|[\w-]+\.js)$/);
      expect(files.map((f) => f.path).filter((p) => !p.startsWith('chunks/'))).to.deep.equal([`${tag}.js`]);
      const total = files.reduce((sum, f) => sum + f.gzip, 0);
      expect(total / KB, `${tag} page is ${(total / KB).toFixed(1)} KB gzip`).to.be.at.most(PAGE_BUDGET_KB);
    });
  }

  /**
   * The round trips a page waits for: the browser asks for a module's static imports only once it has the
   * module, so a chunk imported only by another chunk comes a round trip later (2 s more on DevTools' Slow
   * 3G, 0.56 s on Fast 3G: bench/waterfall.mjs). Rollup adds a chunk's own imports to the entry
   * (`hoistTransitiveImports`); rolldown does not (1.2: the option is accepted only as `false`, "not
   * implemented yet"), so each widget file reaching all its chunks directly holds only because each uses
   * something from every one. If this fails, import what the file lacks in its source, or append
   * `import"./chunks/….js";` to the entry in a build plugin (an import declaration is hoisted wherever it
   * stands, and appended it leaves the source map as it is).
   */
  for (const file of [...TAGS, 'language'].map((name) => `${name}.js`)) {
    it(`${file}: every chunk it needs is one of its own imports, so the browser asks for them all at once`, async () => {
      const files = await closure(file);
      const [entry] = files;
      const late = files.filter((f) => f !== entry && !entry!.imports.includes(f.path));
      const via = late.map((f) => `${f.path} (via ${files.find((g) => g.imports.includes(f.path))!.path})`);
      expect(via, `a round trip after the others`).to.deep.equal([]);
    });
  }

  it('loads translation parts one round trip after the chunks: from the runtime, and importing nothing', async () => {
    // A part is asked for once the page's modules have run (a widget has connected), so its depth is the
    // chunks' plus one; a part that imported a chunk would add another.
    const runtime = (await closure('knee-map.js')).find((f) => f.path.startsWith('chunks/runtime-'))!.path;
    const {text} = await executeServerCommand<{text: string}, {path: string}>('dist-file', {path: `widgets/${runtime}`});
    const parts = [...text.matchAll(/\bimport\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => new URL(m[1]!, 'https://x/widgets/chunks/').pathname.slice('/widgets/'.length));
    expect(parts.length).to.be.above(0);
    for (const part of parts) {
      expect(part).to.match(/^locales\/(es|fr|de)-[\w-]+\.js$/);
      const {text: words} = await executeServerCommand<{text: string}, {path: string}>('dist-file', {path: `widgets/${part}`});
      // Statements, not words: the translated text itself says "import" (importing a shoe list).
      expect(/(^|[;}\n])\s*import\s*[\w{*"'`(]|\bimport\s*\(|\}\s*from\s*["']/.test(words), `${part} imports something`).to.equal(false);
    }
    // And from nowhere else: no other chunk or widget file loads anything on demand.
    for (const file of [...TAGS.map((tag) => `${tag}.js`), ...(await closure('knee-pain-check.js')).map((f) => f.path)].filter((p) => p !== runtime)) {
      const other = await executeServerCommand<{text: string}, {path: string}>('dist-file', {path: `widgets/${file}`});
      expect(other.text, file).to.not.match(/\bimport\(\s*["'`]/);
    }
  });

  it('has the language API as a file of its own on the same runtime, and nothing more', async () => {
    const files = await closure('language.js');
    expect(chunkNames(files)).to.deep.equal(['runtime']);
    expect(files[0]!.raw, 'language.js only re-exports').to.be.below(300);
  });

  it('downloads only the content a widget shows: the map no tips, the tips no conditions, neither storage', async () => {
    // The pain check shows names and one line of each (the briefs); the longer texts are in the map's
    // and the tips' own files. The widgets that keep data name no region. The shoe list has no
    // show-more toggle and no "see a professional" box (the advice chunk). Only the map and the tips show
    // bulleted and source lists (lists). Only the tips and the pain check follow a map (map-link).
    expect(chunkNames(await closure('knee-map.js'))).to.deep.equal(['advice', 'conditions', 'lists', 'regions', 'runtime']);
    expect(chunkNames(await closure('recovery-tips.js'))).to.deep.equal(['advice', 'lists', 'map-link', 'regions', 'runtime', 'tips']);
    expect(chunkNames(await closure('knee-pain-check.js'))).to.deep.equal(['advice', 'conditions', 'map-link', 'regions', 'runtime', 'tips']);
    expect(chunkNames(await closure('shoe-mileage.js'))).to.deep.equal(['runtime', 'storage']);
    expect(chunkNames(await closure('training-load.js'))).to.deep.equal(['advice', 'runtime', 'storage']);
  });

  it('leaves the studies out of the shoe page, which cites two articles (they were 0.4 KB of its 30)', async () => {
    const text = async (file: string) => {
      const files = await Promise.all((await closure(file)).map(({path}) => executeServerCommand<{text: string}, {path: string}>('dist-file', {path: `widgets/${path}`})));
      return files.map((f) => f.text).join('\n');
    };
    // A study's DOI link and title, and an article's title the shoe list shows.
    const shoe = await text('shoe-mileage.js');
    expect(shoe).to.contain('6 Common Causes of Knee Pain After Running');
    expect(shoe).to.not.contain('doi.org').and.not.contain('Exercise for knee osteoarthritis');
    expect(await text('knee-map.js'), 'the map cites them').to.contain('doi.org');
  });

  it('runs two widget files on one page on one runtime, translated and switchable, without a warning', async () => {
    const warnings = captureWarnings();
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.error);
    window.addEventListener('error', onError);
    performance.setResourceTimingBufferSize(10000);
    const made: HTMLElement[] = [];
    const lang = document.documentElement.lang;
    try {
      await load('/dist/widgets/knee-map.js');
      await load('/dist/widgets/recovery-tips.js');
      // Only the two widgets asked for are registered, on the same base class (one copy of the runtime).
      const map = customElements.get('knee-map')!;
      const tips = customElements.get('recovery-tips')!;
      expect(map).to.exist;
      expect(tips).to.exist;
      for (const tag of ['shoe-mileage', 'knee-pain-check', 'training-load']) expect(customElements.get(tag), tag).to.be.undefined;
      expect(Object.getPrototypeOf(map)).to.equal(Object.getPrototypeOf(tips));

      // Both follow the page's language: German fetches the parts these two need, from beside the files.
            for (const tag of ['knee-map', 'recovery-tips']) made.push(document.body.appendChild(document.createElement(tag)));
      const [mapEl, tipsEl] = made as [HTMLElement, HTMLElement];
      await waitUntil(() => titleText(mapEl) && titleText(tipsEl), 'both widgets render', LOADING);
      const english = made.map(titleText);
      document.documentElement.lang = 'de';
      await waitUntil(() => titleText(mapEl) !== english[0] && titleText(tipsEl) !== english[1], 'both widgets in German', LOADING);
      await waitUntil(() => tipsEl.shadowRoot?.textContent?.includes('Plane Ruhetage ein'), 'the tips part in German', LOADING);
      const loaded = performance
        .getEntriesByType('resource')
        .map((e) => new URL(e.name).pathname)
        .filter((p) => p.includes('/locales/'));
      expect(loaded.length).to.be.above(0);
      for (const p of loaded) expect(p).to.match(/^\/dist\/widgets\/(locales\/de-(common|conditions|tips|knee-map|recovery-tips)-[\w-]{6}|language)\.js$/);

      // language.js runs on the same runtime, so its setLocale changes these widgets.
      const language = (await load('/dist/widgets/language.js')) as {setLocale(l: string | null): Promise<void>; getLocale(): string};
      const german = made.map(titleText);
      await language.setLocale('fr');
      expect(language.getLocale()).to.equal('fr');
      await waitUntil(() => titleText(mapEl) !== german[0] && titleText(mapEl) !== english[0], 'the map in French', LOADING);
      await language.setLocale(null);
      await waitUntil(() => titleText(mapEl) === german[0], 'back to following <html lang="de">', LOADING);
    } finally {
      document.documentElement.lang = lang;
      made.forEach((el) => el.remove());
      warnings.restore();
      window.removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
    expect(warnings.messages).to.deep.equal([]);
  });

  it('loads a widget file twice (another URL for the same file) without an exception, with one warning', async () => {
    await load('/dist/widgets/knee-map.js');
    const map = customElements.get('knee-map');
    const warnings = await warningsWhileLoading('/dist/widgets/knee-map.js?v=2');
    expect(customElements.get('knee-map')).to.equal(map);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('<knee-map>');
  });

  it('lets the one-file bundle join a page that has widget files: the rest get defined, one warning', async () => {
    await load('/dist/widgets/knee-map.js');
    await load('/dist/widgets/recovery-tips.js');
    const map = customElements.get('knee-map');
    const warnings = await warningsWhileLoading('/dist/knee-widgets.js');
    expect(customElements.get('knee-map')).to.equal(map);
    for (const tag of TAGS) expect(customElements.get(tag), tag).to.exist;
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('<knee-map>').and.include('<recovery-tips>');
  });
});
