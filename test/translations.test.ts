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
      expect(missing, `untranslated in ${locale} (write a <target> after each one's <source> in locales/${locale}.xlf; a changed message's old translation is in \`git diff locales/\`):\n${missing.join('\n')}`).to.deep.equal([]);
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

  /**
   * A range of numbers is written in words ("300 to 500 miles"), in every language: a screen reader at its
   * usual punctuation setting drops the dash and reads "300–500" as "300 500". The shoe list's ranges say so
   * in its code; a tip once wrote the same figures with dashes.
   */
  it('writes no range of numbers with a dash, in any language', async () => {
    const dashed: string[] = [];
    for (const locale of targetLocales) {
      for (const unit of await xliffUnits(locale)) {
        // The English once (from the first file), then each translation.
        const texts = [...(locale === targetLocales[0] ? [unit.getElementsByTagName('source')[0]] : []), unit.getElementsByTagName('target')[0]];
        for (const text of texts) if (text && /\d\s*[–—-]\s*\d/.test(text.textContent!)) dashed.push(`${unit.id}: ${text.textContent}`);
      }
    }
    expect(dashed, `ranges with a dash:\n${dashed.join('\n')}`).to.deep.equal([]);
  });

  /**
   * French typography: a non-breaking space (U+00A0, or the narrow U+202F) before : ; ? ! % and inside
   * « ». An ordinary space lets the "?" or "»" wrap onto a line of its own on a narrow phone; no space at
   * all is the English habit. Placeholders count as words; a time (7:30) or a URL (https://…) is left out.
   */
  it('puts a non-breaking space before : ; ? ! % and inside « » in French', async () => {
    const bad: string[] = [];
    for (const unit of await xliffUnits('fr')) {
      const target = unit.getElementsByTagName('target')[0];
      if (!target) continue;
      const copy = target.cloneNode(true) as Element;
      for (const x of [...copy.getElementsByTagName('x')]) x.replaceWith('{x}');
      const text = copy.textContent!.replace(/\b[a-z][a-z+.-]*:\/\/\S+/gi, '{url}').replace(/\b\d{1,2}:\d{2}\b/g, '{time}');
      const wrong = text.match(/.?(?<![\u00a0\u202f])[:;?!%»]|«(?![\u00a0\u202f]).?/g);
      if (wrong) bad.push(`${unit.id}: ${wrong.map((w) => `"${w}"`).join(', ')} in "${text}"`);
    }
    expect(bad, `French targets without a non-breaking space:\n${bad.join('\n')}`).to.deep.equal([]);
  });
});
