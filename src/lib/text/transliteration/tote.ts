/**
 * Kazakh Cyrillic ↔ the Arabic-based töte script as written in Xinjiang
 * (the reformed alphabet used by the Kazakhs of China since 1982, also in
 * Kazakh Wikipedia's kk-arab and Chinese Kazakh publishing).
 *
 *   а/ә ا   б ب   в ۆ   г گ   ғ ع   д د   е/э ە   ж ج   з ز   и/й ي   к ك
 *   қ ق   л ل   м م   н ن   ң ڭ   о/ө و   п پ   р ر   с س   т ت   у ۋ
 *   ұ/ү ۇ   ф ف   х ح   һ ھ   ч چ   ш ش   ы/і ى
 *   ц تس   щ شش   ё يو   ю يۋ   я يا (and ия يا)   ъ ь not written
 *
 * Front vowels: ә ө ү і share their letter with а о ұ ы. A word with front
 * vowels gets the high hamza ٴ (U+0674) once, before the word, unless it has
 * е, к or г, which only front words have (ٴبىلىم білім, but كىتاپ кітап,
 * ٴۇي үй, ەكى екі). Reading back, the precomposed ٵ ٶ ٷ ٸ and the plain
 * hamza ء are taken as the same marker.
 *
 * Lossy, so töte → Cyrillic can only guess (documented in index.ts):
 * case; words mixing front and back vowels (кітап reads back as кітәп;
 * compounds like Ақтөбе, loanwords like телефон); и/й (й after a vowel);
 * э → е, ё → йо/ио, ц → тс, ъ/ь dropped.
 */
import { scriptOfChar } from '../script';
import { isCyrillicLetter, mapWords } from './word-runs';

export const highHamza = '\u0674';

const cyrillicToToteLetters: Readonly<Record<string, string>> = {
  а: 'ا', ә: 'ا', б: 'ب', в: 'ۆ', г: 'گ', ғ: 'ع', д: 'د', е: 'ە', э: 'ە', ж: 'ج', з: 'ز',
  и: 'ي', й: 'ي', к: 'ك', қ: 'ق', л: 'ل', м: 'م', н: 'ن', ң: 'ڭ', о: 'و', ө: 'و', п: 'پ',
  р: 'ر', с: 'س', т: 'ت', у: 'ۋ', ұ: 'ۇ', ү: 'ۇ', ф: 'ف', х: 'ح', һ: 'ھ', ц: 'تس', ч: 'چ',
  ш: 'ش', щ: 'شش', ъ: '', ы: 'ى', і: 'ى', ь: '', ё: 'يو', ю: 'يۋ', я: 'يا',
};

const toteConsonants: Readonly<Record<string, string>> = {
  ب: 'б', ۆ: 'в', گ: 'г', ع: 'ғ', غ: 'ғ', د: 'д', ە: 'е', ه: 'е', ج: 'ж', ز: 'з', ك: 'к', ک: 'к',
  ق: 'қ', ل: 'л', م: 'м', ن: 'н', ڭ: 'ң', پ: 'п', ر: 'р', س: 'с', ت: 'т', ۋ: 'у', ف: 'ф',
  ح: 'х', خ: 'х', ھ: 'һ', چ: 'ч', ش: 'ш',
};
/** Each vowel letter as [back, front]. */
const toteVowels: Readonly<Record<string, readonly [string, string]>> = {
  ا: ['а', 'ә'], و: ['о', 'ө'], ۇ: ['ұ', 'ү'], ى: ['ы', 'і'], ی: ['ы', 'і'],
};
const frontSignals = new Set(['ك', 'ک', 'گ', 'ە', 'ه']);
const backSignals = new Set(['ق', 'ع', 'غ']);
const hamzas = new Set([highHamza, '\u0621']);
const cyrillicVowels = new Set([...'аәоөұүыіеэиюя']);

const isToteWordChar = (ch: string, previous: string): boolean =>
  scriptOfChar(ch) === 'Arab' || (previous !== '' && /\p{M}/u.test(ch));

function wordToTote(word: string): string {
  const lower = word.toLowerCase();
  const marked = /[әөүі]/.test(lower) && !/[екгэ]/.test(lower);
  let out = marked ? highHamza : '';
  for (let i = 0; i < lower.length; i++) {
    const ch = lower[i]!;
    if (ch === 'и' && lower[i + 1] === 'я') continue;
    out += cyrillicToToteLetters[ch] ?? ch;
  }
  return out;
}

export function cyrillicToTote(text: string): string {
  return mapWords(text, isCyrillicLetter, wordToTote);
}

/** Splits a töte word into its letters and whether it carried the front-vowel hamza. */
function lettersOf(word: string): { letters: string[]; hamza: boolean } {
  // ٸ decomposes to yeh, but in Kazakh it is the front і, so it is taken apart by hand.
  const decomposed = word.replace(/\u0678/g, 'ى' + highHamza).normalize('NFKC');
  let hamza = false;
  const letters: string[] = [];
  for (const ch of decomposed) {
    if (hamzas.has(ch)) hamza = true;
    else if (ch !== '\u0640' && !/\p{M}/u.test(ch)) letters.push(ch);
  }
  return { letters, hamza };
}

/**
 * Front (true) or back for each vowel letter. A word is one or the other
 * unless it holds both back (ق ع) and front (ك گ ە, hamza) signals: then each
 * vowel follows the signal next to it, else the vowel before it.
 */
function vowelFrontness(letters: string[], hamza: boolean): boolean[] {
  const front = hamza || letters.some((ch) => frontSignals.has(ch));
  const back = letters.some((ch) => backSignals.has(ch));
  if (!front || !back) return letters.map(() => front);
  let previous: boolean | undefined;
  return letters.map((ch, i) => {
    if (!toteVowels[ch]) return front;
    const around = [letters[i - 1] ?? '', letters[i + 1] ?? ''];
    let isFront: boolean;
    if (around.some((c) => backSignals.has(c))) isFront = false;
    else if (around.some((c) => frontSignals.has(c))) isFront = true;
    else if (previous !== undefined) isFront = previous;
    else isFront = hamza || frontSignals.has(letters.slice(i).find((c) => frontSignals.has(c) || backSignals.has(c)) ?? '');
    previous = isFront;
    return isFront;
  });
}

function readToteWord(word: string): string {
  const { letters, hamza } = lettersOf(word);
  const front = vowelFrontness(letters, hamza);
  let out = '';
  for (let i = 0; i < letters.length; i++) {
    const ch = letters[i]!;
    const vowel = toteVowels[ch];
    if (vowel) {
      out += vowel[front[i] ? 1 : 0];
      continue;
    }
    if (ch !== 'ي' && ch !== 'ئ') {
      out += toteConsonants[ch] ?? ch;
      continue;
    }
    const last = out.at(-1);
    const afterVowel = last !== undefined && cyrillicVowels.has(last);
    const next = letters[i + 1];
    if (next === 'ا' && !front[i + 1]) {
      out += last === undefined || afterVowel ? 'я' : 'ия';
      i += 1;
    } else if (next === 'ۋ') {
      out += 'ю';
      i += 1;
    } else {
      out += afterVowel ? 'й' : 'и';
    }
  }
  return out;
}

/** Töte → Kazakh Cyrillic, in lower case (töte has no capitals). */
export function toteToCyrillic(text: string): string {
  return mapWords(text, isToteWordChar, readToteWord);
}
