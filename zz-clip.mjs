import {launch} from './scripts/chromium.mjs';
import {serve} from './scripts/serve.mjs';
const [,, tag, attrs, width, out, sel] = process.argv;
const s = await serve({'/p': () => `<!doctype html><html lang="en"><meta name="viewport" content="width=device-width"><body style="margin:8px;font-family:system-ui">
<${tag} ${attrs}></${tag}><script type="module" src="/dist/knee-widgets.js"></script></body></html>`});
const b = await launch();
const p = await b.newPage();
await p.setViewport({width: Number(width), height: 900});
await p.goto(s.origin + '/p');
await new Promise((r) => setTimeout(r, 800));
const h = await p.evaluateHandle((t, q) => document.querySelector(t).shadowRoot.querySelector(q), tag, sel);
await h.asElement().screenshot({path: out});
await b.close(); await s.close();
