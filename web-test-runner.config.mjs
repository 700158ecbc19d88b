// Runs every test file in Chromium, Firefox and WebKit, using the browsers from Debian packages.
// Locally, missing engines are skipped (and named); with CI=true every engine is required.
// BROWSERS=chromium,firefox narrows the run while you work.
import {execFile, execFileSync, spawn} from 'node:child_process';
import {existsSync} from 'node:fs';
import {readFile} from 'node:fs/promises';
import {basename, dirname, relative, resolve} from 'node:path';
import {gzipSync} from 'node:zlib';
import net from 'node:net';
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {chromeLauncher} from '@web/test-runner-chrome';
import {puppeteerLauncher} from '@web/test-runner-puppeteer';
import {defaultReporter} from '@web/test-runner';
import {webdriverLauncher} from '@web/test-runner-webdriver';
import {a11ySnapshotPlugin} from '@web/test-runner-commands/plugins';
import {chromiumArgs} from './scripts/chromium.mjs';
import {staticClosure} from './scripts/dist-closure.mjs';
import {integrity, snippet} from './scripts/integrity.mjs';

const isCI = process.env.CI === 'true' || process.env.CI === '1';
const wanted = (process.env.BROWSERS ?? 'chromium,firefox,webkit').split(',').map((s) => s.trim()).filter(Boolean);

function which(...names) {
  for (const name of names) {
    try {
      const found = execFileSync('sh', ['-c', `command -v ${name}`], {encoding: 'utf8'}).trim();
      if (found) return found;
    } catch {
      /* not on PATH */
    }
  }
  return undefined;
}

function miniBrowser() {
  if (process.env.MINIBROWSER_PATH) return process.env.MINIBROWSER_PATH;
  for (const pkg of ['libwebkit2gtk-4.1-0', 'libwebkitgtk-6.0-4']) {
    try {
      const files = execFileSync('dpkg', ['-L', pkg], {encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore']});
      const hit = files.split('\n').find((f) => f.endsWith('/MiniBrowser'));
      if (hit && existsSync(hit)) return hit;
    } catch {
      /* package not installed */
    }
  }
  return undefined;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const {port} = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForPort(port, ms) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    const ok = await new Promise((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => {
        socket.end();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`WebKitWebDriver did not listen on port ${port} within ${ms} ms`);
}

/**
 * @web/test-runner-webdriver 1.0 opens each test file's page without waiting for it (its SessionManager's
 * queueStartSession drops the navigation's promise), so a navigation that failed, as a busy machine's
 * driver may, was an unhandled rejection: the runner stopped the whole run with exit 1 and its word for it
 * never reached the log (stops 51 and 57). This waits for it, tries once more, and a second failure is
 * that file's, with its error, as the runner reports a page that didn't start.
 */
function awaitedStart(launcher) {
  const queued = launcher.startSession.bind(launcher);
  let starts = 0;
  launcher.startSession = async function (id, url) {
    await this.ensureManagerInitialized();
    const manager = this.driverManager;
    if (typeof manager?.startSession !== 'function') return queued(id, url);
    // Not once the runner has moved on (a driver's reply can fail after the runner's 60 s for a start): the
    // one window would be taken back from the next file's page.
    const mine = ++starts;
    await manager.startSession(id, url).catch((error) => {
      if (mine !== starts) throw error;
      return manager.startSession(id, url);
    });
  };
  return launcher;
}

/** Starts `xvfb-run -a WebKitWebDriver --port=N` (its own process group) and stops it when we exit. */
async function startWebKitDriver(driver, xvfbRun) {
  const port = await freePort();
  const args = [`--port=${port}`, '--host=127.0.0.1'];
  const child = xvfbRun
    ? spawn(xvfbRun, ['-a', driver, ...args], {detached: true, stdio: 'ignore'})
    : spawn(driver, args, {detached: true, stdio: 'ignore'});
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
  };
  process.on('exit', stop);
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => (stop(), process.exit(130)));
  await waitForPort(port, 20000);
  return port;
}

const browsers = [];
const skipped = [];

if (wanted.includes('chromium')) {
  const chrome = process.env.CHROME_PATH || which('chromium', 'chromium-browser', 'google-chrome');
  if (chrome) {
    browsers.push(
      chromeLauncher({
        launchOptions: {
          executablePath: chrome,
          headless: true,
          args: chromiumArgs(),
        },
      }),
    );
  } else skipped.push('chromium (no chromium on PATH and no CHROME_PATH)');
}

if (wanted.includes('firefox')) {
  const firefox = process.env.FIREFOX_PATH || which('firefox-esr', 'firefox');
  if (firefox) {
    browsers.push(
      puppeteerLauncher({
        launchOptions: {browser: 'firefox', executablePath: firefox, headless: true},
      }),
    );
  } else skipped.push('firefox (no firefox-esr on PATH and no FIREFOX_PATH)');
}

if (wanted.includes('webkit')) {
  const driver = which('WebKitWebDriver');
  const binary = miniBrowser();
  const xvfbRun = process.env.DISPLAY ? undefined : which('xvfb-run');
  if (driver && binary && (xvfbRun || process.env.DISPLAY)) {
    const port = await startWebKitDriver(driver, xvfbRun);
    browsers.push(
      awaitedStart(webdriverLauncher({
        automationProtocol: 'webdriver',
        hostname: '127.0.0.1',
        port,
        path: '/',
        logLevel: 'error',
        capabilities: {
          browserName: 'MiniBrowser',
          'wdio:enforceWebDriverClassic': true,
          'webkitgtk:browserOptions': {binary, args: ['--automation']},
        },
      })),
    );
  } else skipped.push('webkit (needs WebKitWebDriver, MiniBrowser from libwebkit2gtk-4.1-0, and xvfb-run or a DISPLAY)');
}

if (skipped.length) {
  const message = `Browsers skipped: ${skipped.join('; ')}`;
  if (isCI) throw new Error(`${message}. CI requires all three engines.`);
  console.warn(`\n⚠ ${message}\n`);
}
if (!browsers.length) throw new Error('No browser engine found to run the tests in.');

/**
 * Built files as they are on disk, with their sizes, for the bundle tests (what a page downloads is served by
 * distAsBuilt, below). Only files under dist/.
 * - `executeServerCommand('dist-file', {path})`: one file's text, raw and gzip sizes.
 * - `executeServerCommand('dist-closure', {path})`: a file and everything it imports statically, with
 *   sizes (scripts/dist-closure.mjs, as the benchmark counts it).
 * - `executeServerCommand('integrity', {base, entries})`: dist/integrity.json as built, and what
 *   `knee-widgets-integrity <base> <entries…>` prints (scripts/integrity.mjs), with what it would write now.
 * - `executeServerCommand('integrity-cli', {args})`: that script run with `args`: its exit code and output.
 * - `executeServerCommand('package-json')`: package.json, to check that what it points at is built.
 * - `executeServerCommand('node-import', {specifiers, setup})`: imports each package path (`knee-widgets/bundle`)
 *   in a Node process of its own, as a server-side-rendering framework would, after the code `setup`: what
 *   each threw, or null.
 */
const distFilePlugin = {
  name: 'knee-widgets:dist-file',
  async executeCommand({command, payload}) {
    if (command === 'package-json') return JSON.parse(await readFile('package.json', 'utf8'));
    if (command === 'integrity-cli') {
      // The bin as a reader runs it: its exit code and what it printed.
      return new Promise((done) =>
        execFile(process.execPath, ['scripts/integrity.mjs', ...(payload?.args ?? [])], (error, stdout, stderr) => done({code: error?.code ?? 0, stdout, stderr})),
      );
    }
    if (command === 'integrity') {
      return {
        built: JSON.parse(await readFile('dist/integrity.json', 'utf8')),
        now: integrity(resolve('dist')),
        snippet: snippet(payload.base, payload.entries, resolve('dist')),
      };
    }
    if (command === 'node-import') {
      // The package imports itself by name from its own folder (Node's self-reference), through `exports`;
      // `setup` runs first (a server's or a unit test's stand-ins for the browser's globals).
      const one = (specifier) =>
        new Promise((done) =>
          execFile(process.execPath, ['--input-type=module', '-e', `${payload?.setup ?? ''}\nawait import(${JSON.stringify(specifier)});`], (error, _out, stderr) =>
            done([specifier, error ? stderr.split('\n').find((l) => /^[A-Z]\w*Error\b/.test(l)) ?? String(error).slice(0, 200) : null]),
          ),
        );
      return Object.fromEntries(await Promise.all((payload?.specifiers ?? []).map(one)));
    }
    if (command !== 'dist-file' && command !== 'dist-closure') return undefined;
    const file = resolve('dist', String(payload?.path ?? ''));
    if (relative(resolve('dist'), file).startsWith('..')) throw new Error(`${command}: ${payload?.path} is outside dist/`);
    if (command === 'dist-closure') return staticClosure(dirname(file), basename(file));
    const bytes = await readFile(file);
    return {text: bytes.toString('utf8'), raw: bytes.length, gzip: gzipSync(bytes, {level: 9}).length};
  },
};

/**
 * `/dist/<path>`: a file of dist/ byte for byte, with the CORS header a CDN sends: what a page downloads.
 * Through the dev server every test that loads the built bundle ran other bytes than the ones shipped
 * (esbuild's es2021 target lowered the private fields and static blocks a browser runs as they are, and it
 * added an inline source map), and a hash of them was not the file's. dist/esm/ is left to the dev server,
 * which resolves its bare `lit` imports as a bundler would.
 */
async function distAsBuilt(ctx, next) {
  if (!ctx.path.startsWith('/dist/') || ctx.path.startsWith('/dist/esm/')) return next();
  const file = resolve('dist', `.${ctx.path.slice('/dist'.length)}`);
  if (relative(resolve('dist'), file).startsWith('..') || !existsSync(file)) return next();
  ctx.type = file.endsWith('.js') ? 'text/javascript' : 'application/json';
  ctx.set('Access-Control-Allow-Origin', '*');
  ctx.body = await readFile(file);
}

/**
 * test/fixtures/back-forward.html as it is: the dev server adds a WebSocket to an HTML page it serves as
 * text, and a page with one open never goes into the back-forward cache (see `back-forward` below).
 */
async function asWritten(ctx, next) {
  if (ctx.path !== '/test/fixtures/back-forward.html') return next();
  ctx.type = 'html';
  ctx.body = await readFile(resolve(`.${ctx.path}`));
}

/**
 * `executeServerCommand('property-seed')`: the seed fast-check's properties run on (test/fast-check.ts).
 * FC_SEED when set, to replay a failure; in CI a fixed one, so that a red main is a change's doing, not a
 * draw's (a random seed once failed main in CI on a test bound too tight, which no commit had touched);
 * otherwise null, a new seed each run, as local runs keep exploring. A failure prints its seed.
 */
const propertySeed = process.env.FC_SEED ? Number(process.env.FC_SEED) : isCI ? 20261206 : null;
if (Number.isNaN(propertySeed)) throw new Error(`FC_SEED=${process.env.FC_SEED} is not a number`);
const propertySeedPlugin = {
  name: 'knee-widgets:property-seed',
  // (In an object: the runner takes a null result for a command no plugin knows.)
  executeCommand: ({command}) => (command === 'property-seed' ? {seed: propertySeed} : undefined),
};

/** Every test file first loads test/readable-failures.ts: a failed assertion on an element fails at once. */
const readableFailuresPlugin = {
  name: 'knee-widgets:readable-failures',
  transform(context) {
    if (!context.path.endsWith('.test.ts')) return undefined;
    return {body: `import '/test/readable-failures.ts';\n${context.body}`};
  },
};

/**
 * `executeServerCommand('forced-colors', {active})`: turns forced colours (Windows High Contrast) on or
 * off; `executeServerCommand('prefers-contrast', {active})` asks for more contrast (or no preference);
 * `executeServerCommand('print', {active})` lays the page out as for paper; `executeServerCommand('darken',
 * {active})` darkens a light page as Chrome's dark mode for sites does. Only Chromium can here
 * (the stock emulateMedia command leaves forced colours out for puppeteer); elsewhere they return false
 * and the test skips.
 */
/** The media features each test page has asked for: each command sets one and keeps the others. */
const emulatedFeatures = new Map();
/** The DevTools session that darkens each test page (`darken`). */
const darkening = new Map();
const mediaPlugin = {
  name: 'knee-widgets:media',
  async executeCommand({command, payload, session}) {
    if (command !== 'forced-colors' && command !== 'prefers-contrast' && command !== 'print' && command !== 'darken') return undefined;
    if (session.browser.type !== 'puppeteer') return false;
    const page = session.browser.getPage(session.id);
    if (command === 'print') return page.emulateMediaType(payload?.active ? 'print' : null).then(() => true, () => false);
    // Chrome's dark mode for sites (a phone in dark mode that darkens light pages): Chromium's DevTools
    // protocol only, so Firefox's driver says no.
    if (command === 'darken') {
      // One DevTools session a page, for as long as its darkening is on; off, the override goes with it.
      const cdp = darkening.get(session.id) ?? (await page.createCDPSession?.().catch(() => null));
      if (!cdp) return false;
      darkening.set(session.id, cdp);
      await cdp.send('Emulation.setAutoDarkModeOverride', payload?.active ? {enabled: true} : {});
      if (!payload?.active) {
        darkening.delete(session.id);
        await cdp.detach();
      }
    }
    const features = emulatedFeatures.get(session.id) ?? {};
    const [name, on, off] = {'forced-colors': ['forced-colors', 'active', 'none'], 'prefers-contrast': ['prefers-contrast', 'more', 'no-preference'], darken: ['prefers-color-scheme', 'dark']}[command];
    // (Darkening off leaves the reader's own light or dark setting, as the browser has it.)
    if (payload?.active || off) features[name] = payload?.active ? on : off;
    else delete features[name];
    emulatedFeatures.set(session.id, features);
    // Firefox's puppeteer speaks WebDriver BiDi, which has no such emulation.
    return page.emulateMediaFeatures(Object.entries(features).map(([name, value]) => ({name, value}))).then(
      () => true,
      () => false,
    );
  },
};

/** `use(tab)` in a new tab of the test's browser, closed after; false where the engine isn't driven by puppeteer. */
async function inNewTab(session, use) {
  if (session.browser.type !== 'puppeteer') return false;
  const tab = await session.browser.getPage(session.id).browser().newPage();
  try {
    return await use(tab);
  } finally {
    await tab.close();
  }
}

/**
 * `executeServerCommand('time-zone', {zone})`: runs the test's page in time zone `zone` (an IANA name,
 * "Europe/Berlin"), or back in this machine's with none, so that dates can be tested where clocks change
 * for summer and far from UTC; the runner's machine is in UTC. Chromium and Firefox can, through puppeteer;
 * WebKit's driver can't, so there it returns false and the test skips.
 */
const timeZonePlugin = {
  name: 'knee-widgets:time-zone',
  async executeCommand({command, payload, session}) {
    if (command !== 'time-zone') return undefined;
    if (session.browser.type !== 'puppeteer') return false;
    return session.browser.getPage(session.id).emulateTimezone(payload?.zone).then(
      () => true,
      () => false,
    );
  },
};

/**
 * `executeServerCommand('quote-link', {url})`: opens `url`, a link to a quote in a page (`#:~:text=…`),
 * in a tab of its own, as a search result's link or a shared quote opens, and returns what the widgets on
 * it have unfolded: the ids of the folds whose toggle says so, and of those shown. The browser's find in
 * page has no script interface; a quote link searches the page as it does. Only the puppeteer engines;
 * elsewhere it returns false and the test skips.
 */
const quoteLinkPlugin = {
  name: 'knee-widgets:quote-link',
  async executeCommand({command, payload, session}) {
    if (command !== 'quote-link') return undefined;
    return inNewTab(session, async (tab) => {
      await tab.goto(payload.url, {waitUntil: 'load'});
      // What is unfolded, once something is (a page in another language gets its words after the bundle),
      // or what is after the tests' loading wait (15 s), for the test to say what is missing.
      const unfolded = () => {
        const roots = [...document.querySelectorAll('*')].map((el) => el.shadowRoot).filter(Boolean);
        const ids = (selector) => roots.flatMap((root) => [...root.querySelectorAll(selector)].map((el) => el.id || el.getAttribute('aria-controls')));
        const found = {expanded: ids('[aria-controls][aria-expanded="true"]'), shown: ids('.details:not([hidden])')};
        return found.expanded.length || found.shown.length ? found : null;
      };
      await tab.waitForFunction(unfolded, {timeout: 15000}).catch(() => undefined);
      return (await tab.evaluate(unfolded)) ?? {expanded: [], shown: []};
    });
  },
};

/**
 * `executeServerCommand('back-forward', {url, next, then, until})`: opens `url` in a tab of its own, goes
 * on to `next` in that tab, runs `then` (a script's source) there, and goes Back, as a reader moving between
 * a site's pages does. Returns whether the page came back from the back-forward cache (`restored`), and the
 * text of its widgets and their fields once it holds `until`, or after 10 s. Only the puppeteer engines;
 * elsewhere it returns false and the test skips.
 */
const backForwardPlugin = {
  name: 'knee-widgets:back-forward',
  async executeCommand({command, payload, session}) {
    if (command !== 'back-forward') return undefined;
    const ready = () => [...document.querySelectorAll('*')].some((el) => el.shadowRoot?.querySelector('form'));
    // The widgets' text, and what their fields hold.
    const text = () =>
      [...document.querySelectorAll('*')]
        .filter((el) => el.shadowRoot)
        .flatMap((el) => [el.shadowRoot.textContent, ...[...el.shadowRoot.querySelectorAll('input')].map((i) => i.value)])
        .join(' ')
        .replace(/\s+/g, ' ');
    return inNewTab(session, async (tab) => {
      await tab.evaluateOnNewDocument(() => addEventListener('pageshow', (e) => (window.restored = e.persisted)));
      await tab.goto(payload.url, {waitUntil: 'load'});
      await tab.waitForFunction(ready, {timeout: 15000});
      await tab.goto(payload.next, {waitUntil: 'load'});
      await tab.waitForFunction(ready, {timeout: 15000});
      await tab.evaluate(payload.then);
      // Firefox's driver reports no navigation for a page taken from the cache: wait for the page instead.
      await tab.goBack({timeout: 2000}).catch(() => undefined);
      const back = (url) => location.href === url && window.restored !== undefined;
      await tab.waitForFunction(back, {timeout: 10000}, payload.url);
      await tab.waitForFunction(`(${text})().includes(${JSON.stringify(payload.until)})`, {timeout: 10000}).catch(() => undefined);
      return {restored: await tab.evaluate(() => window.restored), text: await tab.evaluate(text)};
    });
  },
};

/**
 * Ends the run with one plain line, `tests: N passed, N failed, N skipped`, counted over every engine, and
 * before it one line for each test that failed (`failed test: file (engine): suite > test: message`): CI
 * keeps only a log's tail, and a run's one failure, shown in the middle as its file ended, was cut off
 * there (stop 54's WebKit failure could not be named). And says `failed: file (engine)` as soon as a file
 * fails in an engine: the default reporter shows a file's failures only once every engine has run it, so
 * a run cut short said nothing of a failure in Chromium in a file WebKit had not reached (and .ci/run took
 * it for a run with no test failed).
 */
function summaryReporter() {
  // Twice (stops 51 and 57) the run ended partway with exit 1 and not a word from the runner, npm or the
  // shell, once with WebKit at file 40 of 53. Next time, the log says how: with the exit code, and where
  // process.exit() was called from if it was. Written straight to stderr: the runner holds back what
  // goes through console until it next draws its progress, which an exit never comes to.
  let summed = false;
  const say = (text) => summed || process.stderr.write(`\n${text}\n`);
  const exit = process.exit.bind(process);
  process.exit = (code) => (say(`process.exit(${code ?? ''}) before the run's summary, from:\n${new Error().stack}`), exit(code));
  process.on('exit', (code) => say(`the test runner exits with ${code} before the run's summary`));
  // The runner's own word for an uncaught exception, the likeliest of those ends, goes through console.
  process.on('uncaughtException', (error) => say(`an uncaught exception stops the run: ${error?.stack ?? error}`));
  let counts;
  let failures;
  const firstLine = (error, none) => String(error?.message ?? none).split('\n')[0].slice(0, 300);
  const said = new Set();
  const walk = (suite, c, where, path = []) => {
    for (const t of suite?.tests ?? []) {
      if (t.skipped) c.skipped++;
      else if (t.passed) c.passed++;
      else {
        c.failed++;
        failures.push(`failed test: ${where}: ${[...path, t.name].join(' > ')}: ${firstLine(t.error, 'no message')}`);
      }
    }
    for (const s of suite?.suites ?? []) walk(s, c, where, [...path, s.name]);
  };
  return {
    start({sessions}) {
      sessions.on('session-status-updated', (session) => {
        if (session.status !== 'FINISHED' || session.passed || said.has(session.id)) return;
        said.add(session.id);
        console.log(`\nfailed: ${relative('.', session.testFile)} (${session.browser.name})`);
      });
    },
    onTestRunFinished({sessions}) {
      counts = {passed: 0, failed: 0, skipped: 0};
      failures = [];
      for (const session of sessions) {
        const where = `${relative('.', session.testFile)} (${session.browser.name})`;
        walk(session.testResults, counts, where);
        // A file that failed to load (syntax error, failed import) has no results: count it as failed.
        if (!session.passed && !session.testResults?.tests?.length && !session.testResults?.suites?.length) {
          counts.failed++;
          failures.push(`failed test: ${where}: the file did not run: ${firstLine(session.errors?.[0], 'no results')}`);
        }
      }
    },
    stop() {
      if (!counts) return;
      if (failures.length) console.log(`\n${failures.join('\n')}`);
      console.log(`\ntests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
      summed = true;
    },
  };
}

export default {
  reporters: [defaultReporter(), summaryReporter()],
  files: ['test/**/*.test.ts'],
  nodeResolve: {exportConditions: ['production']},
  rootDir: '.',
  browsers,
  concurrency: 1,
  concurrentBrowsers: 3,
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  // A guard against a file that hangs, not a timing: WebKit runs the pain check's file (86 tests, about 30 axe
  // runs at half a second each there) in over 180 s on a busy two-core machine (a CI run with three engines
  // and other work beside it ran out at 180 s).
  testsFinishTimeout: 300000,
  testFramework: {config: {timeout: 20000}},
  middleware: [distAsBuilt, asWritten],
  plugins: [readableFailuresPlugin, propertySeedPlugin, esbuildPlugin({ts: true, target: 'es2021', tsconfig: './tsconfig.json'}), distFilePlugin, mediaPlugin, quoteLinkPlugin, backForwardPlugin, timeZonePlugin, a11ySnapshotPlugin()],
};
