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

  it('has a built file behind every entry point package.json names, types included', async () => {
    type Target = string | {types?: string; default?: string};
    const pkg = await executeServerCommand<{main: string; module: string; types: string; customElements: string; exports: Record<string, Target>}, undefined>('package-json');
    /** Node's rule: an exact key, else the pattern key with the longest prefix; every `*` takes the match. */
    const target = (subpath: string, condition: 'types' | 'default'): string | undefined => {
      let value = pkg.exports[subpath];
      let star = '';
      if (!value) {
        const key = Object.keys(pkg.exports)
          .filter((k) => k.includes('*') && subpath.startsWith(k.split('*')[0]!) && subpath.endsWith(k.split('*')[1]!))
          .sort((a, b) => b.indexOf('*') - a.indexOf('*'))[0];
        if (!key) return undefined;
        value = pkg.exports[key]!;
        star = subpath.slice(key.indexOf('*'), subpath.length - (key.length - key.indexOf('*') - 1));
      }
      const path = typeof value === 'string' ? (condition === 'default' ? value : undefined) : value[condition];
      return path?.replaceAll('*', star);
    };
    const wanted: Array<[string, 'types' | 'default']> = [
      ['.', 'types'],
      ['.', 'default'],
      ['./knee-map/knee-map.js', 'types'],
      ['./knee-map/knee-map.js', 'default'],
      ['./shared/locale.js', 'default'],
      ['./content/index.js', 'types'],
      ['./content/index.js', 'default'],
      ['./knee-widgets.js', 'types'],
      ['./knee-widgets.js', 'default'],
      ['./bundle', 'types'],
      ['./bundle', 'default'],
      // Typed, each widget file (its element class and tag-map entry are those of dist/esm/<widget>/<widget>.d.ts).
      ...['knee-map', 'knee-pain-check', 'recovery-tips', 'training-load', 'shoe-mileage'].flatMap((w) => [
        [`./widgets/${w}.js`, 'types'],
        [`./widgets/${w}.js`, 'default'],
      ] as Array<[string, 'types' | 'default']>),
      ['./widgets/language.js', 'types'],
      ['./widgets/language.js', 'default'],
      ['./custom-elements.json', 'default'],
      ['./integrity.json', 'default'],
      // The custom-elements manifest names modules by their path in the package: importable as written.
      ['./dist/esm/knee-map/knee-map.js', 'types'],
      ['./dist/esm/knee-map/knee-map.js', 'default'],
    ];
    const paths = [pkg.main, pkg.module, pkg.types, pkg.customElements, ...wanted.map(([s, c]) => target(s, c))];
    expect(target('./widgets/knee-map.js', 'default')).to.equal('./dist/widgets/knee-map.js');
    expect(target('./dist/esm/knee-map/knee-map.component.js', 'default'), 'a manifest path').to.equal('./dist/esm/knee-map/knee-map.component.js');
    expect(target('./widgets/knee-map.js', 'types')).to.equal('./dist/esm/knee-map/knee-map.d.ts');
    for (const path of paths) {
      expect(path, 'named in package.json').to.be.a('string').and.match(/^\.?\/?dist\//);
      const file = path!.replace(/^\.?\/?dist\//, '');
      const built = await executeServerCommand('dist-file', {path: file}).then(() => true, () => false);
      expect(built, `${path} is built`).to.equal(true);
    }
  });

  it('marks every file an entry point that defines widgets leads to as a side effect, in every condition', async () => {
    // Else a bundler may drop `import 'knee-widgets/bundle'` whole: under `node` it is dist/esm/bundle.js,
    // which was not listed, and a server build defined nothing.
    type Target = string | Record<string, string>;
    const pkg = await executeServerCommand<{sideEffects: string[]; exports: Record<string, Target>}, undefined>('package-json');
    const listed = (path: string) =>
      pkg.sideEffects.some((p) => new RegExp(`^${p.replace(/[.]/g, '\\.').replace(/\*/g, '[^/]*')}$`).test(path));
    const tags = ['knee-map', 'knee-pain-check', 'recovery-tips', 'training-load', 'shoe-mileage'];
    const entries: Array<[string, string]> = [
      ['.', ''],
      ['./bundle', ''],
      ['./knee-widgets.js', ''],
      // ./widgets/knee-map.js, and ./knee-map/knee-map.js (through ./*.js).
      ...tags.flatMap((t): Array<[string, string]> => [['./widgets/*.js', t], ['./*.js', `${t}/${t}`]]),
    ];
    const unlisted = entries.flatMap(([key, star]) => {
      const value = pkg.exports[key];
      expect(value, `${key} is exported`).to.exist;
      const targets = typeof value === 'string' ? [value] : Object.entries(value!).filter(([c]) => c !== 'types').map(([, t]) => t);
      return targets.map((t) => t.replaceAll('*', star)).filter((t) => !listed(t)).map((t) => `${key}: ${t}`);
    });
    expect(unlisted).to.deep.equal([]);
  });

  it('imports in Node from every entry point, the paths of the browser files included (server-side rendering)', async () => {
    // Next.js, Nuxt, Astro and SvelteKit import a page's modules on the server too. The browser files carry
    // Lit's browser build (HTMLElement is not defined there): in Node their paths give the dist/esm modules.
    const widgetTags = ['knee-map', 'knee-pain-check', 'recovery-tips', 'training-load', 'shoe-mileage'];
    const specifiers = [
      'knee-widgets',
      'knee-widgets/bundle',
      'knee-widgets/knee-widgets.js',
      'knee-widgets/widgets/language.js',
      'knee-widgets/content/index.js',
      ...widgetTags.flatMap((w) => [`knee-widgets/widgets/${w}.js`, `knee-widgets/${w}/${w}.js`]),
    ];
    const thrown = await executeServerCommand<Record<string, string | null>, {specifiers: string[]}>('node-import', {specifiers});
    expect(thrown).to.deep.equal(Object.fromEntries(specifiers.map((s) => [s, null])));
  });

  it('lets tools read package.json by its package path', async () => {
    // Tools find a package's root, version and `customElements` field by resolving `<name>/package.json`
    // (require.resolve, import.meta.resolve); with `exports` that lacks it, Node refuses the path
    // (ERR_PACKAGE_PATH_NOT_EXPORTED).
    const setup = "import {createRequire} from 'node:module'; createRequire(import.meta.url).resolve('knee-widgets/package.json'); import.meta.resolve('knee-widgets/package.json');";
    const thrown = await executeServerCommand<Record<string, string | null>, {specifiers: string[]; setup: string}>('node-import', {specifiers: ['knee-widgets/language.js'], setup});
    expect(thrown).to.deep.equal({'knee-widgets/language.js': null});
  });

  it("imports in Node beside stand-ins for the browser: a server shim's partial document, a unit test's matchMedia", async () => {
    // Lit's server shim (as an Astro integration installs it) puts a document with a few methods on the
    // global, without createEvent; Create React App's and many Jest setups stub matchMedia without
    // addEventListener (jsdom has none). Importing the widgets must not throw there.
    const setup = `globalThis.document = {adoptedStyleSheets: [], createTreeWalker() {}, createTextNode() {}, createElement() { return {}; }};
globalThis.matchMedia = (query) => ({matches: false, media: query, addListener() {}, removeListener() {}});`;
    const specifiers = ['knee-widgets', 'knee-widgets/knee-map/knee-map.js', 'knee-widgets/shoe-mileage/shoe-mileage.js'];
    const thrown = await executeServerCommand<Record<string, string | null>, {specifiers: string[]; setup: string}>('node-import', {specifiers, setup});
    expect(thrown).to.deep.equal(Object.fromEntries(specifiers.map((s) => [s, null])));
  });

  it('writes a manifest that documents the element', async () => {
    const {text} = await executeServerCommand<{text: string}, {path: string}>('dist-file', {path: 'custom-elements.json'});
    const manifest = JSON.parse(text) as {modules: Array<{path: string; declarations?: Array<{tagName?: string; superclass?: {module?: string}; attributes?: unknown[]; events?: unknown[]; cssParts?: unknown[]; cssProperties?: unknown[]}>}>};
    const el = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'knee-map')!;
    expect(el).to.exist;
    for (const key of ['attributes', 'events', 'cssParts', 'cssProperties'] as const) expect(el[key], key).to.have.length.above(0);
    // Defaults are values a page author can read, not the names of constants in the source.
    const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
    const defaults = elements.flatMap((d) => (d.attributes ?? []) as Array<{name: string; default?: string}>);
    expect(defaults.filter((a) => /^[A-Z][A-Z0-9_]+$/.test(a.default ?? '')).map((a) => a.name)).to.deep.equal([]);
    expect(defaults.find((a) => a.name === 'limit')?.default).to.equal('6');
    // A default the text states (shoe-mileage's warn-at: "Default 300 mi / 480 km") is not contradicted by
    // the empty initial value the widget works it out from.
    const stated = defaults as Array<{name: string; default?: string; description?: string}>;
    expect(stated.filter((a) => a.default === "''" && /\bDefault\b/.test(a.description ?? '')).map((a) => a.name)).to.deep.equal([]);
    // Both storing widgets show their real key as the default, not an empty string.
    const keys = elements.map((d) => ((d.attributes ?? []) as Array<{name: string; default?: string}>).find((a) => a.name === 'storage-key')?.default);
    expect(keys.filter(Boolean)).to.deep.equal(["'knee-widgets:shoes'", "'knee-widgets:training-load'"]);
    // A superclass in this package points at a module the manifest lists, so tools can follow it.
    const paths = new Set(manifest.modules.map((m) => m.path));
    const supers = elements.map((d) => d.superclass?.module).filter((m): m is string => !!m);
    expect(supers).to.have.length.above(0);
    for (const m of supers) expect(paths.has(m.replace(/^\//, '')), m).to.equal(true);
    // Tools go from a tag to an import: each tag has a definition, in a module the package ships and lets
    // a page import (dist/esm/…), never a TypeScript source.
    const definitions = (manifest.modules as Array<{path: string; exports?: Array<{kind: string; name: string; declaration: {module: string}}>}>).flatMap((m) =>
      (m.exports ?? []).filter((e) => e.kind === 'custom-element-definition').map((e) => ({tag: e.name, path: m.path, module: e.declaration.module})),
    );
    expect(definitions.map((d) => d.tag).sort()).to.deep.equal(elements.map((d) => d.tagName).sort());
    for (const d of definitions) {
      expect(d.path, d.tag).to.equal(`dist/esm/${d.tag}/${d.tag}.js`);
      expect(paths.has(d.module), `${d.tag}: its class's module is listed`).to.equal(true);
    }
    expect([...paths].filter((p) => !/^dist\/esm\/.+\.js$/.test(p)), 'no source paths').to.deep.equal([]);
    for (const d of definitions) {
      for (const file of [d.path, d.module]) {
        const built = await executeServerCommand('dist-file', {path: file.replace(/^dist\//, '')}).then(() => true, () => false);
        expect(built, `${file} is built`).to.equal(true);
      }
    }
    // Each attribute carries its @attr text (allowed values, real defaults), not its property's comment.
    const tips = elements.find((d) => d.tagName === 'recovery-tips')!.attributes as Array<{name: string; type?: {text: string}; description?: string}>;
    expect(tips.find((a) => a.name === 'timing')?.type?.text).to.contain("'right-after'");
    expect(tips.find((a) => a.name === 'category')?.description).to.contain('cold-heat');
    // A property's type is written out as its attribute's is ('front'|'back'), not named by a type alias of
    // the source (`View`, `Theme`) that the manifest doesn't define: tools that write framework typings or
    // editor hints from the manifest (JSX, Vue, Storybook) would print a name nothing declares.
    type Member = {kind: string; name: string; privacy?: string; attribute?: string; type?: {text: string}; parameters?: Array<{name: string; type?: {text: string}}>};
    const written = /^(?:'[^']*'|string|number|boolean|null|[\s|])+$/;
    const aliased = elements.flatMap((d) =>
      ((d as {members?: Member[]}).members ?? [])
        .filter((m) => (m.privacy ?? 'public') === 'public')
        .flatMap((m) => [
          ...(m.attribute && m.type && !written.test(m.type.text) ? [`<${d.tagName}> ${m.name}: ${m.type.text}`] : []),
          // A method's parameter named as an attribute is (`select(region)`) takes its values too.
          ...(m.parameters ?? [])
            .filter((p) => p.type && ((d.attributes ?? []) as Array<{name: string}>).some((a) => a.name === p.name) && !written.test(p.type.text))
            .map((p) => `<${d.tagName}> ${m.name}(${p.name}: ${p.type!.text})`),
        ]),
    );
    expect(aliased).to.deep.equal([]);
    // Every event listed is a documented one (@fires), with a description and a kebab-case name.
    const events = elements.flatMap((d) => (d.events ?? []) as Array<{name: string; description?: string}>);
    for (const e of events) expect(e.description, e.name).to.be.a('string').and.not.equal('');
    for (const e of events) expect(e.name).to.match(/^[a-z]+(-[a-z]+)+$/);
  });
});
