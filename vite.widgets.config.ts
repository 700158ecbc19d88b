import {existsSync, readdirSync} from 'node:fs';
import {defineConfig, mergeConfig} from 'vite';
import baseConfig from './vite.config.js';

/** Every widget: a folder of src/ with a define file of the same name (src/knee-map/knee-map.ts). */
const TAGS = readdirSync('src').filter((dir) => existsSync(`src/${dir}/${dir}.ts`));
/** The entries: one per widget, and the language API (setLocale, …) on the same runtime. */
const ENTRIES = {...Object.fromEntries(TAGS.map((tag) => [tag, `src/${tag}/${tag}.ts`])), language: 'src/language.ts'};
const isTranslation = (id: string) => /[\\/]generated[\\/]locales[\\/]/.test(id);

/** What only some widgets need, each a chunk of its own outside the runtime (module file → chunk). */
const OWN_CHUNK: Record<string, string> = {
  // Names and one line: knee-map, knee-pain-check. The map's longer texts (condition-details.ts) stay in
  // its own file.
  'content/conditions.ts': 'conditions',
  // Titles, one line and cautions: recovery-tips, knee-pain-check. Why, how and when (tip-details.ts)
  // stay in the recovery-tips file.
  'content/tips.ts': 'tips',
  // Cold, then warmth: the map's condition texts and the pain check only, which both load the conditions.
  'content/care.ts': 'conditions',
  // The five regions' names: the map, the pain check and the tips. In the runtime, the two storing
  // widgets (which never name a region) paid for them, and the shoe page was 0.2 KB from its 30 KB.
  'content/regions.ts': 'regions',
  // What every widget but the shoe list uses (show-more toggles, the "see a professional" box): the shoe
  // page doesn't need them. (The live region that clears itself, shared/announcer.ts, is every widget's,
  // the shoe list's hidden one too: in the runtime.)
  'shared/toggle.styles.ts': 'advice',
  'shared/advice.ts': 'advice',
  'shared/url.ts': 'advice', // the booking link: the four advice widgets (AdviceElement), in advice anyway
  // Attributes that may be left unset (a preselected region, the tips' timing): the same three widgets.
  'shared/optional.ts': 'regions',
  // Following a <knee-map> (`for`): the tips and the pain check. Grouped last (see codeSplitting), as a
  // group takes in what its modules import that no group took before: here, shared/optional.ts.
  'shared/map-link.ts': 'map-link',
  // Code every page but the shoe list's uses, which sat in the runtime: the shoe page was 0.02 KB from
  // its 30 KB. The injury figures (knee-map, training-load) and the region and condition id lists.
  'content/facts.ts': 'advice',
  // Every source, and looking them up by id (the studies are 0.4 KB): the shoe list cites its two articles
  // (content/articles.ts, in the runtime) directly.
  'content/sources.ts': 'advice',
  'shared/citations.ts': 'advice',
  'content/types.ts': 'advice',
  // Lit's live() (the pain check's answers, the tips' chips, training-load's fields). Both the facade and
  // the module behind it, or rolldown keeps the module in the runtime.
  'lit/directives/live.js': 'advice',
  'lit-html/directives/live.js': 'advice',
  // What only the map and the tips use: bulleted lists and source lists (in the advice chunk, the pain
  // check and training-load downloaded them unused). Arrow keys in a one-tab-stop row and the switches
  // (shared/roving.ts) are four widgets' and stay in the runtime: in a chunk of their own (0.57 KB with
  // its imports) they cost the pages that use them more than the 0.3 KB the pain check's pays there.
  'shared/lists.ts': 'lists',
  // The same two widgets' folds, which find in page can open (shared/fold.ts).
  'shared/fold.ts': 'lists',
  // And how they bring what a choice brought up into view (shared/reveal.ts).
  'shared/reveal.ts': 'lists',
  // shoe-mileage, training-load: saved data, units, dates (and showing them) and JSON, and reading the
  // numbers a reader types (shared/parse.ts; with the dates, 0.2 KB of every other page's runtime).
  'shared/storage.ts': 'storage',
  'shared/units.ts': 'storage',
  'shared/dates.ts': 'storage',
  'shared/parse.ts': 'storage',
  'shared/json.ts': 'storage',
  // "Delete my data from this browser": the same two widgets.
  'shared/forget.ts': 'storage',
};
const ownChunk = (id: string) => OWN_CHUNK[id.replace(/\\/g, '/').replace(/^.*\/(src|node_modules)\//, '')];

/**
 * `vite build -c vite.widgets.config.ts` (part of `npm run build`): one file per widget in
 * dist/widgets/, for pages that use one or two widgets and should not download all five.
 *
 * `<script type="module" src="…/widgets/knee-map.js">` registers `<knee-map>` alone. What the widgets
 * have in common (Lit, the shared base, the locale runtime, the two articles the shoe list cites) is one
 * `runtime` chunk that every widget file imports, so two widget files on one page run one copy of it: one
 * Lit, one set of translations. What only some widgets need (OWN_CHUNK: the regions, the advice parts,
 * the storage layer…) is a chunk of its own, so that a page with `<knee-map>` does not download the tips.
 * Translations are chunks in dist/widgets/locales/, split into the same parts as for the one-file bundle.
 */
export default mergeConfig(
  // The base's `lib` is replaced, not merged: mergeConfig would join the two `formats` arrays into
  // ['es', 'es'] and build everything twice.
  {...baseConfig, build: {...baseConfig.build, lib: false}},
  defineConfig({
    build: {
      outDir: 'dist/widgets',
      lib: {
        entry: ENTRIES,
        formats: ['es'],
        fileName: (_format: string, name: string) => `${name}.js`,
      },
      rolldownOptions: {
        output: {
          entryFileNames: '[name].js',
          // Short hashes, as in vite.config.ts: every importing file spells each name out.
          chunkFileNames: ({moduleIds}: {moduleIds: string[]}) =>
            moduleIds.length && moduleIds.every(isTranslation) ? 'locales/[name]-[hash:6].js' : 'chunks/[name]-[hash:6].js',
          codeSplitting: {
            groups: [
              // The runtime first, so that the chunks after it hold only their own modules and do not
              // pull Lit or @lit/localize in as dependencies.
              {
                name: 'runtime',
                test: (id: string) => !ownChunk(id) && !isTranslation(id),
                minShareCount: 2,
                priority: 2,
              },
              {
                name: (id: string) => ownChunk(id) ?? null,
                debugName: 'conditions, tips, regions, advice, storage, lists',
                test: (id: string) => !!ownChunk(id) && ownChunk(id) !== 'map-link',
                priority: 1,
              },
              {name: 'map-link', test: (id: string) => ownChunk(id) === 'map-link', priority: 0},
            ],
          },
        },
      },
    },
  }),
);
