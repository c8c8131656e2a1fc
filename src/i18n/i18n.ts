import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { isUiLocale, type UiLocale } from '../domain/index.ts';
import type { Messages } from './messages-en.ts';

/** Where the chosen language is remembered between visits. */
export const LANGUAGE_STORAGE_KEY = 'ips-fidelity.language';

/**
 * The language to start in: `?lang=` in the address wins (a trainer's link), then the language chosen on an
 * earlier visit, then the browser's languages, then French (the product's first audience).
 */
export function chooseInitialLocale(search: string, remembered: string | null, browserLanguages: readonly string[]): UiLocale {
  const fromAddress = new URLSearchParams(search).get('lang');
  if (isUiLocale(fromAddress)) return fromAddress;
  if (isUiLocale(remembered)) return remembered;
  for (const language of browserLanguages) {
    const code = language.slice(0, 2).toLowerCase();
    if (isUiLocale(code)) return code;
  }
  return 'fr';
}

// Each language is its own chunk: the first screen downloads only the one it shows.
const CATALOG_LOADERS: Record<UiLocale, () => Promise<Messages>> = {
  en: () => import('./messages-en.ts').then((module) => module.en),
  fr: () => import('./messages-fr.ts').then((module) => module.fr),
  nl: () => import('./messages-nl.ts').then((module) => module.nl),
};

/** Loads the interface texts of one language. */
export function loadCatalog(locale: UiLocale): Promise<Messages> {
  return CATALOG_LOADERS[locale]();
}

/**
 * Creates the i18next instance with the catalogs given (at least the starting language's); React reads it through
 * react-i18next. There is no fallback language: a test keeps the three catalogs' keys identical.
 */
export function createI18n(locale: UiLocale, catalogs: Partial<Record<UiLocale, Messages>>): I18n {
  const instance = i18next.createInstance();
  const resources = Object.fromEntries(Object.entries(catalogs).map(([code, catalog]) => [code, { translation: catalog }]));
  void instance.use(initReactI18next).init({
    lng: locale,
    fallbackLng: false,
    resources,
    interpolation: { escapeValue: false }, // React escapes; rubric and file text is never injected as HTML
    initAsync: false,
    returnNull: false,
  });
  return instance;
}

/** Switches the interface to another language, loading its texts first if this page has not yet. */
export async function switchLanguage(instance: I18n, locale: UiLocale): Promise<void> {
  if (!instance.hasResourceBundle(locale, 'translation')) instance.addResourceBundle(locale, 'translation', await loadCatalog(locale));
  await instance.changeLanguage(locale);
}
