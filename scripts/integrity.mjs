#!/usr/bin/env node
// Subresource Integrity for the built files a page loads: everything in dist/ but the npm modules (esm/).
//
// `node scripts/integrity.mjs --write` (the build runs it) writes dist/integrity.json: {"<path in dist/>": "sha384-…"}.
//
// `npx -p knee-widgets@<version> knee-widgets-integrity <URL of dist/> [entry…]` prints what a page pastes to load each entry (by
// default knee-widgets.js) pinned to these exact bytes: an import map whose `integrity` pins the entry and
// every file it may load after it (its chunks and translations), then a script tag with its own
// `integrity`. A file changed on the server, or by anyone between, is then refused instead of run.
import {createHash} from 'node:crypto';
import {existsSync, readFileSync, readdirSync, realpathSync, writeFileSync} from 'node:fs';
import {posix, relative, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {dynamicImports, staticImports} from './dist-closure.mjs';

const DIST = fileURLToPath(new URL('../dist/', import.meta.url));
const VERSION = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version;

/** `sha384-…` of the file at `path` in `dir`, as a browser checks it. */
const hash = (dir, path) => `sha384-${createHash('sha384').update(readFileSync(resolve(dir, path))).digest('base64')}`;

/** Every JavaScript file a page can load from `dir`, with its hash, by path (posix), sorted. */
export function integrity(dir = DIST) {
  const files = readdirSync(dir, {recursive: true})
    .map((f) => String(f).split('\\').join('/'))
    .filter((f) => f.endsWith('.js') && !f.startsWith('esm/'))
    .sort();
  return Object.fromEntries(files.map((f) => [f, hash(dir, f)]));
}


/** `entry` and every file it may load after it, in `dir`: paths in dist/, the entry first. */
export function reach(dir, entry) {
  const found = new Set();
  const visit = (path) => {
    if (found.has(path)) return;
    found.add(path);
    const text = readFileSync(resolve(dir, path), 'utf8');
    for (const spec of [...staticImports(text), ...dynamicImports(text)]) {
      if (/^\.\.?\//.test(spec)) visit(posix.normalize(posix.join(posix.dirname(path), spec)));
    }
  };
  visit(entry);
  return [...found];
}

/** The HTML that loads `entries` from `base` (the URL of dist/, ending in "/") pinned. */
export function snippet(base, entries = ['knee-widgets.js'], dir = DIST) {
  const url = (path) => new URL(path, base).href;
  const pins = {};
  for (const entry of entries) for (const path of reach(dir, entry)) pins[url(path)] = hash(dir, path);
  const map = JSON.stringify({integrity: pins}, null, 2).replaceAll('<', '\\u003c');
  const tags = entries
    .filter((e) => !e.endsWith('language.js'))
    .map((e) => `<script type="module" src="${url(e)}" integrity="${pins[url(e)]}" crossorigin="anonymous"></script>`);
  const after = Object.keys(pins).filter((u) => !entries.some((e) => url(e) === u)).length;
  return [
    `<!-- knee-widgets ${VERSION}. In <head>, before any other module script; a page that has an import map already adds these pins to it. Pins ${entries.join(', ')} and the ${after} files loaded after ${entries.length > 1 ? 'them' : 'it'}. -->`,
    `<script type="importmap">\n${map}\n</script>`,
    ...tags,
  ].join('\n');
}

const USAGE = `Usage: knee-widgets-integrity <URL of dist/, ending in "/"> [entry…]
  Prints an import map and script tags that load the entries (default knee-widgets.js; or widgets/knee-map.js,
  widgets/language.js…) from that URL pinned to the bytes of knee-widgets ${VERSION}. Give the final URL of an
  exact version (https://cdn.jsdelivr.net/npm/knee-widgets@${VERSION}/dist/), not one that redirects.`;

/** Why `base` and `entries` can't be pinned with these files, or null. */
function refusal(base, entries) {
  if (!/^https?:\/\/[^/]+\/(.*\/)?$/.test(base)) return USAGE;
  const named = /knee-widgets@([^/]+)\//.exec(base)?.[1];
  if (named && named !== VERSION) return `${base} names knee-widgets@${named}, but these hashes are of ${VERSION}: run npx -p knee-widgets@${named} knee-widgets-integrity ${base}`;
  const missing = entries.filter((e) => !existsSync(resolve(DIST, e)));
  return missing.length ? `No such file in dist/: ${missing.join(', ')}\n\n${USAGE}` : null;
}

// Run, not imported (npx runs it through a link in node_modules/.bin).
if (process.argv[1] && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url))) {
  const [first, ...rest] = process.argv.slice(2);
  if (first === '--write') {
    // The build's own step.
    const out = resolve(DIST, 'integrity.json');
    const pins = integrity();
    writeFileSync(out, `${JSON.stringify(pins, null, 2)}\n`);
    console.log(`${relative(process.cwd(), out)}: ${Object.keys(pins).length} files`);
  } else {
    const entries = rest.length ? rest : ['knee-widgets.js'];
    const refused = first ? refusal(first, entries) : USAGE;
    if (refused) {
      console.error(refused);
      process.exit(1);
    }
    console.log(snippet(first, entries));
  }
}
