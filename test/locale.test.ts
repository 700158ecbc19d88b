import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import '../src/knee-map/knee-map.js';
import type {KneeMap} from '../src/knee-map/knee-map.js';
import {getLocale, setLocale} from '../src/shared/locale.js';
import {formatDistance, defaultUnit, toKm, fromKm, typedDistance} from '../src/shared/units.js';
import {formatNumber} from '../src/shared/format.js';
import {parseNumber} from '../src/shared/parse.js';
import {LOADING, updatedIn} from './helpers.js';

const title = (el: KneeMap) => el.shadowRoot!.querySelector('.title')!.textContent!.trim();

describe('locale', () => {
  afterEach(async () => {
    await setLocale(null);
    document.documentElement.lang = 'en';
    await waitUntil(() => getLocale() === 'en', 'locale loaded', LOADING);
  });

  it('follows <html lang> live, regional tags included, and falls back to English', async () => {
    const el = await fixture<KneeMap>(html`<knee-map></knee-map>`);
    expect(title(el)).to.equal('Where does your knee hurt?');
    const seen: Record<string, string> = {};
    for (const lang of ['es-MX', 'fr-CA', 'de', 'pt-BR']) {
      document.documentElement.lang = lang;
      const expected = lang === 'pt-BR' ? 'en' : lang.slice(0, 2);
      await waitUntil(() => getLocale() === expected, `locale ${expected}`, LOADING);
      await el.updateComplete;
      seen[lang] = title(el);
      expect(el.shadowRoot!.querySelector('.root')!.getAttribute('lang')).to.equal(expected);
    }
    expect(new Set(Object.values(seen)).size, JSON.stringify(seen)).to.equal(4);
    expect(seen['pt-BR']).to.equal('Where does your knee hurt?');
  });

  it('ends in the last language asked for when the page switches quickly', async () => {
    const el = await fixture<KneeMap>(html`<knee-map></knee-map>`);
    const english = title(el);
    document.documentElement.lang = 'de';
    await Promise.resolve();
    document.documentElement.lang = 'en';
    // Give the German chunk time to arrive: it must not win.
    await new Promise((r) => setTimeout(r, 300));
    await el.updateComplete;
    expect(getLocale()).to.equal('en');
    expect(title(el)).to.equal(english);
  });

  it('lets setLocale() override the page, and setLocale(null) return to it', async () => {
    const el = await fixture<KneeMap>(html`<knee-map region="outer"></knee-map>`);
    await setLocale('de');
    await el.updateComplete;
    const german = title(el);
    expect(german).to.not.equal('Where does your knee hurt?');
    document.documentElement.lang = 'es';
    await new Promise((r) => setTimeout(r, 50));
    expect(getLocale(), 'the override wins over the page').to.equal('de');
    await setLocale(null);
    await el.updateComplete;
    expect(getLocale()).to.equal('es');
    expect(title(el)).to.not.equal(german);
  });

  it('takes setLocale() with no argument as setLocale(null): the page language again', async () => {
    await setLocale('de');
    document.documentElement.lang = 'fr';
    await setLocale();
    await waitUntil(() => getLocale() === 'fr', 'follows <html lang> again', LOADING);
    expect(getLocale()).to.equal('fr');
  });

  it('translates the content, not only the interface', async () => {
    const el = await fixture<KneeMap>(html`<knee-map region="outer"></knee-map>`);
    const english = el.shadowRoot!.querySelector('.condition .summary')!.textContent;
    await setLocale('fr');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.condition .summary')!.textContent).to.not.equal(english);
  });

  it("writes a source's title after its citation with the language's colon (French: a no-break space before it)", async () => {
    const el = await fixture<KneeMap>(html`<knee-map region="outer"></knee-map>`);
    el.shadowRoot!.querySelector<HTMLButtonElement>('.condition .toggle')!.click();
    const cited = () => el.shadowRoot!.querySelector('.sources li')?.textContent ?? '';
    await waitUntil(() => cited(), 'the details are shown', LOADING);
    expect(cited()).to.match(/\S: \S/);
    await setLocale('fr');
    await waitUntil(() => /\u00a0/.test(cited()), 'French', LOADING).catch(() => undefined);
    expect(cited()).to.match(/\S\u00a0: \S/);
  });

  // The month is a message ("December 2026"), for no Intl formatter at first render: held here to what
  // Intl writes for CONTENT_UPDATED, in every language, so that it moves on with it.
  it('says when the content last changed, the month as each language writes it', async () => {
    const el = await fixture<KneeMap>(html`<knee-map></knee-map>`);
    const disclaimer = () => el.shadowRoot!.querySelector('[part="disclaimer"]')!.textContent!.trim();
    for (const locale of ['en', 'es', 'fr', 'de']) {
      await setLocale(locale);
      await el.updateComplete;
      await waitUntil(() => disclaimer().endsWith(` ${updatedIn(locale)}.`), `${locale}: ${disclaimer()}`, LOADING);
    }
  });
});

describe('numbers and units', () => {
  it('formats numbers and distances with Intl in the given locale', () => {
    expect(formatNumber(1234.56, {}, 'en')).to.equal('1,234.6');
    expect(formatNumber(1234.56, {}, 'de')).to.equal('1.234,6');
    expect(formatNumber(NaN)).to.equal('–');
    expect(formatNumber(Infinity)).to.equal('–');
    expect(formatDistance(10, 'km')).to.match(/^10\s?km$/);
  });

  it('keeps a distance and its unit on one line in every language', async () => {
    const seen: string[] = [];
    try {
      for (const lang of ['en', 'es', 'fr', 'de']) {
        await setLocale(lang);
        for (const [km, unit, long] of [[1287.5, 'km', false], [804.7, 'mi', false], [804.7, 'mi', true]] as const) {
          const shown = formatDistance(km, unit, long ? {unitDisplay: 'long'} : {});
          expect(shown, `${lang} ${shown}`).to.match(/\d/);
          if (/[ \t\n]/.test(shown)) seen.push(`${lang}: ${shown}`);
        }
      }
    } finally {
      await setLocale(null);
    }
    expect(seen, 'a breaking space in').to.deep.equal([]);
  });

  it('parses a decimal comma or dot in any language, and nothing ambiguous', () => {
    expect(parseNumber('12,5', 'de')).to.equal(12.5);
    expect(parseNumber('12.5', 'de')).to.equal(12.5);
    expect(parseNumber(' 12.5 ', 'en')).to.equal(12.5);
    // A phone's decimal pad may offer only the comma of the reader's region, on an English page too.
    expect(parseNumber('12,5', 'en')).to.equal(12.5);
    expect(parseNumber('8,25', 'en')).to.equal(8.25);
    expect(parseNumber(',5', 'en')).to.equal(0.5);
    expect(parseNumber('0,500', 'en'), 'never a thousand').to.equal(0.5);
    expect(parseNumber('0.500', 'de')).to.equal(0.5);
    // Where "," groups thousands, "1,000" is ambiguous: refused, never read as 1.
    for (const bad of ['1,000', '12,345', '1,200,000', '1,2.5', '100,000', '-1,000']) expect(parseNumber(bad, 'en'), bad).to.be.NaN;
    expect(parseNumber('1,000', 'de'), 'a decimal comma where "." groups').to.equal(1);
    for (const bad of ['', ' ', 'abc', '1.2.3', '1e5', '--1', '1,2,3', 'Infinity']) expect(parseNumber(bad, 'fr'), bad).to.be.NaN;
    // Where "." groups thousands, "1.000" and "1.200" are ambiguous: refused, never read as 1 or 1.2.
    // And in French, which groups with a space but may see a dot typed for one (its decimal point is ","):
    // "1.000" was read as 1 there.
    for (const locale of ['de', 'es', 'fr']) {
      expect(parseNumber('1.000', locale), locale).to.be.NaN;
      expect(parseNumber('1.200.000', locale), locale).to.be.NaN;
      // Three digits before the mark, and a minus, are no way round it.
      for (const bad of ['100.000', '-1.000']) expect(parseNumber(bad, locale), `${bad} ${locale}`).to.be.NaN;
      expect(parseNumber('1.25', locale), locale).to.equal(1.25);
      expect(parseNumber('1000', locale), locale).to.equal(1000);
    }
    expect(parseNumber('1.000', 'en')).to.equal(1);
    expect(parseNumber('1,000', 'fr'), 'a decimal comma where a space groups').to.equal(1);
    expect(parseNumber('1 000', 'fr')).to.equal(1000);
  });

  it('reads a distance typed with its field\'s unit, and says when it names the other unit', () => {
    for (const typed of ['20', '20km', '20 km', '20 KM.', '20 kms', '20 kilometers', '20 kilometres', '20 kilómetros', '20 kilomètres', '20 Kilometer', '20 Kilometern'])
      expect(typedDistance(typed, 'km', 'en'), typed).to.equal(20);
    for (const typed of ['12.5', '12.5mi', ' 12.5 mi ', '12.5 miles', '1 mile', '12.5 millas', '12.5 Meilen', '12.5 milles'])
      expect(typedDistance(typed, 'mi', 'en'), typed).to.equal(typed.trim().startsWith('1 ') ? 1 : 12.5);
    expect(typedDistance('12,5 km', 'km', 'de')).to.equal(12.5);
    for (const [typed, unit] of [['20 km', 'mi'], ['20km', 'mi'], ['20 Kilometer', 'mi'], ['12 mi', 'km'], ['12 miles', 'km'], ['3 Meilen', 'km']] as const)
      expect(typedDistance(typed, unit, 'en'), `${typed} in a ${unit} field`).to.equal('other-unit');
    for (const typed of ['km', 'twenty km', '20 m', '20 kmh', '20 km 5']) expect(typedDistance(typed, 'km', 'en'), typed).to.be.NaN;
  });

  it('reads the digits of an Arabic or a Persian keyboard, which are numbers to the reader too', () => {
    // An English widget on an Arabic or Persian site, typed on the reader's own keyboard, with its own
    // decimal separator (U+066B): all were "Enter a number, like 12.5".
    for (const [typed, unit, expected] of [
      ['\u0662\u0665', 'km', 25],
      ['\u0661\u0662\u066b\u0665', 'km', 12.5],
      ['\u0660\u066b\u0665\u0660\u0660', 'mi', 0.5],
      ['\u06f2\u06f5 km', 'km', 25],
      ['\u06f1\u06f0\u066b\u06f5 mi', 'mi', 10.5],
      ['\u06f8,\u06f2\u06f5', 'mi', 8.25],
    ] as const)
      for (const locale of ['en', 'de']) expect(typedDistance(typed, unit, locale), `${typed} (${locale})`).to.equal(expected);
    expect(typedDistance('\u0662\u0665 mi', 'km', 'en'), 'with the other unit').to.equal('other-unit');
    expect(typedDistance('-\u0663', 'km', 'en'), 'negative, so its own error').to.equal(-3);
    // Thousands are refused as they are in ASCII.
    expect(parseNumber('\u0661,\u0660\u0660\u0660', 'en')).to.be.NaN;
    expect(parseNumber('\u0661\u066b\u0660\u0660\u0660\u066b\u0660\u0660\u0660', 'en')).to.be.NaN;
  });

  it('converts miles and kilometres back and forth without drift', () => {
    for (const v of [0, 0.1, 5, 13.1, 26.2, 500, 1234.5678]) {
      expect(fromKm(toKm(v, 'mi'), 'mi')).to.be.closeTo(v, 1e-9);
      expect(toKm(v, 'km')).to.equal(v);
    }
    expect(toKm(500, 'mi')).to.be.closeTo(804.672, 1e-9);
  });

  it('picks miles for US and UK English, kilometres otherwise', () => {
    expect(defaultUnit('en-US')).to.equal('mi');
    expect(defaultUnit('en-GB')).to.equal('mi');
    expect(defaultUnit('en')).to.equal('mi');
    for (const tag of ['en-AU', 'es', 'fr-FR', 'de-DE', '', null]) expect(defaultUnit(tag), String(tag)).to.equal('km');
  });
});

describe('parseNumber() spaces', () => {
  it('drops spaces inside a number, as French writes thousands ("1 000,5", with a plain or a narrow space)', () => {
    expect(parseNumber('1 000,5', 'fr')).to.equal(1000.5);
    expect(parseNumber('1\u202f000,5', 'fr')).to.equal(1000.5);
  });
});
