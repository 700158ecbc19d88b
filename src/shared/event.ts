/**
 * The browser's own Event, for the widgets' event classes to extend. MooTools' compatibility layer, as
 * Joomla 3 sites load it, puts its DOMEvent wrapper at `window.Event`: classes built on that threw on
 * every event, so choosing a spot or a filter broke. CustomEvent's parent is the real one, whatever a page
 * did to the name.
 */
export const NativeEvent: typeof Event = Object.getPrototypeOf(CustomEvent);
