import {expect, waitUntil} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import '../src/index.js';
import {mounted} from './widgets.js';

/**
 * A phone in dark mode whose browser darkens light pages itself (Chrome's dark mode for sites). Each
 * widget decides how to meet it as it is added to the page, and every one again when the reader's setting
 * changes, so this file has a page of its own, darkened before any widget is drawn.
 */
describe('on a light page that the browser darkens itself', () => {
  let darkened = false;
  const darken = (active: boolean) => executeServerCommand<boolean, {active: boolean}>('darken', {active});
  /**
   * Darkening on or off, once the widgets have heard it: their listener on the reader's setting came
   * first, so it has run when this one hears the change.
   */
  const switched = async (active: boolean) => {
    const heard = new Promise((r) => matchMedia('(prefers-color-scheme: dark)').addEventListener('change', r, {once: true}));
    await darken(active);
    await waitUntil(() => heard, 'the reader\'s setting changed', {timeout: 3000});
  };
  const scheme = (el: Element) => getComputedStyle(el).colorScheme;
  before(async () => {
    darkened = (await darken(true)) === true;
  });
  after(async () => {
    document.documentElement.style.removeProperty('--kw-surface');
    await darken(false);
  });

  it('takes its own dark colours and scheme, which the browser leaves as drawn, unless the page asked for light', async function () {
    if (!darkened) return this.skip();
    const map = await mounted('knee-map', {region: 'outer'});
    // Kept light, the browser darkened the widget's dark colours again: the chosen switch's text and the
    // booking button's came out white on pale teal.
    expect(scheme(map), 'theme auto').to.equal('dark');
    const dark = await mounted('recovery-tips', {theme: 'dark'});
    expect(scheme(dark)).to.equal('dark');
    const light = await mounted('training-load', {theme: 'light', storage: 'none'});
    expect(scheme(light), 'the page asked for light: the browser darkens it').to.equal('light');
    for (const el of [map, dark, light]) el.remove();
  });

  it("leaves the darkening to the browser on a page that set its own colours, and follows the reader's setting", async function () {
    if (!darkened) return this.skip();
    const map = await mounted('knee-map');
    try {
      expect(scheme(map)).to.equal('dark');
      // The page's light surface with the widget's dark text colour would be light on light.
      document.documentElement.style.setProperty('--kw-surface', '#fafafa');
      await switched(false);
      expect(scheme(map), 'the reader turned dark mode off').to.equal('normal');
      await switched(true);
      expect(scheme(map), "dark again, on a page with a colour of its own: the browser's darkening").to.equal('normal');
      document.documentElement.style.removeProperty('--kw-surface');
      await switched(false);
      await switched(true);
      expect(scheme(map), 'no colour of its own: dark').to.equal('dark');
    } finally {
      map.remove();
    }
  });

  /** A clinic's sidebar in its own colours beside the article, for `run`, then gone with what it holds. */
  const withSidebar = async (run: (sidebar: HTMLElement) => Promise<void>) => {
    const sidebar = document.body.appendChild(document.createElement('aside'));
    sidebar.style.setProperty('--kw-surface', '#fafafa');
    try {
      await run(sidebar);
    } finally {
      sidebar.remove();
    }
  };

  it('decides for each widget: colours set around one leave the darkening to the browser there, not on the others', async function () {
    if (!darkened) return this.skip();
    // The tips in the sidebar, and the map in the article, either drawn first.
    await withSidebar(async (sidebar) => {
      const places = [['knee-map', document.body], ['recovery-tips', sidebar]] as const;
      for (const order of [places, [...places].reverse()]) {
        const drawn: HTMLElement[] = [];
        for (const [tag, parent] of order) drawn.push(await mounted(tag, {}, parent));
        const first = order[0][0];
        for (const el of drawn) {
          const expected = el.parentElement === sidebar ? 'normal' : 'dark';
          expect(scheme(el), `<${el.localName}>, with <${first}> drawn first`).to.equal(expected);
          el.remove();
        }
      }
    });
  });

  it('decides again when a widget is moved, into a part of the page with colours of its own and out of it', async function () {
    if (!darkened) return this.skip();
    await withSidebar(async (sidebar) => {
      const map = await mounted('knee-map');
      try {
        expect(scheme(map), 'in the article').to.equal('dark');
        sidebar.append(map);
        expect(scheme(map), 'moved into the sidebar').to.equal('normal');
        document.body.append(map);
        expect(scheme(map), 'and back').to.equal('dark');
      } finally {
        map.remove();
      }
    });
  });

  it("follows the reader's setting after the widget drawn last is gone (an app's page that removes one)", async function () {
    if (!darkened) return this.skip();
    const map = await mounted('knee-map');
    const tips = await mounted('recovery-tips');
    tips.remove();
    try {
      await switched(false);
      expect(scheme(map), 'the reader turned dark mode off').to.equal('normal');
      await switched(true);
      expect(scheme(map), 'and on again').to.equal('dark');
    } finally {
      map.remove();
    }
  });
});
