import {expect, fixture, html} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import '../src/index.js';
import {contrast} from './helpers.js';
import {create, settled, widgets} from './widgets.js';

/**
 * Forced colours (Windows High Contrast) recolour text, borders and backgrounds, but not SVG paint, and a
 * box drawn only by its background loses its edges. Each widget's drawings and boxes take the reader's
 * colours there. WebKit's WebDriver can't emulate forced colours: these skip there.
 */
describe('forced colours', () => {
  /** A system colour as the browser resolves it now. */
  function system(name: string): string {
    const probe = document.createElement('span');
    probe.style.color = name;
    document.body.append(probe);
    const value = getComputedStyle(probe).color;
    probe.remove();
    return value;
  }
  const style = (el: Element, selector: string) => getComputedStyle(el.shadowRoot!.querySelector(selector)!);

  before(async function () {
    await executeServerCommand('forced-colors', {active: true});
    if (!matchMedia('(forced-colors: active)').matches) this.skip();
  });

  after(async () => {
    await executeServerCommand('forced-colors', {active: false});
  });

  it('draws the knee, its labels and its spots in the reader’s colours', async () => {
    const el = await fixture(html`<knee-map theme="dark" region="outer"></knee-map>`);
    expect(style(el, '.skin').fill).to.equal(system('Canvas'));
    expect(style(el, '.line').stroke).to.equal(system('CanvasText'));
    expect(style(el, '.region .dot').fill).to.equal(system('CanvasText'));
    expect(style(el, '.marker circle').fill, 'the tick on the chosen spot').to.equal(system('CanvasText'));
    expect(style(el, '.marker path').stroke, 'its check mark').to.equal(system('Canvas'));
    expect(style(el, '.professional').borderTopStyle, 'the "see a professional" box keeps an edge').to.equal('solid');
  });

  it('gives the pain check’s Next button an edge and its progress bar a fill', async () => {
    const el = await fixture(html`<knee-pain-check></knee-pain-check>`);
    expect(style(el, '.next').borderTopWidth).to.not.equal('0px');
    expect(style(el, 'progress').forcedColorAdjust).to.equal('none');
  });

  it('keeps the training-load chart’s range band, labels and lighter-week box visible', async () => {
    const el = await fixture(html`<training-load weeks="10,10,12,14,22" storage="none"></training-load>`);
    expect(style(el, '.zone').fill, 'the shaded range').to.equal(system('Highlight'));
    expect(style(el, '.chart .value').fill, 'the figures beside the bars').to.equal(system('CanvasText'));
    expect(style(el, '.cut-back').borderTopStyle).to.equal('solid');
  });

  it('rings a focused switch button in CanvasText, not the Highlight its pressed neighbour is filled with', async () => {
    const el = await fixture(html`<shoe-mileage storage="none" unit="mi"></shoe-mileage>`);
    const km = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="unit"] button[aria-checked="false"]')!;
    km.focus();
    expect(km.matches(':focus-visible') ? getComputedStyle(km).outlineColor : 'not focus-visible').to.equal(system('CanvasText'));
  });

  it("shows a pair's open panel on its button in bold, as forced colours drop its fill and its edge's second pixel", async () => {
    const el = await fixture<HTMLElement & {addShoe(s: {name: string}): {id: string}; updateComplete: Promise<unknown>}>(
      html`<shoe-mileage storage="none"></shoe-mileage>`,
    );
    const {id} = el.addShoe({name: 'Pair'});
    await el.updateComplete;
    const wear = () => el.shadowRoot!.querySelector<HTMLButtonElement>(`#toggle-${id}-wear`)!;
    // What is left to tell it apart where the system sets every colour: the edge's width and the weight.
    const shape = (b: Element) => {
      const s = getComputedStyle(b);
      return `${s.borderTopWidth} ${s.boxShadow.replace(/(rgba?|color)\([^)]*\)/g, '').trim()} ${s.fontWeight}`;
    };
    const closed = shape(wear());
    wear().click();
    await el.updateComplete;
    expect(wear().getAttribute('aria-expanded')).to.equal('true');
    expect(shape(wear()), 'open, against closed').to.not.equal(closed);
  });

  it('keeps the edge of the shoe form, and the meter’s last stretch in sight', async () => {
    const el = await fixture<HTMLElement & {addShoe(s: {name: string; startKm: number}): unknown; updateComplete: Promise<unknown>}>(
      html`<shoe-mileage storage="none"></shoe-mileage>`,
    );
    expect(style(el, '.add').borderTopStyle).to.equal('solid');
    el.addShoe({name: 'Pair', startKm: 100});
    await el.updateComplete;
    const zone = style(el, '.zone');
    expect([zone.fill, Number(zone.fillOpacity) >= 0.5], 'the zone after "replace soon"').to.deep.equal([system('GrayText'), true]);
  });
});

/**
 * A reader who asked for more contrast (iOS and macOS "Increase contrast") gets muted text as dark as the
 * rest and every edge at 3:1 or more against the widget. Only Chromium can emulate the setting here: these
 * skip elsewhere.
 */
describe('more contrast', () => {
  before(async function () {
    await executeServerCommand('prefers-contrast', {active: true});
    if (!matchMedia('(prefers-contrast: more)').matches) this.skip();
  });

  after(async () => {
    await executeServerCommand('prefers-contrast', {active: false});
  });

  /** Every edge drawn in `el`'s shadow tree whose contrast with the widget's background is under 3:1. */
  function faintEdges(el: HTMLElement): string[] {
    const surface = getComputedStyle(el).backgroundColor;
    const faint: string[] = [];
    for (const node of el.shadowRoot!.querySelectorAll('*')) {
      const cs = getComputedStyle(node);
      for (const side of ['Top', 'Right', 'Bottom', 'Left'] as const) {
        const [width, style, color] = [cs.getPropertyValue(`border-${side.toLowerCase()}-width`), cs.getPropertyValue(`border-${side.toLowerCase()}-style`), cs.getPropertyValue(`border-${side.toLowerCase()}-color`)];
        if (parseFloat(width) === 0 || style === 'none' || /rgba\(.*, 0\)$/.test(color) || node.getClientRects().length === 0) continue;
        const ratio = contrast(color, surface);
        if (ratio < 3) faint.push(`${node.localName}.${String(node.className).trim().replace(/\s+/g, '.')} ${side}: ${ratio.toFixed(2)}:1`);
      }
    }
    return [...new Set(faint)];
  }

  for (const w of widgets) {
    for (const state of w.states) {
      it(`<${w.tag} ${JSON.stringify(state)}> draws every edge at 3:1 and muted text as the text`, async () => {
        const box = await fixture<HTMLDivElement>(html`<div></div>`);
        box.style.width = '360px';
        const widget = create(w.tag, state);
        box.append(widget);
        await settled(widget);
        widget.shadowRoot!.querySelectorAll('details').forEach((d) => (d.open = true));
        await settled(widget);
        expect(faintEdges(widget)).to.deep.equal([]);
        const disclaimer = widget.shadowRoot!.querySelector('[part="disclaimer"]');
        if (disclaimer) expect(getComputedStyle(disclaimer).color, 'the disclaimer').to.equal(getComputedStyle(widget).color);
        await expect(widget).to.be.accessible();
      });
    }
  }
});
