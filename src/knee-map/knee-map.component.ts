import {html, nothing, svg, type PropertyDeclarations, type PropertyValues, type TemplateResult} from 'lit';
import {msg, str} from '@lit/localize';
import {bulletList, renderSourceList} from '../shared/lists.js';
import {AdviceElement, professionalBox, scrollPaddingTop} from '../shared/advice.js';
import {reveal} from '../shared/reveal.js';
import {letGo} from '../shared/widget.js';
import {foldStyles, renderFold, unfold} from '../shared/fold.js';
import {radioSwitch} from '../shared/roving.js';
import {oneOf, warn} from '../shared/attributes.js';
import {oneOrNone} from '../shared/optional.js';
import {formatNumber} from '../shared/format.js';
import {renderSourcesInline} from '../shared/citations.js';
import {conditionsForRegion} from '../content/condition-details.js';
import {isRegionId, regionIds, regions} from '../content/regions.js';
import {kneeFacts} from '../content/facts.js';
import type {Condition, ConditionId, RegionId} from '../content/types.js';
import {
  MIRROR,
  VIEWBOX,
  anatomy,
  innerOnLeft,
  regionOrder,
  regionShapes,
  sides,
  viewFor,
  views,
  type Side,
  type View,
} from './knee-map.drawing.js';
import {KneeRegionSelectEvent} from './knee-map.events.js';
import {kneeMapStyles} from './knee-map.styles.js';
import {Announcer} from '../shared/announcer.js';

/**
 * A clickable drawing of a knee. The reader picks where it hurts (click, tap, or the keyboard) and the
 * panel names what commonly causes pain there, says when to see a professional, then tells about each cause
 * and what helps.
 *
 * The map is one tab stop (the spot chosen; with none, the kneecap from the front and the back of the knee
 * from behind): left and right arrows move across the drawing (side, middle, side), down and up
 * step through every region in turn, Home and End go to the first and the last, a letter goes to the next
 * region whose name starts with it, Enter or Space selects (and, where the panel is under the drawing,
 * brings its heading into view, as a tap does), Escape clears. Escape in the panel goes back to the map,
 * to the spot chosen. The view and knee switches are radio groups, one tab stop each: the arrow keys turn
 * the knee round or swap sides.
 * Printing (or saving as PDF) shows each listed condition with its details, without the switches, in
 * light colours whatever the theme. Find in page (Ctrl+F, a phone's "Find in page") and a link to a quote
 * (`#:~:text=`, as a search result's) search the folded details of the conditions listed, and open the one they
 * find, as they would a page's `<details>`: in Chrome and Edge 102, Firefox 148 and Safari 26.2 and later, and
 * in the WebKit the tests run in (WebKitGTK 2.50). Firefox and Safari may not scroll to what they find there, by
 * MDN's compatibility data (its bugs 2006040 and 304174). Other browsers search only what is open
 * (`test/find-in-page.test.ts`; the older way in `print.test.ts`).
 *
 * @tagname knee-map
 * @summary Where does your knee hurt? Common causes, what helps, and when to see someone.
 *
 * @attr {'front'|'back'} view - Which side of the knee is drawn. Default `front`. Reflected, so the Front and Back switches change it (a map without one adds none to its tag until they do).
 * @attr {'right'|'left'} side - Which knee. Default `right`; a left knee is drawn mirrored. Reflected, as `view` is.
 * @attr {'front'|'below-kneecap'|'inner'|'outer'|'back'} region - The selected region (reflected). Empty: none.
 * @attr {string} cta-href - Optional call-to-action link (http, https, mailto or tel only).
 * @attr {string} cta-label - Text of the call-to-action, as given (not translated). Default "Book an assessment", translated; only spaces gives it too, with a warning.
 * @attr {'auto'|'light'|'dark'} theme - Colour scheme. `auto` follows the page's `color-scheme`, and takes the dark one where the browser darkens a light page itself, unless the page set `--kw-text`, `--kw-surface` or `--kw-accent`. Reflected once set: a widget without one adds none to its tag.
 * @attr {string} heading - Replaces the built-in title, as given: the page's words are not translated. Only spaces: the built-in title, with a warning.
 * @attr {number} heading-level - Level of the title in the page outline (1–6). Default 2. Headings inside the widget take the levels below it, down to 6 (at 5 or 6 they share level 6).
 *
 * @fires {KneeRegionSelectEvent} knee-region-select - The reader selected or cleared a region, or `select()` was called (setting
 *   `region` fires nothing). `detail: {region, conditions}`: the region's id (null when cleared) and the ids of the
 *   conditions its panel lists, such as `it-band-syndrome`.
 *
 * @csspart base - The widget's content. The card around it (border, corner radius, padding) is the element itself: style
 *   the tag to change or remove it. Its background is `--kw-surface`.
 * @csspart title - The widget's title.
 * @csspart controls - The front/back and left/right switches.
 * @csspart drawing - The knee drawing (an SVG).
 * @csspart region - Each selectable region of the drawing.
 * @csspart region-selected - The chosen region, as well as `region`: style it here, or `::part(region)` would style it like the others.
 * @csspart panel - The panel that lists causes for the selected region.
 * @csspart condition - Each condition card in the panel.
 * @csspart professional - The "when to see a professional" box (always visible).
 * @csspart cta - The call-to-action link.
 * @csspart disclaimer - The "general information, not medical advice" line, with the month its content last changed.
 *
 * @cssprop --knee-map-line - Colour of the drawing's lines. Default `--kw-text`.
 * @cssprop --knee-map-fill - Fill of the leg. Default `--kw-raised`.
 * @cssprop --knee-map-bone - Fill of the kneecap. Default `--kw-surface` (in the dark theme a grey lighter than the skin, `#323c42`).
 * @cssprop --knee-map-highlight - Colour of the spots, hovered and selected regions. Default `--kw-link` (the accent, leaning towards the text colour so it shows on the leg).
 * @cssprop --knee-map-drawing-width - Largest width of the drawing. Default `20em`.
 * @cssprop --kw-sticky-top - The height of the page's own sticky or fixed header, if it has one (`72px`): in the two-column layout the drawing stays in view as the causes scroll, below it. Default: the page's `scroll-padding-top` (read once the map is drawn and when the window is resized), else `0px`.
 * @cssprop --knee-map-padding - Padding inside the border. Default `1em`, less on a narrow phone (`min(1em, 5vw)`).
 * @cssprop --kw-accent - Shared accent colour (buttons, links, highlights).
 * @cssprop --kw-link - Links and other small text in the accent colour. Default: the accent, mixed a little towards the text colour so it reads as text.
 * @cssprop --kw-on-accent - Text on the accent colour. Default: black or white, whichever reads on the accent.
 * @cssprop --kw-accent-soft - Soft accent background (the "see a professional" box).
 * @cssprop --kw-text - Text colour.
 * @cssprop --kw-muted - Secondary text colour.
 * @cssprop --kw-surface - Background colour.
 * @cssprop --kw-raised - Background of raised areas.
 * @cssprop --kw-border - Border colour.
 * @cssprop --kw-focus - Focus ring colour.
 * @cssprop --kw-danger - Colour marking serious conditions.
 * @cssprop --kw-radius - Corner radius of the widget and its boxes.
 * @cssprop --kw-button-radius - Corner radius of buttons, switches, chips and the booking link. Default: round ends (`999px`).
 * @cssprop --kw-gap - Space between the widget's main parts. Default `1em`.
 * @cssprop --kw-font - Font family. Default: the page's.
 * @cssprop --kw-heading-font - Font family of the headings. Default: `--kw-font`.
 * @cssprop --kw-font-size - Base font size. Default: the browser's (`medium`).
 */
export class KneeMap extends AdviceElement {
  /** The hidden live region's words, cleared once heard. */
  readonly #said = new Announcer(this);
  static override styles = [...AdviceElement.styles, foldStyles, kneeMapStyles];

  static override properties: PropertyDeclarations = {
    // Defaults unwritten on the tag until set, as the theme's (see KneeWidgetElement).
    view: {reflect: true, useDefault: true},
    side: {reflect: true, useDefault: true},
    region: {reflect: true},
    focusedRegion: {state: true},
    hoveredRegion: {state: true},
    awayShown: {state: true},
    focusIn: {state: true},
    expanded: {state: true},
  };

  /** `front` or `back`. */
  declare view: View;
  /** `right` or `left`. */
  declare side: Side;
  /** The selected region, or null. */
  declare region: RegionId | null;
  declare private focusedRegion: RegionId | null;
  declare private hoveredRegion: RegionId | null;
  /** A chosen spot the reader (or the page) turned the knee away from: the caption says where it went. */
  declare private awayShown: RegionId | null;
  /** Focus is on a spot of the drawing. */
  declare private focusIn: boolean;
  declare private expanded: ReadonlySet<ConditionId>;

  /** Validated values, computed in willUpdate from the public properties. */
  #view_: View = 'front';
  #side_: Side = 'right';
  #region_: RegionId | null = null;

  constructor() {
    super();
    this.view = 'front';
    this.side = 'right';
    this.region = null;
    this.focusedRegion = null;
    this.hoveredRegion = null;
    this.awayShown = null;
    this.focusIn = false;
    this.expanded = new Set();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('resize', this.#readPadding, {passive: true});
    if (this.hasUpdated) this.#readSoon();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('resize', this.#readPadding);
    cancelAnimationFrame(this.#frame);
  }

  protected override firstUpdated(changed: PropertyValues<this>): void {
    super.firstUpdated(changed);
    this.#readSoon();
  }

  #frame = 0;

  /**
   * The padding is read at the next frame, not in the first render (nor as the widget is moved). Read
   * then, it made Firefox lay the page out at once, before the widgets after the map had rendered: on
   * that short page it pulled the window's scroll up (from 7149 px to 1662 in the page test) and left its
   * visual viewport behind until the next frame, so a press in that frame landed off the page. By the next
   * frame the page is laid out whole, as the browser draws it anyway.
   */
  #readSoon = (): void => {
    cancelAnimationFrame(this.#frame);
    this.#frame = requestAnimationFrame(this.#readPadding);
  };

  /**
   * The page's sticky header, as its scroll padding says (the README asks a page with one to give it):
   * the sticky drawing stays below it, unless --kw-sticky-top says otherwise. With only the padding, the
   * drawing stuck under the header, and Shift+Tab to its switches put focus where none of it showed.
   * Read again when the window is resized, as a header's height may change with it.
   */
  #readPadding = (): void => {
    const figure = this.renderRoot.querySelector<HTMLElement>('.figure');
    if (!figure) return;
    // Written only when it changes (none, on most pages): each write makes the page work its styles out again.
    const pad = `${scrollPaddingTop(figure)}px`;
    if (pad !== (figure.style.getPropertyValue('--_pad-top') || '0px')) figure.style.setProperty('--_pad-top', pad);
  };

  /**
   * Selects `region` (or clears with null), shows the view it is in, and fires `knee-region-select`. Like
   * the attribute, it takes any case, with spaces around it ignored, and '' clears.
   */
  select(region: RegionId | null): boolean {
    const given: unknown = region;
    if (typeof given == 'string') region = (given.trim().toLowerCase() || null) as RegionId | null;
    if (region !== null && !isRegionId(region)) {
      // Each bad call warns; a string is quoted, anything else named by its type (JSON.stringify throws on 1n).
      warn(`<knee-map>.select(${typeof given === 'string' ? JSON.stringify(given.slice(0, 60)) : typeof given}): unknown region, ignored.`);
      return false;
    }
    // The spot already chosen, chosen again: nothing changes, so nothing would be said; say it again.
    if (region && region === this.#region_) this.#said.say(this.#describeSelection());
    this.region = region;
    if (region) this.focusedRegion = region;
    const listed = region ? this.#conditionIds(region) : [];
    this.dispatchEvent(new KneeRegionSelectEvent({region, conditions: listed}));
    return true;
  }

  #conditionIds(region: RegionId): ConditionId[] {
    const {local, anywhere} = conditionsForRegion(region);
    return [...local, ...anywhere].map((c) => c.id);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#focusInPanel = !!this.shadowRoot?.activeElement?.closest('.panel');
    if (changed.has('region')) {
      const value = (this.#region_ = oneOrNone(this, 'region', this.region, regionIds, 'showing no selection'));
      if (value) {
        this.awayShown = null;
        // A region can only be seen from one side: show the view it is in.
        const needed = viewFor(value, oneOf(this, 'view', this.view, views, 'front'));
        if (needed !== this.view) this.view = needed;
      }
      if (this.hasUpdated) this.#said.say(this.#describeSelection());
    }
    this.#view_ = oneOf(this, 'view', this.view, views, 'front');
    // A turn with no spot to let go, or the other knee, takes an earlier "can't be seen" note away (after
    // Left/Right, "this side" would read as the knee's side).
    if ((changed.has('view') || changed.has('side')) && !changed.has('region')) this.awayShown = null;
    // The page turned the knee (property or attribute) away from the chosen spot: let it go, as the
    // buttons do, so the drawing and the panel agree. (No event: the page made the change.)
    if (changed.has('view') && !changed.has('region') && this.#region_ && viewFor(this.#region_, this.#view_) !== this.#view_) {
      this.#turnedAway = this.awayShown = this.#region_;
      this.region = null;
      this.#region_ = null;
      if (this.hasUpdated) this.#said.say(this.#describeSelection());
    }
    this.#side_ = oneOf(this, 'side', this.side, sides, 'right');
  }

  /** Focus was in the panel before this update (see `updated()`). */
  #focusInPanel = false;

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // The spots are drawn in place: after a view or side change the focused one may stand for another
    // region, or be gone (Firefox and WebKit send no blur then). Read the keyboard's place again. Only
    // then: an arrow key renders its next spot before focusing it, and reading the spot still focused took
    // the keyboard's place back, for a second render (and a warning from Lit's development build).
    if (changed.has('view') || changed.has('side')) {
      const spot = (this.shadowRoot!.activeElement as Element | null)?.closest?.('[data-region]');
      const region = spot?.getAttribute('data-region') as RegionId | undefined;
      if (this.focusIn !== !!spot) this.focusIn = !!spot;
      if (region && region !== this.focusedRegion) this.focusedRegion = region;
    }
    // The page cleared the choice (or turned the knee away from it) while focus was in the panel, which
    // went with it: focus goes back to the map, not to the page's body.
    if (this.#focusInPanel && !this.shadowRoot!.activeElement) void this.#focusRegion(this.#tabStop(regionOrder(this.#view_, this.#side_)));
  }

  #describeSelection(): string {
    const away = this.#turnedAway;
    this.#turnedAway = null;
    if (away && !this.#region_) return this.#awayText(away);
    if (!this.#region_) return msg('Selection cleared.');
    const name = regions()[this.#region_].name;
    const count = formatNumber(this.#conditionIds(this.#region_).length);
    return msg(str`${name} selected. ${count} common causes are listed.`);
  }

  /**
   * The region that holds the tab stop in the current view: the one with focus while the keys move
   * about (else a spot before or after the chosen one took two Tabs to leave the map), then the chosen one,
   * then the first spot only this view shows: Back, after the reader turned the knee to see the back of it,
   * where the spot on the inner side had it (keyboard review), and the kneecap from the front.
   */
  #tabStop(order: RegionId[]): RegionId {
    if (this.focusIn && this.focusedRegion && order.includes(this.focusedRegion)) return this.focusedRegion;
    if (this.#region_ && order.includes(this.#region_)) return this.#region_;
    if (this.focusedRegion && order.includes(this.focusedRegion)) return this.focusedRegion;
    return order.find((r) => viewFor(r, this.#view_ === 'front' ? 'back' : 'front') === this.#view_)!;
  }

  /**
   * Escape in the panel goes back to the map, to its spot (the one chosen): on a phone the panel runs to
   * screens of causes, and Shift+Tab back through them was a long way (keyboard review).
   */
  #onPanelKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    void this.#focusRegion(this.#tabStop(regionOrder(this.#view_, this.#side_)));
  }

  async #focusRegion(region: RegionId): Promise<void> {
    this.focusedRegion = region;
    await this.updateComplete;
    this.renderRoot.querySelector<SVGGElement>(`[data-region="${region}"]`)?.focus();
  }

  #onMapKeydown(event: KeyboardEvent): void {
    const target = (event.target as Element).closest?.('[data-region]');
    const current = target?.getAttribute('data-region') as RegionId | undefined;
    if (!current) return;
    const order = regionOrder(this.#view_, this.#side_);
    const i = order.indexOf(current);
    let next: RegionId | undefined;
    switch (event.key) {
      // Left and right go across the drawing, as the eye does: the two sides and the middle between them
      // (from "Front of the knee", right is the side, not "Below the kneecap" under it), wrapping round.
      case 'ArrowRight':
      case 'ArrowLeft': {
        // The order is: one side, the middle (top to bottom), the other side.
        const last = order.length - 1;
        const column = i === 0 ? 0 : i === last ? 2 : 1;
        next = order[(event.key === 'ArrowRight' ? [1, last, 0] : [last, 0, 1])[column]!];
        break;
      }
      // Down and up step through every spot in turn, as in any list (and as a screen reader expects).
      case 'ArrowDown':
        next = order[(i + 1) % order.length];
        break;
      case 'ArrowUp':
        next = order[(i - 1 + order.length) % order.length];
        break;
      case 'Home':
        next = order[0];
        break;
      case 'End':
        next = order.at(-1);
        break;
      case 'Enter':
      case ' ':
      case 'Spacebar':
        event.preventDefault();
        this.select(current);
        void this.#revealPanel();
        return;
      case 'Escape':
        if (this.#region_) {
          event.preventDefault();
          this.select(null);
        }
        return;
      default:
        next = this.#typeAhead(event, order, i);
        if (!next) return;
    }
    event.preventDefault();
    if (next) void this.#focusRegion(next);
  }

  /**
   * A letter typed on the map goes to the next spot whose name starts with it ("o" for Outer knee), as in
   * any listbox, and the same letter again to the next one it starts (in Spanish three names start
   * "Parte"). Accents and case don't count ("a" finds "Außenseite"): both are folded away, not compared
   * by localeCompare(), whose first call loads the browser's collation data (12-15 ms here, on the key
   * press). One letter is enough: no two names in a view share more than a first word. It moves focus
   * only, as the arrows do: Enter or Space chooses.
   */
  #typeAhead(event: KeyboardEvent, order: RegionId[], at: number): RegionId | undefined {
    const key = event.key;
    if ([...key].length !== 1 || key === ' ' || event.ctrlKey || event.metaKey || event.altKey) return undefined;
    const names = regions();
    const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    const starts = (id: RegionId) => fold(names[id].name).startsWith(fold(key));
    return order.map((_, n) => order[(at + 1 + n) % order.length]!).find(starts);
  }

  /**
   * A spot took focus. Reached by the keyboard, it is scrolled into view, the least distance: Firefox
   * scrolls no focused SVG group there, and a spot reached by Tab or an arrow key stayed under the window's
   * edge. (Not on a tap: the page would move under the finger before the click.)
   */
  #onRegionFocus(event: FocusEvent, id: RegionId): void {
    this.focusedRegion = id;
    this.focusIn = true;
    // The caption names the spot again (the arrow key's render came before this focus).
    if (this.#tapped) this.requestUpdate();
    this.#tapped = false;
    const spot = event.currentTarget as SVGGElement;
    // On its ring: Firefox moves nothing for the group itself, nor for its own scrollIntoView(). Only when
    // focus came from elsewhere in the page: the window coming back to the front focuses the spot again,
    // and a reader who had scrolled on to the causes was taken back up.
    if (spot.matches(':focus-visible') && event.relatedTarget) spot.querySelector('.ring')!.scrollIntoView({block: 'nearest', inline: 'nearest'});
  }

  /**
   * Focus left a spot: for another spot, or out of the map. (Listened for on the spots, which take focus
   * anyway: a focus listener on the <svg> makes Chromium put the drawing itself in the Tab order.)
   */
  #onRegionBlur = (event: FocusEvent): void => {
    this.focusIn = !!(event.relatedTarget as Element | null)?.closest?.('[data-region]');
  };

  /** A tap or click: chosen, and the keyboard's place moves there too. */
  async #onRegionClick(region: RegionId): Promise<void> {
    this.select(region);
    await this.#focusRegion(region);
    await this.#revealPanel();
  }

  /**
   * After a tap, a click or Enter: where the panel sits under the drawing (a phone, or a page zoomed
   * in), its heading and what follows it (the spot's line, the start of when to see a professional: its
   * scroll margin) come into view if they are not already, as far as the chosen spot can stay on screen
   * (see reveal()). Otherwise the choice seems to do nothing for anyone who can't hear the announcement.
   */
  async #revealPanel(): Promise<void> {
    await this.updateComplete;
    const title = this.renderRoot.querySelector('.panel-title');
    const spot = this.renderRoot.querySelector('[aria-selected="true"]');
    if (title && spot) reveal(this.renderRoot, spot, title, parseFloat(getComputedStyle(title).scrollMarginBottom));
  }

  /** Focus went to a spot after a click or tap on Clear, until the keyboard moves it (see the caption). */
  #tapped = false;

  /** The Clear button disappears with the selection: focus goes back to the map, not to the page. */
  async #onClear(event: MouseEvent): Promise<void> {
    this.select(null);
    letGo(this.shadowRoot);
    await this.#focusRegion(this.#tabStop(regionOrder(this.#view_, this.#side_)));
    // A click has a detail (its count); Enter and Space on the button have none.
    this.#tapped = event.detail > 0;
    this.requestUpdate();
  }

  #toggleCondition(id: ConditionId, open?: boolean): void {
    this.expanded = unfold(this.expanded, id, open);
  }

  protected override render(): TemplateResult {
    return html`
      <section class="root" part="base" lang=${this.lang_} translate="no" aria-labelledby="title">
        ${this.renderTitle(msg('Where does your knee hurt?'))}
        <p class="intro">${msg('Pick the spot that hurts to see common causes, what helps, and when to see a professional.')}</p>
        <div class="layout">
          <div class="figure">${this.#renderControls()} ${this.#renderDrawing()}</div>
          <div class="panel" part="panel" @keydown=${this.#onPanelKeydown}>${this.#renderPanel()}</div>
        </div>
        <div class="sr-only" role="status">${this.#said.text}</div>
      </section>
    `;
  }

  /**
   * The view and knee switches: a radio group each (one choice of two), so each is one tab stop and the
   * arrow keys switch, as with native radios. As toggle buttons they were four tab stops before the map.
   */
  #renderControls(): TemplateResult {
    return html`<div class="controls" part="controls">
      ${radioSwitch(msg('View'), [['front', msg('Front')], ['back', msg('Back')]], this.#view_, (v: View) => this.#pickView(v))}
      ${radioSwitch(msg('Which knee'), [['left', msg('Left knee')], ['right', msg('Right knee')]], this.#side_, (s: Side) => (this.side = s))}
    </div>`;
  }

  /**
   * The reader turned the knee: a chosen spot this side does not show is let go, so the drawing and the
   * panel agree. A spot the keyboard was on before is forgotten, so the way back into the drawing is the
   * spot this side adds (the back of the knee), not a side spot the other view had (a diff review).
   */
  #pickView(view: View): void {
    if (!this.focusIn) this.focusedRegion = null;
    this.view = view;
    if (this.#region_ && viewFor(this.#region_, view) !== view) {
      this.#turnedAway = this.awayShown = this.#region_;
      this.select(null);
    }
  }

  #awayText(away: RegionId): string {
    const gone = regions()[away].name;
    return msg(str`${gone} can't be seen from this side. Selection cleared.`);
  }

  /** A spot let go because the knee was turned away from it: said with its name, not as a plain clear. */
  #turnedAway: RegionId | null = null;

  #viewDescription(): string {
    const left = this.#side_ === 'left';
    if (this.#view_ === 'front') return left ? msg('Left knee, seen from the front') : msg('Right knee, seen from the front');
    return left ? msg('Left knee, seen from behind') : msg('Right knee, seen from behind');
  }

  #renderDrawing(): TemplateResult {
    const view = this.#view_;
    const side = this.#side_;
    const order = regionOrder(view, side);
    const stop = this.#tabStop(order);
    const names = regions();
    const mirrored = side === 'left';
    const shapes = regionShapes[view];
    const innerLeft = innerOnLeft(view, side);
    const selected = this.#region_ ? shapes[this.#region_] : undefined;
    const markerX = selected ? (mirrored ? 242 - selected.cx : selected.cx) : 0;
    // The spot under the pointer, else the keyboard's while it is on the map (a focus ring alone doesn't
    // name it), else the one chosen (as the marker shows it), else the how-to. Not the spot focus went to
    // after a click or tap on "Clear selection", which shows no ring: its name in bold would look chosen.
    const hint = this.hoveredRegion ?? (this.focusIn && !this.#tapped ? this.focusedRegion : null) ?? this.#region_;
    const description = this.#viewDescription();

    // A listbox is vertical (no aria-orientation): down and up step through every spot, as a screen reader
    // says; left and right go across the drawing. The options' <g> is role="none": a plain <g> would come
    // between the list and its options in some engines. Under the spots, a wide invisible edge round each
    // one (.hit) takes taps that miss it by a little: at 280 px the side spots are 27-30 px wide, and a tap
    // between two spots did nothing. The spots themselves lie on top, so a tap inside one is always that
    // one. A spot is named by its name alone, which a voice user says to pick it ("Click Outer knee");
    // where it is on the knee is its description, from hidden text. The list's name ends with where the
    // spots of the other view are, which the switch and the drawing only show: as the list's description
    // Orca never said it (it reads a spot's description, not the list's), and in a spot's it would be
    // said on every arrow press. Its name is said once, as focus comes into the list. (Comments here, not
    // in the template, which would ship them.)
    return html`
      <svg
        class="drawing"
        part="drawing"
        viewBox="0 0 ${VIEWBOX.width} ${VIEWBOX.height}"
        role="listbox"
        aria-label="${msg(str`Where it hurts: ${description}`)}. ${view === 'front'
          ? msg('For the back of the knee, set View to Back.')
          : msg('For the front of the knee or below the kneecap, set View to Front.')}"
        @keydown=${this.#onMapKeydown}
        @pointerleave=${() => (this.hoveredRegion = null)}
      >
        <g aria-hidden="true" transform=${mirrored ? MIRROR : nothing}>${anatomy[view]}</g>
        <g aria-hidden="true" transform=${mirrored ? MIRROR : nothing}>
          ${order.map(
            (id) =>
              svg`<path class="hit" d=${shapes[id]!.d} @click=${() => void this.#onRegionClick(id)} @pointerenter=${() => (this.hoveredRegion = id)} />`,
          )}
        </g>
        <g role="none" transform=${mirrored ? MIRROR : nothing}>
          ${order.map((id) => {
            const shape = shapes[id]!;
            const isSelected = this.#region_ === id;
            return svg`<g
              class="region"
              part=${isSelected ? 'region region-selected' : 'region'}
              role="option"
              data-region=${id}
              tabindex=${id === stop ? '0' : '-1'}
              aria-selected=${isSelected ? 'true' : 'false'}
              aria-label=${names[id].name}
              aria-describedby=${`about-${id}`}
              @click=${() => void this.#onRegionClick(id)}
              @pointerenter=${() => (this.hoveredRegion = id)}
              @focus=${(e: FocusEvent) => this.#onRegionFocus(e, id)}
              @blur=${this.#onRegionBlur}
            ><path class="ring" d=${shape.d} /><path class="area" d=${shape.d} /><circle class="dot" cx=${shape.cx} cy=${shape.cy} r="5" /></g>`;
          })}
        </g>
        ${selected
          ? svg`<g class="marker" aria-hidden="true" transform="translate(${markerX} ${selected.cy})">
              <circle r="10" /><path d="M-4.5 0.5 L-1.2 3.8 L4.8 -3.2" />
            </g>`
          : nothing}
      </svg>
      <div hidden>
        ${order.map((id) => html`<span id=${`about-${id}`}>${names[id].description}</span>`)}
      </div>
      <p class="side-labels" aria-hidden="true"><span>${innerLeft ? msg('Inner') : msg('Outer')}</span><span>${innerLeft ? msg('Outer') : msg('Inner')}</span></p>
      <p class="caption" aria-hidden="true">
        ${description}<br />
        <strong
          >${hint
            ? names[hint].name
            : this.awayShown
              ? this.#awayText(this.awayShown)
              : html`<span class="touch">${msg('Tap a spot.')}</span><span class="keys">${msg('Click a spot, or use the arrow keys and Enter.')}</span>`}</strong
        >
      </p>
    `;
  }

  #renderPanel(): TemplateResult {
    const region = this.#region_;
    return html`
      ${region ? this.#renderRegion(region) : html`${this.#renderIntro()}${this.#renderProfessional()}`}
      ${this.renderDisclaimer()}
    `;
  }

  /** The "when to see a professional" box, with the page's booking link. */
  #renderProfessional(): TemplateResult {
    return professionalBox(this.level(2), this.renderBooking());
  }

  #renderIntro(): TemplateResult {
    return html`
      ${this.renderHeading(msg('Knee pain in runners'), 1, 'panel-title')}
      <ul class="facts bullets">
        ${kneeFacts().map((f) => html`<li>${`${f.text} `}${renderSourcesInline(f.sources)}</li>`)}
      </ul>
    `;
  }

  /**
   * A chosen spot: its name and its causes' names, then when to see a professional (with the booking link), then
   * the causes. After the causes, the box was four screens down on a phone, under cards a reader may not get past;
   * before them, the causes were a swipe below the spot's name on a phone, so their names come first.
   */
  #renderRegion(region: RegionId): TemplateResult {
    const r = regions()[region];
    const {local, anywhere} = conditionsForRegion(region);
    return html`
      ${this.renderHeading(r.name, 1, 'panel-title')}
      <p class="lead">${r.description}.</p>
      <p class="lead">${`${msg('Common causes of pain here:')} ${local.map((c) => c.name).join(', ')}.`}</p>
      ${this.#renderProfessional()}
      ${this.renderHeading(msg('Common causes of pain here'), 2, 'group')}
      <ul class="conditions" role="list">
        ${local.map((c) => this.#renderCondition(c))}
      </ul>
      ${anywhere.length
        ? html`${this.renderHeading(msg('Pain that can be anywhere in the knee'), 2, 'group')}
            <ul class="conditions" role="list">
              ${anywhere.map((c) => this.#renderCondition(c))}
            </ul>`
        : nothing}
      <button type="button" class="clear" @click=${this.#onClear}>${msg('Clear selection')}</button>
    `;
  }

  /**
   * One condition: its "see a professional" line before its details, which run to screens on a phone and
   * would push it out of sight. Its heading's offset is 3 (`level`): under "Common causes of pain here" or "Pain that can
   * be anywhere", so that in a list of headings the groups don't read as causes.
   */
  #renderCondition(c: Condition): TemplateResult {
    const level = 3;
    const open = this.expanded.has(c.id);
    return html`
      <li class="condition ${c.serious ? 'serious' : ''}" part="condition">
        ${this.renderHeading(c.name, level, 'condition-name')}
        ${c.otherNames ? html`<p class="other-names">${c.otherNames}</p>` : nothing}
        <p class="summary">${c.summary}</p>
        <p class="see-pro"><strong>${msg('See a professional:')}</strong>${` ${c.seeAPro}`}</p>
        <button
          type="button"
          class="toggle"
          aria-expanded=${open ? 'true' : 'false'}
          aria-controls="details-${c.id}"
          @click=${() => this.#toggleCondition(c.id)}
        >
          <span class="chevron" aria-hidden="true"></span
          ><span>${msg('Symptoms, causes and what helps')}<span class="sr-only">: ${c.name}</span></span>
        </button>
        ${renderFold(
          `details-${c.id}`,
          open,
          this.printing,
          () => this.#toggleCondition(c.id, true),
          () => html`${this.renderHeading(msg('Where it hurts'), level + 1, 'sub')}
            <p>${c.where}</p>
            ${this.renderHeading(msg('Typical signs'), level + 1, 'sub')} ${bulletList(c.symptoms)}
            ${this.renderHeading(msg('Why it happens'), level + 1, 'sub')} ${bulletList(c.causes)}
            ${this.renderHeading(msg('What helps'), level + 1, 'sub')} ${bulletList(c.helps)}
            ${renderSourceList(c.sources)}`,
        )}
      </li>
    `;
  }

}
