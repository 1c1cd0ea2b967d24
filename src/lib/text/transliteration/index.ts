/**
 * Transliteration of Kazakh between its three scripts, and to passport Latin.
 *
 * Cyrillic ↔ 2021 Latin ↔ töte is exact, both ways, for words written with
 * the letters that map one to one. The rest is lossy, and the reverse
 * direction can only guess (tested in lossy.test.ts):
 *
 * Latin 2021 (read back by latin-reader.ts):
 *   и, й → i        read back as й after a vowel (not after у), else и: Раиса → Райса
 *   х, һ → h        read back as х: шаһар → шахар
 *   ц → ts          read back as тс (айтса has a real т+с): цирк → тсирк
 *   ё → io          read back as ио (радио is commoner than ё): ёлка → иолка
 *   э → e           read back as е: экономика → економика
 *   ъ, ь            dropped: объект → обект, компьютер → компютер
 *   с+х, д+ж, з+х, к+х, г+х, н+г (before a consonant or at the end) are read
 *   as the informal digraphs sh dj zh kh gh ng in words without 2021 letters:
 *   Ashat → Ашат (Асхат), biudjet → бюжет (бюджет)
 *   щ → şş and я/ю → ia/iu (after a vowel or at the start) do come back.
 *
 * Töte (read back by tote.ts):
 *   case            none in töte; read back in lower case
 *   front vowels    ә ө ү і share ا و ۇ ى with а о ұ ы and the word is marked
 *                   once; a word mixing both classes comes back in one class,
 *                   unless қ/ғ beside a vowel show it is back: кітап → кітәп,
 *                   Айгүл → әйгүл, but Әбілқайыр and Жезқазған come back whole
 *   и, й → ي        й after a vowel, else и
 *   ц → تس, щ → شش  read back as тс, шш
 *   ё → يو, э → ە   read back as ио/йо, е
 *   ъ, ь            not written
 *
 * Passport Latin (ICAO 9303) is one way only: it folds ә→a, қ→k and so on.
 */
import { latinToCyrillic } from './latin-reader';
import { toteToCyrillic } from './tote';

export { cyrillicToLatin } from './latin';
export { latinToCyrillic } from './latin-reader';
export { cyrillicToTote, toteToCyrillic } from './tote';
export { toPassportLatin, type PassportLanguage } from './passport';

/**
 * Any script → Kazakh Cyrillic, word by word: Latin words (official or
 * informal) and töte words are transliterated, Cyrillic words and
 * everything else kept. Each converter only touches its own script's words,
 * so applying both is the word-by-word conversion.
 */
export function toKazakhCyrillic(text: string): string {
  return toteToCyrillic(latinToCyrillic(text));
}
