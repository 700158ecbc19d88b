/**
 * Attribute validation shared by every widget: an unknown value falls back to the default and warns
 * once per element, attribute and value (not on every render), never throws.
 */

/** The last warning given, per element and key. */
const warned = new WeakMap<object, Map<string, string>>();

/** Logs `message` (for a method called wrongly: every call says what was wrong with it). */
export function warn(message: string): void {
  console.warn(`knee-widgets: ${message}`);
}

/** Logs `message` for this element and key, unless it is the warning last given for them. */
export function warnOnce(host: object, key: string, message: string): void {
  let keys = warned.get(host);
  if (!keys) warned.set(host, (keys = new Map()));
  if (keys.get(key) === message) return;
  keys.set(key, message);
  warn(message);
}

/** Forgets earlier warnings for `key`, so that a new bad value warns again. */
export function resetWarning(host: object, key: string): void {
  warned.get(host)?.delete(key);
}

/**
 * Returns `value` when it is one of `allowed`, otherwise `fallback` with one console warning.
 * `null`/`undefined`/'' mean "not set" and quietly give the fallback. Case never matters; spaces around
 * the value don't either, unless `exact` (an attribute the styles match as written, such as `theme`).
 */
export function oneOf<T extends string>(
  host: {localName: string},
  attribute: string,
  value: unknown,
  allowed: readonly T[],
  fallback: T,
  exact = false,
): T {
  if (value === null || value === undefined || value === '') return fallback;
  const normalized = (exact ? String(value) : String(value).trim()).toLowerCase();
  if ((allowed as readonly string[]).includes(normalized)) {
    resetWarning(host, attribute);
    return normalized as T;
  }
  warnOnce(
    host,
    attribute,
    `<${host.localName}> ${attribute}="${String(value).slice(0, 60)}" is not one of ` +
      `${allowed.join(', ')}; using "${fallback}".`,
  );
  return fallback;
}

/**
 * A whole number from an attribute or property, `min` to `max`: digits only, spaces around them ignored
 * ("2", not "2.0", "0x2" or "2e0"). Not set (null, undefined or '') quietly gives `fallback`; anything
 * else outside the range gives `fallback` with one console warning, which `problem` words.
 */
export function wholeNumber(
  host: {localName: string},
  attribute: string,
  value: unknown,
  {min, max = Number.MAX_SAFE_INTEGER, fallback}: {min: number; max?: number; fallback: number},
  problem: string,
): number {
  const text = typeof value === 'number' ? String(value) : String(value ?? '').trim();
  if (text === '') {
    resetWarning(host, attribute);
    return fallback;
  }
  const n = /^\d+$/.test(text) ? Number(text) : NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    warnOnce(host, attribute, `<${host.localName}> ${attribute}="${text.slice(0, 20)}" ${problem}`);
    return fallback;
  }
  resetWarning(host, attribute);
  return n;
}
