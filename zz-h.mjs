import {launch} from './scripts/chromium.mjs';
import {serve} from './scripts/serve.mjs';
const tags = ['knee-map', 'knee-pain-check', 'recovery-tips', 'training-load', 'shoe-mileage'];
const s = await serve({'/p': () => `<!doctype html><html lang="en"><body style="margin:0;--w:48em"><div style="width:var(--w)">
${tags.map((t) => `<${t} storage="none"></${t}>`).join('')}</div><script type="module" src="/dist/knee-widgets.js"></script></body></html>`});
const b = await launch();
const p = await b.newPage();
for (const [w, col] of [[1024, '39em'], [1024, '30em'], [352, '22em']]) {
await p.setViewport({width: w, height: 900});
await p.goto(s.origin + '/p');
await p.evaluate((c) => document.body.style.setProperty('--w', c), col);
await new Promise((r) => setTimeout(r, 1000));
console.log(w, col, await p.evaluate((tags) => tags.map((t) => t + ' ' + (document.querySelector(t).getBoundingClientRect().height / 16).toFixed(1) + 'em').join(', '), tags));
}
await b.close(); await s.close();
