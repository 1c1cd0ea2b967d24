/**
 * Kazakh Cyrillic → the official Latin alphabet of 2021.
 *
 * Source: the improved Latin alphabet presented by the Government of
 * Kazakhstan and the National Commission on 28 January 2021, as the new
 * version of the annex to Decree of the President No. 569 of 26 October 2017
 * "On the transition of the Kazakh alphabet from Cyrillic to the Latin
 * script" (earlier versions: the apostrophe alphabet of that decree, and the
 * acute-accent alphabet of Decree No. 637 of 19 February 2018).
 *
 * The 31 letters: A Ä B D E F G Ğ H I İ J K L M N Ñ O Ö P Q R S Ş T U Ū Ü V Y Z.
 * Kazakh letters, one to one:
 *   ә Ä ä · ғ Ğ ğ · қ Q q · ң Ñ ñ · ө Ö ö · ұ Ū ū · ү Ü ü · ш Ş ş
 *   і I ı  (dotless: І is I, і is ı)
 *   ы Y y · у U u · ж J j
 * Many to one (lossy, see index.ts):
 *   и, й → İ i        х, һ → H h
 * Letters of Russian loanwords, which the 31 letters do not cover; the
 * 2021 table leaves them to spelling rules that were not yet published, so
 * these are our choices:
 *   ч → Ç ç   (Common Turkic alphabet; one to one, so it survives the round trip)
 *   ц → Ts    щ → Şş    ё → İo    ю → İu    я → İa    э → E    ъ, ь → dropped
 */
import { isAllCaps, isUpper, latinUpper, withCase } from './letter-case';
import { isCyrillicLetter, mapWords } from './word-runs';

export const cyrillicToLatinLetters: Readonly<Record<string, string>> = {
  а: 'a', ә: 'ä', б: 'b', в: 'v', г: 'g', ғ: 'ğ', д: 'd', е: 'e', ё: 'io', ж: 'j', з: 'z',
  и: 'i', й: 'i', к: 'k', қ: 'q', л: 'l', м: 'm', н: 'n', ң: 'ñ', о: 'o', ө: 'ö', п: 'p',
  р: 'r', с: 's', т: 't', у: 'u', ұ: 'ū', ү: 'ü', ф: 'f', х: 'h', һ: 'h', ц: 'ts', ч: 'ç',
  ш: 'ş', щ: 'şş', ъ: '', ы: 'y', і: 'ı', ь: '', э: 'e', ю: 'iu', я: 'ia',
};


export function cyrillicToLatin(text: string): string {
  return mapWords(text, isCyrillicLetter, (word) => {
    const allCaps = isAllCaps(word);
    let out = '';
    for (const ch of word) {
      const latin = cyrillicToLatinLetters[ch.toLowerCase()];
      out += latin === undefined ? ch : withCase(latin, isUpper(ch), allCaps, latinUpper);
    }
    return out;
  });
}
