import type { i18n as I18n } from 'i18next';
import type { UiLocale } from '../../src/domain/index.ts';
import { createI18n } from '../../src/i18n/i18n.ts';
import { en } from '../../src/i18n/messages-en.ts';
import { fr } from '../../src/i18n/messages-fr.ts';
import { nl } from '../../src/i18n/messages-nl.ts';

/** An i18next instance with all three catalogs loaded at once, as component tests need it synchronously. */
export function createTestI18n(locale: UiLocale): I18n {
  return createI18n(locale, { en, fr, nl });
}
