/**
 * Training-time variants of Kazakh Cyrillic text: the ways people actually
 * type Kazakh. We write the training sentences once, in Cyrillic, and derive
 * the other spellings from them, so every variant sees the same vocabulary.
 * Used only by train.ts; detection never transliterates.
 *
 * Self-contained on purpose: the language model must not change when the
 * product's transliteration (../transliteration) is tuned.
 */

export type Rng = () => number;

/** Deterministic PRNG (mulberry32) so that retraining gives the same model. */
export function makeRng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;

/** Map each lower-case Cyrillic letter through `table`, keeping capitals. */
function mapLetters(text: string, table: (ch: string) => string): string {
  let out = '';
  for (const ch of text) {
    const lower = ch.toLowerCase();
    const mapped = table(lower);
    if (lower !== ch && mapped.length > 0) out += mapped[0]!.toUpperCase() + mapped.slice(1);
    else out += mapped;
  }
  return out;
}

/**
 * Kazakh typed on a Russian keyboard. `keep` is the chance that a special
 * letter survives (people often type some of them and not others).
 */
export function foldKazakh(text: string, rng: Rng, keep = 0): string {
  const i = pick(rng, ['и', 'и', 'и', 'ы', 'i']);
  const table: Record<string, string> = { ә: 'а', ғ: 'г', қ: 'к', ң: 'н', ө: 'о', ұ: 'у', ү: 'у', һ: 'х', і: i };
  return mapLetters(text, (ch) => (table[ch] !== undefined && rng() >= keep ? table[ch]! : ch));
}

type LatinStyle = 'official2021' | 'turkish' | 'ascii' | 'acute2018' | 'apostrophe2017';
export const LATIN_STYLES: readonly LatinStyle[] = ['official2021', 'turkish', 'ascii', 'acute2018', 'apostrophe2017'];

const COMMON: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', з: 'z', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o',
  п: 'p', р: 'r', с: 's', т: 't', ф: 'f', ц: 'ts', ъ: '', ь: '', э: 'e',
};

function latinTable(style: LatinStyle, rng: Rng): Record<string, () => string> {
  const fixed = (s: string) => () => s;
  const either = (...options: string[]) => () => pick(rng, options);
  const base: Record<string, () => string> = {};
  for (const [c, l] of Object.entries(COMMON)) base[c] = fixed(l);
  // Each style is one way of writing; the generator also mixes in typists' habits.
  const byStyle: Record<LatinStyle, Record<string, () => string>> = {
    // The January 2021 alphabet: і → ı, ы → y, и/й → i, ұ → ū.
    official2021: {
      ә: fixed('ä'), ғ: fixed('ğ'), ж: fixed('j'), и: fixed('i'), й: fixed('i'), қ: fixed('q'), ң: fixed('ñ'),
      ө: fixed('ö'), у: fixed('u'), ұ: fixed('ū'), ү: fixed('ü'), х: fixed('h'), һ: fixed('h'), ч: fixed('ch'),
      ш: fixed('ş'), щ: fixed('şş'), ы: fixed('y'), і: fixed('ı'), ё: fixed('io'), ю: fixed('iu'), я: fixed('ia'),
    },
    // Turkish keyboards (Turkey, Europe): ş ç ğ ı ö ü, і → i, ы → ı.
    turkish: {
      ә: either('ä', 'ä', 'e', 'a'), ғ: either('ğ', 'ğ', 'g'), ж: either('j', 'j', 'c'), и: fixed('i'), й: fixed('y'),
      қ: either('q', 'q', 'k'), ң: either('ñ', 'n', 'ng'), ө: fixed('ö'), у: fixed('u'), ұ: fixed('u'), ү: fixed('ü'),
      х: either('h', 'x'), һ: fixed('h'), ч: fixed('ç'), ш: fixed('ş'), щ: fixed('ş'), ы: either('ı', 'ı', 'i'),
      і: fixed('i'), ё: fixed('yo'), ю: fixed('yu'), я: fixed('ya'),
    },
    // Plain ASCII (phones, chats, e-mail): sh, zh, ng, kh.
    ascii: {
      ә: either('a', 'a', 'ae'), ғ: either('g', 'gh'), ж: either('zh', 'zh', 'j'), и: fixed('i'), й: either('y', 'i'),
      қ: either('q', 'k', 'k'), ң: either('ng', 'n'), ө: either('o', 'o', 'oe'), у: either('u', 'u', 'w'), ұ: fixed('u'),
      ү: either('u', 'u', 'ue'), х: either('kh', 'h'), һ: fixed('h'), ч: fixed('ch'), ш: fixed('sh'), щ: fixed('sh'),
      ы: either('y', 'y', 'i'), і: fixed('i'), ё: fixed('yo'), ю: fixed('yu'), я: fixed('ya'),
    },
    // The 2018 acute-accent alphabet, still seen in signage and older sites.
    acute2018: {
      ә: fixed('á'), ғ: fixed('ǵ'), ж: fixed('j'), и: fixed('ı'), й: fixed('ı'), қ: fixed('q'), ң: fixed('ń'),
      ө: fixed('ó'), у: fixed('ý'), ұ: fixed('u'), ү: fixed('ú'), х: fixed('h'), һ: fixed('h'), ч: fixed('ch'),
      ш: fixed('sh'), щ: fixed('sh'), ы: fixed('y'), і: fixed('i'), ё: fixed('ıo'), ю: fixed('ıý'), я: fixed('ıa'),
    },
    // The 2017 apostrophe alphabet (Qazaqstan Respy'blikasy), short-lived but still found.
    apostrophe2017: {
      ә: fixed("a'"), ғ: fixed("g'"), ж: fixed('j'), и: fixed("i'"), й: fixed("i'"), қ: fixed('q'), ң: fixed("n'"),
      ө: fixed("o'"), у: fixed("y'"), ұ: fixed('u'), ү: fixed("u'"), х: fixed('h'), һ: fixed('h'), ч: fixed("c'"),
      ш: fixed("s'"), щ: fixed("s'"), ы: fixed('y'), і: fixed('i'), ё: fixed("i'o"), ю: fixed("i'y'"), я: fixed("i'a"),
    },
  };
  return { ...base, ...byStyle[style] };
}

export function toLatin(text: string, style: LatinStyle, rng: Rng): string {
  const table = latinTable(style, rng);
  return mapLetters(text, (ch) => (table[ch] ? table[ch]() : ch));
}

/** Töte letters; front vowels ә ө ү і share their back partner's letter and mark the word with ٴ. */
const TOTE: Record<string, string> = {
  а: 'ا', ә: 'ا', б: 'ب', в: 'ۆ', г: 'گ', ғ: 'ع', д: 'د', е: 'ە', ё: 'يو', ж: 'ج', з: 'ز', и: 'ي', й: 'ي',
  к: 'ك', қ: 'ق', л: 'ل', м: 'م', н: 'ن', ң: 'ڭ', о: 'و', ө: 'و', п: 'پ', р: 'ر', с: 'س', т: 'ت', у: 'ۋ',
  ұ: 'ۇ', ү: 'ۇ', ф: 'ف', х: 'ح', һ: 'ھ', ц: 'تس', ч: 'چ', ш: 'ش', щ: 'ش', ъ: '', ы: 'ى', ь: '', і: 'ى',
  э: 'ە', ю: 'يۋ', я: 'يا',
};
const PRECOMPOSED: Record<string, string> = { ә: 'ٵ', ө: 'ٶ', ү: 'ٷ', і: 'ٸ' };

/**
 * Kazakh in the Arabic-based script of Xinjiang. A word with front vowels
 * gets the high hamza ٴ in front unless it contains е, к or г, which mark
 * frontness already. Some keyboards type precomposed letters (ٵ ٶ ٷ ٸ)
 * instead; `precomposed` picks that habit.
 */
export function toTote(text: string, precomposed = false, rng?: Rng): string {
  // Writers differ on и (ي or ىي) and х (ح or ھ); a generator with rng mixes both.
  const table = rng ? { ...TOTE, и: rng() < 0.3 ? 'ىي' : 'ي', х: rng() < 0.3 ? 'ھ' : 'ح' } : TOTE;
  return text.replace(/[\p{L}]+/gu, (w) => {
    const lower = w.toLowerCase();
    if (!/[а-яёәғқңөұүһі]/.test(lower)) return w;
    const front = /[әөүі]/.test(lower) && !/[екг]/.test(lower);
    let out = '';
    let marked = false;
    for (const ch of lower) {
      if (precomposed && front && !marked && PRECOMPOSED[ch]) {
        out += PRECOMPOSED[ch];
        marked = true;
      } else out += table[ch] ?? ch;
    }
    return front && !marked ? 'ٴ' + out : out;
  }).replace(/,/g, '،').replace(/\?/g, '؟').replace(/;/g, '؛');
}

/** Uyghur Latin (ULY) to Uyghur Arabic script, for the "not Kazakh" Arabic-script class. */
export function uyghurLatinToArabic(text: string): string {
  const pairs: [string, string][] = [
    ['ch', 'چ'], ['sh', 'ش'], ['gh', 'غ'], ['ng', 'ڭ'], ['zh', 'ژ'],
    ['a', 'ا'], ['e', 'ە'], ['b', 'ب'], ['p', 'پ'], ['t', 'ت'], ['j', 'ج'], ['x', 'خ'], ['d', 'د'], ['r', 'ر'],
    ['z', 'ز'], ['s', 'س'], ['f', 'ف'], ['q', 'ق'], ['k', 'ك'], ['g', 'گ'], ['l', 'ل'], ['m', 'م'], ['n', 'ن'],
    ['h', 'ھ'], ['o', 'و'], ['u', 'ۇ'], ['ö', 'ۆ'], ['ü', 'ۈ'], ['w', 'ۋ'], ['ë', 'ې'], ['é', 'ې'], ['i', 'ى'], ['y', 'ي'],
  ];
  const vowels = new Set(['a', 'e', 'o', 'u', 'ö', 'ü', 'ë', 'i']);
  return text.replace(/[\p{L}]+/gu, (w) => {
    const lower = w.toLowerCase();
    let out = '';
    let i = 0;
    let previousVowel = false;
    while (i < lower.length) {
      const pair = pairs.find(([lat]) => lower.startsWith(lat, i));
      if (!pair) {
        out += lower[i];
        i++;
        continue;
      }
      const vowel = vowels.has(pair[0]);
      // Uyghur writes a hamza seat before a vowel that starts a syllable.
      if (vowel && (i === 0 || previousVowel)) out += 'ئ';
      out += pair[1];
      previousVowel = vowel;
      i += pair[0].length;
    }
    return out;
  }).replace(/,/g, '،').replace(/\?/g, '؟');
}
