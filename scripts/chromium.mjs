// Starts the Debian chromium (CHROME_PATH, else the first of chromium/chromium-browser/google-chrome on
// PATH) headless through puppeteer-core. Nothing is downloaded.
import {execFileSync} from 'node:child_process';
import puppeteer from 'puppeteer-core';

export function chromiumPath() {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
    try {
      return execFileSync('sh', ['-c', `command -v ${name}`], {encoding: 'utf8'}).trim();
    } catch {
      /* try the next */
    }
  }
  throw new Error('No Chromium found: install the Debian package `chromium` or set CHROME_PATH.');
}

/** Headless flags for this kind of machine (root, no GPU, no network but the registries). */
export function chromiumArgs() {
  const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  return [
    ...(asRoot ? ['--no-sandbox'] : []),
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
}

export function launch() {
  return puppeteer.launch({executablePath: chromiumPath(), headless: true, args: chromiumArgs()});
}
