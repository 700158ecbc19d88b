// Builds dist/custom-elements.json from the JSDoc on each component (@tagname, @attr, @csspart,
// @cssprop, @fires, @slot, @summary).

/**
 * Lit's static `properties` make the analyzer list internal `{state: true}` fields as attributes, and
 * `dispatchEvent(new XEvent())` adds an unnamed event next to the documented `@fires`. Drop both.
 */
function tidyPlugin() {
  return {
    name: 'knee-widgets:tidy',
    packageLinkPhase({customElementsManifest}) {
      for (const mod of customElementsManifest.modules) {
        for (const decl of mod.declarations ?? []) {
          if (!decl.customElement) continue;
          const hidden = new Set(
            (decl.members ?? []).filter((m) => m.privacy === 'private' || m.privacy === 'protected').map((m) => m.name),
          );
          decl.attributes = (decl.attributes ?? []).filter((a) => !hidden.has(a.fieldName ?? a.name));
          decl.events = (decl.events ?? []).filter((e) => e.name);
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/generated/**'],
  outdir: 'dist',
  litelement: true,
  packagejson: true,
  plugins: [tidyPlugin()],
};
