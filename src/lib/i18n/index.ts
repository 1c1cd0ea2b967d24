/**
 * The interface's languages with all three dictionaries at hand, as the server
 * needs them (any request may ask for any language). The browser imports
 * ./core instead and loads one dictionary at a time.
 */
import type { i18n as I18n, TFunction } from 'i18next';
import { createI18nWith, defaultLanguage, type Language } from './core';
import en from './locales/en.json';
import kk from './locales/kk.json';
import ru from './locales/ru.json';

export * from './core';

export const dictionaries = { kk, ru, en } as const;

export function createI18n(language: Language = defaultLanguage): I18n {
  return createI18nWith(dictionaries, language);
}

const translators = new Map<Language, TFunction>();

/** A translator bound to one language, shared across requests. */
export function translator(language: Language): TFunction {
  let t = translators.get(language);
  if (!t) {
    t = createI18n(language).getFixedT(language);
    translators.set(language, t);
  }
  return t;
}
