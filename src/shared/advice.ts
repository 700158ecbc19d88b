import {css, html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult} from 'lit';
import {msg} from '@lit/localize';
import {KneeWidgetElement} from './widget.js';
import {ctaUrl} from './url.js';
import {toggleStyles} from './toggle.styles.js';
import {renderSourcesInline} from './citations.js';
import {WidgetEvent} from './event.js';

/**
 * What the four widgets that give health advice share, and the shoe list does not: the "when to see a
 * professional" box, the booking link, cautions beside a tip, and how their choices scroll. A page with
 * only <shoe-mileage> does not download them (see vite.widgets.config.ts).
 */

/** The element whose shadow root `root` is; null for a document or a detached tree. */
const hostOf = (root: Node): Element | null => (root instanceof ShadowRoot ? root.host : null);

/** A scroll padding in px (`auto`, and a percentage, count as none). */
const px = (value: string): number => (value.endsWith('px') ? parseFloat(value) : 0);

/** The scroll padding at the top of what scrolls `node`: how a page says how tall its sticky header is. */
export const scrollPaddingTop = (node: Element): number => px(getComputedStyle(scrollArea(node).box).scrollPaddingTop);

/**
 * What scrolls `node` into view, and the part of the window it shows: the nearest box around it that can
 * scroll (a page's panel, also one in a component's shadow root that the widget is slotted into), or the
 * page. A fixed box (a modal dialog) ends the search: the page behind it must not move. A box as tall as
 * the window is not a panel (a theme's wrapper with `overflow-x: hidden`, which makes it scroll a few
 * pixels down too), unless the page itself can't scroll and the box is no taller than the window: an
 * app's shell, whose wrapper scrolls everything (the tips lifted the whole shell, or moved nothing).
 * `<body>` is the page's scroller only where `<html>` doesn't pass its overflow to the window. The part
 * shown leaves out the scroll padding, which is how a page with a sticky header or a bottom bar says how
 * much they cover. The tips and training-load scrolled the window: in a panel or a
 * dialog the page behind moved and what was meant to show stayed hidden.
 */
export function scrollArea(node: Element): {box: Element; top: number; bottom: number} {
  const html = document.documentElement;
  const body = getComputedStyle(html).overflowY !== 'visible' && document.body;
  const shell = html.scrollHeight <= innerHeight;
  let [el, box, top, bottom]: [Element | null | undefined, Element, number, number] = [node, document.scrollingElement ?? html, 0, innerHeight];
  while ((el = el.assignedSlot ?? el.parentElement ?? hostOf(el.getRootNode())) && el !== html) {
    const style = getComputedStyle(el);
    const scrolls = /auto|scroll/.test(style.overflowY) && el.scrollHeight > el.clientHeight;
    if (style.position === 'fixed' || (scrolls && (el === body || (el !== document.body && (el.clientHeight < innerHeight || (shell && el.clientHeight <= innerHeight)))))) {
      [box, top] = [el, el.getBoundingClientRect().top + el.clientTop];
      bottom = top + el.clientHeight;
      break;
    }
  }
  const style = getComputedStyle(box);
  return {box, top: Math.max(0, top + px(style.scrollPaddingTop)), bottom: Math.min(innerHeight, bottom - px(style.scrollPaddingBottom))};
}

/**
 * The "when to see a professional" box, the same advice in every widget that gives health advice and
 * always in view: a list that answers "when?", the most urgent first (today, soon, if it gets worse), as
 * a reader in pain may read no further than the first line. It was one paragraph of six sentences.
 * Its title is a heading at `level` (a screen reader can jump to it); `extra` comes after the advice (a
 * booking link). Its sources: the warning signs follow the NHS's knee pain page; "gets worse, or has
 * lasted" the coach's and the blog's advice. It holds every warning sign the pain check asks about, with
 * the same urgency (content/red-flags.ts): a runner who reads it and then takes the check is not told two
 * things.
 */
export function professionalBox(level: number, extra: unknown = nothing): TemplateResult {
  return html`<div class="professional" part="professional">
    <p role="heading" aria-level=${level} class="heading">${msg('When to see a professional')}</p>
    <ul class="bullets">
      <li>
        <strong>${msg('Today')}</strong>${msg(", if you can't put weight on your leg, the pain is strong (7 out of 10 or more), or your knee is badly swollen, has changed shape or won't move. The same goes if it is hot and red, or you feel feverish. And if it locked, gave way or would not straighten right after a twist, a fall or a knock.")}
      </li>
      <li><strong>${msg('Within a few days')}</strong>${msg(", if the pain started with a twist, a fall or a knock, or if the knee locks, gives way or won't straighten. The same goes if the swelling keeps coming back or is behind the knee, or it hurts a lot when you rest or at night.")}</li>
      <li><strong>${msg('If the pain gets worse')}</strong>${msg(', or has lasted more than two weeks without easing: stop running, and see a physiotherapist or doctor within a few days.')}</li>
    </ul>
    <p>${msg('Do not run through pain.')}</p>
    <p class="sources">${renderSourcesInline(['nhs-knee-pain', 'coach-article', 'blog-article'], {label: true, brackets: false})}</p>
    ${extra}
  </div>`;
}

const adviceStyles = css`
  /* Cautions stay visible next to the advice they qualify. */
  .cautions {
    margin: 0.35em 0;
    padding: 0.35em 0.6em;
    border-inline-start: 0.25em solid var(--_warn);
    font-size: 0.9375em;
  }

  .cautions ul {
    margin: 0.2em 0 0;
    padding-inline-start: 1.1em;
  }

  /* The "when to see a professional" box (professionalBox()) and the booking link that may sit in it: its
     title, list, "Do not run through pain", sources and link spaced alike in every widget. */
  .professional {
    display: grid;
    gap: 0.5em;
    justify-items: start;
    border-radius: calc(var(--_radius) * 0.75);
    padding: var(--_inset);
    background: var(--_accent-soft);
  }

  .professional p {
    margin: 0;
  }

  /* Sources, wherever an advice widget lists them: small and muted, under what they back. */
  .sources {
    font-size: 0.8125em;
    color: var(--_muted);
  }

  /* One source a line: far enough apart for a finger (24 px, WCAG 2.5.8) at this small size. */
  .sources li + li {
    margin-top: 0.5em;
  }

  .professional ul {
    display: grid;
    gap: 0.25em;
    margin: 0;
    padding-inline-start: 1.25em;
  }

  /* At 200% text on a 320px phone "assessment" alone is wider than the box: it breaks at the box's edge
     rather than push out (break-word: only then; as a grid item its minimum would be the word). */
  .cta {
    display: inline-block;
    box-sizing: border-box;
    min-inline-size: 0;
    max-inline-size: 100%;
    min-height: var(--_target);
    padding: 0.6em 1.1em;
    border-radius: var(--_pill);
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 700;
    text-decoration: none;
  }

  @media (hover: hover) {
    .cta:hover {
      text-decoration: underline;
    }
  }


  @media (forced-colors: active) {
    /* Boxes drawn only by their background would lose their edges. */
    .professional {
      border: 1px solid CanvasText;
    }
    .cta {
      border: 1px solid;
    }
  }
`;

export interface KneeWidgetsCtaDetail {
  /** Where the link goes: the page's `cta-href`, as the browser resolved it. */
  readonly href: string;
}

/**
 * Fired by a widget's booking link (`cta-href`) as the reader follows it (a click, Enter, a middle click;
 * not "Open in new tab" from its menu, which pages can't see), for a page to count bookings: its click
 * tracking can't see a link in a shadow root. Cancel it to take over (open the clinic's own booking
 * pop-up): the link then goes nowhere.
 */
export class KneeWidgetsCtaEvent extends WidgetEvent<KneeWidgetsCtaDetail> {
  constructor(href: string) {
    super('knee-widgets-cta', {href}, true);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'knee-widgets-cta': KneeWidgetsCtaEvent;
  }
}

/**
 * The base of the four widgets that give health advice: the `cta-href` and `cta-label` attributes of the
 * page's booking link, which goes where a reader is told to see someone. A clinic sets it once on each
 * widget it uses; the shoe list gives no such advice and has no link.
 *
 * @fires {KneeWidgetsCtaEvent} knee-widgets-cta - The reader followed the booking link (`cta-href`): a click, Enter or a middle click, not "Open in new tab" from its menu. A page's own click tracking can't see a link inside a widget. `detail: {href}`. Cancel it to take over, such as to open the clinic's own booking pop-up: the link then goes nowhere.
 */
export class AdviceElement extends KneeWidgetElement {
  static override styles = [...KneeWidgetElement.styles, toggleStyles, adviceStyles];

  static override properties: PropertyDeclarations = {
    ctaHref: {attribute: 'cta-href'},
    ctaLabel: {attribute: 'cta-label'},
  };

  /** Call-to-action URL; rendered only when it is http(s), mailto: or tel:. */
  declare ctaHref: string;
  /** Call-to-action text. Empty: "Book an assessment", in the page's language (name a phone link yourself, such as "Call the clinic"). */
  declare ctaLabel: string;

  #ctaUrl: string | null = null;

  constructor() {
    super();
    this.ctaHref = '';
    this.ctaLabel = '';
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('ctaHref')) this.#ctaUrl = ctaUrl(this, this.ctaHref);
    // Checked when set, as every other attribute is, though the link may wait for a result.
    if (changed.has('ctaLabel')) this.pageText('cta-label', this.ctaLabel, '');
  }

  /** A click, Enter, or a middle click (a new tab); not a right click. */
  readonly #onBook = (event: MouseEvent): void => {
    if (event.button < 2 && !this.dispatchEvent(new KneeWidgetsCtaEvent((event.currentTarget as HTMLAnchorElement).href))) event.preventDefault();
  };

  /** The page's booking link, in its words or the built-in ones, or nothing without a safe `cta-href`. */
  protected renderBooking(): TemplateResult | typeof nothing {
    return this.#ctaUrl
      ? html`<a class="cta" part="cta" href=${this.#ctaUrl} @click=${this.#onBook} @auxclick=${this.#onBook}>${this.pageText('cta-label', this.ctaLabel, msg('Book an assessment'))}</a>`
      : nothing;
  }
}
