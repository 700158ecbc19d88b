// Builds dist/custom-elements.json from the JSDoc on each component (@attr, @csspart, @cssprop,
// @fires, @slot, @summary).
export default {
  globs: ['src/**/*.component.ts', 'src/shared/widget.ts'],
  exclude: ['src/generated/**'],
  outdir: 'dist',
  litelement: true,
  packagejson: true,
};
