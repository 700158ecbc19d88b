// Runs the Orca screen reader on the widgets and writes down what it says: a real screen reader's words, not
// the accessibility tree the tests read. Headless: Xvfb, its own D-Bus session and AT-SPI bus, Orca with its
// debug log (each "SPEECH OUTPUT:" line is what it would speak), speech-dispatcher's dummy voice into an ALSA
// null device, and Firefox ESR (or Chromium with --force-renderer-accessibility) driven by real key
// presses (xdotool), which Orca sees as a reader's. Each widget's page is loaded from a local server.
//
//   apt-get install -y --no-install-recommends orca at-spi2-core dbus-x11 speech-dispatcher \
//     python3-pyatspi gir1.2-atspi-2.0 xdotool x11-xserver-utils xvfb firefox-esr   (and chromium)
//   npm run build
//   node scripts/orca.mjs [--browser=firefox|chromium] [--out=FILE] [knee-map shoe-mileage ...]
//
// The transcript (markdown) goes to FILE, else stdout: each step's keys, then the words Orca spoke, in
// order. Orca's whole debug log is kept next to FILE (FILE.orca-debug.out). Key echo is off, so only what
// the page makes Orca say is written. The timing is a real reader's: on a busy machine the browser's events
// and Orca's words can come seconds after the key, so each step waits until Orca's log has not grown for
// QUIET_MS (5000; more on a loaded machine) before the next key. Words that still come late show under the
// next step: read a widget's transcript as one run of speech. Say All on load is off (see below).
import {execFileSync, spawn} from 'node:child_process';
import {existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {chromiumArgs, chromiumPath} from './chromium.mjs';
import {serve} from './serve.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const browser = option('browser', 'firefox');
const out = option('out');
const chosen = args.filter((a) => !a.startsWith('--'));
const self = fileURLToPath(import.meta.url);

// ---- outside: a display and a D-Bus session, then this script again inside them ----------------------------
if (!process.env.KNEE_ORCA_INSIDE) {
  for (const tool of ['Xvfb', 'dbus-run-session', 'orca', 'xdotool', 'xset', '/usr/libexec/at-spi-bus-launcher', 'speech-dispatcher']) {
    try {
      execFileSync('sh', ['-c', `command -v ${tool}`], {stdio: 'ignore'});
    } catch {
      throw new Error(`${tool} is missing: see the packages at the top of scripts/orca.mjs`);
    }
  }
  const xvfb = spawn('Xvfb', ['-displayfd', '1', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {stdio: ['ignore', 'pipe', 'ignore']});
  const display = await new Promise((resolve, reject) => {
    xvfb.stdout.once('data', (d) => resolve(`:${String(d).trim()}`));
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited (${code})`)));
  });
  const inner = spawn('dbus-run-session', ['--', process.execPath, self, ...args], {
    stdio: 'inherit',
    env: {...process.env, DISPLAY: display, KNEE_ORCA_INSIDE: '1'},
  });
  const code = await new Promise((resolve) => inner.once('exit', (c) => resolve(c ?? 1)));
  xvfb.kill();
  process.exit(code);
}

// ---- inside ---------------------------------------------------------------------------------------------------
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const work = mkdtempSync(join(tmpdir(), 'knee-orca-'));
const home = join(work, 'home');
const debugFile = out ? `${out}.orca-debug.out` : join(work, 'orca-debug.out');
const children = [];
const start = (cmd, argv, extra = {}) => {
  const env = {...process.env, HOME: home, XDG_RUNTIME_DIR: join(work, 'run'), GNOME_ACCESSIBILITY: '1'};
  const child = spawn(cmd, argv, {stdio: 'ignore', detached: true, ...extra, env: {...env, ...extra.env}});
  children.push(child);
  return child;
};
const stopAll = () => {
  for (const child of children.reverse()) {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      /* gone */
    }
  }
};
process.on('exit', stopAll);

// speech-dispatcher: the dummy voice, played into ALSA's null device (no sound card, no PulseAudio here).
mkdirSync(join(home, '.config/speech-dispatcher'), {recursive: true});
mkdirSync(join(work, 'run'), {recursive: true, mode: 0o700});
writeFileSync(join(home, '.asoundrc'), 'pcm.!default { type null }\nctl.!default { type hw card 0 }\n');
writeFileSync(join(home, '.config/speech-dispatcher/speechd.conf'), 'AddModule "dummy" "sd_dummy" ""\nDefaultModule dummy\nAudioOutputMethod "alsa"\n');
// Orca's settings: its defaults, with key echo off (else every key pressed is spoken, Tab, letters...) and
// no Say All on page load (with the dummy voice it never hears the end of it, stays "in Say All" and then
// keeps browse mode where a reader would get focus mode).
const prefs = join(work, 'orca');
const quiet = {enableKeyEcho: false, sayAllOnLoad: false};
mkdirSync(prefs, {recursive: true});
writeFileSync(join(prefs, 'user-settings.conf'), JSON.stringify({general: quiet, profiles: {default: {profile: ['Default', 'default'], ...quiet, pronunciations: {}, keybindings: {}}}, pronunciations: {}, keybindings: {}}));

const x = (...argv) => execFileSync('xdotool', argv, {encoding: 'utf8'}).trim();
// Xvfb's autorepeat would turn a key held while the machine is busy into two.
execFileSync('xset', ['r', 'off']);
start('/usr/libexec/at-spi-bus-launcher', ['--launch-immediately']);
// In the foreground, ours to stop (Orca's own autospawn would leave a daemon behind).
start('speech-dispatcher', ['--run-single', '--timeout', '0', '--communication-method', 'unix_socket']);
await sleep(1500);
start('orca', ['--replace', '-u', prefs, `--debug-file=${debugFile}`]);

const log = () => (existsSync(debugFile) ? readFileSync(debugFile, 'utf8') : '');
const spoken = (text) =>
  [...text.matchAll(/^[\d:.]+ - SPEECH OUTPUT: '(.*)'\s?(?:\{.*\})?$/gm)].map((m) => m[1]).filter((s) => s.trim());
async function until(test, ms, what) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (test()) return;
    await sleep(250);
  }
  throw new Error(`timed out waiting for ${what}`);
}
await until(() => spoken(log()).includes('Screen reader on.'), 30000, 'Orca ("Screen reader on.")');

const server = await serve({
  '/p': (url) => {
    const w = url.searchParams.get('w');
    return `<!doctype html><html lang=en><meta charset=utf-8><title>Knee ${w}</title><script type=module src=/dist/knee-widgets.js></script><p><a href="#before">Before</a></p><${w}></${w}><p><a href="#after">After</a></p>`;
  },
});

if (browser === 'firefox') {
  const profile = join(work, 'firefox');
  mkdirSync(profile);
  const prefs = {
    'browser.shell.checkDefaultBrowser': false,
    'browser.startup.homepage_override.mstone': 'ignore',
    'startup.homepage_welcome_url': 'about:blank',
    'datareporting.policy.dataSubmissionPolicyBypassNotification': true,
    'toolkit.telemetry.reportingpolicy.firstRun': false,
    'browser.aboutwelcome.enabled': false,
    'browser.sessionstore.resume_from_crash': false,
    'browser.newtabpage.enabled': false,
    'browser.startup.page': 0,
  };
  writeFileSync(join(profile, 'user.js'), Object.entries(prefs).map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});\n`).join(''));
  start(process.env.FIREFOX_PATH || 'firefox-esr', ['--no-remote', '--profile', profile, 'about:blank']);
} else {
  // The Debian chromium and the flags the other scripts start it with (scripts/chromium.mjs), with a window.
  start(chromiumPath(), [...chromiumArgs(), '--force-renderer-accessibility', '--no-first-run', '--password-store=basic', `--user-data-dir=${join(work, 'chromium')}`, 'about:blank']);
}
let win = '';
const findWindow = () => {
  try {
    return x('search', '--onlyvisible', '--class', browser === 'firefox' ? 'firefox' : 'chromium').split('\n')[0];
  } catch {
    return ''; // none yet: xdotool exits 1
  }
};
await until(() => (win = findWindow()), 60000, 'the browser window');
x('windowfocus', '--sync', win);
await until(() => /Mozilla Firefox frame|Chromium frame/.test(spoken(log()).join('\n')), 30000, 'the browser window spoken').catch(() => undefined);
await sleep(5000);

// ---- steps ---------------------------------------------------------------------------------------------------
const QUIET_MS = Number(process.env.QUIET_MS ?? 5000);
let mark = spoken(log()).length;
const transcript = [];
/** Sends `keys` (xdotool names; 'type:text' types text), then waits until Orca has been quiet QUIET_MS. */
async function step(keys, note = '') {
  for (const k of [keys].flat()) {
    if (k.startsWith('type:')) x('type', '--delay', '60', k.slice(5));
    else x('key', k);
    await sleep(300);
  }
  // Quiet: Orca's log (every event the browser sends it, and each word it speaks) has not grown for QUIET_MS.
  // Speech alone is no sign: on a busy machine the browser's events can come seconds after the key.
  let size = statSync(debugFile).size;
  let quietSince = Date.now();
  const deadline = Date.now() + 30000;
  while (Date.now() < deadline && Date.now() - quietSince < QUIET_MS) {
    await sleep(200);
    const now = statSync(debugFile).size;
    if (now === size) continue;
    size = now;
    quietSince = Date.now();
  }
  const said = spoken(log()).slice(mark);
  mark += said.length;
  transcript.push(`- **${[keys].flat().join(' ') || '(wait)'}**${note ? ` (${note})` : ''}`, ...(said.length ? said.map((s) => `  - “${s}”`) : ['  - (nothing)']));
  return said;
}
async function open(widget) {
  transcript.push('', `## <${widget}> in ${browser}`, '');
  const loaded = `Finished loading Knee ${widget}.`;
  for (let tries = 0; ; tries++) {
    const said = await step(['ctrl+l', `type:${server.origin}/p?w=${widget}`, 'Return'], 'load the page');
    if (said.includes(loaded)) break;
    await until(() => spoken(log()).slice(mark).includes(loaded), 30000, `"${loaded}"`).catch(() => undefined);
    if (spoken(log()).slice(mark).includes(loaded) || tries === 2) break;
  }
  await step([], 'the page loaded');
  // Orca's caret to the top, on the link before the widget: Firefox's next Tab goes on from there.
  await step('ctrl+Home', 'top of the page');
}

const scenarios = (await import('./orca-scenarios.mjs')).scenarios;
try {
  for (const [widget, run] of Object.entries(scenarios)) {
    if (chosen.length && !chosen.includes(widget)) continue;
    await open(widget);
    await run(step);
  }
} finally {
  const text = `# What Orca said (${browser}, ${new Date().toISOString()})\n${transcript.join('\n')}\n`;
  if (out) writeFileSync(out, text);
  else process.stdout.write(text);
  await server.close();
  stopAll();
  // (Chromium may still be writing its profile as it exits.)
  await sleep(2000);
  if (!process.env.KEEP_WORK) rmSync(work, {recursive: true, force: true, maxRetries: 5, retryDelay: 500});
}
process.exit(0);
