import {expect} from '@open-wc/testing';
import {targetLocales} from '../src/generated/locale-codes.js';
import {xliffUnits} from './helpers.js';

/**
 * Every message extracted from the source (`lit-localize extract`, run by `npm test` first) must have a
 * translation in every target locale, with the same placeholders. A missing one would silently show
 * English in the middle of a Spanish page.
 */
const placeholders = (el: Element | null) =>
  el ? [...el.getElementsByTagName('x')].map((x) => x.getAttribute('equiv-text')).sort() : [];

describe('translations', () => {
  it('has a target locale for each language we promise', () => {
    expect([...targetLocales].sort()).to.deep.equal(['de', 'es', 'fr']);
  });

  for (const locale of targetLocales) {
    it(`translates every message into ${locale}, keeping its placeholders`, async () => {
      const all = await xliffUnits(locale);
      expect(all.length, 'messages extracted').to.be.above(50);
      const missing: string[] = [];
      const broken: string[] = [];
      for (const unit of all) {
        const source = unit.getElementsByTagName('source')[0]!;
        const target = unit.getElementsByTagName('target')[0] ?? null;
        if (!target || target.textContent!.trim() === '') missing.push(`${unit.id}: ${source.textContent}`);
        else if (placeholders(source).join('|') !== placeholders(target).join('|')) broken.push(unit.id);
      }
      expect(missing, `untranslated in ${locale}:\n${missing.join('\n')}`).to.deep.equal([]);
      expect(broken, `placeholders differ in ${locale}`).to.deep.equal([]);
    });
  }

  for (const locale of targetLocales) {
    it(`builds ${locale} text without XML entities (they would show literally, like "&amp;")`, async () => {
      const response = await fetch(`/src/generated/locales/${locale}.ts`);
      expect(response.ok).to.equal(true);
      const text = await response.text();
      expect(text.match(/&(amp|lt|gt|quot|apos|#\d+);/g) ?? []).to.deep.equal([]);
    });
  }
});
