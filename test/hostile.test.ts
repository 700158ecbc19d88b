import {expect} from '@open-wc/testing';
import fc from './fast-check.js';
import '../src/index.js';
import {create, renderedText, settled, widgets} from './widgets.js';
import {captureWarnings} from './helpers.js';

/**
 * The widgets live on pages we don't control. These tests put them on hostile ones.
 */

function mount(el: HTMLElement, parent: HTMLElement = document.body): HTMLElement {
  parent.append(el);
  return el;
}

/**
 * A page with `css` in its head for the enclosing describe block, and a fresh 360px box (of class `cls`)
 * for each test: the box, as the current test's.
 */
function themedPage(css: string, cls = ''): () => HTMLDivElement {
  let style: HTMLStyleElement;
  let box: HTMLDivElement;
  before(() => {
    style = document.createElement('style');
    style.textContent = css;
    document.head.append(style);
  });
  after(() => style.remove());
  beforeEach(() => {
    box = document.createElement('div');
    box.className = cls;
    box.style.width = '360px';
    document.body.append(box);
  });
  afterEach(() => box.remove());
  return () => box;
}

/**
 * The style of the first text in `el`, after checking that it kept the widget's typography: no capitals,
 * letter spacing or tall lines from the page.
 */
function ownTypography(el: HTMLElement): CSSStyleDeclaration {
  const text = getComputedStyle(el.shadowRoot!.querySelector('p, li, [role="heading"]')!);
  expect(text.textTransform, 'text-transform').to.equal('none');
  expect(text.letterSpacing === 'normal' || text.letterSpacing === '0px', text.letterSpacing).to.equal(true);
  expect(parseFloat(text.lineHeight) / parseFloat(text.fontSize)).to.be.below(2);
  return text;
}

describe('hostile pages', () => {
  describe('a blog theme that sets inherited styles', () => {
    const box = themedPage(`
      html { font-size: 10px; }
      body { color: #fff; background: #111; line-height: 3; text-transform: uppercase;
             letter-spacing: .3em; font-size: 22px; }`);

    for (const w of widgets) {
      for (const state of w.states) {
        it(`<${w.tag} ${JSON.stringify(state)}> stays readable and laid out`, async () => {
          const el = mount(create(w.tag, state), box());
          await settled(el);
          const cs = ownTypography(el);
          expect(parseFloat(cs.fontSize)).to.be.within(14, 22);
          expect(el.getBoundingClientRect().width).to.be.at.most(360);
          await expect(el).to.be.accessible();
        });
      }
    }
  });

  describe("a dark theme whose rules reach the widget's own tag", () => {
    // `.entry-content *` matches the widget element itself, and a page's rule beats the widget's own
    // :host rule: the widget must keep its text and background a readable pair, and its typography.
    const box = themedPage(
      `.entry-content * { color: #eee; background: #111; line-height: 3; text-transform: uppercase;
                          letter-spacing: .3em; word-spacing: .5em; }`,
      'entry-content',
    );

    for (const w of widgets) {
      it(`<${w.tag}> keeps its colours and typography`, async () => {
        const el = mount(create(w.tag, w.states.at(-1)!), box());
        await settled(el);
        const text = ownTypography(el);
        expect(text.color, 'colour').to.not.equal('rgb(238, 238, 238)');
        expect(text.wordSpacing, 'word-spacing').to.equal('0px');
        expect(getComputedStyle(el).backgroundColor).to.not.equal('rgb(17, 17, 17)');
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('a dark site that sets only text, surface and accent, on a light page', () => {
    // What an integrator sets first. The boxes, muted text, borders and warning colours are worked out
    // from these: light-theme ones would leave light text on pale boxes ("see a professional" at 1.1:1).
    const box = themedPage(`
      body { background: #0b1220; color: #e5e7eb; }
      .kw-dark { --kw-text: #e5e7eb; --kw-surface: #111827; --kw-accent: #0f766e; --kw-on-accent: #ffffff; }`,
      'kw-dark',
    );

    for (const w of widgets) {
      for (const state of w.states) {
        it(`<${w.tag} ${JSON.stringify(state)}> is readable in every colour`, async () => {
          const el = mount(create(w.tag, state), box());
          await settled(el);
          expect(getComputedStyle(el).backgroundColor).to.equal('rgb(17, 24, 39)');
          await expect(el).to.be.accessible();
        });
      }
    }
  });

  it('never hyphenates a word inside a button, a link or a disclosure (where text elsewhere may)', async () => {
    const hyphenated: string[] = [];
    for (const w of widgets) {
      for (const state of w.states) {
        const el = mount(create(w.tag, state));
        await settled(el);
        for (const node of el.shadowRoot!.querySelectorAll('a, button, summary')) {
          const style = getComputedStyle(node);
          // Nor does it shrink below its longest word ("anywhere" would let it: "Book an assessmen / t").
          if (style.hyphens !== 'manual' || style.overflowWrap === 'anywhere') hyphenated.push(`<${w.tag}> ${node.textContent!.trim().slice(0, 30)}`);
        }
        el.remove();
      }
    }
    expect(hyphenated).to.deep.equal([]);
  });

  describe('a page that sizes elements to their content', () => {
    // A container's width can't come from its content, so in these layouts a widget would shrink to
    // nothing unless it stretches like a block; and what it adds to a parent's minimum width must stay
    // small, or a 1fr column or a flex item holding it could not shrink on a phone.
    interface Layout {
      name: string;
      box: number;
      parent: string;
      child: string;
      /** A 250px sidebar before the widget. */
      aside?: boolean;
      /** The widget sits in a wrapper (the `child` styles go on the wrapper). */
      nested?: boolean;
      expected: number;
    }
    const layouts: Layout[] = [
      {name: 'a centred flex column', box: 400, parent: 'display: flex; flex-direction: column; align-items: center', child: '', expected: 400},
      {name: 'a grid that starts items at the left', box: 400, parent: 'display: grid; justify-items: start', child: '', expected: 400},
      {name: 'an inline-block', box: 400, parent: '', child: 'display: inline-block', expected: 400},
      {name: 'a float', box: 400, parent: 'display: flow-root', child: 'float: left', expected: 400},
      {name: 'an absolutely placed element', box: 400, parent: 'position: relative; height: 10px', child: 'position: absolute; inset-inline-start: 0', expected: 400},
      {name: 'normal flow, with the page giving the widget a 20px margin', box: 400, parent: '', child: 'margin: 0 20px', expected: 360},
      {name: 'a flex row beside a 250px sidebar', box: 1000, parent: 'display: flex', child: '', aside: true, expected: 750},
      {name: 'a wrapping flex row beside a 250px sidebar', box: 1000, parent: 'display: flex; flex-wrap: wrap', child: '', aside: true, expected: 750},
      {name: 'a wrapping flex row beside a 250px sidebar on a phone (a line of its own)', box: 400, parent: 'display: flex; flex-wrap: wrap', child: '', aside: true, expected: 400},
      {name: 'a 1fr grid column on a phone', box: 320, parent: 'display: grid; grid-template-columns: 1fr', child: '', expected: 320},
      {name: 'a main area (flex: 1) beside a 250px sidebar on a tablet', box: 600, parent: 'display: flex', child: 'flex: 1', aside: true, nested: true, expected: 350},
    ];
    const sheet = document.createElement('style');
    before(() => document.head.append(sheet));
    after(() => sheet.remove());
    let box: HTMLDivElement | undefined;
    afterEach(() => box?.remove());

    for (const w of widgets) {
      for (const {name, box: width, parent, child, aside, nested, expected} of layouts) {
        it(`<${w.tag}> in ${name} is ${expected}px wide`, async () => {
          // Page styles, as a theme would set them: a stylesheet, not inline styles on the widget.
          sheet.textContent = `.sized { width: ${width}px; ${parent} } .sized > :not(aside) { ${child} } .sized > aside { flex: none; width: 250px }`;
          box = document.createElement('div');
          box.className = 'sized';
          document.body.append(box);
          if (aside) box.append(document.createElement('aside'));
          const parentOfWidget = nested ? box.appendChild(document.createElement('div')) : box;
          const el = mount(create(w.tag, w.states[0]!), parentOfWidget);
          await settled(el);
          const got = el.getBoundingClientRect().width;
          expect(got, `${Math.round(got)}px wide`).to.be.within(expected - 1, expected + 1);
          expect(box.scrollWidth, 'nothing sticks out of the page').to.be.at.most(width);
          if (aside) expect(box.querySelector('aside')!.getBoundingClientRect().width, 'the sidebar keeps its width').to.equal(250);
        });
      }
    }
  });

  describe("an app's shell, whose wrapper scrolls the page", () => {
    // html and body the window's height, and a wrapper that scrolls everything in it. What only a screen
    // reader gets is placed absolutely: placed from the page, not the widget, it stretched the page
    // under the wrapper by thousands of pixels of blank a wheel scrolled into.
    const box = themedPage('html, body { height: 100%; margin: 0 } .shell { height: 100%; overflow-y: auto } .shell::after { content: ""; display: block; height: 150vh }', 'shell');

    for (const w of widgets) {
      it(`<${w.tag}> leaves the page the window's height`, async () => {
        const el = mount(create(w.tag, w.states.at(-1)!), box());
        box().style.width = '';
        await settled(el);
        expect(box().scrollHeight, 'the case this is for: the wrapper scrolls').to.be.above(box().clientHeight);
        expect(document.documentElement.scrollHeight, 'the page').to.be.at.most(innerHeight);
      });
    }
  });

  describe('a right-to-left page', () => {
    const boxes: HTMLElement[] = [];
    afterEach(() => boxes.splice(0).forEach((b) => b.remove()));

    /** A box in the page, with a `dir` attribute (unless '') and the `css` given, removed after the test. */
    function boxed(dir: string, css = ''): HTMLElement {
      const box = document.createElement('div');
      if (dir) box.dir = dir;
      box.style.cssText = css;
      document.body.append(box);
      boxes.push(box);
      return box;
    }

    /** `<tag>` in a box of direction `dir` (and `width`), rendered. */
    async function mountIn(dir: string, tag: string, state: Record<string, string> = {}, width?: string): Promise<HTMLElement> {
      const el = mount(create(tag, state), boxed(dir, width ? `width: ${width}` : ''));
      await settled(el);
      return el;
    }

    /** A shoe list on a right-to-left page, 400px wide, in km, with one pair ("Pair") that has run `startKm`. */
    async function rtlShoes(startKm = 120): Promise<HTMLElement> {
      const el = (await mountIn('rtl', 'shoe-mileage', {storage: 'none', unit: 'km'}, '400px')) as HTMLElement & {
        addShoe(shoe: {name: string; startKm: number}): unknown;
      };
      el.addShoe({name: 'Pair', startKm});
      await settled(el);
      return el;
    }

    it('mirrors the layout but keeps the knee’s anatomy', async () => {
      const el = await mountIn('rtl', 'knee-map', {region: 'outer'}, '900px');
      const root = el.shadowRoot!;
      const figure = root.querySelector('.figure')!.getBoundingClientRect();
      const panel = root.querySelector('.panel')!.getBoundingClientRect();
      expect(panel.right, 'panel on the left of the drawing').to.be.at.most(figure.left + 1);
      const svg = root.querySelector('svg')!.getBoundingClientRect();
      const outer = root.querySelector('[data-region="outer"]')!.getBoundingClientRect();
      expect(outer.left + outer.width / 2, 'a right knee from the front still has its outer side on the left').to.be.below(svg.left + svg.width / 2);
      const [first] = [...root.querySelectorAll('.side-labels span')].map((t) => t.getBoundingClientRect());
      expect(first!.left - svg.left).to.be.below(svg.width / 2);
      await expect(el).to.be.accessible();
    });

    // dir on the element itself, not on a box round it: a reset that took the page's direction had put it
    // back, while the right-to-left rules, which ask :dir(rtl), went by the attribute.
    for (const w of widgets) {
      it(`<${w.tag} dir="rtl"> is laid out right to left, and <${w.tag} dir="ltr"> in a right-to-left box left to right`, async () => {
        const inRtl = await mountIn('ltr', w.tag, {...w.states[0], dir: 'rtl'}, '400px');
        expect(getComputedStyle(inRtl.shadowRoot!.firstElementChild!).direction).to.equal('rtl');
        const inLtr = await mountIn('rtl', w.tag, {...w.states[0], dir: 'ltr'}, '400px');
        expect(getComputedStyle(inLtr.shadowRoot!.firstElementChild!).direction).to.equal('ltr');
      });
    }

    // Every right-to-left rule asks :dir(rtl), which goes by dir attributes only. A direction set in CSS had
    // mirrored a widget whole, its English text too ("?Where does it hurt" ends at the left), with none of
    // those rules; and a left-to-right box inside a dir="rtl" page got those rules on a left-to-right layout.
    for (const w of widgets) {
      it(`<${w.tag}> follows the dir attribute, not a direction set in CSS alone`, async () => {
        const inCssRtl = mount(create(w.tag, w.states[0]), boxed('', 'direction: rtl'));
        const inCssLtr = mount(create(w.tag, w.states[0]), boxed('rtl', 'direction: ltr'));
        await settled(inCssRtl);
        await settled(inCssLtr);
        expect(getComputedStyle(inCssRtl.shadowRoot!.firstElementChild!).direction, 'direction: rtl, no dir').to.equal('ltr');
        expect(getComputedStyle(inCssLtr.shadowRoot!.firstElementChild!).direction, 'dir="rtl", direction: ltr').to.equal('rtl');
      });
    }

    it('keeps a text box’s accent bar, and an answer’s radio button, on the side its left-to-right text starts', async () => {
      const map = await mountIn('rtl', 'knee-map', {region: 'back'}, '900px');
      for (const selector of ['.see-pro', '.condition.serious']) {
        const box = getComputedStyle(map.shadowRoot!.querySelector(selector)!);
        expect(parseFloat(box.borderLeftWidth) > parseFloat(box.borderRightWidth), `${selector}: bar on the left`).to.equal(true);
      }
      const check = await mountIn('rtl', 'knee-pain-check', {}, '400px');
      const option = check.shadowRoot!.querySelector('.option')!;
      const radio = option.querySelector('input')!.getBoundingClientRect();
      expect(radio.left - option.getBoundingClientRect().left, 'radio at the start of a left-to-right answer').to.be.below(40);
    });

    /** Where the first character of `needle` is drawn, in `el`'s text (its first occurrence). */
    function leftOf(el: Element, needle: string): number {
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = (n as Text).data.indexOf(needle);
        if (i < 0) continue;
        const r = document.createRange();
        r.setStart(n, i);
        r.setEnd(n, i + 1);
        return r.getBoundingClientRect().left;
      }
      throw new Error(`"${needle}" is not in "${el.textContent}"`);
    }

    it('keeps numbers, units and punctuation in reading order in left-to-right text', async () => {
      const el = await mountIn('rtl', 'training-load', {weeks: '20,22,25,24,26', unit: 'km', storage: 'none'});
      // What is shown (a screen reader gets the range in words, hidden).
      const dd = [...el.shadowRoot!.querySelectorAll('.figures dt')].find((d) => d.textContent!.trim() === 'Next week')!.nextElementSibling!.querySelector('strong [aria-hidden="true"]')!;
      expect(dd.textContent!.replace(/\s+/g, ' ').trim()).to.equal('20–28 km');
      expect(leftOf(dd, '20'), '"20" comes before "28", left to right').to.be.below(leftOf(dd, '28'));
      expect(leftOf(dd, '28'), 'and "28" before "km"').to.be.below(leftOf(dd, 'km'));
    });

    // Text straight inside a flex box sits in an anonymous box, which Firefox laid out in the page's
    // direction: "km to go 680".
    it('<shoe-mileage> rtl: "680 km to go" reads left to right', async () => {
      const el = await rtlShoes();
      const [detail, soon] = el.shadowRoot!.querySelectorAll('.shoe .detail > span');
      expect(detail!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('680 km to go');
      expect(leftOf(detail!, '680')).to.be.below(leftOf(detail!, 'km'));
      expect(leftOf(detail!, 'km')).to.be.below(leftOf(detail!, 'go'));
      expect(soon!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Replace soon from 480 km');
      expect(leftOf(soon!, 'from')).to.be.below(leftOf(soon!, '480'));
    });

    // Left-to-right text starts at the left on a right-to-left page: list items (text-align:
    // match-parent in Firefox and WebKit) and text in grid boxes were right-aligned.
    const starts: Array<[string, Record<string, string>, string, string]> = [
      ['knee-map', {region: 'outer'}, 'li.condition', '.condition-name'],
      ['recovery-tips', {}, 'li.tip', '.tip-title'],
      ['knee-pain-check', {}, '.option', '.option-text'],
    ];
    for (const [tag, state, item, text] of starts) {
      it(`<${tag}> rtl: the text of each ${item} starts at the left, where its words start`, async () => {
        const el = await mountIn('rtl', tag, state, '400px');
        const items = [...el.shadowRoot!.querySelectorAll(item)];
        expect(items.length).to.be.above(1);
        for (const li of items) {
          const box = li.querySelector(text)!;
          const words = box.textContent!.trim();
          const left = box.getBoundingClientRect().left + parseFloat(getComputedStyle(box).paddingLeft);
          expect(leftOf(box, words.slice(0, 3)) - left, `"${words}"`).to.be.within(-1, 2);
        }
      });
    }

    // The "When to see a professional" box is left-to-right text too: mirrored, its title and "Do not run
    // through pain" stood at the right, above and below a list whose lines start at the left.
    for (const [tag, state] of [
      ['knee-map', {region: 'outer'}],
      ['knee-pain-check', {}],
      ['recovery-tips', {}],
      ['training-load', {weeks: '20,22,25,24,26', storage: 'none'}],
    ] as Array<[string, Record<string, string>]>) {
      it(`<${tag}> rtl: each line of the "When to see a professional" box starts at the left, with its list`, async () => {
        const el = await mountIn('rtl', tag, state, '400px');
        const box = el.shadowRoot!.querySelector('.professional')!;
        const style = getComputedStyle(box);
        const left = box.getBoundingClientRect().left + parseFloat(style.paddingLeft) + parseFloat(style.borderLeftWidth);
        const parts = [...box.children].filter((c) => c.getClientRects().length);
        expect(parts.length, 'title, list, last line, sources').to.be.at.least(4);
        for (const part of parts) {
          const words = part.textContent!.trim();
          expect(leftOf(part, words.slice(0, 1)) - left, `"${words.slice(0, 30)}"`).to.be.within(-1, 25);
        }
      });
    }

    /** The visible elements of `el` that `selector` finds, with at least one. */
    function shown(el: HTMLElement, selector: string): Element[] {
      const found = [...el.shadowRoot!.querySelectorAll(selector)].filter((e) => e.getClientRects().length);
      expect(found.length, selector).to.be.above(0);
      return found;
    }
    const buttonNamed = (el: HTMLElement, name: string) =>
      [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.trim().startsWith(name))!;

    // A tick box beside a left-to-right answer, and an error's icon beside its words, sit where the words
    // start: mirrored, the box or icon stood at the right, the lines starting at the left (training-load's
    // "Lately, is any of this true for you?", shoe-mileage's signs of wear and its field errors, the pain
    // check's "Choose an answer to go on.").
    it('rtl: a tick box, and an error’s icon, sit at the left, where their words start', async () => {
      const load = await mountIn('rtl', 'training-load', {weeks: '20,22,25,24,26', storage: 'none'}, '400px');
      const shoes = await rtlShoes();
      buttonNamed(shoes, 'Signs of wear').click();
      buttonNamed(shoes, 'Add shoe').click();
      await settled(shoes);
      const check = await mountIn('rtl', 'knee-pain-check', {}, '400px');
      check.shadowRoot!.querySelector<HTMLButtonElement>('.next')!.click();
      await settled(check);
      for (const [el, selector, mark] of [
        [load, '.check', 'input'],
        [shoes, '.check', 'input'],
        [shoes, '.error', '.icon'],
        [check, '.error', '.error-icon'],
      ] as Array<[HTMLElement, string, string]>) {
        for (const item of shown(el, selector)) {
          const words = item.querySelector('span:not(.error-icon)')!;
          expect(item.querySelector(mark)!.getBoundingClientRect().right, `${el.localName} ${selector}: ${mark} before "${words.textContent!.trim()}"`).to.be.at.most(
            words.getBoundingClientRect().left + 1,
          );
        }
      }
    });

    // The tick boxes of a shoe's signs of wear start at the left: their legend too, or "Signs that a pair is
    // worn out" stood at the right above them (the fieldset's start), 100px in at 400px.
    it('<shoe-mileage> rtl: the signs of wear’s legend starts at the left, with its tick boxes', async () => {
      const el = await rtlShoes();
      buttonNamed(el, 'Signs of wear').click();
      await settled(el);
      const [legend] = shown(el, '.wear legend');
      const box = shown(el, '.wear .check input')[0]!.getBoundingClientRect().left;
      expect(leftOf(legend!, 'S') - box, 'where the boxes start').to.be.within(-1, 1);
    });

    // The unit follows the number in a week's field, as in the chart beside it: mirrored, it read "km 20".
    it('<training-load> rtl: a week’s unit comes after its number, "20 km"', async () => {
      const el = await mountIn('rtl', 'training-load', {weeks: '20,22,25,24,26', storage: 'none', unit: 'km'}, '400px');
      const fields = shown(el, '.week .input');
      expect(fields.length, 'a field for each of the five weeks').to.equal(5);
      for (const field of fields) {
        expect(field.querySelector('input')!.getBoundingClientRect().right, 'number, then unit').to.be.at.most(field.querySelector('.suffix')!.getBoundingClientRect().left + 1);
      }
    });

    // On a narrow widget each week's field goes under its name: under where the name starts, at the left, as
    // on a left-to-right page. It stood at the right end of the row, 60px from the name at 200px.
    it('<training-load> rtl, narrow: a week’s field sits under the start of its name', async () => {
      const el = await mountIn('rtl', 'training-load', {weeks: '20,22,25,24,26', storage: 'none', unit: 'km'}, '200px');
      const weeks = shown(el, '.week');
      expect(weeks.length, 'the five weeks').to.equal(5);
      for (const week of weeks) {
        const name = week.querySelector('.week-label')!;
        const field = week.querySelector('.input')!.getBoundingClientRect();
        expect(field.top, 'under its name').to.be.at.least(name.getBoundingClientRect().bottom - 1);
        expect(field.left - leftOf(name, name.textContent!.trim().slice(0, 1)), name.textContent!.trim()).to.be.within(-1, 1);
      }
    });

    // A shoe's card is left-to-right text: its name, badge and detail lines stood at the right, beside
    // "120 km of 800 km" and "Also counts ..." starting at the left.
    it('<shoe-mileage> rtl: the name and each detail line of a shoe start at the left, with its distance', async () => {
      const el = await rtlShoes(460);
      const [card] = shown(el, '.shoe');
      const left = leftOf(card!.querySelector('.distance')!, card!.querySelector('.distance')!.textContent!.trim().slice(0, 1));
      const parts = shown(el, '.shoe .shoe-name, .shoe .detail > :first-child');
      expect(parts.filter((p) => p.classList.contains('shoe-name')).length, 'the name').to.equal(1);
      expect(parts.length, 'the name and a detail line').to.be.at.least(2);
      for (const part of parts) {
        const words = part.textContent!.trim();
        expect(leftOf(part, words.slice(0, 1)) - left, `"${words}"`).to.be.within(-1, 1);
      }
      const badge = shown(el, '.shoe .badge')[0]!;
      expect(badge.querySelector('.icon')!.getBoundingClientRect().right, 'the badge’s icon before its word').to.be.at.most(leftOf(badge, badge.textContent!.trim().slice(0, 1)) + 1);
    });

    // The status message is left-to-right text too: mirrored, "Deleted Pair." stood at the right, Undo
    // before it at the left, and a message of two lines started at the left.
    it('<shoe-mileage> rtl: the status message starts at the left, its Undo after it', async () => {
      const el = await rtlShoes();
      buttonNamed(el, 'Edit').click();
      await settled(el);
      buttonNamed(el, 'Delete').click();
      await settled(el);
      const toast = el.shadowRoot!.querySelector('.toast')!;
      const words = toast.querySelector('[role="status"]')!;
      expect(words.textContent!.trim()).to.equal('Deleted Pair.');
      const left = toast.getBoundingClientRect().left + parseFloat(getComputedStyle(toast).paddingLeft);
      expect(leftOf(words, 'D') - left, 'words at the left').to.be.within(-1, 1);
      expect(toast.querySelector('.undo')!.getBoundingClientRect().left, 'Undo after them').to.be.above(words.getBoundingClientRect().right);
    });

    // Beside the weeks, "Your training load" is centred in a row as tall as the km/mi switch: as a flex
    // box's only item its words stood at the right, above a verdict whose lines start at the left.
    it('<training-load> rtl, wide: "Your training load" starts at the left, with the verdict under it', async () => {
      const el = await mountIn('rtl', 'training-load', {weeks: '20,22,25,24,40', storage: 'none'}, '900px');
      const heading = el.shadowRoot!.querySelector('.results > .sub')!;
      const verdict = el.shadowRoot!.querySelector('.verdict')!;
      const left = verdict.getBoundingClientRect().left;
      expect(leftOf(heading, 'Your') - left).to.be.within(-1, 1);
      const row = el.shadowRoot!.querySelector('.head-row')!.getBoundingClientRect();
      const words = heading.getBoundingClientRect();
      expect(Math.abs(words.top + words.height / 2 - (row.top + row.height / 2)), 'level with "Distance per week"').to.be.below(2);
    });

    // A heading with the km/mi switch beside it starts at the left, as the lines under it do: mirrored,
    // "Distance per week" stood at the right, alone on its line when the switch wrapped under it.
    for (const [tag, state] of [
      ['training-load', {weeks: '20,22,25,24,26', storage: 'none'}],
      ['shoe-mileage', {storage: 'none'}],
    ] as Array<[string, Record<string, string>]>) {
      for (const width of ['300px', '600px']) {
        it(`<${tag}> rtl, ${width}: a heading beside the km/mi switch starts at the left`, async () => {
          const el = await mountIn('rtl', tag, state, width);
          const [row] = shown(el, '.head-row');
          const heading = row!.firstElementChild!;
          expect(leftOf(heading, heading.textContent!.trim().slice(0, 1)) - row!.getBoundingClientRect().left).to.be.within(-1, 1);
        });
      }
    }

    // "31 tips" starts at the left, as the tips' headings under it do: mirrored, it stood at the right.
    for (const state of [{}, {region: 'outer'}] as Array<Record<string, string>>) {
      it(`<recovery-tips ${JSON.stringify(state)}> rtl: the count of tips starts at the left`, async () => {
        const el = await mountIn('rtl', 'recovery-tips', state, '900px');
        const row = el.shadowRoot!.querySelector('.count-row')!;
        const count = row.querySelector('.count-text')!;
        expect(leftOf(count, count.textContent!.trim().slice(0, 1)) - row.getBoundingClientRect().left).to.be.within(-1, 1);
      });
    }

    // A caution, a verdict or a notice is left-to-right text with a bar at its start: mirrored, the bar
    // stood on the right, away from lines that start on the left.
    const barred: Array<[string, Record<string, string>, string]> = [
      ['recovery-tips', {}, '.cautions'],
      ['training-load', {weeks: '20,22,25,24,40', storage: 'none'}, '.verdict'],
    ];
    for (const [tag, state, box] of barred) {
      it(`<${tag}> rtl: the bar of each ${box} box sits on the left, where its lines start`, async () => {
        const el = await mountIn('rtl', tag, state, '400px');
        const found = el.shadowRoot!.querySelector(box)!;
        expect(parseFloat(getComputedStyle(found).borderLeftWidth), 'bar on the left').to.be.above(2);
        expect(parseFloat(getComputedStyle(found).borderRightWidth), 'none on the right').to.be.below(2);
      });
    }

    it('keeps list bullets beside their left-to-right lines', async () => {
      const el = await mountIn('rtl', 'knee-map', {region: 'outer'}, '400px');
      el.shadowRoot!.querySelector<HTMLElement>('.toggle')!.click();
      await settled(el);
      const ul = el.shadowRoot!.querySelector('.details ul')!;
      const li = ul.querySelector('li')!;
      // The bullet sits in the list's start padding: on the left, where the line starts.
      expect(li.getBoundingClientRect().left - ul.getBoundingClientRect().left, 'indent on the left').to.be.above(5);
    });

    /**
     * Where a disclosure arrow points on screen: the corner its two borders meet in, carried through its
     * computed `transform` and then its `scale` (CSS applies the individual property outside).
     */
    function arrow(chevron: Element): {x: number; y: number} {
      for (const a of chevron.getAnimations()) a.finish();
      const cs = getComputedStyle(chevron);
      const corner = {x: parseFloat(cs.borderRightWidth) > 0 ? 1 : -1, y: parseFloat(cs.borderBottomWidth) > 0 ? 1 : -1};
      const m = new DOMMatrix(cs.transform === 'none' ? undefined : cs.transform);
      const [sx = 1, sy = sx] = cs.scale === 'none' ? [] : cs.scale.split(' ').map(Number);
      // (+ 0 turns a -0 into 0.)
      return {x: Math.round((m.a * corner.x + m.c * corner.y) * sx) + 0, y: Math.round((m.b * corner.x + m.d * corner.y) * sy) + 0};
    }

    for (const dir of ['ltr', 'rtl']) {
      it(`<knee-pain-check> ${dir}: the Previous question arrow points back, to the start of the line`, async () => {
        const el = await mountIn(dir, 'knee-pain-check');
        el.shadowRoot!.querySelector<HTMLInputElement>('input[type="radio"]')!.click();
        el.shadowRoot!.querySelector<HTMLButtonElement>('.next')!.click();
        await settled(el);
        expect(arrow(el.shadowRoot!.querySelector('.back .arrow')!)).to.deep.equal({x: dir === 'rtl' ? 1 : -1, y: 0});
      });
    }

    it('<recovery-tips> rtl: the arrows of the tip cards, in their mirrored list, point along the line too', async () => {
      const el = await mountIn('rtl', 'recovery-tips');
      const toggle = el.shadowRoot!.querySelector<HTMLElement>('.tip .toggle')!;
      expect(getComputedStyle(toggle).direction, 'the card list mirrors with the page').to.equal('rtl');
      expect(arrow(toggle.querySelector('.chevron')!)).to.deep.equal({x: -1, y: 0});
    });

    const disclosures: Array<[string, Record<string, string>]> = [
      ['knee-map', {region: 'outer'}],
      ['recovery-tips', {}],
      ['knee-pain-check', {}],
      ['training-load', {weeks: '20,22,25,24,26', storage: 'none'}],
    ];
    for (const [tag, state] of disclosures) {
      for (const dir of ['ltr', 'rtl']) {
        it(`<${tag}> ${dir}: a show-more arrow points along the line when closed and down when open`, async () => {
          const el = await mountIn(dir, tag, state);
          // The first one shown (a wide tips widget has no "More filters").
          const toggle = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.toggle')].find((t) => t.getClientRects().length)!;
          const chevron = toggle.querySelector('.chevron')!;
          expect(arrow(chevron), 'closed').to.deep.equal({x: dir === 'rtl' ? -1 : 1, y: 0});
          toggle.click();
          await settled(el);
          expect(arrow(chevron), 'open').to.deep.equal({x: 0, y: 1});
        });
      }
    }
  });

  describe('fuzzed attributes', () => {
    const junk = /\b(NaN|undefined|null|Infinity)\b|\[object Object\]/;
    /** Attributes whose value is meant to be shown as it is. */
    const ECHOED = ['heading', 'cta-label', 'cta-href'];

    for (const w of widgets) {
      it(`<${w.tag}> never throws and never shows NaN, undefined, null, Infinity or [object Object]`, async function () {
        this.timeout(120000);
        const el = mount(create(w.tag));
        const names = Object.keys(w.attributes);
        const value = fc.oneof(
          fc.string({maxLength: 40}),
          fc.string({unit: 'binary', maxLength: 12}),
          fc.double().map(String),
          fc.integer().map(String),
          fc.constantFrom('', ' ', 'NaN', 'Infinity', '-1', '1e309', '__proto__', 'constructor', 'javascript:alert(1)', '<img src=x onerror=alert(1)>'),
          fc.constantFrom(...Object.values(w.attributes).flat()),
        );
        const errors: unknown[] = [];
        const onError = (e: ErrorEvent) => errors.push(e.error ?? e.message);
        window.addEventListener('error', onError);
        const warnings = captureWarnings();
        try {
          await fc.assert(
            fc.asyncProperty(fc.constantFrom(...names), value, async (name, v) => {
              el.setAttribute(name, v);
              await (el as HTMLElement & {updateComplete: Promise<unknown>}).updateComplete;
              // Text the page passes in to be shown (a heading of "null" is the page's choice) is taken out
              // first; any other value must never surface as junk.
              let shown = renderedText(el);
              for (const a of ECHOED) {
                const given = el.getAttribute(a);
                if (given) shown = shown.split(given).join(' ');
              }
              if (junk.test(shown)) throw new Error(`${name}=${JSON.stringify(v)} rendered: ${shown.match(junk)![0]}`);
              if (el.shadowRoot!.querySelector('img, script, iframe, [onerror]')) throw new Error('markup injected');
              const links = [...el.shadowRoot!.querySelectorAll('a[href]')].map((a) => (a as HTMLAnchorElement).protocol);
              if (links.some((p) => !['http:', 'https:', 'mailto:', 'tel:'].includes(p))) throw new Error(`unsafe link ${links}`);
            }),
            {numRuns: 1500},
          );
        } finally {
          warnings.restore();
          window.removeEventListener('error', onError);
          el.remove();
        }
        expect(errors).to.deep.equal([]);
      });
    }
  });
});
