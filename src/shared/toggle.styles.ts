import {css} from 'lit';

/**
 * Show-more toggles (a button with aria-expanded, or a details summary) and their arrow, for the widgets
 * that have them: a page with only <shoe-mileage> does not download them.
 */
export const toggleStyles = css`
  /* A details element's children inherit from its built-in slots, not from it: set again. */
  details > * {
    box-sizing: border-box;
  }

  /* A show-more control: a button with aria-expanded, or the summary of a details element. */
  /* The arrow sits on the first line of a label that wraps, not between its lines. */
  .toggle {
    display: inline-flex;
    align-items: baseline;
    gap: 0.4em;
    min-height: var(--_target);
    /* The room above and below the text, not centring, makes one line 2.75em tall: baseline alignment
       would put it at the top of its box. */
    padding: 0.625em 5px;
    /* Its focus ring is drawn inside it, in the room above and below the text and 5px each side of it, so
       the ring keeps clear of the last line above it and of a card's edge below (drawn outside, it touched
       both). The margin keeps the text where it was; at the end, a label that fills the line wraps 5px
       sooner, as a box that stood out there would make its container scroll sideways. */
    margin-inline-start: -5px;
    outline-offset: -3px;
    border: 0;
    background: none;
    color: var(--_link);
    font-weight: 600;
    text-align: start;
    cursor: pointer;
    list-style: none;
  }

  /* On a right-to-left page, a toggle alone on its line starts at the left, as the English text around it
     does: the line takes its direction from its words (unicode-bidi: plaintext, in styles.ts), and it has
     none. It stands out at the left instead, moved there: a margin moves such a box one way in Chromium
     and Firefox and the other in WebKit, which lays the line out right to left. (The tips' toggles, in
     mirrored cards and filters, start at the right.) */
  :host(:dir(rtl)) .toggle:not(.more, .tip > *) {
    margin-inline-start: 0;
    translate: -5px;
    /* Firefox put the lines of a label that wraps at the right. */
    text-align: left;
  }

  summary.toggle::-webkit-details-marker {
    display: none;
  }

  /* Its arrow points along the line when closed and down when open. The shape is drawn with physical
     borders and mirrored as a whole on right-to-left pages, so both states stay right in both directions. */
  .chevron {
    flex: none;
    width: 0.55em;
    height: 0.55em;
    border-right: 2px solid currentColor;
    border-bottom: 2px solid currentColor;
    transform: rotate(-45deg);
    transition: transform 0.15s;
  }

  :host(:dir(rtl)) .chevron {
    scale: -1 1;
  }

  [aria-expanded='true'] > .chevron,
  [open] > .toggle > .chevron {
    transform: rotate(45deg);
  }
`;
