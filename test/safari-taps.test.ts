import {expect, fixture, html} from '@open-wc/testing';
import '../src/knee-map/knee-map.js';
import '../src/recovery-tips/recovery-tips.js';
import '../src/training-load/training-load.js';
import '../src/shoe-mileage/shoe-mileage.js';
import '../src/knee-pain-check/knee-pain-check.js';
import type {KneeMap} from '../src/knee-map/knee-map.js';
import type {RecoveryTips} from '../src/recovery-tips/recovery-tips.js';
import type {TrainingLoad} from '../src/training-load/training-load.js';
import type {ShoeMileage} from '../src/shoe-mileage/shoe-mileage.js';
import type {KneePainCheck} from '../src/knee-pain-check/knee-pain-check.js';
import {sendMouse} from '@web/test-runner-commands';
import {fixtureAt, nextFrame, onPhone, press, scrollEnds} from './helpers.js';

/**
 * Safari (macOS and iOS) focuses no button, tick box or radio it clicks or taps: a tap moves focus off
 * what had it, to the page (WebKit's mousedown focuses the nearest focusable ancestor, or none), and a
 * VoiceOver double tap on an iPhone clicks without moving focus at all, so it stays on whatever the widget
 * last focused (a heading, the count, a spot) or in the field being typed in. Code tried in Chromium,
 * where the control tapped has focus before its click, can lean on that. Each way of pressing is tried
 * here: Chromium's (focus the control, then click), a Safari tap (focus on the page), and VoiceOver's
 * (focus left where it was).
 */
type Press = 'chromium' | 'safari' | 'voiceover';
const presses: readonly Press[] = ['chromium', 'safari', 'voiceover'];

/** Presses `control` (in `el`'s shadow root) the way `how` does. */
function pressAs(how: Press, el: Element, control: Element): void {
  if (how === 'chromium') (control as HTMLElement).focus();
  if (how === 'safari') (el.shadowRoot!.activeElement as HTMLElement | null)?.blur();
  control.dispatchEvent(new MouseEvent('click', {bubbles: true, composed: true, cancelable: true, detail: 1}));
}

/** Resolves with whether `target` took focus (a new focus, which a screen reader reads out) meanwhile. */
function focusOn(target: Element): () => boolean {
  let took = false;
  target.addEventListener('focus', () => (took = true), {once: true});
  return () => took;
}

async function settle(el: Element & {updateComplete: Promise<unknown>}) {
  await el.updateComplete;
  await nextFrame();
  await el.updateComplete;
}

describe('a press that does not focus what it presses (Safari, VoiceOver on an iPhone)', () => {
  describe('<knee-map>', () => {
    const spot = (el: KneeMap, region: string) => el.shadowRoot!.querySelector<SVGGElement>(`[data-region="${region}"]`)!;

    for (const how of presses) {
      it(`a ${how} press on a spot chooses it and makes it the map's tab stop, with focus on it`, async () => {
        const el = await fixture<KneeMap>(html`<knee-map></knee-map>`);
        // Focus on the view switch first, as after choosing the view.
        el.shadowRoot!.querySelector<HTMLElement>('[role="radio"][aria-checked="true"]')!.focus();
        pressAs(how, el, spot(el, 'outer'));
        await settle(el);
        expect(el.region).to.equal('outer');
        expect(spot(el, 'outer').getAttribute('tabindex')).to.equal('0');
        expect((el.shadowRoot!.activeElement as SVGElement | null)?.dataset.region).to.equal('outer');
      });

      it(`Clear selection after a ${how} press takes focus back to the map anew, which is read out`, async () => {
        const el = await fixture<KneeMap>(html`<knee-map></knee-map>`);
        pressAs('voiceover', el, spot(el, 'inner'));
        await settle(el);
        expect((el.shadowRoot!.activeElement as SVGElement | null)?.dataset.region, 'the spot pressed has focus').to.equal('inner');
        const took = focusOn(spot(el, 'inner'));
        pressAs(how, el, el.shadowRoot!.querySelector('.clear')!);
        await settle(el);
        expect(el.region).to.equal(null);
        expect((el.shadowRoot!.activeElement as SVGElement | null)?.dataset.region).to.equal('inner');
        expect(took(), 'focus arrived on the spot (not already there, silent)').to.equal(true);
      });
    }

    it('Clear selection, pressed by VoiceOver at the foot of the panel on a phone, brings the map back into view', async function () {
      await onPhone(this, 360, 640, async () => {
        const el = await fixtureAt<KneeMap>(360, html`<knee-map></knee-map>`);
        pressAs('voiceover', el, spot(el, 'inner'));
        await settle(el);
        await scrollEnds();
        const clear = el.shadowRoot!.querySelector('.clear')!;
        clear.scrollIntoView({block: 'end', behavior: 'instant'});
        await scrollEnds();
        expect(spot(el, 'inner').getBoundingClientRect().bottom, 'the spot is above the window').to.be.below(0);
        pressAs('voiceover', el, clear);
        await settle(el);
        await scrollEnds();
        const {top, bottom} = spot(el, 'inner').getBoundingClientRect();
        expect(bottom > 0 && top < innerHeight, `the spot in the window (${Math.round(top)} to ${Math.round(bottom)})`).to.equal(true);
      });
    });
  });

  describe('<knee-pain-check>', () => {
    for (const how of presses) {
      it(`Next, after a ${how} press, brings the next question's heading into view with its count and Previous, on a phone`, async function () {
        await onPhone(this, 360, 640, async () => {
          const el = await fixtureAt<KneePainCheck>(360, html`<knee-pain-check></knee-pain-check>`);
          const r = el.shadowRoot!;
          for (let step = 0; step < 4; step++) {
            // The first answer of each question (both scales on the pain question), as a screen reader's click.
            const answers = [...r.querySelectorAll<HTMLInputElement>('fieldset input')];
            for (const name of new Set(answers.map((a) => a.name))) answers.find((a) => a.name === name)!.click();
            await settle(el);
            const next = r.querySelector<HTMLButtonElement>('[part="next"]')!;
            // A reader who scrolled down the answers to Next, at the window's foot: the heading may be far above.
            scrollBy(0, Math.max(next.getBoundingClientRect().bottom - innerHeight + 10, r.querySelector('#step-title')!.getBoundingClientRect().bottom + 10));
            expect(next.getBoundingClientRect().bottom, 'Next in the window').to.be.below(innerHeight);
            pressAs(how, el, next);
            await settle(el);
            expect(r.activeElement?.id).to.equal('step-title');
            const count = r.querySelector('.count')!.textContent!.trim();
            const top = r.querySelector('.top')!.getBoundingClientRect().top;
            expect(top, `${count}: the count and Previous over the heading are in the window`).to.be.within(0, innerHeight / 2);
            // Where a browser lines the heading up with the window's top edge instead (Chromium does, for a tap
            // that scrolls it a little way), its scroll margin still brings the row above it.
            const title = r.querySelector('#step-title')!;
            expect(parseFloat(getComputedStyle(title).scrollMarginTop), 'the heading’s scroll margin covers the row above it').to.be.at.least(title.getBoundingClientRect().top - top);
          }
        });
      });
    }
  });

  describe('<recovery-tips>', () => {
    const $ = (el: RecoveryTips, s: string) => el.shadowRoot!.querySelector<HTMLElement>(s)!;
    const chip = (el: RecoveryTips, name: string) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.chip')].find((c) => c.textContent!.trim() === name)!;

    for (const how of presses) {
      it(`Reset filters, after a ${how} press, moves focus to the count anew, which reads it out`, async () => {
        const el = await fixture<RecoveryTips>(html`<recovery-tips limit="0"></recovery-tips>`);
        // An earlier reset left focus on the count; VoiceOver's presses since left it there.
        chip(el, 'Long term').click();
        await settle(el);
        $(el, '.count-row [part="reset"]').click();
        await settle(el);
        expect(el.shadowRoot!.activeElement, 'the first reset put focus on the count').to.equal($(el, '.count'));
        pressAs(how, el, chip(el, 'Next few days'));
        await settle(el);
        const took = focusOn($(el, '.count'));
        pressAs(how, el, $(el, '.count-row [part="reset"]'));
        await settle(el);
        expect(el.timing).to.equal(null);
        expect(el.shadowRoot!.activeElement).to.equal($(el, '.count'));
        expect(took(), 'focus arrived on the count (not already there, silent)').to.equal(true);
      });

      it(`a ${how} press on a chip leaves the row's tab stop on a chip that is pressed or was last focused`, async () => {
        const el = await fixture<RecoveryTips>(html`<recovery-tips limit="0"></recovery-tips>`);
        pressAs(how, el, chip(el, 'Long term'));
        await settle(el);
        const stop = [...chip(el, 'Long term').parentElement!.querySelectorAll('.chip')].filter((c) => c.getAttribute('tabindex') === '0');
        expect(stop.map((c) => c.textContent!.trim())).to.deep.equal(['Long term']);
      });

      it(`a ${how} press on a chip makes it the row's tab stop, after the keyboard was on another`, async () => {
        const el = await fixture<RecoveryTips>(html`<recovery-tips limit="0"></recovery-tips>`);
        // The keyboard was on "Next few days" (the row's stop), then the reader tapped "Long term".
        chip(el, 'Next few days').focus();
        chip(el, 'Next few days').blur();
        pressAs(how, el, chip(el, 'Long term'));
        await settle(el);
        const stop = [...chip(el, 'Long term').parentElement!.querySelectorAll('.chip')].filter((c) => c.getAttribute('tabindex') === '0');
        expect(stop.map((c) => c.textContent!.trim()), 'Tab comes back to the chip just pressed').to.deep.equal(['Long term']);
      });
    }

    it("a tap on a row's label or between its chips leaves the row's tab stop where it was", async () => {
      // A press there reaches the row too (it moves the stop for a chip pressed): without a chip, no row
      // was left with no stop at all, out of reach of Tab.
      const el = await fixture<RecoveryTips>(html`<recovery-tips limit="0"></recovery-tips>`);
      chip(el, 'Next few days').focus();
      chip(el, 'Next few days').blur();
      const row = chip(el, 'Long term').parentElement!;
      const label = el.shadowRoot!.getElementById(row.closest('[role="toolbar"]')!.getAttribute('aria-labelledby')!)!;
      for (const target of [label, row]) {
        target.dispatchEvent(new MouseEvent('click', {bubbles: true, composed: true, cancelable: true, detail: 1}));
        await settle(el);
        const stop = [...row.querySelectorAll('.chip')].filter((c) => c.getAttribute('tabindex') === '0');
        expect(stop.map((c) => c.textContent!.trim()), target === label ? 'the label' : 'between chips').to.deep.equal(['Next few days']);
      }
      expect(el.timing, 'nothing pressed').to.equal(null);
    });
  });

  describe('<training-load> and its Delete my data', () => {
    const $ = (el: TrainingLoad, s: string) => el.shadowRoot!.querySelector<HTMLElement>(s);
    for (const how of presses) {
      it(`a ${how} press on "Delete my data" puts focus on Keep my data, where Escape takes it back`, async () => {
        const key = `kw-safari-${Math.random()}`;
        const el = await fixture<TrainingLoad>(html`<training-load unit="km" storage-key=${key}></training-load>`);
        const week = $(el, '#week-4') as HTMLInputElement;
        week.focus();
        week.value = '30';
        week.dispatchEvent(new Event('input', {bubbles: true, composed: true}));
        if (how !== 'voiceover') week.blur();
        await settle(el);
        pressAs(how, el, $(el, '.forget-ask')!);
        await settle(el);
        expect(el.shadowRoot!.activeElement?.textContent?.trim()).to.equal('Keep my data');
        press(el.shadowRoot!.activeElement!, 'Escape');
        await settle(el);
        expect(el.shadowRoot!.activeElement).to.equal($(el, '.forget-ask'));
        localStorage.removeItem(key);
      });
    }
  });

  describe('<shoe-mileage>', () => {
    it('forgets the box ticked by a real click once its message is shown: a later message does not scroll back to it', async () => {
      const el = await fixture<ShoeMileage>(html`<shoe-mileage storage="none" unit="mi"></shoe-mileage>`);
      const padding = document.body.style.paddingBottom;
      document.body.style.paddingBottom = '3000px';
      try {
        el.addShoe({name: 'Pair'});
        await settle(el);
        const r = el.shadowRoot!;
        r.querySelector<HTMLButtonElement>('[id^="toggle-"][id$="-wear"]')!.click();
        await settle(el);
        const box = r.querySelectorAll<HTMLInputElement>('.shoe input[type="checkbox"]')[1]!;
        box.scrollIntoView({block: 'center', behavior: 'instant'});
        await scrollEnds();
        // A real click: the browser runs the microtasks (Lit's update) between the box's change listener and the widget's.
        const {x, y, width, height} = box.getBoundingClientRect();
        await sendMouse({type: 'click', position: [Math.round(x + width / 2), Math.round(y + height / 2)]});
        await settle(el);
        expect(r.querySelector('.toast')?.textContent).to.contain('signs of wear');
        (r.activeElement as HTMLElement | null)?.blur();
        // The reader reads on down the page; then a message the box had nothing to do with.
        scrollBy(0, 1500);
        await scrollEnds();
        const at = scrollY;
        await el.importFile(new Blob(['{not json']));
        await settle(el);
        await scrollEnds();
        expect(scrollY, 'the page stayed where the reader was').to.equal(at);
      } finally {
        document.body.style.paddingBottom = padding;
        scrollTo(0, 0);
      }
    });

    for (const how of presses) {
      it(`a ${how} press on a sign of wear at the window's foot brings it clear of the message, and no further`, async function () {
        await onPhone(this, 320, 640, async () => {
          const el = await fixtureAt<ShoeMileage>(300, html`<shoe-mileage storage="none" unit="mi"></shoe-mileage>`);
          el.addShoe({name: 'Pair'});
          await settle(el);
          const r = el.shadowRoot!;
          r.querySelector<HTMLButtonElement>('[id^="toggle-"][id$="-wear"]')!.click();
          await settle(el);
          // Focus last put in the name field of "Add a pair", above: VoiceOver's press leaves it there.
          r.querySelector<HTMLInputElement>('#add-name')!.focus();
          const box = r.querySelectorAll<HTMLInputElement>('.shoe input[type="checkbox"]')[1]!;
          scrollBy(0, box.getBoundingClientRect().bottom - (innerHeight - 12));
          await scrollEnds();
          const [y, before] = [scrollY, box.getBoundingClientRect().bottom];
          pressAs(how, el, box);
          await settle(el);
          await nextFrame();
          expect(r.querySelector('.toast')?.textContent).to.contain('signs of wear');
          expect(box.getBoundingClientRect().bottom, 'the box above the message').to.be.at.most(r.querySelector('.toast')!.getBoundingClientRect().top);
          // Only as far as the box needed: not on to the field that had focus, further down.
          const needed = Math.max(0, before - r.querySelector('.toast')!.getBoundingClientRect().top);
          expect(scrollY - y, `the page moved, where the box needed ${Math.round(needed)} px`).to.be.at.most(needed + 20);
        });
      });
    }
  });
});
