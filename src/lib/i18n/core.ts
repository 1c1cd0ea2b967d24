/**
 * Everything of the interface's languages except the dictionaries themselves:
 * the browser imports this and loads only the dictionary it shows (see
 * src/web/app/i18n.ts), while the server takes all three from ./index.
 */
import i18next, { type i18n as I18n } from 'i18next';

/** Kazakh is the default language of the interface; Russian and English follow. */
export const languages = ['kk', 'ru', 'en'] as const;
export type Language = (typeof languages)[number];
export const defaultLanguage: Language = 'kk';
export const languageCookie = 'otandas_lang';
/** Times are shown in Almaty time unless a user chooses otherwise. */
export const defaultTimeZone = 'Asia/Almaty';

/** One language's texts, nested by section (common, portal, errors, …). */
export type Dictionary = { [key: string]: string | Dictionary };

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

/** Picks the best supported language from an Accept-Language header. */
export function negotiateLanguage(acceptLanguage: string | null | undefined): Language | undefined {
  if (!acceptLanguage) return undefined;
  const ranked = acceptLanguage
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { base: tag.toLowerCase().split('-')[0] ?? '', q: q ? Number(q.slice(2)) || 0 : 1 };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q);
  return ranked.map((entry) => entry.base).find(isLanguage);
}

/**
 * An i18next instance over the dictionaries given; more can be added later with
 * addResourceBundle. Kazakh is the fallback, so it should always be among them.
 */
export function createI18nWith(dictionaries: Partial<Record<Language, Dictionary>>, language: Language = defaultLanguage): I18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: language,
    fallbackLng: defaultLanguage,
    supportedLngs: [...languages],
    resources: Object.fromEntries(Object.entries(dictionaries).map(([lng, translation]) => [lng, { translation }])),
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  return instance;
}

const intlLocale: Record<Language, string> = { kk: 'kk-KZ', ru: 'ru-RU', en: 'en-GB' };

export function formatDateTime(value: Date | string, language: Language, timeZone = defaultTimeZone): string {
  return new Intl.DateTimeFormat(intlLocale[language], {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone,
  }).format(new Date(value));
}

export function formatDate(value: Date | string, language: Language, timeZone = defaultTimeZone): string {
  return new Intl.DateTimeFormat(intlLocale[language], { dateStyle: 'medium', timeZone }).format(new Date(value));
}

export function formatNumber(value: number, language: Language): string {
  return new Intl.NumberFormat(intlLocale[language]).format(value);
}
