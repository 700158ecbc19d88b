import {expect, fixture, html, waitUntil} from '@open-wc/testing';
// Defined, but none in the page yet: a page that has only a knee map must not load the tips' part.
import '../src/knee-map/knee-map.js';
import '../src/recovery-tips/recovery-tips.js';
import type {KneeMap} from '../src/knee-map/knee-map.js';
import type {RecoveryTips} from '../src/recovery-tips/recovery-tips.js';
import {getLocale, setLocale} from '../src/shared/locale.js';
import {partsByTag} from '../src/generated/locale-parts.js';

/** The translation parts of `locale` this page has fetched so far (their module names). */
const fetched = (locale: string) =>
  performance
    .getEntriesByType('resource')
    .map((e) => e.name.match(new RegExp(`/locales/parts/${locale}-([\\w-]+)\\.(?:js|ts)`))?.[1])
    .filter((p): p is string => !!p)
    .sort();

const title = (el: Element) => el.shadowRoot!.querySelector('.title, [part~="title"]')!.textContent!.trim();

describe('translations load in parts', () => {
  after(() => setLocale(null));

  it('splits each language by widget, with the shared knee content apart', () => {
    expect(partsByTag['knee-map']).to.include.members(['common', 'conditions']);
    expect(partsByTag['recovery-tips']).to.include.members(['common', 'tips']);
    expect(partsByTag['knee-map']).to.not.include('tips');
    expect(partsByTag['recovery-tips']).to.not.include('conditions');
    for (const parts of Object.values(partsByTag)) expect(parts).to.include('common');
  });

  it("loads only the parts of the widgets in the page, and a later widget's when it arrives", async () => {
    const map = await fixture<KneeMap>(html`<knee-map></knee-map>`);
    const english = title(map);
    await setLocale('de');
    await map.updateComplete;
    expect(getLocale()).to.equal('de');
    expect(title(map)).to.not.equal(english);
    expect(fetched('de')).to.deep.equal([...partsByTag['knee-map']!].sort());

    // A recovery-tips added now has no German yet: it fetches its part and renders again.
    const tips = document.createElement('recovery-tips') as RecoveryTips;
    map.after(tips);
    await tips.updateComplete;
    const englishTips = 'Recovery and prevention tips';
    await waitUntil(() => fetched('de').includes('tips'), 'the tips part is fetched');
    await waitUntil(() => title(tips) !== englishTips && title(tips) !== '', 'recovery-tips shows German');
    expect(tips.shadowRoot!.textContent).to.include('Ruhetage'); // a tip's German title
    expect(fetched('de')).to.not.include('shoe-mileage');
    expect(fetched('de')).to.not.include('training-load');
    tips.remove();
  });
});
