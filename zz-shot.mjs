import {launch} from './scripts/chromium.mjs';
import {serve} from './scripts/serve.mjs';
const [,, tag = 'knee-map', attrs = '', width = '360', out = '/tmp/shot.png', lang = 'en'] = process.argv;
const s = await serve({'/p': () => `<!doctype html><html lang="en"><meta name="viewport" content="width=device-width"><body style="margin:8px;font-family:system-ui">
<${tag} ${attrs}></${tag}><script type="module">import {setLocale} from '/dist/knee-widgets.js'; ${lang !== 'en' ? `setLocale('${lang}')` : ''}</script></body></html>`});
const b = await launch();
const p = await b.newPage();
await p.setViewport({width: Number(width), height: 900});
await p.goto(s.origin + '/p');
await new Promise((r) => setTimeout(r, 800));
await p.screenshot({path: out, fullPage: true});
await b.close(); await s.close();
