import '../src/index.js';
import {everyWidgetLaidOut} from './layout.js';

/**
 * Readers are on phones in four languages, and the German, French and Spanish words are longer than the
 * English ones the widgets' own tests lay out: every widget, in each state of test/widgets.ts, in every
 * language, at the smallest width (280 px), with every <details> open. Nothing a reader sees may stick
 * out of the widget, spill out of its own box (a word wider than its button or its column) or run below
 * a box of set height. Each state is also checked with axe, in one of the languages (see everyWidgetLaidOut).
 */
const WIDTH = 280;
const LANGUAGES = ['es', 'fr', 'de'];

describe(`every widget in every language at ${WIDTH} px`, () => {
  everyWidgetLaidOut(LANGUAGES, {width: WIDTH}, 'keeps everything inside it', true);
});
