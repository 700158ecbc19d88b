/**
 * The browser's own Event, read from an event the browser makes. MooTools' compatibility layer, as Joomla 3
 * sites load it, puts its DOMEvent wrapper at `window.Event`: event classes built on that threw on every
 * event, so choosing a spot or a filter broke. An old CustomEvent polyfill for Internet Explorer replaces
 * `window.CustomEvent` too, so CustomEvent's parent can't be trusted either; a made event's constructor can.
 * (In Node, where a server imports the widgets' modules, there is no document, or one of a few methods that
 * Lit's server shim puts there, without createEvent: then `Event` is Node's own.)
 */
const NativeEvent = (globalThis.document?.createEvent?.('Event').constructor ?? Event) as typeof Event;

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
