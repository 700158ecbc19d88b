/**
 * Links that come from attributes are rendered only when they are http(s), mailto: or tel: URLs.
 * Anything else (javascript:, data:, vbscript:, blob:, malformed) is dropped.
 *
 * The value is parsed with the URL parser (which strips the whitespace and control characters that
 * browsers ignore, so `java\tscript:` is seen as `javascript:`) and the parsed, normalized href is what
 * gets rendered: what we checked is exactly what the browser will follow.
 */

import {resetWarning, warnOnce} from './attributes.js';

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

/**
 * The call-to-action link from a widget's `cta-href`: the safe URL, or null with one console warning when
 * a value was given but is not allowed.
 */
export function ctaUrl(host: object & {localName?: string}, href: unknown): string | null {
  const url = safeUrl(href);
  if (href && !url) {
    const shown = String(href).slice(0, 60);
    warnOnce(host, 'cta-href', `<${host.localName ?? 'element'}> cta-href="${shown}" is not an http(s), mailto: or tel: URL; the link is not shown.`);
  } else resetWarning(host, 'cta-href');
  return url;
}
