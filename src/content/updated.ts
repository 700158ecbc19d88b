/**
 * When the medical content (src/content/, the widgets' advice texts, and their translations) last
 * changed: the month every widget names under its content, as health information should say how current
 * it is. Move it on when the content changes; a day in that month (only the month and year are shown).
 */
export const CONTENT_UPDATED = '2026-12-07';
