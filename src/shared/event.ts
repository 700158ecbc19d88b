/**
 * The browser's own Event. MooTools' compatibility layer, as Joomla 3 sites load it, puts its DOMEvent
 * wrapper at `window.Event`: event classes built on that threw on every event, so choosing a spot or a
 * filter broke. CustomEvent's parent is the real one, unless a page replaced CustomEvent too (an old
 * polyfill for Internet Explorer that doesn't check first): then `Event`, as it is.
 */
const parent: unknown = Object.getPrototypeOf(CustomEvent);
const NativeEvent: typeof Event = typeof parent == 'function' && parent != Function.prototype ? (parent as typeof Event) : Event;

/**
 * What every widget's events are: they bubble and cross shadow roots, and carry `detail`. Typed, one class
 * each (`KneeRegionSelectEvent`), so a page can tell them apart with `instanceof` and its editor knows `detail`.
 */
export class WidgetEvent<D> extends NativeEvent {
  readonly detail: D;
  constructor(type: string, detail: D, cancelable = false) {
    super(type, {bubbles: true, composed: true, cancelable});
    this.detail = detail;
  }
}
