import {css, html, nothing, type TemplateResult} from 'lit';

/** A detached element that asks the browser what it makes of `hidden="until-found"`. */
let probe: HTMLElement | undefined;

/**
 * Whether find in page reaches a fold: the browser fires `beforematch` and knows `hidden="until-found"`
 * (its `hidden` property then says "until-found", not just true). Firefox 139–147 had the event without
 * the attribute: there a fold built in advance was never found, only paid for. (Firefox 148 and Safari
 * 26.2 have both, but may not scroll to what they find, by MDN's data.)
 */
function canFind(): boolean {
  probe ??= document.createElement('div');
  probe.hidden = 'until-found' as never;
  return 'onbeforematch' in probe && (probe.hidden as unknown) === 'until-found';
}

/**
 * What a show-more toggle folds away (the map's causes, the tips' "why, how and when"), under the `id` its
 * toggle controls. Folded, it is hidden until found: the browser's find in page (Ctrl+F, a phone's "Find
 * in page") and a link to a quote (`#:~:text=`) search it and unfold it, telling `found`, as they do a
 * page's own `<details>`. A browser that can't (see canFind()) hides it, and it is rendered only unfolded
 * or `printing`. Folded, it is also `aria-hidden`, as WebKit shows a screen reader what `until-found` hides.
 */
export function renderFold(id: string, open: boolean, printing: boolean, found: () => void, content: () => TemplateResult): TemplateResult {
  const findable = canFind();
  return html`<div class="details" id=${id} hidden=${open ? nothing : findable ? 'until-found' : ''} aria-hidden=${open ? nothing : 'true'} @beforematch=${found}>
    ${open || findable || printing ? content() : nothing}
  </div>`;
}

/**
 * The folds' layout, for the widgets that have them. Only an unfolded one is laid out here: a folded one
 * keeps the browser's own style, hidden until found (its content skipped), or plain hidden where the browser
 * can't find in it, which a `display` here would undo. Printed, it shows.
 */
export const foldStyles = css`
  .details:not([hidden]) {
    display: grid;
  }
  @media print {
    .details[hidden] {
      display: grid;
      content-visibility: visible;
    }
  }
`;

/** `ids` with `id` unfolded (`open`) or folded; by default the other way from now. */
export function unfold<T>(ids: ReadonlySet<T>, id: T, open = !ids.has(id)): Set<T> {
  const next = new Set(ids);
  if (open) next.add(id);
  else next.delete(id);
  return next;
}
