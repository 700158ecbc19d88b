/**
 * Links that come from attributes are rendered only when they are http(s), mailto: or tel: URLs.
 * Anything else (javascript:, data:, vbscript:, blob:, malformed) is dropped.
 *
 * The value is parsed with the URL parser (which strips the whitespace and control characters that
 * browsers ignore, so `java\tscript:` is seen as `javascript:`) and the parsed, normalized href is what
 * gets rendered: what we checked is exactly what the browser will follow.
 */

const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/** Returns the URL to render, or null when it must be dropped. Relative URLs resolve against the page. */
export function safeUrl(value: unknown, base: string = globalThis.document?.baseURI ?? 'https://invalid/'): string | null {
  if (typeof value !== 'string' || value.trim() === '') return null;
  try {
    const parsed = new URL(value, base);
    return SAFE_PROTOCOLS.has(parsed.protocol) ? parsed.href : null;
  } catch {
    return null;
  }
}
