import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { isUiLocale, type UiLocale } from '../domain/index.ts';
import { en } from './messages-en.ts';
import { fr } from './messages-fr.ts';
import { nl } from './messages-nl.ts';

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

/** Creates the i18next instance with the three catalogs; React reads it through react-i18next. */
export function createI18n(locale: UiLocale): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng: locale,
    fallbackLng: 'en',
    resources: { en: { translation: en }, fr: { translation: fr }, nl: { translation: nl } },
    interpolation: { escapeValue: false }, // React escapes; rubric and file text is never injected as HTML
    initAsync: false,
    returnNull: false,
  });
  return instance;
}
