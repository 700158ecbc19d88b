import {css} from 'lit';

export const kneePainCheckStyles = css`
  :host {
    --_bar: var(--knee-pain-check-progress, var(--_accent));
    --_see: var(--knee-pain-check-see, var(--_danger));
    --_rest: var(--knee-pain-check-rest, var(--_warn));
    --_sore: var(--knee-pain-check-soreness, var(--_ok));
    padding: var(--knee-pain-check-padding, var(--_edge));
    border: 1px solid var(--_border);
  }

  .root {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_gap) * 0.75);
    /* A readable column, centred (styles.ts) when the page gives the widget more room than that. */
    max-width: 40em;
  }

  .step-title,
  .outcome-title {
    display: block;
    font-size: 1.125em;
    /* Focus brings a title above the window to its top edge: the count and Previous over it come too. */
    scroll-margin-top: 5em;
  }

  p {
    margin: 0;
  }

  .intro,
  .hint,
  .note,
  .option-hint,
  .ends,
  .count {
    color: var(--_muted);
  }

  .top {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.75em;
  }

  .count {
    font-size: 0.875em;
    margin-inline-start: auto;
  }

  progress {
    appearance: none;
    flex: 1 0 100%;
    height: 0.5em;
    border: 1px solid var(--_border);
    border-radius: var(--_pill);
    background: var(--_raised);
    color: var(--_bar);
    overflow: hidden;
  }

  progress::-webkit-progress-bar {
    background: var(--_raised);
  }

  progress::-webkit-progress-value {
    background: var(--_bar);
  }

  progress::-moz-progress-bar {
    background: var(--_bar);
  }

  button {
    cursor: pointer;
    min-height: var(--_target);
    border-radius: var(--_pill);
    padding: 0.4em 1.1em;
    border: 1px solid var(--_border);
    background: var(--_surface);
  }

  .back {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    border: 0;
    background: none;
    padding-inline: 0;
    color: var(--_link);
    font-weight: 600;
  }

  /* Points back, to the start of the line: drawn with physical borders and mirrored whole on
     right-to-left pages, like the shared .chevron. */
  .arrow {
    width: 0.5em;
    height: 0.5em;
    border-left: 2px solid currentColor;
    border-bottom: 2px solid currentColor;
    transform: rotate(45deg);
  }

  :host(:dir(rtl)) .arrow {
    scale: -1 1;
  }

  .next,
  .cta {
    justify-self: start;
    min-width: min(8em, 100%);
    text-align: center;
    border: 0;
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 700;
  }

  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }

  fieldset > * + * {
    margin-top: 0.5em;
  }

  legend {
    padding: 0;
    width: 100%;
  }

  .options {
    display: grid;
    gap: 0.5em;
  }

  .option {
    display: flex;
    align-items: center;
    gap: 0.75em;
    min-height: var(--_target);
    padding: 0.4em 0.75em;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.75);
    cursor: pointer;
  }

  .option:has(:checked) {
    border-color: var(--_accent);
    background: var(--_accent-soft);
    box-shadow: inset 0 0 0 1px var(--_accent);
  }

  .option:has([aria-invalid='true']),
  [aria-invalid='true'] + .num {
    border-color: var(--_danger);
  }

  .option input {
    flex: none;
    width: 1.25em;
    height: 1.25em;
    margin: 0;
  }

  .option-hint {
    display: block;
    font-size: 0.875em;
  }

  .none {
    margin-top: 0.25em;
  }

  .question > .scale {
    margin-top: 1em;
  }

  .scale-legend {
    font-weight: 700;
  }

  /* The scores' gap, which the end words' padding (.ends) counts with. */
  .scores,
  .ends {
    --_score-gap: 0.35em;
  }

  .scores {
    display: grid;
    grid-template-columns: repeat(6, minmax(0, 1fr));
    gap: var(--_score-gap);
  }

  @container (min-width: 30em) {
    .scores {
      grid-template-columns: repeat(11, minmax(0, 1fr));
    }
  }

  /* The pointer in the box's corners too, where the hidden radio over it, round as every radio, doesn't reach. */
  .score {
    position: relative;
    display: grid;
    cursor: pointer;
  }

  .score input {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    margin: 0;
    opacity: 0;
    cursor: pointer;
  }

  .num {
    display: grid;
    place-items: center;
    min-height: var(--_target);
    /* The radio is hidden: this edge is all that shows a score can be chosen. */
    border: 1px solid var(--_field-edge);
    border-radius: calc(var(--_radius) * 0.5);
    font-variant-numeric: tabular-nums;
    /* "10" is one number: with very large text it may touch the edges, never split over two lines. */
    white-space: nowrap;
  }

  .score input:checked + .num {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
    font-weight: 700;
  }

  .score input:focus-visible + .num {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  /* On a phone the 10 is the fifth of six columns, and "10 worst pain" sat under the empty sixth: the
     padding is that column (of six, with five gaps) and its gap, so the words end under the 10. The
     smaller text is the words', so that the gap here is the scores' own. */
  .ends {
    /* As wide as the scale, which is not text kept to 65ch (styles.ts). */
    max-width: none;
    display: flex;
    justify-content: space-between;
    gap: 0.875em;
    padding-inline-end: calc((100% - 5 * var(--_score-gap)) / 6 + var(--_score-gap));
  }

  /* Words whole: squeezed by the other end's words, "Schmerzen" broke as "Schmerze n" at 280 px in Firefox
     and WebKit, whose text runs a little wider (the widget lets any word break where it must). */
  .ends > * {
    font-size: 0.875em;
    overflow-wrap: break-word;
  }

  @container (min-width: 30em) {
    .ends {
      padding-inline-end: 0;
    }
  }

  /* "10 worst pain" sits at the end, also when it wraps onto two lines. */
  .ends > :last-child {
    text-align: end;
  }

  .error {
    display: flex;
    align-items: center;
    gap: 0.5em;
    color: var(--_danger);
    font-weight: 700;
  }

  .righted {
    visibility: hidden;
  }

  .error-icon {
    flex: none;
    width: 1.5em;
    height: 1.5em;
    display: grid;
    place-items: center;
    border-radius: 50%;
    background: var(--_danger);
    color: var(--_surface);
    font-size: 0.875em;
  }

  /* One column no wider than the box: the booking link's longest word (at 200% text) could widen it. */
  .outcome {
    --_tone: var(--_sore);
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.75em;
  }

  .outcome.rest-adjust {
    --_tone: var(--_rest);
  }

  .outcome.see-professional {
    --_tone: var(--_see);
  }

  .headline {
    display: flex;
    align-items: center;
    gap: 0.6em;
    padding: var(--_inset);
    border: 2px solid var(--_tone);
    border-inline-start-width: 0.5em;
    border-radius: calc(var(--_radius) * 0.75);
    /* A tint of its own colour: a grey fill in a red, amber or green frame looked greyed out. */
    background: color-mix(in srgb, var(--_tone) 8%, var(--_surface));
    flex-wrap: wrap;
  }

  /* Beside the icon while its longest word fits there, else on a line of its own below it: at a phone's
     largest text, "professionnel" broke as "professionne / l" in the room beside the icon. (break-word,
     unlike the shared anywhere, leaves the longest word as the title's narrowest, which decides the wrap.) */
  .headline .outcome-title {
    flex: 1 1 0;
    max-inline-size: 100%;
    overflow-wrap: break-word;
  }

  .see-professional .headline {
    border-width: 3px 3px 3px 0.5em;
  }

  .icon {
    flex: none;
    width: 2em;
    height: 2em;
    fill: none;
    stroke: var(--_tone);
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  .see-professional .icon .mark {
    stroke-width: 2.5;
  }

  .urgent {
    padding: 0.6em 0.75em;
    border: 2px solid var(--_see);
    border-radius: calc(var(--_radius) * 0.5);
  }

  /* "What to do", "All your answers": above their lists, so larger than the bold words in them. */
  .sub {
    font-size: 1.0625em;
    margin-top: 0.5em;
  }

  ul,
  ol {
    margin: 0;
    padding-inline-start: 1.25em;
    display: grid;
    gap: 0.35em;
  }

  .items strong,
  .flag strong {
    display: block;
  }

  .serious {
    list-style-type: '⚠︎ ';
  }

  /* "Because you said": a row for each answer, its "Change" beside it when both fit on one line and under
     it when not, at full tap size (it had been 24.5 px high, inline after the text). No bullets: the list
     says role="list", which Safari's VoiceOver drops from a list with list-style: none. */
  .reasons {
    padding: 0;
    list-style: none;
    gap: 0;
  }

  .reasons > li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: end;
    column-gap: 0.5em;
    padding-block: 0.35em;
    border-bottom: 1px solid var(--_border);
  }

  .reasons > li > div {
    flex: 1 1 auto;
  }

  /* A quiet link-like button (its height and cursor are every button's, above). */
  .change {
    padding: 0 0.25em;
    border: 0;
    background: none;
    color: var(--_link);
    font-size: 0.875em;
    text-decoration: underline;
    /* Out of a selection: a reader told to select the answers and copy them gets the answers alone,
       without a "Change: Where is the pain?" after each (Firefox leaves buttons out already). */
    -webkit-user-select: none;
    user-select: none;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: center;
  }

  .answers {
    margin: 0;
  }

  .answers dt {
    font-weight: 700;
  }

  /*
   * A question and its answers, its Change at the end of the question's line (read after the answers).
   * It spans the rows, so its 44 px don't push the answer away from its question.
   */
  .answers > div {
    display: grid;
    grid-template-columns: 1fr auto;
    column-gap: 0.5em;
    margin-block-end: 0.5em;
  }

  .answers dd {
    margin: 0;
    grid-column: 1;
  }

  .answers .change-cell {
    grid-area: 1 / 2 / span 4;
    align-self: start;
  }

  .how {
    border-top: 1px solid var(--_border);
    padding-top: 0.5em;
  }

  .how-body {
    display: grid;
    gap: 0.5em;
  }

  @media print {
    :host {
      border: 0;
    }
    .top,
    .next,
    .actions,
    .change,
    [aria-controls='causes'] {
      display: none;
    }
  }

  @media (forced-colors: active) {
    .next,
    .cta {
      border: 1px solid;
    }
    progress {
      forced-color-adjust: none;
      border-color: CanvasText;
    }
    progress,
    progress::-webkit-progress-bar {
      background: Canvas;
    }
    progress::-webkit-progress-value {
      background: Highlight;
    }
    progress::-moz-progress-bar {
      background: Highlight;
    }
    .score input:checked + .num {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
    .icon {
      stroke: CanvasText;
    }
  }
`;
