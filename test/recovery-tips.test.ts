import {expect, fixture, html, oneEvent, waitUntil} from '@open-wc/testing';
import '../src/knee-map/knee-map.js';
import '../src/recovery-tips/recovery-tips.js';
import type {KneeMap} from '../src/knee-map/knee-map.js';
import type {RecoveryTips, RecoveryTipsFilterDetail} from '../src/recovery-tips/recovery-tips.js';
import {tipCategories, tipCategoryIds} from '../src/content/tip-categories.js';
import {tips, tipsFor} from '../src/content/tip-details.js';
import {regions} from '../src/content/regions.js';
import {sources} from '../src/content/sources.js';
import {regionIds, type Tip} from '../src/content/types.js';
import {
  groupByCategory,
  parseCategories,
  parseList,
  toggled,
} from '../src/recovery-tips/recovery-tips.filters.js';
import {parseRegion} from '../src/shared/map-link.js';
import {sendKeys} from '@web/test-runner-commands';
import {LOADING, cannotFindInFolds, captureWarnings, fixtureAt, nextFrame, onPhone, press, scrollEnds, shiftTab, tap, DISCLAIMER} from './helpers.js';

const root = (el: RecoveryTips) => el.shadowRoot!;
const titles = (el: RecoveryTips) => [...root(el).querySelectorAll('.tip-title')].map((t) => t.textContent!.trim());
const titlesOf = (list: readonly Tip[]) => groupByCategory(list).flatMap((g) => g.tips.map((t) => t.title));
const count = (el: RecoveryTips) => root(el).querySelector('.count .count-text')!.textContent!.trim();
/** What the live region says now. */
const spoken = (el: RecoveryTips) => root(el).querySelector('[role="status"]')!.textContent!.replace(/\s+/g, ' ').trim();
const group = (el: RecoveryTips, label: string) => {
  const g = [...root(el).querySelectorAll<HTMLElement>('[role="toolbar"]')].find(
    (x) => root(el).getElementById(x.getAttribute('aria-labelledby')!)!.textContent!.trim() === label,
  );
  if (!g) throw new Error(`no group ${label}`);
  return g;
};
const chips = (el: RecoveryTips, label: string) => [...group(el, label).querySelectorAll<HTMLButtonElement>('button')];
const chip = (el: RecoveryTips, label: string, name: string) => {
  const c = chips(el, label).find((b) => b.textContent!.trim() === name);
  if (!c) throw new Error(`no chip ${name} in ${label}`);
  return c;
};
const pressed = (el: RecoveryTips, label: string) =>
  chips(el, label)
    .filter((b) => b.getAttribute('aria-pressed') === 'true')
    .map((b) => b.textContent!.trim());
const showAll = (el: RecoveryTips) => root(el).querySelector<HTMLButtonElement>('[part="show-all"]');
const following = (el: RecoveryTips) => root(el).querySelector('[part="following"]')?.textContent?.trim() ?? null;

/** Opens "More filters" (a narrow widget keeps "When" and "Kind of tip" behind it). */
async function moreFilters(el: RecoveryTips) {
  const toggle = root(el).querySelector<HTMLButtonElement>('.more')!;
  if (toggle.getAttribute('aria-expanded') === 'false') toggle.click();
  await el.updateComplete;
}

async function settle(...els: Element[]) {
  for (const el of els) await (el as Element & {updateComplete?: Promise<unknown>}).updateComplete;
  await nextFrame();
  for (const el of els) await (el as Element & {updateComplete?: Promise<unknown>}).updateComplete;
}

function record(el: RecoveryTips): RecoveryTipsFilterDetail[] {
  const events: RecoveryTipsFilterDetail[] = [];
  el.addEventListener('recovery-tips-filter', (e) => events.push(e.detail));
  return events;
}

describe('recovery-tips filters (pure)', () => {
  it('parses a comma list in canonical order, without repeats, keeping unknown entries apart', () => {
    expect(parseCategories('strength, Cold-Heat ,strength')).to.deep.equal({values: ['cold-heat', 'strength'], unknown: []});
    expect(parseCategories('rest,elbow, ,nope')).to.deep.equal({values: ['rest'], unknown: ['elbow', 'nope']});
    expect(parseCategories('')).to.deep.equal({values: [], unknown: []});
    expect(parseCategories(null)).to.deep.equal({values: [], unknown: []});
    expect(parseList('b,a,c', ['a', 'b'] as const)).to.deep.equal({values: ['a', 'b'], unknown: ['c']});
  });

  it("parses a map's region: null when empty, undefined when unknown", () => {
    expect(parseRegion(' OUTER ')).to.equal('outer');
    expect(parseRegion('')).to.equal(null);
    expect(parseRegion('   '), 'spaces only').to.equal(null);
    expect(parseRegion(null)).to.equal(null);
    expect(parseRegion('elbow')).to.equal(undefined);
  });

  it('toggles an id in and out of a list, keeping the given order', () => {
    expect(toggled(['strength'], 'rest', tipCategoryIds)).to.deep.equal(['rest', 'strength']);
    expect(toggled(['rest', 'strength'], 'rest', tipCategoryIds)).to.deep.equal(['strength']);
  });

  it('groups tips by category in category order, leaving out empty groups', () => {
    const groups = groupByCategory(tipsFor({categories: ['footwear', 'rest']}));
    expect(groups.map((g) => g.category)).to.deep.equal(['rest', 'footwear']);
    expect(groups.flatMap((g) => g.tips).length).to.equal(tipsFor({categories: ['footwear', 'rest']}).length);
  });
});

describe('<recovery-tips>', () => {
  describe('content', () => {
    it('shows every tip grouped by category, with a count, the professional line and the disclaimer', async () => {
      const el = await fixtureAt<RecoveryTips>(800, html`<recovery-tips limit="0"></recovery-tips>`);
      expect(titles(el)).to.deep.equal(titlesOf(tips()));
      expect(count(el)).to.equal(`${tips().length} tips`);
      const groups = [...root(el).querySelectorAll('.category-name')].map((h) => h.textContent!.trim());
      expect(groups).to.deep.equal(tipCategoryIds.map((id) => tipCategories()[id].name));
      const pro = root(el).querySelector<HTMLElement>('[part="professional"]')!;
      // A list that answers "when?", the most urgent first: a reader in pain may stop after the first line.
      const said = (node: Element) => node.textContent!.replace(/\s+/g, ' ').trim();
      expect(said(pro.firstElementChild!)).to.equal('When to see a professional');
      const when = [...pro.querySelectorAll('li')];
      expect(when.map((li) => said(li.querySelector('strong')!))).to.deep.equal(['Today', 'Within a few days', 'If the pain gets worse']);
      expect(said(when[0]!)).to.match(/^Today, if you can't put weight on your leg, the pain is strong \(7 out of 10 or more\), or your knee is badly swollen, has changed shape or won't move\. .*hot and red.*\. And if it locked, gave way or would not straighten right after a twist, a fall or a knock\.$/);
      // Every warning sign the pain check asks about, with its urgency there (content/red-flags.ts).
      expect(said(when[1]!)).to.equal(
        "Within a few days, if the pain started with a twist, a fall or a knock, or if the knee locks, gives way or won't straighten. The same goes if the swelling keeps coming back or is behind the knee, or it hurts a lot when you rest or at night.",
      );
      expect(said(when[2]!)).to.equal('If the pain gets worse, or has lasted more than two weeks without easing: stop running, and see a physiotherapist or doctor within a few days.');
      expect(said(pro)).to.match(/Do not run through pain\. Sources: NHS, the UK National Health Service \(opens in a new tab\); A strength and conditioning coach's guide; A runner's blog post$/);
      // The sources the box's advice comes from, the NHS's linked.
      expect([...pro.querySelectorAll('.sources a')].map((a) => (a as HTMLAnchorElement).href)).to.deep.equal([sources()['nhs-knee-pain'].url]);
      expect(pro.getBoundingClientRect().height).to.be.above(0);
      expect(pro.closest('[hidden]')).to.equal(null);
      // After the tips, as in the other widgets, so that the chips come first on a phone's screen.
      const list = [...root(el).querySelectorAll('.tips')].pop()!;
      expect(list.compareDocumentPosition(pro) & Node.DOCUMENT_POSITION_FOLLOWING, 'after the tips').to.not.equal(0);
      expect(root(el).querySelector('[part="disclaimer"]')!.textContent!.trim()).to.equal(
        DISCLAIMER,
      );
      // Our own words only: the titles of cited studies (in <cite>) are theirs.
      const ours = root(el).querySelector('.root, section, div')!.cloneNode(true) as Element;
      ours.querySelectorAll('cite').forEach((c) => c.remove());
      expect(ours.textContent!.toLowerCase()).to.not.contain('diagnos');
    });

    it('puts its headings in the page outline: title, categories, tips', async () => {
      const el = await fixture<RecoveryTips>(html`<recovery-tips limit="0" heading-level="3" heading="Get back on track"></recovery-tips>`);
      const level = (sel: string) => root(el).querySelector(sel)!.getAttribute('aria-level');
      expect(root(el).querySelector('.title')!.textContent).to.equal('Get back on track');
      expect([level('.title'), level('.category-name'), level('.tip-title')]).to.deep.equal(['3', '4', '5']);
    });

    it('expands a tip in place, with why, how, when and sources (cautions stay outside, always shown)', async () => {
      const el = await fixtureAt<RecoveryTips>(800, html`<recovery-tips limit="0" category="cold-heat"></recovery-tips>`);
      const card = root(el).querySelector<HTMLElement>('[part="tip"]')!;
      const toggle = card.querySelector<HTMLButtonElement>('.toggle')!;
      const details = root(el).getElementById(toggle.getAttribute('aria-controls')!)!;
      expect(card.contains(details)).to.equal(true);
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      // Folded, it is hidden until found: find in page can open it (test/find-in-page.test.ts).
      expect(details.hidden).to.equal('until-found');
      const tip = tipsFor({categories: ['cold-heat']})[0]!;
      expect(card.querySelector('.summary')!.textContent).to.equal(tip.summary);
      toggle.click();
      await settle(el);
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(details.hidden).to.equal(false);
      const text = details.textContent!;
      for (const part of [tip.why, tip.when, ...tip.how]) expect(text).to.contain(part);
      for (const caution of tip.cautions) {
        expect(text, 'cautions are not folded away').to.not.contain(caution);
        expect(card.textContent).to.contain(caution);
      }
      expect(text).to.contain('15 minutes').and.contain('Sources');
      expect(toggle.textContent).to.contain(tip.title);
      toggle.click();
      await settle(el);
      expect(details.hidden).to.equal('until-found');
    });

    it('prints every tip expanded and hides the chips and buttons', async () => {
      const el = await fixture<RecoveryTips>(html`<recovery-tips limit="0"></recovery-tips>`);
      const sheets: CSSStyleSheet[] = [
        ...(root(el).adoptedStyleSheets ?? []),
        ...[...root(el).querySelectorAll('style')].map((s) => s.sheet!),
      ];
      const print = sheets
        .flatMap((s) => [...s.cssRules])
        .filter((r): r is CSSMediaRule => r instanceof CSSMediaRule && r.media.mediaText === 'print')
        .flatMap((r) => [...r.cssRules] as CSSStyleRule[]);
      const rule = (selector: string) => print.find((r) => r.selectorText.split(/,\s*/).includes(selector));
      expect(rule('.details[hidden]')?.style.display).to.equal('grid');
      for (const sel of ['.filters', '.toggle', '.reset']) expect(rule(sel)?.style.display, sel).to.equal('none');
    });

    describe('in a browser that cannot find in folds', () => {
      cannotFindInFolds();

      it('renders folded details only when open, and all of them for printing', async () => {
        const el = await fixture<RecoveryTips>(html`<recovery-tips limit="0" category="cold-heat"></recovery-tips>`);
        const shown = tipsFor({categories: ['cold-heat']});
        const details = () => [...root(el).querySelectorAll<HTMLElement>('.details')];
        expect(details()).to.have.length(shown.length);
        expect(details().every((d) => d.childElementCount === 0 && d.getAttribute('hidden') === ''), 'folded details are hidden and empty').to.equal(true);
        window.dispatchEvent(new Event('beforeprint'));
        await settle(el);
        for (const [i, d] of details().entries()) {
          expect(d.textContent, shown[i]!.id).to.contain(shown[i]!.why).and.contain(shown[i]!.when);
          expect(d.hidden, 'still folded on screen; the print style opens it').to.equal(true);
        }
        window.dispatchEvent(new Event('afterprint'));
        await settle(el);
        expect(details().every((d) => d.childElementCount === 0)).to.equal(true);
      });
    });
  });

  describe('filters from attributes', () => {
    for (const region of regionIds) {
      it(`region="${region}" shows the tips that help there`, async () => {
        const el = await fixture<RecoveryTips>(html`<recovery-tips limit="0" region=${region}></recovery-tips>`);
        // Worked out independently of tipsFor(), which the widget itself uses.
        const here = tips().filter((t) => t.regions.includes(region));
        // Those for some spots only (this one among them) first: see tipsFor().
        const expected = [...here.filter((t) => t.regions.length < regionIds.length), ...here.filter((t) => t.regions.length === regionIds.length)];
        expect(expected.length, 'some tips help here').to.be.above(0);
        expect(titles(el)).to.deep.equal(titlesOf(expected));
        expect(pressed(el, 'Where it hurts')).to.deep.equal([regions()[region].name]);
      });
    }

    it('timing filters by when the tip applies', async () => {
      const el = await fixture<RecoveryTips>(html`<recovery-tips limit="0" timing="right-after"></recovery-tips>`);
      expect(titles(el)).to.deep.equal(titlesOf(tipsFor({timing: 'right-after'})));
      expect(titles(el)).to.include('Cool a freshly sore knee').and.not.include('Warm a stiff knee the next day');
      expect(pressed(el, 'When')).to.deep.equal(['Right after a run']);
    });

    it('category takes one category or a comma list', async () => {
      const el = await fixture<RecoveryTips>(html`<recovery-tips limit="0" category="footwear"></recovery-tips>`);
      expect(titles(el)).to.deep.equal(titlesOf(tipsFor({categories: ['footwear']})));
      el.setAttribute('category', 'sleep-food, strength');
      await settle(el);
      expect(titles(el)).to.deep.equal(titlesOf(tipsFor({categories: ['strength', 'sleep-food']})));
      expect(pressed(el, 'Kind of tip')).to.deep.equal(['Strength', 'Sleep and food']);
    });

    it('combines the filters and updates live as attributes change, without firing the event', async () => {
      const el = await fixture<RecoveryTips>(html`<recovery-tips limit="0"></recovery-tips>`);
      const events = record(el);
      el.setAttribute('region', 'outer');
      el.setAttribute('timing', 'long-term');
      el.setAttribute('category', 'strength');
      await settle(el);
      const expected = tipsFor({region: 'outer', timing: 'long-term', categories: ['strength']});
      expect(titles(el)).to.deep.equal(titlesOf(expected));
      expect(titles(el)).to.include('Clamshells and reverse clamshells').and.not.include('Step-ups');
      expect(count(el)).to.equal(`${expected.length} tips`);
      el.timing = null;
      await settle(el);
      expect(titles(el)).to.deep.equal(titlesOf(tipsFor({region: 'outer', categories: ['strength']})));
      expect(events).to.deep.equal([]);
    });
  });

  describe('filter chips', () => {
    it('let a page style the chips that are on apart from the rest (::part(chip-pressed))', async () => {
      const style = document.createElement('style');
      style.textContent = 'recovery-tips::part(chip) { background: rgb(1, 2, 3) } recovery-tips::part(chip-pressed) { background: rgb(4, 5, 6) }';
      document.head.append(style);
      try {
        const el = await fixture<RecoveryTips>(html`<recovery-tips limit="0" region="inner"></recovery-tips>`);
        const bg = (name: string) => getComputedStyle(chip(el, 'Where it hurts', name)).backgroundColor;
        expect(bg('Inner knee')).to.equal('rgb(4, 5, 6)');
        expect(bg('Outer knee')).to.equal('rgb(1, 2, 3)');
        chip(el, 'Where it hurts', 'Outer knee').click();
        await el.updateComplete;
        expect(bg('Outer knee'), 'it follows the press').to.equal('rgb(4, 5, 6)');
        expect(bg('Inner knee')).to.equal('rgb(1, 2, 3)');
      } finally {
        style.remove();
      }
    });

    it('move along a toolbar with the arrow keys, Home and End, and Tab comes back to the chip last used', async () => {
      const el = await fixture<RecoveryTips>(html`<recovery-tips limit="0" region="inner"></recovery-tips>`);
      const row = chips(el, 'Where it hurts');
      const stop = () => row.filter((b) => b.tabIndex === 0);
      expect(stop(), 'the pressed chip').to.deep.equal([chip(el, 'Where it hurts', 'Inner knee')]);
      const at = row.indexOf(stop()[0]!);
      row[at]!.focus();
      expect(press(row[at]!, 'ArrowRight').defaultPrevented).to.equal(true);
      expect(root(el).activeElement).to.equal(row[at + 1]);
      expect(stop()).to.deep.equal([row[at + 1]]);
      press(root(el).activeElement!, 'End');
      expect(root(el).activeElement).to.equal(row.at(-1));
      press(root(el).activeElement!, 'ArrowRight');
      expect(root(el).activeElement, 'wraps round').to.equal(row[0]);
      press(root(el).activeElement!, 'ArrowLeft');
      expect(root(el).activeElement).to.equal(row.at(-1));
      press(root(el).activeElement!, 'Home');
      expect(root(el).activeElement).to.equal(row[0]);
      expect(press(row[0]!, 'ArrowDown').defaultPrevented, 'other keys are left to the page').to.equal(false);
      const altRight = new KeyboardEvent('keydown', {key: 'ArrowRight', altKey: true, bubbles: true, composed: true, cancelable: true});
      row[0]!.dispatchEvent(altRight);
      expect(altRight.defaultPrevented, 'Alt+arrow is the browser’s Back and Forward').to.equal(false);
      expect(root(el).activeElement).to.equal(row[0]);
      expect(pressed(el, 'Where it hurts'), 'moving does not press').to.deep.equal(['Inner knee']);
      await sendKeys({press: ' '});
      await el.updateComplete;
      expect(pressed(el, 'Where it hurts')).to.deep.equal(['Anywhere']);
      expect(stop(), 'the tab stop stays where the reader is after the render').to.deep.equal([row[0]]);
      // Tab leaves the toolbar at once, for the next one; Shift+Tab comes back to the chip last used there,
      // not to the pressed one.
      press(row[0]!, 'End');
      expect(pressed(el, 'Where it hurts')).to.deep.equal(['Anywhere']);
      await sendKeys({press: 'Tab'});
      expect(root(el).activeElement).to.equal(chips(el, 'When').find((b) => b.tabIndex === 0));
      expect(stop(), 'the tab stop stays on the chip last used').to.deep.equal([row.at(-1)]);
      // WebKit's WebDriver can't hold Shift down; the tab stop above is what Shift+Tab goes back to.
      if (await shiftTab()) expect(root(el).activeElement).to.equal(row.at(-1));
    });

    it('puts the tab stop back on the pressed chip of the filter the page or the map changed, and only that one', async () => {
      const el = await fixture<RecoveryTips>(html`<recovery-tips limit="0" region="inner"></recovery-tips>`);
      const stop = (group: string) => chips(el, group).filter((b) => b.tabIndex === 0).map((b) => b.textContent!.trim());
      const last = (group: string) => chips(el, group).at(-1)!.textContent!.trim();
      // The reader moves along two groups without pressing anything.
      for (const [group, from] of [['Where it hurts', 'Inner knee'], ['When', 'Any time']] as const) {
        chip(el, group, from).focus();
        press(root(el).activeElement!, 'End');
        expect(stop(group)).to.deep.equal([last(group)]);
      }
      (root(el).activeElement as HTMLElement).blur();
      el.region = 'outer';
      await el.updateComplete;
      // Tab would have come back to a chip not pressed, not matching the tips shown.
      expect(stop('Where it hurts')).to.deep.equal(['Outer knee']);
      expect(pressed(el, 'Where it hurts')).to.deep.equal(['Outer knee']);
      expect(stop('When'), 'a group whose filter did not change keeps the reader’s place').to.deep.equal([last('When')]);
      // The reader's own press is no reason to move a stop, in its group or another.
      chip(el, 'Where it hurts', 'Outer knee').focus();
      press(root(el).activeElement!, 'Home');
      await sendKeys({press: ' '});
      await el.updateComplete;
      expect(stop('Where it hurts')).to.deep.equal([chips(el, 'Where it hurts')[0]!.textContent!.trim()]);
      expect(stop('When')).to.deep.equal([last('When')]);
    });

    it('on a phone, every chip shows (with More filters open): the rows wrap, none scrolls sideways, and Tab goes group to group', async () => {
      for (const lang of ['en', 'de']) {
        document.documentElement.lang = lang;
        try {
          const el = await fixtureAt<RecoveryTips>(280, html`<recovery-tips limit="0"></recovery-tips>`);
          // German has the longest chip labels.
          await waitUntil(() => lang === 'en' || [...root(el).querySelectorAll('.group-label')].some((l) => l.textContent!.trim() === 'Wo es wehtut'), lang, LOADING);
          await moreFilters(el);
          const box = root(el).querySelector('.root')!.getBoundingClientRect();
          for (const strip of root(el).querySelectorAll<HTMLElement>('.chips')) {
            expect(strip.scrollWidth, `${lang}: no row scrolls`).to.be.at.most(strip.clientWidth);
            for (const c of strip.querySelectorAll('button')) {
              const r = c.getBoundingClientRect();
              expect(r.left >= box.left - 1 && r.right <= box.right + 1, `${lang}: "${c.textContent!.trim()}" within the widget`).to.equal(true);
            }
          }
          if (lang === 'en') {
            const row = chips(el, 'Where it hurts');
            expect(new Set(row.map((c) => Math.round(c.getBoundingClientRect().top))).size, 'the row wraps').to.be.above(1);
            row.find((b) => b.tabIndex === 0)!.focus();
            await sendKeys({press: 'Tab'});
            expect(root(el).activeElement, 'then More filters').to.equal(root(el).querySelector('.more'));
            await sendKeys({press: 'Tab'});
            expect(root(el).activeElement === chips(el, 'When').find((b) => b.tabIndex === 0), 'Tab lands on a chip of the next group').to.equal(true);
          }
        } finally {
          document.documentElement.lang = 'en';
        }
      }
    });

    it('on a phone with its largest text, a label longer than the line wraps inside its chip (de, es, fr)', async () => {
      for (const lang of ['de', 'es', 'fr']) {
        document.documentElement.lang = lang;
        try {
          const el = await fixtureAt<RecoveryTips>(360, html`<recovery-tips limit="0"></recovery-tips>`);
          el.style.setProperty('--kw-font-size', '32px');
          await waitUntil(() => root(el).querySelector('.group-label')!.textContent!.trim() !== 'Where it hurts', lang, LOADING);
          await nextFrame();
          const box = root(el).querySelector('.root')!.getBoundingClientRect();
          // "Parte delantera de la rodilla" was 19 px wider than the phone: the page scrolled sideways.
          for (const c of root(el).querySelectorAll<HTMLElement>('.chips button')) {
            const r = c.getBoundingClientRect();
            expect(r.right <= box.right + 1, `${lang}: "${c.textContent!.trim()}" within the widget`).to.equal(true);
          }
          expect(root(el).querySelector('.root')!.scrollWidth, `${lang}: nothing scrolls sideways`).to.be.at.most(Math.ceil(box.width));
        } finally {
          document.documentElement.lang = 'en';
        }
      }
    });

    it('follow the page direction: on a right-to-left page the left arrow moves on', async () => {
      const el = await fixture<RecoveryTips>(html`<div dir="rtl"><recovery-tips limit="0"></recovery-tips></div>`).then(
        (d) => d.querySelector('recovery-tips') as RecoveryTips,
      );
      await el.updateComplete;
      const row = chips(el, 'When');
      row[0]!.focus();
      press(row[0]!, 'ArrowLeft');
      expect(root(el).activeElement).to.equal(row[1]);
      press(row[1]!, 'ArrowRight');
      expect(root(el).activeElement).to.equal(row[0]);
    });

    it('are native buttons in named toolbars, each with aria-pressed, one tab stop per toolbar', async () => {
      const el = await fixture<RecoveryTips>(html`<recovery-tips limit="0"></recovery-tips>`);
      for (const label of ['Where it hurts', 'When', 'Kind of tip']) {
        const list = chips(el, label);
        expect(list.length, label).to.be.above(2);
        for (const b of list) {
          expect(b.type).to.equal('button');
          expect(b.getAttribute('aria-pressed')).to.be.oneOf(['true', 'false']);
        }
        expect(list.map((b) => b.tabIndex), 'the pressed chip is the tab stop').to.deep.equal(list.map((_, i) => (i === 0 ? 0 : -1)));
      }
      expect(chips(el, 'Where it hurts')).to.have.length(regionIds.length + 1);
      expect(chips(el, 'Kind of tip')).to.have.length(tipCategoryIds.length + 1);
      expect(pressed(el, 'Where it hurts')).to.deep.equal(['Anywhere']);
      expect(pressed(el, 'When')).to.deep.equal(['Any time']);
      expect(pressed(el, 'Kind of tip')).to.deep.equal(['All kinds']);
    });

    it('filter by region, fire recovery-tips-filter, reflect the attribute, and unpress on a second press', async () => {
      const el = await fixture<RecoveryTips>(html`<recovery-tips limit="0"></recovery-tips>`);
      const heard = oneEvent(el, 'recovery-tips-filter');
      chip(el, 'Where it hurts', 'Back of the knee').click();
      const event = await heard;
      expect(event.bubbles && event.composed).to.equal(true);
      const expected = tipsFor({region: 'back'});
      expect(event.detail).to.deep.equal({region: 'back', timing: null, categories: [], count: expected.length});
      await settle(el);
      expect(el.getAttribute('region')).to.equal('back');
      expect(titles(el)).to.deep.equal(titlesOf(expected));
      expect(count(el)).to.equal(`${expected.length} tips`);
      expect(pressed(el, 'Where it hurts')).to.deep.equal(['Back of the knee']);
      chip(el, 'Where it hurts', 'Back of the knee').click();
      await settle(el);
      expect(el.hasAttribute('region')).to.equal(false);
      expect(pressed(el, 'Where it hurts')).to.deep.equal(['Anywhere']);
    });

    it('filter by timing', async () => {
      const el = await fixture<RecoveryTips>(html`<recovery-tips limit="0"></recovery-tips>`);
      const events = record(el);
      chip(el, 'When', 'Any time').click();
      chip(el, 'Where it hurts', 'Anywhere').click();
      expect(events, 'pressing an already pressed "any" chip changes nothing').to.deep.equal([]);
      chip(el, 'When', 'Next few days').click();
      await settle(el);
      expect(el.timing).to.equal('next-days');
      expect(titles(el)).to.deep.equal(titlesOf(tipsFor({timing: 'next-days'})));
      chip(el, 'When', 'Any time').click();
      await settle(el);
      expect(el.timing).to.equal(null);
      expect(events.map((e) => e.timing)).to.deep.equal(['next-days', null]);
    });

    it('filter by several categories at once; "All kinds" clears them', async () => {
      const el = await fixture<RecoveryTips>(html`<recovery-tips limit="0"></recovery-tips>`);
      const events = record(el);
      chip(el, 'Kind of tip', 'Shoes').click();
      chip(el, 'Kind of tip', 'Rest').click();
      await settle(el);
      expect(el.getAttribute('category')).to.equal('rest,footwear');
      expect(pressed(el, 'Kind of tip')).to.deep.equal(['Rest', 'Shoes']);
      expect(titles(el)).to.deep.equal(titlesOf(tipsFor({categories: ['rest', 'footwear']})));
      chip(el, 'Kind of tip', 'Rest').click();
      await settle(el);
      expect(titles(el)).to.deep.equal(titlesOf(tipsFor({categories: ['footwear']})));
      chip(el, 'Kind of tip', 'All kinds').click();
      await settle(el);
      expect(el.hasAttribute('category')).to.equal(false);
      expect(titles(el)).to.have.length(tips().length);
      expect(events.map((e) => e.categories)).to.deep.equal([['footwear'], ['rest', 'footwear'], ['footwear'], []]);
    });

    it('shows an empty state whose button resets every filter and takes the focus to the count', async () => {
      const el = await fixtureAt<RecoveryTips>(400, html`<recovery-tips limit="0" region="back" timing="right-after" category="footwear"></recovery-tips>`);
      expect(titles(el)).to.deep.equal([]);
      expect(count(el)).to.equal('No tips match these filters.');
      const line = root(el).querySelector('.count')!.textContent!.replace(/\s+/g, ' ').trim();
      expect(line, 'no filter list after a sentence that already says why').to.equal('No tips match these filters.');
      const empty = root(el).querySelector('[part="empty"]')!;
      const reset = empty.querySelector<HTMLButtonElement>('button')!;
      expect(reset.textContent!.trim()).to.equal('Reset filters');
      const heard = oneEvent(el, 'recovery-tips-filter');
      reset.click();
      expect((await heard).detail).to.deep.equal({region: null, timing: null, categories: [], count: tips().length});
      await settle(el);
      expect(titles(el)).to.have.length(tips().length);
      for (const a of ['region', 'timing', 'category']) expect(el.hasAttribute(a), a).to.equal(false);
      expect(root(el).querySelector('[part="empty"]')).to.equal(null);
      expect(root(el).activeElement).to.equal(root(el).querySelector('.count'));
    });

    it('changes what the status says on every filter change, even when the count stays the same', async () => {
      const el = await fixture<RecoveryTips>(html`<recovery-tips limit="0"></recovery-tips>`);
      expect(spoken(el), 'nothing is said before the reader does anything').to.equal('');
      const said: string[] = [];
      for (const area of ['Below the kneecap', 'Inner knee']) {
        chip(el, 'Where it hurts', area).click();
        await settle(el);
        said.push(spoken(el));
      }
      const n = (region: 'below-kneecap' | 'inner') => tipsFor({region, timing: null, categories: []}).length;
      expect(n('below-kneecap'), 'the case this is for: the same count').to.equal(n('inner'));
      expect(said).to.deep.equal([`${n('below-kneecap')} tips (Below the kneecap)`, `${n('inner')} tips (Inner knee)`]);
      chip(el, 'When', 'Long term').click();
      await settle(el);
      expect(spoken(el)).to.match(/ \(Inner knee; Long term\)$/);
      chip(el, 'Kind of tip', 'Rest').click();
      chip(el, 'Kind of tip', 'Cold and heat').click();
      await settle(el);
      expect(spoken(el), 'kinds widen the list: "or", apart from the other filters').to.match(/ \(Inner knee; Long term; Rest or Cold and heat\)$/);
    });

    it('on a phone, keeps When and Kind of tip behind More filters, so the first tips show on the first screen', async () => {
      const el = await fixtureAt<RecoveryTips>(320, html`<recovery-tips></recovery-tips>`);
      const toggle = root(el).querySelector<HTMLButtonElement>('.more')!;
      const shown = (label: string) => group(el, label).getClientRects().length > 0;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(toggle.getClientRects().length, 'the toggle shows').to.be.above(0);
      expect([shown('Where it hurts'), shown('When'), shown('Kind of tip')]).to.deep.equal([true, false, false]);
      // 21 chips put the first tip 1,100-1,350 px down a 280-320 px phone.
      const first = root(el).querySelector('.tip-title')!.getBoundingClientRect().top - el.getBoundingClientRect().top;
      expect(first, 'the first tip within a phone screen of the widget top').to.be.below(640);
      toggle.click();
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect([shown('When'), shown('Kind of tip')]).to.deep.equal([true, true]);
      expect(toggle.getAttribute('aria-controls')).to.equal(group(el, 'When').closest('[id]')!.id);
    });

    it('opens More filters for a filter set in it, names how many are on, and has none on a wide widget', async () => {
      const set = await fixtureAt<RecoveryTips>(320, html`<recovery-tips timing="long-term" category="rest,footwear"></recovery-tips>`);
      const toggle = root(set).querySelector<HTMLButtonElement>('.more')!;
      expect(toggle.getAttribute('aria-expanded'), 'a hidden filter would narrow the list unseen').to.equal('true');
      expect(pressed(set, 'When')).to.deep.equal(['Long term']);
      // Closed, it still says that some of its filters are on.
      expect(toggle.textContent!.trim()).to.equal('More filters (3)');
      toggle.click();
      await set.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(toggle.textContent!.trim()).to.equal('More filters (3)');
      root(set).querySelector<HTMLButtonElement>('[part="reset"]')!.click();
      await set.updateComplete;
      expect(toggle.textContent!.trim(), 'none on').to.equal('More filters');
      const wide = await fixtureAt<RecoveryTips>(800, html`<recovery-tips></recovery-tips>`);
      expect(root(wide).querySelector('.more')!.getClientRects().length, 'no toggle').to.equal(0);
      expect(group(wide, 'Kind of tip').getClientRects().length, 'every group shows').to.be.above(0);
    });

    it('keeps a chip the same width pressed and not, so pressing one never moves the chips after it', async () => {
      const el = await fixtureAt<RecoveryTips>(280, html`<recovery-tips limit="0"></recovery-tips>`);
      await moreFilters(el);
      const all = () => [...root(el).querySelectorAll<HTMLButtonElement>('.chip')];
      const widths = () => all().map((c) => c.getBoundingClientRect().width);
      const before = widths();
      for (const label of ['Where it hurts', 'When', 'Kind of tip']) chips(el, label)[2]!.click();
      await settle(el);
      expect(all().filter((c) => c.getAttribute('aria-pressed') === 'true').length, 'pressed and not, in each row').to.be.at.least(3);
      // The same to a quarter of a pixel (sub-pixel rounding of em lengths).
      const grown = widths()
        .map((w, i) => [all()[i]!.textContent!.trim(), w - before[i]!] as const)
        .filter(([, d]) => Math.abs(d) > 0.25);
      expect(grown).to.deep.equal([]);
    });

    it('on a phone, a chip press brings the count and the first tip into view, as far as the chip can stay on screen', async function () {
      await onPhone(this, 360, 640, async () => {
        const el = await fixtureAt<RecoveryTips>(344, html`<recovery-tips limit="0"></recovery-tips>`);
        await moreFilters(el);
        const countBox = () => root(el).querySelector('.count')!.getBoundingClientRect();
        // The widget at the top of the screen, as on first arriving: the count is below the window.
        scrollBy(0, el.getBoundingClientRect().top);
        expect(countBox().bottom, 'the case this is for').to.be.above(innerHeight);
        const next = chip(el, 'When', 'Next few days');
        tap(next);
        const firstTip = () => root(el).querySelector('.tip-title')!.getBoundingClientRect();
        await waitUntil(() => firstTip().bottom <= innerHeight, 'the first tip comes into view, the count above it', {timeout: 5000});
        await scrollEnds();
        expect(next.getBoundingClientRect().top, 'the chip is still on screen').to.be.at.least(0);
      });
    });

    it('on a phone, focus moved on while the result glides into view stops the glide: the control focused stays on screen', async function () {
      await onPhone(this, 360, 640, async () => {
        const el = await fixtureAt<RecoveryTips>(344, html`<recovery-tips limit="0"></recovery-tips>`);
        await moreFilters(el);
        scrollBy(0, el.getBoundingClientRect().top);
        const next = chip(el, 'When', 'Next few days');
        const above = chip(el, 'Where it hurts', 'Inner knee');
        next.focus();
        await sendKeys({press: 'Enter'});
        const y = scrollY;
        await waitUntil(() => scrollY > y, 'the result starts gliding into view', {timeout: 5000});
        // Shift+Tab back to the chips above, as it glides, while they are still on screen.
        expect(above.getBoundingClientRect().top, 'the case this is for').to.be.at.least(0);
        above.focus();
        await scrollEnds();
        const {top, bottom} = above.getBoundingClientRect();
        expect([top >= 0, bottom <= innerHeight], `the chip at ${Math.round(top)} to ${Math.round(bottom)} of ${innerHeight}`).to.deep.equal([true, true]);
      });
    });

    it('on a phone, waits for the presses to pause before scrolling, so a quick second tap hits the chip it aimed at', async function () {
      await onPhone(this, 360, 640, async () => {
        const el = await fixtureAt<RecoveryTips>(344, html`<recovery-tips limit="0"></recovery-tips>`);
        await moreFilters(el);
        scrollBy(0, el.getBoundingClientRect().top);
        const first = chip(el, 'Kind of tip', 'Rest');
        const second = chip(el, 'Kind of tip', 'Strength');
        const aimedAt = second.getBoundingClientRect().top;
        tap(first);
        await el.updateComplete;
        // A second tap a quarter of a second later, where the reader saw the chip.
        await new Promise((resolve) => setTimeout(resolve, 250));
        expect(second.getBoundingClientRect().top, 'the chip is where it was').to.be.closeTo(aimedAt, 1);
        tap(second);
        await el.updateComplete;
        expect(pressed(el, 'Kind of tip')).to.deep.equal(['Rest', 'Strength']);
        // Then the result comes into view.
        const firstTip = () => root(el).querySelector('.tip-title')!.getBoundingClientRect();
        await waitUntil(() => firstTip().bottom <= innerHeight, 'the first tip comes into view once the taps pause', {timeout: 5000});
        // Unless the reader scrolled in the pause: then the page does not jump under them.
        await scrollEnds();
        scrollBy(0, el.getBoundingClientRect().top);
        tap(chip(el, 'Kind of tip', 'Shoes'));
        await el.updateComplete;
        scrollBy(0, 40);
        const y = scrollY;
        await new Promise((resolve) => setTimeout(resolve, 1200));
        // (Within a few pixels: Firefox's scroll anchoring keeps what is on screen in place as the list
        // changes, and moved the page 1 or 2 px in CI runs; bringing the result into view moves it hundreds.)
        expect(scrollY, 'left where the reader scrolled to').to.be.closeTo(y, 4);
      });
    });

    it('on a phone, a chip press that leaves no tip brings the box that says so, and its Reset, into view', async function () {
      await onPhone(this, 360, 640, async () => {
        const el = await fixtureAt<RecoveryTips>(344, html`<recovery-tips limit="0" region="back" timing="right-after"></recovery-tips>`);
        scrollBy(0, el.getBoundingClientRect().top);
        const shoes = chip(el, 'Kind of tip', 'Shoes');
        tap(shoes);
        await settle(el);
        expect(count(el), 'the case this is for').to.equal('No tips match these filters.');
        const reset = () => root(el).querySelector('.empty [part="reset"]')!.getBoundingClientRect();
        await waitUntil(() => reset().bottom <= innerHeight, 'the empty box comes into view', {timeout: 5000});
        await scrollEnds();
        expect(shoes.getBoundingClientRect().top, 'the chip is still on screen').to.be.at.least(0);
      });
    });

    it('in a page\'s scrolling panel, a chip press scrolls the panel, not the page, and keeps the chip below the panel\'s scroll padding', async () => {
      // A sticky header inside the panel covers its top 100 px, as the panel's scroll-padding-top says.
      const panel = await fixture<HTMLDivElement>(html`<div><recovery-tips limit="0"></recovery-tips></div>`);
      Object.assign(panel.style, {height: '360px', width: '344px', overflow: 'auto', scrollPaddingTop: '100px'});
      const el = panel.querySelector<RecoveryTips>('recovery-tips')!;
      await el.updateComplete;
      await nextFrame();
      const rest = chip(el, 'Kind of tip', 'Rest');
      // The chip 150 px down the panel, the first tip well below its bottom.
      panel.scrollTop += rest.getBoundingClientRect().top - panel.getBoundingClientRect().top - 150;
      await nextFrame();
      const firstTip = () => root(el).querySelector('.tip-title')!.getBoundingClientRect();
      expect(firstTip().bottom - panel.getBoundingClientRect().bottom, 'the case this is for: more below than the chip can rise').to.be.above(60);
      const [y, before] = [scrollY, panel.scrollTop];
      tap(rest);
      await waitUntil(() => panel.scrollTop !== before, 'the panel scrolls', {timeout: 5000});
      await scrollEnds(panel);
      const top = panel.getBoundingClientRect().top;
      // As far as the chip can go without passing under the covered top (150 - 100 - 8 = 42 px).
      expect(scrollY, 'the page stays').to.equal(y);
      expect(rest.getBoundingClientRect().top - top, 'the chip from the panel top').to.be.closeTo(108, 1);
    });

    it('on a short window, the pressed chip stays on screen rather than the count coming into view', async function () {
      await onPhone(this, 360, 320, async () => {
        const el = await fixtureAt<RecoveryTips>(344, html`<recovery-tips limit="0"></recovery-tips>`);
        await moreFilters(el);
        const countBox = () => root(el).querySelector('.count')!.getBoundingClientRect();
        const first = chip(el, 'Where it hurts', 'Inner knee');
        scrollBy(0, first.getBoundingClientRect().top - 12);
        await nextFrame();
        expect(countBox().bottom, 'the count is far below').to.be.above(innerHeight + 100);
        tap(first);
        await el.updateComplete;
        await scrollEnds();
        expect(first.getBoundingClientRect().top, 'the chip is still on screen').to.be.at.least(0);
        expect(countBox().bottom, 'so the count is still below').to.be.above(innerHeight);
      });
    });

    it('on a phone held sideways, keeps When and Kind of tip behind More filters, so a chip press brings the count and the first tip into view', async function () {
      await onPhone(this, 740, 300, async () => {
        const el = await fixtureAt<RecoveryTips>(720, html`<recovery-tips limit="0"></recovery-tips>`);
        const shown = (label: string) => group(el, label).getClientRects().length > 0;
        // A wide widget: only the window's height folds them (their 17 chips put the count below the window).
        expect([shown('Where it hurts'), shown('When'), shown('Kind of tip')]).to.deep.equal([true, false, false]);
        // And they can be had: "More filters" shows, and opens them (hidden with it, they could not be reached).
        const more = root(el).querySelector<HTMLButtonElement>('.more')!;
        expect([more.getAttribute('aria-expanded'), more.getClientRects().length > 0], 'More filters, closed and shown').to.deep.equal(['false', true]);
        more.click();
        await el.updateComplete;
        expect([shown('When'), shown('Kind of tip')], 'opened').to.deep.equal([true, true]);
        more.click();
        await el.updateComplete;
        const front = chip(el, 'Where it hurts', 'Front of the knee');
        scrollBy(0, front.getBoundingClientRect().top - 8);
        await nextFrame();
        tap(front);
        const firstTip = () => root(el).querySelector('.tip-title')!.getBoundingClientRect();
        await waitUntil(() => firstTip().bottom <= innerHeight, 'the first tip comes into view, the count above it', {timeout: 5000});
        await scrollEnds();
        expect(front.getBoundingClientRect().top, 'the chip is still on screen').to.be.at.least(0);
        expect(root(el).querySelector('.count')!.getBoundingClientRect().top, 'the count too').to.be.at.least(0);
      });
    });

    it('empties the status once it has been said, so reading down the widget does not meet the count twice', async () => {
      const el = await fixture<RecoveryTips>(html`<recovery-tips limit="0"></recovery-tips>`);
      const timers: Array<[() => void, number]> = [];
      const original = window.setTimeout;
      window.setTimeout = ((fn: () => void, ms: number) => (timers.push([fn, ms]), 0)) as typeof window.setTimeout;
      try {
        chip(el, 'Where it hurts', 'Inner knee').click();
        await el.updateComplete;
      } finally {
        window.setTimeout = original;
      }
      await settle(el);
      expect(spoken(el)).to.match(/ tips \(Inner knee\)$/);
      const clear = timers.filter(([, ms]) => ms >= 3000);
      expect(clear.map(([, ms]) => ms), 'one clearing, a few seconds on').to.have.length(1);
      expect(clear[0]![1]).to.be.within(3000, 15000);
      clear[0]![0]();
      await settle(el);
      expect(spoken(el)).to.equal('');
      expect(count(el), 'the visible count stays').to.match(/ tips$/);
      // Taken off the page before it was cleared (an app moving it), it comes back with nothing to say.
      chip(el, 'Where it hurts', 'Outer knee').click();
      await settle(el);
      expect(spoken(el)).to.match(/Outer knee/);
      const parent = el.parentElement!;
      el.remove();
      parent.append(el);
      await settle(el);
      expect(spoken(el)).to.equal('');
    });

    it('says nothing when the language changes under it, only after the reader changes a filter', async () => {
      const el = await fixture<RecoveryTips>(html`<recovery-tips limit="0"></recovery-tips>`);
      try {
        document.documentElement.lang = 'de';
        await waitUntil(() => count(el) !== `${tips().length} tips`, 'the German text came in', LOADING);
        expect(spoken(el), 'a translation arriving is not news').to.equal('');
        chip(el, 'Wo es wehtut', 'Innenseite des Knies').click();
        await settle(el);
        expect(spoken(el)).to.contain('(Innenseite des Knies)');
      } finally {
        document.documentElement.lang = 'en';
        await waitUntil(() => count(el).endsWith(' tips'), 'English again', LOADING);
      }
    });

    it('shows a focus ring on the count when the keyboard resets the filters', async () => {
      const el = await fixtureAt<RecoveryTips>(400, html`<recovery-tips limit="0" region="back" timing="right-after" category="footwear"></recovery-tips>`);
      root(el).querySelector<HTMLButtonElement>('[part="empty"] button')!.focus();
      await sendKeys({press: 'Enter'});
      await settle(el);
      const countLine = root(el).querySelector('.count')!;
      expect(root(el).activeElement).to.equal(countLine);
      expect(getComputedStyle(countLine).outlineStyle, 'focus is visible where it landed').to.not.equal('none');
    });

    it('offers "Reset filters" beside the count only while a filter is on', async () => {
      const el = await fixture<RecoveryTips>(html`<recovery-tips limit="0"></recovery-tips>`);
      expect(root(el).querySelector('[part="reset"]')).to.equal(null);
      chip(el, 'When', 'Long term').click();
      await settle(el);
      root(el).querySelector<HTMLButtonElement>('.count-row [part="reset"]')!.click();
      await settle(el);
      expect(el.timing).to.equal(null);
      expect(root(el).querySelector('[part="reset"]')).to.equal(null);
    });

    it('drops what it said of the old filters on Reset: focus reads the new count, and only that', async () => {
      const el = await fixture<RecoveryTips>(html`<recovery-tips limit="0"></recovery-tips>`);
      chip(el, 'When', 'Long term').click();
      await settle(el);
      expect(spoken(el), 'the filtered count was said').to.match(/Long term/);
      root(el).querySelector<HTMLButtonElement>('.count-row [part="reset"]')!.click();
      await settle(el);
      expect(root(el).activeElement?.classList.contains('count'), 'focus on the count').to.equal(true);
      expect(spoken(el), 'no stale count after it').to.equal('');
    });
  });

  describe('following a <knee-map>', () => {
    let host: HTMLDivElement;
    beforeEach(() => {
      host = document.createElement('div');
      document.body.append(host);
    });
    afterEach(() => host.remove());

    const get = () => ({
      map: host.querySelector('knee-map') as KneeMap,
      tips: host.querySelector('recovery-tips') as RecoveryTips,
    });

    it('follows a map created first, live, and says which region it follows', async () => {
      const map = document.createElement('knee-map');
      map.id = 'knee-1';
      map.setAttribute('region', 'outer');
      host.append(map);
      await settle(map);
      const el = document.createElement('recovery-tips');
      el.limit = 0;
      el.htmlFor = 'knee-1';
      el.setAttribute('region', 'front');
      host.append(el);
      await settle(el);
      expect(titles(el)).to.deep.equal(titlesOf(tipsFor({region: 'outer'})));
      expect(following(el)).to.contain('Outer knee');
      expect(pressed(el, 'Where it hurts')).to.deep.equal(['Outer knee']);
      map.select('back');
      await settle(map, el);
      expect(titles(el)).to.deep.equal(titlesOf(tipsFor({region: 'back'})));
      expect(following(el)).to.contain('Back of the knee');
      map.setAttribute('region', 'inner');
      await settle(map, el);
      expect(titles(el)).to.deep.equal(titlesOf(tipsFor({region: 'inner'})));
      map.select(null);
      await settle(map, el);
      expect(titles(el)).to.have.length(tips().length);
      expect(following(el)).to.contain('Pick a spot');
    });

    it('follows a map that comes after it in the page and upgrades after it', async () => {
      // innerHTML upgrades in tree order: the tips connect while the map is still a plain element.
      host.innerHTML = '<recovery-tips limit="0" for="knee-2"></recovery-tips><knee-map id="knee-2" region="below-kneecap"></knee-map>';
      const {map, tips: el} = get();
      await settle(map, el);
      expect(titles(el)).to.deep.equal(titlesOf(tipsFor({region: 'below-kneecap'})));
      tap(map.shadowRoot!.querySelector('[data-region="inner"]')!);
      await settle(map, el);
      expect(titles(el)).to.deep.equal(titlesOf(tipsFor({region: 'inner'})));
      expect(spoken(el), 'the map says what the reader picked there; the tips stay quiet').to.equal('');
      chip(el, 'Where it hurts', 'Back of the knee').click();
      await settle(el);
      expect(spoken(el)).to.contain('(Back of the knee)');
      tap(map.shadowRoot!.querySelector('[data-region="outer"]')!);
      await settle(map, el);
      expect(spoken(el), 'nothing out of date left behind once the map changes the list').to.equal('');
    });

    it('says what it shows when the reader picks an area here, or resets, while following', async () => {
      host.innerHTML = '<knee-map id="knee-6" region="outer"></knee-map><recovery-tips limit="0" for="knee-6"></recovery-tips>';
      const {map, tips: el} = get();
      await settle(map, el);
      chip(el, 'Where it hurts', 'Inner knee').click();
      await settle(el);
      expect(following(el)).to.contain('Showing the area you chose here');
      root(el).querySelector<HTMLButtonElement>('.count-row [part="reset"]')!.click();
      await settle(el);
      expect(titles(el)).to.have.length(tips().length);
      expect(following(el), 'no area is chosen after a reset').to.contain('Showing every area');
    });

    it('follows a map whose region is written in another case, as the map itself does', async () => {
      host.innerHTML = '<knee-map id="knee-5" region=" Outer "></knee-map><recovery-tips limit="0" for="knee-5"></recovery-tips>';
      const {map, tips: el} = get();
      await settle(map, el);
      expect(map.shadowRoot!.querySelector('[data-region="outer"]')!.getAttribute('aria-selected')).to.equal('true');
      expect(titles(el)).to.deep.equal(titlesOf(tipsFor({region: 'outer'})));
      expect(following(el)).to.contain('Outer knee');
    });

    it('follows a map that comes first in the page and upgrades first', async () => {
      host.innerHTML = '<knee-map id="knee-3" region="front"></knee-map><recovery-tips limit="0" for="knee-3"></recovery-tips>';
      const {map, tips: el} = get();
      await settle(map, el);
      expect(titles(el)).to.deep.equal(titlesOf(tipsFor({region: 'front'})));
    });

    it('picks up a map added later, or whose id appears later, and lets go when it is removed', async () => {
      const warnings = captureWarnings();
      host.innerHTML = '<recovery-tips limit="0" for="knee-4" region="front"></recovery-tips>';
      const el = get().tips;
      await settle(el);
      await new Promise((r) => setTimeout(r));
      // A typo in the id looks just like this (still no map a task later), and was silent.
      expect(warnings.messages).to.deep.equal([
        'knee-widgets: <recovery-tips> for="knee-4": no element in this document or shadow root has that id yet; the tips follow a <knee-map> given it later.',
      ]);
      expect(following(el)).to.equal(null);
      expect(titles(el)).to.deep.equal(titlesOf(tipsFor({region: 'front'})));
      const map = document.createElement('knee-map');
      map.setAttribute('region', 'back');
      host.append(map);
      await settle(map, el);
      expect(following(el), 'no id yet').to.equal(null);
      map.id = 'knee-4';
      await settle(map, el);
      expect(titles(el)).to.deep.equal(titlesOf(tipsFor({region: 'back'})));
      expect(following(el)).to.contain('Back of the knee');
      map.remove();
      await settle(el);
      await new Promise((r) => setTimeout(r));
      warnings.restore();
      expect(following(el)).to.equal(null);
      expect(titles(el)).to.deep.equal(titlesOf(tipsFor({region: 'front'})));
      // A page that takes its map away (a route change) has made no typo: no second warning.
      expect(warnings.messages).to.have.length(1);
    });

    it('does not warn when a script adds the map just after the tips', async () => {
      const warnings = captureWarnings();
      host.innerHTML = '<recovery-tips limit="0" for="knee-7"></recovery-tips>';
      const map = document.createElement('knee-map');
      map.id = 'knee-7';
      map.setAttribute('region', 'inner');
      host.append(map);
      const el = get().tips;
      await settle(map, el);
      await new Promise((r) => setTimeout(r, 10));
      warnings.restore();
      expect(warnings.messages.filter((m) => m.includes('for='))).to.deep.equal([]);
      expect(following(el)).to.contain('Inner knee');
    });

    it('lets the reader pick a region here, and follows the map again on its next pick', async () => {
      host.innerHTML = '<knee-map id="knee-5" region="outer"></knee-map><recovery-tips limit="0" for="knee-5"></recovery-tips>';
      const {map, tips: el} = get();
      await settle(map, el);
      const events = record(el);
      chip(el, 'Where it hurts', 'Anywhere').click();
      await settle(el);
      expect(titles(el)).to.have.length(tips().length);
      expect(events.map((e) => e.region)).to.deep.equal([null]);
      expect(following(el)).to.contain('follow it again');
      // Picking the same spot on the map again counts as a new pick.
      map.select('outer');
      await settle(map, el);
      expect(titles(el)).to.deep.equal(titlesOf(tipsFor({region: 'outer'})));
      expect(following(el)).to.contain('Outer knee');
      expect(events, 'following the map is not a reader change here').to.have.length(1);
    });

    it('stops observing when disconnected, and catches up when connected again', async () => {
      host.innerHTML = '<knee-map id="knee-6" region="outer"></knee-map><div class="slot"><recovery-tips limit="0" for="knee-6"></recovery-tips></div>';
      const {map, tips: el} = get();
      await settle(map, el);
      el.remove();
      map.select('inner');
      await settle(map, el);
      expect(following(el)).to.contain('Outer knee');
      host.querySelector('.slot')!.append(el);
      await settle(el);
      expect(following(el)).to.contain('Inner knee');
    });

    it('follows a map inside the same shadow root', async () => {
      const warnings = captureWarnings();
      const shadow = host.attachShadow({mode: 'open'});
      shadow.innerHTML = '<recovery-tips limit="0" for="knee-7"></recovery-tips>';
      const el = shadow.querySelector('recovery-tips')!;
      await settle(el);
      await new Promise((r) => setTimeout(r));
      warnings.restore();
      // Looked for in its own root: a map added to the page instead would still be missing.
      expect(warnings.messages).to.deep.equal([
        'knee-widgets: <recovery-tips> for="knee-7": no element in this document or shadow root has that id yet; the tips follow a <knee-map> given it later.',
      ]);
      shadow.append(Object.assign(document.createElement('knee-map'), {id: 'knee-7'}));
      const map = shadow.querySelector('knee-map')!;
      map.select('below-kneecap');
      await settle(map, el);
      expect(titles(el)).to.deep.equal(titlesOf(tipsFor({region: 'below-kneecap'})));
    });

    it('ignores an element that is not a knee-map, with one warning', async () => {
      const warnings = captureWarnings();
      let el: RecoveryTips;
      try {
        host.innerHTML = '<div id="not-a-map" region="back"></div><recovery-tips limit="0" for="not-a-map"></recovery-tips>';
        el = get().tips;
        await settle(el);
        host.querySelector('#not-a-map')!.setAttribute('class', 'x');
        host.append(document.createElement('p'));
        await settle(el);
      } finally {
        warnings.restore();
      }
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('not-a-map');
      expect(titles(el)).to.have.length(tips().length);
    });

    it("keeps the reader's pick here when something else in the page changes", async () => {
      host.innerHTML = '<knee-map id="mm-1" region="outer"></knee-map><recovery-tips limit="0" for="mm-1"></recovery-tips>';
      const el = host.querySelector('recovery-tips') as RecoveryTips;
      await settle(host.querySelector('knee-map')!, el);
      chip(el, 'Where it hurts', 'Inner knee').click();
      await settle(el);
      // A banner, a route's content or an ad added anywhere in the page: no new pick on the map.
      document.body.append(Object.assign(document.createElement('p'), {className: 'mm-banner'}));
      host.append(document.createElement('p'));
      await settle(el);
      document.querySelector('.mm-banner')!.remove();
      expect(titles(el)).to.deep.equal(titlesOf(tipsFor({region: 'inner'})));
      expect(following(el)).to.contain('Showing the area you chose here');
    });

    it('follows a map whose id is written in `for` with spaces around it', async () => {
      host.innerHTML = '<knee-map id="mm-2" region="back"></knee-map><recovery-tips limit="0" for=" mm-2 "></recovery-tips>';
      const el = host.querySelector('recovery-tips') as RecoveryTips;
      await settle(host.querySelector('knee-map')!, el);
      expect(following(el)).to.equal('Following the knee map: Back of the knee.');
    });

    it('warns again when the id that was put right goes wrong again', async () => {
      const warnings = captureWarnings();
      try {
        host.innerHTML = '<div id="mm-3"></div><recovery-tips limit="0" for="mm-3"></recovery-tips>';
        const el = host.querySelector('recovery-tips') as RecoveryTips;
        await settle(el);
        host.querySelector('#mm-3')!.replaceWith(Object.assign(document.createElement('knee-map'), {id: 'mm-3'}));
        await settle(el);
        expect(following(el), 'put right').to.not.equal(null);
        host.querySelector('#mm-3')!.replaceWith(Object.assign(document.createElement('div'), {id: 'mm-3'}));
        await settle(el);
      } finally {
        warnings.restore();
      }
      expect(warnings.messages.filter((m) => m.includes('for='))).to.have.length(2);
    });

    it('says only that an element added just after it is no knee-map, not that no element has the id', async () => {
      const warnings = captureWarnings();
      try {
        host.innerHTML = '<recovery-tips limit="0" for="mm-4"></recovery-tips>';
        host.append(Object.assign(document.createElement('section'), {id: 'mm-4'}));
        const el = host.querySelector('recovery-tips') as RecoveryTips;
        await settle(el);
        await new Promise((r) => setTimeout(r, 10));
      } finally {
        warnings.restore();
      }
      const said = warnings.messages.filter((m) => m.includes('for='));
      expect(said).to.have.length(1);
      expect(said[0]).to.contain('is a <section>, not a <knee-map>');
    });
  });

  describe('bad input', () => {
    const cases: Array<[string, string, number]> = [
      ['region', 'elbow', tips().length],
      ['timing', 'soon', tips().length],
      ['category', 'bogus, nope', tips().length],
      ['category', 'strength,bogus', tipsFor({categories: ['strength']}).length],
      ['theme', 'neon', tips().length],
      ['heading-level', '9', tips().length],
    ];
    for (const [attribute, value, shown] of cases) {
      it(`${attribute}="${value}" falls back with one warning`, async () => {
        const warnings = captureWarnings();
        let el: RecoveryTips;
        try {
          el = await fixture<RecoveryTips>(html`<recovery-tips limit="0"></recovery-tips>`);
          el.setAttribute(attribute, value);
          await settle(el);
          el.requestUpdate();
          await settle(el);
          root(el).querySelector<HTMLButtonElement>('.toggle')!.click();
          await settle(el);
        } finally {
          warnings.restore();
        }
        expect(warnings.messages, warnings.messages.join('\n')).to.have.length(1);
        expect(warnings.messages[0]).to.contain(value.split(',').pop()!.trim());
        expect(titles(el)).to.have.length(shown);
        expect(root(el).textContent).to.not.match(/undefined|NaN|\[object/);
      });
    }

    it('survives odd property values without throwing', async () => {
      const warnings = captureWarnings();
      try {
        const el = await fixture<RecoveryTips>(html`<recovery-tips limit="0"></recovery-tips>`);
        Object.assign(el, {region: {}, timing: 42, category: ['rest', 'strength'], htmlFor: null});
        await settle(el);
        expect(titles(el)).to.deep.equal(titlesOf(tipsFor({categories: ['rest', 'strength']})));
      } finally {
        warnings.restore();
      }
    });
  });

  describe('at the smallest width (280 px)', () => {
    it('fits without sideways scrolling of the page, with chips at least 24 × 24 px', async () => {
      const el = await fixtureAt<RecoveryTips>(280, html`<recovery-tips region="outer"></recovery-tips>`);
      expect(showAll(el), 'the Show all button is measured too').to.exist;
      expect(el.getBoundingClientRect().width).to.be.at.most(280);
      expect(root(el).querySelector('.root')!.scrollWidth).to.be.at.most(Math.ceil(el.clientWidth));
      for (const b of [...root(el).querySelectorAll('button')].filter((b) => b.getClientRects().length)) {
        const box = b.getBoundingClientRect();
        expect(box.height, b.textContent!).to.be.at.least(24);
        expect(box.width, b.textContent!).to.be.at.least(24);
      }
      // The pressed region chip is in view.
      const row = group(el, 'Where it hurts').querySelector('.chips')!.getBoundingClientRect();
      const on = chip(el, 'Where it hurts', 'Outer knee').getBoundingClientRect();
      expect(on.left).to.be.at.least(row.left - 1);
      expect(on.right).to.be.at.most(row.right + 1);
    });
  });

  describe('cards side by side', () => {
    it('end together in a row, with their toggles on one line, until one opens', async () => {
      const el = await fixtureAt<RecoveryTips>(1000, html`<recovery-tips category="rest"></recovery-tips>`);
      const cards = [...root(el).querySelectorAll<HTMLElement>('.tip')].slice(0, 3);
      const box = (n: Element) => n.getBoundingClientRect();
      expect(new Set(cards.map((c) => Math.round(box(c).top))).size, 'three in one row').to.equal(1);
      const tops = cards.map((c) => Math.round(box(c.querySelector('.toggle')!).top));
      expect(new Set(cards.map((c) => Math.round(box(c).bottom))).size, 'same bottom').to.equal(1);
      expect(new Set(tops).size, `toggles on one line: ${tops.join(', ')}`).to.equal(1);
      cards[1]!.querySelector<HTMLButtonElement>('.toggle')!.click();
      await settle(el);
      expect(box(cards[0]!).height, 'a neighbour keeps its own height').to.be.below(box(cards[1]!).height / 2);
    });

    it('puts kinds of one tip side by side, and gives a kind of more tips a row of its own', async () => {
      // Filtered down, most kinds have one tip: they made one narrow column beside an empty page.
      const el = await fixtureAt<RecoveryTips>(1000, html`<recovery-tips region="outer" timing="right-after"></recovery-tips>`);
      const kinds = [...root(el).querySelectorAll<HTMLElement>('.category')];
      const tips = (k: Element) => k.querySelectorAll('.tip').length;
      const ones = kinds.filter((k) => tips(k) === 1);
      const more = kinds.filter((k) => tips(k) > 1);
      expect(ones.length, 'kinds of one tip').to.be.at.least(2);
      expect(more.length, 'a kind of more tips').to.be.at.least(1);
      const box = (n: Element) => n.getBoundingClientRect();
      expect(Math.round(box(ones[1]!).top), 'the second kind of one tip beside the first').to.equal(Math.round(box(ones[0]!).top));
      const row = box(root(el).querySelector('.groups')!).width;
      for (const k of more) expect(box(k).width, k.textContent!.trim().slice(0, 20)).to.be.closeTo(row, 1);
    });
  });

  describe('a long list: the first tips, then Show all', () => {
    const LIMIT = 6;

    it('shows the first 6 matching tips and a button for the rest; the count is of every match', async () => {
      const el = await fixture<RecoveryTips>(html`<recovery-tips region="outer"></recovery-tips>`);
      const matching = tipsFor({region: 'outer'});
      expect(matching.length).to.be.above(LIMIT);
      // The top of the whole list as shown (by kind, the outer knee's own kinds first).
      expect(titles(el)).to.deep.equal(titlesOf(matching).slice(0, LIMIT));
      const outerOnly = new Set(matching.filter((t) => t.regions.length < regionIds.length).map((t) => t.title));
      expect(titles(el).filter((t) => outerOnly.has(t)), 'the outer knee\'s own tips among them').to.have.length(Math.min(LIMIT, outerOnly.size));
      expect(count(el)).to.equal(`${matching.length} tips`);
      expect(showAll(el)!.textContent!.trim()).to.equal(`Show all ${matching.length} tips`);
    });

    it('Show all (with the keyboard) brings the rest and moves focus to the first of them', async () => {
      const el = await fixture<RecoveryTips>(html`<recovery-tips region="outer"></recovery-tips>`);
      const matching = tipsFor({region: 'outer'});
      showAll(el)!.focus();
      const before = titles(el);
      await sendKeys({press: 'Enter'});
      await settle(el);
      expect(titles(el)).to.deep.equal(titlesOf(matching));
      expect(titles(el).slice(0, LIMIT), 'the tips already read stay at the top').to.deep.equal(before);
      expect(showAll(el)).to.equal(null);
      // On the first revealed tip's title (a heading, named by its words alone), not lost, nor on the
      // whole card, whose name ran its title, summary, cautions and button together.
      const focused = root(el).activeElement as HTMLElement | null;
      expect(focused?.getAttribute('role'), 'focus on a heading').to.equal('heading');
      expect(focused!.textContent).to.equal(titlesOf(matching)[LIMIT]);
      expect(focused!.closest('[part="tip"]'), 'the first revealed tip').to.exist;
      await expect(el).to.be.accessible();
    });

    it('starts short again when the filters change', async () => {
      const el = await fixture<RecoveryTips>(html`<recovery-tips></recovery-tips>`);
      showAll(el)!.click();
      await settle(el);
      expect(titles(el)).to.have.length(tips().length);
      chip(el, 'Where it hurts', 'Front of the knee').click();
      await settle(el);
      expect(titles(el)).to.deep.equal(titlesOf(tipsFor({region: 'front'})).slice(0, LIMIT));
      expect(showAll(el)).to.exist;
    });

    it('takes its length from limit: a number, or 0 for every tip; no button when all fit', async () => {
      const el = await fixture<RecoveryTips>(html`<recovery-tips limit="3"></recovery-tips>`);
      expect(titles(el)).to.deep.equal(titlesOf(tips().slice(0, 3)));
      el.limit = 0;
      await settle(el);
      expect(titles(el)).to.have.length(tips().length);
      expect(showAll(el)).to.equal(null);
      el.setAttribute('limit', String(tips().length - 2));
      await settle(el);
      expect(titles(el)).to.have.length(tips().length);
      expect(showAll(el), 'two tips are not worth a button').to.equal(null);
      el.setAttribute('limit', String(tips().length - 3));
      await settle(el);
      expect(titles(el)).to.have.length(tips().length - 3);
      expect(showAll(el)!.textContent!.trim()).to.equal(`Show all ${tips().length} tips`);
    });

    for (const bad of ['-2', 'abc', '2.5', '0x6', '1e1']) {
      it(`falls back to 6 with one warning for limit="${bad}"`, async () => {
        const warnings = captureWarnings();
        try {
          const el = await fixture<RecoveryTips>(html`<recovery-tips limit=${bad}></recovery-tips>`);
          el.requestUpdate();
          await settle(el);
          expect(titles(el)).to.have.length(LIMIT);
          expect(warnings.messages.filter((m) => m.includes('limit'))).to.have.length(1);
        } finally {
          warnings.restore();
        }
      });
    }

    it('prints every tip, whatever the limit, rendered before the print is laid out', async () => {
      const el = await fixture<RecoveryTips>(html`<recovery-tips></recovery-tips>`);
      window.dispatchEvent(new Event('beforeprint'));
      // No await: window.print() from a script lays the page out before any microtask runs.
      expect(titles(el)).to.have.length(tips().length);
      expect(root(el).querySelector('.details')!.childElementCount, 'details rendered').to.be.above(0);
      window.dispatchEvent(new Event('afterprint'));
      await settle(el);
      expect(titles(el)).to.have.length(LIMIT);
    });
  });

  describe('accessibility (axe)', () => {
    it('is accessible with no filter, first tips only and after Show all', async () => {
      const el = await fixtureAt<RecoveryTips>(800, html`<recovery-tips></recovery-tips>`);
      expect(showAll(el)).to.exist;
      await expect(el).to.be.accessible();
      showAll(el)!.click();
      await settle(el);
      expect(titles(el)).to.have.length(tips().length);
      await expect(el).to.be.accessible();
    });

    it('is accessible filtered, with a tip expanded, at 320 px', async () => {
      const el = await fixtureAt<RecoveryTips>(320, html`<recovery-tips limit="0" region="inner" timing="long-term" category="strength,stretch-roll"></recovery-tips>`);
      root(el).querySelector<HTMLButtonElement>('.toggle')!.click();
      await settle(el);
      await expect(el).to.be.accessible();
    });

    it('is accessible in the empty state', async () => {
      const el = await fixtureAt<RecoveryTips>(800, html`<recovery-tips limit="0" region="back" timing="right-after" category="footwear"></recovery-tips>`);
      expect(root(el).querySelector('[part="empty"]')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('is accessible while following a knee map, in the dark theme, with a tip unfolded, and once the reader picks an area here', async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div>
        <knee-map id="axe-map" region="back"></knee-map>
        <recovery-tips limit="0" for="axe-map" theme="dark"></recovery-tips>
      </div>`);
      const el = wrap.querySelector('recovery-tips')!;
      await settle(wrap.querySelector('knee-map')!, el);
      expect(following(el)).to.contain('Back of the knee');
      root(el).querySelector<HTMLButtonElement>('[part="tip"]:has([part="cautions"]) .toggle')!.click();
      await settle(el);
      expect(root(el).querySelector('[part="tip"] .details:not([hidden])'), 'a tip with cautions unfolded').to.exist;
      await expect(el).to.be.accessible();
      chip(el, 'Where it hurts', regions().inner.name).click();
      await settle(el);
      expect(following(el)).to.contain('Showing the area you chose here');
      await expect(el).to.be.accessible();
    });

    it('is accessible after the reader changes filters', async () => {
      const el = await fixtureAt<RecoveryTips>(800, html`<recovery-tips limit="0"></recovery-tips>`);
      chip(el, 'Kind of tip', 'Pain relief').click();
      chip(el, 'When', 'Next few days').click();
      await settle(el);
      root(el).querySelector<HTMLButtonElement>('.toggle')!.click();
      await settle(el);
      await expect(el).to.be.accessible();
    });
  });

  it('shows every tip’s cautions while the tip is folded, never only inside it', async () => {
    const el = await fixture<HTMLElement>(html`<recovery-tips limit="0"></recovery-tips>`);
    await (el as HTMLElement & {updateComplete: Promise<unknown>}).updateComplete;
    const withCautions = tips().filter((t) => t.cautions.length);
    expect(withCautions.length).to.be.above(0);
    const cards = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="tip"]')];
    for (const t of withCautions) {
      const card = cards.find((c) => c.querySelector('.tip-title')!.textContent === t.title)!;
      const cautions = card.querySelector<HTMLElement>('[part="cautions"]')!;
      expect(cautions, t.id).to.exist;
      expect(cautions.closest('[hidden]'), `${t.id}: cautions folded away`).to.equal(null);
      expect(cautions.getBoundingClientRect().height, t.id).to.be.above(0);
      for (const c of t.cautions) expect(cautions.textContent, t.id).to.contain(c);
    }
  });
});

describe('<recovery-tips>: edges a third mutation review found untested', () => {
  let host: HTMLDivElement;
  beforeEach(() => {
    host = document.createElement('div');
    document.body.append(host);
  });
  afterEach(() => host.remove());

  /** A map (id `m`, region `outer`) and the tips, in `host`, with `tipsAttrs` on the tips. */
  async function mapAndTips(tipsAttrs: string) {
    host.innerHTML = `<knee-map id="m" region="outer"></knee-map><recovery-tips ${tipsAttrs}></recovery-tips>`;
    const map = host.querySelector('knee-map') as KneeMap;
    const el = host.querySelector('recovery-tips') as RecoveryTips;
    await settle(map, el);
    return {map, el};
  }

  it('starts following a map when `for` is set after the first render', async () => {
    const {map, el} = await mapAndTips('limit="0"');
    expect(following(el), 'not following yet').to.equal(null);
    expect(titles(el)).to.have.length(tips().length);
    el.htmlFor = 'm';
    await settle(map, el);
    expect(titles(el)).to.deep.equal(titlesOf(tipsFor({region: 'outer'})));
    expect(following(el)).to.equal('Following the knee map: Outer knee.');
  });

  it('after a pick here, follows the region of another map `for` is pointed at', async () => {
    // The second map is on the same spot as the first: the new map alone, not a new region, must bring following back.
    host.innerHTML = '<knee-map id="m" region="outer"></knee-map><knee-map id="m2" region="outer"></knee-map><recovery-tips limit="0" for="m"></recovery-tips>';
    const el = host.querySelector('recovery-tips') as RecoveryTips;
    await settle(...host.querySelectorAll('knee-map'), el);
    chip(el, 'Where it hurts', 'Inner knee').click();
    await settle(el);
    expect(titles(el)).to.deep.equal(titlesOf(tipsFor({region: 'inner'})));
    el.htmlFor = 'm2';
    await settle(el);
    expect(titles(el)).to.deep.equal(titlesOf(tipsFor({region: 'outer'})));
    expect(following(el)).to.equal('Following the knee map: Outer knee.');
    expect(pressed(el, 'Where it hurts')).to.deep.equal(['Outer knee']);
  });

  it('stops following when `for` is removed: its own region applies again, with no "following" note', async () => {
    const {map, el} = await mapAndTips('limit="0" for="m" region="front"');
    expect(titles(el)).to.deep.equal(titlesOf(tipsFor({region: 'outer'})));
    el.htmlFor = '';
    await settle(map, el);
    expect(following(el)).to.equal(null);
    expect(titles(el)).to.deep.equal(titlesOf(tipsFor({region: 'front'})));
    expect(pressed(el, 'Where it hurts')).to.deep.equal(['Front of the knee']);
  });

  it('stops following when `for` changes to an id no element has, as when it is removed', async () => {
    const {map, el} = await mapAndTips('limit="0" for="m" region="front"');
    expect(titles(el)).to.deep.equal(titlesOf(tipsFor({region: 'outer'})));
    const warnings = captureWarnings();
    try {
      el.htmlFor = 'no-such-map';
      await settle(map, el);
    } finally {
      warnings.restore();
    }
    expect(following(el)).to.equal(null);
    expect(titles(el)).to.deep.equal(titlesOf(tipsFor({region: 'front'})));
    expect(pressed(el, 'Where it hurts')).to.deep.equal(['Front of the knee']);
  });

  it("after a pick here, follows the map again when the page sets the map's region attribute", async () => {
    const {map, el} = await mapAndTips('limit="0" for="m"');
    chip(el, 'Where it hurts', 'Inner knee').click();
    await settle(el);
    expect(following(el)).to.contain('Showing the area you chose here');
    map.setAttribute('region', 'back');
    await settle(map, el);
    expect(titles(el)).to.deep.equal(titlesOf(tipsFor({region: 'back'})));
    expect(following(el)).to.equal('Following the knee map: Back of the knee.');
  });

  it("after a pick here, keeps it when the map's spot is let go (the knee turned away, cleared, or the attribute removed), until a spot is chosen there", async () => {
    // A clinic page: the tips set to Inner knee, then the reader turns the map round to look at the back.
    host.innerHTML = '<knee-map id="m" region="front"></knee-map><recovery-tips limit="0" for="m"></recovery-tips>';
    const map = host.querySelector('knee-map') as KneeMap;
    const el = host.querySelector('recovery-tips') as RecoveryTips;
    await settle(map, el);
    const mine = () => {
      expect(titles(el)).to.deep.equal(titlesOf(tipsFor({region: 'inner'})));
      expect(pressed(el, 'Where it hurts')).to.deep.equal(['Inner knee']);
      expect(following(el)).to.contain('Showing the area you chose here');
    };
    chip(el, 'Where it hurts', 'Inner knee').click();
    await settle(el);
    [...map.shadowRoot!.querySelectorAll<HTMLButtonElement>('[role="radio"]')].find((b) => b.textContent!.trim() === 'Back')!.click();
    await settle(map, el);
    expect(map.region, 'the map let its spot go').to.equal(null);
    mine();
    map.select('front');
    map.select(null);
    await settle(map, el);
    expect(following(el), 'a spot chosen, then cleared: followed').to.contain('Following the knee map');
    chip(el, 'Where it hurts', 'Inner knee').click();
    await settle(el);
    map.setAttribute('region', 'outer');
    await settle(map, el);
    map.removeAttribute('region');
    await settle(map, el);
    expect(following(el)).to.contain('Following the knee map');
    chip(el, 'Where it hurts', 'Inner knee').click();
    await settle(el);
    map.removeAttribute('region');
    map.select(null);
    await settle(map, el);
    mine();
    map.select('back');
    await settle(map, el);
    expect(following(el)).to.equal('Following the knee map: Back of the knee.');
  });

  it("keeps the reader's pick here when the tips, or the map, are moved in the page and find the same map again", async () => {
    // A single-page app re-parents the widgets (a layout change); the pain check keeps its answer the same way.
    const {map, el} = await mapAndTips('limit="0" for="m"');
    chip(el, 'Where it hurts', 'Inner knee').click();
    await settle(el);
    const keptAfter = async (why: string, move: () => Promise<void> | void) => {
      await move();
      await settle(map, el);
      await settle(el);
      expect(pressed(el, 'Where it hurts'), why).to.deep.equal(['Inner knee']);
      expect(following(el)).to.contain('Showing the area you chose here');
    };
    await keptAfter('the tips moved', () => host.append(el));
    await keptAfter('the map taken off and put back', async () => {
      map.remove();
      await settle(el);
      host.append(map);
    });
    map.select('outer');
    await settle(map, el);
    expect(following(el), 'a spot chosen there is followed').to.equal('Following the knee map: Outer knee.');
  });

  it('on a phone, opens More filters for a category the page sets later, with its chip pressed', async () => {
    const el = await fixtureAt<RecoveryTips>(320, html`<recovery-tips></recovery-tips>`);
    const toggle = root(el).querySelector<HTMLButtonElement>('.more')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    el.setAttribute('category', 'strength');
    await settle(el);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(toggle.textContent!.trim()).to.equal('More filters (1)');
    expect(pressed(el, 'Kind of tip')).to.deep.equal(['Strength']);
    expect(chip(el, 'Kind of tip', 'Strength').getClientRects().length, 'the pressed chip shows').to.be.above(0);
  });

  it("gives the followed map's region in the filter event when a chip is pressed here", async () => {
    const {el} = await mapAndTips('limit="0" for="m"');
    const events = record(el);
    await moreFilters(el);
    chip(el, 'When', 'Right after a run').click();
    await settle(el);
    expect(events.map((e) => [e.region, e.timing])).to.deep.equal([['outer', 'right-after']]);
    expect(events[0]!.count).to.equal(tipsFor({region: 'outer', timing: 'right-after'}).length);
  });

  it('counts every match in the filter event, those behind "Show all" too', async () => {
    const el = await fixtureAt<RecoveryTips>(800, html`<recovery-tips></recovery-tips>`);
    const events = record(el);
    chip(el, 'Where it hurts', 'Outer knee').click();
    await settle(el);
    const matching = tipsFor({region: 'outer'}).length;
    expect(matching, 'more than the 6 shown first').to.be.above(6);
    expect(titles(el)).to.have.length(6);
    expect(showAll(el)).to.exist;
    expect(events.map((e) => e.count)).to.deep.equal([matching]);
  });
});

