import {html, nothing, type TemplateResult} from 'lit';

/**
 * What a show-more toggle folds away (the map's causes, the tips' "why, how and when"), under the `id` its
 * toggle controls. Folded, it is hidden until found: the browser's find in page (Ctrl+F, a phone's "Find
 * in page") and a link to a quote (`#:~:text=`) search it and unfold it, telling `found`, as they do a
 * page's own `<details>`. A browser without that (Chrome before 102, Firefox before 139) hides it, and it
 * is rendered only unfolded or `printing`.
 */
export function renderFold(id: string, open: boolean, printing: boolean, found: () => void, content: () => TemplateResult): TemplateResult {
  const findable = 'onbeforematch' in HTMLElement.prototype;
  return html`<div class="details" id=${id} hidden=${open ? nothing : findable ? 'until-found' : ''} @beforematch=${found}>
    ${open || findable || printing ? content() : nothing}
  </div>`;
}

/** `ids` with `id` unfolded (`open`) or folded; by default the other way from now. */
export function unfold<T>(ids: ReadonlySet<T>, id: T, open = !ids.has(id)): Set<T> {
  const next = new Set(ids);
  if (open) next.add(id);
  else next.delete(id);
  return next;
}
