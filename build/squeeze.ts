/**
 * The squeezing itself, kept apart from the Vite plugin (minify-templates.ts) so that the tests can
 * check it in a browser against the CSS the widgets really use.
 */

/**
 * Stands for each binding (`${…}`) while a template is squeezed as one text (see squeezeTemplate()): a
 * private-use character that no rule below takes for a space, a quote or punctuation.
 */
export const BINDING = '\uE002';

/**
 * A template's static parts, squeezed together with BINDING between them, so that every rule sees where
 * a part really starts (in a tag, in text, in a rule) instead of taking each part's start for a tag's or
 * a rule's. Returns as many parts as it was given.
 */
export function squeezeTemplate(parts: readonly string[], squeeze: (raw: string) => string): string[] {
  const out = squeeze(parts.join(BINDING)).split(BINDING);
  if (out.length !== parts.length) throw new Error(`squeezing a template lost or made a binding: ${parts.join('${…}')}`);
  return out;
}

/**
 * An open tag up to its attributes, then any number of whole attributes (a value quoted either way, or
 * unquoted, a binding among them): a quoted value's text, with its own "x", ">" or "<b", is never taken
 * for the tag's own, as long as the reading starts at the tag's own "<" (see squeezeMarkup()).
 */
const TAG = String.raw`<\/?[a-zA-Z][^\s/>]*(?:\s+[^\s"'>/=]+(?:=(?:"[^"]*"|'[^']*'|[^\s"'=<>\x60]+))?)*`;

/**
 * Markup read from its start as the HTML parser reads it, in pieces that follow each other (sticky): a
 * whole tag (TAG, then the tag's > or />), or text up to a "<" that starts a tag, a comment or the like.
 */
const PIECES = new RegExp(String.raw`${TAG}\s*\/?>|(?:[^<]|<(?![a-zA-Z/!?]))+`, 'gy');

/** The rules for one whole tag, each reading the tag from its start (^), so never inside a quoted value. */
const tagRules: Array<[RegExp, string]> = [
  // Whitespace that contains a line break is indentation: one space is equivalent in HTML.
  [new RegExp(String.raw`(?<=^${TAG})\s*\n\s*`, 'g'), ' '],
  // type="button" is type=button: an attribute's value needs no quotes when it has no space, quote,
  // = or <> (only letters, digits and _ . : # % - here), and is followed by a space or the tag's >
  // (not by "/>", which would join the value, nor by a binding). Lit reads unquoted values too.
  [new RegExp(String.raw`(?<=^${TAG}\s+[a-zA-Z][\w:-]*=)"([\w.:#%-]+)"(?=[\s>])`, 'g'), '$1'],
  // "<span class=x >" and "</span >" end at the >; a space before "/>" stays (r=2 /> is not r=2/>).
  [new RegExp(String.raw`(?<=^${TAG})\s+(?=>)`, 'g'), ''],
];

export function squeezeMarkup(raw: string): string {
  // Text that keeps its spaces and line breaks, or isn't markup, is left as written.
  if (/<(?:pre|textarea|title|style|script)\b|<!--/i.test(raw)) return raw;
  // The rules act on a piece that is text or a whole tag, never inside a quoted value, where a "<b
  // class="x" >" is the value's own text. A template read only in part (at a tag not read whole, as
  // name = "value", or a bogus comment "</ x") is left as written.
  const pieces = raw.match(PIECES) ?? [];
  if (pieces.join('') !== raw) return raw;
  return pieces
    .map((piece) =>
      /^<[a-zA-Z/]/.test(piece)
        ? tagRules.reduce((tag, [rule, by]) => tag.replace(rule, by), piece)
        : // Indentation in text is one space too.
          piece.replace(/\s*\n\s*/g, ' '),
    )
    .join('');
}

export function squeezeCss(raw: string): string {
  // Quoted strings and url()s are kept as they are: set aside while the CSS around them is squeezed,
  // each as a numbered placeholder (two private-use characters that no pattern below matches).
  // Comments go in the same reading from the start, so a string's "/*" is not taken for a comment's
  // start, nor a comment's "it's" for a string's. So do escapes (".a\ ", ".\31 0"), whose space is
  // part of a name, not whitespace before a combinator.
  const kept: string[] = [];
  return (
    raw
      .replace(
        /\/\*[\s\S]*?\*\/|'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|\burl\([^)]*\)|\\(?:[\da-fA-F]{1,6}(?:\r\n|[ \t\n\r\f])?|[^\n\r\f\da-fA-F])/g,
        (text) => (text.startsWith('/*') ? '' : `\uE000${kept.push(text) - 1}\uE001`),
      )
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,>])\s*/g, '$1')
      // "prop: value" and "(min-width: 30em)": no selector has a space after a colon.
      .replace(/: /g, ':')
      // 0.5em is .5em; not after a digit, a dot or a name character (1.05, a0.5).
      .replace(/(^|[^\w.-])0\.(\d)/g, '$1.$2')
      .replace(/;}/g, '}')
      // "1.5 !important" is "1.5!important".
      .replace(/\s+!important/g, '!important')
      // A selector's + and ~ combinators: in a prelude (text up to a "{" with no ";" or "}" between)
      // that is not an at-rule's. Not in calc(), where "1em + 2px" needs its spaces.
      .replace(/(?<=(?:^|[;{}])[^@;{}]*)\s([+~])\s(?=[^;{}]*\{)/g, '$1')
      // calc()'s * and / and the / of a value ("1 / -1", "240 / 330") need no spaces, unlike + and
      // -: in a declaration (up to a ";" or "}" with no "{" between), as " * " in a selector is a
      // descendant of any element. Not in a custom property's, whose value is its text as written
      // (getComputedStyle() would read "(49.5 - l)*1000").
      .replace(/(?<=(?:^|[{;])(?!--)[^{};]*)\s([*/])\s(?=[^{};]*[;}])/g, '$1')
      // [type='radio'] is [type=radio]: an attribute selector's value needs no quotes when it is a name.
      .replace(/(?<==)\uE000(\d+)\uE001(?=( [is])?\])/g, (_, i: string) =>
        kept[Number(i)]!.replace(/^(['"])(-?[a-zA-Z_][\w-]*)\1$/, '$2'),
      )
      .replace(/\uE000(\d+)\uE001/g, (_, i: string) => kept[Number(i)]!)
      .trim()
  );
}
