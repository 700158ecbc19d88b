import {expect} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import '../src/index.js';
import {mounted} from './widgets.js';

/**
 * A phone in dark mode whose browser darkens light pages itself (Chrome's dark mode for sites). The
 * widgets decide how to meet it as the page's first one is drawn, so this file has a page of its own,
 * darkened before any widget is.
 */
describe('on a light page that the browser darkens itself', () => {
  let darkened = false;
  before(async () => {
    darkened = (await executeServerCommand<boolean, {active: boolean}>('darken', {active: true})) === true;
  });
  after(() => executeServerCommand('darken', {active: false}));

  it("takes its own dark colours and scheme, which the browser leaves as drawn, unless the page asked for light", async function () {
    if (!darkened) return this.skip();
    const scheme = (el: Element) => getComputedStyle(el).colorScheme;
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
});
