import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';

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
      'no-restricted-syntax': [
        'error',
        {
          selector: "TaggedTemplateExpression[tag.name=/^(html|svg)$/] TemplateElement[value.raw=/style=/]",
          message: 'No inline style="…" in templates (strict CSP): use classes, parts or custom properties.',
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_'}],
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: {'@typescript-eslint/no-unused-expressions': 'off', '@typescript-eslint/no-non-null-assertion': 'off'},
  },
);
