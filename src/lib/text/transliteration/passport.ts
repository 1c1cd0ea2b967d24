/**
 * Cyrillic → Latin as printed in passports and ID cards.
 *
 * Russian letters follow ICAO Doc 9303 (Machine Readable Travel Documents,
 * Part 3, the recommended transliteration of Cyrillic characters, 7th
 * edition 2015 and later), which Kazakhstan and Russia (since 2014) apply:
 *   А A  Б B  В V  Г G  Д D  Е E  Ё E  Ж ZH  З Z  И I  Й I  К K  Л L  М M
 *   Н N  О O  П P  Р R  С S  Т T  У U  Ф F  Х KH  Ц TS  Ч CH  Ш SH
 *   Щ SHCH  Ъ IE  Ы Y  Ь (dropped)  Э E  Ю IU  Я IA
 * ICAO has no row for the nine Kazakh letters; Kazakhstan's practice
 * writes them as the nearest Russian sound without diacritics:
 *   Ә A  Ғ G  Қ K  Ң N  Ө O  Ұ U  Ү U  Һ H  І I
 * The same table serves both languages: a Kazakh letter in a Russian-form
 * name (Жумабаев, Нұрланов) gets the same Latin either way. The parameter
 * is kept because the two national rules may part (older Kazakh documents
 * wrote Е as YE at a word start and Й as Y: Yerlan, Nazarbayev; name
 * matching reads both).
 *
 * The machine-readable zone prints capitals only; here the input's case is
 * kept (Жұмабаев → Zhumabaev, ЖҰМАБАЕВ → ZHUMABAEV).
 */
import { isAllCaps, isUpper, withCase } from './letter-case';
import { isCyrillicLetter, mapWords } from './word-runs';

export type PassportLanguage = 'kk' | 'ru';

const icaoLetters: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'i',
  к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f',
  х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: 'ie', ы: 'y', ь: '', э: 'e', ю: 'iu', я: 'ia',
};
const kazakhstanLetters: Readonly<Record<string, string>> = {
  ...icaoLetters, ә: 'a', ғ: 'g', қ: 'k', ң: 'n', ө: 'o', ұ: 'u', ү: 'u', һ: 'h', і: 'i',
};
const lettersFor: Readonly<Record<PassportLanguage, Readonly<Record<string, string>>>> = {
  kk: kazakhstanLetters,
  ru: kazakhstanLetters,
};

const upper = (s: string): string => s.toUpperCase();

export function toPassportLatin(text: string, language: PassportLanguage): string {
  const letters = lettersFor[language];
  return mapWords(text, isCyrillicLetter, (word) => {
    const allCaps = isAllCaps(word);
    let out = '';
    for (const ch of word) {
      const latin = letters[ch.toLowerCase()];
      out += latin === undefined ? ch : withCase(latin, isUpper(ch), allCaps, upper);
    }
    return out;
  });
}
