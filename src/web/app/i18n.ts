import { useTranslation } from 'react-i18next';
import * as format from './format';
import {
  createI18nWith,
  defaultLanguage,
  isLanguage,
  languageCookie,
  languages,
  type Dictionary,
  type Language,
} from '../../lib/i18n/core';
// Only the sections the portal's first page uses come with it (web-first-load-keys.test.ts checks the list);
// the rest of Kazakh comes with the first page loaded lazily (see completeDictionary).
import { a11y, common, kbSearch, portal, regionNames, status } from '../../lib/i18n/locales/kk.json';

export { languages, type Language };

/** Each language names itself, so a reader finds their own in any interface language. */
export const languageNames: Record<Language, string> = { kk: 'Қазақша', ru: 'Русский', en: 'English' };

const storageKey = 'otandas_lang';
const cookieMaxAge = 365 * 24 * 3600;

function readCookie(name: string): string | undefined {
  return document.cookie
    .split(';')
    .map((part) => part.trim().split('='))
    .find(([key]) => key === name)?.[1];
}

function storedLanguage(): Language {
  let stored: string | null = null;
  try {
    stored = localStorage.getItem(storageKey);
  } catch {
    // Private mode or storage disabled: the cookie still remembers.
  }
  if (isLanguage(stored)) return stored;
  const cookie = readCookie(languageCookie);
  return isLanguage(cookie) ? cookie : defaultLanguage;
}

/**
 * Remembers the language twice: localStorage for the UI, and the cookie the
 * API reads, so that server messages (errors, validation) come in the same language.
 */
function persistLanguage(language: Language): void {
  try {
    localStorage.setItem(storageKey, language);
  } catch {
    // Ignored, see storedLanguage().
  }
  document.cookie = `${languageCookie}=${language}; path=/; max-age=${cookieMaxAge}; SameSite=Lax`;
  document.documentElement.lang = language;
}

/**
 * The first page's part of Kazakh, the default and the fallback, comes with
 * the page; the whole Kazakh dictionary, Russian and English are chunks of
 * their own, fetched only by those who read them. The whole Kazakh file comes
 * as text (`?raw`): a module apart from the sections imported above, which
 * the bundler cannot fold into the first load.
 */
const lazyDictionaries: Record<Language, () => Promise<{ default: Dictionary }>> = {
  kk: () => import('../../lib/i18n/locales/kk.json?raw').then((text) => ({ default: JSON.parse(text.default) as Dictionary })),
  ru: () => import('../../lib/i18n/locales/ru.json'),
  en: () => import('../../lib/i18n/locales/en.json'),
};

export const firstLoadKazakh: Dictionary = { a11y, common, kbSearch, portal, regionNames, status };
export const i18n = createI18nWith({ kk: firstLoadKazakh }, defaultLanguage);

const loaded = new Map<Language, Promise<void>>();

async function loadDictionary(language: Language): Promise<void> {
  let loading = loaded.get(language);
  if (!loading) {
    loading = lazyDictionaries[language]().then(({ default: dictionary }) => {
      i18n.addResourceBundle(language, 'translation', dictionary, true, true);
    });
    loaded.set(language, loading);
    loading.catch(() => loaded.delete(language));
  }
  return loading;
}

/**
 * Resolves once the whole dictionary of the language shown is in: every page
 * but the portal's first awaits it with its code (see lazyPage in router.tsx).
 * The three dictionaries hold the same keys (dictionaries.test.ts), so Russian
 * and English readers need no Kazakh fallback.
 */
export async function completeDictionary(): Promise<void> {
  await loadDictionary(isLanguage(i18n.language) ? i18n.language : defaultLanguage);
}

export async function changeLanguage(language: Language): Promise<void> {
  if (language !== 'kk') await loadDictionary(language);
  persistLanguage(language);
  await i18n.changeLanguage(language);
}

/**
 * Resolves once the remembered language's dictionary is in: the app renders
 * after it, so a Russian or English reader never sees a flash of Kazakh.
 * Should the dictionary fail to load, the page still comes up, in Kazakh.
 */
export const i18nReady: Promise<void> = changeLanguage(storedLanguage()).catch(() => changeLanguage(defaultLanguage));

export function useLanguage(): Language {
  const { i18n: instance } = useTranslation();
  return isLanguage(instance.language) ? instance.language : defaultLanguage;
}

/** Dates, times and numbers in the interface language, in Almaty time. */
export function useFormat() {
  const language = useLanguage();
  return {
    language,
    dateTime: (value: string | Date) => format.dateTime(value, language),
    date: (value: string | Date) => format.date(value, language),
    number: (value: number) => format.number(value, language),
  };
}
