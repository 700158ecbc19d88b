// npm run audit: Lighthouse (the npm package, driving Debian's chromium through puppeteer-core) on the
// built demo (demo-dist/). Checks the targets: performance ≥ 95, accessibility 100, best practices 100,
// cumulative layout shift 0. Writes bench/lighthouse.json. Exits 1 when a target is missed.
import {existsSync, writeFileSync} from 'node:fs';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import {launch} from './chromium.mjs';
import {serve} from './serve.mjs';

if (!existsSync('demo-dist/index.html')) {
  console.error('demo-dist/ is missing: run `npm run build:demo` first.');
  process.exit(1);
}
const server = await serve();
const browser = await launch();
const results = {};
let failed = false;
try {
  for (const formFactor of ['mobile', 'desktop']) {
    const page = await browser.newPage();
    // Lighthouse's own presets: the default (a mid-range phone on a slow network) and its desktop config.
    const {lhr} = await lighthouse(
      `${server.origin}/demo-dist/index.html`,
      {output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices']},
      formFactor === 'desktop' ? desktopConfig : undefined,
      page,
    );
    const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    const cls = lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN;
    const row = {performance: score('performance'), accessibility: score('accessibility'), bestPractices: score('best-practices'), cls};
    results[formFactor] = row;
    const ok = row.performance >= 95 && row.accessibility === 100 && row.bestPractices === 100 && cls === 0;
    failed ||= !ok;
    console.log(`${formFactor.padEnd(8)} performance ${row.performance}  accessibility ${row.accessibility}  best practices ${row.bestPractices}  CLS ${cls}  ${ok ? 'ok' : 'MISSED'}`);
    if (!ok) {
      for (const [id, audit] of Object.entries(lhr.audits)) {
        if (audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative' && audit.scoreDisplayMode !== 'manual') {
          console.log(`  - ${id}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
        }
      }
    }
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
writeFileSync('bench/lighthouse.json', JSON.stringify({date: new Date().toISOString(), lighthouse: 'lighthouse (npm)', results}, null, 2) + '\n');
process.exit(failed ? 1 : 0);
