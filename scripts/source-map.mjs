// Source map v3 `mappings`, decoded: shared by `npm run size` and the bundle test, so neither needs a
// source-map dependency.

const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/**
 * For each generated line, its segments as `[column]` (no source) or `[column, source, line, sourceColumn]`,
 * all 0-based and absolute (the file stores them as base64 VLQ deltas).
 * @param {string} mappings
 * @returns {number[][][]}
 */
export function decodeMappings(mappings) {
  const state = [0, 0, 0];
  return mappings.split(';').map((line) => {
    let column = 0;
    return line
      .split(',')
      .filter(Boolean)
      .map((segment) => {
        const values = [];
        let value = 0;
        let shift = 0;
        for (const ch of segment) {
          const digit = DIGITS.indexOf(ch);
          value += (digit & 31) << shift;
          if (digit & 32) shift += 5;
          else {
            values.push(value & 1 ? -(value >>> 1) : value >>> 1);
            value = 0;
            shift = 0;
          }
        }
        column += values[0];
        if (values.length < 4) return [column];
        for (let i = 1; i < 4; i++) state[i - 1] += values[i];
        return [column, ...state];
      });
  });
}
