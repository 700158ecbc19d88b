// npm run screenshots: PNGs of the built widgets (dist/knee-widgets.js) in headless Chromium, so the
// drawings can be reviewed by eye. Writes screenshots/<widget>-<case>-<width>.png, and the README's
// pictures, docs/<widget>.png (tracked: commit them when a widget's look changes).
// Run `npm run build` first.
import {existsSync, mkdirSync} from 'node:fs';
import {launch} from './chromium.mjs';
import {serve} from './serve.mjs';

if (!existsSync('dist/knee-widgets.js')) {
  console.error('dist/knee-widgets.js is missing: run `npm run build` first.');
  process.exit(1);
}

const cases = [
  // [name, markup, setup?]: setup runs in the page with the widget, to show a state markup can't reach.
  ['knee-map-front', '<knee-map></knee-map>'],
  ['knee-map-front-selected', '<knee-map region="front" cta-href="https://clinic.example/book"></knee-map>'],
  ['knee-map-back', '<knee-map view="back"></knee-map>'],
  ['knee-map-back-selected', '<knee-map view="back" region="back"></knee-map>'],
  ['knee-map-left-inner-dark', '<knee-map side="left" region="inner" theme="dark"></knee-map>'],
  ['recovery-tips-outer', '<recovery-tips region="outer" timing="right-after"></recovery-tips>'],
  ['training-load-spike', '<training-load storage="none" weeks="20,22,21,24,40"></training-load>'],
  ['training-load-dark', '<training-load storage="none" unit="km" theme="dark" weeks="30,32,35,38,40,44"></training-load>'],
  ['shoe-mileage-empty', '<shoe-mileage storage="none"></shoe-mileage>'],
  ['knee-pain-check-start', '<knee-pain-check cta-href="https://clinic.example/book"></knee-pain-check>'],
  ['knee-pain-check-how', '<knee-pain-check></knee-pain-check>', (el) => (el.shadowRoot.querySelector('[part="how"]').open = true)],
];
const widths = [320, 800];

const page = (url) => `<!doctype html><html lang="${url.searchParams.get('lang') ?? 'en'}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<link rel="stylesheet" href="/scripts/screenshot-page.css">
<script type="module" src="/dist/knee-widgets.js"></script></head>
<body class="${url.searchParams.get('dark') ? 'dark' : ''}">${url.searchParams.get('markup')}</body></html>`;

const server = await serve({'/shot': page});
const browser = await launch();
mkdirSync('screenshots', {recursive: true});
const errors = [];
try {
  for (const [name, markup, setup] of cases) {
    for (const width of widths) {
      const tab = await browser.newPage();
      tab.on('pageerror', (e) => errors.push(`${name}@${width}: ${e.message}`));
      await tab.setViewport({width, height: 900, deviceScaleFactor: 1});
      const url = new URL('/shot', server.origin);
      url.searchParams.set('markup', markup);
      if (markup.includes('theme="dark"')) url.searchParams.set('dark', '1');
      await tab.goto(url.href, {waitUntil: 'networkidle0'});
      const widget = await tab.$('body > :first-child');
      await widget.evaluate(async (el) => {
        await customElements.whenDefined(el.localName);
        await el.updateComplete;
      });
      if (setup) {
        await widget.evaluate(setup);
        await widget.evaluate((el) => el.updateComplete);
      }
      const file = `screenshots/${name}-${width}.png`;
      await tab.screenshot({path: file, fullPage: true});
      console.log(`wrote ${file}`);
      await tab.close();
    }
  }
  // The pictures in the README: the map's first screen on a desktop, with a region selected, and each
  // other widget's first screen on a phone, in a state that shows what it does.
  const pictures = [
    ['knee-map', 960, 760, '<knee-map region="outer" cta-href="https://clinic.example/book"></knee-map>'],
    ['knee-pain-check', 390, 760, '<knee-pain-check></knee-pain-check>'],
    ['recovery-tips', 390, 760, '<recovery-tips region="front"></recovery-tips>'],
    ['training-load', 960, 760, '<training-load storage="none" unit="km" weeks="30,32,31,34,41"></training-load>'],
    [
      'shoe-mileage',
      390,
      760,
      '<shoe-mileage storage="none" unit="km"></shoe-mileage>',
      (el) => {
        const ago = (days) => new Date(Date.now() - days * 864e5).toISOString().slice(0, 10);
        const daily = el.addShoe({name: 'Daily trainer', model: 'Road, 10 mm drop', startKm: 610});
        const race = el.addShoe({name: 'Race day', startKm: 120});
        el.logRun(daily.id, 12, ago(1));
        el.logRun(race.id, 21.1, ago(3));
      },
    ],
  ];
  mkdirSync('docs', {recursive: true});
  for (const [tag, width, height, markup, setup] of pictures) {
    const tab = await browser.newPage();
    await tab.setViewport({width, height, deviceScaleFactor: 1});
    const url = new URL('/shot', server.origin);
    url.searchParams.set('markup', markup);
    await tab.goto(url.href, {waitUntil: 'networkidle0'});
    const widget = await tab.$('body > :first-child');
    await widget.evaluate((el) => el.updateComplete);
    if (setup) {
      await widget.evaluate(setup);
      await widget.evaluate((el) => el.updateComplete);
    }
    await tab.screenshot({path: `docs/${tag}.png`});
    console.log(`wrote docs/${tag}.png`);
    await tab.close();
  }
} finally {
  await browser.close();
  await server.close();
}
if (errors.length) {
  console.error(errors.join('\n'));
  process.exit(1);
}
