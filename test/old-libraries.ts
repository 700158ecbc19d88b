import {expect} from '@open-wc/testing';
import '../src/index.js';
import {answerPainCheck, mounted, settled, widgets} from './widgets.js';

/**
 * Old libraries that replace built-ins, still common on the small sites the widgets are for: MooTools on
 * Joomla 3 (a clinic's site), Prototype.js on Magento 1 (a running shop), an old CustomEvent polyfill for
 * Internet Explorer; and a page hardened against prototype pollution, its built-in prototypes frozen. Each test
 * file loads its library's replacements (test/fixtures/) before the widgets, as such a page does, then calls
 * this. (The tests make InputEvents: MooTools' `Event` would take the page's own `new Event('input')` too.)
 */
export function onPageWith(library: string): void {
  describe(`on a page with ${library}`, () => {
    const errors: string[] = [];
    const onError = (e: ErrorEvent | PromiseRejectionEvent) => errors.push(String('reason' in e ? e.reason : e.message));
    before(() => {
      addEventListener('error', onError);
      addEventListener('unhandledrejection', onError);
    });
    after(() => {
      removeEventListener('error', onError);
      removeEventListener('unhandledrejection', onError);
    });
    beforeEach(() => (errors.length = 0));
    afterEach(() => expect(errors, 'errors thrown').to.deep.equal([]));

    for (const w of widgets) {
      it(`<${w.tag}> renders in each of its states`, async () => {
        for (const state of w.states) {
          const el = await mounted(w.tag, state);
          try {
            expect(el.shadowRoot!.querySelector('[part], h2, [role="heading"]'), JSON.stringify(state)).to.exist;
          } finally {
            el.remove();
          }
        }
      });
    }

    it('<knee-map> tells the page which spot was chosen', async () => {
      const map = (await mounted('knee-map')) as HTMLElement & {select(r: string | null): boolean};
      const heard: unknown[] = [];
      map.addEventListener('knee-region-select', (e) => heard.push(e.detail.region));
      map.shadowRoot!.querySelector<SVGElement>('[data-region="outer"]')!.dispatchEvent(new MouseEvent('click', {bubbles: true}));
      map.select(null);
      expect(heard).to.deep.equal(['outer', null]);
      map.remove();
    });

    it('<recovery-tips> tells the page which filter was picked', async () => {
      const tips = await mounted('recovery-tips');
      const heard: string[] = [];
      tips.addEventListener('recovery-tips-filter', (e) => heard.push(e.type));
      tips.shadowRoot!.querySelectorAll<HTMLButtonElement>('[role="toolbar"] button')[1]!.click();
      await settled(tips);
      expect(heard).to.deep.equal(['recovery-tips-filter']);
      tips.remove();
    });

    it('<knee-pain-check> gets to a result, and tells the page', async () => {
      const check = await mounted('knee-pain-check');
      let outcome = '';
      check.addEventListener('knee-pain-check-complete', (e) => (outcome = e.detail.outcome));
      // The first answer of each question, then Next.
      await answerPainCheck(check);
      expect(outcome).to.be.a('string').and.not.equal('');
      check.remove();
    });

    it('<shoe-mileage> adds a pair, keeps it, and tells the page', async () => {
      const key = `test:old-libraries:${library}:shoes`;
      localStorage.removeItem(key);
      const shoes = await mounted('shoe-mileage', {'storage-key': key});
      const heard: number[] = [];
      shoes.addEventListener('shoe-mileage-change', (e) => heard.push(e.detail.shoes.length));
      const root = shoes.shadowRoot!;
      const name = root.querySelector<HTMLInputElement>('#add-name')!;
      name.value = 'Pegasus 41';
      name.dispatchEvent(new InputEvent('input', {bubbles: true}));
      root.querySelector<HTMLButtonElement>('form.add button[type="submit"]')!.click();
      await settled(shoes);
      expect(heard).to.deep.equal([1]);
      shoes.remove();
      // What was saved reads back: the pair comes back in a widget made afresh.
      const again = await mounted('shoe-mileage', {'storage-key': key});
      expect(again.shadowRoot!.textContent).to.include('Pegasus 41');
      expect(again.shadowRoot!.querySelector('.notice'), 'no notice of data it could not read').to.equal(null);
      again.remove();
      for (const k of Object.keys(localStorage)) if (k.startsWith(key)) localStorage.removeItem(k);
    });

    it('<training-load> adds weeks, and tells the page of a change', async () => {
      const load = (await mounted('training-load', {storage: 'none'})) as HTMLElement & {addEarlierWeek(): boolean; startNewWeek(): void};
      const weeks = () => load.shadowRoot!.querySelectorAll('input[id^="week-"]').length;
      const before = weeks();
      expect(load.addEarlierWeek()).to.be.true;
      load.startNewWeek();
      await settled(load);
      expect(weeks()).to.equal(before + 2);
      const heard: string[] = [];
      load.addEventListener('training-load-change', (e) => heard.push(e.type));
      const field = load.shadowRoot!.querySelector<HTMLInputElement>('#week-0')!;
      field.value = '30';
      field.dispatchEvent(new InputEvent('input', {bubbles: true}));
      await settled(load);
      expect(heard).to.deep.equal(['training-load-change']);
      load.remove();
    });
  });
}
