/**
 * Languages without the DOM: which ones the library speaks, partner overrides on top of an element's strings, and
 * `Intl` formatters made once per language and options (a 10,000-session list formats many numbers and dates).
 */
import type { SessionMode } from '../model/schema.js';
import type { Language, LanguageBundle, Namespace, StringOverrides, Strings, Translation } from './translation.js';

export const languages: readonly Language[] = ['fr', 'en'];

/** `en-GB`, `EN`, ` fr ` → a language the library speaks; French for any other. */
export function toSupportedLanguage(lang: string): Language {
  const primary = lang.trim().toLowerCase().split('-')[0] ?? '';
  return languages.includes(primary as Language) ? (primary as Language) : 'fr';
}

/** BCP 47 tag for `Intl`. */
export function localeTag(language: Language): string {
  return language === 'fr' ? 'fr-FR' : 'en-GB';
}

const loaded = new WeakMap<LanguageBundle<unknown>, Partial<Record<Language, unknown>>>();
const loading = new WeakMap<LanguageBundle<unknown>, Partial<Record<Language, Promise<void>>>>();

/** The strings of `bundle` in `language` if they are there (French always is), else undefined. */
export function stringsIn<T>(bundle: LanguageBundle<T>, language: Language): T | undefined {
  return language === 'fr' ? bundle.fr : (loaded.get(bundle)?.[language] as T | undefined);
}

/**
 * Resolves when the strings of `bundle` in `language` are there; undefined when they already are. Strings that
 * fail to load (a file missing from a copied dist/) fall back to French, with the reason in the console.
 */
export function loadStrings<T>(bundle: LanguageBundle<T>, language: Language): Promise<void> | undefined {
  if (language === 'fr' || stringsIn(bundle, language)) return undefined;
  const pending = loading.get(bundle) ?? {};
  loading.set(bundle, pending);
  pending[language] ??= bundle[language]()
    .catch((error: unknown) => {
      console.error(`[training-feed-widgets] textes « ${language} » introuvables, affichage en français :`, error);
      return bundle.fr;
    })
    .then((strings) => {
      loaded.set(bundle, { ...loaded.get(bundle), [language]: strings });
    });
  return pending[language];
}

/**
 * `strings` with the partner's overrides on top, for the namespaces and keys `strings` has (others are ignored). An
 * override of the wrong type (text where the label is a function of a count, `errorHttp: "Erreur"`) keeps the
 * default, with a warning: a typo in a page's `strings` attribute never breaks the widget.
 */
export function withOverrides<N extends Namespace>(strings: Strings<N>, overrides: StringOverrides | undefined): Strings<N> {
  if (!overrides || typeof overrides !== 'object') return strings;
  const merged: Record<string, unknown> = { ...strings };
  for (const [namespace, partial] of Object.entries(overrides)) {
    if (!Object.hasOwn(strings, namespace) || !partial || typeof partial !== 'object') continue;
    const defaults = (strings as Record<string, Record<string, unknown>>)[namespace]!;
    const accepted: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(partial)) {
      if (Object.hasOwn(defaults, key) && typeof value === typeof defaults[key]) accepted[key] = value;
      else console.warn(`[training-feed-widgets] strings.${namespace}.${key} ignoré : ${Object.hasOwn(defaults, key) ? `${typeof defaults[key]} attendu` : 'libellé inconnu'}.`);
    }
    merged[namespace] = { ...defaults, ...accepted };
  }
  return merged as Strings<N>;
}

function cached<F>(cache: Map<string, F>, language: Language, options: object, make: (locale: string) => F): F {
  const key = `${language}|${JSON.stringify(options)}`;
  let formatter = cache.get(key);
  if (!formatter) {
    formatter = make(localeTag(language));
    cache.set(key, formatter);
  }
  return formatter;
}

const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const collators = new Map<string, Intl.Collator>();

export function numberFormat(language: Language, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  return cached(numberFormats, language, options, (locale) => new Intl.NumberFormat(locale, options));
}

export function dateFormat(language: Language, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached(dateFormats, language, options, (locale) => new Intl.DateTimeFormat(locale, options));
}

/** Sorts as the reader's language does, ignoring case and accents ("Île-de-France" among the I). */
export function collator(language: Language): Intl.Collator {
  return cached(collators, language, {}, (locale) => new Intl.Collator(locale, { sensitivity: 'base' }));
}

/**
 * A number as the reader's language writes it ("10 000", "10,000", "3,5"). Below 1,000 a whole number needs no
 * separator: written as it is, so that the first list of a page does not wait for the number formatter's locale data.
 */
export function formatCount(value: number, language: Language): string {
  return Number.isInteger(value) && value >= 0 && value < 1000 ? String(value) : numberFormat(language).format(value);
}

/** A score from 0 to 100 as the reader's language writes a percentage ("42 %", "42%"). */
export function formatPercent(score: number, language: Language): string {
  return numberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(score / 100);
}

/** "1 200 €", "1 200,50 €"; an unknown currency code of the feed is shown as written rather than not at all. */
export function formatAmount(amount: number, currency: string, language: Language): string {
  try {
    return numberFormat(language, { style: 'currency', currency, maximumFractionDigits: Number.isInteger(amount) ? 0 : 2 }).format(amount);
  } catch {
    return `${amount} ${currency}`;
  }
}

/** A teaching mode in words: "En présentiel", "À distance", "Mixte (présentiel et distance)". */
export function modeName(mode: SessionMode, t: Translation['common']): string {
  return { 'in-person': t.modeInPerson, remote: t.modeRemote, blended: t.modeBlended }[mode];
}
