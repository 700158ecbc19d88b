import {expect} from '@open-wc/testing';
import {widgetMarkup} from '../demo/snippet.js';

/** The demo's "Copy snippet" must give markup that works as the demo does when pasted into a page. */
describe('the demo’s embed snippet', () => {
  const make = (html: string) => {
    const box = document.createElement('div');
    box.innerHTML = html;
    return [...box.children];
  };

  it('keeps the id a widget’s for= points at, and leaves the others out, and the spot the reader picked', () => {
    const all = make('<knee-map id="knee-map" side="left" region="front"></knee-map><recovery-tips id="recovery-tips" for="knee-map"></recovery-tips><shoe-mileage id="shoe-mileage"></shoe-mileage>');
    expect(all.map((el) => widgetMarkup(el, all))).to.deep.equal([
      '<knee-map id="knee-map" side="left"></knee-map>',
      '<recovery-tips for="knee-map"></recovery-tips>',
      '<shoe-mileage></shoe-mileage>',
    ]);
  });

  it('leaves out theme="auto", the default, and escapes what it writes', () => {
    const all = make('<knee-map theme="auto" cta-label="Book &quot;now&quot; &amp; pay"></knee-map><training-load theme="dark"></training-load>');
    expect(all.map((el) => widgetMarkup(el, all))).to.deep.equal([
      '<knee-map cta-label="Book &quot;now&quot; &amp; pay"></knee-map>',
      '<training-load theme="dark"></training-load>',
    ]);
  });
});
