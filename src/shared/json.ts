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
