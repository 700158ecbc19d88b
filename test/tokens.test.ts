import {expect} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import '../src/index.js';
import {create, settled, widgets} from './widgets.js';
import {contrast} from './helpers.js';

/**
 * The shared theme tokens (`--kw-*`) each widget lists with `@cssprop` are what a page author reads in
 * the README to theme it. The list must match the styles: a listed token that nothing reads does
 * nothing when set, and a token that colours a visible part but is not listed can't be found.
 */

interface Manifest {
  modules: Array<{declarations?: Array<{tagName?: string; cssProperties?: Array<{name: string}>}>}>;
}

/** The `--kw-*` tokens that `<tag>`'s styles read: directly, or through the private `--_x` names. */
function tokensRead(cssText: string): Set<string> {
  const defined = new Map<string, Set<string>>();
  for (const [, name, value] of cssText.matchAll(/(--[\w-]+)\s*:\s*([^;{}]*)/g)) {
    const refs = defined.get(name!) ?? new Set<string>();
    for (const [, ref] of value!.matchAll(/var\(\s*(--[\w-]+)/g)) refs.add(ref!);
    defined.set(name!, refs);
  }
  // What ordinary declarations (not custom-property definitions) read, followed through the definitions.
  const queue = [...cssText.matchAll(/(?<![\w-])[a-z][\w-]*\s*:\s*([^;{}]*)/g)].flatMap(([, value]) =>
    [...value!.matchAll(/var\(\s*(--[\w-]+)/g)].map(([, ref]) => ref!),
  );
  const read = new Set<string>();
  while (queue.length) {
    const name = queue.pop()!;
    if (read.has(name)) continue;
    read.add(name);
    queue.push(...(defined.get(name) ?? []));
  }
  return new Set([...read].filter((name) => name.startsWith('--kw-')));
}

const cssOf = (tag: string) =>
  ((customElements.get(tag) as unknown as {elementStyles: Array<{cssText: string}>}).elementStyles ?? []).map((s) => s.cssText).join('\n');

/** The colour tokens every widget defines (`--_x: var(--kw-x, …)` in the shared styles). */
const COLOURS = ['text', 'muted', 'surface', 'raised', 'border', 'accent', 'on-accent', 'accent-soft', 'link', 'focus', 'danger', 'warn', 'ok'].map((t) => `--kw-${t}`);
const PROBE = 'rgb(1, 2, 3)';
const PAINT = ['color', 'background-color', 'border-top-color', 'border-right-color', 'border-bottom-color', 'border-left-color', 'outline-color', 'fill', 'stroke', 'text-decoration-color'];

/** Whether anything in `el`'s shadow root (or its ::before/::after) is painted in PROBE. */
function painted(el: HTMLElement): boolean {
  const nodes = [el, ...el.shadowRoot!.querySelectorAll('*')];
  return nodes.some((node) =>
    [null, '::before', '::after'].some((pseudo) => {
      const style = getComputedStyle(node, pseudo);
      return PAINT.some((p) => style.getPropertyValue(p) === PROBE);
    }),
  );
}

describe('theme tokens', () => {
  let documented: Map<string, Set<string>>;
  before(async () => {
    const {text} = await executeServerCommand<{text: string}, {path: string}>('dist-file', {path: 'custom-elements.json'});
    const manifest = JSON.parse(text) as Manifest;
    documented = new Map(
      manifest.modules
        .flatMap((m) => m.declarations ?? [])
        .filter((d) => d.tagName)
        .map((d) => [d.tagName!, new Set((d.cssProperties ?? []).map((p) => p.name).filter((n) => n.startsWith('--kw-')))]),
    );
  });

  it('finds the tokens a style reads, through private names and fallbacks', () => {
    const read = tokensRead(':host{--_a: var(--kw-a, #000); --_b: var(--x-b, var(--_c)); --_c: var(--kw-c); --_d: var(--kw-d)} p{color: var(--_a); border: 1px solid var(--_b)}');
    expect([...read].sort()).to.deep.equal(['--kw-a', '--kw-c']);
  });

  for (const w of widgets) {
    it(`<${w.tag}> lists only tokens its styles read`, () => {
      const read = tokensRead(cssOf(w.tag));
      expect([...documented.get(w.tag)!].filter((t) => !read.has(t)), 'listed with @cssprop, read by nothing').to.deep.equal([]);
    });

    /** Each of the widget's states, drawn with the page's `props` set on its tag, handed to `look`. */
    async function inEachState(props: Record<string, string>, look: (el: HTMLElement) => void | Promise<void>): Promise<void> {
      for (const state of w.states) {
        const el = create(w.tag, state);
        for (const [name, value] of Object.entries(props)) el.style.setProperty(name, value);
        document.body.append(el);
        await settled(el);
        await look(el);
        el.remove();
      }
    }

    it(`<${w.tag}> squares its buttons with --kw-button-radius and sets its headings in --kw-heading-font`, async () => {
      const round: string[] = [];
      const plain: string[] = [];
      await inEachState({'--kw-button-radius': '3px', '--kw-heading-font': 'Probe Heading, serif'}, (el) => {
        for (const node of el.shadowRoot!.querySelectorAll('button, a')) {
          const style = getComputedStyle(node);
          const corners = ['borderTopLeftRadius', 'borderTopRightRadius', 'borderBottomLeftRadius', 'borderBottomRightRadius'] as const;
          if (corners.some((c) => parseFloat(style[c]) > 3)) round.push(`${node.localName}: ${node.textContent!.trim().slice(0, 30)}`);
        }
        const headings = [...el.shadowRoot!.querySelectorAll('[role="heading"]')];
        expect(headings.length, 'headings in this state').to.be.above(0);
        for (const h of headings) if (!getComputedStyle(h).fontFamily.includes('Probe Heading')) plain.push(h.textContent!.trim().slice(0, 30));
      });
      expect(round, 'rounder than --kw-button-radius').to.deep.equal([]);
      expect(plain, 'headings not in --kw-heading-font').to.deep.equal([]);
    });

    it(`<${w.tag}> squares every corner but a circle's with --kw-radius and --kw-button-radius at 0`, async () => {
      // An editorial blog squares everything off: the pain check's progress bar and the shoe list's badges
      // and wear meters stayed round (999px), and a badge has no part to reach.
      const round: string[] = [];
      await inEachState({'--kw-radius': '0', '--kw-button-radius': '0'}, async (el) => {
        if (w.tag === 'shoe-mileage') {
          (el as HTMLElement & {addShoe(init: {name: string; startKm: number}): unknown}).addShoe({name: 'Daily', startKm: 600});
          await settled(el);
        }
        for (const node of el.shadowRoot!.querySelectorAll('*')) {
          const corner = getComputedStyle(node).borderTopLeftRadius;
          if (!corner.endsWith('%') && parseFloat(corner) > 0 && node.getClientRects().length) round.push(`${node.localName}.${node.getAttribute('class')}: ${corner}`);
        }
      });
      expect([...new Set(round)], 'rounded').to.deep.equal([]);
    });

    it(`<${w.tag}> lists every colour token that paints what it shows`, async () => {
      const missing = new Set<string>();
      for (const state of w.states) {
        const el = create(w.tag, state);
        document.body.append(el);
        await settled(el);
        for (const token of COLOURS) {
          el.style.setProperty(token, PROBE);
          if (painted(el) && !documented.get(w.tag)!.has(token)) missing.add(token);
          el.style.removeProperty(token);
        }
        el.remove();
      }
      expect([...missing], 'paints a part, not listed with @cssprop').to.deep.equal([]);
    });
  }

  describe('a brand colour as the accent, without --kw-on-accent', () => {
    // A clinic's teal, orange and yellow are pale: white text on them was 2.6:1 and worse. Dark ones keep white.
    const accents = ['#2bb3a3', '#f5a623', '#ffd400', '#7b1fa2', '#0b6b63'];
    before(function () {
      if (!CSS.supports('color', 'lch(from currentcolor calc((49.5 - l) * 1000) 0 0)')) this.skip();
    });

    for (const w of widgets) {
      it(`<${w.tag}>: text on the accent reads at 4.5:1 or more, whatever the accent`, async () => {
        const low: string[] = [];
        let filled = 0;
        for (const accent of accents) {
          const el = create(w.tag, w.states[0]);
          el.style.setProperty('--kw-accent', accent);
          document.body.append(el);
          await settled(el);
          for (const node of el.shadowRoot!.querySelectorAll<HTMLElement>('*')) {
            const style = getComputedStyle(node);
            if (contrast(style.backgroundColor, accent) > 1.05 || !node.textContent!.trim() || !node.getClientRects().length) continue;
            filled++;
            const ratio = contrast(style.color, style.backgroundColor);
            if (ratio < 4.5) low.push(`${accent} ${node.localName}.${node.className}: ${ratio.toFixed(2)}`);
          }
          el.remove();
        }
        expect(low).to.deep.equal([]);
        if (w.tag === 'knee-pain-check' || w.tag === 'knee-map') expect(filled, 'a control filled with the accent was checked').to.be.above(0);
      });
    }

    it('<recovery-tips>: a pressed chip in its own colour (--recovery-tips-chip) takes the text that reads on it', async () => {
      // A pale brand's darker chip (the pink site's #c2185b): the text stayed black, worked out from the
      // pale accent, 3.6:1. And a pale chip on a dark accent got white.
      const low: string[] = [];
      for (const [accent, chip] of [['#f4a6c0', '#c2185b'], ['#0b6b63', '#ffd400']]) {
        const el = create('recovery-tips', {region: 'outer'});
        el.style.setProperty('--kw-accent', accent!);
        el.style.setProperty('--recovery-tips-chip', chip!);
        document.body.append(el);
        await settled(el);
        const pressed = el.shadowRoot!.querySelector('[aria-pressed="true"]')!;
        const style = getComputedStyle(pressed);
        const ratio = contrast(style.color, style.backgroundColor);
        if (ratio < 4.5) low.push(`${chip} on ${accent}: ${ratio.toFixed(2)}`);
        el.remove();
      }
      expect(low).to.deep.equal([]);
    });
  });

  describe('the focus ring, on a card in colours the page set', () => {
    // The README's dark site sets --kw-text, --kw-surface and --kw-accent; a page that left out
    // color-scheme: dark (it is for the browser's own checkboxes) kept the light scheme's dark blue ring
    // on the dark card, 2.6:1 (1.9:1 in the "see a professional" box). And the other way round.
    const dark = {'--kw-text': '#e8edf0', '--kw-surface': '#161b1f', '--kw-accent': '#5fd0c3'};
    const light = {'--kw-text': '#1b2227', '--kw-surface': '#ffffff', '--kw-accent': '#0b6b63'};
    const cases: Array<[string, Record<string, string>, Record<string, string>]> = [
      ['dark colours, light scheme', {}, dark],
      ['light colours, dark theme', {theme: 'dark'}, light],
    ];
    before(function () {
      if (!CSS.supports('color', 'lch(from currentcolor calc((49.5 - l) * 1000) 0 0)')) this.skip();
    });

    /** What `--_name` is inside `el`, as a colour. */
    const colour = (el: HTMLElement, name: string) => {
      const probe = document.createElement('i');
      probe.style.color = `var(${name})`;
      el.shadowRoot!.firstElementChild!.append(probe);
      const value = getComputedStyle(probe).color;
      probe.remove();
      return value;
    };

    for (const w of widgets) {
      it(`<${w.tag}>: 3:1 or more against the card and the "see a professional" box`, async () => {
        const low: string[] = [];
        for (const [name, attributes, tokens] of cases) {
          const el = create(w.tag, {...w.states[0], ...attributes});
          for (const [token, value] of Object.entries(tokens)) el.style.setProperty(token, value);
          document.body.append(el);
          await settled(el);
          const ring = colour(el, '--_focus');
          for (const under of ['--_surface', '--_accent-soft']) {
            const ratio = contrast(ring, colour(el, under));
            if (ratio < 3) low.push(`${name}, on ${under}: ${ratio.toFixed(2)}`);
          }
          el.remove();
        }
        expect(low).to.deep.equal([]);
      });
    }

    it('keeps the themes’ own blues where the page sets no colours', async () => {
      for (const [theme, blue] of [['light', '#1d4ed8'], ['dark', '#8fb5ff']] as const) {
        const el = create('knee-map', {theme});
        document.body.append(el);
        await settled(el);
        expect(contrast(colour(el, '--_focus'), blue), theme).to.be.below(1.05);
        el.remove();
      }
    });
  });

  describe('without light-dark() (Chrome 120–122, Safari 16.4–17.4)', () => {
    /** Every style rule outside an `@supports` that asks for light-dark() (an `@supports not` one counts: it applies there). */
    function outsideLightDark(rules: CSSRuleList, found: CSSStyleRule[] = []): CSSStyleRule[] {
      for (const rule of rules) {
        if (rule instanceof CSSSupportsRule && rule.conditionText.includes('light-dark') && !/^\s*not\b/.test(rule.conditionText)) continue;
        if (rule instanceof CSSStyleRule) found.push(rule);
        if ('cssRules' in rule) outsideLightDark((rule as CSSGroupingRule).cssRules, found);
      }
      return found;
    }

    it('finds the rules outside the @supports', () => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(
        ':host { color-scheme: inherit } @supports (color: light-dark(#000, #fff)) { :host { color-scheme: dark } } @supports not (color: light-dark(#000, #fff)) { :host { color-scheme: normal } }',
      );
      expect(outsideLightDark(sheet.cssRules).map((r) => r.style.colorScheme)).to.deep.equal(['inherit', 'normal']);
    });

    for (const w of widgets) {
      it(`<${w.tag}> stays light, the browser's own controls and the drawing too: no dark scheme, no page's scheme, no dark fill`, () => {
        const sheets = (customElements.get(w.tag) as unknown as {elementStyles: Array<{styleSheet?: CSSStyleSheet}>}).elementStyles.map((s) => s.styleSheet!);
        const rules = sheets.flatMap((sheet) => outsideLightDark(sheet.cssRules));
        expect(rules.length, 'rules read').to.be.above(10);
        const dark = rules.filter((r) => /dark|inherit|normal/.test(r.style.colorScheme) || /#323c42|rgb\(50, 60, 66\)/i.test(r.style.cssText)).map((r) => r.cssText);
        expect(dark).to.deep.equal([]);
        // And light from the start: the initial 'normal' would follow a page's <meta name="color-scheme">.
        const host = rules.filter((r) => r.selectorText === ':host' && r.style.colorScheme).map((r) => r.style.colorScheme);
        expect(host).to.deep.equal(['light']);
      });
    }
  });

  describe('without relative colours from currentcolor (Chrome 123–130, Firefox 121–132, Safari 17.5)', () => {
    /** The declarations that work a colour out from another (`lch(from …)`) and the @supports each is under. */
    function relative(rules: CSSRuleList, under = '', found: string[] = []): string[] {
      for (const rule of rules) {
        if (rule instanceof CSSStyleRule && /\bfrom\b/.test(rule.style.cssText)) found.push(`${under} ${rule.cssText}`);
        if ('cssRules' in rule) relative((rule as CSSGroupingRule).cssRules, rule instanceof CSSSupportsRule ? `${under} ${rule.conditionText}` : under, found);
      }
      return found;
    }

    // Chrome before 131 and Safari before 18 took a relative colour from a light-dark() origin (the accent,
    // the surface) wrongly, or not at all; a @supports that asks for one from currentcolor leaves them out,
    // and their text on the accent stays white, the focus ring blue. Outside it, Chrome 123 would read it.
    for (const w of widgets) {
      it(`<${w.tag}> works a colour out from another only where currentcolor can be the origin`, () => {
        const sheets = (customElements.get(w.tag) as unknown as {elementStyles: Array<{styleSheet?: CSSStyleSheet}>}).elementStyles.map((s) => s.styleSheet!);
        const found = sheets.flatMap((sheet) => relative(sheet.cssRules));
        expect(found.length, 'relative colours read').to.be.above(0);
        expect(found.filter((text) => !/^ \(color: lch\(from currentcolor\b/.test(text))).to.deep.equal([]);
      });
    }
  });
});
