import type { Language } from '../../../../lib/i18n';

/**
 * Texts the Open311 answers carry for partners' users: the notice on a new
 * request and hints on attribute types. They belong to the protocol, not to
 * the console, so they live here rather than in the UI dictionaries.
 */
export const open311Texts: Record<Language, { notice: (days: number) => string; datatypes: Partial<Record<string, string>> }> = {
  kk: {
    notice: (days) => `Өтініш тіркелді. Жауап ${days} жұмыс күні ішінде беріледі.`,
    datatypes: { number: 'Сан', datetime: 'Күн мен уақыт, ISO 8601', multivaluelist: 'Бір немесе бірнеше мән: attribute[code][]=key' },
  },
  ru: {
    notice: (days) => `Обращение зарегистрировано. Ответ будет дан в течение ${days} ${days % 10 === 1 && days % 100 !== 11 ? 'рабочего дня' : 'рабочих дней'}.`,
    datatypes: { number: 'Число', datetime: 'Дата и время, ISO 8601', multivaluelist: 'Одно или несколько значений: attribute[code][]=key' },
  },
  en: {
    notice: (days) => `The appeal is registered. The answer is due within ${days} working ${days === 1 ? 'day' : 'days'}.`,
    datatypes: { number: 'A number', datetime: 'Date and time, ISO 8601', multivaluelist: 'One or more values: attribute[code][]=key' },
  },
};
