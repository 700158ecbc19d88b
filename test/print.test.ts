import {expect, fixture, html} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import '../src/index.js';
import type {KneeMap} from '../src/knee-map/knee-map.js';
import {conditionsForRegion} from '../src/content/condition-details.js';
import {create, settled, widgets} from './widgets.js';
import {cannotFindInFolds} from './helpers.js';

/**
 * On paper (printing, or saving as PDF): what a widget folds away on screen is there, and a dark widget
 * prints light. A reader takes the map's advice to a physiotherapist; a dark card printed as a block of
 * ink, its drawing and boxes too.
 */
describe('printing', () => {
  const root = (el: Element) => el.shadowRoot!;
  const print = (active: boolean) => window.dispatchEvent(new Event(active ? 'beforeprint' : 'afterprint'));

  afterEach(() => print(false));

  describe('<knee-map>', () => {
    it('keeps the details the reader opened when the print is over', async () => {
      const el = await fixture<KneeMap>(html`<knee-map region="outer"></knee-map>`);
      root(el).querySelector<HTMLButtonElement>('.toggle')!.click();
      await settled(el);
      print(true);
      print(false);
      await settled(el);
      const open = [...root(el).querySelectorAll<HTMLElement>('.details')].map((d) => !d.hidden && d.childElementCount > 0);
      expect(open).to.deep.equal(open.map((_, i) => i === 0));
    });

    describe('in a browser that cannot find in folds', () => {
      cannotFindInFolds();

      it('renders every listed condition’s details for the print, and folds them again after', async () => {
        const el = await fixture<KneeMap>(html`<knee-map region="outer"></knee-map>`);
        const {local, anywhere} = conditionsForRegion('outer');
        const listed = [...local, ...anywhere];
        const details = () => [...root(el).querySelectorAll<HTMLElement>('.details')];
        expect(details()).to.have.length(listed.length);
        expect(details().every((d) => d.childElementCount === 0 && d.getAttribute('hidden') === ''), 'folded details are hidden and empty on screen').to.equal(true);

        print(true);
        // Rendered before the print is laid out: a script's window.print() doesn't wait for a microtask.
        for (const [i, d] of details().entries()) {
          expect(d.textContent, listed[i]!.id).to.contain(listed[i]!.where);
          expect(d.hidden, 'still folded on screen; the print style opens it').to.equal(true);
        }
        print(false);
        await settled(el);
        expect(details().every((d) => d.childElementCount === 0)).to.equal(true);
      });

      it('stops listening for prints when it leaves the page', async () => {
        const el = await fixture<KneeMap>(html`<knee-map region="outer"></knee-map>`);
        el.remove();
        print(true);
        document.body.append(el);
        await settled(el);
        expect([...root(el).querySelectorAll('.details')].every((d) => d.childElementCount === 0)).to.equal(true);
        el.remove();
      });
    });
  });

  describe('as laid out for paper (Chromium)', () => {
    before(async function () {
      if (!(await executeServerCommand('print', {active: true})) || !matchMedia('print').matches) this.skip();
    });

    after(async () => {
      await executeServerCommand('print', {active: false});
    });

    for (const {tag, states} of widgets) {
      it(`<${tag}> theme="dark" prints in the light colours`, async () => {
        const light = create(tag, {...states[0], theme: 'light'});
        const dark = create(tag, {...states[0], theme: 'dark'});
        document.body.append(light, dark);
        await Promise.all([settled(light), settled(dark)]);
        expect(getComputedStyle(dark).colorScheme).to.equal('light');
        expect(getComputedStyle(dark).color).to.equal(getComputedStyle(light).color);
        expect(getComputedStyle(dark).backgroundColor).to.equal(getComputedStyle(light).backgroundColor);
        light.remove();
        dark.remove();
      });
    }

    // Shown: laid out (display) and its content drawn (content-visibility, which hides a fold until found).
    const shown = (el: Element, selector: string) =>
      [...root(el).querySelectorAll(selector)].map((n) => getComputedStyle(n).display !== 'none' && getComputedStyle(n).contentVisibility !== 'hidden');

    it('<knee-map> shows each condition’s details and leaves out its switches and buttons', async () => {
      const el = await fixture<KneeMap>(html`<knee-map region="inner"></knee-map>`);
      print(true);
      expect(shown(el, '.details').length).to.be.above(0);
      expect(shown(el, '.details').every(Boolean), 'details').to.equal(true);
      for (const selector of ['.toggle', '.controls', '.clear']) expect(shown(el, selector).some(Boolean), selector).to.equal(false);
    });

    it('<recovery-tips> shows every tip’s why, how and when, without its toggles', async () => {
      const el = await fixture(html`<recovery-tips></recovery-tips>`);
      print(true);
      expect(shown(el, '.details').length).to.be.above(2);
      expect(shown(el, '.details').every(Boolean), 'details').to.equal(true);
      expect(shown(el, '.toggle').some(Boolean), 'toggles').to.equal(false);
    });

    it('<knee-pain-check> prints every answer without its Change buttons', async () => {
      const el = await fixture<HTMLElement & {updateComplete: Promise<unknown>}>(html`<knee-pain-check></knee-pain-check>`);
      // Each question's last answer ("None of these" for the signs), then Next, to the result.
      for (let i = 0; i < 12 && root(el).querySelector('.next'); i++) {
        const names = new Set([...root(el).querySelectorAll('input')].map((input) => input.name));
        for (const name of names) {
          const group = [...root(el).querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)];
          (group.find((input) => input.value === 'none') ?? group.at(-1))!.click();
        }
        await el.updateComplete;
        root(el).querySelector<HTMLButtonElement>('.next')!.click();
        await el.updateComplete;
      }
      const shown = (selector: string) => [...root(el).querySelectorAll(selector)].filter((n) => getComputedStyle(n).display !== 'none').length;
      expect(shown('[part="answers"] dt'), 'every question').to.equal(9);
      expect(root(el).querySelectorAll('button.change').length, 'the buttons are there on screen').to.be.above(9);
      expect(shown('button.change'), 'no Change on paper').to.equal(0);
      // The causes, folded to their names on screen, print with their lines.
      const causes = () => [...root(el).querySelectorAll('.conditions > li')].map((li) => li.textContent!.trim());
      const names = causes();
      expect(names.length, 'causes listed').to.be.above(2);
      print(true);
      await el.updateComplete;
      expect(causes().map((text, i) => text.startsWith(names[i]!) && text.length > names[i]!.length + 20), 'each with its line').to.not.include(false);
      expect(shown('[aria-controls="causes"]'), 'no toggle on paper').to.equal(0);
    });
  });
});
