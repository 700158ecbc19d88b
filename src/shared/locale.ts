/**
 * Localization for every widget: @lit/localize in runtime mode.
 *
 * Widgets follow the page language (`<html lang>`, `es-MX` → `es`, anything unknown → `en`) and switch
 * live when it changes. A page can override that with `setLocale('de')` and go back to following the
 * page with `setLocale(null)`. Translations are separate chunks, loaded on first use.
 */
import {configureLocalization} from '@lit/localize';
import {sourceLocale, targetLocales} from '../generated/locale-codes.js';

export type Locale = typeof sourceLocale | (typeof targetLocales)[number];
export const locales: readonly Locale[] = [sourceLocale, ...targetLocales];

const loaders = {
  es: () => import('../generated/locales/es.js'),
  fr: () => import('../generated/locales/fr.js'),
  de: () => import('../generated/locales/de.js'),
} satisfies Record<(typeof targetLocales)[number], () => Promise<unknown>>;

interface Localization {
  getLocale(): string;
  setLocale(locale: string): Promise<void>;
}

/**
 * @lit/localize can be configured once per copy. When the page already did it (or another copy of
 * knee-widgets sharing the same @lit/localize through npm), importing must not throw: the widgets then
 * stay in English, and say why once.
 */
function configure(): Localization {
  try {
    return configureLocalization({
      sourceLocale,
      targetLocales,
      loadLocale: (locale) => loaders[locale as keyof typeof loaders]() as never,
    });
  } catch (error) {
    console.warn(
      'knee-widgets: @lit/localize is already configured on this page (by the page or another copy of knee-widgets), so the widgets stay in English.',
      error,
    );
    return {getLocale: () => sourceLocale, setLocale: () => Promise.resolve()};
  }
}

const localization = configure();

/** The supported locale for a BCP 47 tag: its primary language if we have it, otherwise English. */
export function resolveLocale(tag: string | null | undefined): Locale {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return (locales as readonly string[]).includes(primary) ? (primary as Locale) : sourceLocale;
}

let override: Locale | null = null;

/** The locale the widgets show now. */
export function getLocale(): Locale {
  return localization.getLocale() as Locale;
}

function follow(): Promise<void> {
  const wanted = override ?? resolveLocale(globalThis.document?.documentElement.lang);
  // Always ask: lit-localize ignores a request for the locale already active or loading, and a new
  // request supersedes a load still on its way (so en → de → en in quick succession ends in English).
  return localization.setLocale(wanted);
}

/**
 * Shows every widget in `locale` (a BCP 47 tag; unknown ones give English), whatever the page language.
 * `null` returns to following `<html lang>`. Resolves when the translation has loaded.
 */
export function setLocale(locale: string | null): Promise<void> {
  override = locale === null ? null : resolveLocale(locale);
  return follow();
}

if (globalThis.document && globalThis.MutationObserver) {
  new MutationObserver(() => void follow().catch((e) => console.warn('knee-widgets: locale failed to load', e))).observe(
    document.documentElement,
    {attributes: true, attributeFilter: ['lang']},
  );
  void follow().catch((e) => console.warn('knee-widgets: locale failed to load', e));
}
