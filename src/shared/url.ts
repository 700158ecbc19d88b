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
 * Quote marks around a whole value: an attribute pasted from a word processor (`cta-href=”https://…”`)
 * keeps its curly quotes in the value, which then reads as a link relative to the page.
 */
const QUOTES = /^\s*["'“”‘’„«»]+|["'“”‘’„«»]+\s*$/g;

/**
 * The call-to-action link from a widget's `cta-href`: the safe URL, or null with one console warning when
 * a value was given but is not allowed. Quote marks around the value are left out, with a warning.
 */
export function ctaUrl(host: {localName: string}, href: unknown): string | null {
  const bare = typeof href === 'string' ? href.replace(QUOTES, '') : href;
  const url = safeUrl(bare);
  const tag = `<${host.localName}> cta-href="${String(href).slice(0, 60)}"`;
  if (href && !url) {
    warnOnce(host, 'cta-href', `${tag} is not an http(s), mailto: or tel: URL; the link is not shown.`);
  } else if (bare !== href) {
    warnOnce(host, 'cta-href', `${tag}: the quote marks around it are left out.`);
  } else resetWarning(host, 'cta-href');
  return url;
}
