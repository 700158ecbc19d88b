/**
 * `JSON.stringify` that a page can't bend. Old blogs still load Prototype.js 1.6, whose
 * `Array.prototype.toJSON` turns every array into a string; stored data would then come back as strings
 * and be unreadable. Arrays and plain objects are written as they are, whatever `toJSON` the page added.
 */
export function toJson(value: unknown, space?: number): string {
  return JSON.stringify(
    value,
    function (this: Record<string, unknown>, key: string, replaced: unknown) {
      // `this[key]` is the value before any toJSON() ran on it.
      const raw = this[key];
      if (raw === null || typeof raw !== 'object') return replaced;
      const proto = Object.getPrototypeOf(raw) as unknown;
      return Array.isArray(raw) || proto === Object.prototype || proto === null ? raw : replaced;
    },
    space,
  );
}

/**
 * `JSON.parse` whose objects have no prototype. A field the data lacks then reads as undefined even on a
 * page that has added it to `Object.prototype` (prototype pollution, `Object.prototype.deleted = true`),
 * so a page's stray property is never read as saved data, nor written back as if it were.
 */
export const fromJson = (text: string): unknown =>
  JSON.parse(text, (_key, value: unknown) =>
    value !== null && typeof value === 'object' && !Array.isArray(value) ? Object.setPrototypeOf(value, null) : value,
  );

/**
 * `object[key]` only when the object holds it itself, so an optional field it lacks reads as undefined
 * even on a page that has added one of that name to `Object.prototype`.
 */
export const own = <T extends object, K extends keyof T>(object: T, key: K): T[K] | undefined =>
  Object.hasOwn(object, key) ? object[key] : undefined;
