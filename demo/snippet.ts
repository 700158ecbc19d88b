// The demo's embed snippet: each widget's tag as the page has it, for a reader to copy.

/**
 * `el` as markup, with its attributes: `theme="auto"` (the default, which says nothing) and `region` (the
 * spot the demo's reader picked, not a setting: pasted, a page's map would open on it) left out, and its `id`
 * only when another widget in `all` points at it with `for` (the tips follow the map by its id: without
 * it the copied tips followed nothing).
 */
export function widgetMarkup(el: Element, all: readonly Element[]): string {
  const followed = el.id !== '' && all.some((other) => other.getAttribute('for') === el.id);
  const attrs = [...el.attributes]
    .filter((a) => (a.name !== 'id' || followed) && a.name !== 'region' && !(a.name === 'theme' && a.value === 'auto'))
    .map((a) => (a.value === '' ? ` ${a.name}` : ` ${a.name}="${a.value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`))
    .join('');
  return `<${el.localName}${attrs}></${el.localName}>`;
}
