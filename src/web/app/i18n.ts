import { useTranslation } from 'react-i18next';
import * as format from './format';
import {
  createI18n,
  defaultLanguage,
  isLanguage,
  languageCookie,
  languages,
  type Language,
} from '../../lib/i18n';

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

const initial = storedLanguage();
export const i18n = createI18n(initial);
persistLanguage(initial);

export async function changeLanguage(language: Language): Promise<void> {
  persistLanguage(language);
  await i18n.changeLanguage(language);
}

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
