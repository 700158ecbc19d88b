/**
 * Guarded custom element registration.
 *
 * A page may load the bundle twice (two script tags with different URLs, or two versions of the
 * library). The second copy must not throw: a tag that is already defined is left alone. When it is
 * held by a different class (another copy), we warn once per copy, naming every tag involved.
 */

import './globals.js';

const pending = new Set<string>();

function flushWarning(): void {
  if (pending.size === 0) return;
  const tags = [...pending].map((t) => `<${t}>`).join(', ');
  pending.clear();
  console.warn(
    `knee-widgets: ${tags} already defined by another copy of the library; this copy left it alone. ` +
      'Load knee-widgets once per page.',
  );
}

/** Defines `tag` unless it is taken. Returns true when this call registered it. Never throws. */
export function define(tag: string, ctor: CustomElementConstructor): boolean {
  let existing: CustomElementConstructor | undefined;
  try {
    const registry = globalThis.customElements;
    if (!registry) return false;
    existing = registry.get(tag);
    if (!existing) {
      registry.define(tag, ctor);
      return true;
    }
  } catch (error) {
    // A race with another copy, this constructor already used under another name, or a page's registry
    // patched to throw.
    console.warn(`knee-widgets: could not define <${tag}>`, error);
    return false;
  }
  if (existing !== ctor) {
    if (pending.size === 0) queueMicrotask(flushWarning);
    pending.add(tag);
  }
  return false;
}
