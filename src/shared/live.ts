/**
 * What to put in a live region to say `next`. Live regions speak when their text changes, so the same
 * words twice in a row ("Started a new week", the same import error) would be heard once: then an
 * invisible no-break space is added (and dropped the time after), which screen readers don't read.
 */
export const sayAgain = (next: string, current: string): string => (next && next === current ? `${next}\u00a0` : next);
