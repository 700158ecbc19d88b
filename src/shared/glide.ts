import {scrollArea} from './advice.js';

/**
 * Brings what a reader's choice brought up into view (the map's causes, the tips' first result): `scroll`
 * moves `box` (what scrolls the widget, see scrollArea()), smoothly unless the reader asks for less motion.
 * The map and the tips only, so a module of their own (see vite.widgets.config.ts).
 *
 * Focus moving on in `root` while `box` glides (a Shift+Tab at once) stops the glide where it is: it
 * carried the control just focused out of sight, the window's or a page's scrolling panel's. A smooth
 * scroll to where the box is stops one in every engine; an instant one doesn't in Firefox. Not for a
 * control out of sight, which the browser scrolls to itself: on a page with `scroll-behavior: smooth`
 * (Bootstrap sets it), that stopped the browser's scroll too, and the control stayed hidden. And only
 * while a glide may last: a Tab long after, to a control below, met the same fate.
 */
export function glide(root: Node, box: Element, scroll: (behavior: ScrollBehavior) => void): void {
  const behavior = matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth';
  scroll(behavior);
  const stop = ({target}: Event): void => {
    const {top, bottom} = (target as Element).getBoundingClientRect();
    const area = scrollArea(target as Element);
    if (bottom > area.top && top < area.bottom) box.scrollTo({top: box.scrollTop, behavior});
  };
  root.addEventListener('focusin', stop);
  setTimeout(() => root.removeEventListener('focusin', stop), 1000);
}
