import {css} from 'lit';

export const trainingLoadStyles = css`
  :host {
    --_bar: var(--training-load-bar, var(--_accent));
    --_range: var(--training-load-range, var(--_accent));
    padding: var(--training-load-padding, var(--_edge));
    border: 1px solid var(--_border);
  }

  .root {
    display: grid;
    gap: calc(var(--_gap) * 0.75);
  }

  .sub {
    font-size: 1.0625em;
  }

  p {
    margin: 0;
  }

  .intro,
  .hint,
  .detail,
  .days {
    color: var(--_muted);
  }

  .hint,
  .detail,
  .days {
    font-size: 0.875em;
  }

  .catch-up {
    display: grid;
    gap: 0.5em;
    padding: 0.5em 0.75em;
    border-inline-start: 0.3em solid var(--_accent);
    background: var(--_raised);
    border-radius: calc(var(--_radius) * 0.5);
  }

  .layout {
    display: grid;
    gap: var(--_gap);
    grid-template-columns: minmax(0, 1fr);
  }

  /* Wide: the weeks with the questions under them, the results beside both. Narrow: weeks, results,
     questions, in the order of the markup. The results hold nothing to Tab to ("How this works"
     is after the layout), so Tab goes weeks, questions at both widths. */
  @container (min-width: 44em) {
    .layout {
      grid-template-columns: minmax(16em, 20em) minmax(0, 1fr);
      /* Results taller than the weeks grow the questions' row, not the room between weeks and questions. */
      grid-template-rows: auto 1fr;
      align-items: start;
    }
    .results {
      grid-area: 1 / 2 / span 2;
    }
    /* Level with "Distance per week", centred in a row as tall as the km/mi switch beside it (a button
       of --_target at the widget's size, in a 1px border; this heading is 1.0625em). Left
       to right: on a right-to-left page its words start at the left, as the verdict's under it do. */
    .results > .sub:first-child {
      display: flex;
      align-items: center;
      direction: ltr;
      min-height: calc(max(2.75em / 1.0625, 44px) + 2px);
    }
  }

  .form,
  .results {
    display: grid;
    gap: 0.75em;
    align-content: start;
    min-width: 0;
  }


  .weeks {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.4em;
  }

  .week {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    align-items: center;
    gap: 0.1em 0.5em;
  }

  .week-label {
    font-weight: 600;
  }

  /* The row's days, a line of their own under its name. */
  .days {
    display: block;
    font-weight: 400;
  }

  /* Large text on a phone: each field goes under its label instead of squeezing it to a word a line, at
     the left, where the label's left-to-right words start, on a right-to-left page too (start put it at
     the right there). A margin, not justify-self: left, which gzips 8 bytes bigger on this page. */
  @container (max-width: 12.5em) {
    .week {
      grid-template-columns: minmax(0, 1fr);
    }
    .week .input {
      margin-right: auto;
    }
  }

  /* The field's edge is all that shows where to type. */
  .input {
    display: inline-flex;
    align-items: center;
    border: 1px solid var(--_field-edge);
    border-radius: calc(var(--_radius) * 0.5);
    background: var(--_surface);
  }

  .input:focus-within {
    outline: 3px solid var(--_focus);
    outline-offset: 1px;
  }

  input[type='text'] {
    all: unset;
    /* Set again after the reset: scrolled into view, the ring around the field stays on screen. */
    scroll-margin-block: 0.5em;
    box-sizing: border-box;
    width: 5.5em;
    min-height: var(--_target);
    padding: 0 0.5em;
    text-align: end;
    /* The font is inherited, as all: unset gives; its size has the shared floor for fields. */
    color: var(--_text);
  }

  .suffix {
    padding-inline-end: 0.6em;
    min-width: 1.6em;
    color: var(--_muted);
    cursor: text;
  }

  .invalid .input {
    border: 2px solid var(--_danger);
  }

  .error,
  .note {
    grid-column: 1 / -1;
    font-size: 0.875em;
  }

  .error {
    color: var(--_danger);
    font-weight: 600;
  }

  /* A sign for the eye: with no alt text (after the slash) it would start every error read out ("warning"). */
  .error::before {
    content: '⚠ ';
    content: '⚠ ' / '';
  }

  .note {
    color: var(--_muted);
  }

  .week-buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }

  .small {
    border: 1px solid var(--_border);
    background: var(--_surface);
    border-radius: var(--_pill);
    padding: 0.3em 0.9em;
    min-height: var(--_target);
    cursor: pointer;
    font-size: 0.875em;
  }

  /* Greyed by colour and a dashed edge, not opacity, which would fade its focus ring too (it keeps focus). */
  .small[aria-disabled='true'] {
    color: var(--_muted);
    border-style: dashed;
    cursor: not-allowed;
  }

  .questions {
    padding: var(--_inset);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.75);
    display: grid;
    gap: 0.25em;
  }

  .legend {
    font-weight: 600;
  }

  .check {
    display: flex;
    gap: 0.6em;
    align-items: flex-start;
    box-sizing: border-box;
    min-height: var(--_target);
    padding: 0.35em 0;
    cursor: pointer;
  }

  .check input {
    flex: none;
    width: 1.5em;
    height: 1.5em;
    margin: 0.1em 0 0;
  }

  .message {
    padding: var(--_inset);
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_raised);
  }

  .verdict {
    display: grid;
    gap: 0.25em;
    padding: var(--_inset);
    border-radius: calc(var(--_radius) * 0.75);
    border: 1px solid var(--_border);
    border-inline-start: 0.4em solid var(--_ok);
    background: var(--_surface);
  }

  .verdict-title {
    font-size: 1.125em;
  }

  .level-1 {
    border-inline-start-color: var(--_warn);
  }

  .level-2,
  .level-3 {
    border-inline-start-color: var(--_danger);
  }

  .figures {
    margin: 0;
    display: grid;
    gap: 0.5em;
  }

  .figures div {
    display: grid;
    gap: 0.1em;
    padding-bottom: 0.5em;
    border-bottom: 1px solid var(--_border);
  }

  dt {
    font-size: 0.875em;
    color: var(--_muted);
  }

  dd {
    margin: 0;
  }

  .figures .detail {
    display: block;
  }

  .cut-back {
    padding: var(--_inset);
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_raised);
  }

  .chart-box {
    margin: 0;
    position: relative;
  }

  /* Data, not text flow: bars grow from the left whatever the page direction. */
  .chart {
    direction: ltr;
    display: block;
    overflow: visible;
    font-size: 0.8125em;
  }

  /* Its own size, not the inherited one: Firefox's "Zoom text only" leaves an inherited size out of SVG text. */
  .chart text {
    fill: var(--_text);
    font-size: 1em;
  }

  .chart .next {
    font-weight: 700;
  }

  .chart .value {
    dominant-baseline: central;
    font-variant-numeric: tabular-nums;
    fill: var(--_muted);
  }

  .chart .missing {
    font-style: italic;
  }

  .bar {
    fill: var(--_bar);
    fill-opacity: 0.75;
  }

  /* Weeks before the four the figures use: lighter, with a full-strength edge that still shows (3:1). */
  .bar.old {
    fill-opacity: 0.4;
    stroke: var(--_bar);
    stroke-width: 1.5;
  }

  .bar.now {
    fill-opacity: 1;
  }

  /* The ratio's band colours its figure; a low week that is fine also colours this week's bar. */
  .band-low {
    fill: var(--_muted);
    color: var(--_muted);
  }

  /* This week's bar, in its verdict's colour (.level-N marks the verdict itself). */
  .tone-0 {
    fill: var(--_ok);
  }

  .tone-1 {
    fill: var(--_warn);
  }

  .tone-2 {
    fill: var(--_danger);
  }

  /* Green only beside a green verdict (level 0: "Steady", or "Plan a lighter week" when three build weeks make one
     due): beside a red "Run much less" (strain ticked) it read as fine. */
  .level-0 ~ * .band-steady {
    color: var(--_ok);
  }

  .band-caution {
    color: var(--_warn);
  }

  .band-spike {
    color: var(--_danger);
  }

  .zone {
    fill: var(--_range);
    fill-opacity: 0.12;
  }

  .range {
    fill: var(--_accent-soft);
    stroke: var(--_range);
    stroke-width: 2;
    stroke-dasharray: 5 3;
  }

  strong.band {
    font-size: 1.125em;
  }

  .method ul {
    margin: 0.25em 0 0;
    padding-inline-start: 1.25em;
    display: grid;
    gap: 0.35em;
    font-size: 0.9375em;
  }

  @media print {
    :host {
      border: 0;
    }
    .week-buttons,
    .limit,
    .catch-up,
    .segmented {
      display: none;
    }
  }

  @media (forced-colors: active) {
    .small[aria-disabled='true'] {
      color: GrayText;
      border-color: GrayText;
    }
    .bar {
      fill: CanvasText;
      stroke: CanvasText;
    }
    .bar.now {
      fill: Highlight;
    }
    .range {
      fill: Canvas;
      stroke: CanvasText;
    }
    .zone {
      fill: Highlight;
      fill-opacity: 0.25;
    }
    .chart text,
    .chart .value {
      fill: CanvasText;
    }
    .cut-back {
      border: 1px solid CanvasText;
    }
  }
`;
