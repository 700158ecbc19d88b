import {defineConfig} from 'vite';
import baseConfig from './vite.config.js';

/** `npm run build:demo`: the demo page as a static site in demo-dist/ (what `npm run audit` measures). */
export default defineConfig({
  plugins: baseConfig.plugins,
  root: 'demo',
  base: './',
  build: {
    target: 'es2021',
    outDir: '../demo-dist',
    emptyOutDir: true,
    modulePreload: false,
  },
});
