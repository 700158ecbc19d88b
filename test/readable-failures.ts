/**
 * Loaded before every test file (see `readableFailuresPlugin` in web-test-runner.config.mjs). A failed
 * assertion on an element (`expect($(el, '.note')).to.equal(null)`) hung its whole file until the
 * runner's 180 s limit instead of failing: Mocha walks the error's `actual` and `expected` to show a diff,
 * and an element leads to the whole page. Each is written as its tag and classes instead, so the test
 * fails at once and says what it found.
 */
const named = (node: Node): string =>
  node instanceof Element ? `<${node.localName}${node.id ? `#${node.id}` : ''}${[...node.classList].map((c) => `.${c}`).join('')}>` : `<${node.nodeName}>`;

afterEach(function () {
  const err = this.currentTest?.err as (Error & {actual?: unknown; expected?: unknown}) | undefined;
  if (!err) return;
  for (const key of ['actual', 'expected'] as const) if (err[key] instanceof Node) err[key] = named(err[key]);
});
