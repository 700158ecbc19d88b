/**
 * Keys in a row of controls that is one tab stop (the tips' chip toolbars, the map's switches): where
 * the arrow keys, Home and End go. Shared by the widgets that give advice (see vite.widgets.config.ts).
 */

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
