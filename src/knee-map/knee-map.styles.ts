import {css} from 'lit';

export const kneeMapStyles = css`
  :host {
    --_line: var(--knee-map-line, var(--_text));
    --_fill: var(--knee-map-fill, var(--_raised));
    --_bone: var(--knee-map-bone, var(--_surface));
    /* Lines, dots and the tick: the accent leaning towards the text colour, so they show on the leg. The
       tint inside a spot carries no meaning of its own (the line does), so it keeps the accent's own hue. */
    --_highlight: var(--knee-map-highlight, var(--_link));
    --_tint: var(--knee-map-highlight, var(--_accent));
    --_map-width: var(--knee-map-drawing-width, 20em);
    padding: var(--knee-map-padding, var(--_edge));
    border: 1px solid var(--_border);
  }

  /* In the dark the page-coloured kneecap read as a hole: there it is lighter than the skin, as in light.
     (theme="dark" gets it through the colour scheme; without light-dark() the leg stays light, and so
     does the kneecap.) */
  @supports (color: light-dark(#000, #fff)) {
    :host {
      --_bone: var(--knee-map-bone, light-dark(var(--_surface), #323c42));
    }
  }

  .intro {
    margin: 0.25em 0 0.75em;
    color: var(--_muted);
  }

  .layout {
    display: grid;
    gap: var(--_gap);
    grid-template-columns: minmax(0, 1fr);
  }

  @container (min-width: 38em) {
    .layout {
      grid-template-columns: minmax(14em, var(--_map-width)) minmax(0, 1fr);
      align-items: start;
    }

    /* Beside a list of causes that runs to screens, the drawing stays in view as the reader scrolls it,
       where the window is tall enough to hold all of the drawing. Below a page's own sticky header, as
       far down as the page says (--kw-sticky-top, else its scroll padding, --_pad-top): over it, the
       switches slid under the header, and focus on them was hidden. */
    @media (min-height: 44em) {
      .figure {
        position: sticky;
        top: calc(var(--kw-sticky-top, var(--_pad-top, 0px)) + var(--_edge));
      }
    }
  }

  /* On a phone held sideways (360 px high) the full drawing was taller than the screen, so its spots
     could not all be seen at once. It is at most about 70% of the screen's height, and at least 14em
     wide (its width in the two-column layout, where its spots are still 24 px and more). */
  .figure {
    margin: 0;
    width: 100%;
    max-width: min(var(--_map-width), max(14em, 52svh));
    justify-self: center;
  }

  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    justify-content: center;
    margin-bottom: 0.5em;
  }

  /* The drawing is anatomy, not text: it never mirrors on right-to-left pages. */
  .drawing {
    direction: ltr;
    display: block;
    width: 100%;
    height: auto;
    aspect-ratio: 240 / 330;
    overflow: visible;
    touch-action: manipulation;
    -webkit-tap-highlight-color: transparent;
  }

  .skin {
    fill: var(--_fill);
  }

  .line,
  .detail path,
  .bone {
    fill: none;
    stroke: var(--_line);
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  .line,
  .bone {
    stroke-width: 2;
  }

  .bone {
    fill: var(--_bone);
  }

  .detail path {
    stroke-width: 1.3;
    opacity: 0.65;
  }

  .detail .faint {
    opacity: 0.4;
  }

  /* Which side is which, under the drawing's corners: text that grows with the reader's text size (drawn
     in the drawing, it shrank with it, to 11px on a small phone). Never mirrored, like the drawing. */
  .side-labels {
    direction: ltr;
    display: flex;
    justify-content: space-between;
    gap: 1em;
    margin: 0.25em 0 0;
    font-size: 0.8125em;
    color: var(--_muted);
  }

  .region {
    cursor: pointer;
    outline: none;
  }

  /* At rest only a hotspot dot invites a tap; the hit area is invisible but catches the pointer. */
  .region .area {
    fill: var(--_tint);
    fill-opacity: 0;
    stroke: var(--_highlight);
    stroke-width: 2;
    stroke-dasharray: 4 4;
    stroke-opacity: 0;
    pointer-events: all;
    transition: fill-opacity 0.15s, stroke-opacity 0.15s;
  }

  /* A 14-unit band round each spot (about 6 px each side at 280 px), under every spot: see #renderDrawing. */
  .hit {
    fill: none;
    /* Painted, but with nothing: with stroke none, Firefox and WebKit hit-test no band. */
    stroke: transparent;
    stroke-width: 14;
    stroke-linejoin: round;
    pointer-events: stroke;
    cursor: pointer;
  }

  .region .dot {
    fill: var(--_highlight);
    stroke: var(--_surface);
    stroke-width: 2;
    pointer-events: none;
  }

  /* Only where a pointer hovers: a touch screen leaves :hover on the last spot tapped. */
  @media (hover: hover) {
    .region:hover .area {
      fill-opacity: 0.18;
      stroke-opacity: 1;
    }
  }

  /* Focus: a light line inside a wide focus-coloured band (the ring, drawn under the area), so the spot
     the keyboard is on stands out from the selected one by shape and by contrast, not by hue alone. */
  .region .ring {
    fill: none;
    stroke: none;
    pointer-events: none;
    /* What a spot reached by the keyboard is scrolled into view by (see #onRegionFocus): all its ring. */
    scroll-margin-block: 0.5em;
  }

  .region:focus-visible .ring {
    stroke: var(--_focus);
    stroke-width: 9;
    stroke-linejoin: round;
  }

  .region:focus-visible .area {
    fill-opacity: 0.18;
    stroke: var(--_surface);
    stroke-width: 3;
    stroke-dasharray: none;
    stroke-opacity: 1;
  }

  /* Selected: solid thick outline, stronger fill and a check marker, so it never relies on colour. */
  .region[aria-selected='true'] .dot {
    display: none;
  }

  .region[aria-selected='true'] .area {
    fill-opacity: 0.32;
    stroke-width: 2.5;
    stroke-dasharray: none;
    stroke-opacity: 1;
  }

  /* Chosen and focused: the focus's wider line, over the chosen one's (its fill, above, stays). */
  .region[aria-selected='true']:focus-visible .area {
    stroke-width: 3;
  }

  /* The tick drawn on the chosen spot: a tap on it is a tap on the spot (it caught taps on its 24 px). */
  .marker {
    pointer-events: none;
  }

  .marker circle {
    fill: var(--_highlight);
    stroke: var(--_surface);
    stroke-width: 2;
  }

  .marker path {
    fill: none;
    stroke: var(--_on-accent);
    stroke-width: 2.5;
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  .caption {
    margin: 0.25em 0 0;
    text-align: center;
    font-size: 0.875em;
    color: var(--_muted);
    /* Three lines: on a phone the how-to takes two under the view's one, and a spot's name one. Less, and
       the causes below jump as a tap changes it. */
    min-height: 4.5em;
  }

  /* How to use it, for the pointer at hand: a phone has no arrow keys to speak of, and nothing to click. */
  .keys {
    display: none;
  }

  @media (any-pointer: fine) {
    .touch {
      display: none;
    }

    .keys {
      display: inline;
    }
  }

  .panel {
    display: grid;
    gap: 0.75em;
    align-content: start;
    min-width: 0;
  }

  .panel-title {
    font-size: 1.125em;
    /* How much below the heading a tap brings into view with it. */
    scroll-margin-bottom: 8em;
  }

  .lead {
    margin: 0;
    color: var(--_muted);
  }

  .conditions {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.75em;
  }

  .condition {
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.75);
    padding: var(--_inset);
    background: var(--_surface);
  }

  .condition.serious {
    border-inline-start: 0.35em solid var(--_danger);
  }

  .other-names {
    margin: 0;
    font-size: 0.875em;
    color: var(--_muted);
  }

  .summary {
    margin: 0.35em 0;
  }

  /* Laid out as a grid once unfolded (foldStyles). */
  .details {
    gap: 0.5em;
  }

  .sub {
    font-size: 0.9375em;
    margin-top: 0.25em;
  }

  /* "Common causes of pain here": above the causes' names, so a little larger than they are. */
  .group {
    font-size: 1.0625em;
    margin-top: 0.5em;
  }

  .details ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }

  .details p {
    margin: 0;
  }

  /* A rule, not a third box inside the card inside the widget: more room for words on a phone. */
  .see-pro {
    margin: 0.5em 0 0;
    padding-inline-start: 0.75em;
    border-inline-start: 3px solid var(--_accent);
  }

  .facts {
    margin: 0;
    padding-inline-start: 1.25em;
  }

  .clear {
    justify-self: start;
    border: 1px solid var(--_border);
    background: var(--_surface);
    border-radius: var(--_pill);
    padding: 0.35em 0.9em;
    min-height: var(--_target);
    cursor: pointer;
  }

  @media print {
    :host {
      border: 0;
    }
    .controls,
    .clear,
    .toggle {
      display: none;
    }
    /* A condition runs to most of a page once unfolded: it may break, but not right after a heading. */
    .heading {
      break-after: avoid;
    }
  }

  @media (forced-colors: active) {
    /* SVG keeps its author colours: the drawing takes the reader's. */
    .skin,
    .bone {
      fill: Canvas;
    }
    .line,
    .bone,
    .detail path {
      stroke: CanvasText;
    }
    .region .dot {
      fill: CanvasText;
      stroke: Canvas;
    }
    .region[aria-selected='true'] .area {
      fill: Highlight;
      stroke: CanvasText;
    }
    .region:focus-visible .ring {
      stroke: Highlight;
    }
    .region:focus-visible .area,
    .region[aria-selected='true']:focus-visible .area {
      stroke: Canvas;
    }
    .marker circle {
      fill: CanvasText;
      stroke: Canvas;
    }
    .marker path {
      stroke: Canvas;
    }
  }
`;
