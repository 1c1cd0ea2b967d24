/**
 * A person's name as parts in a script-neutral key form.
 *
 * Every part is brought to Kazakh Cyrillic (toKazakhCyrillic), then folded
 * so that the spellings one name really gets in documents meet:
 * - Kazakh letters to their Russian neighbours (қ→к, ғ→г, ң→н, ә→а, ө/ұ/ү→у, һ→х, і→и);
 * - и, і, ы, й to one letter (y/i in Latin, Бауыржан/Бауржан aside);
 * - я, ю, ё, э, ц, щ, ъ, ь, дж spelled out or dropped; double letters single;
 * - then, for comparing only, о and у as one vowel (Өтеген/Утеген,
 *   Болат/Булат), ч as ш (Шоқан/Чокан), сх as ш (2021 Latin Ashat = Асхат),
 *   уа at the start as ва (Уәлиханов/Валиханов), final д as т (Ахмет/Ахмед).
 * The role of a part comes from its ending: patronymic (-ұлы, -қызы,
 * -ович, -овна…), surname (-ов, -ова, -ев, -ева) or bare, with gender where
 * the ending shows it. The stem without that ending is what a patronymic
 * and a surname made from the same name share (Нұрланұлы, Нұрланов:
 * нурлан; Жұмабай, Жұмабаев: жумаба).
 */
import { toKazakhCyrillic } from '../transliteration/index';

export type PartRole = 'bare' | 'patronymic' | 'surname';
export type Gender = 'male' | 'female';

export type NamePart = {
  /** The part as written, for reasons shown to staff. */
  written: string;
  /** Comparison key of the whole part. */
  key: string;
  /** Comparison key without the patronymic or surname ending. */
  stem: string;
  role: PartRole;
  gender?: Gender;
};

const basicLetters: Readonly<Record<string, string>> = {
  ә: 'а', ғ: 'г', қ: 'к', ң: 'н', ө: 'о', ұ: 'у', ү: 'у', һ: 'х', і: 'и', ы: 'и', й: 'и',
  ё: 'е', э: 'е', ъ: '', ь: '', ц: 'тс', щ: 'ш', я: 'иа', ю: 'иу',
};

/** Endings, longest first, on the basic form. */
const endings: ReadonlyArray<readonly [string, PartRole, Gender]> = [
  ['ович', 'patronymic', 'male'],
  ['евич', 'patronymic', 'male'],
  ['овна', 'patronymic', 'female'],
  ['евна', 'patronymic', 'female'],
  ['кизи', 'patronymic', 'female'],
  ['ули', 'patronymic', 'male'],
  ['ова', 'surname', 'female'],
  ['ева', 'surname', 'female'],
  ['ов', 'surname', 'male'],
  ['ев', 'surname', 'male'],
];
const shortestStem = 3;
/** Patronymic words written apart, as in "Нұрлан ұлы". */
const detachedEndings = new Set(['ули', 'кизи']);

const collapseDoubles = (s: string): string => s.replace(/(.)\1+/gu, '$1');

function basicForm(cyrillic: string): string {
  let out = '';
  for (const ch of cyrillic.toLowerCase()) out += basicLetters[ch] ?? ch;
  return out.replace(/дж/g, 'ж').replace(/[^а-я]/g, '');
}

/** The folding used only for comparing: sounds that documents swap for one another, double letters single. */
function comparisonKey(basic: string): string {
  return collapseDoubles(
    basic.replace(/^уа/, 'ва').replace(/сх/g, 'ш').replace(/ч/g, 'ш').replace(/у/g, 'о').replace(/д$/, 'т'),
  );
}

/** Жұмабай and Жұмабаев share жумаба: the й of a name ending in a vowel + й goes before -ев. */
const withoutFinalGlide = (stem: string): string => stem.replace(/([аеиоу])и$/, '$1');

function partOf(written: string, basic: string): NamePart {
  for (const [ending, role, gender] of endings) {
    if (basic.endsWith(ending) && basic.length - ending.length >= shortestStem) {
      const stem = withoutFinalGlide(basic.slice(0, -ending.length));
      return { written, key: comparisonKey(basic), stem: comparisonKey(stem), role, gender };
    }
  }
  return { written, key: comparisonKey(basic), stem: comparisonKey(withoutFinalGlide(basic)), role: 'bare' };
}

/** Splits a name into parts (spaces, commas, dots, hyphens) and keys each one. */
export function nameParts(name: string): NamePart[] {
  const words = toKazakhCyrillic(name.normalize('NFC'))
    .split(/[\s,.;\-‐–—/()]+/u)
    // Endings are cut before double letters are made single: Серікқызы is серик + кызы.
    .map((w) => ({ written: w, basic: basicForm(w) }))
    .filter((w) => w.basic);
  const merged: Array<{ written: string; basic: string }> = [];
  for (const word of words) {
    const previous = merged.at(-1);
    if (previous && detachedEndings.has(word.basic)) {
      previous.written += ` ${word.written}`;
      previous.basic += word.basic;
    } else {
      merged.push({ ...word });
    }
  }
  return merged.map((w) => partOf(w.written, w.basic));
}
