/**
 * Runs before Lit loads. A page's own HTML can set globals: an element with `id="litHtmlVersions"` (or
 * a form or iframe with that `name`) is `window.litHtmlVersions`. Lit reads a few such names when it
 * loads, and an element there made the bundle throw ("push is not a function"), so no widget rendered;
 * one at `ShadyCSS` made Lit fall back to `<style>` elements, which a strict Content-Security-Policy
 * blocks. Each name that holds something of the page's document (not what Lit or a polyfill put there)
 * is set to undefined here, which Lit reads as "not set".
 */
const g = globalThis as Record<string, unknown>;
const fromDocument = (v: unknown): boolean =>
  (typeof Node === 'function' && v instanceof Node) ||
  (typeof HTMLCollection === 'function' && v instanceof HTMLCollection) ||
  (typeof v === 'object' && v !== null && (v as {window?: unknown}).window === v);
for (const name of [
  'litHtmlVersions',
  'reactiveElementVersions',
  'litElementVersions',
  'litPropertyMetadata',
  'litHtmlPolyfillSupport',
  'reactiveElementPolyfillSupport',
  'litElementPolyfillSupport',
  'litElementHydrateSupport',
  'ShadyCSS',
  'trustedTypes',
]) {
  if (fromDocument(g[name])) g[name] = undefined;
}

export {};
