import {css} from 'lit';

export const recoveryTipsStyles = css`
  :host {
    --_chip: var(--recovery-tips-chip, var(--_accent));
    --_card-width: var(--recovery-tips-card-width, 18em);
    padding: var(--recovery-tips-padding, var(--_edge));
    border: 1px solid var(--_border);
  }

  .root,
  .filters,
  .category {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_gap) * 0.75);
  }

  p {
    margin: 0;
  }

  .intro,
  .following {
    color: var(--_muted);
  }

  .following {
    font-weight: 600;
  }

  .filters,
  .category {
    gap: 0.5em;
  }

  /* "More filters": only in a narrow widget, where "When" and "Kind of tip" wait behind it, and in a
     short window: on a phone held sideways (740 x 300) their 17 chips put the count 20 px, and the first
     tip 110 px, below the window after a press on a chip at its top, and the press seemed to do nothing. */
  .more {
    display: none;
    justify-self: start;
  }

  @container (max-width: 30em) {
    .more {
      display: inline-flex;
    }
    .more[aria-expanded='false'] + .filters {
      display: none;
    }
  }

  @media (max-height: 30em) {
    .more {
      display: inline-flex;
    }
    .more[aria-expanded='false'] + .filters {
      display: none;
    }
  }

  .group-label {
    display: block;
    font-size: 0.875em;
    font-weight: 700;
  }

  /* Chips wrap at every width: a row that scrolls sideways hides choices a reader can't know are there
     (and with large text every row scrolled). */
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em;
  }

  .chip {
    flex: none;
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-height: var(--_target);
    padding: 0.3em 0.9em;
    border: 1px solid var(--_border);
    border-radius: var(--_pill);
    background: var(--_surface);
    font-size: 0.875em;
    /* One line at its own width; a label longer than the whole row (German or Spanish at a phone's
       largest text) wraps inside its chip rather than push the page sideways. */
    max-inline-size: 100%;
    text-align: start;
    line-height: 1.3;
    cursor: pointer;
  }

  /* Only where a pointer hovers: a chip tapped off would look still pressed. */
  @media (hover: hover) {
    .chip:hover {
      border-color: var(--_chip);
    }
  }

  /* Pressed: filled and ticked, so the state never relies on colour alone. The tick (0.35em, turned so
     that it spans about 0.75em, its stroke on the right), its margins and its gap come out of the padding
     (1.8em in all), so a chip keeps its width: a wider one would push its neighbours to the next line on
     a phone and move all below. The margin after it keeps the stroke off the first letter. */
  .chip[aria-pressed='true'] {
    padding-inline: 0.45em 0.4em;
    background: var(--_chip);
    border-color: var(--_chip);
    color: var(--_on-accent);
  }

  /* In a colour of its own (--recovery-tips-chip), black or white by that colour, as on the accent (see
     the shared styles): by the accent, a pale brand's darker chip kept black text at 3.6:1. */
  @supports (color: lch(from currentcolor calc((49.5 - l) * 1000) 0 0)) {
    .chip[aria-pressed='true'] {
      color: var(--kw-on-accent, lch(from var(--_chip) calc((49.5 - l) * 1000) 0 0));
    }
  }

  .chip[aria-pressed='true']::before {
    content: '';
    flex: none;
    box-sizing: border-box;
    width: 0.35em;
    height: 0.7em;
    margin-block-start: -0.2em;
    margin-inline: 0.05em 0.15em;
    border: solid currentColor;
    border-width: 0 0.15em 0.15em 0;
    transform: rotate(45deg);
  }

  /* "31 tips" is left-to-right text: on a right-to-left page too it starts at the left, as "Rest" under
     it does, its "Clear filters" after it. */
  .count-row {
    direction: ltr;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5em;
    min-height: var(--_target);
  }

  .count {
    font-weight: 700;
  }

  .reset,
  .show-all {
    min-height: var(--_target);
    padding: 0.3em 0.9em;
    border: 1px solid var(--_border);
    border-radius: var(--_pill);
    background: var(--_surface);
    cursor: pointer;
  }

  .show-all {
    justify-self: start;
    border-color: var(--_accent);
    color: var(--_link);
    font-weight: 700;
  }

  .empty {
    display: grid;
    gap: 0.5em;
    justify-items: start;
    padding: 1em;
    border: 1px dashed var(--_border);
    border-radius: calc(var(--_radius) * 0.75);
  }

  /* Kinds with one tip sit side by side on a wide screen, in the columns the tips use: filtered down,
     seven kinds of one tip each made one narrow column beside an empty page. A kind with more takes a
     whole row for its own columns. */
  .groups {
    display: grid;
    gap: calc(var(--_gap) * 0.75);
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--_card-width)), 1fr));
    align-items: start;
  }

  .category:has(.tip + .tip) {
    grid-column: 1 / -1;
  }

  .category-name {
    font-size: 1.0625em;
    margin-top: 0.25em;
  }

  .tips {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.75em;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--_card-width)), 1fr));
  }

  /* Closed cards in a row end together, with their "Why, how and when" on one line. While one is open,
     each keeps its own height: its details must not stretch its neighbours into tall empty boxes. */
  .tip {
    display: flex;
    flex-direction: column;
    padding: var(--_inset);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_surface);
  }

  .tip > .toggle {
    align-self: start;
    margin-top: auto;
  }

  .tips:has([aria-expanded='true']) {
    align-items: start;
  }

  .summary {
    margin-top: 0.25em;
  }

  /* Laid out as a grid once unfolded (foldStyles). */
  .details {
    gap: 0.4em;
  }

  .details ul,
  .details ol {
    margin: 0;
    padding-inline-start: 1.4em;
  }

  @media print {
    :host {
      border: 0;
      padding: 0;
    }
    .filters,
    .toggle,
    .reset,
    .show-all,
    .following {
      display: none;
    }
    .groups,
    .tips {
      display: block;
    }
    .tip {
      margin-bottom: 0.5em;
      break-inside: avoid;
    }
    .category-name {
      break-after: avoid;
    }
  }

  @media (forced-colors: active) {
    .chip[aria-pressed='true'] {
      border-width: 2px;
      border-color: Highlight;
    }
  }
`;
