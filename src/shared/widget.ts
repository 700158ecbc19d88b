import {LitElement, css, html, type ReactiveElement, type PropertyDeclarations, type PropertyValues, type TemplateResult} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import {msg, str, updateWhenLocaleChanges} from '@lit/localize';
import {baseStyles, darkenedStyles} from './styles.js';
import {oneOf, resetWarning, warnOnce, wholeNumber} from './attributes.js';
import {connectTranslations, disconnectTranslations, shownLocale} from './locale.js';
import {updatedMonth} from '../content/updated.js';

export const themes = ['auto', 'light', 'dark'] as const;
export type Theme = (typeof themes)[number];

/**
 * The first element in `host` that one of `selectors` matches once rendered, for a reader's action to
 * move focus to. A heading is made focusable for it (Tab never stops on one).
 */
export async function focusTargetIn(host: ReactiveElement, ...selectors: string[]): Promise<HTMLElement | null> {
  await host.updateComplete;
  const target = selectors.map((s) => host.renderRoot.querySelector<HTMLElement>(s)).find(Boolean) ?? null;
  if (target?.getAttribute('role') === 'heading') target.tabIndex = -1;
  return target;
}

/**
 * Lets go of focus in `root` before an action moves it on, where it may already be on the element it moves
 * to: VoiceOver's double tap on an iPhone presses a button without moving focus (Safari's own tap moves it
 * to the page), so focus stayed on what the widget last put it on (the map's chosen spot, the tips' count,
 * the pain check's heading, which the next question reuses), and moving it there again did nothing: no
 * scroll to it, nothing read out.
 */
export const letGo = (root: ShadowRoot | null): void => (root?.activeElement as HTMLElement | null)?.blur();

/** A widget's first render, while its words are on their way (see connectedCallback). */
const waitingStyles = css`
  * {
    visibility: hidden !important;
  }
`;

/** `root` with `sheet` among its adopted style sheets (last), or without it. */
const adopt = (root: ShadowRoot, sheet: CSSStyleSheet, on: boolean): void => {
  root.adoptedStyleSheets = [...root.adoptedStyleSheets.filter((s) => s !== sheet), ...(on ? [sheet] : [])];
};

const connectedRoots = new Set<ShadowRoot>();
let darkening: boolean | undefined;
let listening = false;
/**
 * Where the browser darkens a light page itself (Chrome's dark mode for sites, on a phone in dark mode), a
 * widget that follows the page takes its dark colours, but keeps the page's light scheme, so the browser
 * darkens it as well: the dark text on its buttons and chosen switches came out white on pale teal (about
 * 2:1). There it takes the dark scheme too, and the browser leaves it as drawn: only where the page set
 * none of the colour tokens, as the dark scheme would pair the page's light colours with the widget's
 * dark ones (light text on its light surface). Told apart as Chrome advises: under a light scheme, Canvas
 * isn't white (not in forced colours, where it is the reader's palette). Checked as a widget connects,
 * in its own root, as colour tokens may be set on one widget and not the others; again in every connected
 * one when the reader's light or dark setting or forced colours change. While the page isn't darkened,
 * only the first widget after load or after such a change reads a style. (The probe's style is set
 * through the CSSOM, which a strict Content-Security-Policy allows, and it is gone before anything paints.)
 */
function followDarkening(root: ShadowRoot): void {
  const sheet = darkenedStyles.styleSheet;
  if (!sheet) return;
  // Only in a browser that draws the widgets, not at import: a unit test's matchMedia stub (jsdom has
  // none) often lacks addEventListener.
  if (!listening) {
    listening = true;
    for (const query of ['(prefers-color-scheme:dark)', '(forced-colors:active)']) {
      matchMedia(query).addEventListener('change', () => {
        darkening = undefined;
        connectedRoots.forEach(followDarkening);
      });
    }
  }
  connectedRoots.add(root);
  let dark = false;
  if (darkening !== false) {
    const probe = root.appendChild(document.createElement('i'));
    probe.style.cssText = 'color-scheme:light;color:Canvas';
    const style = getComputedStyle(probe);
    darkening ??= style.color != 'rgb(255, 255, 255)';
    dark = darkening && !['text', 'surface', 'accent'].some((token) => style.getPropertyValue(`--kw-${token}`));
    probe.remove();
  }
  adopt(root, sheet, dark);
}

/** Whether `node` is a form field, which takes the keys typed into it. */
export const isField = (node: unknown): boolean => node instanceof Element && /^(input|select|textarea)$/.test(node.localName);

/**
 * Keys that are the widget's stay in it. A page's own shortcuts (a search on "/", a gallery's arrows, as
 * Mousetrap, hotkeys-js and Read the Docs write them) skip the keys typed into a field by looking at the
 * event's target, which outside the shadow root is the widget: they took the keys typed into its fields
 * and radios, and cancelled them. ASP.NET's page-wide form took Enter the same way, for its default
 * button, and blogs' "copy protection" a field's Ctrl+A, C, V and X, its clipboard and its menu. So a key
 * typed into a field (its editing shortcuts too), Enter and Space (which press whatever has focus in the
 * widget), a key an input method is composing with, and a key the widget acted on (its arrows, its
 * Escape: cancelled inside it, not by the page before) end at the shadow root. Escape, Tab, F-keys and
 * other Ctrl or ⌘ shortcuts still go on, as from a page's own field; Ctrl with Alt is AltGr, which types
 * a character. A key's press decides for its keypress and its release, whatever modifiers are let go
 * first, so a page that keeps track of the keys held down sees each one come up.
 */
function keepKeys(root: HTMLElement | DocumentFragment): void {
  const held = new Map<string, boolean>();
  let cancelled = false;
  const ours = (event: KeyboardEvent): boolean => {
    const {key} = event;
    const field = isField(event.target);
    if (event.isComposing || key == 'Process' || (event.defaultPrevented && !cancelled)) return true;
    // Ctrl or ⌘ with A, C, V, X, Y or Z edits a field: select all, copy, paste, cut, undo, redo.
    if (field && /^[acvxyz]$/i.test(key)) return true;
    if (/^(Escape|Tab|F\d+)$/.test(key) || event.metaKey || (event.ctrlKey && !event.altKey)) return false;
    return field || key == 'Enter' || key == ' ';
  };
  // Copying, cutting and pasting in a field, and its menu (events with no key code), are the field's too.
  const keep = (event: KeyboardEvent): void => {
    const {code, type} = event;
    const stop = type == 'keydown' ? ours(event) : code == null ? isField(event.target) : !!held.get(code);
    if (type == 'keydown') held.set(code, stop);
    else if (type == 'keyup') held.delete(code);
    if (stop) event.stopPropagation();
  };
  root.addEventListener('keydown', (event) => (cancelled = event.defaultPrevented), true);
  for (const type of ['keydown', 'keypress', 'keyup', 'copy', 'cut', 'paste', 'contextmenu']) root.addEventListener(type, keep as EventListener);
  // A key still down as focus leaves the widget comes up elsewhere. Focus lost to nothing (a button pressed
  // with Enter taken away, Clear and Reset letting go, see letGo()) may come back at once, where the key
  // comes up: looked at once that press is done.
  root.addEventListener('focusout', (event) => {
    const to = (event as FocusEvent).relatedTarget as Node | null;
    return root.contains(to) || (to ? held.clear() : setTimeout(() => (root as ShadowRoot).activeElement || held.clear()));
  });
}

/**
 * What every widget says under its content, and what the pain check's shared answers end with: what it is
 * not, and how current it is (the month the content last changed, in the page's language).
 */
export const disclaimerText = (): string => {
  const month = updatedMonth();
  return `${msg('General information, not medical advice. It cannot tell you what is wrong with your knee.')} ${msg(str`Last updated: ${month}.`)}`;
};

/** Whether some of `el` is in the window: not scrolled past, nor still below. */
const inWindow = (el: Element): boolean => {
  const {top, bottom} = el.getBoundingClientRect();
  return bottom > 0 && top < innerHeight;
};

/**
 * The base of every Knee Widgets element: shared tokens and resets, the `theme`, `heading` and
 * `heading-level` attributes, and a re-render whenever the locale changes.
 */
export class KneeWidgetElement extends LitElement {
  static override styles = [baseStyles];

  static override properties: PropertyDeclarations = {
    // The default, set in the constructor, is not written onto the tag (a server-rendered page's hydration
    // reported theme="auto" as a mismatch); set later, it is. Removing the attribute gives the default back.
    theme: {reflect: true, useDefault: true},
    heading: {},
    headingLevel: {attribute: 'heading-level'},
    printing: {state: true},
  };

  /** `auto` (default) follows the page's `color-scheme` (see followDarkening for a browser that darkens pages); `light` or `dark` force one. */
  declare theme: Theme;
  /** Replaces the widget's title. Empty: the built-in, translated title. */
  declare heading: string;
  /** Level (1–6) of the widget's title in the page's outline; sub-headings follow on. Default 2. */
  declare headingLevel: number | string;
  /**
   * Between the page's `beforeprint` and `afterprint`: a widget renders what it leaves out on screen, so
   * that the page prints it (its print styles unfold it): the tips past `limit`, and the map's and the
   * tips' folds in a browser that can't find in them (see fold.ts).
   */
  declare protected printing: boolean;

  readonly #onPrint = (event: Event): void => {
    this.printing = event.type === 'beforeprint';
    // Now, not in a microtask: a script's window.print() lays the page out before microtasks run.
    if (this.printing) this.performUpdate();
  };

  constructor() {
    super();
    this.theme = 'auto';
    this.heading = '';
    this.headingLevel = 2;
    this.printing = false;
    updateWhenLocaleChanges(this);
  }

  /**
   * A control reached by the keyboard while partly in the window is brought wholly into view, ring and
   * scroll margin included (the margin clears the shoe list's message too). Chromium does that itself;
   * Firefox leaves it where it is, its ring or its lower part cut off. Not for a press (text fields match
   * :focus-visible on a click too, and a scroll between press and release moves the field away), and
   * not for a control wholly out of the window: the browser scrolls to that itself, unless the page
   * asked it not to (`focus({preventScroll: true})`). WebKit scrolls a text field only until its caret
   * shows, the field's lower edge and ring still under the window's: after that scroll it is looked at
   * again. On the shadow root: focus moving inside it never reaches the host. The shadow root also keeps
   * the widget's keys (keepKeys).
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    keepKeys(root);
    let pressed = -Infinity;
    let keyed = -Infinity;
    root.addEventListener('pointerdown', (event) => (pressed = event.timeStamp));
    root.addEventListener('keydown', (event) => (keyed = event.timeStamp));
    root.addEventListener('focusin', (event) => {
      const target = event.target;
      // (A key just pressed in the widget counts too: Chromium matches neither :focus-visible nor, at
      // first, :focus for a date field Shift+Tabbed into, and scrolls only its year into view.)
      if (!(target instanceof Element) || !(target.matches(':focus-visible') || event.timeStamp - keyed < 100) || event.timeStamp - pressed < 1000) return;
      const reveal = (): boolean => {
        const partly = inWindow(target);
        if (partly) target.scrollIntoView({block: 'nearest'});
        return partly;
      };
      if (reveal()) return;
      // The browser's own scroll, if it comes soon: not a reader's scroll long after, nor after leaving.
      const stop = (): void => {
        removeEventListener('scroll', onScroll);
        target.removeEventListener('focusout', stop);
      };
      const onScroll = (): void => {
        reveal();
        stop();
      };
      addEventListener('scroll', onScroll, {passive: true});
      target.addEventListener('focusout', stop);
      setTimeout(stop, 500);
    });
    return root;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The first of its kind on a page in another language may need its part of the translation.
    const language = connectTranslations(this);
    // Until the page's language is in (a moment, a second at most), the first render is hidden, in its
    // place: English showed, then changed its words and grew. Empty instead, the widget took no room, and
    // the page moved twice.
    const hidden = waitingStyles.styleSheet;
    const root = this.renderRoot;
    if (root instanceof ShadowRoot) {
      followDarkening(root);
      if (language && !this.hasUpdated && hidden) {
        adopt(root, hidden, true);
        void language.then(() => adopt(root, hidden, false));
      }
    }
    addEventListener('beforeprint', this.#onPrint);
    addEventListener('afterprint', this.#onPrint);
  }

  override disconnectedCallback(): void {
    connectedRoots.delete(this.renderRoot as ShadowRoot);
    super.disconnectedCallback();
    disconnectTranslations(this);
    removeEventListener('beforeprint', this.#onPrint);
    removeEventListener('afterprint', this.#onPrint);
    this.printing = false;
  }

  /** The validated title level, with `offset` for sub-headings, capped at 6. */
  protected level(offset = 0): number {
    const n = wholeNumber(this, 'heading-level', this.headingLevel, {min: 1, max: 6, fallback: 2}, 'is not 1–6; using 2.');
    return Math.min(n + offset, 6);
  }

  /** The first element one of `selectors` matches once rendered, to move focus to (see focusTargetIn). */
  protected focusTarget(...selectors: string[]): Promise<HTMLElement | null> {
    return focusTargetIn(this, ...selectors);
  }

  /** A heading that fits the host page's outline (`role="heading"`, no dynamic tag names). */
  protected renderHeading(text: string, offset = 0, cls = '', id?: string, part?: string): TemplateResult {
    return html`<div role="heading" aria-level=${this.level(offset)} id=${ifDefined(id)} class="heading ${cls}" part=${ifDefined(part)}>${text}</div>`;
  }

  /** The widget's title: `heading` when the page set one, else `builtIn` (translated). */
  protected renderTitle(builtIn: string): TemplateResult {
    return this.renderHeading(this.pageText('heading', this.heading, builtIn), 0, 'title', 'title', 'title');
  }

  /**
   * A text the page gave in an attribute (`heading`, `cta-label`), trimmed. Unset or empty gives
   * `builtIn`; only spaces gives it too, with one warning (it made a heading or link with no words).
   */
  protected pageText(attribute: string, value: unknown, builtIn: string): string {
    // String(): a framework may set a number (el.heading = 2024). The warning leaves out the built-in
    // words, which change as the translation loads and would make it a new warning each time.
    const text = String(value ?? '').trim();
    if (text || !value) {
      resetWarning(this, attribute);
      return text || builtIn;
    }
    warnOnce(this, attribute, `<${this.localName}> ${attribute} is only spaces; using the built-in words.`);
    return builtIn;
  }

  /** The "general information, not medical advice" line that ends every widget, with the month its content last changed. */
  protected renderDisclaimer(): TemplateResult {
    return html`<p class="disclaimer" part="disclaimer">${disclaimerText()}</p>`;
  }

  /** The locale the content is shown in, for the `lang` attribute of the widget's root. */
  protected get lang_(): string {
    return shownLocale(this.localName);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('theme')) oneOf(this, 'theme', this.theme, themes, 'auto', true);
  }

  /**
   * What the note under the focused field said at the last drawing, while some of that field was in the
   * window (nothing while it was not, or no text field had focus): brought into view when it changed (see updated()).
   */
  #note?: string;

  /**
   * What is wrong with the field being typed in, shown under it, comes into view with it (the least
   * distance): in a short window (a phone's keyboard up, a page at 400%) Tab and Enter leave a field at
   * the window's lower edge, and its error appeared below it, unseen. The note is the field's error
   * (`${id}-error`: the shoe list's, whose description is held while it has focus, see hold()), else its
   * last description (training-load's); not a radio's or a box's, whose error is above them. Once for
   * each new thing it says (a note that turns into an error, or grows a line): a reader who then scrolls
   * away is left there. And only while some of the field is in the window: a
   * reader who tapped a week and scrolled on to read, the field still focused, was pulled back to its note
   * when another tab saved (the first drawing since the focus, so its words were new). At once, as the
   * browser scrolls to a focused field: a page's scroll-behavior: smooth glided it in, for a reader who
   * asks for less motion too (a few lines under the field being typed in, a glide shows nothing more).
   */
  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const field = this.shadowRoot?.activeElement;
    const note = field?.matches('input:not([type=radio],[type=checkbox])') && inWindow(field) ? (this.shadowRoot!.getElementById(`${field.id}-error`) ?? this.shadowRoot!.getElementById(field.getAttribute('aria-describedby')?.split(' ').pop() ?? '')) : null;
    const text = note?.textContent;
    if (text !== this.#note) note?.scrollIntoView({block: 'nearest', behavior: 'instant'});
    this.#note = text;
  }
}
