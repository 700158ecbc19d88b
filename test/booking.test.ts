import {expect, fixture} from '@open-wc/testing';
import '../src/knee-map/knee-map.js';
import '../src/recovery-tips/recovery-tips.js';
import '../src/training-load/training-load.js';
import {setLocale} from '../src/shared/locale.js';
import {captureWarnings} from './helpers.js';
import {bookingInBox, settled} from './widgets.js';
import type {KneeWidgetsCtaEvent} from '../src/shared/advice.js';

/**
 * The page's booking link (`cta-href`, `cta-label`) in the "when to see a professional" box of the
 * widgets that always show one. (The pain check's link waits for a result: see its own tests.)
 */
/** The widget with `attributes`; training-load keeps nothing (storage="none"). */
async function make(tag: string, attributes: string): Promise<HTMLElement> {
  const extra = tag === 'training-load' ? ' storage="none"' : '';
  return fixture<HTMLElement>(`<${tag} ${attributes}${extra}></${tag}>`);
}

const link = (el: Element) => el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="professional"] a[part="cta"]');

for (const tag of bookingInBox) {
  describe(`<${tag}> booking link`, () => {
    const safe = ['https://clinic.example/book', 'http://clinic.example/', 'mailto:desk@clinic.example', 'tel:+15551234567'];
    for (const href of safe) {
      it(`shows ${href} in the professional box, in the page's words`, async () => {
        const el = await make(tag, `cta-href="${href}" cta-label="Book now"`);
        expect(link(el)!.href).to.equal(new URL(href).href);
        expect(link(el)!.textContent!.trim()).to.equal('Book now');
        await expect(el).to.be.accessible();
      });
    }

    const unsafe = ['javascript:alert(1)', ' JAVASCRIPT:alert(1)', 'data:text/html,<b>x</b>', 'vbscript:msgbox(1)'];
    for (const href of unsafe) {
      it(`drops ${JSON.stringify(href)} with one warning`, async () => {
        const warnings = captureWarnings();
        let el: HTMLElement;
        try {
          el = await make(tag, `cta-href="${href}"`);
          (el as HTMLElement & {requestUpdate(): void}).requestUpdate();
          await settled(el);
        } finally {
          warnings.restore();
        }
        expect(link(el) === null, 'no link').to.equal(true);
        expect(el.shadowRoot!.querySelector('a[href^="javascript"], a[href^="data"], a[href^="vbscript"]') === null).to.equal(true);
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0]).to.contain(`<${tag}> cta-href=`);
      });
    }

    it('has no link without cta-href, and a translated label without cta-label', async () => {
      const plain = await make(tag, '');
      expect(link(plain) === null).to.equal(true);
      const el = await make(tag, 'cta-href="https://clinic.example/"');
      expect(link(el)!.textContent!.trim()).to.equal('Book an assessment');
      try {
        await setLocale('de');
        await settled(el);
        expect(link(el)!.textContent!.trim()).to.equal('Untersuchung buchen');
      } finally {
        await setLocale(null);
      }
    });

    it('follows cta-href set later, and drops the link when it is removed', async () => {
      const el = await make(tag, '');
      el.setAttribute('cta-href', 'https://clinic.example/book');
      await settled(el);
      expect(link(el)!.href).to.equal('https://clinic.example/book');
      el.removeAttribute('cta-href');
      await settled(el);
      expect(link(el) === null).to.equal(true);
    });

    it('tells the page the reader followed the link, and lets the page take over', async () => {
      const el = await make(tag, 'cta-href="https://clinic.example/book"');
      const heard: string[] = [];
      let takeOver = false;
      const onCta = (e: KneeWidgetsCtaEvent) => {
        heard.push(e.detail.href);
        if (takeOver) e.preventDefault();
      };
      // Whether the browser would follow the link, seen as the click reaches the page (which then stops it).
      const followed: boolean[] = [];
      const onClick = (e: Event) => {
        followed.push(!e.defaultPrevented);
        e.preventDefault();
      };
      document.addEventListener('knee-widgets-cta', onCta);
      document.addEventListener('click', onClick);
      try {
        link(el)!.click();
        expect(heard).to.deep.equal(['https://clinic.example/book']);
        // The clinic opens its own booking pop-up instead.
        takeOver = true;
        link(el)!.click();
        expect(heard).to.have.length(2);
        expect(followed, 'followed, then not').to.deep.equal([true, false]);
        // A middle click opens it in a new tab; a right click only opens the menu.
        const press = (button: number) => link(el)!.dispatchEvent(new MouseEvent('auxclick', {button, bubbles: true, composed: true, cancelable: true}));
        expect(press(1), 'the page took over the middle click too').to.equal(false);
        press(2);
        expect(heard).to.have.length(3);
      } finally {
        document.removeEventListener('knee-widgets-cta', onCta);
        document.removeEventListener('click', onClick);
      }
    });
  });
}

describe('the "when to see a professional" box', () => {
  it('is spaced alike in every widget that always shows it, its sources and link included', async () => {
    const layouts = new Set<string>();
    for (const tag of bookingInBox) {
      const el = await make(tag, 'cta-href="https://clinic.example/book"');
      const box = el.shadowRoot!.querySelector<HTMLElement>('[part="professional"]')!;
      const style = getComputedStyle(box);
      expect(style.display, tag).to.equal('grid');
      expect(box.querySelector('.sources'), `${tag}: its sources`).to.not.equal(null);
      layouts.add(`${style.rowGap} ${style.justifyItems} ${getComputedStyle(box.querySelector('ul')!).margin}`);
    }
    expect([...layouts]).to.have.length(1);
  });
});
