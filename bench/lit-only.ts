// The baseline for the size ratios: Lit alone, bundled the way dist/knee-widgets.js is.
export * from 'lit';
