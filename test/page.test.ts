import {expect, fixture, html} from '@open-wc/testing';
import {sendKeys, sendMouse} from '@web/test-runner-commands';
import '../src/index.js';
import {contrast, nextFrame, onPhone, paintedBehind, shiftTab} from './helpers.js';

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

/** Calls `check` on each show-more toggle in sight, at a phone's width and a wide one; returns how many. */
async function eachToggle(page: HTMLElement, check: (toggle: HTMLElement, name: string) => void): Promise<number> {
  let toggles = 0;
  for (const width of ['340px', '1100px']) {
    page.style.width = width;
    await nextFrame();
    for (const el of page.children) {
      for (const t of el.shadowRoot!.querySelectorAll<HTMLElement>('.toggle')) {
        if (!t.offsetParent) continue;
        toggles++;
        check(t, `${el.localName} "${t.textContent!.trim().slice(0, 20)}" at ${width}`);
      }
    }
  }
  return toggles;
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

  it('lets a screen reader jump to "When to see a professional" by heading, in the outline of each widget that gives advice', async () => {
    const page = await allFive();
    const advising = [...page.children].filter((el) => el.shadowRoot!.querySelector('.professional'));
    expect(advising.map((el) => el.localName)).to.deep.equal(['knee-map', 'knee-pain-check', 'recovery-tips', 'training-load']);
    for (const el of advising) {
      const title = el.shadowRoot!.querySelector('.professional [role="heading"]');
      expect(title?.textContent?.trim(), el.localName).to.equal('When to see a professional');
      const outline = [...el.shadowRoot!.querySelectorAll('[role="heading"]')].filter((h) => h.getClientRects().length);
      const levels = outline.map((h) => Number(h.getAttribute('aria-level')));
      const at = outline.indexOf(title!);
      expect(levels[at], `${el.localName}: below the widget's title`).to.be.above(levels[0]!);
      expect(levels[at], `${el.localName}: no level skipped`).to.be.at.most(levels[at - 1]! + 1);
    }
  });

  it('keeps every list drawn without bullets a list for VoiceOver (role="list"; Safari drops it otherwise)', async () => {
    const page = await allFive();
    const bare = [...page.children].flatMap((el) =>
      [...el.shadowRoot!.querySelectorAll('ul, ol')]
        .filter((list) => list.getClientRects().length && getComputedStyle(list).listStyleType === 'none')
        .map((list) => `${el.localName} ${list.localName}.${[...list.classList].join('.')}: ${list.getAttribute('role')}`),
    );
    expect(bare.length, 'lists drawn without bullets').to.be.above(2);
    expect(bare.filter((b) => !b.endsWith(': list'))).to.deep.equal([]);
  });

  it('is accessible as a whole: landmarks and ids do not clash between widgets', async () => {
    const page = await allFive();
    await expect(page).to.be.accessible();
  });

  it('keeps the whole focus ring on screen when Tab or Shift+Tab scrolls a control into view', async () => {
    const page = await allFive();
    const start = document.createElement('button');
    start.textContent = 'before';
    const end = document.createElement('button');
    end.textContent = 'after';
    page.before(start);
    page.after(end);
    start.focus();
    try {
      const focused = () => {
        let a = document.activeElement;
        while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
        return a;
      };
      const inWidgets = (a: Element | null) => !!a && a !== start && a !== end && page.contains((a.getRootNode() as ShadowRoot).host ?? a);
      // The ring is 3px wide and 2px out from the control.
      const RING = 5;
      const cut: string[] = [];
      let stops = 0;
      for (const key of ['Tab', 'Shift+Tab']) {
        let pressed = false;
        for (let i = 0; i < 300; i++) {
          if (key === 'Tab') await sendKeys({press: 'Tab'});
          // WebKit's driver can only press keys, not hold one: there only Tab is checked.
          else if (!(await shiftTab())) break;
          pressed = true;
          // As the reader sees it once the page has stopped moving: WebKit's own scroll to a field comes after
          // the key, a frame or more later on a busy machine (CI, three engines on two cores, saw it mid-way).
          await nextFrame();
          const a = focused();
          if (!inWidgets(a)) break;
          stops++;
          for (let frames = 0, top = NaN; frames < 10 && a!.getBoundingClientRect().top !== top; frames++) {
            top = a!.getBoundingClientRect().top;
            await nextFrame();
          }
          const r = a!.getBoundingClientRect();
          if (r.height + 2 * RING > innerHeight) continue;
          const edge = key === 'Tab' ? innerHeight - r.bottom : r.top;
          if (edge < RING) cut.push(`${key} ${(a!.getRootNode() as ShadowRoot).host?.localName} ${a!.localName} "${a!.textContent!.trim().slice(0, 30)}": ${edge.toFixed(1)}px`);
        }
        // Out of the five the other side, not caught in them (a keyboard trap would end the loop at 300).
        if (pressed) expect(focused(), `${key} leaves the widgets for the button ${key === 'Tab' ? 'after' : 'before'} them`).to.equal(key === 'Tab' ? end : start);
      }
      expect(stops, 'tabbed through the widgets').to.be.above(30);
      expect(cut).to.deep.equal([]);
    } finally {
      start.remove();
      end.remove();
    }
  });

  it('gives every show-more toggle, a button or a details summary, the same 2.75em height on one line', async () => {
    const page = await allFive();
    page.style.width = '1100px';
    await nextFrame();
    const heights = [...page.children].flatMap((el) =>
      [...el.shadowRoot!.querySelectorAll<HTMLElement>('.toggle')]
        .filter((t) => t.offsetParent)
        .map((t) => `${el.localName} ${t.localName} "${t.textContent!.trim().slice(0, 20)}": ${t.getBoundingClientRect().height / parseFloat(getComputedStyle(t).fontSize)}em`),
    );
    expect(heights.some((h) => h.includes(' summary ')), 'summaries among them').to.equal(true);
    expect(heights.filter((h) => !h.endsWith(': 2.75em'))).to.deep.equal([]);
  });

  for (const dir of ['ltr', 'rtl']) {
    it(`draws each show-more toggle's focus ring clear of the text around it and inside its card, ${dir}`, async () => {
      // On a right-to-left page the map's, the check's and training-load's toggles stand out at their left.
      const page = await allFive();
      page.dir = dir;
      const clashes: string[] = [];
      let ringShown = 0;
      await sendKeys({press: 'Shift'});
      const toggles = await eachToggle(page, (t, name) => {
        // The ring as focus from the keyboard draws it, where the browser shows it (WebKit's driver never
        // does: there the offset with the shared rule's 3px width).
        t.focus({preventScroll: true});
        const ringStyle = getComputedStyle(t);
        const shown = t.matches(':focus-visible');
        if (shown) ringShown++;
        const reach = parseFloat(ringStyle.outlineOffset) + (shown ? parseFloat(ringStyle.outlineWidth) : 3);
        t.blur();
        const box = t.getBoundingClientRect();
        const ring = {top: box.top - reach, bottom: box.bottom + reach, left: box.left - reach, right: box.right + reach};
        const before = t.previousElementSibling?.getBoundingClientRect();
        const after = t.nextElementSibling?.getBoundingClientRect();
        if (before && ring.top < before.bottom - 0.5) clashes.push(`${name}: ${(before.bottom - ring.top).toFixed(1)}px over what is above`);
        if (after?.height && ring.bottom > after.top + 0.5) clashes.push(`${name}: ${(ring.bottom - after.top).toFixed(1)}px over what is below`);
        const card = t.parentElement!;
        const style = getComputedStyle(card);
        if (parseFloat(style.borderBottomWidth) > 0) {
          const outer = card.getBoundingClientRect();
          const inside =
            ring.top >= outer.top + parseFloat(style.borderTopWidth) - 0.5 &&
            ring.bottom <= outer.bottom - parseFloat(style.borderBottomWidth) + 0.5 &&
            ring.left >= outer.left + parseFloat(style.borderLeftWidth) - 0.5 &&
            ring.right <= outer.right - parseFloat(style.borderRightWidth) + 0.5;
          if (!inside) clashes.push(`${name}: over its card's edge`);
        }
      });
      expect(toggles, 'toggles seen').to.be.at.least(10);
      expect(ringShown === 0 || ringShown === toggles, `a ring on every toggle or none: ${ringShown} of ${toggles}`).to.equal(true);
      expect(clashes).to.deep.equal([]);
    });
  }

  for (const dir of ['ltr', 'rtl']) {
    it(`starts each show-more toggle's arrow and text where the text of its box starts, ${dir}`, async () => {
      // The toggle stands out 5px at its start to draw its ring clear of the text (see toggle.styles.ts): its
      // padding gives those 5px back, so its arrow and label stay in line with the text above and below it.
      // On a right-to-left page the English text starts at the left, and so does each line of a toggle's
      // label, its arrow after it; the tips' cards mirror, and their arrows start at the right.
      const page = await allFive();
      page.dir = dir;
      const off: string[] = [];
      const toggles = await eachToggle(page, (t, name) => {
        const box = t.parentElement!.getBoundingClientRect();
        const style = getComputedStyle(t.parentElement!);
        const left = box.left + parseFloat(style.borderLeftWidth) + parseFloat(style.paddingLeft);
        const right = box.right - parseFloat(style.borderRightWidth) - parseFloat(style.paddingRight);
        // The arrow's own box, not the larger one of its turned square.
        const chevron = t.querySelector<HTMLElement>('.chevron')!;
        const drawn = chevron.getBoundingClientRect();
        const arrow = {left: (drawn.left + drawn.right - chevron.offsetWidth) / 2, right: (drawn.left + drawn.right + chevron.offsetWidth) / 2};
        // Where each line of the words is drawn (the hidden ones left out).
        const lines: DOMRect[] = [];
        const walk = document.createTreeWalker(t, NodeFilter.SHOW_TEXT);
        for (let n = walk.nextNode(); n; n = walk.nextNode()) {
          if (!n.textContent!.trim() || n.parentElement!.closest('.sr-only')) continue;
          const range = document.createRange();
          range.selectNodeContents(n);
          lines.push(...range.getClientRects());
        }
        const gaps =
          dir === 'ltr' ? [arrow.left - left] : t.matches('.more, .tip > *') ? [right - arrow.right] : lines.map((line) => line.left - left);
        for (const gap of gaps) if (Math.abs(gap) > 0.5) off.push(`${name}: ${gap.toFixed(1)}px`);
      });
      expect(toggles, 'toggles seen').to.be.at.least(10);
      expect(off).to.deep.equal([]);
    });
  }

  for (const theme of ['light', 'dark']) {
    it(`draws the edge of each field whose edge is all that shows it at 3:1 or more (WCAG 1.4.11), ${theme}`, async () => {
      const page = await allFive();
      for (const el of page.children) el.setAttribute('theme', theme);
      await nextFrame();
      const edges = [
        ...page.querySelector('training-load')!.shadowRoot!.querySelectorAll('.input'),
        ...page.querySelector('shoe-mileage')!.shadowRoot!.querySelectorAll('input:not([type="checkbox"], [type="file"])'),
      ];
      const check = page.querySelector('knee-pain-check')! as HTMLElement & {updateComplete: Promise<unknown>};
      // The 0–10 scores: their radios are hidden, so each box's edge is the control.
      for (let i = 0; i < 9 && !check.shadowRoot!.querySelector('.num'); i++) {
        const first = check.shadowRoot!.querySelector<HTMLInputElement>('input');
        first!.click();
        check.shadowRoot!.querySelector<HTMLButtonElement>('[part="next"]')!.click();
        await check.updateComplete;
      }
      edges.push(...check.shadowRoot!.querySelectorAll('.num'));
      expect(edges.length, 'fields found in three widgets').to.be.above(10);
      const weak = edges
        .map((e) => [e, contrast(getComputedStyle(e).borderTopColor, paintedBehind(e))] as const)
        .filter(([, c]) => c < 3)
        .map(([e, c]) => `${(e.getRootNode() as ShadowRoot).host.localName} ${e.className || e.localName}: ${c.toFixed(2)}`);
      expect(weak).to.deep.equal([]);
    });
  }

  for (const theme of ['light', 'dark']) {
    it(`rings each radio and checkbox at 3:1 or more, as the browser's own edge can be faint (1.6:1 in WebKitGTK), ${theme}`, async () => {
      const page = await allFive();
      for (const el of page.children) el.setAttribute('theme', theme);
      // A pair's signs of wear, the third widget's checkboxes.
      const shoes = page.querySelector('shoe-mileage') as HTMLElement & {addShoe(s: {name: string}): {id: string}; updateComplete: Promise<unknown>};
      const pair = shoes.addShoe({name: 'Daily trainer'});
      await shoes.updateComplete;
      shoes.shadowRoot!.querySelector<HTMLButtonElement>(`#toggle-${pair.id}-wear`)!.click();
      await shoes.updateComplete;
      await nextFrame();
      const boxes = [...page.children].flatMap((el) =>
        [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"], input[type="checkbox"]')].filter(
          (i) => i.offsetParent && getComputedStyle(i).opacity !== '0',
        ),
      );
      expect(new Set(boxes.map((b) => `${(b.getRootNode() as ShadowRoot).host.localName} ${b.type}`)).size, 'radios and checkboxes in three widgets').to.be.at.least(3);
      const weak = boxes
        .map((b) => {
          const style = getComputedStyle(b);
          const c = style.outlineStyle === 'solid' && parseFloat(style.outlineWidth) >= 1 ? contrast(style.outlineColor, paintedBehind(b)) : 0;
          return [b, c] as const;
        })
        .filter(([, c]) => c < 3)
        .map(([b, c]) => `${(b.getRootNode() as ShadowRoot).host.localName} ${b.type}: ${c.toFixed(2)}`);
      expect(weak).to.deep.equal([]);
    });
  }

  it("keeps each text field's text at 16px or more, so Safari on a phone doesn't zoom into it, and lets it grow", async () => {
    const page = await allFive();
    const shoes = page.querySelector('shoe-mileage')!;
    shoes.addShoe({name: 'Pair'});
    await shoes.updateComplete;
    shoes.shadowRoot!.querySelector<HTMLButtonElement>('.actions .primary')!.click();
    await shoes.updateComplete;
    const sizes = () =>
      [...page.children].flatMap((el) =>
        [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input:not([type="radio"], [type="checkbox"])')]
          .filter((i) => i.offsetParent)
          .map((i) => [`${el.localName} ${i.type} ${i.id}`, parseFloat(getComputedStyle(i).fontSize)] as const),
      );
    for (const [size, least] of [['14px', 16], ['10px', 16], ['20px', 20]] as const) {
      page.style.setProperty('--kw-font-size', size);
      await nextFrame();
      const all = sizes();
      expect(new Set(all.map(([name]) => name.split(' ')[0])), 'fields in training-load and the shoe list').to.have.keys('training-load', 'shoe-mileage');
      expect(all.some(([name]) => name.includes(' date ')), 'a run\'s date among them').to.equal(true);
      expect(all.filter(([, px]) => px < least).map(([name, px]) => `${name}: ${px}px`), `in ${size} text`).to.deep.equal([]);
    }
  });

  it('grows radios and checkboxes with the text around them', async () => {
    const page = await allFive();
    const sizes = () =>
      [...page.children].flatMap((el) =>
        [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"], input[type="checkbox"]')]
          .filter((i) => i.offsetParent && getComputedStyle(i).opacity !== '0')
          .map((i) => [`${el.localName} ${i.type}`, i.getBoundingClientRect().width] as const),
      );
    const before = sizes();
    expect(new Set(before.map(([w]) => w.split(' ')[0])).size, 'in the pain check and training-load').to.be.at.least(2);
    page.style.setProperty('--kw-font-size', '32px');
    await nextFrame();
    const after = sizes();
    const stuck = before.filter(([, w], i) => after[i]![1] < w * 1.5).map(([name, w], i) => `${name}: ${w} → ${after[i]![1]}`);
    expect(stuck).to.deep.equal([]);
  });

  it('keeps every word of a control on one line on a phone with its largest text (360 px, 32 px text)', async function () {
    await onPhone(this, 360, 740, async () => {
      const page = await allFive();
      page.style.setProperty('--kw-font-size', '32px');
      // A wide face, as many phones and blog themes have (the test page's serif is narrow).
      page.style.fontFamily = 'Verdana, "DejaVu Sans", sans-serif';
      await nextFrame();
      // A word split over two lines ("Fron" / "t") has its pieces on two lines: two boxes at two heights.
      const split = [...page.children].flatMap((el) =>
        [...el.shadowRoot!.querySelectorAll('button, summary, label, a, [role="tab"]')]
          .filter((c) => (c as HTMLElement).offsetParent)
          .flatMap((control) => {
            const walker = document.createTreeWalker(control, NodeFilter.SHOW_TEXT);
            const words: string[] = [];
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              for (const m of node.textContent!.matchAll(/\S+/g)) {
                const range = document.createRange();
                range.setStart(node, m.index);
                range.setEnd(node, m.index + m[0].length);
                const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
                if (tops.size > 1) words.push(`${el.localName}: "${m[0]}" in "${control.textContent!.replace(/\s+/g, ' ').trim().slice(0, 40)}"`);
              }
            }
            return words;
          }),
      );
      expect(split).to.deep.equal([]);
    });
  });

  it('keeps the booking link and a date field inside a phone-wide widget at 200% text (300 px, 32 px text)', async () => {
    const wrap = await fixture<HTMLElement>(html`<div>
      <knee-map region="outer" cta-href="https://clinic.example/book"></knee-map>
      <shoe-mileage storage="none"></shoe-mileage>
    </div>`);
    wrap.style.width = '300px';
    wrap.style.setProperty('--kw-font-size', '32px');
    // A wide face, as many phones have (the test page's serif is narrow).
    wrap.style.fontFamily = 'Verdana, "DejaVu Sans", sans-serif';
    const shoes = wrap.querySelector('shoe-mileage')!;
    const shoe = shoes.addShoe({name: 'Pair'})!;
    await shoes.updateComplete;
    shoes.shadowRoot!.querySelector<HTMLButtonElement>(`#toggle-${shoe.id}-log`)!.click();
    await shoes.updateComplete;
    await nextFrame();
    const checked: string[] = [];
    const out = [...wrap.children].flatMap((el) => {
      const edge = el.getBoundingClientRect().right;
      return [...el.shadowRoot!.querySelectorAll('a.cta, input[type="date"]')].flatMap((c) => {
        checked.push(`${el.localName} ${c.className || c.localName}`);
        const right = c.getBoundingClientRect().right;
        return right > edge + 0.5 ? [`${el.localName} ${c.className || c.localName}: ${Math.round(right - edge)} px out`] : [];
      });
    });
    expect(checked.length, 'the link and the date field are there').to.equal(2);
    expect(out).to.deep.equal([]);
  });

  it('leaves the scroll alone for a press on a field and for focus the page asked not to scroll', async () => {
    const page = await allFive();
    const field = page.querySelector('training-load')!.shadowRoot!.querySelector<HTMLInputElement>('input[type="text"]')!;
    const at = (visible: number) => {
      // The field's top `visible` px in the window, or with a negative value that far below it.
      scrollTo(0, 0);
      scrollBy(0, field.getBoundingClientRect().top - innerHeight + visible);
      return scrollY;
    };
    const y = at(10);
    const box = field.getBoundingClientRect();
    await sendMouse({type: 'click', position: [Math.round(box.left + box.width / 2), Math.round(innerHeight - 4)]});
    await nextFrame();
    expect(page.querySelector('training-load')!.shadowRoot!.activeElement === field, 'the press focused it').to.equal(true);
    expect(scrollY, 'a press: the field does not move between press and release').to.equal(y);
    field.blur();
    const far = at(-400);
    field.focus({preventScroll: true});
    await nextFrame();
    expect(scrollY, 'preventScroll is kept').to.equal(far);
    field.blur();
    // Focus gone, the reader's own scroll that brings the field partly into view is left alone too.
    const partly = at(10);
    await nextFrame();
    await nextFrame();
    expect(scrollY, 'no jump after focus has left').to.equal(partly);
    scrollTo(0, 0);
  });

  it('leaves the scroll alone for a focus by a script long after a key was pressed in the widget', async () => {
    // Only a key just pressed makes a focus the keyboard's (see widget.ts). A key typed a while ago, then a
    // click on the page's own button, and the next focus a script moves into the widget is no reader's
    // Tab: it must not scroll. (preventScroll: every engine scrolls a control partly in view for a plain
    // focus() itself; with it, only the widget could move the page.)
    const page = await allFive();
    const menu = document.createElement('button');
    menu.textContent = "The clinic's menu";
    page.before(menu);
    try {
      const load = page.querySelector('training-load')!.shadowRoot!;
      const button = [...load.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.trim() === 'Start a new week')!;
      load.querySelector<HTMLInputElement>('input[type="text"]')!.focus();
      await sendKeys({type: '1'});
      scrollTo(0, 0);
      const box = menu.getBoundingClientRect();
      await sendMouse({type: 'click', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)]});
      await new Promise((resolve) => setTimeout(resolve, 200));
      // The button's top 10 px in the window.
      scrollBy(0, button.getBoundingClientRect().top - innerHeight + 10);
      const y = scrollY;
      button.focus({preventScroll: true});
      await nextFrame();
      await nextFrame();
      expect([load.activeElement === button, button.matches(':focus-visible')], 'the case this is for: focused, and not as by the keyboard').to.deep.equal([true, false]);
      expect(scrollY, 'the page stays where it was').to.equal(y);
    } finally {
      menu.remove();
      scrollTo(0, 0);
    }
  });
});
