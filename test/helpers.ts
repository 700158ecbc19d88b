import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import type {TemplateResult} from 'lit';
import {executeServerCommand, sendKeys, setViewport} from '@web/test-runner-commands';
import {CONTENT_UPDATED} from '../src/content/updated.js';

/** The month the content last changed, as `locale` writes it ("December 2026"). */
export const updatedIn = (locale: string) =>
  new Intl.DateTimeFormat(locale, {month: 'long', year: 'numeric', timeZone: 'UTC'}).format(new Date(`${CONTENT_UPDATED}T12:00:00Z`));

/** The line that ends every widget: what it is not, and when its content last changed. */
export const DISCLAIMER = `General information, not medical advice. It cannot tell you what is wrong with your knee. Last updated: ${updatedIn('en')}.`;

/** Collects console.warn calls until `restore()`; the real console stays quiet meanwhile. */
export function captureWarnings(): {messages: string[]; restore: () => void} {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => {
    messages.push(args.map(String).join(' '));
  };
  return {messages, restore: () => (console.warn = original)};
}

/**
 * Moves the page's clock on by `days` (`new Date()` and `Date.now()`; a date given stays as given) until
 * the returned function is called: a page left open overnight, or a phone unlocked a week later.
 */
export function clockOn(days: number): () => void {
  const Real = Date;
  const shift = days * 86_400_000;
  class Later extends Real {
    constructor(...args: unknown[]) {
      super(...((args.length ? args : [Real.now() + shift]) as [number]));
    }
    static override now(): number {
      return Real.now() + shift;
    }
  }
  globalThis.Date = Later as DateConstructor;
  return () => (globalThis.Date = Real);
}

/**
 * Runs `body` with the page's time zone `zone` (an IANA name) and its clock at `at` (an ISO time), then puts
 * both back: a reader where the clocks change for summer, or far from UTC, at a given moment. Skips the
 * test where the driver can't set the zone (WebKit's).
 */
export async function inTimeZone(test: Mocha.Context, zone: string, at: string, body: () => unknown): Promise<void> {
  if (!(await executeServerCommand<boolean, {zone: string}>('time-zone', {zone}))) test.skip();
  const restore = clockOn((Date.parse(at) - Date.now()) / 86_400_000);
  try {
    await body();
  } finally {
    restore();
    await executeServerCommand('time-zone', {});
  }
}

/**
 * Runs `body` in a phone-sized window (`width` × `height`) on a page tall enough to scroll, then puts the
 * window and the scroll back. Skips the test where the driver cannot size the window (WebKit's).
 */
export async function onPhone(test: Mocha.Context, width: number, height: number, body: () => Promise<void>): Promise<void> {
  const viewport = {width: innerWidth, height: innerHeight};
  if (!(await setViewport({width, height}).then(() => true, () => false))) test.skip();
  const padding = document.body.style.paddingBottom;
  document.body.style.paddingBottom = '3000px';
  try {
    await body();
  } finally {
    document.body.style.paddingBottom = padding;
    scrollTo(0, 0);
    await setViewport(viewport);
  }
}

/** Shift+Tab; false where the driver can only press keys, not hold one (WebKit's). */
export async function shiftTab(): Promise<boolean> {
  const held = await sendKeys({down: 'Shift'}).then(
    () => true,
    () => false,
  );
  if (!held) return false;
  await sendKeys({press: 'Tab'});
  await sendKeys({up: 'Shift'});
  return true;
}

/**
 * Resolves once the window's scroll (or `box`'s) has stopped moving (a smooth scroll has ended): at one
 * place five looks in a row, each a frame after waitUntil's 50 ms poll (about 300 ms still). One look was
 * not enough on a busy machine: Firefox, running several test files at once, let a panel's glide stand
 * still for a moment, and a test measured it halfway. Three were not either, once, on a machine busy with
 * a second test run: the map's glide under a sticky header measured 2 px short of its end.
 */
export async function scrollEnds(box?: Element): Promise<void> {
  const at = () => (box ? box.scrollTop : scrollY);
  let [y, still] = [-1, 0];
  await waitUntil(async () => {
    await nextFrame();
    still = at() === y ? still + 1 : 0;
    y = at();
    return still >= 5;
  }, 'the scroll ends', {timeout: 5000});
}

/** Focuses `field` and leaves it at the window's foot (its last 4px under it), where Tab leaves a field it scrolls to. */
export async function atWindowFoot(field: HTMLElement): Promise<void> {
  field.focus();
  await scrollEnds();
  scrollBy(0, field.getBoundingClientRect().bottom - innerHeight + 4);
  await scrollEnds();
}

/** Checks that all of `note` is in the window, and the top of the `field` it is under too. */
export function expectNoteInView(note: Element, field: Element): void {
  const [n, f] = [note.getBoundingClientRect(), field.getBoundingClientRect()];
  const where = `the note at ${Math.round(n.top)} to ${Math.round(n.bottom)} of ${innerHeight}, the field from ${Math.round(f.top)}`;
  expect([Math.round(n.bottom) <= innerHeight, f.top >= 0], where).to.deep.equal([true, true]);
}

/** Renders `template` inside a block of the given CSS width and returns the first element child. */
export async function fixtureAt<T extends Element>(width: number, template: TemplateResult): Promise<T> {
  const wrapper = await fixture<HTMLDivElement>(html`<div>${template}</div>`);
  wrapper.style.width = `${width}px`;
  const el = wrapper.firstElementChild as T & {updateComplete?: Promise<unknown>};
  await el.updateComplete;
  await nextFrame();
  return el;
}

/** A widget's title as shown (its `title` part), or '' before it has rendered. */
export function titleText(el: Element): string {
  return el.shadowRoot?.querySelector('[part~="title"]')?.textContent?.trim() ?? '';
}

export function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

/** Dispatches a keydown the way a keyboard would, on `target`. */
export function press(target: Element, key: string): KeyboardEvent {
  const event = new KeyboardEvent('keydown', {key, bubbles: true, composed: true, cancelable: true});
  target.dispatchEvent(event);
  return event;
}

/** A click as a pointer produces it (SVG elements have no click() method). */
export function tap(target: Element): void {
  target.dispatchEvent(new MouseEvent('click', {bubbles: true, composed: true, cancelable: true}));
}

export interface DistFile {
  text: string;
  raw: number;
  gzip: number;
}

/** A file under dist/ as built, read on the server (the test server rewrites what it serves). */
export const distFile = (path: string) => executeServerCommand<DistFile, {path: string}>('dist-file', {path});

/** WCAG contrast ratio of two CSS colours as the browser computes them (any syntax; alpha ignored). */
export function contrast(a: string, b: string): number {
  const ctx = document.createElement('canvas').getContext('2d', {willReadFrequently: true})!;
  const luminance = (color: string) => {
    ctx.clearRect(0, 0, 1, 1);
    ctx.fillStyle = color;
    ctx.fillRect(0, 0, 1, 1);
    const [r, g, b] = [...ctx.getImageData(0, 0, 1, 1).data].map((v) => {
      const c = v / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/**
 * waitUntil() options for a wait on something fetched (a translation part, a script): a cold test server
 * on a busy machine can take more than waitUntil's default second. Not a timing check; only a ceiling:
 * 5 s was outlasted once by WebKit's German map under a strict CSP, with the two cores also building
 * another project.
 */
export const LOADING = {timeout: 15000};

/**
 * Stored text a widget can't read that is still its own: it carries the library's mark (what isn't
 * marked is the host page's, and is never copied aside, saved over or deleted).
 */
export const UNREADABLE = '{"format":"knee-widgets","version":1,"data":{not json';

/** The trans-units of `locales/<locale>.xlf` (each holds the English <source> and its <target>). */
export async function xliffUnits(locale: string): Promise<Element[]> {
  const response = await fetch(`/locales/${locale}.xlf`);
  expect(response.ok, `locales/${locale}.xlf`).to.equal(true);
  const doc = new DOMParser().parseFromString(await response.text(), 'application/xml');
  expect(doc.querySelector('parsererror'), `locales/${locale}.xlf is well-formed XML`).to.equal(null);
  return [...doc.getElementsByTagName('trans-unit')];
}

/** Whether a computed colour paints nothing (any colour with alpha 0, as forced colours give). */
const clear = (colour: string) => colour === 'transparent' || /^rgba\(.*,\s*0\)$/.test(colour);

/** The first painted background at or above `node`, across shadow roots (white if none). */
export function paintedBehind(node: Element): string {
  let at: Element | null = node;
  while (at) {
    const bg = getComputedStyle(at).backgroundColor;
    if (!clear(bg)) return bg;
    at = at.parentElement ?? ((at.getRootNode() as ShadowRoot).host as Element | undefined) ?? null;
  }
  return 'rgb(255, 255, 255)';
}

/**
 * Runs `work` while every page's localStorage throws: on reads as a sandboxed frame's does (`get`), on
 * writes as a full one does (`set`); puts it back after, also when `work` fails.
 */
export async function withStorageFailing<T>(which: {get?: boolean; set?: boolean}, work: () => Promise<T>): Promise<T> {
  const {getItem, setItem} = Storage.prototype;
  if (which.get)
    Storage.prototype.getItem = function () {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
  if (which.set)
    Storage.prototype.setItem = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  try {
    return await work();
  } finally {
    Storage.prototype.getItem = getItem;
    Storage.prototype.setItem = setItem;
  }
}

/**
 * Where the test server sends dist/: as built, byte for byte, with the CORS header a CDN sends
 * (web-test-runner.config.mjs).
 */
export const DIST_AS_BUILT = new URL('/dist/', location.href).href;

/** An iframe showing `html`, with `attributes` (`sandbox`…), once it has loaded. The caller removes it. */
export async function srcdocFrame(html: string, attributes: Record<string, string> = {}): Promise<HTMLIFrameElement> {
  const iframe = document.createElement('iframe');
  for (const [name, value] of Object.entries({width: '400', height: '600', ...attributes})) iframe.setAttribute(name, value);
  const loaded = new Promise((r) => iframe.addEventListener('load', r, {once: true}));
  iframe.srcdoc = html;
  document.body.append(iframe);
  await loaded;
  return iframe;
}

/**
 * For the enclosing describe block: a browser that can't find in what a widget folds away (see
 * src/shared/fold.ts), which renders it only unfolded or for a print. The three engines here can; this
 * takes away their `onbeforematch`, or (`missing` "until-found", as Firefox 139–147 and Safari 26.2 by
 * MDN's data) leaves the event and makes `hidden` a plain true or false, as a browser that doesn't know
 * `hidden="until-found"` has it.
 */
export function cannotFindInFolds(missing: 'beforematch' | 'until-found' = 'beforematch'): void {
  const name = missing === 'beforematch' ? 'onbeforematch' : 'hidden';
  let own: PropertyDescriptor | undefined;
  before(() => {
    own = Object.getOwnPropertyDescriptor(HTMLElement.prototype, name);
    if (missing === 'beforematch') delete (HTMLElement.prototype as {onbeforematch?: unknown}).onbeforematch;
    else
      Object.defineProperty(HTMLElement.prototype, 'hidden', {
        configurable: true,
        get(this: HTMLElement) {
          return this.hasAttribute('hidden');
        },
        set(this: HTMLElement, value: unknown) {
          this.toggleAttribute('hidden', !!value);
        },
      });
  });
  after(() => own && Object.defineProperty(HTMLElement.prototype, name, own));
}

/**
 * Runs `body` with every element given a click, mousedown or mouseup listener meanwhile noted (Lit's
 * `@click` too): Firefox and Chromium give everything inside such an element a "click ancestor"
 * action, which Orca reads out as "clickable".
 */
export async function noteClickListeners(body: (listened: Set<EventTarget>) => Promise<void>): Promise<void> {
  const listened = new Set<EventTarget>();
  const add = EventTarget.prototype.addEventListener;
  EventTarget.prototype.addEventListener = function (this: EventTarget, ...args: Parameters<EventTarget['addEventListener']>) {
    if (/^(click|mousedown|mouseup)$/.test(args[0])) listened.add(this);
    return add.apply(this, args);
  };
  try {
    await body(listened);
  } finally {
    EventTarget.prototype.addEventListener = add;
  }
}

/** The elements above `node` (in its own tree, up to its shadow root) among `listened`. */
export function clickAncestors(node: Element, listened: Set<EventTarget>): string[] {
  const found: string[] = [];
  for (let up = node.parentElement; up; up = up.parentElement) if (listened.has(up)) found.push(`<${up.localName} class="${up.className}">`);
  return found;
}
