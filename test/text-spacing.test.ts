import {expect} from '@open-wc/testing';
import '../src/index.js';
import {everyWidgetLaidOut} from './layout.js';

/**
 * WCAG 1.4.12, Text Spacing: a reader who needs more room between letters, words, lines and paragraphs
 * sets it in their own style sheet, and nothing may be lost. A user style sheet reaches into shadow
 * trees and its !important beats every page's, so here the same rules sit in each widget's shadow root,
 * where they win over the widget's own. Every widget, in each state of test/widgets.ts, in all four
 * languages, at 320 px (WCAG's narrow screen), with every <details> open: nothing may stick out, spill
 * or be cut off.
 */
const WIDTH = 320;
const LANGUAGES = ['en', 'es', 'fr', 'de'];
const SPACING = `
  * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p { margin-bottom: 2em !important; }`;

/** Puts the reader's spacing into every shadow tree of `el`, and checks it took. */
function spaceOut(el: HTMLElement): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(SPACING);
  const walk = (root: ShadowRoot) => {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    root.querySelectorAll('*').forEach((e) => e.shadowRoot && walk(e.shadowRoot));
  };
  walk(el.shadowRoot!);
  const text = getComputedStyle(el.shadowRoot!.querySelector('p')!);
  expect(parseFloat(text.letterSpacing) / parseFloat(text.fontSize), 'letter spacing').to.be.closeTo(0.12, 0.01);
  expect(parseFloat(text.marginBottom) / parseFloat(text.fontSize), 'paragraph spacing').to.be.closeTo(2, 0.01);
}

describe(`every widget with a reader's own text spacing at ${WIDTH} px`, () => {
  everyWidgetLaidOut(LANGUAGES, {width: WIDTH, dress: spaceOut}, 'loses nothing');
});
