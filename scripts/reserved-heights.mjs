// node scripts/reserved-heights.mjs: the first-screen height of each widget, in em, in English and in
// Times New Roman (most browsers' default serif; Liberation Serif, its metric twin, on Linux), at the
// four column widths the README's "reserve the room" rules are for (48em, 34em, 20em, and 80em for a column
// wider than 1000 px), in a 1200 x 900 window (the map's drawing is sized by the window's height too).
// The widgets that keep data are on a first visit, with saving on as pages leave it (the browser's profile
// is new and empty): `storage="none"` adds a line of its own, and measured more than a page shows.
// Run `npm run build` first; round each up into the README's rules. test/reserved-room.test.ts holds the
// README's figures to within 1.5em of what this measures.
import {existsSync} from 'node:fs';
import {launch} from './chromium.mjs';
import {serve} from './serve.mjs';

if (!existsSync('dist/knee-widgets.js')) {
  console.error('dist/knee-widgets.js is missing: run `npm run build` first.');
  process.exit(1);
}

const tags = ['knee-map', 'knee-pain-check', 'recovery-tips', 'training-load', 'shoe-mileage'];
const page = (url) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<style>body {margin: 0; font-family: 'Times New Roman', 'Liberation Serif', Tinos, serif} div {margin-bottom: 1em}</style>
<script type="module" src="/dist/knee-widgets.js"></script></head><body>
${tags.map((t) => `<div class="w${url.searchParams.get('w')}"><${t}></${t}></div>`).join('\n')}
<style>.w${url.searchParams.get('w')} {width: ${url.searchParams.get('w')}em}</style></body></html>`;

const server = await serve({'/heights': page});
const browser = await launch();
const rows = [];
try {
  for (const width of [48, 34, 20, 80]) {
    const tab = await browser.newPage();
    await tab.setViewport({width: 1200, height: 900});
    await tab.goto(`${server.origin}/heights?w=${width}`);
    const heights = await tab.evaluate(async (names) => {
      await Promise.all(names.map((n) => customElements.whenDefined(n)));
      const els = names.map((n) => document.querySelector(n));
      await Promise.all(els.map((el) => el.updateComplete));
      await document.fonts.ready;
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      return els.map((el) => el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).fontSize));
    }, tags);
    rows.push({column: `${width}em`, ...Object.fromEntries(tags.map((t, i) => [t, Number(heights[i].toFixed(1))]))});
    await tab.close();
  }
} finally {
  await browser.close();
  await server.close();
}
console.table(rows);
