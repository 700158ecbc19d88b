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
 * later are merged into it. `ready` parts are in it; `loading` ones are on their way.
 */
interface Language {
  readonly templates: Templates;
  readonly ready: Set<string>;
  readonly loading: Map<string, Promise<void>>;
}
const languages = new Map<string, Language>();
/** Parts that failed to load (`de/tips`), with how often. */
const failed = new Map<string, number>();
/** How long a language waits for a slow part before it shows without it; the part follows when it comes. */
const PART_WAIT_MS = 3000;
/**
 * How long a widget's first render stays hidden waiting for the page's language: a Spanish page showed
 * English for a moment, which then changed and grew. After it, English shows, and the translation follows.
 */
const FIRST_RENDER_WAIT_MS = 1000;
/** When to ask again for a part that failed to load (a dropped request), after each failure. */
const RETRY_MS = [2000, 8000, 30000];

function language(locale: string): Language {
  let entry = languages.get(locale);
  if (!entry) languages.set(locale, (entry = {templates: {}, ready: new Set(), loading: new Map()}));
  return entry;
}

/**
 * Asks for every wanted part of `locale` that is neither in nor on its way, and resolves when none is
 * on its way any more, or after PART_WAIT_MS: one slow or missing part never keeps a whole language
 * from showing. A part that fails to load is left out (its text shows in English) with one warning, and
 * is asked for again a few times, when the device comes back online, and whenever a widget or a
 * language switch wants it. (Chromium fetches it again; Firefox and Safari remember a failed module
 * until the page is reloaded, so there the part stays English.)
 */
function loadWanted(locale: string): Promise<void> {
  const entry = language(locale);
  for (const part of wanted) {
    if (entry.ready.has(part) || entry.loading.has(part)) continue;
    const load = partLoaders[locale]?.[part];
    if (!load) {
      entry.ready.add(part);
      continue;
    }
    entry.loading.set(
      part,
      load()
        .then(
          (mod) => {
            Object.assign(entry.templates, mod.templates);
            entry.ready.add(part);
            // Arriving after the language is shown (a widget added later, or a retry): render again.
            if (localization.getLocale() === locale) connected.forEach((widget) => widget.requestUpdate());
          },
          (error: unknown) => {
            const tries = failed.get(`${locale}/${part}`) ?? 0;
            failed.set(`${locale}/${part}`, tries + 1);
            const wait = RETRY_MS[tries];
            if (wait) setTimeout(() => target === locale && void loadWanted(locale), wait);
            // Once, however often it is tried again.
            if (!tries) console.warn(`knee-widgets: the ${locale} translation of "${part}" failed to load; it shows in English.`, error);
          },
        )
        .finally(() => entry.loading.delete(part)),
    );
  }
  return Promise.race([Promise.all(entry.loading.values()), new Promise((resolve) => setTimeout(resolve, PART_WAIT_MS))]).then(() => undefined);
}

async function loadLocale(locale: string): Promise<{templates: Templates}> {
  // Let the elements already in the page upgrade first, so their parts come with this load.
  await null;
  // Widgets that connect while parts are on their way add theirs to the same load.
  let count: number;
  do {
    count = wanted.size;
    await loadWanted(locale);
  } while (wanted.size !== count);
  return {templates: language(locale).templates};
}

/** The language shown, or being loaded to be shown: the one a connecting widget needs parts of. */
let target: string = sourceLocale;

interface Widget {
  readonly localName: string;
  requestUpdate(): void;
}

/** Widgets in the page, to render again when a part of the language they show arrives late. */
const connected = new Set<Widget>();

/** The page's language on its way (a load started by follow()), settled or not. */
let arriving: Promise<unknown> = Promise.resolve();

/**
 * Called by every widget as it connects: adds its parts to those the page wants and, when the language
 * shown (or on its way) lacks some, loads them; widgets render again once they are in. Returns null when
 * the widget's words are in (English, or its language and parts loaded), else what resolves when they
 * are, or after FIRST_RENDER_WAIT_MS.
 */
export function connectTranslations(widget: Widget): Promise<void> | null {
  connected.add(widget);
  const parts = partsByTag[widget.localName] ?? Object.keys(partLoaders[targetLocales[0]] ?? {});
  parts.forEach((part) => wanted.add(part));
  const missing = target !== sourceLocale && parts.some((part) => !language(target).ready.has(part));
  const loading = missing ? loadWanted(target) : undefined;
  if (!missing && target === getLocale()) return null;
  return Promise.race([Promise.all([arriving, loading]), new Promise((resolve) => setTimeout(resolve, FIRST_RENDER_WAIT_MS))]).then(() => undefined);
}

export function disconnectTranslations(widget: Widget): void {
  connected.delete(widget);
}

/** False when another copy configured @lit/localize first: then nothing here loads translations. */
let configured = true;

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
    configured = false;
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

/**
 * The language a widget's text is in, for its `lang`: the current one once all the widget's parts are
 * in, else English, which is what a part that failed to load (or has not arrived yet) shows in.
 */
export function shownLocale(tag: string): Locale {
  const locale = getLocale();
  const ready = languages.get(locale)?.ready;
  const parts = partsByTag[tag] ?? Object.keys(partLoaders[locale] ?? {});
  return locale === sourceLocale || parts.every((part) => ready?.has(part)) ? locale : sourceLocale;
}

function follow(): Promise<void> {
  const locale = override ?? resolveLocale(globalThis.document?.documentElement.lang);
  if (configured) target = locale;
  // Always ask: lit-localize ignores a request for the locale already active or loading, and a new
  // request supersedes a load still on its way (so en → de → en in quick succession ends in English).
  const load = localization.setLocale(locale);
  arriving = load.catch(() => undefined);
  return load;
}

/**
 * Shows every widget in `locale` (a BCP 47 tag; unknown ones give English), whatever the page language.
 * `null` returns to following `<html lang>`. Resolves when the translation has loaded, or after 3 seconds
 * with a part still on its way (see `loadWanted()`).
 */
export function setLocale(locale?: string | null): Promise<void> {
  // Also undefined (a call with no argument): it had pinned English, and <html lang> was no longer followed.
  override = locale == null ? null : resolveLocale(locale);
  return follow();
}

if (globalThis.document && globalThis.MutationObserver) {
  new MutationObserver(() => void follow().catch((e) => console.warn('knee-widgets: locale failed to load', e))).observe(
    document.documentElement,
    {attributes: true, attributeFilter: ['lang']},
  );
  void follow().catch((e) => console.warn('knee-widgets: locale failed to load', e));
  addEventListener('online', () => void loadWanted(target));
}
