/**
 * Attributes that may be left unset: a preselected region, a filter. Only the three widgets that name
 * regions (the map, the pain check, the tips) have them, so this is a module of their `regions` chunk:
 * in the runtime with attributes.ts, the other two paid 0.1 KB for it.
 */
import {resetWarning, warnOnce} from './attributes.js';

/**
 * One optional value out of `allowed`: null when not set (empty, spaces only, null or undefined), the
 * value when known (case and spaces around it never matter), undefined when it is something else.
 */
export function parseOne<T extends string>(value: unknown, allowed: readonly T[]): T | null | undefined {
  const normalized = value === null || value === undefined ? '' : String(value).trim().toLowerCase();
  if (normalized === '') return null;
  return (allowed as readonly string[]).includes(normalized) ? (normalized as T) : undefined;
}

/**
 * An attribute that may be left unset (a preselected region, a filter): `value` when it is one of
 * `allowed` (see parseOne), else null, with one console warning ending in `instead` ("showing every
 * region") when it was set to something else.
 */
export function oneOrNone<T extends string>(
  host: {localName: string},
  attribute: string,
  value: unknown,
  allowed: readonly T[],
  instead: string,
): T | null {
  const parsed = parseOne(value, allowed);
  if (parsed !== undefined) {
    resetWarning(host, attribute);
    return parsed;
  }
  warnOnce(host, attribute, `<${host.localName}> ${attribute}="${String(value).slice(0, 60)}" is not one of ${allowed.join(', ')}; ${instead}.`);
  return null;
}
