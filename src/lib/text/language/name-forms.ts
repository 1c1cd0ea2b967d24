/**
 * Names in the case forms that each language gives them, used only to make
 * training sentences (corpus.ts fills the `{slot.case}` slots of
 * training/*.templates.txt with them).
 *
 * Russian text about kandas is full of Kazakh names in Russian case forms,
 * often spelled with Kazakh letters: "выдали Жанарбеку Қуанышұлы", "у Айгүл
 * Серікқызы", "из Баян-Өлгия", "в Қарабұлаке". Kazakh text names Russians
 * with Kazakh suffixes: "Иван Петровқа", "Новосибирскіден". Hand-written
 * sentences cannot show every name in every form, so we decline them by the
 * usual rules of each language. As with kk-morphology.ts, coverage matters
 * more than precision: the output only trains character n-grams.
 */
import type { Rng } from './augment';
import { foldKazakh } from './augment';
import { caseForm } from './kk-morphology';

export type RuCase = 'nom' | 'gen' | 'dat' | 'acc' | 'ins' | 'pre';
export type KkCase = 'nom' | 'gen' | 'acc' | 'dat' | 'loc' | 'abl' | 'ins';
type Gender = 'm' | 'f';
type Part = 'first' | 'surname' | 'patronymic' | 'place';

const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;

/** Kazakh patronymics and Kazakh-style surnames do not decline in Russian. */
const KAZAKH_PATRONYMIC = /(?:ұлы|улы|уулу|қызы|кызы|гызы)$/i;
/** After these letters Russian writes и for ы and е for unstressed о. */
const HUSHING = /[гкхжшчщцқғ]$/i;

/** The Russian case form of one word of a name (a surname, a first name, a patronymic or a place). */
export function ruDeclineWord(word: string, c: RuCase, gender: Gender, part: Part): string {
  if (c === 'nom' || KAZAKH_PATRONYMIC.test(word)) return word;
  // Only the last part of a hyphenated place declines: из Баян-Өлгия, в Усть-Каменогорске.
  const hyphen = word.lastIndexOf('-');
  if (hyphen > 0 && part === 'place') return word.slice(0, hyphen + 1) + ruDeclineWord(word.slice(hyphen + 1), c, gender, part);
  const lower = word.toLowerCase();
  const stem = (n: number) => word.slice(0, word.length - n);
  const animate = part !== 'place';
  if (part === 'surname' || part === 'patronymic') {
    if (/(?:ов|ев|ёв|ин|ын|ич)$/.test(lower) && gender === 'm') {
      const ins = /ич$/.test(lower) ? 'ем' : 'ым';
      return word + { gen: 'а', dat: 'у', acc: 'а', ins, pre: 'е' }[c];
    }
    if (/(?:ова|ева|ёва|ина|ына)$/.test(lower)) return stem(1) + (c === 'acc' ? 'у' : 'ой');
    if (/вна$/.test(lower)) return stem(1) + { gen: 'ы', dat: 'е', acc: 'у', ins: 'ой', pre: 'е' }[c];
  }
  if (lower.endsWith('а')) {
    const soft = HUSHING.test(stem(1));
    return stem(1) + { gen: soft ? 'и' : 'ы', dat: 'е', acc: 'у', ins: soft && /[жшчщц]$/.test(stem(1)) ? 'ей' : 'ой', pre: 'е' }[c];
  }
  if (lower.endsWith('я')) {
    const ia = lower.endsWith('ия');
    return stem(1) + { gen: 'и', dat: ia ? 'и' : 'е', acc: 'ю', ins: 'ей', pre: ia ? 'и' : 'е' }[c];
  }
  // Women's names and surnames that end in a consonant stay as they are (у Айгүл, с Жанар).
  if (gender === 'f' && part !== 'place') {
    if (lower.endsWith('ь') && part === 'first') return stem(1) + { gen: 'и', dat: 'и', acc: 'ь', ins: 'ью', pre: 'и' }[c];
    return word;
  }
  if (lower.endsWith('й')) {
    const ii = lower.endsWith('ий');
    return stem(1) + { gen: 'я', dat: 'ю', acc: animate ? 'я' : 'й', ins: 'ем', pre: ii ? 'и' : 'е' }[c];
  }
  if (lower.endsWith('ь')) {
    if (part === 'place') return stem(1) + { gen: 'и', dat: 'и', acc: 'ь', ins: 'ью', pre: 'и' }[c];
    return stem(1) + { gen: 'я', dat: 'ю', acc: 'я', ins: 'ем', pre: 'е' }[c];
  }
  // Other vowels: Көкшетау, Ақтөбе, Алматы, Әлі, Жетісу do not decline.
  if (/[аәеёиоөуұүыіэюя]$/.test(lower)) return word;
  const ins = /[жшчщц]$/.test(lower) ? 'ем' : 'ом';
  return word + { gen: 'а', dat: 'у', acc: animate ? 'а' : '', ins, pre: 'е' }[c];
}

/** The Kazakh case form of a name: the suffix goes on its last word (Иван Петровқа, Новосибирскіден). */
export function kkDecline(name: string, c: KkCase): string {
  if (c === 'nom') return name;
  const space = name.lastIndexOf(' ');
  const head = name.slice(0, space + 1);
  let last = name.slice(space + 1);
  // Consonant clusters that Kazakh cannot end a syllable on get an і: Томскіге, Омскіде.
  if (/ск$/i.test(last) && c !== 'ins') last += 'і';
  const lower = last.toLowerCase();
  const kazakhCase = { gen: 'genitive', acc: 'accusative', dat: 'dative', loc: 'locative', abl: 'ablative', ins: 'instrumental' }[c];
  const form = caseForm(lower, kazakhCase);
  return head + last + form.slice(lower.length);
}

/** Name lists from training/names.txt, by section. */
export type NameLists = Record<string, string[]>;

/** Kazakh names are typed with or without the Kazakh letters, in Russian text as in Kazakh. */
function spelling(name: string, rng: Rng): string {
  const r = rng();
  if (r < 0.3) return foldKazakh(name, rng);
  if (r < 0.4) return foldKazakh(name, rng, 0.5);
  return name;
}

type Person = { words: [string, Part][]; gender: Gender };

/**
 * A person as people write them: first name and surname, first name and
 * patronymic (Серікұлы / Серикович), surname first in lists and documents,
 * or the full three parts in official letters.
 */
function person(lists: NameLists, gender: Gender, russian: boolean, rng: Rng, full: boolean): Person {
  const pre = russian ? 'ru-' : '';
  const first = pick(rng, lists[`${pre}first-${gender}`]!);
  if (!full) return { words: [[first, 'first']], gender };
  const surname = pick(rng, lists[`${pre}surname-${gender}`]!);
  const patronymic = pick(rng, lists[`${pre}patronymic-${gender}`]!);
  const r = rng();
  if (russian) {
    if (r < 0.6) return { words: [[first, 'first'], [surname, 'surname']], gender };
    if (r < 0.85) return { words: [[first, 'first'], [patronymic, 'patronymic']], gender };
    if (r < 0.92) return { words: [[surname, 'surname'], [first, 'first']], gender };
    return { words: [[first, 'first'], [patronymic, 'patronymic'], [surname, 'surname']], gender };
  }
  if (r < 0.5) return { words: [[first, 'first'], [surname, 'surname']], gender };
  if (r < 0.8) return { words: [[first, 'first'], [patronymic, 'patronymic']], gender };
  if (r < 0.88) return { words: [[surname, 'surname'], [first, 'first']], gender };
  // Russian-style patronymics of Kazakh names: Ерлан Серикович, Айгуль Нурлановна.
  const father = pick(rng, lists['first-m']!).replace(/[әғқңөұүһі]/g, (ch) => foldKazakh(ch, rng));
  const ruPatronymic = father + (gender === 'm' ? pick(rng, ['ович', 'ович', 'евич']) : pick(rng, ['овна', 'овна', 'евна']));
  return { words: [[first, 'first'], [ruPatronymic, 'patronymic'], ...(rng() < 0.5 ? [[surname, 'surname'] as [string, Part]] : [])], gender };
}

/** Where a template's names come from: Kazakh ones, or Russian ones (from the ru- lists). */
export type Origin = 'kk' | 'ru';

/**
 * The share of template fills whose names are Russian, in Kazakh and in
 * Russian templates alike. Names must be no evidence of the language around
 * them, so both classes see the same mix of Kazakh and Russian names in the
 * name positions. (With Kazakh names written into the Russian templates and
 * Russian names into the Kazakh ones, a bare "Айгүл Серікқызы" came out
 * Russian and "Ивану Петрову" Kazakh.) Most names in our texts are Kazakh;
 * 0.2 measured a little better than 0.35 or 0.5 on the dev split.
 */
export const RUSSIAN_ORIGIN = 0.2;

/**
 * One slot of a template: `{kind}` or `{kind.case}`.
 * Kinds: m, w, p (a man, a woman, anyone: full name), mf, wf, pf (first
 * name only), c (a place). Each fill of a template draws the origin of its
 * names (RUSSIAN_ORIGIN); an `o` in front (om, owf, oc …) takes a name of
 * the other origin, for sentences that mix the two. Cases are Russian (gen
 * dat acc ins pre) in Russian templates and Kazakh (gen acc dat loc abl ins)
 * in Kazakh ones.
 */
export function fillSlot(kind: string, c: string | undefined, lists: NameLists, language: 'ru' | 'kk', origin: Origin, rng: Rng): string | undefined {
  const other = kind.startsWith('o');
  const base = other ? kind.slice(1) : kind;
  const russian = (origin === 'ru') !== other;
  const pre = russian ? 'ru-' : '';
  let text: string;
  if (base === 'c') {
    const place = pick(rng, lists[`${pre}place`]!);
    if (language === 'ru') text = ruDeclineWord(place, (c ?? 'nom') as RuCase, 'm', 'place');
    else text = kkDecline(place, (c ?? 'nom') as KkCase);
  } else if (/^[mwp]f?$/.test(base)) {
    const gender: Gender = base[0] === 'm' ? 'm' : base[0] === 'w' ? 'f' : rng() < 0.5 ? 'm' : 'f';
    const who = person(lists, gender, russian, rng, !base.endsWith('f'));
    if (language === 'ru') text = who.words.map(([w, part]) => ruDeclineWord(w, (c ?? 'nom') as RuCase, gender, part)).join(' ');
    else text = kkDecline(who.words.map(([w]) => w).join(' '), (c ?? 'nom') as KkCase);
  } else {
    return undefined;
  }
  return russian ? text : spelling(text, rng);
}
