import {expect, html} from '@open-wc/testing';
import type {TemplateResult} from 'lit';
import '../src/index.js';
import type {ShoeMileage} from '../src/shoe-mileage/shoe-mileage.js';
import type {KneePainCheck} from '../src/knee-pain-check/knee-pain-check.js';
import {questions, type Answers} from '../src/knee-pain-check/check.js';
import {fixtureAt, nextFrame} from './helpers.js';

/**
 * Tap targets on a phone: every button, disclosure, field, checkbox row and booking link is at least 44 px tall (the height of WCAG 2.5.5, AAA; AA's 2.5.8 asks 24),
 * in each widget's busiest states, at 320 and 800 px and with the widgets' smaller text (chips, run rows, the
 * nested "Use my numbers as typed", the pain check's "Change" after each answer). Left out: links inside
 * sentences (the sources), which sit in running text, where WCAG 2.5.8 allows them to be smaller.
 */
const TAPPABLE = "button, summary, a.cta, label.score, .option, label.check, input:not([type='checkbox']):not([type='radio'])";

const cases: ReadonlyArray<[string, TemplateResult, ((el: HTMLElement) => Promise<void>)?]> = [
  ['knee-map, a spot chosen and a cause open', html`<knee-map region="outer" cta-href="https://clinic.example/book"></knee-map>`, async (el) => el.shadowRoot!.querySelector<HTMLElement>('.toggle')!.click()],
  ['recovery-tips', html`<recovery-tips></recovery-tips>`],
  ['training-load with five weeks', html`<training-load storage="none" weeks="20,22,25,31,40"></training-load>`],
  [
    'training-load converted to km',
    html`<training-load storage="none" unit="mi"></training-load>`,
    async (el) => {
      for (const input of el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="text"]')) {
        input.value = '20';
        input.dispatchEvent(new Event('input', {bubbles: true}));
      }
      await (el as HTMLElement & {updateComplete: Promise<unknown>}).updateComplete;
      [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="unit"] button')].find((b) => b.getAttribute('aria-checked') === 'false')!.click();
    },
  ],
  [
    'shoe-mileage with a pair and its runs open',
    html`<shoe-mileage storage="none"></shoe-mileage>`,
    async (el) => {
      const shoes = el as ShoeMileage;
      const pair = shoes.addShoe({name: 'Pegasus'})!;
      for (let day = 10; day < 22; day++) shoes.logRun(pair.id, 8, `2026-11-${day}`);
      await shoes.updateComplete;
      [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.includes('Runs'))!.click();
    },
  ],
  ['knee-pain-check, first question', html`<knee-pain-check cta-href="https://clinic.example/book"></knee-pain-check>`],
  ['knee-pain-check, "rest" with three answers to change', html`<knee-pain-check></knee-pain-check>`, outcome({})],
  ['knee-pain-check, "see someone" with two warning signs to change', html`<knee-pain-check></knee-pain-check>`, outcome({swelling: 'recurring', signs: ['locks']})],
];

/** Sets up the pain check's outcome for these answers (to "rest": pain 5 while running, rest has not helped). */
function outcome(answers: Partial<Answers>) {
  return async (el: HTMLElement) => {
    const rest: Answers = {region: 'outer', onset: 'gradual', swelling: 'none', signs: [], weight: 'yes', restPain: 'no', painDuring: 5, painAfter: 4, duration: 'under-week', rest: 'same'};
    Object.assign(el, {answers: {...rest, ...answers}, step: questions.length - 1});
    await (el as KneePainCheck).updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('.next')!.click();
    await (el as KneePainCheck).updateComplete;
    expect(el.shadowRoot!.querySelectorAll('.change').length, '"Change" buttons').to.be.above(1);
  };
}

describe('tap targets', () => {
  // Wide too: a checkbox row whose words fit on one line was 36.8 px there.
  for (const [name, template, setup] of cases) for (const width of [320, 800]) {
    it(`${name}: every button, disclosure, field and booking link is at least 44 px tall at ${width} px`, async () => {
      const el = await fixtureAt<HTMLElement & {updateComplete: Promise<unknown>}>(width, template);
      await setup?.(el);
      await el.updateComplete;
      await nextFrame();
      const targets = [...el.shadowRoot!.querySelectorAll<HTMLElement>(TAPPABLE)].filter((t) => t.getClientRects().length);
      expect(targets.length, 'something to tap').to.be.above(2);
      const small = targets
        .map((t) => ({t, box: t.getBoundingClientRect()}))
        .filter(({box}) => box.height < 43.5)
        .map(({t, box}) => `${t.localName}.${t.className} "${t.textContent!.trim().slice(0, 30)}" ${box.height.toFixed(1)} px`);
      expect(small).to.deep.equal([]);
    });
  }
});
