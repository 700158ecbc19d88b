/**
 * The language API for pages: choose the widgets' language, or follow `<html lang>` again. Part of the
 * package root, and `dist/widgets/language.js` for pages that load widget files (it runs on the same
 * runtime as they do, so it changes their language).
 */
export {setLocale, getLocale, resolveLocale, locales, type Locale} from './shared/locale.js';
