/**
 * Localization for every widget: @lit/localize in runtime mode.
 *
 * Widgets follow the page language (`<html lang>`, `es-MX` → `es`, anything unknown → `en`) and switch
 * live when it changes. A page can override that with `setLocale('de')` and go back to following the
 * page with `setLocale(null)`. Translations are separate chunks, loaded on first use.
 *
 * Each language is split into parts (scripts/split-locales.mjs): `common`, the knee content, the tips,
 * and one per widget. A page loads only the parts of the widgets it has: those in the page when a
 * language loads come with it, and a widget added later fetches what it lacks and re-renders.
 */
import {configureLocalization} from '@lit/localize';
import {sourceLocale, targetLocales} from '../generated/locale-codes.js';
import {partLoaders, partsByTag} from '../generated/locale-parts.js';

export type Locale = typeof sourceLocale | (typeof targetLocales)[number];
export const locales: readonly Locale[] = [sourceLocale, ...targetLocales];

type Templates = Record<string, unknown>;

/** Parts wanted on this page: `common`, and those of every widget that has connected. */
const wanted = new Set<string>(['common']);

/**
 * One object of templates per language, which @lit/localize keeps a reference to; parts that arrive
 * later are merged into it. `loaded` holds each part's load, so each is asked for once.
 */
const languages = new Map<string, {templates: Templates; loaded: Map<string, Promise<void>>}>();

function language(locale: string) {
  let entry = languages.get(locale);
  if (!entry) languages.set(locale, (entry = {templates: {}, loaded: new Map()}));
  return entry;
}

/** Loads the wanted parts of `locale`; resolves when all are in, to whether any had to be asked for. */
function loadWanted(locale: string): Promise<boolean> {
  const entry = language(locale);
  const missing = [...wanted].filter((part) => !entry.loaded.has(part));
  for (const part of missing) {
    const load = partLoaders[locale]?.[part];
    entry.loaded.set(
      part,
      load
        ? load().then(
            (mod) => void Object.assign(entry.templates, mod.templates),
            (error: unknown) => {
              entry.loaded.delete(part); // so a later widget or language switch tries again
              throw error;
            },
          )
        : Promise.resolve(),
    );
  }
  return Promise.all([...wanted].map((part) => entry.loaded.get(part))).then(() => missing.length > 0);
}

async function loadLocale(locale: string): Promise<{templates: Templates}> {
  // Let the elements already in the page upgrade first, so their parts come with this load.
  await null;
  // Widgets that connect while parts are on their way add theirs to the same load.
  while (await loadWanted(locale));
  return {templates: language(locale).templates};
}

/**
 * Called by every widget as it connects: makes sure the shown language has the widget's parts.
 * Resolves to true when it had to load some (the widget should render again), false otherwise.
 */
export function needTranslations(tag: string): Promise<boolean> {
  const parts = partsByTag[tag] ?? Object.keys(partLoaders[targetLocales[0]] ?? {});
  parts.forEach((part) => wanted.add(part));
  const locale = localization.getLocale();
  return locale === sourceLocale ? Promise.resolve(false) : loadWanted(locale);
}

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
      loadLocale: loadLocale as never,
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
