import {msg} from '@lit/localize';

/**
 * When the medical content (src/content/, the widgets' advice texts, and their translations) last
 * changed: the month every widget names under its content, as health information should say how current
 * it is. Move it on when the content changes; a day in that month (only the month and year are shown).
 */
export const CONTENT_UPDATED = '2026-12-07';

/**
 * That month, as each language writes it ("December 2026", "diciembre de 2026"): a message, translated with
 * the others, rather than Intl's, whose first formatter (25 to 70 ms, four times that on a slow phone) held
 * up the first render of the widgets that show no number or date. Change it with CONTENT_UPDATED: a test
 * holds it, in every language, to what Intl writes for that day.
 */
export const updatedMonth = (): string => msg('December 2026');
