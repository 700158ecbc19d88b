import {expect, fixture, html} from '@open-wc/testing';
import '../src/index.js';
import {nextFrame} from './helpers.js';

/** A clinic's page with all five widgets, as the README's full example has them. */
async function allFive(): Promise<HTMLElement> {
  const page = await fixture<HTMLElement>(html`<main>
    <knee-map region="outer"></knee-map>
    <knee-pain-check></knee-pain-check>
    <recovery-tips></recovery-tips>
    <training-load storage="none"></training-load>
    <shoe-mileage storage="none"></shoe-mileage>
  </main>`);
  await Promise.all([...page.children].map((el) => (el as HTMLElement & {updateComplete: Promise<unknown>}).updateComplete));
  await nextFrame();
  return page;
}

/** Every heading a screen reader lists, with its level, across the widgets' shadow roots. */
function headings(page: HTMLElement): string[] {
  return [...page.children].flatMap((el) =>
    [...el.shadowRoot!.querySelectorAll('[role="heading"]')]
      .filter((h) => !h.closest('[hidden]'))
      .map((h) => `${h.getAttribute('aria-level')} ${h.textContent!.replace(/\s+/g, ' ').trim()}`),
  );
}

describe('a page with every widget', () => {
  it('has no two widget titles or questions alike in its list of headings', async () => {
    const page = await allFive();
    const list = headings(page).map((h) => h.slice(h.indexOf(' ') + 1));
    // The map's title and the check's first question were once the same words.
    const titles = [...page.children].map((el) => el.shadowRoot!.querySelector('[part="title"], .title')!.textContent!.trim());
    expect(new Set(titles).size, titles.join(' | ')).to.equal(5);
    for (const t of titles) expect(list.filter((h) => h === t), t).to.have.length(1);
  });

  it('is accessible as a whole: landmarks and ids do not clash between widgets', async () => {
    const page = await allFive();
    await expect(page).to.be.accessible();
  });
});
