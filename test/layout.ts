import {expect, waitUntil} from '@open-wc/testing';
import {setLocale} from '../src/shared/locale.js';
import {answerPainCheck, create, settled, widgets} from './widgets.js';
import {LOADING} from './helpers.js';

/**
 * Laying a widget out in a narrow column and listing what a reader would lose there: for the tests
 * that squeeze the widgets with long words (languages.test.ts) or with a reader's own text spacing
 * (text-spacing.test.ts).
 */

/** Every element in `root`'s shadow trees, with a box, that a reader sees (not the hidden text for screen readers). */
function seen(root: ShadowRoot): Element[] {
  const all: Element[] = [];
  const walk = (r: ShadowRoot) =>
    r.querySelectorAll('*').forEach((e) => {
      all.push(e);
      if (e.shadowRoot) walk(e.shadowRoot);
    });
  walk(root);
  return all.filter((e) => {
    if (e.closest('.sr-only') || (e.closest('svg') && e.localName !== 'svg')) return false;
    const box = e.getBoundingClientRect();
    const cs = getComputedStyle(e);
    return box.width > 1 && box.height > 1 && cs.visibility !== 'hidden';
  });
}

/**
 * What sticks out, spills or is cut off: "button.primary: 12 px out", for the message. Text that runs
 * below a box whose height was set, or that a box hides, is lost as surely as text out at the side.
 */
function overflowing(el: HTMLElement): string[] {
  const host = el.getBoundingClientRect();
  const name = (e: Element) => `${e.localName}${e.className && typeof e.className === 'string' ? `.${e.className.trim().split(/\s+/).join('.')}` : ''} "${(e.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40)}"`;
  const found: string[] = [];
  for (const e of seen(el.shadowRoot!)) {
    const box = e.getBoundingClientRect();
    const out = Math.max(box.right - host.right, host.left - box.left);
    if (out > 1) found.push(`${name(e)}: ${Math.round(out)} px out of the widget`);
    // Form fields scroll their own text; anything else larger inside than its box spills or is cut off.
    if (['input', 'select', 'textarea'].includes(e.localName) || e.clientWidth === 0) continue;
    if (e.scrollWidth > e.clientWidth + 1) found.push(`${name(e)}: ${e.scrollWidth - e.clientWidth} px wider inside than its box`);
    if (e.scrollHeight > e.clientHeight + 1) found.push(`${name(e)}: ${e.scrollHeight - e.clientHeight} px taller inside than its box`);
  }
  return found;
}

/** States markup can't reach: set up on the rendered widget (`el`). */
const reached: ReadonlyArray<{tag: string; state: Record<string, string>; what: string; reach: (el: HTMLElement) => Promise<void>}> = [
  {
    tag: 'knee-pain-check',
    state: {'cta-href': 'https://clinic.example/book'},
    what: 'at its result, each question answered with its first choice or box',
    reach: async (el) => {
      await answerPainCheck(el);
      expect(el.shadowRoot!.querySelector('[part="share"]'), 'at the result, its share button too').to.exist;
    },
  },
  {
    tag: 'shoe-mileage',
    state: {storage: 'none'},
    what: 'with a pair, its model and a run',
    reach: async (el) => {
      const shoes = el as HTMLElement & {addShoe(s: object): {id: string} | null; logRun(id: string, km: number, date: string): boolean};
      const pair = shoes.addShoe({name: 'Trail pair', model: 'Speedgoat 5', startKm: 420});
      expect(shoes.logRun(pair!.id, 12.5, '2026-11-30')).to.equal(true);
      await settled(el);
      expect(el.shadowRoot!.querySelector('.shoe .detail')!.textContent, 'the day of its last run').to.contain('2026');
    },
  },
];

export interface LayOut {
  /** The column's width, in CSS pixels. */
  width: number;
  /** The language the widget must be showing before it is measured. */
  lang: string;
  reach?: (el: HTMLElement) => Promise<void>;
  /** Runs on the rendered widget, after `reach` and before it is measured. */
  dress?: (el: HTMLElement) => void;
  /** Also runs axe on the widget, once it is measured. */
  axe?: boolean;
}

/**
 * A test for every widget, in each state of test/widgets.ts and each state of `reached`, in each of
 * `languages`: laid out as `options` say, nothing sticks out, spills or is cut off. With `axe`, each of a
 * widget's states is also checked with axe in one of the languages, in turn: every state once, and every
 * widget in each language (its words, its `lang`), for an axe run per state rather than per language.
 */
export function everyWidgetLaidOut(languages: readonly string[], options: Omit<LayOut, 'lang' | 'reach' | 'axe'>, claim: string, axe = false): void {
  after(() => setLocale(null));

  for (const [n, lang] of languages.entries()) {
    describe(lang, () => {
      before(() => setLocale(lang));

      for (const w of widgets) {
        const cases = [
          ...w.states.map((state) => ({name: `<${w.tag} ${JSON.stringify(state)}>`, state, reach: undefined})),
          ...reached.filter((r) => r.tag === w.tag).map(({tag, state, what, reach}) => ({name: `<${tag}> ${what}`, state, reach})),
        ];
        cases.forEach(({name, state, reach}, i) => {
          const checked = axe && i % languages.length === n;
          it(`${name} ${claim}${checked ? ', and is accessible (axe)' : ''}`, async () => {
            expect(await laidOut(w.tag, state, {...options, lang, reach, axe: checked})).to.deep.equal([]);
          });
        });
      }
    });
  }
}

/** Lays `tag` out in a column, brings it to a state with every <details> open, and returns what sticks out (after axe's check, with `axe`). */
async function laidOut(tag: string, state: Record<string, string>, {width, lang, reach, dress, axe}: LayOut): Promise<string[]> {
  const box = document.createElement('div');
  box.style.width = `${width}px`;
  document.body.append(box);
  const el = create(tag, state);
  box.append(el);
  try {
    // A widget's words arrive with its part of the translation, which it loads when first shown.
    await waitUntil(() => el.shadowRoot?.querySelector('[part="base"]')?.getAttribute('lang') === lang, `rendered in ${lang}`, LOADING);
    await reach?.(el);
    el.shadowRoot!.querySelectorAll('details').forEach((d) => (d.open = true));
    dress?.(el);
    await settled(el);
    const found = overflowing(el);
    const used = el.getBoundingClientRect().width;
    if (used > width + 0.5) found.push(`the widget is ${used} px wide in a ${width} px column`);
    if (axe) await expect(el).to.be.accessible();
    return found;
  } finally {
    box.remove();
  }
}
