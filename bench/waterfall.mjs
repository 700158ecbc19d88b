// node bench/waterfall.mjs [runs]: the network waterfall of a page with one widget, by its own file
// (dist/widgets/<tag>.js) and by the bundle, in English and German, on emulated Slow 3G and Fast 3G
// (Chrome DevTools' nominal figures: 400 ms and 150 ms latency). For each: the requests' chain depth
// (a request's depth is one more than the deepest request that had finished before it started; the
// page is 0), the time the tag is defined and the time the widget shows its text in the page's
// language. Timings live here, never in tests; the depth is held by scripts/waterfall-depth.mjs.
import {readFileSync} from 'node:fs';
import {launch} from '../scripts/chromium.mjs';
import {serve} from '../scripts/serve.mjs';

const WIDGETS = JSON.parse(readFileSync(new URL('./widgets.json', import.meta.url), 'utf8'));
const RUNS = Number(process.argv[2] ?? 3);
const ONLY = process.argv[3];
// PRESETS=puppeteer: puppeteer's PredefinedNetworkConditions instead, which are what DevTools' own
// presets send (the nominal latency times 5 and 3.75: 2000 ms and 562.5 ms).
const [slow, fast] = process.env.PRESETS === 'puppeteer' ? [2000, 562.5] : [400, 150];
const NETWORKS = {
  'Slow 3G': {latency: slow, downloadThroughput: ((500 * 1000) / 8) * 0.8, uploadThroughput: ((500 * 1000) / 8) * 0.8},
  'Fast 3G': {latency: fast, downloadThroughput: ((1.6 * 1000 * 1000) / 8) * 0.9, uploadThroughput: ((750 * 1000) / 8) * 0.9},
};
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const page = (url) => {
  const tag = url.searchParams.get('tag');
  const lang = url.searchParams.get('lang');
  const src = url.searchParams.get('src');
  const w = WIDGETS.find((x) => x.tag === tag);
  const attrs = Object.entries(w.attributes).map(([k, v]) => ` ${k}="${v}"`).join('');
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<script>
window.__t = {};
customElements.whenDefined(${JSON.stringify(tag)}).then(() => (__t.defined = performance.now()));
(function poll() {
  const base = document.querySelector(${JSON.stringify(tag)})?.shadowRoot?.querySelector('[part=base]');
  if (base && base.lang === ${JSON.stringify(lang)} && getComputedStyle(base).visibility === 'visible') __t.shown = performance.now();
  else requestAnimationFrame(poll);
})();
</script>
<script type="module" src="${src}"></script></head><body><${tag}${attrs}></${tag}></body></html>`;
};

const server = await serve({'/w': page});
const browser = await launch();
const rows = [];
for (const [network, conditions] of Object.entries(NETWORKS)) {
  for (const w of WIDGETS) {
    if (ONLY && w.tag !== ONLY) continue;
    for (const lang of ['en', 'de']) {
      for (const [how, src] of [['widget file', `/dist/widgets/${w.tag}.js`], ['bundle', '/dist/knee-widgets.js']]) {
        const runs = [];
        for (let i = 0; i < RUNS; i++) {
          const context = await browser.createBrowserContext();
          const tab = await context.newPage();
          const client = await tab.createCDPSession();
          await client.send('Network.enable');
          await client.send('Network.setCacheDisabled', {cacheDisabled: true});
          await client.send('Network.emulateNetworkConditions', {offline: false, ...conditions});
          const requests = new Map();
          client.on('Network.requestWillBeSent', (e) => requests.set(e.requestId, {url: e.request.url, start: e.timestamp}));
          client.on('Network.loadingFinished', (e) => requests.get(e.requestId) && (requests.get(e.requestId).end = e.timestamp));
          await tab.goto(`${server.origin}/w?tag=${w.tag}&lang=${lang}&src=${encodeURIComponent(src)}`);
          await tab.waitForFunction(() => window.__t.shown, {timeout: 60000, polling: 50});
          const t = await tab.evaluate(() => window.__t);
          const list = [...requests.values()].filter((r) => !r.url.endsWith('favicon.ico')).sort((a, b) => a.start - b.start);
          for (const r of list) {
            const before = list.filter((q) => q !== r && q.end !== undefined && q.end <= r.start);
            r.depth = before.length ? Math.max(...before.map((q) => q.depth)) + 1 : 0;
          }
          runs.push({defined: t.defined, shown: t.shown, depth: Math.max(...list.map((r) => r.depth)), requests: list.length, chain: list.map((r) => `${r.depth}:${r.url.replace(/^.*\/dist\//, '').replace(/-[\w-]{6}\.js$/, '')}`)});
          await context.close();
        }
        const row = {network, tag: w.tag, lang, how, depth: runs[0].depth, requests: runs[0].requests, defined: Math.round(median(runs.map((r) => r.defined))), shown: Math.round(median(runs.map((r) => r.shown))), chain: runs[0].chain.join(' ')};
        rows.push(row);
        console.log(`${network}\t${w.tag}\t${lang}\t${how}\tdepth ${row.depth}\t${row.requests} req\tdefined ${row.defined} ms\tshown ${row.shown} ms\t${process.env.CHAIN ? row.chain : ''}`);
      }
    }
  }
}
await browser.close();
await server.close();
if (process.env.OUT) (await import('node:fs')).writeFileSync(process.env.OUT, JSON.stringify(rows, null, 1));
