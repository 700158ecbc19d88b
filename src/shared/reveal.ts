import {scrollArea} from './advice.js';

/**
 * Brings what a reader's choice brought up into view (the map's causes, the tips' first result): `show`,
 * with `margin` px below it, by the least distance needed, and no further than `keep` (what they chose)
 * can go and stay in the part of the window the page leaves, its scroll padding (a sticky header and a
 * cookie bar took the map's chosen spot under the header). A `show` above goes to the top. The box
 * that scrolls the widget moves (see scrollArea()), smoothly unless the reader asks for less motion. The
 * map and the tips only, so a module of their own (see vite.widgets.config.ts).
 *
 * Focus moving on in `root` while it glides (a Shift+Tab at once) stops the glide where it is, or where
 * the control just focused is whole in sight if the glide had carried it partly out (focus a moment late,
 * on a busy phone): it carried that control out of sight, the window's or a page's scrolling panel's. A
 * smooth scroll to where the box is stops one in every engine; an instant one doesn't in Firefox. Not
 * for a control out of sight, which the browser scrolls to itself: on a page with `scroll-behavior:
 * smooth` (Bootstrap sets it), that stopped the browser's scroll too, and the control stayed hidden. And
 * only while a glide may last: a Tab long after, to a control below, met the same fate.
 */
let glides = 0;

export function reveal(root: Node, keep: Element, show: Element, margin: number): void {
  // Not for a widget taken away or hidden meanwhile (a page that swaps views on the choice): measured as
  // nothing at the top, it scrolled the page up by its scroll padding.
  if (!show.getClientRects().length) return;
  const {box, top, bottom} = scrollArea(show);
  const {top: from, bottom: to} = show.getBoundingClientRect();
  const by = from < top ? from - top : Math.max(0, Math.min(to + margin - bottom, keep.getBoundingClientRect().top - 8 - top));
  if (!by) return;
  // (Not 'auto', which follows a page's scroll-behavior: smooth, also for a reader who asks for less motion.)
  const behavior = matchMedia('(prefers-reduced-motion: reduce)').matches ? 'instant' : 'smooth';
  box.scrollBy({top: by, behavior});
  // Only the newest glide's: an older one's, still listening, took the glide a second tap began a frame on.
  const n = ++glides;
  // (The part of the window the box shows stays where it is as the box scrolls.)
  const stop = ({target}: Event): void => {
    const el = target as Element;
    const {top: t, bottom: b} = el.getBoundingClientRect();
    if (b > top && t < bottom) {
      box.scrollTo({top: box.scrollTop, behavior});
      // A frame on, what of it the glide had carried out comes back, 8 px clear: Chromium's own scroll to a
      // control partly out of sight doesn't stop a glide, whose last frame then took it out again. Not for
      // a control taken away or hidden meanwhile (a tap on a spot, on a page that swaps views on the
      // choice): measured as nothing at the top, it scrolled the page up by 8 px and its scroll padding.
      requestAnimationFrame(() => {
        const {top: t, bottom: b} = el.getBoundingClientRect();
        if (n === glides && el.getClientRects().length) box.scrollBy({top: Math.min(0, t - 8 - top) + Math.max(0, b + 8 - bottom), behavior});
      });
    }
  };
  root.addEventListener('focusin', stop);
  setTimeout(() => root.removeEventListener('focusin', stop), 1000);
}
