import {expect} from '@open-wc/testing';
import {define} from '../src/shared/define.js';
import {oneOf, wholeNumber} from '../src/shared/attributes.js';
import {oneOrNone} from '../src/shared/optional.js';
import {isDay, today} from '../src/shared/dates.js';
import {addWeeks, formatWeek, weekOf, weeksBetween} from '../src/shared/weeks.js';
import {locales, resolveLocale} from '../src/shared/locale.js';
import {formatList, formatNumber, numberFormat} from '../src/shared/format.js';
import {bulletList, renderSourceList} from '../src/shared/lists.js';
import {render} from 'lit';
import {sourceIds} from '../src/content/types.js';
import {kneeFacts} from '../src/content/facts.js';
import {tipDetails} from '../src/content/tip-details.js';
import {captureWarnings} from './helpers.js';
import {formatRange, toKm, unitAttribute, unitName} from '../src/shared/units.js';
import {toJson} from '../src/shared/json.js';
import {rovingIndex} from '../src/shared/roving.js';
import {scrollArea} from '../src/shared/advice.js';
import {create, settled, widgets} from './widgets.js';
import '../src/index.js';

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('define()', () => {
  it('defines a free tag and reports it', () => {
    class A extends HTMLElement {}
    expect(define('kw-test-free', A)).to.equal(true);
    expect(customElements.get('kw-test-free')).to.equal(A);
  });

  it('is silent when the same class is defined again', async () => {
    class B extends HTMLElement {}
    define('kw-test-same', B);
    const warnings = captureWarnings();
    try {
      expect(define('kw-test-same', B)).to.equal(false);
      await tick();
    } finally {
      warnings.restore();
    }
    expect(warnings.messages).to.have.length(0);
  });

  it('never throws when another copy holds the tags, and warns once naming all of them', async () => {
    class Theirs1 extends HTMLElement {}
    class Theirs2 extends HTMLElement {}
    customElements.define('kw-test-taken-1', Theirs1);
    customElements.define('kw-test-taken-2', Theirs2);
    class Ours1 extends HTMLElement {}
    class Ours2 extends HTMLElement {}
    const warnings = captureWarnings();
    try {
      expect(define('kw-test-taken-1', Ours1)).to.equal(false);
      expect(define('kw-test-taken-2', Ours2)).to.equal(false);
      await tick();
    } finally {
      warnings.restore();
    }
    expect(customElements.get('kw-test-taken-1')).to.equal(Theirs1);
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('<kw-test-taken-1>').and.contain('<kw-test-taken-2>');
  });

  it('does not throw for an invalid tag name', () => {
    const warnings = captureWarnings();
    try {
      expect(define('notvalid', class extends HTMLElement {})).to.equal(false);
    } finally {
      warnings.restore();
    }
    expect(warnings.messages).to.have.length(1);
  });

  it("does not throw when a page's customElements.get throws", () => {
    const get = Object.getOwnPropertyDescriptor(CustomElementRegistry.prototype, 'get')!;
    const warnings = captureWarnings();
    CustomElementRegistry.prototype.get = () => {
      throw new Error('patched');
    };
    let result: boolean | string;
    try {
      result = define('kw-test-patched', class extends HTMLElement {});
    } catch (error) {
      result = `threw: ${String(error)}`;
    } finally {
      Object.defineProperty(CustomElementRegistry.prototype, 'get', get);
      warnings.restore();
    }
    expect(result).to.equal(false);
    expect(warnings.messages).to.have.length(1);
  });
});

describe('dates', () => {
  it('gives the Monday of a day’s week, across months, years and daylight-saving changes', () => {
    expect(weekOf('2026-12-03')).to.equal('2026-11-30'); // a Thursday
    expect(weekOf('2026-11-30')).to.equal('2026-11-30'); // a Monday
    expect(weekOf('2026-12-06')).to.equal('2026-11-30'); // a Sunday ends the week
    expect(weekOf('2027-01-01')).to.equal('2026-12-28');
    expect(addWeeks('2026-03-23', 1)).to.equal('2026-03-30'); // Europe's clocks change on the 29th
    expect(weeksBetween('2026-03-25', '2026-04-01')).to.equal(1);
    expect(weeksBetween('2026-11-30', '2026-12-06')).to.equal(0);
    expect(weeksBetween('2026-12-10', '2026-11-30')).to.equal(-1);
    expect(weeksBetween('2025-12-31', '2026-12-31')).to.equal(52);
  });

  it("writes a week's days, Monday to Sunday, as the language does, breaking a line only at the dash", () => {
    const asPlain = (text: string) => text.replace(/[\u00a0\u2009\u202f]/g, ' ');
    const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
    for (const [monday, sunday] of [[utc(2026, 11, 30), utc(2026, 12, 6)], [utc(2026, 12, 28), utc(2027, 1, 3)], [utc(2026, 3, 9), utc(2026, 3, 15)]] as const) {
      for (const locale of ['en', 'es', 'fr', 'de']) {
        const text = formatWeek(monday.toISOString().slice(0, 10), locale);
        const intl = new Intl.DateTimeFormat(locale, {day: 'numeric', month: 'short', timeZone: 'UTC'}).formatRange(monday, sunday);
        expect(asPlain(text), `${locale} ${monday.toISOString()}`).to.equal(asPlain(intl));
        // The one space a line may break at follows the dash.
        for (const m of text.matchAll(/[ \u2009\u202f]/g)) expect(text[m.index - 1], `${locale}: "${text}" breaks at ${m.index}`).to.match(/[–-]/);
      }
    }
    expect(asPlain(formatWeek('2026-11-30', 'en'))).to.match(/^Nov 30\s?–\s?Dec 6$/);
  });

  it("leaves a week's days one place to break a line in each language, the space after the dash", () => {
    for (const locale of ['en', 'es', 'fr', 'de']) {
      const text = formatWeek('2026-11-30', locale);
      expect(text.match(/[ \u2009\u202f]/g), `${locale}: "${text}"`).to.deep.equal([' ']);
      expect(text, locale).to.match(/[–-] /);
    }
  });

  it("writes a week's days the same in a time zone behind UTC, where the reader's midnight is the day before", () => {
    const Real = Intl.DateTimeFormat;
    class Westward extends Real {
      constructor(locale?: string | string[], options: Intl.DateTimeFormatOptions = {}) {
        super(locale, {timeZone: 'America/Los_Angeles', ...options});
      }
    }
    (Intl as {DateTimeFormat: unknown}).DateTimeFormat = Westward;
    let text: string;
    try {
      text = formatWeek('2026-11-30', 'en');
    } finally {
      (Intl as {DateTimeFormat: unknown}).DateTimeFormat = Real;
    }
    expect(text.replace(/[\u00a0\u2009\u202f]/g, ' ')).to.match(/^Nov 30\s?–\s?Dec 6$/);
  });

  it('reads only real days written yyyy-mm-dd, and today in that form', () => {
    expect(isDay('2026-02-28')).to.equal(true);
    for (const bad of ['2026-02-30', '2026-2-28', '28/02/2026', '', null, 20260228]) expect(isDay(bad), String(bad)).to.equal(false);
    expect(today(new Date(2026, 0, 5, 23, 30))).to.equal('2026-01-05');
  });
});

describe('oneOf()', () => {
  const allowed = ['front', 'back'] as const;

  it('accepts allowed values whatever their case and spacing', () => {
    const host = {localName: 'x-el'};
    expect(oneOf(host, 'view', ' BACK ', allowed, 'front')).to.equal('back');
    expect(oneOf(host, 'view', null, allowed, 'front')).to.equal('front');
    expect(oneOf(host, 'view', '', allowed, 'front')).to.equal('front');
  });

  it('falls back with exactly one warning per element and attribute, however often it is read', () => {
    const host = {localName: 'x-el'};
    const warnings = captureWarnings();
    try {
      for (let i = 0; i < 5; i++) expect(oneOf(host, 'view', 'sideways', allowed, 'front')).to.equal('front');
      oneOf({localName: 'x-other'}, 'view', 'sideways', allowed, 'front');
    } finally {
      warnings.restore();
    }
    expect(warnings.messages).to.have.length(2);
    expect(warnings.messages[0]).to.contain('sideways').and.contain('front');
  });

  it('warns again for a new bad value after a good one', () => {
    const host = {localName: 'x-el'};
    const warnings = captureWarnings();
    try {
      oneOf(host, 'view', 'up', allowed, 'front');
      oneOf(host, 'view', 'back', allowed, 'front');
      oneOf(host, 'view', 'down', allowed, 'front');
    } finally {
      warnings.restore();
    }
    expect(warnings.messages).to.have.length(2);
  });

  it('warns for each different bad value in a row, once each', () => {
    const host = {localName: 'x-el'};
    const warnings = captureWarnings();
    try {
      for (const v of ['up', 'up', 'down', 'down', 'up']) oneOf(host, 'view', v, allowed, 'front');
    } finally {
      warnings.restore();
    }
    expect(warnings.messages.map((m) => m.match(/"(\w+)"/)![1])).to.deep.equal(['up', 'down', 'up']);
  });
});

describe('oneOrNone()', () => {
  const allowed = ['front', 'back'] as const;

  it('gives the value whatever its case and spacing, null when not set or unknown, and warns once for each unknown value', () => {
    const host = {localName: 'x-el'};
    const warnings = captureWarnings();
    const read = (v: unknown) => oneOrNone(host, 'region', v, allowed, 'showing none');
    try {
      expect(read(' BACK ')).to.equal('back');
      for (const unset of [null, undefined, '', '   ']) expect(read(unset), `${JSON.stringify(unset)} is not set`).to.equal(null);
      expect(warnings.messages, 'not set is no mistake').to.deep.equal([]);
      for (let i = 0; i < 3; i++) expect(read('elbow')).to.equal(null);
      expect(read('front')).to.equal('front');
      expect(read('elbow')).to.equal(null);
    } finally {
      warnings.restore();
    }
    expect(warnings.messages, 'once, then again after a good value').to.have.length(2);
    expect(warnings.messages[0]).to.equal('knee-widgets: <x-el> region="elbow" is not one of front, back; showing none.');
  });
});

describe('unitAttribute()', () => {
  it('takes km or mi, or a unit written out as a page might, in our languages', () => {
    const host = {localName: 'x-el'};
    const warnings = captureWarnings();
    try {
      for (const v of ['mi', ' MI ', 'miles', 'Mile', 'millas', 'Meilen', 'miles.']) expect(unitAttribute(host, v, 'km'), v).to.equal('mi');
      for (const v of ['km', 'Kilometres', 'kilometers', 'kilomètres', 'Kilometer', 'kms']) expect(unitAttribute(host, v, 'mi'), v).to.equal('km');
      expect(unitAttribute(host, null, 'km')).to.equal('km');
    } finally {
      warnings.restore();
    }
    expect(warnings.messages).to.deep.equal([]);
  });

  it('gives the fallback with one warning for anything else, a number with its unit too', () => {
    const warnings = captureWarnings();
    try {
      for (const v of ['5 miles', 'metres', 'mik', 'm']) expect(unitAttribute({localName: 'x-el'}, v, 'km'), v).to.equal('km');
    } finally {
      warnings.restore();
    }
    expect(warnings.messages).to.have.length(4);
    expect(warnings.messages[0]).to.contain('unit="5 miles" is not one of km, mi; using "km"');
  });

  for (const tag of ['shoe-mileage', 'training-load']) {
    it(`<${tag} unit="miles"> shows what unit="mi" shows, and "kilometres" what "km" shows`, async () => {
      const text = async (unit: string) => {
        const el = document.body.appendChild(create(tag, {storage: 'none', unit}));
        await settled(el);
        const shown = el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
        el.remove();
        return shown;
      };
      const [miles, mi, kilometres, km] = [await text('miles'), await text('mi'), await text('Kilometres'), await text('km')];
      expect(miles).to.equal(mi);
      expect(kilometres).to.equal(km);
      expect(mi, 'the two units show differently').to.not.equal(km);
    });

    it(`<${tag}> names its km/mi buttons with the unit's name too ("mi" alone is read as a word)`, async () => {
      const el = document.body.appendChild(create(tag, {storage: 'none'}));
      await settled(el);
      const names = [...el.shadowRoot!.querySelectorAll('[part="unit"] button')].map((b) => [b.textContent!.trim(), b.getAttribute('aria-label')]);
      el.remove();
      expect(names).to.deep.equal([
        ['km', `km (${unitName('km')})`],
        ['mi', `mi (${unitName('mi')})`],
      ]);
      expect(unitName('mi')).to.equal('miles');
    });
  }
});

describe('wholeNumber()', () => {
  it('takes digits only, quietly takes "not set" as the default, and warns once for anything else', () => {
    const host = {localName: 'x-el'};
    const read = (v: unknown) => wholeNumber(host, 'heading-level', v, {min: 1, max: 6, fallback: 2}, 'is not 1–6; using 2.');
    const warnings = captureWarnings();
    let got: number[];
    try {
      got = [' 3 ', 4, '', null, undefined].map(read);
      got.push(...['2.0', '0x2', '2e0', '7', '0', '-1', 'two', 5.5].map(read));
    } finally {
      warnings.restore();
    }
    expect(got).to.deep.equal([3, 4, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2]);
    expect(warnings.messages).to.have.length(8);
    expect(warnings.messages[0]).to.contain('heading-level="2.0" is not 1–6; using 2.');
  });
});

describe('a second copy sharing the same @lit/localize', () => {
  it('loads without throwing, stays in English and says why once', async () => {
    const warnings = captureWarnings();
    let copy: {getLocale(): string; setLocale(l: string): Promise<void>};
    try {
      // The same module under another URL: a second knee-widgets on a page whose bundler deduplicated
      // @lit/localize, which the first copy has already configured.
      copy = await import(/* @vite-ignore */ `${new URL('../src/shared/locale.ts', import.meta.url).pathname}?second-copy`);
      await copy.setLocale('de');
    } finally {
      warnings.restore();
    }
    expect(copy.getLocale()).to.equal('en');
    expect(warnings.messages.filter((m) => m.includes('already configured'))).to.have.length(1);
  });
});

describe('resolveLocale()', () => {
  const cases: Array<[string | null, string]> = [
    ['es', 'es'],
    ['es-MX', 'es'],
    ['ES_mx', 'es'],
    ['fr-CA', 'fr'],
    ['de-AT', 'de'],
    ['en-GB', 'en'],
    ['pt-BR', 'en'],
    ['', 'en'],
    [null, 'en'],
    ['x-klingon', 'en'],
  ];
  for (const [tag, expected] of cases) {
    it(`${JSON.stringify(tag)} → ${expected}`, () => expect(resolveLocale(tag)).to.equal(expected));
  }
});

describe('numberFormat()', () => {
  it('makes one formatter per locale and options, and reuses it', () => {
    const de = numberFormat('de', {maximumFractionDigits: 1});
    expect(numberFormat('de', {maximumFractionDigits: 1})).to.equal(de);
    expect(numberFormat('en', {maximumFractionDigits: 1})).to.not.equal(de);
    expect(numberFormat('de', {maximumFractionDigits: 2})).to.not.equal(de);
    expect(de.format(1234.56)).to.equal('1.234,6');
    expect(formatNumber(1234.56, {}, 'en')).to.equal('1,234.6');
    expect(formatNumber(1234.56, {}, 'de'), 'the cached German formatter is not used for English').to.equal('1.234,6');
  });
});

describe('formatNumber()', () => {
  it('writes whole numbers under a thousand as Intl would in every language, and everything else through Intl', () => {
    for (const locale of locales) {
      const intl = new Intl.NumberFormat(locale, {maximumFractionDigits: 1});
      for (let n = -999; n <= 999; n++) expect(formatNumber(n, {}, locale), `${n} in ${locale}`).to.equal(intl.format(n));
    }
    expect(formatNumber(1000, {}, 'en')).to.equal('1,000');
    expect(formatNumber(2.5, {}, 'de')).to.equal('2,5');
    expect(formatNumber(5, {style: 'percent'}, 'fr'), 'options go to Intl').to.equal(new Intl.NumberFormat('fr', {style: 'percent'}).format(5));
  });
});

describe('formatList()', () => {
  it("joins with each language's own word for \"and\", not a comma everywhere", () => {
    const items = ['A', 'B', 'C'];
    expect(formatList(items, 'en')).to.equal('A, B, and C');
    expect(formatList(items, 'es')).to.equal('A, B y C');
    expect(formatList(items, 'fr')).to.equal('A, B et C');
    expect(formatList(items, 'de'), 'the cached English list format is not used for German').to.equal('A, B und C');
    expect(formatList(['A'], 'de')).to.equal('A');
  });
});

describe('rovingIndex()', () => {
  const key = (k: string, mods: KeyboardEventInit = {}) => new KeyboardEvent('keydown', {key: k, ...mods});
  it('moves along a row with the arrows, wrapping round, and jumps with Home and End', () => {
    expect(rovingIndex(key('ArrowRight'), 0, 4, false)).to.equal(1);
    expect(rovingIndex(key('ArrowLeft'), 0, 4, false), 'wraps round').to.equal(3);
    expect(rovingIndex(key('ArrowRight'), 3, 4, false)).to.equal(0);
    expect(rovingIndex(key('Home'), 2, 4, false)).to.equal(0);
    expect(rovingIndex(key('End'), 0, 4, false)).to.equal(3);
  });
  it('mirrors left and right on a right-to-left page', () => {
    expect(rovingIndex(key('ArrowRight'), 1, 4, true)).to.equal(0);
    expect(rovingIndex(key('ArrowLeft'), 1, 4, true)).to.equal(2);
  });
  it('takes up and down only in a radio group, and leaves the browser its own keys', () => {
    expect(rovingIndex(key('ArrowDown'), 0, 2, false), 'a toolbar leaves them to the page').to.equal(null);
    expect(rovingIndex(key('ArrowDown'), 0, 2, true, true), 'not mirrored').to.equal(1);
    expect(rovingIndex(key('ArrowUp'), 0, 2, false, true)).to.equal(1);
    expect(rovingIndex(key('ArrowRight', {altKey: true}), 0, 4, false), 'Alt+arrow is Back and Forward').to.equal(null);
    expect(rovingIndex(key('End', {ctrlKey: true}), 0, 4, false)).to.equal(null);
    expect(rovingIndex(key('Enter'), 0, 4, false)).to.equal(null);
    expect(rovingIndex(key('ArrowRight'), -1, 4, false), 'not in the row').to.equal(null);
  });
});

describe('toJson()', () => {
  it('writes nested arrays as arrays when the page gave Array.prototype a toJSON (Prototype.js)', () => {
    const value = {shoes: [{runs: [[1, 2]], name: 'A'}], at: new Date(0)};
    const expected = JSON.stringify(value);
    Object.defineProperty(Array.prototype, 'toJSON', {configurable: true, writable: true, value: function (this: unknown[]) {
      return `[${this.map((v) => JSON.stringify(v)).join(', ')}]`;
    }});
    let written: string;
    try {
      expect(JSON.stringify(value), 'the page really does break JSON.stringify').to.not.equal(expected);
      written = toJson(value);
    } finally {
      delete (Array.prototype as {toJSON?: unknown}).toJSON;
    }
    expect(written, 'and a Date still uses its own toJSON').to.equal(expected);
    expect(toJson([1], 2)).to.equal('[\n  1\n]');
  });
});

describe('citations', () => {
  it('mark the articles’ own titles as English, so a screen reader reads them in an English voice on any page', () => {
    const box = document.createElement('div');
    render(renderSourceList([...sourceIds]), box);
    const cites = [...box.querySelectorAll('cite')];
    expect(cites.length).to.be.above(5);
    for (const c of cites) expect(c.lang, c.textContent!).to.equal('en');
  });

  it('tell screen readers that a link opens a new tab, in every widget', async () => {
    let links = 0;
    for (const w of widgets) {
      for (const state of w.states) {
        const el = create(w.tag, state);
        document.body.append(el);
        try {
          await settled(el);
          for (const a of el.shadowRoot!.querySelectorAll('a')) {
            if (a.target !== '_blank') continue;
            links++;
            expect(a.querySelector('.sr-only')?.textContent, `<${w.tag}> ${a.textContent}`).to.contain('(opens in a new tab)');
            expect(a.relList.contains('noopener'), a.textContent!).to.equal(true);
          }
        } finally {
          el.remove();
        }
      }
    }
    expect(links, 'links to sources were checked').to.be.above(5);
  });
});

describe('shared tokens', () => {
  // Each token, a value to set, and where that value should show in the widget's shadow tree.
  const tokens: Array<[token: string, value: string, shows: (cs: CSSStyleDeclaration) => string[]]> = [
    ['--kw-gap', '2.5em', (cs) => [cs.rowGap]],
    ['--kw-accent', 'rgb(1, 2, 3)', (cs) => [cs.color, cs.backgroundColor, cs.borderInlineStartColor, cs.borderTopColor, cs.fill]],
    ['--kw-text', 'rgb(4, 5, 6)', (cs) => [cs.color]],
    ['--kw-surface', 'rgb(7, 8, 9)', (cs) => [cs.backgroundColor]],
    ['--kw-border', 'rgb(10, 11, 12)', (cs) => [cs.borderTopColor]],
  ];
  const everything = (el: HTMLElement) => [el, ...el.shadowRoot!.querySelectorAll<Element>('*')];

  for (const w of widgets) {
    it(`reach <${w.tag}>`, async () => {
      const el = create(w.tag, w.states[0]);
      document.body.append(el);
      try {
        await settled(el);
        for (const [token, value, shows] of tokens) {
          const read = () => everything(el).map((e) => shows(getComputedStyle(e)).join(' '));
          const before = read();
          el.style.setProperty(token, value);
          const after = read();
          el.style.removeProperty(token);
          // A colour shows as itself; a gap may be scaled (three quarters of it between a widget's parts).
          const changed = after.filter((v, i) => v !== before[i] && (token === '--kw-gap' || v.includes(value)));
          expect(changed.length, `${token}: ${value} shows`).to.be.above(0);
        }
        el.style.setProperty('--kw-radius', '3px');
        expect(getComputedStyle(el).borderTopLeftRadius).to.equal('3px');
        el.style.setProperty('--kw-font-size', '21px');
        expect(getComputedStyle(el).fontSize).to.equal('21px');
      } finally {
        el.remove();
      }
    });
  }
});

describe('one wording for one thing, in every widget', () => {
  it('states the overuse figure in the same words in the map, training-load and the tips’ “Build up slowly”', () => {
    const fact = kneeFacts().find((f) => f.sources.includes('taunton-2002'))!.text;
    expect(tipDetails()['build-gradually'].why.startsWith(`${fact} `), tipDetails()['build-gradually'].why).to.equal(true);
  });
});

describe('one look for one kind of control, in every widget', () => {
  it('draws every km/mi or view switch as one pill at the text size: the shoe list’s were two 15px pills', async () => {
    let switches = 0;
    for (const w of widgets) {
      const el = create(w.tag, w.states[0]);
      document.body.append(el);
      try {
        await settled(el);
        for (const group of el.shadowRoot!.querySelectorAll('.segmented')) {
          switches++;
          const [first, ...rest] = [...group.querySelectorAll('button')].map((b) => getComputedStyle(b));
          const last = rest[rest.length - 1];
          const where = `<${w.tag}> ${group.textContent}`;
          expect([first.borderStartEndRadius, first.borderEndEndRadius, last.borderStartStartRadius, last.borderEndStartRadius], where).to.deep.equal(['0px', '0px', '0px', '0px']);
          for (const cs of [first, ...rest]) expect(cs.fontSize, where).to.equal(getComputedStyle(el).fontSize);
        }
      } finally {
        el.remove();
      }
    }
    expect(switches, 'the map’s two, the shoe list’s and training-load’s').to.equal(4);
  });
});

describe('edges the other tests left open (a mutation review)', () => {
  it('takes an exact attribute as written: theme=" dark" falls back, with a warning, as the styles would not match it', () => {
    const warnings = captureWarnings();
    let got: string;
    try {
      got = oneOf({localName: 'x-el'}, 'theme', ' dark', ['auto', 'light', 'dark'] as const, 'auto', true);
    } finally {
      warnings.restore();
    }
    expect(got).to.equal('auto');
    expect(warnings.messages).to.have.length(1);
  });

  it('takes both ends of a whole number\'s range: heading-level 1 and 6', () => {
    const warnings = captureWarnings();
    let got: number[];
    try {
      got = ['1', '6'].map((v) => wholeNumber({localName: 'x-el'}, 'heading-level', v, {min: 1, max: 6, fallback: 2}, 'is not 1–6'));
    } finally {
      warnings.restore();
    }
    expect(got).to.deep.equal([1, 6]);
    expect(warnings.messages).to.deep.equal([]);
  });

  it('writes a range whose ends show alike as one figure', () => {
    expect(formatRange(10, 10.01, 'km')).to.equal('10\u00a0km');
  });

  it('writes a range in whole units, rounded inwards, where one is left', () => {
    expect(formatRange(21.7, 24.8, 'km'), 'a plan a runner can follow, inside the advice').to.equal('22–24\u00a0km');
    expect(formatRange(21.7, 24.8, 'km', true)).to.equal('22 to 24\u00a0kilometers');
    // 30 to 40 km in miles is 18.64 to 24.85: rounded in miles, not in km.
    expect(formatRange(30, 40, 'mi')).to.equal('19–24\u00a0mi');
    expect(formatRange(300 * 1.609344, 500 * 1.609344, 'mi'), 'whole numbers stay as they are').to.equal('300–500\u00a0mi');
    expect(formatRange(3.1, 4.2, 'km'), 'decimals where whole numbers would leave no range').to.equal('3.1–4.2\u00a0km');
    expect(formatRange(6.4, 8.4, 'km'), 'a range of 2 units or more').to.equal('7–8\u00a0km');
    // 43 and 49 miles come back from km as 43.00000000000001 and 48.99999999999999: whole miles stay whole
    // (rounded inwards with no allowance, "44–48 mi" under a cap at this week's 49).
    expect(formatRange(toKm(43, 'mi'), toKm(49, 'mi'), 'mi')).to.equal('43–49\u00a0mi');
  });

  it('takes 1900-01-01 as the first day', () => {
    expect(isDay('1900-01-01')).to.equal(true);
    expect(isDay('1899-12-31')).to.equal(false);
  });

  it('warns for a second clash with another copy later on, naming only its own tag', async () => {
    customElements.define('kw-clash-a', class extends HTMLElement {});
    customElements.define('kw-clash-b', class extends HTMLElement {});
    const tick = () => new Promise((r) => setTimeout(r, 0));
    const warnings = captureWarnings();
    try {
      define('kw-clash-a', class extends HTMLElement {});
      await tick();
      define('kw-clash-b', class extends HTMLElement {});
      await tick();
    } finally {
      warnings.restore();
    }
    expect(warnings.messages).to.have.length(2);
    expect(warnings.messages[1]).to.contain('<kw-clash-b>').and.not.contain('<kw-clash-a>');
  });

  it('numbers the steps of an ordered list (<ol>), and bullets the others', () => {
    const div = document.createElement('div');
    render(bulletList(['one', 'two'], true), div);
    expect(div.querySelector('ol.bullets')?.children).to.have.length(2);
    render(bulletList(['one', 'two']), div);
    expect(div.querySelector('ol')).to.equal(null);
    expect(div.querySelector('ul.bullets')?.children).to.have.length(2);
  });
});

/**
 * scrollArea(): what a widget scrolls to bring something into view, in the containers pages put widgets
 * in (a review of a diff found each of these cases picking the wrong box). Built with the DOM and
 * element.style: the project's lint keeps inline style attributes out of templates.
 */
describe('scrollArea()', () => {
  const made: Element[] = [];
  const box = (styles: Partial<CSSStyleDeclaration>, parent: Element | ShadowRoot = document.body, tag = 'div'): HTMLElement => {
    const el = document.createElement(tag);
    Object.assign(el.style, styles);
    parent.append(el);
    if (parent === document.body) made.push(el);
    return el;
  };
  afterEach(() => made.splice(0).forEach((el) => el.remove()));

  /** `test` with `html` and `body` styles on the page, put back after. */
  const onPage = (html: Partial<CSSStyleDeclaration>, body: Partial<CSSStyleDeclaration>, test: () => void): void => {
    const before = [document.documentElement.style.cssText, document.body.style.cssText];
    try {
      Object.assign(document.documentElement.style, html);
      Object.assign(document.body.style, body);
      test();
    } finally {
      [document.documentElement.style.cssText, document.body.style.cssText] = before as [string, string];
    }
  };

  /** A theme's wrapper with `overflow-x: hidden` around a child `height` tall, which makes it scroll a few pixels: the child. */
  const inThemeWrapper = (height: number): {wrapper: HTMLElement; child: HTMLElement} => {
    const wrapper = box({overflowX: 'hidden', position: 'relative'});
    const child = box({height: `${height}px`}, wrapper);
    box({position: 'absolute', bottom: '-3px', height: '3px', width: '10px'}, wrapper);
    expect(wrapper.scrollHeight > wrapper.clientHeight, 'the case this is for: the wrapper scrolls a little').to.equal(true);
    return {wrapper, child};
  };

  it('finds a panel in the shadow root of a component the widget is slotted into', () => {
    const host = box({});
    const panel = box({height: '200px', overflow: 'auto'}, host.attachShadow({mode: 'open'}));
    panel.append(document.createElement('slot'));
    const child = box({height: '1000px'}, host);
    expect(scrollArea(child).box === panel, 'the panel in the shadow root').to.equal(true);
  });

  it('takes a theme wrapper as tall as the window, with overflow-x: hidden and a little overflow, for the page', () => {
    const {child} = inThemeWrapper(innerHeight + 200);
    expect(scrollArea(child).box === document.scrollingElement, 'the page').to.equal(true);
  });

  it('takes a theme wrapper exactly as tall as the window for the page, where the page scrolls on past it', () => {
    const {child} = inThemeWrapper(innerHeight);
    box({height: '500px'});
    expect(document.documentElement.scrollHeight, 'the case this is for: the page scrolls').to.be.above(innerHeight);
    expect(scrollArea(child).box === document.scrollingElement, 'the page').to.equal(true);
  });

  /** `<html>` keeps its overflow and `<body>` scrolls. */
  const bodyScrolls = (test: () => void) => onPage({overflow: 'hidden', height: '100%'}, {overflow: 'auto', height: '100%', margin: '0'}, test);

  it('takes <body> for the page where <html> keeps its overflow and the body scrolls', () =>
    bodyScrolls(() => {
      const child = box({height: `${innerHeight * 3}px`});
      expect(scrollArea(child).box === document.body).to.equal(true);
    }));

  it("takes an app's shell, a wrapper as tall as the window that scrolls while the page can't", () =>
    onPage({height: '100%'}, {height: '100%', margin: '0'}, () => {
      const shell = box({height: '100%', overflowY: 'auto'});
      const child = box({height: `${innerHeight * 3}px`}, shell);
      expect(document.documentElement.scrollHeight, 'the case this is for: the page does not scroll').to.be.at.most(innerHeight);
      expect(scrollArea(child).box === shell).to.equal(true);
    }));

  it('takes <body> where it scrolls, past a theme\'s wrapper that scrolls a pixel, though the window can\'t', () =>
    bodyScrolls(() => {
      const {child} = inThemeWrapper(innerHeight * 3);
      expect(scrollArea(child).box === document.body).to.equal(true);
    }));

  it('stops at a fixed box (a modal dialog) that does not scroll, so the page behind stays', () => {
    const fixed = box({position: 'fixed', top: '0', height: '300px'});
    const child = box({height: '100px'}, fixed);
    expect(scrollArea(child).box === fixed).to.equal(true);
  });

  it('stops at an open modal dialog and an open popover, which the browser places fixed, so the page behind stays', () => {
    const dialog = document.body.appendChild(document.createElement('dialog'));
    const popover = document.body.appendChild(Object.assign(document.createElement('div'), {popover: 'auto'}));
    try {
      dialog.showModal();
      expect(scrollArea(box({height: '100px'}, dialog)).box === dialog, 'a modal dialog').to.equal(true);
      dialog.close();
      popover.showPopover();
      expect(scrollArea(box({height: '100px'}, popover)).box === popover, 'a popover').to.equal(true);
    } finally {
      dialog.remove();
      popover.remove();
    }
  });

  it('leaves out the scroll padding a page gives for its sticky header and bottom bar', () => {
    const style = document.documentElement.style.cssText;
    try {
      Object.assign(document.documentElement.style, {scrollPaddingTop: '72px', scrollPaddingBottom: '40px'});
      const {top, bottom} = scrollArea(box({height: '10px'}));
      expect([top, bottom]).to.deep.equal([72, innerHeight - 40]);
    } finally {
      document.documentElement.style.cssText = style;
    }
  });
});
