import {defineConfig, type Plugin} from 'vite';
import {licenses} from './build/licenses.js';
import {minifyTemplates} from './build/minify-templates.js';

/**
 * The generated locale modules import `str` from @lit/localize. Bundled as they are, that import
 * would tie each locale chunk to the main bundle (or to a shared chunk), and a page that loads the
 * bundle with a query string (`knee-widgets.js?v=3`) would get a second copy of the library from the
 * chunk's import. `str` only builds a plain object, so the chunks get their own three-line copy and
 * import nothing at all.
 */
function selfContainedLocales(): Plugin {
  return {
    name: 'knee-widgets:self-contained-locales',
    transform(code, id) {
      if (!/[\\/]src[\\/]generated[\\/]locales[\\/]/.test(id)) return null;
      const replaced = code.replace(
        /import\s*\{\s*str\s*\}\s*from\s*['"]@lit\/localize['"];?/,
        'const str = (strings, ...values) => ({strTag: true, strings, values});',
      );
      if (/from\s*['"]/.test(replaced)) this.error(`unexpected import left in locale module ${id}`);
      return {code: replaced, map: null};
    },
  };
}

/**
 * `vite build` writes the one-file bundle for pages: dist/knee-widgets.js registers every element with
 * Lit bundled in and imports nothing. Its entry is src/bundle.ts (src/index.ts, with modules ordered to
 * compress well). Translations are chunks beside it (dist/locales/*.js), loaded on first use relative
 * to the bundle's own URL, so it works from any CDN path or sub-folder.
 * It is built in library mode for one reason: Vite then leaves dynamic imports as they are. In app
 * mode it wraps each one in its module-preload helper (about 0.7 KB gzip) even with `modulePreload:
 * false` (vitejs/vite#18551), and a locale chunk has nothing to preload. Library mode would also keep
 * whitespace and `@__PURE__` comments in an ES build, so `minify` and `comments` are set again below.
 * `vite` (dev) serves the demo from demo/.
 */
export default defineConfig({
  plugins: [selfContainedLocales(), minifyTemplates(), licenses()],
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: false,
    minify: true,
    sourcemap: true,
    modulePreload: false,
    copyPublicDir: false,
    lib: {entry: 'src/bundle.ts', formats: ['es'], fileName: () => 'knee-widgets.js'},
    rolldownOptions: {
      preserveEntrySignatures: 'allow-extension',
      output: {
        format: 'es',
        minify: true,
        comments: false,
        entryFileNames: 'knee-widgets.js',
        // Six characters of hash are enough to change when a file does, and each name is written in
        // every file that imports it: two fewer random characters each is ~50 bytes less on every page.
        chunkFileNames: 'locales/[name]-[hash:6].js',
      },
    },
  },
});
