import {css} from 'lit';

export const shoeMileageStyles = css`
  :host {
    --_fresh: var(--shoe-mileage-fresh, var(--_ok));
    --_mid: var(--shoe-mileage-mid-life, var(--_link));
    --_soon: var(--shoe-mileage-replace-soon, var(--_warn));
    --_now: var(--shoe-mileage-replace-now, var(--_danger));
    --_track: var(--shoe-mileage-track, var(--_raised));
    padding: var(--shoe-mileage-padding, var(--_edge));
    border: 1px solid var(--_border);
  }

  .root {
    display: grid;
    gap: var(--_gap);
  }

  p {
    margin: 0;
  }

  .section-title {
    font-size: 1.0625em;
  }

  .intro,
  .muted,
  .model,
  .hint,
  .note {
    color: var(--_muted);
  }

  .intro {
    margin-top: -0.5em;
  }

  .sources,
  .hint,
  .note {
    font-size: 0.875em;
  }

  .group {
    display: grid;
    gap: 0.625em;
    align-content: start;
  }


  .icon {
    flex: none;
    width: 1.125em;
    height: 1.125em;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.6;
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  .icon .solid {
    fill: currentColor;
  }

  .icon .cut {
    stroke: var(--_surface);
    stroke-width: 2;
  }

  .notice,
  .error {
    display: flex;
    gap: 0.4em;
    align-items: flex-start;
  }

  .notice {
    border-color: var(--_soon);
  }

  .notice .icon,
  .error .icon {
    margin-top: 0.2em;
    color: var(--_soon);
  }

  .error,
  .error .icon {
    color: var(--_danger);
  }

  .error {
    font-size: 0.875em;
    font-weight: 600;
  }

  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .shoes {
    display: grid;
    gap: 0.75em;
  }

  /* Cards in a row are as tall as the tallest, their buttons along one line at the bottom; while any card
     has a panel open, every card keeps its own height (an open one would stretch its row's others). */
  .shoes:has(.panel:not([hidden])) {
    align-items: start;
  }

  @container (min-width: 36em) {
    .shoes {
      grid-template-columns: repeat(auto-fill, minmax(17em, 1fr));
    }
  }

  .shoe {
    --_status: var(--_mid);
    display: flex;
    flex-direction: column;
    gap: 0.4em;
    min-width: 0;
    padding: var(--_inset);
    border: 1px solid var(--_border);
    border-inline-start: 0.35em solid var(--_status);
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_surface);
  }

  .fresh {
    --_status: var(--_fresh);
  }
  .replace-soon {
    --_status: var(--_soon);
  }
  .replace-now {
    --_status: var(--_now);
  }
  .shoe.retired {
    border-inline-start-color: var(--_border);
    background: var(--_raised);
  }

  .shoe-head {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.75em;
    align-items: baseline;
    justify-content: space-between;
  }

  .shoe-name {
    font-size: 1.0625em;
  }

  .badge {
    display: inline-flex;
    gap: 0.3em;
    align-items: center;
    padding: 0.15em 0.6em;
    padding-inline-start: 0.45em;
    /* A tint, not an outline: outlined, it looked like the pill-shaped buttons beside it, and readers
       tapped it. (Without color-mix(), words and icon alone.) A light one: at 12% "Replace now" was 4.47:1
       on it in the dark theme. */
    background: color-mix(in srgb, var(--_status) 8%, transparent);
    border-radius: var(--_pill);
    color: var(--_status);
    font-size: 0.875em;
    font-weight: 700;
  }

  .model {
    margin-top: -0.35em;
    font-size: 0.9375em;
  }

  .distance {
    color: var(--_muted);
  }

  .distance strong {
    color: var(--_text);
    font-size: 1.5em;
    line-height: 1.2;
  }

  .meter svg {
    display: block;
    width: 100%;
    height: 0.875em;
    border: 1px solid var(--_field-edge);
    border-radius: var(--_pill);
    overflow: hidden;
  }

  /* The bar fills in the reading direction. */
  :host(:dir(rtl)) .meter svg {
    transform: scaleX(-1);
  }

  .track {
    fill: var(--_track);
  }

  /* The last stretch of a pair's life: a hint of the warning colour, not a second fill. */
  .zone {
    fill: var(--_soon);
    fill-opacity: 0.14;
  }

  .bar {
    fill: var(--_status);
  }

  .mark {
    fill: var(--_muted);
  }

  /* Once the bar has passed it, the mark is a gap in the bar: muted on the bar's colour hardly showed. */
  .mark.over {
    fill: var(--_surface);
  }

  /* A row of short facts, not a paragraph: as wide as the card (see the 65ch in styles.ts). */
  .detail {
    max-width: none;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.75em;
    font-size: 0.875em;
    color: var(--_muted);
  }

  .flag {
    color: var(--_status);
    font-weight: 700;
  }

  .actions,
  .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
  }

  .actions {
    margin-top: auto;
    padding-top: 0.25em;
  }

  .end {
    margin-top: 0.75em;
    padding-top: 0.75em;
    border-top: 1px solid var(--_border);
  }

  button {
    min-height: var(--_target);
    padding: 0.35em 0.9em;
    border: 1px solid var(--_border);
    border-radius: var(--_pill);
    background: var(--_surface);
    cursor: pointer;
    font-size: 0.9375em;
  }

  /* Only where a pointer hovers: a panel's button tapped shut would keep the open border. */
  @media (hover: hover) {
    button:hover {
      border-color: var(--_accent);
    }
  }

  /* An open panel's button: a second pixel of edge, not bold text, beside the colour. Bold widened it, and
     the buttons after it moved under the finger or down a line ("Editar" in Spanish on a phone). */
  button[aria-expanded='true'] {
    background: var(--_accent-soft);
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 1px var(--_accent);
  }

  .primary {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
    font-weight: 700;
  }

  .primary[aria-expanded='true'] {
    background: var(--_accent);
    box-shadow: inset 0 0 0 2px var(--_surface);
  }

  .danger {
    color: var(--_danger);
    border-color: currentColor;
  }

  /* As tall as every button (44px at least): only narrower. */
  .small {
    padding: 0.2em 0.7em;
    font-size: 0.875em;
  }

  .link {
    justify-self: start;
    border: 0;
    background: none;
    padding-inline: 0;
    color: var(--_link);
    text-decoration: underline;
  }

  /* "Not sure? Work it out", under a new pair's distance: the browser's own arrow, a tap target tall. */
  .estimate {
    margin-bottom: 0.75em;
  }

  /* Its children inherit from the details element's built-in slot, not from it: border-box again. */
  .estimate > * {
    box-sizing: border-box;
  }

  .estimate > summary {
    width: fit-content;
    padding-block: 0.625em;
    color: var(--_link);
    font-weight: 600;
    cursor: pointer;
  }

  .panel {
    margin-top: 0.25em;
    padding-top: 0.75em;
    border-top: 1px solid var(--_border);
    display: grid;
    gap: 0.5em;
  }

  .panel[hidden] {
    display: none;
  }

  /* Each form is a container; its fields sit in a grid of one column, or of two (a run's distance and
     date) or three (a new shoe) when the form is wide enough. Each field lends its three parts (label,
     input, then hint and error) to the grid's rows (subgrid), so the inputs of one line are level even
     when one label wraps. */
  .form {
    container: form / inline-size;
  }

  .fields {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    column-gap: 0.75em;
  }

  @container form (min-width: 19em) {
    .fields.pair {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }

  @container form (min-width: 34em) {
    .fields.three {
      grid-template-columns: repeat(3, minmax(0, 1fr));
    }
  }

  .field {
    display: grid;
    grid-row: span 3;
    grid-template-rows: subgrid;
    margin-bottom: 0.75em;
  }

  .field > label {
    align-self: end;
    margin-bottom: 0.2em;
  }

  .field > input {
    grid-row: 2;
  }

  .below {
    grid-row: 3;
    display: grid;
    gap: 0.2em;
    margin-top: 0.2em;
  }

  label {
    font-weight: 600;
  }

  /* min-width: a date field keeps its own minimum, wider than a phone's column at 200% text. */
  input:not([type='checkbox']) {
    background: var(--_surface);
    width: 100%;
    min-width: 0;
    min-height: var(--_target);
    padding: 0.35em 0.6em;
    border: 1px solid var(--_field-edge);
    border-radius: calc(var(--_radius) * 0.5);
  }

  input[aria-invalid='true'] {
    border: 2px solid var(--_danger);
  }

  /* On the date field's own calendar button (Tab reaches it in Chromium) the field is no longer
     :focus-visible, and the ring went with it. */
  input[type='date']:focus-within {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  .add {
    padding: var(--_inset);
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_raised);
  }

  .runs {
    display: grid;
  }

  .run {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.75em;
    align-items: center;
    padding: 0.35em 0;
    border-bottom: 1px solid var(--_border);
  }

  .run-km {
    font-weight: 700;
    margin-inline-end: auto;
  }

  .run.editing {
    display: block;
    padding-bottom: 0.75em;
  }

  /* A shoe's signs of wear: left-to-right words, on a right-to-left page too. Their legend starts at the
     left, as their tick boxes do (mirrored, it stood at the right above them). Here, not in the shared
     list of styles.ts, which every page pays for. */
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    direction: ltr;
    display: grid;
    gap: 0.35em;
  }

  legend {
    padding: 0;
    margin-bottom: 0.35em;
    font-weight: 700;
  }

  .check {
    display: flex;
    gap: 0.6em;
    align-items: center;
    min-height: var(--_target);
    font-weight: 400;
    cursor: pointer;
  }

  .check input {
    flex: none;
    width: 1.375em;
    height: 1.375em;
    margin: 0;
  }

  .flag-box {
    font-weight: 700;
  }

  .report {
    display: grid;
    gap: 0.35em;
    padding: var(--_inset);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.5);
  }

  .report ul {
    padding-inline-start: 1.25em;
    list-style: disc;
  }

  .toast {
    position: sticky;
    bottom: 0.5em;
    z-index: 1;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: center;
    justify-content: space-between;
    /* Its words are left-to-right, on a right-to-left page too: they start at the left, Undo after them. */
    direction: ltr;
    /* The width of a phone, and no wider: not a bar across a wide widget with Undo far from its words. */
    inline-size: 100%;
    max-inline-size: 32em;
    margin-inline: auto;
  }

  /*
   * While a message shows, a control that gets focus is scrolled clear of it (WCAG 2.4.11, focus not
   * obscured): the toast's height, measured into --_toast-room (8em until it is), plus its 0.5em offset
   * and the focus ring. The same for an item or the import report brought into view with the message.
   * On them, not the page: the page's scroll container is not ours to style.
   */
  .root.toasting :is(button, input, a, [tabindex], [id], li, .report):not(.toast *) {
    scroll-margin-bottom: calc(var(--_toast-room, 8em) + 1em);
  }

  .toast.shown {
    padding: 0.5em;
    padding-inline-start: 1em;
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_text);
    color: var(--_surface);
    box-shadow: 0 0.25em 1em rgb(0 0 0 / 0.3);
  }

  .toast .undo {
    background: var(--_surface);
    color: var(--_text);
    font-weight: 700;
  }

  .toast .undo:focus-visible {
    outline-color: var(--_surface);
  }

  @media print {
    :host {
      border: 0;
    }
    .actions,
    .add,
    .backup,
    .segmented,
    .toast {
      display: none;
    }
  }

  @media (forced-colors: active) {
    /* Forced colours drop the edge's second pixel and the fill: bold is the sign left there. */
    button[aria-expanded='true'] {
      font-weight: 700;
    }
    .add {
      border: 1px solid CanvasText;
    }
    .bar {
      fill: Highlight;
    }
    /* At the 14% of the warning colour it has elsewhere, GrayText all but vanishes on Canvas. */
    .zone {
      fill: GrayText;
      fill-opacity: 0.5;
    }
    .track {
      fill: Canvas;
    }
    .mark {
      fill: CanvasText;
    }
    .toast.shown {
      border: 1px solid CanvasText;
    }
  }
`;
