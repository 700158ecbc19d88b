import ts from 'typescript';
import type {Plugin} from 'vite';

/**
 * Build-only: squeezes the whitespace out of Lit's `html`, `svg` and `css` tagged templates in our
 * sources (indentation is most of their bytes). Uses the TypeScript AST, so nested templates, `msg()`
 * strings and `str` templates are left alone. HTML whitespace is collapsed to one space, never removed,
 * so inline text keeps its spacing; CSS loses comments and the spaces around its punctuation.
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
          for (const part of parts) {
            // The raw text between the delimiters: ` or } before, ` or ${ after.
            const start = part.getStart(file) + 1;
            const end = part.getEnd() - (ts.isTemplateHead(part) || ts.isTemplateMiddle(part) ? 2 : 1);
            const raw = code.slice(start, end);
            const text = squeeze(raw);
            if (text !== raw) edits.push({start, end, text});
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(file);
      if (!edits.length) return null;
      let out = code;
      for (const e of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
      return {code: out, map: null};
    },
  };
}

export function squeezeMarkup(raw: string): string {
  // Whitespace that contains a line break is indentation: one space is equivalent in HTML.
  return raw.replace(/\s*\n\s*/g, ' ');
}

export function squeezeCss(raw: string): string {
  return raw
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/;}/g, '}')
    .trim();
}
