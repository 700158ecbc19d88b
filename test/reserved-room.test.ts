import {expect} from '@open-wc/testing';
import {onPhone, srcdocFrame} from './helpers.js';
import {settled, widgets} from './widgets.js';

/**
 * The README's rules that keep room for the widgets while the script loads, and the demo's copy of them
 * (with heights for its own column). They are for a page's own style sheet, so they are tested as a page
 * takes them: the CSS, in a page of 320 px where the widgets' tags hold what the README suggests for
 * readers the script can't reach.
 */

const TAGS = widgets.map((w) => w.tag);

/** The README's CSS block that keeps the room. */
async function readmeRules(): Promise<string> {
  const readme = await (await fetch('/README.md')).text();
  const block = readme.split('```css\n').find((b) => b.includes(':not(:defined)'));
  expect(block, 'a css block with the :not(:defined) rules in the README').to.be.a('string');
  return block!.slice(0, block!.indexOf('```'));
}

/** The demo's style sheet, its rules for the room among the rest. */
const demoRules = async (): Promise<string> => (await fetch('/demo/demo.css')).text();

/** A phone-wide page with the rules and the five tags, never upgraded (no script of the library's in it). */
async function page(rules: () => Promise<string>, sandbox: string | null, withReset = true): Promise<{doc: Document; frame: HTMLIFrameElement}> {
  const tags = TAGS.map((t) => `<${t}><a href="/knee-pain">Read about knee pain after running</a></${t}>`).join('\n');
  // With a reduced-motion reset, as sanitize.css and many themes have, for a reader who asked for less motion.
  const reset = '*, *::before, *::after { animation-delay: -1ms !important; animation-duration: 1ms !important; animation-iteration-count: 1 !important; }';
  const html = `<!doctype html><html lang="en"><head><style>${withReset ? reset : ''}</style><style>${await rules()}</style></head><body>${tags}</body></html>`;
  const frame = await srcdocFrame(html, {width: '320', ...(sandbox === null ? {} : {sandbox})});
  return {doc: frame.contentDocument!, frame};
}

/**
 * Each tag's height, the height of the link inside it (0 if it doesn't show), and the height its content
 * takes in a plain block on the same page (the line's height, which is more than the link's own on a
 * page with a tall line-height, as the demo's).
 */
const heights = (doc: Document) =>
  TAGS.map((t) => {
    const el = doc.querySelector(t)!;
    const plain = doc.body.appendChild(doc.createElement('div'));
    plain.innerHTML = el.innerHTML;
    const inside = plain.getBoundingClientRect().height;
    plain.remove();
    return {tag: t, el, height: el.getBoundingClientRect().height, shown: el.querySelector('a')!.getBoundingClientRect().height, inside};
  });

for (const [whose, rules] of [
  ["the README's", readmeRules],
  ["the demo's", demoRules],
] as const) {
  describe(`${whose} rules that keep room for the widgets`, () => {
    it('keep each widget its room while the script may still come, and give it back after some seconds', async () => {
      const {doc, frame} = await page(rules, null);
      try {
        for (const {tag, el, height, shown} of heights(doc)) {
          expect(shown, `${tag}: what is inside it shows`).to.be.greaterThan(0);
          expect(height, `${tag}: its phone-sized room`).to.be.at.least(40 * parseFloat(getComputedStyle(el).fontSize));
          const [giveBack, ...more] = el.getAnimations();
          expect(more, `${tag}: one animation`).to.have.length(0);
          expect(giveBack?.effect?.getTiming().delay, `${tag}: the room stays a few seconds for a slow network`).to.be.at.least(5000);
          giveBack!.finish();
        }
        for (const {tag, height, inside} of heights(doc)) {
          expect(height, `${tag}: no gap under what is inside it once the script hasn't come`).to.be.at.most(inside + 1);
        }
      } finally {
        frame.remove();
      }
    });

    it('keep no room where scripts are off: what is inside the tags shows with no gap under it', async () => {
      // A sandbox without allow-scripts: a page with JavaScript off.
      const {doc, frame} = await page(rules, 'allow-same-origin');
      try {
        for (const {tag, height, shown, inside} of heights(doc)) {
          expect(shown, `${tag}: what is inside it shows`).to.be.greaterThan(0);
          expect(height, `${tag}: no gap under it`).to.be.at.most(inside + 1);
        }
      } finally {
        frame.remove();
      }
    });
  });
}

/** The README's CSS block that holds back what is inside the tags while the script may still come. */
async function readmeFallbackRule(): Promise<string> {
  const readme = await (await fetch('/README.md')).text();
  const block = readme.split('```css\n').find((b) => b.includes('kw-fallback'));
  expect(block, 'a css block with the kw-fallback rule in the README').to.be.a('string');
  return block!.slice(0, block!.indexOf('```'));
}

describe("the README's rule that holds back what is inside the tags", () => {
  const rules = async (): Promise<string> => `${await readmeRules()}\n${await readmeFallbackRule()}`;
  const links = (doc: Document) => TAGS.map((t) => doc.querySelector(`${t} > a`)!);

  it('hides it a few seconds while the script may still come (no flash of the link on a slow load), then shows it', async () => {
    const {doc, frame} = await page(rules, null, false);
    try {
      for (const a of links(doc)) {
        const tag = a.parentElement!.localName;
        expect(getComputedStyle(a).visibility, `${tag}: held back`).to.equal('hidden');
        const [held, ...more] = a.getAnimations();
        expect(more, `${tag}: one animation`).to.have.length(0);
        const delay = Number(held?.effect?.getTiming().delay);
        expect(delay, `${tag}: long enough for a normal load on 3G`).to.be.within(2000, 5000);
        expect(delay, `${tag}: shown before the room goes`).to.be.below(Number(a.parentElement!.getAnimations()[0]?.effect?.getTiming().delay));
        held!.finish();
        expect(getComputedStyle(a).visibility, `${tag}: shown once the script is late`).to.equal('visible');
      }
    } finally {
      frame.remove();
    }
  });

  for (const [when, sandbox, withReset] of [
    ['with scripts off', 'allow-same-origin', false],
    ['under a reduced-motion reset that ends every animation at once', null, true],
  ] as const) {
    it(`shows it at once ${when}`, async () => {
      const {doc, frame} = await page(rules, sandbox, withReset);
      try {
        for (const a of links(doc)) expect(getComputedStyle(a).visibility, a.parentElement!.localName).to.equal('visible');
      } finally {
        frame.remove();
      }
    });
  }
});

/** The README's four sets of heights (em), with the column width each was measured at (em). */
async function readmeHeights(): Promise<Array<{column: number; heights: Map<string, number>}>> {
  const sets = (await readmeRules()).split('@media').slice(1);
  expect(sets, 'four sets: wide, tablet, phone, and a column wider than 1000 px').to.have.length(4);
  return [48, 34, 20, 80].map((column, i) => ({
    column,
    heights: new Map([...sets[i]!.matchAll(/([a-z-]+):not\(:defined\) \{ min-height: ([\d.]+)em; \}/g)].map((m) => [m[1]!, Number(m[2])])),
  }));
}

describe("the README's reserved heights", () => {
  /**
   * A height too small moves the page below down as the widget arrives; one too large, up, as the room goes.
   * The README's figures are the first screens rounded up to a whole em, measured in Chromium in a Times
   * font (`TIMES`), as `scripts/reserved-heights.mjs` does; this holds them to that, so a
   * widget that grows (or shrinks) fails here until they are measured again. The two widgets that keep
   * data are on a first visit: nothing saved, and saving on, as pages use them; the page is in English.
   */
  it('hold each widget on a first visit, in the column each set is for, to within an em and a half', async function () {
    if (!/Chrome/.test(navigator.userAgent)) this.skip();
    // In the script's window: the map's drawing is sized by the window's height too.
    await onPhone(this, 1200, 900, () => measure());
  });
});

/**
 * The font the README's heights are measured in: Times New Roman, most browsers' default serif, or its
 * metric twins (Debian's Chromium maps its default serif to Liberation Serif; Firefox and WebKit here take
 * DejaVu Serif, about a quarter wider). Named, so the test doesn't depend on a machine's default.
 */
const TIMES = "'Times New Roman', 'Liberation Serif', Tinos, serif";

/** Each widget's first screen in each README set's column, against that set's heights. */
async function measure(): Promise<void> {
  await import('../src/index.js');
  const key = `kw-room-${Date.now()}`;
  // An English page, as measured: its miles are the default unit.
  const lang = document.documentElement.getAttribute('lang');
  document.documentElement.lang = 'en';
  const box = document.body.appendChild(document.createElement('div'));
  box.style.fontFamily = TIMES;
  try {
    for (const {column, heights} of await readmeHeights()) {
      expect([...heights.keys()], `the set for ${column}em`).to.have.members(TAGS);
      box.style.width = `${column}em`;
      const els = TAGS.map((tag) => {
        const el = box.appendChild(document.createElement(tag));
        if (/shoe|load/.test(tag)) el.setAttribute('storage-key', `${key}-${tag}`);
        return el;
      });
      for (const el of els) await settled(el);
      await document.fonts.ready;
      const ems = els.map((el) => el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).fontSize));
      const rooms = TAGS.map((tag) => heights.get(tag)!);
      const fits = ems.map((em, i) => em <= rooms[i]! && em > rooms[i]! - 1.5);
      const measured = ems.map((em, i) => `${TAGS[i]}: ${em.toFixed(1)}`).join(', ');
      expect(fits, `at ${column}em, against ${JSON.stringify(Object.fromEntries(heights))}: ${measured}`).to.deep.equal(TAGS.map(() => true));
      box.replaceChildren();
    }
  } finally {
    box.remove();
    for (const tag of TAGS) localStorage.removeItem(`${key}-${tag}`);
    if (lang === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.lang = lang;
  }
}
