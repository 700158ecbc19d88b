import {html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult} from 'lit';
import {live} from 'lit/directives/live.js';
import {msg, str} from '@lit/localize';
import {bulletList, renderSourceList} from '../shared/lists.js';
import {AdviceElement, professionalBox, scrollArea} from '../shared/advice.js';
import {reveal} from '../shared/reveal.js';
import {letGo} from '../shared/widget.js';
import {foldStyles, renderFold, unfold} from '../shared/fold.js';
import {rovingIndex} from '../shared/roving.js';
import {resetWarning, warnOnce, wholeNumber} from '../shared/attributes.js';
import {oneOrNone} from '../shared/optional.js';
import {formatList, formatNumber} from '../shared/format.js';
import {regions} from '../content/regions.js';
import {tipCategories, tipCategoryIds, tipTimings} from '../content/tip-categories.js';
import {tipsFor} from '../content/tip-details.js';
import {regionIds, type RegionId, type Tip, type TipCategoryId, type TipTiming} from '../content/types.js';
import {groupByCategory, parseCategories, toggled} from './recovery-tips.filters.js';
import {MapLink} from '../shared/map-link.js';
import {RecoveryTipsFilterEvent} from './recovery-tips.events.js';
import {recoveryTipsStyles} from './recovery-tips.styles.js';
import {Announcer} from '../shared/announcer.js';

/** Tips shown before "Show all": about two screens of a phone, with the filters above them. */
const DEFAULT_LIMIT = 6;
/** How long the presses on the chips pause before the result is scrolled into view (a quick second tap
 * must not land on the chip that moved up under the finger). */
const REVEAL_PAUSE_MS = 800;
/** The fewest tips worth a "Show all" button: a list only one or two longer than `limit` shows whole. */
const MIN_HIDDEN = 3;

/** The chip groups' ids, in the order of the filters in `#filterKey`. */
const GROUPS = ['label-region', 'label-timing', 'label-category'] as const;

/**
 * Recovery and prevention tips for runners with sore knees: rest, cold and heat, stretching, strength,
 * support, shoes, training load and form, sleep and food, coming back, pain relief. Each tip has a
 * one-line summary and expands in place to why it helps, how to do it, when, cautions and sources.
 *
 * The reader narrows the list with filter chips (where it hurts, when, kind of tip); the page can set
 * the same filters with attributes, or point `for` at a `<knee-map>` to follow the spot picked on it.
 * In a narrow widget (under 30em, a phone) or a short window (30em or less, a phone held sideways)
 * "When" and "Kind of tip" wait behind "More filters", which opens by itself when one of them is set
 * and says how many are on ("More filters (2)"), so that the first tips show on the first screen and a
 * closed group hides no filter unseen.
 * The first few matching tips show at once (`limit`, 6 by default) and a "Show all" button brings the
 * rest, so the list stays a readable length on a phone; new filters start short again. With a spot
 * chosen, the tips for that spot (not for every spot) come first, and their kinds with them: the first
 * six for the front of the knee are its stretches and strength work. Right after a run, first aid comes
 * before them: ease off, cool a freshly sore knee, don't run through pain.
 * Printing (or saving as PDF) shows every tip expanded, without the chips. Find in page and a link to a quote
 * search the folded "Why, how and when" of the tips shown and open the one they find, as in `<knee-map>`.
 *
 * Keyboard: each group of chips is one tab stop (a toolbar). Left and right arrows, Home and End move
 * along it, Space or Enter presses a chip, and Tab goes on to the next group. "Show all" moves focus to
 * the title of the first tip it brings.
 *
 * @tagname recovery-tips
 * @summary Recovery and prevention tips that fit where the knee hurts and when.
 *
 * @attr {'front'|'below-kneecap'|'inner'|'outer'|'back'} region - Show the tips that help this part of the knee (reflected). Empty: every region. It holds the page's or the reader's pick here, not the region of a map the tips follow (`for`).
 * @attr {'right-after'|'next-days'|'long-term'} timing - Show the tips for this time (reflected). Empty: any time.
 * @attr {string} category - One category or a comma list (rest, cold-heat, stretch-roll, strength, support, footwear, load-form, sleep-food, comeback, pain-relief) (reflected). Empty: every category.
 * @attr {number} limit - How many tips show before the "Show all" button. Default 6; `0` shows every tip at once. A list only one or two tips longer shows whole.
 * @attr {string} for - The id of a `<knee-map>` in the same document (or the same shadow root) whose selected region the tips follow live (it then overrides `region`, until the reader picks a region here; a spot chosen on the map after that, even the same one, is followed again, a spot let go there is not). An id no element has yet warns once; a map given it later is still followed. Property `htmlFor`.
 * @attr {string} cta-href - Optional call-to-action link in the "when to see a professional" box, such as the clinic's booking page (http, https, mailto or tel only).
 * @attr {string} cta-label - Text of the call-to-action, as given (not translated). Default "Book an assessment", translated; only spaces gives it too, with a warning.
 * @attr {'auto'|'light'|'dark'} theme - Colour scheme. `auto` follows the page's `color-scheme`, and takes the dark one where the browser darkens a light page itself, unless the page set `--kw-text`, `--kw-surface` or `--kw-accent`. Reflected once set: a widget without one adds none to its tag.
 * @attr {string} heading - Replaces the built-in title, as given: the page's words are not translated. Only spaces: the built-in title, with a warning.
 * @attr {number} heading-level - Level of the title in the page outline (1–6). Default 2. Headings inside the widget take the levels below it, down to 6 (at 5 or 6 they share level 6).
 *
 * @fires {RecoveryTipsFilterEvent} recovery-tips-filter - The reader changed the filters here (a pick on a followed map is the map's `knee-region-select`). `detail: {region, timing, categories, count}`; `count` is how many tips match, shown or behind "Show all".
 *
 * @csspart base - The widget's content. The card around it (border, corner radius, padding) is the element itself: style
 *   the tag to change or remove it. Its background is `--kw-surface`.
 * @csspart title - The widget's title.
 * @csspart professional - The "when to see a professional" box (always visible).
 * @csspart cta - The call-to-action link, in the "when to see a professional" box.
 * @csspart following - The note that says which knee-map region is followed.
 * @csspart cautions - A tip's cautions (always visible, never folded away).
 * @csspart filters - The filter chip groups, and "More filters" (shown only in a narrow widget or a short window).
 * @csspart chip - Each filter chip.
 * @csspart chip-pressed - Each chip that is on, as well as `chip`: style it here, or `::part(chip)` would make it look like the others.
 * @csspart count - The number of tips shown (for screen readers it also names the filters, and a reader's filter change here is announced).
 * @csspart reset - The "Reset filters" buttons.
 * @csspart tip - Each tip card.
 * @csspart show-all - The "Show all N tips" button, under the first tips.
 * @csspart empty - The message shown when no tip matches.
 * @csspart disclaimer - The "general information, not medical advice" line, with the month its content last changed.
 *
 * @cssprop --recovery-tips-padding - Padding inside the border. Default `1em`, less on a narrow phone (`min(1em, 5vw)`).
 * @cssprop --recovery-tips-chip - Background of a pressed chip. Default `--kw-accent`. Its text and tick are black or white by the chip's colour (by the accent in browsers that can't work one colour out from another: Chrome and Edge before 131, Firefox before 133, Safari before 18), unless `--kw-on-accent` is set; `recovery-tips::part(chip-pressed) { color: … }` sets them.
 * @cssprop --recovery-tips-card-width - Smallest width of a tip card before the list goes to one column. Default `18em`.
 * @cssprop --kw-accent - Shared accent colour (chips, links, toggles).
 * @cssprop --kw-link - Links and other small text in the accent colour. Default: the accent, mixed a little towards the text colour so it reads as text.
 * @cssprop --kw-on-accent - Text on the accent colour. Default: black or white, whichever reads on the accent.
 * @cssprop --kw-accent-soft - Soft accent background (the "see a professional" box).
 * @cssprop --kw-text - Text colour.
 * @cssprop --kw-muted - Secondary text colour.
 * @cssprop --kw-surface - Background colour.
 * @cssprop --kw-warn - Colour of the bar beside a tip's cautions.
 * @cssprop --kw-border - Border colour.
 * @cssprop --kw-focus - Focus ring colour.
 * @cssprop --kw-radius - Corner radius of the widget and its boxes.
 * @cssprop --kw-button-radius - Corner radius of buttons, switches, chips and the booking link. Default: round ends (`999px`).
 * @cssprop --kw-gap - Spacing: the widget's parts are three quarters of it apart. Default `1em`.
 * @cssprop --kw-font - Font family. Default: the page's.
 * @cssprop --kw-heading-font - Font family of the headings. Default: `--kw-font`.
 * @cssprop --kw-font-size - Base font size. Default: the browser's (`medium`).
 */
export class RecoveryTips extends AdviceElement {
  /** The hidden live region's words, cleared once heard. */
  readonly #said = new Announcer(this);
  static override styles = [...AdviceElement.styles, foldStyles, recoveryTipsStyles];

  static override properties: PropertyDeclarations = {
    region: {reflect: true},
    timing: {reflect: true},
    category: {reflect: true},
    htmlFor: {attribute: 'for'},
    limit: {},
    fromMap: {state: true},
    expanded: {state: true},
    showAll: {state: true},
    moreFilters: {state: true},
  };

  /** Region filter, or null for every region. */
  declare region: RegionId | null;
  /** Timing filter, or null for any time. */
  declare timing: TipTiming | null;
  /** One category id or a comma list; null or '' for every category. */
  declare category: string | null;
  /** Id of the `<knee-map>` to follow (the `for` attribute). */
  declare htmlFor: string;

  /** True when the map's region is the one in use (false after the reader picked a region here). */
  declare private fromMap: boolean;
  declare private expanded: ReadonlySet<string>;
  /** How many tips show before "Show all"; 0 shows every tip. Default 6. */
  declare limit: number | string;
  /** The reader asked for every tip of the current filters. */
  declare private showAll: boolean;
  /**
   * "When" and "Kind of tip" are shown in a narrow widget (a phone) or a short window: there they sit behind "More filters",
   * as the 21 chips filled a phone's first screen. Opened by a filter set in them (by the page or here).
   */
  declare private moreFilters: boolean;

  /** Validated values, computed in willUpdate from the public properties. */
  #region_: RegionId | null = null;
  #timing_: TipTiming | null = null;
  #categories_: TipCategoryId[] = [];
  #limit_ = DEFAULT_LIMIT;
  /** The filters the list was last cut for: new filters start short again. */
  #listKey = '';
  /** The next filter change is the reader's own (said); any other (the map, an attribute) is not. */
  #byReader = false;

  /**
   * The followed map: a spot chosen there (even the same one, or by the page) is followed again, as the
   * note says; a spot let go (the knee turned away from it, cleared) leaves the reader's pick here.
   */
  readonly #map = new MapLink(this, () => this.htmlFor, 'the tips follow', () => this.#map.region && (this.fromMap = true));

  constructor() {
    super();
    this.region = null;
    this.timing = null;
    this.category = null;
    this.htmlFor = '';
    this.fromMap = true;
    this.expanded = new Set();
    this.showAll = false;
    this.moreFilters = false;
    this.limit = DEFAULT_LIMIT;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#revealTimer);
  }

  /** The region in use: the followed map's, unless the reader picked one here since. */
  get #activeRegion(): RegionId | null {
    return this.#map.following && this.fromMap ? this.#map.region : this.#region_;
  }

  /** The tips shown now, in the order shown (by kind), so the first few are the top of the whole list. */
  get #shown(): Tip[] {
    return groupByCategory(tipsFor({region: this.#activeRegion, timing: this.#timing_, categories: this.#categories_})).flatMap((g) => g.tips);
  }

  // --- Attributes ---------------------------------------------------------------------------------

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('region')) {
      this.#region_ = oneOrNone(this, 'region', this.region, regionIds, 'showing every region');
    }
    if (changed.has('timing')) {
      this.#timing_ = oneOrNone(this, 'timing', this.timing, tipTimings, 'showing any time');
    }
    if (changed.has('category')) {
      const {values, unknown} = parseCategories(this.category);
      if (unknown.length) {
        const dropped = unknown.join(', ').slice(0, 60);
        const fallback = values.length ? `showing ${values.join(', ')}` : 'showing every category';
        warnOnce(this, 'category', `<recovery-tips> category: unknown "${dropped}" dropped (known: ${tipCategoryIds.join(', ')}); ${fallback}.`);
      } else resetWarning(this, 'category');
      this.#categories_ = values;
    }
    if ((changed.has('timing') || changed.has('category')) && (this.#timing_ || this.#categories_.length)) this.moreFilters = true;
    if (changed.has('limit')) {
      this.#limit_ = wholeNumber(this, 'limit', this.limit, {min: 0, fallback: DEFAULT_LIMIT}, `is not a whole number of 0 or more; showing ${DEFAULT_LIMIT}.`);
    }
    if (changed.has('htmlFor') && this.isConnected) this.#map.follow();
    const key = this.#filterKey;
    if (key !== this.#listKey) {
      const before = this.#listKey.split('|');
      this.#listKey = key;
      // What was said about the old filters would be left for a screen reader to find, out of date.
      if (!this.#byReader) {
        this.#said.say('');
        // The map or the page changed a filter: in that filter's group, Tab comes back to the chip now
        // pressed, not to one the reader had only moved to before. (#filterKey's parts, in group order.)
        key.split('|').forEach((part, i) => part !== before[i] && this.#roving.delete(GROUPS[i]!));
      }
      this.showAll = false;
    }
    this.#byReader = false;
  }

  // --- Reader actions -----------------------------------------------------------------------------

  /** Each filter's part of the key, in the order of the chip groups' ids. */
  get #filterKey(): string {
    return `${this.#activeRegion}|${this.#timing_}|${this.#categories_.join()}`;
  }

  /**
   * Runs a reader's change, then fires `recovery-tips-filter` if the filters really changed, and says
   * what is shown now (unless focus is going to the count, which says it).
   */
  #act(change: () => void, say = true): void {
    const before = this.#filterKey;
    change();
    if (this.#filterKey === before) return;
    this.#byReader = true;
    if (say) void this.#sayCount();
    this.dispatchEvent(
      new RecoveryTipsFilterEvent({
        region: this.#activeRegion,
        timing: this.#timing_,
        categories: [...this.#categories_],
        count: this.#shown.length,
      }),
    );
  }

  #pickRegion(region: RegionId | null): void {
    this.#act(() => {
      const next = region === this.#activeRegion ? null : region;
      this.region = this.#region_ = next;
      this.fromMap = false;
    });
  }

  #pickTiming(timing: TipTiming | null): void {
    this.#act(() => {
      this.timing = this.#timing_ = timing === this.#timing_ ? null : timing;
    });
  }

  #pickCategory(category: TipCategoryId | null): void {
    this.#act(() => {
      const next = category ? toggled(this.#categories_, category, tipCategoryIds) : [];
      this.category = next.length ? next.join(',') : null;
      this.#categories_ = next;
    });
  }

  /**
   * The count and its filters, said once rendered. Only a reader's change here is announced: a
   * translation arriving, the page's language or the followed map changing the list are not news
   * (the map says what the reader picked there).
   */
  async #sayCount(): Promise<void> {
    await this.updateComplete;
    const text = this.renderRoot.querySelector('.count')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    this.#said.say(text);
  }

  #revealTimer?: ReturnType<typeof setTimeout>;

  /**
   * Once the presses pause, the count below the filters (which says what changed) and the first tip's
   * title (or, when none matches, the box that says so) come into view if they are not in it, as far as
   * they can without the last chip pressed leaving the screen (see reveal()). On a phone they were most of a
   * screen down, and a press seemed to do nothing. Not at once: the chips moved up under the finger, and
   * a second quick tap (two kinds of tip, say) landed on another chip.
   */
  #revealResult(chip: Element): void {
    clearTimeout(this.#revealTimer);
    const {box} = scrollArea(chip);
    const y = box.scrollTop;
    this.#revealTimer = setTimeout(() => {
      // The first tip's title or, when no tip matches, the box that says so, with its Reset button. Not
      // once the reader has scrolled meanwhile: the page would jump under them as they read. In the part
      // of the page's panel (or the window) that a sticky header or a bottom bar leaves (see scrollArea()).
      const last = this.renderRoot.querySelector('.tip-title, .empty');
      const area = scrollArea(chip);
      if (!last || !chip.isConnected || area.box !== box || box.scrollTop !== y) return;
      reveal(this.renderRoot, chip, last, 8);
    }, REVEAL_PAUSE_MS);
  }

  async #reset(): Promise<void> {
    clearTimeout(this.#revealTimer);
    letGo(this.shadowRoot);
    this.#act(() => {
      this.region = this.#region_ = null;
      this.timing = this.#timing_ = null;
      this.category = null;
      this.#categories_ = [];
      this.fromMap = false;
    }, false);
    // The button that had focus is gone: put focus on the count, which says what is shown now. What was
    // said of the old filters goes, or reading on from the count would give the old one after it.
    this.#said.say('');
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.count')?.focus();
  }

  /**
   * Shows every matching tip and moves focus (the button is gone) to the title of the first tip that
   * was hidden, so a screen reader says that title and reads on from it. (Its card read as one long
   * name, everything in it run together.)
   */
  async #revealAll(): Promise<void> {
    const first = this.#shown[this.#limit_];
    this.showAll = true;
    if (first) (await this.focusTarget(`#title-${first.id}`))?.focus();
  }

  #toggleTip(id: string, open?: boolean): void {
    this.expanded = unfold(this.expanded, id, open);
  }

  // --- Rendering ----------------------------------------------------------------------------------

  #timingName(timing: TipTiming): string {
    switch (timing) {
      case 'right-after':
        return msg('Right after a run');
      case 'next-days':
        return msg('Next few days');
      default:
        return msg('Long term');
    }
  }

  #countText(n: number): string {
    if (n === 0) return msg('No tips match these filters.');
    if (n === 1) return msg('1 tip');
    const count = formatNumber(n);
    return msg(str`${count} tips`);
  }

  // The professional box comes after the tips, as in the other widgets: above the chips it pushed them
  // off a phone's first screen.
  protected override render(): TemplateResult {
    const shown = this.#shown;
    const filtered = this.#activeRegion !== null || this.#timing_ !== null || this.#categories_.length > 0;
    return html`
      <section class="root" part="base" lang=${this.lang_} translate="no" aria-labelledby="title">
        ${this.renderTitle(msg('Recovery and prevention tips'))}
        <p class="intro">${msg('Ways to ease a sore knee after running, and to help keep the pain from coming back.')}</p>
        ${this.#renderFollowing()} ${this.#renderFilters()}
        <div class="count-row">
          <p class="count" part="count" tabindex="-1">
            <span class="count-text">${this.#countText(shown.length)}</span>${this.#renderFilterSummary(shown.length)}
          </p>
          ${filtered && shown.length ? this.#renderReset() : nothing}
        </div>
        <p class="sr-only" role="status">${this.#said.text}</p>
        ${shown.length ? this.#renderList(shown) : this.#renderEmpty()}
        ${professionalBox(this.level(1), this.renderBooking())} ${this.renderDisclaimer()}
      </section>
    `;
  }

  #renderFollowing(): TemplateResult | typeof nothing {
    if (!this.#map.following) return nothing;
    let text: string;
    if (!this.fromMap) {
      text = this.#region_
        ? msg('Showing the area you chose here. Pick a spot on the knee map to follow it again.')
        : msg('Showing every area. Pick a spot on the knee map to follow it again.');
    }
    else if (this.#map.region) {
      const name = regions()[this.#map.region].name;
      text = msg(str`Following the knee map: ${name}.`);
    } else text = msg('Following the knee map. Pick a spot on it to see the tips for that part of the knee.');
    return html`<p class="following" part="following">${text}</p>`;
  }

  /**
   * Each chip group is one tab stop (a toolbar), so that the 21 chips don't take 21 presses of Tab to get
   * past: the chip the reader was last on in that group (until the map or the page changes a filter), else
   * its first pressed chip. Left and right arrows (mirrored on a right-to-left page), Home and End move
   * along the group; Space or Enter presses.
   */
  readonly #roving = new Map<string, number>();

  #group(id: string, label: string, chips: ReadonlyArray<readonly [label: string, pressed: boolean, onClick: () => void]>): TemplateResult {
    const current = this.#roving.get(id) ?? Math.max(0, chips.findIndex(([, pressed]) => pressed));
    // On a press too: Safari's tap and VoiceOver's don't focus the chip, and the stop stayed where the keyboard left it.
    const stop = (e: Event) => this.#onChipFocus(e, id);
    return html`<div class="group" role="toolbar" aria-labelledby=${id} @keydown=${this.#onChipKeydown} @focusin=${stop} @click=${stop}>
      <span class="group-label" id=${id}>${label}</span>
      <div class="chips">
        ${chips.map(
          ([text, pressed, onClick], i) =>
            html`<button type="button" class="chip" part=${pressed ? 'chip chip-pressed' : 'chip'} tabindex=${live(i === current ? '0' : '-1')} aria-pressed=${pressed ? 'true' : 'false'} @click=${(e: Event) => (onClick(), this.#revealResult(e.currentTarget as Element))}>
              ${text}
            </button>`,
        )}
      </div>
    </div>`;
  }

  #chipsOf(event: Event): HTMLButtonElement[] {
    return [...(event.currentTarget as HTMLElement).querySelectorAll<HTMLButtonElement>('.chip')];
  }

  #onChipFocus(event: Event, id: string): void {
    const row = this.#chipsOf(event);
    const at = row.indexOf(event.target as HTMLButtonElement);
    if (at < 0) return;
    this.#roving.set(id, at);
    row.forEach((chip, i) => (chip.tabIndex = i === at ? 0 : -1));
  }

  #onChipKeydown(event: KeyboardEvent): void {
    const row = this.#chipsOf(event);
    const to = rovingIndex(event, row.indexOf(event.target as HTMLButtonElement), row.length, getComputedStyle(this).direction === 'rtl');
    if (to === null) return;
    event.preventDefault();
    row[to]!.focus();
  }

  #renderFilters(): TemplateResult {
    const region = this.#activeRegion;
    const names = regions();
    const cats = tipCategories();
    return html`<div class="filters" part="filters">
      ${this.#group(GROUPS[0], msg('Where it hurts'), [
        [msg('Anywhere'), region === null, () => this.#pickRegion(null)],
        ...regionIds.map((r) => [names[r].name, region === r, () => this.#pickRegion(r)] as const),
      ])}
      <button type="button" class="toggle more" aria-expanded=${this.moreFilters ? 'true' : 'false'} aria-controls="more-filters" @click=${() => (this.moreFilters = !this.moreFilters)}>
        <span class="chevron" aria-hidden="true"></span>${this.#moreLabel()}
      </button>
      <div class="filters" id="more-filters">
      ${this.#group(GROUPS[1], msg('When'), [
        [msg('Any time'), this.#timing_ === null, () => this.#pickTiming(null)],
        ...tipTimings.map((t) => [this.#timingName(t), this.#timing_ === t, () => this.#pickTiming(t)] as const),
      ])}
      ${this.#group(GROUPS[2], msg('Kind of tip'), [
        [msg('All kinds'), this.#categories_.length === 0, () => this.#pickCategory(null)],
        ...tipCategoryIds.map((c) => [cats[c].name, this.#categories_.includes(c), () => this.#pickCategory(c)] as const),
      ])}
      </div>
    </div>`;
  }

  /** "More filters", with how many of them are on ("More filters (2)"), so that closed it hides none unseen. */
  #moreLabel(): string {
    const on = (this.#timing_ ? 1 : 0) + this.#categories_.length;
    const n = formatNumber(on);
    return on ? msg(str`More filters (${n})`) : msg('More filters');
  }

  /**
   * For screen readers, the count also names the filters, so that a filter change that leaves the count
   * the same (28 tips for the inner knee, as for below the kneecap) still changes the status and is read.
   */
  #renderFilterSummary(count: number): TemplateResult | typeof nothing {
    // "No tips match these filters." already says why; the chips say which.
    if (count === 0) return nothing;
    // One part per chip group, apart: kinds widen the list ("or"), and their own names hold an "and".
    const region = this.#activeRegion;
    const cats = tipCategories();
    const kinds = this.#categories_.map((c) => cats[c].name);
    const parts = [
      ...(region ? [regions()[region].name] : []),
      ...(this.#timing_ ? [this.#timingName(this.#timing_)] : []),
      ...(kinds.length ? [formatList(kinds, undefined, 'disjunction')] : []),
    ];
    return parts.length ? html`<span class="sr-only">&nbsp;(${parts.join('; ')})</span>` : nothing;
  }

  #renderReset(): TemplateResult {
    return html`<button type="button" class="reset" part="reset" @click=${() => void this.#reset()}>${msg('Reset filters')}</button>`;
  }

  #renderEmpty(): TemplateResult {
    return html`<div class="empty" part="empty">
      <p>${msg('Try fewer filters, or reset them to see every tip.')}</p>
      ${this.#renderReset()}
    </div>`;
  }

  /** The first `limit` tips (all of them once asked for, or for printing), then "Show all". */
  #renderList(shown: readonly Tip[]): TemplateResult {
    // Hiding one or two tips behind a button would cost the reader a click for nothing.
    const all = this.showAll || this.printing || this.#limit_ === 0 || shown.length - this.#limit_ < MIN_HIDDEN;
    if (all) return this.#renderTips(shown);
    const count = formatNumber(shown.length);
    return html`${this.#renderTips(shown.slice(0, this.#limit_))}
      <button type="button" class="show-all" part="show-all" @click=${() => void this.#revealAll()}>
        ${msg(str`Show all ${count} tips`)}
      </button>`;
  }

  #renderTips(shown: readonly Tip[]): TemplateResult {
    const cats = tipCategories();
    return html`<div class="groups">
      ${groupByCategory(shown).map(
        (g) => html`<div class="category">
          ${this.renderHeading(cats[g.category].name, 1, 'category-name')}
          <ul class="tips" role="list">
            ${g.tips.map((t) => this.#renderTip(t))}
          </ul>
        </div>`,
      )}
    </div>`;
  }

  #renderTip(t: Tip): TemplateResult {
    const open = this.expanded.has(t.id);
    return html`<li class="tip" part="tip">
      ${this.renderHeading(t.title, 2, 'tip-title', `title-${t.id}`)}
      <p class="summary">${t.summary}</p>
      ${t.cautions.length
        ? html`<div class="cautions" part="cautions"><strong>${msg('Take care:')}</strong> ${bulletList(t.cautions)}</div>`
        : nothing}
      <button type="button" class="toggle" aria-expanded=${open ? 'true' : 'false'} aria-controls="tip-${t.id}" @click=${() => this.#toggleTip(t.id)}>
        <span class="chevron" aria-hidden="true"></span>${msg('Why, how and when')}<span class="sr-only">: ${t.title}</span>
      </button>
      ${renderFold(
        `tip-${t.id}`,
        open,
        this.printing,
        () => this.#toggleTip(t.id, true),
        () => html`<p><strong>${msg('Why it helps:')}</strong>${` ${t.why}`}</p>
          <p><strong>${msg('How to do it:')}</strong></p>
          ${bulletList(t.how, true)}
          <p><strong>${msg('When:')}</strong>${` ${t.when}`}</p>
          ${renderSourceList(t.sources)}`,
      )}
    </li>`;
  }

}
