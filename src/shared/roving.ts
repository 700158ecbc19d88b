/**
 * Keys in a row of controls that is one tab stop (the tips' chip toolbars, the switches, the pain check's
 * answers), and Home and End among the pain check's tick boxes: where the arrow keys, Home and End go.
 */
import {html, type TemplateResult} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';

/**
 * The index in a row of `length` that `event` moves to from `at`, wrapping round; null for any other
 * key, and for Alt+arrow (the browser's Back and Forward) or Ctrl/Cmd with Home or End (page scrolling).
 * Left and right are mirrored on a right-to-left page (`rtl`); up and down count only when `upDown`
 * (a radio group; a toolbar leaves them to the page).
 */
export function rovingIndex(event: KeyboardEvent, at: number, length: number, rtl: boolean, upDown = false): number | null {
  if (at < 0 || event.altKey || event.ctrlKey || event.metaKey) return null;
  const flip = rtl ? -1 : 1;
  const steps: Record<string, number> = upDown ? {ArrowRight: flip, ArrowLeft: -flip, ArrowDown: 1, ArrowUp: -1} : {ArrowRight: flip, ArrowLeft: -flip};
  const step = steps[event.key];
  const to = step ? at + step : event.key === 'Home' ? 0 : event.key === 'End' ? length - 1 : null;
  return to === null ? null : (to + length) % length;
}

/** One choice of a switch: its value, the words on its button, and a fuller name when they need one. */
export type SwitchChoice<T extends string> = readonly [value: T, text: string, name?: string];

/**
 * A switch of a few choices (the map's view and knee, the km/mi of the widgets that take distances): a
 * radio group of buttons, one tab stop, where the arrow keys (mirrored on a right-to-left page), Home
 * and End choose, as with native radios. One pattern for every switch: km/mi as two toggle buttons was
 * two tab stops where the arrows did nothing, beside the map's switches where they choose.
 */
export function radioSwitch<T extends string>(
  label: string,
  choices: ReadonlyArray<SwitchChoice<T>>,
  current: T,
  pick: (value: T) => void,
  part?: string,
): TemplateResult {
  return html`<div class="segmented" part=${ifDefined(part)} role="radiogroup" aria-label=${label} @keydown=${onSwitchKeydown}>
    ${choices.map(
      ([value, text, name]) =>
        html`<button type="button" role="radio" aria-checked=${value === current ? 'true' : 'false'} tabindex=${value === current ? '0' : '-1'} aria-label=${ifDefined(name)} @click=${() => pick(value)}>${text}</button>`,
    )}
  </div>`;
}

/**
 * The keys of a radio group, on the element around it: the switches' buttons, and native radios too (the
 * pain check's answers), where a browser gives Home and End to the page, which scrolled away from them.
 */
export function onSwitchKeydown(event: KeyboardEvent): void {
  const group = event.currentTarget as HTMLElement;
  const row = [...group.querySelectorAll<HTMLElement>('[role="radio"], [type="radio"]')];
  const to = rovingIndex(event, row.indexOf(event.target as HTMLElement), row.length, getComputedStyle(group).direction === 'rtl', true);
  if (to === null) return;
  event.preventDefault();
  const next = row[to]!;
  next.click();
  next.focus();
}
