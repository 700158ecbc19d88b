import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';

const noInlineStyle = {
  selector: "TaggedTemplateExpression[tag.name=/^(html|svg)$/] TemplateElement[value.raw=/style=/]",
  message: 'No inline style="…" in templates (strict CSP): use classes, parts or custom properties.',
};

export default tseslint.config(
  {ignores: ['dist/**', 'demo-dist/**', 'node_modules/**', 'src/generated/**', 'screenshots/**']},
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  {
    rules: {
      // No .bind() in templates (a new function each render); and, for a strict CSP, never unsafeHTML.
      // Inline style strings are refused by no-restricted-syntax below.
      'lit/no-template-bind': 'error',
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {name: 'lit/directives/unsafe-html.js', message: 'No unsafeHTML: render text, never markup strings.'},
            {name: 'lit/directives/unsafe-svg.js', message: 'No unsafeSVG.'},
          ],
        },
      ],
      'no-restricted-syntax': ['error', noInlineStyle],
      '@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_'}],
    },
  },
  {
    // Old libraries still common on clinics' and shops' sites replace these built-ins (test/mootools.test.ts,
    // test/prototype-js.test.ts, test/customevent-polyfill.test.ts): the widgets' own code must not rely on them.
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        noInlineStyle,
        {
          selector: "CallExpression[callee.object.name='Array'][callee.property.name='from']",
          message: "MooTools and Prototype.js replace Array.from (no mapping function, no iterables): use spread or a loop.",
        },
        {
          selector: "NewExpression[callee.name=/^(Event|CustomEvent)$/], :matches(ClassDeclaration, ClassExpression)[superClass.name=/^(Event|CustomEvent)$/]",
          message: "MooTools replaces window.Event and old polyfills CustomEvent: use WidgetEvent (src/shared/event.ts).",
        },
      ],
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: {'@typescript-eslint/no-unused-expressions': 'off', '@typescript-eslint/no-non-null-assertion': 'off'},
  },
);
