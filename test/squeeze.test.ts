import {expect} from '@open-wc/testing';
import {html, render, type CSSResult} from 'lit';
import {BINDING, squeezeCss, squeezeMarkup, squeezeTemplate} from '../build/squeeze.js';
import '../src/index.js';
import {widgets} from './widgets.js';

/**
 * The build squeezes the whitespace out of every `css` and `html` template (build/squeeze.ts). The
 * tests here run on the sources, so they would not see a squeeze that changes what the CSS means:
 * these check it against the browser's own parser.
 */
/**
 * What the browser makes of `text`, rule by rule. Custom properties, values with var() and @supports
 * conditions keep the text they were written with, so "var(--x, 0.5em)" and "var(--x,.5em)" serialize
 * differently while meaning the same: only in those are spaces after a colon or around a comma, a
 * bracket or calc()'s * and /, and a leading zero, made equal. Everything else (selectors, other
 * values, strings, url()s) is compared as the browser parsed it.
 */
const loose = (text: string): string =>
  text
    .replace(/\s*([,()*/])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/(^|[^\w.-])0\.(\d)/g, '$1.$2');

function describeRules(rules: CSSRuleList): string[] {
  return [...rules].flatMap((rule): string[] => {
    if (rule instanceof CSSStyleRule) {
      const style = rule.style;
      const declarations = [...style].map((name) => {
        const value = style.getPropertyValue(name);
        return `${name}:${name.startsWith('--') || value.includes('var(') ? loose(value) : value}`;
      });
      return [`${rule.selectorText}{${declarations.join(';')}}`];
    }
    if (rule instanceof CSSSupportsRule) return [`@supports ${loose(rule.conditionText)}`, ...describeRules(rule.cssRules)];
    if (rule instanceof CSSConditionRule) return [`@${rule.constructor.name} ${rule.conditionText}`, ...describeRules(rule.cssRules)];
    return [rule.cssText];
  });
}

/** The DOM the HTML parser makes of markup, as markup again (indentation counted as one space). */
const markupTree = (html: string): string => {
  const template = document.createElement('template');
  template.innerHTML = html.replace(/\s*\n\s*/g, ' ');
  return template.innerHTML;
};

const rules = (text: string): string[] => {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(text);
  return describeRules(sheet.cssRules);
};

describe('squeezing templates for the build', () => {
  for (const {tag} of widgets) {
    it(`leaves <${tag}>'s styles meaning the same, in fewer bytes`, () => {
      const styles = (customElements.get(tag) as unknown as {elementStyles: CSSResult[]}).elementStyles;
      expect(styles.length).to.be.above(0);
      for (const style of styles) {
        const text = style.cssText;
        const squeezed = squeezeCss(text);
        expect(squeezed.length).to.be.below(text.length * 0.8);
        expect(rules(squeezed)).to.deep.equal(rules(text));
      }
    });
  }

  it('compares strings and url()s exactly, so a squeeze that changed them would show', () => {
    const spoilt = (text: string) => text.replace(': 0.5', ':.5').replace('/0.5x', '/.5x');
    const text = ".a{content:'a: 0.5';background-image:url(img/0.5x.png)}";
    expect(rules(spoilt(text))).not.to.deep.equal(rules(text));
    expect(rules(squeezeCss(text))).to.deep.equal(rules(text));
  });

  it("keeps a string's /* and */ as written, not taking them for a comment", () => {
    const text = `.a::after { content: '/* x */' } .b::after { content: "a /* b" } .c { color: red } /* c's */ .d { color: blue }`;
    expect(squeezeCss(text)).to.equal(`.a::after{content:'/* x */'}.b::after{content:"a /* b"}.c{color:red}.d{color:blue}`);
    expect(rules(squeezeCss(text))).to.deep.equal(rules(text));
  });

  it("keeps an escape's space, which is part of a name, not whitespace", () => {
    // ".i\\2014  .j": a longer escape (a dash) takes its space too, and the next is a descendant's.
    const text = '.a\\ > .b, .c\\31  .d, .e\\  .f, .g\\ + .h, .i\\2014  .j { color: red }';
    expect(rules(squeezeCss(text))).to.deep.equal(rules(text));
  });

  it('keeps strings, url()s, the spaces calc() needs, descendant pseudo-classes and decimals', () => {
    expect(
      squeezeCss(`
        /* a comment: with a colon */
        .a :focus-visible { outline: 0.1em solid; content: ': 0.5 '; }
        .b { width: calc(100% - 0.5em); line-height: 1.05; margin: -0.25em 10.5em; background: url(img/0.5x.png); }
        @container (min-width: 30em) { .c > .d { gap: 0.5em } }
      `),
    ).to.equal(
      ".a :focus-visible{outline:.1em solid;content:': 0.5 '}" +
        '.b{width:calc(100% - .5em);line-height:1.05;margin:-0.25em 10.5em;background:url(img/0.5x.png)}' +
        '@container (min-width:30em){.c>.d{gap:.5em}}',
    );
  });

  it('drops the space before !important', () => {
    const text = '.a { margin: 0 !important; color: var(--x, red) !important; }';
    expect(squeezeCss(text)).to.equal('.a{margin:0!important;color:var(--x,red)!important}');
    expect(rules(squeezeCss(text))).to.deep.equal(rules(text));
  });

  it("drops the spaces around calc()'s * and / and a value's /, not a selector's * or a custom property's", () => {
    const text = `
      .a * .b { grid-area: 1 / 2 / span 2; width: calc((100% - 2 * var(--x)) / 3 + 1px); content: '*' / ''; }
      @supports (width: calc((1px + 1px) * 2)) { .c { --y: calc(var(--x) * 2); aspect-ratio: 240 / 330 } }
    `;
    expect(squeezeCss(text)).to.equal(
      ".a * .b{grid-area:1/2/span 2;width:calc((100% - 2*var(--x))/3 + 1px);content:'*'/''}" +
        '@supports (width:calc((1px + 1px) * 2)){.c{--y:calc(var(--x) * 2);aspect-ratio:240/330}}',
    );
    expect(rules(squeezeCss(text))).to.deep.equal(rules(text));
  });

  it("drops the spaces around a selector's + and ~, not calc()'s", () => {
    const text = `
      .a + .b ~ .c:has(.d + .e), [data-x='1'] + .f { width: calc(1px + 2em) }
      @media (min-width: calc(1px + 2em)) { .g ~ .h { margin: calc(var(--x) + 1px) } }
    `;
    expect(squeezeCss(text)).to.equal(
      ".a+.b~.c:has(.d+.e),[data-x='1']+.f{width:calc(1px + 2em)}" +
        '@media (min-width:calc(1px + 2em)){.g~.h{margin:calc(var(--x) + 1px)}}',
    );
    expect(rules(squeezeCss(text))).to.deep.equal(rules(text));
  });

  it("keeps the spaces calc() needs in a declaration before a nested rule's + and ~", () => {
    const text = '.a { width: calc(1px + 2em); .b + .c ~ .d { margin: calc(1px - 2em) } }';
    expect(squeezeCss(text)).to.equal('.a{width:calc(1px + 2em);.b+.c~.d{margin:calc(1px - 2em)}}');
  });

  it("drops the quotes of an attribute selector's value that is a name", () => {
    const text = `[type='radio'], [theme="dark" i], [data-x='a b'], [data-y='1'], [lang|='de'] { content: 'x' }`;
    expect(squeezeCss(text)).to.equal("[type=radio],[theme=dark i],[data-x='a b'],[data-y='1'],[lang|=de]{content:'x'}");
    expect(rules(squeezeCss(text))).to.deep.equal(rules(text));
  });

  it('collapses indentation in markup to one space, keeping the space between words', () => {
    expect(squeezeMarkup('<p>\n    <b>Rest</b>\n    <i>two days</i>\n  </p>')).to.equal('<p> <b>Rest</b> <i>two days</i> </p>');
  });

  it("collapses the line breaks between a tag's attributes to one space", () => {
    // How the widgets write a button with many attributes: one a line, the > on a line of its own.
    const markup = '<button\n  type="button"\n  class="toggle"\n  aria-expanded="false"\n>\n  Go\n</button\n>';
    const squeezed = squeezeMarkup(markup);
    expect(squeezed).to.equal('<button type=button class=toggle aria-expanded=false> Go </button>');
    expect(markupTree(squeezed)).to.equal(markupTree(markup));
  });

  it('drops the space before the > that ends a tag, not before />', () => {
    const markup = '<span class="x" >a</span ><svg><circle r="2" /></svg><p>a > b</p>';
    const squeezed = squeezeMarkup(markup);
    expect(squeezed).to.equal('<span class=x>a</span><svg><circle r=2 /></svg><p>a > b</p>');
    expect(markupTree(squeezed)).to.equal(markupTree(markup));
  });

  it("drops the quotes of an attribute's value that needs none, and keeps the DOM the same", () => {
    const markup = `<div class="a b" part="base" data-n="1.5"><button type="button" aria-hidden="true">Rest "now"</button>
      <svg viewBox="0 0 10 10"><path d="M0 0" stroke-width="1.5"/><circle r="2" cx="1"></circle></svg><a href="#top" id="x-1">x="y"</a><p>say a="b" </p></div>`;
    const squeezed = squeezeMarkup(markup);
    expect(squeezed).to.equal(
      '<div class="a b" part=base data-n=1.5><button type=button aria-hidden=true>Rest "now"</button> ' +
        '<svg viewBox="0 0 10 10"><path d="M0 0" stroke-width="1.5"/><circle r=2 cx=1></circle></svg><a href=#top id=x-1>x="y"</a><p>say a="b" </p></div>',
    );
    expect(markupTree(squeezed)).to.equal(markupTree(markup));
  });
});

/**
 * The build squeezes a template's parts (the text between its bindings) as one text, so no rule takes a
 * part's start for a tag's or a rule's, and a tag's quoted values are not its markup. Each case compares
 * what the page gets, built with and without the squeeze (cases from a review, each failing on the squeeze
 * that read each part on its own).
 */
describe('squeezing templates with bindings, as the build does', () => {
  /** Lit's own reading of a template written as `parts` with `values` between them, as markup. */
  const lit = (parts: readonly string[], values: unknown[]): string => {
    const strings = Object.assign([...parts], {raw: [...parts]}) as unknown as TemplateStringsArray;
    const host = document.createElement('div');
    render(html(strings, ...values), host);
    return host.innerHTML.replace(/<!--[^]*?-->/g, '');
  };
  const same = (parts: string[], values: unknown[] = []) => expect(lit(squeezeTemplate(parts, squeezeMarkup), values)).to.equal(lit(parts, values));

  it('leaves text after a binding alone (a part that starts in text is not inside a tag)', () => {
    same(['<p>', ' sets type="button" on it</p>'], ['The widget']);
  });

  it('leaves a template that starts with text alone', () => {
    same(['Set theme="dark" on the tag']);
  });

  it('keeps the space before a > inside a quoted attribute value', () => {
    same(['<abbr title="pain > 5">x</abbr>']);
  });

  it('keeps name="value" inside a single-quoted attribute value', () => {
    same([`<div title='add type="button" here'>x</div>`]);
  });

  it('keeps a tag written inside a quoted attribute value as written, and squeezes the real tag around it', () => {
    same([`<p title='<b class="y">'>x</p>`]);
    same([`<p title="<i id='z' >" class="a" >x</p>`]);
    expect(squeezeMarkup(`<p title='<b class="y" >' class="z" >x</p>`)).to.equal(`<p title='<b class="y" >' class=z>x</p>`);
  });

  it('keeps a tag inside a quoted attribute value as written after a binding', () => {
    same([`<p title='`, `<b class="y" >'>x</p>`], ['a ']);
    same([`<p title="`, ` <i id='z'>" data-n="`, `">x</p>`], ['a', 'b']);
  });

  it("keeps a quoted attribute value's line breaks", () => {
    same(['<p title="Rest,\n    then run">x</p>']);
    // A "<b" in the value is not a tag the line break follows.
    same([`<p title='<b\n    class'>x</p>`]);
  });

  it('leaves a template alone when it has a tag that its walk cannot read', () => {
    // Spaces around "=" are HTML, but not a tag the squeeze reads, so it cannot tell where the value ends.
    same([`<p class = "x" title='<b class="y" >'>x</p>`]);
  });

  it('does not make "/ >" self-closing in SVG', () => {
    same(['<svg><circle r="2" / ><rect></rect></svg>']);
  });

  it("leaves a textarea's text alone", () => {
    same(['<textarea><b class="x" ></textarea>']);
  });

  it("leaves the text after a tag's > alone, when an unquoted value or a binding ends the tag", () => {
    same(['<span class="x">a > b</span>']);
    same(['<p class=', '>Use type="button" here, a > b</p>'], ['x']);
  });

  it('leaves pre, title, style and script as written', () => {
    same(['<pre>a\n   b <b class="x" ></pre>']);
    same(['<title>a <b class="x" ></title>']);
    same([`<style>.a::after { content: '<b class="x" >' }</style>`]);
    same([`<script type="text/plain">'<b class="x" >'</script>`]);
  });

  it('fails the build when a squeeze loses or makes a binding', () => {
    expect(() => squeezeTemplate(['<p>', '</p>'], (text) => text.replace(BINDING, ''))).to.throw(/lost or made a binding/);
    expect(() => squeezeTemplate(['<p>', '</p>'], (text) => text + BINDING)).to.throw(/lost or made a binding/);
  });

  it('still squeezes a tag whose attributes follow a binding, and keeps the binding where it was', () => {
    const parts = ['<button class=', ' type="button" >', '</button>'];
    expect(squeezeTemplate(parts, squeezeMarkup)).to.deep.equal(['<button class=', ' type=button>', '</button>']);
    same(parts, ['a', 'Go']);
  });

  /** A css`` template with values between its parts, squeezed or not. */
  const cssParts = (parts: string[], values: string[], squeeze: boolean) =>
    (squeeze ? squeezeTemplate(parts, squeezeCss) : parts).reduce((a, p, i) => a + values[i - 1] + p);

  it("keeps calc()'s + in an at-rule's prelude after a value", () => {
    // A breakpoint from a constant, through unsafeCSS(): the part after it has no "@" in it.
    const parts = ['@media (min-width: ', ') and (min-width: calc(1em + 1px)) { .a { color: red } }'];
    const matches = (squeeze: boolean) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(cssParts(parts, ['1px'], squeeze));
      return matchMedia((sheet.cssRules[0] as CSSMediaRule).media.mediaText).matches;
    };
    expect(matches(false)).to.equal(true);
    expect(matches(true)).to.equal(true);
  });

  it("keeps a custom property's * as written after a value", () => {
    const parts = ['.a { --x: ', ' * 2; }'];
    const value = (squeeze: boolean) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(cssParts(parts, ['3'], squeeze));
      return (sheet.cssRules[0] as CSSStyleRule).style.getPropertyValue('--x');
    };
    expect(value(true)).to.equal(value(false));
  });
});
