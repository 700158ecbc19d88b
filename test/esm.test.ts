import {expect} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';

/** The per-element modules for npm users (dist/esm, built by `npm test`): Lit stays a dependency. */
describe('dist/esm (npm entry points)', () => {
  it('registers <knee-map> from its own entry point and exports the class', async () => {
    const entry = '/dist/esm/knee-map/knee-map.js';
    const mod = (await import(/* @vite-ignore */ entry)) as {KneeMap: CustomElementConstructor};
    expect(customElements.get('knee-map')).to.equal(mod.KneeMap);
  });

  it('imports lit instead of bundling it, and ships types that extend HTMLElementTagNameMap', async () => {
    const js = await executeServerCommand<{text: string}, {path: string}>('dist-file', {path: 'esm/knee-map/knee-map.component.js'});
    expect(js.text).to.match(/from\s*['"]lit['"]/);
    const dts = await executeServerCommand<{text: string}, {path: string}>('dist-file', {path: 'esm/knee-map/knee-map.d.ts'});
    expect(dts.text).to.contain('HTMLElementTagNameMap').and.contain("'knee-map': KneeMap");
  });

  it('writes a manifest that documents the element', async () => {
    const {text} = await executeServerCommand<{text: string}, {path: string}>('dist-file', {path: 'custom-elements.json'});
    const manifest = JSON.parse(text) as {modules: Array<{declarations?: Array<{tagName?: string; attributes?: unknown[]; events?: unknown[]; cssParts?: unknown[]; cssProperties?: unknown[]}>}>};
    const el = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'knee-map')!;
    expect(el).to.exist;
    for (const key of ['attributes', 'events', 'cssParts', 'cssProperties'] as const) expect(el[key], key).to.have.length.above(0);
  });
});
