import ts from 'typescript';
import type {Plugin} from 'vite';
import {squeezeCss, squeezeMarkup, squeezeTemplate} from './squeeze.js';

/**
 * Build-only: squeezes the whitespace out of Lit's `html`, `svg` and `css` tagged templates in our
 * sources (indentation is most of their bytes). Uses the TypeScript AST, so nested templates, `msg()`
 * strings and `str` templates are left alone. HTML whitespace is collapsed to one space, never removed,
 * so inline text keeps its spacing; CSS loses comments and the spaces around its punctuation. Also drops
 * the translators' notes (`desc`) from `msg()` calls, which the runtime never reads.
 */
export function minifyTemplates(): Plugin {
  return {
    name: 'knee-widgets:minify-templates',
    apply: 'build',
    transform(code, id) {
      if (!/[\\/]src[\\/].*\.ts$/.test(id) || /[\\/]generated[\\/]/.test(id)) return null;
      const file = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true);
      const edits: Array<{start: number; end: number; text: string}> = [];
      const visit = (node: ts.Node) => {
        if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && ['html', 'svg', 'css'].includes(node.tag.text)) {
          const squeeze = node.tag.text === 'css' ? squeezeCss : squeezeMarkup;
          const parts: ts.Node[] = ts.isNoSubstitutionTemplateLiteral(node.template)
            ? [node.template]
            : [node.template.head, ...node.template.templateSpans.map((s) => s.literal)];
          // The raw text between the delimiters of each part: ` or } before, ` or ${ after.
          const ranges = parts.map((part) => ({
            start: part.getStart(file) + 1,
            end: part.getEnd() - (ts.isTemplateHead(part) || ts.isTemplateMiddle(part) ? 2 : 1),
          }));
          const raws = ranges.map(({start, end}) => code.slice(start, end));
          // Squeezed as one text, so that each rule sees what comes before a binding.
          const texts = squeezeTemplate(raws, squeeze);
          for (const [i, {start, end}] of ranges.entries()) if (texts[i] !== raws[i]) edits.push({start, end, text: texts[i]!});
        }
        // msg()'s `desc` is a note for translators, which `lit-localize extract` reads from the source;
        // the runtime reads only `id`. A call whose options are only a `desc` loses them.
        if (isMsgWithOnlyDesc(node)) edits.push({start: node.arguments[0]!.getEnd(), end: node.arguments[1]!.getEnd(), text: ''});
        ts.forEachChild(node, visit);
      };
      visit(file);
      if (!edits.length) return null;
      return applyEdits(code, edits, id);
    },
  };
}

/** `msg(text, {desc: '…'})`: options that say nothing to the runtime. */
function isMsgWithOnlyDesc(node: ts.Node): node is ts.CallExpression {
  if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== 'msg') return false;
  const options = node.arguments[1];
  return (
    node.arguments.length === 2 &&
    !!options &&
    ts.isObjectLiteralExpression(options) &&
    options.properties.length > 0 &&
    options.properties.every((p) => ts.isPropertyAssignment(p) && ts.isIdentifier(p.name) && p.name.text === 'desc')
  );
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

/**
 * Replaces each range of `code` with its text and returns the result with a source map back to `code`
 * (Rollup chains it with the maps before it). `map: null` would tell the bundler that nothing moved,
 * and every line after the first squeezed template would then point at the wrong source line.
 * Unchanged code is mapped at the start of every word, so columns stay right; a squeezed template
 * part maps, as a whole, to where it started.
 */
export function applyEdits(code: string, edits: readonly Edit[], source: string): {code: string; map: SourceMapV3} {
  const lines: number[][][] = [[]];
  let out = '';
  let outCol = 0;
  let inLine = 0;
  let inCol = 0;
  const mark = () => lines[lines.length - 1]!.push([outCol, 0, inLine, inCol]);
  const emit = (text: string) => {
    for (const ch of text) {
      out += ch;
      if (ch === '\n') {
        lines.push([]);
        outCol = 0;
      } else outCol += ch.length;
    }
  };
  const advance = (text: string) => {
    for (const ch of text) {
      if (ch === '\n') {
        inLine++;
        inCol = 0;
      } else inCol += ch.length;
    }
  };
  let pos = 0;
  const copy = (end: number) => {
    let wordStart = true;
    for (const ch of code.slice(pos, end)) {
      const space = /\s/.test(ch);
      if (!space && wordStart) mark();
      wordStart = space || /[^\w$]/.test(ch);
      emit(ch);
      advance(ch);
    }
    pos = end;
  };
  for (const e of [...edits].sort((a, b) => a.start - b.start)) {
    copy(e.start);
    if (e.text) mark(); // an empty replacement would leave two segments at one column
    emit(e.text);
    advance(code.slice(e.start, e.end));
    pos = e.end;
  }
  copy(code.length);
  return {code: out, map: {version: 3, sources: [source], names: [], mappings: encodeMappings(lines)}};
}

export interface SourceMapV3 {
  version: 3;
  sources: string[];
  names: string[];
  mappings: string;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function vlq(n: number): string {
  let v = n < 0 ? (-n << 1) | 1 : n << 1;
  let s = '';
  do {
    let digit = v & 31;
    v >>>= 5;
    if (v) digit |= 32;
    s += BASE64[digit];
  } while (v);
  return s;
}

/** Source map v3 `mappings` from segments [generated column, source, line, column] per generated line. */
function encodeMappings(lines: number[][][]): string {
  const prev = [0, 0, 0];
  return lines
    .map((segments) => {
      let col = 0;
      return segments
        .map(([genCol, src, line, column]) => {
          const s = vlq(genCol! - col) + vlq(src! - prev[0]!) + vlq(line! - prev[1]!) + vlq(column! - prev[2]!);
          col = genCol!;
          prev[0] = src!;
          prev[1] = line!;
          prev[2] = column!;
          return s;
        })
        .join(',');
    })
    .join(';');
}
