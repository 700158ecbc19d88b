import {css} from 'lit';

/**
 * Shared tokens and resets for every widget.
 *
 * Layers (after Material Web): a public element property (`--recovery-tips-chip`) falls back to a shared
 * token (`--kw-accent`) which falls back to a literal; rendering reads only the private `--_x` names.
 * Text and background are always set as a pair, so a page with white body text cannot make a widget
 * unreadable. The light/dark choice follows the page's `color-scheme` (so a light-only blog doesn't get a
 * dark widget because the phone is in dark mode, unless the browser darkens the whole page itself: see
 * darkenedStyles), or the `theme` attribute, through light-dark(). Where
 * light-dark() is missing (Chrome 120–122, Safari 16.4–17.4) every colour is the light one, whatever the
 * theme, and so are the browser's own controls: readable on any page, if not dark.
 */
export const baseStyles = css`
  :host {
    /* Blog themes set inherited typography (uppercase, letter-spacing, huge line-height, a 10px root):
       start from initial values, keep the page's font family and direction (and its colour scheme, where
       light-dark() can follow it: see below). */
    all: initial;
    /* Light where light-dark() is missing (and the colours are light): 'normal', the initial value, would
       follow a page's <meta name="color-scheme" content="light dark"> to dark checkboxes. */
    color-scheme: light;
    /* Left to right unless the page says right to left with a dir attribute (below). */
    direction: ltr;
    display: block;
    /* What only a screen reader gets (.sr-only) is placed from here, not from the page: in an app's shell,
       whose wrapper scrolls, it stretched the page under the wrapper by thousands of pixels of blank. */
    position: relative;
    /* Every widget is an inline-size container, so its width can't come from its content: where a page
       sizes elements to their content (a centred flex column, inline-block, a float) it would shrink to
       nothing. It fills the space there instead, as a block does in normal flow. Only its used width
       stretches: what it adds to a parent's own minimum stays nothing, so a 1fr grid column or a flex
       item holding it can still shrink on a phone. In a flex row it starts at 17.5em (the narrowest it
       reads well at, so a wrapping row puts it on a line of its own below that) and grows. */
    container-type: inline-size;
    width: -moz-available;
    width: -webkit-fill-available;
    width: stretch;
    flex: 1 1 17.5em;
    box-sizing: border-box;
    font-family: var(--kw-font, inherit);
    font-size: var(--kw-font-size, medium);
    /* A page's rule that reaches the tag itself (".entry-content * {color: #eee}") beats :host, and "all:
       initial" with it. Important here, these win over any page rule: the text and background stay a pair,
       and a theme's spacing or capitals stay out. Size, margins and the card's border stay the page's. */
    line-height: 1.5 !important;
    letter-spacing: normal !important;
    word-spacing: normal !important;
    text-transform: none !important;
    overflow-wrap: anywhere;
    /* Long words (13 letters or more: "physiotherapist", German compounds) break with a hyphen where the
       browser knows the language's rules; shorter ones move to the next line whole, which reads more easily
       (where the limit is known: Chrome 109, Firefox 137, Safari 27.3 by MDN's data; before, words of any
       length may break). */
    hyphens: auto;
    hyphenate-limit-chars: 13 5 5;

    --_text: var(--kw-text, #1b2227);
    --_surface: var(--kw-surface, #ffffff);
    --_accent: var(--kw-accent, #0b6b63);
    --_on-accent: var(--kw-on-accent, #ffffff);
    --_focus: var(--kw-focus, #1d4ed8);
    /* The other colours are worked out from text, surface and accent, so a page that sets only those (a
       dark site) gets muted text, boxes, borders and warning colours that go with them, not light-theme
       ones that can't be read there. Each can still be set on its own. The warning colours are their hue
       mixed with the text colour: dark red on a light widget, light red on a dark one. Links and small
       text in the accent colour lean towards the text colour too: an accent chosen as a button fill may be
       too pale or too dark to read as text. */
    --_muted: var(--kw-muted, color-mix(in srgb, var(--_text) 75%, var(--_surface)));
    --_raised: var(--kw-raised, color-mix(in srgb, var(--_text) 5%, var(--_surface)));
    --_border: var(--kw-border, color-mix(in srgb, var(--_text) 35%, var(--_surface)));
    /* The edge of a field, or of a shoe's wear meter, where that edge is all that shows it (where to type, where
       the meter ends): 3:1 at least (WCAG 1.4.11), so not --_border. */
    --_field-edge: var(--_muted);
    --_accent-soft: var(--kw-accent-soft, color-mix(in srgb, var(--_accent) 15%, var(--_surface)));
    --_link: var(--kw-link, color-mix(in srgb, var(--_accent) 70%, var(--_text)));
    --_danger: var(--kw-danger, color-mix(in srgb, #d0281c 65%, var(--_text)));
    --_warn: var(--kw-warn, color-mix(in srgb, #b86200 65%, var(--_text)));
    --_ok: var(--kw-ok, color-mix(in srgb, #2e8540 65%, var(--_text)));
    --_radius: var(--kw-radius, 0.75em);
    /* Buttons, chips, switches and the booking link are pills unless a page squares them off. */
    --_pill: var(--kw-button-radius, 999px);
    --_gap: var(--kw-gap, 1em);
    /* The least height of anything a reader taps: 2.75em, and never under 44px where the text is small
       (a 14px chip was 38.5px). Read where it is used, so the em is that control's own. */
    --_target: max(2.75em, 44px);
    /* The room inside the widget's edge and inside its boxes. With the largest text on a phone (32px on
       360px) 1em and 0.75em would take a sixth of the width, and words break into pieces: there they
       shrink with the window and the widget. On a desktop they are 1em and 0.75em; on a phone at 16px
       a little less (about 14px and 10px at 280-320px). */
    --_edge: min(1em, 5vw);
    --_inset: min(0.75em, 4cqi);

    color: var(--_text) !important;
    background: var(--_surface) !important;
    border-radius: var(--_radius);
  }

  /* The widget mirrors where the page's dir attribute (on the widget, a box round it or the page; "auto"
     too) says right to left, as every rule below for such a page asks :dir(rtl), which goes by it. A
     direction set in CSS alone is not followed: the widgets' languages are all written left to right, and
     it would mirror their text with none of those rules to keep it reading left to right. */
  :host(:dir(rtl)) {
    direction: rtl;
  }

  /* Light or dark, where the browser can choose (the other colours follow these). */
  @supports (color: light-dark(#000, #fff)) {
    :host {
      color-scheme: inherit;
      --_text: var(--kw-text, light-dark(#1b2227, #e8edf0));
      --_surface: var(--kw-surface, light-dark(#ffffff, #161b1f));
      --_accent: var(--kw-accent, light-dark(#0b6b63, #5fd0c3));
      --_on-accent: var(--kw-on-accent, light-dark(#ffffff, #0a1918));
      --_focus: var(--kw-focus, light-dark(#1d4ed8, #8fb5ff));
    }

    /* Inside, as the page's scheme is: where light-dark() is missing the colours stay light, and so must
       the browser's own checkboxes, radio buttons and date picker (dark ones, on a light card, looked
       ticked). */
    :host([theme='dark' i]) {
      color-scheme: dark;
    }
  }

  /* A clinic's brand colour as the accent, without --kw-on-accent: the text on it is black or white,
     whichever reads on it (white on a pale teal was 2.6:1). Lightness (L*) 49.5 is where both give 4.5:1.
     Where a colour can't be worked out from another, the default stays: so it does where a relative colour
     can't start from currentcolor (Chrome before 131, Firefox before 133, Safari before 18, by the
     web-features notes), as Chrome's and Safari's first relative colours also came out wrong or transparent
     from a light-dark() one, which --_accent and --_surface are. */
  @supports (color: lch(from currentcolor calc((49.5 - l) * 1000) 0 0)) {
    :host {
      --_on-accent: var(--kw-on-accent, lch(from var(--_accent) calc((49.5 - l) * 1000) 0 0));
      /* The focus ring by the card's own colour, not the scheme: the light theme's blue on a light card,
         the dark theme's on a dark one. By the scheme, a dark site's tokens on a light-scheme page put the
         dark blue on a dark card (2.6:1; WCAG 1.4.11 asks 3:1). */
      --_focus: var(--kw-focus, lch(from var(--_surface) clamp(38, (50 - l) * 1e3, 73) clamp(41, (l - 50) * 1e3, 81) clamp(272, (l - 50) * 1e3, 289)));
    }
  }

  :host([theme='light' i]) {
    color-scheme: light;
  }

  /* A reader who asked the system for more contrast (iOS and macOS "Increase contrast"): muted text as dark
     as the rest, and every edge at 3:1 at least, not the faint line that only groups a card. A page's own
     tokens still win. */
  @media (prefers-contrast: more) {
    :host {
      --_muted: var(--kw-muted, var(--_text));
      --_border: var(--kw-border, color-mix(in srgb, var(--_text) 75%, var(--_surface)));
    }
  }

  /* On paper, light: a dark card printed its drawing and boxes as ink-heavy blocks. */
  @media print {
    :host,
    :host([theme]) {
      color-scheme: light;
    }
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  /* On a right-to-left page the layout mirrors, but the text is in a left-to-right language: each
     paragraph takes its direction from its own words, so "21.4–34.8 km" and a closing "?" stay in order. */
  :host(:dir(rtl)) * {
    unicode-bidi: plaintext;
  }

  /* Lists of texts keep their bullets and numbers beside their left-to-right lines (lists that lay out
     cards and rows mirror with the rest), boxes of text keep their accent bar where their lines start
     (cautions, verdicts, notices, the map's "see a professional" lines and serious conditions, the pain
     check's outcome), and the pain check's answers keep their radio button beside where they start, as
     tick boxes and errors keep theirs and their icon, and a week's field its unit after its number. So
     does the "when to see a professional" box, its title and last line with its list, a shoe's name,
     badge and detail lines, with its distance, and a heading with the km/mi switch beside it. These boxes
     are left to right in every direction, as a widget is wherever :dir(rtl) doesn't mirror it (above), so
     the rule needs no condition, as the few single-widget ones (the shoe list's message) have none. */
  :is(.professional, .bullets, .cautions, .notice, .catch-up, .verdict, .headline, .see-pro, .serious, .check, .option, .error, .input, .detail, .shoe-head, .head-row) {
    direction: ltr;
  }

  /* Firefox and WebKit give list items text-align: match-parent, which on a right-to-left page
     right-aligns every card; start follows each paragraph's own direction, as everywhere else. */
  :host(:dir(rtl)) li {
    text-align: start;
  }

  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  /* Scrolled into view by Tab or by a script, a control keeps its whole ring on screen: browsers line
     its box up with the window's edge, and the ring is drawn 5px outside it. */
  :is(a, button, input, select, textarea, summary, [tabindex]) {
    scroll-margin-block: 0.5em;
  }

  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  /* Inputs too: a radio or checkbox sized in em then grows with the text around it. */
  button,
  input {
    font: inherit;
    color: inherit;
    letter-spacing: inherit;
    text-transform: none;
  }

  /* Safari on a phone zooms the page into a field whose text is under 16px, and leaves it zoomed: a field's
     text follows the widget's size, but not below 16px (a page may set 14px). :host outranks a widget's own
     field rule, even one that starts with all: unset. */
  :host input:not([type='checkbox'], [type='radio']) {
    font-size: max(16px, 1em);
  }

  [type='checkbox'],
  [type='radio'] {
    accent-color: var(--_accent);
  }

  /* The browser draws these, and its edge for an empty one can be faint (1.6:1 in WebKitGTK, where a
     box-shadow isn't drawn): a ring in the fields' own edge colour keeps it at 3:1 in every engine (WCAG
     1.4.11). A ticked one shows the accent; a focused one, the focus ring. */
  :is([type='checkbox'], [type='radio']):not(:checked, :focus-visible) {
    outline: 1px solid var(--_field-edge);
  }

  /* The ring and the focus ring follow the circle: WebKit drew a square round it. */
  [type='radio'] {
    border-radius: 50%;
  }

  a {
    color: var(--_link);
  }

  /* A label breaks between words, never inside one with a hyphen ("Book an assess-ment", in Firefox). */
  :is(a, button, summary) {
    hyphens: manual;
    /* ...and is at least as wide as its longest word: "anywhere" let a booking link at 200% text shrink to
       "Book an assessmen / t". A word wider than the whole widget can still break. */
    overflow-wrap: break-word;
  }

  /* A very wide container (a page builder's full-width section): the widget keeps to its width at 1000 px,
     61em (the map's and training-load's 20em column, a gap and 40em of text), centred, as the pain check
     keeps to 40em. At 1920 px lines ran to 260 characters, and the km/mi switch sat 1680 px from its
     heading. */
  .root {
    max-width: 61em;
    margin-inline: auto;
  }

  /* A paragraph or a list's line of text keeps to 65ch, 80-90 characters in any font, at every width: at
     800-1000 px lines ran to 120-175 characters (training-load's note on overuse, the shoe list's note, the
     lines of "When to see a professional"), past the 80 a reader's eye follows back to the next line. The
     boxes (a card, "see a professional") fill the column up to 61em, and keep to 65ch past it. A list,
     not :is(), so that a widget's class on a p that is a row, not text, can undo it. */
  p,
  li:not([class]) {
    max-width: 65ch;
  }

  /* On a right-to-left page a paragraph, or a box kept to 65ch, stands at the left too, where its
     left-to-right lines start (it stood at the column's right, its lines starting halfway across). Not
     items: a card in the tips' grid keeps to its cell, the shoe card's badge, a p, to the end of its row,
     and its line of facts (.detail, a p in the card's column of flex items) to the card's width: WebKit put
     it at the right. The box only where it is kept to 65ch: an auto margin shrinks a grid item, and at
     800 px "When to see a professional" was 564 px of the 766 it has on a left-to-right page. */
  :host(:dir(rtl)) p:not(.badge, .detail) {
    margin-right: auto;
  }

  @container (min-width: 61em) {
    :is(li, .professional) {
      max-width: 65ch;
    }
    :host(:dir(rtl)) .professional {
      margin-right: auto;
    }
  }

  /* Headings are role="heading" divs (see renderHeading), so they need their own look. */
  .heading {
    margin: 0;
    font-family: var(--kw-heading-font, inherit);
    font-weight: 700;
    line-height: 1.25;
  }

  .title {
    font-size: 1.25em;
  }

  /* A switch: a radio group of buttons (radioSwitch: the map's view and knee, km/mi). */
  /* The end buttons round themselves (no overflow: hidden on the pill), so a focus ring can sit outside
     the button, on top of its neighbour, and follow the rounded end instead of being cut by it. */
  .segmented {
    display: inline-flex;
    border: 1px solid var(--_border);
    border-radius: var(--_pill);
  }

  /* Its own corners and size, whatever a widget gives its other buttons (the shoe list's rounded every
     button, and made its km/mi two 15px pills where training-load's are one 16px switch). */
  .segmented button {
    border: 0;
    border-radius: 0;
    font-size: 1em;
    background: none;
    cursor: pointer;
    padding: 0.3em min(0.9em, 4cqi);
    min-height: var(--_target);
    min-width: 3em;
  }

  /* A heading with a control beside it (the km/mi switch), the control wrapping under it when narrow. */
  .head-row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
    justify-content: space-between;
  }

  .segmented button + button {
    border-inline-start: 1px solid var(--_border);
  }

  .segmented button[aria-checked='true'] {
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 700;
  }

  .segmented button:first-child {
    border-start-start-radius: var(--_pill);
    border-end-start-radius: var(--_pill);
  }

  .segmented button:last-child {
    border-start-end-radius: var(--_pill);
    border-end-end-radius: var(--_pill);
  }

  .segmented button:focus-visible {
    position: relative;
    z-index: 1;
  }

  /* Forced colours drop the accent fill, which left bold text as the only sign of the pressed button. */
  @media (forced-colors: active) {
    .segmented button[aria-checked='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
    /* A ring in the system's Highlight would melt into the pressed neighbour it overlaps: CanvasText. */
    .segmented button:focus-visible {
      outline-color: CanvasText;
    }
  }

  .disclaimer {
    margin: 0;
    font-size: 0.875em;
    color: var(--_muted);
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
      scroll-behavior: auto !important;
    }
  }
`;

/**
 * Where the browser darkens a light page itself, the dark scheme for a widget that follows the page (as
 * `theme="dark"` has above): src/shared/widget.ts turns it on there.
 */
export const darkenedStyles = css`
  @supports (color: light-dark(#000, #fff)) {
    @media screen and (forced-colors: none) {
      :host(:not([theme='light' i])) {
        color-scheme: dark;
      }
    }
  }
`;
