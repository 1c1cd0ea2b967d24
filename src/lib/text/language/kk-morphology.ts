/**
 * A small Kazakh inflection generator, used only to make training phrases.
 * Short queries ("қандастарға", "құжаттарымды") are mostly one inflected
 * word; hand-written sentences cannot show every stem with every suffix, so
 * we inflect the stems of training/kk.lexicon.txt by the rules of vowel
 * harmony and consonant assimilation. Precision matters less here than
 * coverage: the output only trains character n-grams.
 */
import type { Rng } from './augment';

const BACK = 'аоұыя';
const FRONT = 'әөүіеэ';
const VOWELS = 'аәеоөұүыіэюяиу';
const VOICELESS = 'кқпстшфхцчщбвгд';

/** Front or back, from the last unambiguous vowel. */
function isFront(word: string): boolean {
  for (let i = word.length - 1; i >= 0; i--) {
    const ch = word[i]!;
    if (FRONT.includes(ch)) return true;
    if (BACK.includes(ch)) return false;
  }
  // Loanwords with only и (министр → министрлер) are front; only у (субсидия aside) back.
  return word.includes('и');
}

type Sound = 'vowel' | 'sonorant' | 'l' | 'nasal' | 'z' | 'voiceless';

function lastSound(word: string): Sound {
  const ch = word[word.length - 1] ?? 'а';
  if ('рйуи'.includes(ch)) return 'sonorant';
  if (VOWELS.includes(ch)) return 'vowel';
  if (ch === 'л') return 'l';
  if ('мнң'.includes(ch)) return 'nasal';
  if ('жз'.includes(ch)) return 'z';
  if (VOICELESS.includes(ch)) return 'voiceless';
  return 'sonorant';
}

/** Pick the harmonic variant: a suffix is written with back letters, e.g. "ның". */
function harmonise(suffix: string, front: boolean): string {
  if (!front) return suffix;
  const map: Record<string, string> = { а: 'е', ы: 'і', ұ: 'ү', о: 'ө', ғ: 'г', қ: 'к' };
  return [...suffix].map((c) => map[c] ?? c).join('');
}

/** к→г, қ→ғ, п→б before a vowel (кітап → кітабы). */
function voiceFinal(word: string): string {
  const last = word[word.length - 1];
  const swap: Record<string, string> = { к: 'г', қ: 'ғ', п: 'б' };
  return last && swap[last] && word.length > 3 ? word.slice(0, -1) + swap[last] : word;
}

/** Attach a suffix whose first consonant depends on the stem's last sound. */
function attach(word: string, initials: Record<Sound, string>, rest: string): string {
  const front = isFront(word);
  const suffix = harmonise(initials[lastSound(word)] + rest, front);
  const joined = word + suffix;
  // ый/ій are spelled и (оқы + йды → оқиды).
  return joined.replace(/[ыі]й/g, 'и');
}

const CASES: Record<string, [Record<Sound, string>, string]> = {
  plural: [{ vowel: 'л', sonorant: 'л', l: 'д', nasal: 'д', z: 'д', voiceless: 'т' }, 'ар'],
  genitive: [{ vowel: 'н', sonorant: 'д', l: 'д', nasal: 'н', z: 'д', voiceless: 'т' }, 'ың'],
  accusative: [{ vowel: 'н', sonorant: 'д', l: 'д', nasal: 'д', z: 'д', voiceless: 'т' }, 'ы'],
  dative: [{ vowel: 'ғ', sonorant: 'ғ', l: 'ғ', nasal: 'ғ', z: 'ғ', voiceless: 'қ' }, 'а'],
  locative: [{ vowel: 'д', sonorant: 'д', l: 'д', nasal: 'д', z: 'д', voiceless: 'т' }, 'а'],
  ablative: [{ vowel: 'д', sonorant: 'д', l: 'д', nasal: 'н', z: 'д', voiceless: 'т' }, 'ан'],
  instrumental: [{ vowel: 'м', sonorant: 'м', l: 'м', nasal: 'м', z: 'б', voiceless: 'п' }, 'ен'],
  without: [{ vowel: 'с', sonorant: 'с', l: 'с', nasal: 'с', z: 'с', voiceless: 'с' }, 'ыз'],
  abstract: [{ vowel: 'л', sonorant: 'л', l: 'д', nasal: 'д', z: 'д', voiceless: 'т' }, 'ық'],
  locativeAdj: [{ vowel: 'д', sonorant: 'д', l: 'д', nasal: 'д', z: 'д', voiceless: 'т' }, 'ағы'],
};

/** A Kazakh case (or plural, …) form of a word; also used by name-forms.ts. */
export function caseForm(word: string, name: string): string {
  const [initials, rest] = CASES[name]!;
  const form = attach(word, initials, rest);
  // The instrumental -мен/-бен/-пен does not follow vowel harmony.
  return name === 'instrumental' ? form.replace(/[еа]н$/, 'ен') : form;
}

const POSSESSIVES = ['poss1', 'poss2', 'poss3', 'poss1pl'] as const;

function possessive(word: string, which: (typeof POSSESSIVES)[number]): string {
  const front = isFront(word);
  const vowelEnd = lastSound(word) === 'vowel';
  const stem = vowelEnd ? word : voiceFinal(word);
  const suffix = { poss1: vowelEnd ? 'м' : 'ым', poss2: vowelEnd ? 'ңыз' : 'ыңыз', poss3: vowelEnd ? 'сы' : 'ы', poss1pl: vowelEnd ? 'мыз' : 'ымыз' }[which];
  return stem + harmonise(suffix, front);
}

/** After a 3rd-person possessive the case endings take an n: ауылына, ауылында. */
function possessiveCase(word: string, rng: Rng): string {
  const p3 = possessive(word, 'poss3');
  const front = isFront(p3);
  const ending = pick(rng, ['на', 'нда', 'нан', 'н', 'ның']);
  return p3 + harmonise(ending, front);
}

const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;

export function inflectNoun(word: string, rng: Rng, bare = true): string {
  const parts = word.split(' ');
  const head = parts.pop()!;
  let form: string;
  const r = rng() * (bare ? 1 : 0.9);
  if (r < 0.35) form = caseForm(head, pick(rng, Object.keys(CASES)));
  else if (r < 0.55) form = caseForm(caseForm(head, 'plural'), pick(rng, ['genitive', 'accusative', 'dative', 'locative', 'ablative', 'instrumental']));
  else if (r < 0.75) form = possessive(pick(rng, [head, caseForm(head, 'plural')]), pick(rng, POSSESSIVES));
  else if (r < 0.9) form = possessiveCase(head, rng);
  else form = head;
  return [...parts, form].join(' ');
}

const PERSON_PRESENT = ['мын', 'сың', 'сыз', 'ды', 'мыз', 'сыңдар'];
const PERSON_PAST = ['м', 'ң', 'ңыз', '', 'қ'];

export function inflectVerb(verb: string, rng: Rng): string {
  const parts = verb.split(' ');
  const stem = parts.pop()!;
  const front = isFront(stem);
  const sound = lastSound(stem);
  const h = (s: string) => harmonise(s, front);
  const fix = (s: string) => s.replace(/[ыі]й/g, 'и');
  const vowelEnd = sound === 'vowel';
  const t = sound === 'voiceless' ? 'т' : 'д';
  const q = sound === 'voiceless' ? 'қ' : 'ғ';
  const neg = sound === 'voiceless' ? 'па' : sound === 'nasal' || sound === 'z' ? 'ба' : 'ма';
  const forms = [
    () => fix(stem + (vowelEnd ? 'й' : h('а')) + h(pick(rng, PERSON_PRESENT))),
    () => stem + h(t + 'ы' + pick(rng, PERSON_PAST)),
    () => stem + h(q + 'ан') + pick(rng, ['', h('мын'), h('сыз'), ' ' + 'жоқ']),
    () => fix(stem + h(neg) + 'й' + h(pick(rng, PERSON_PRESENT))),
    () => stem + h(vowelEnd ? 'ңыз' : 'ыңыз') + pick(rng, ['', h('шы')]),
    () => stem + h(vowelEnd ? 'п' : 'ып') + ' ' + pick(rng, ['жатыр', 'жатырмын', 'отыр', 'жүр', 'жүрмін', 'қалды', 'берді', 'алды', 'көрді']),
    () => stem.replace(/[ыі]$/, '') + 'у' + pick(rng, ['', h('ға'), h('ы'), ' керек', ' қажет']),
    () => stem + h('са') + pick(rng, ['', 'м', 'ң', h('ңыз'), h('қ')]),
    () => fix(stem + (vowelEnd ? 'й' : h('а')) + h('тын')),
    () => stem + h(q + 'ым') + ' келеді',
  ];
  return [...parts, pick(rng, forms)()].join(' ');
}

/** loan: Russian/international nouns; alone they are not Kazakh, so they always get a suffix. */
export type Lexicon = { noun: string[]; loan: string[]; adj: string[]; verb: string[] };

/** One to three words: an inflected noun, an adjective + noun, a noun + verb, or a possessive chain. */
export function kazakhPhrase(lexicon: Lexicon, rng: Rng): string {
  const noun = () => pick(rng, lexicon.noun);
  const r = rng();
  if (r < 0.1) return inflectNoun(pick(rng, lexicon.loan), rng, false);
  if (r < 0.3) return inflectNoun(noun(), rng);
  if (r < 0.45) return inflectVerb(pick(rng, lexicon.verb), rng);
  if (r < 0.6) return `${pick(rng, lexicon.adj)} ${inflectNoun(noun(), rng)}`;
  if (r < 0.8) return `${inflectNoun(noun(), rng)} ${inflectVerb(pick(rng, lexicon.verb), rng)}`;
  return `${caseForm(noun(), 'genitive')} ${possessive(noun(), 'poss3')}`;
}

export function parseLexicon(text: string): Lexicon {
  const lexicon: Lexicon = { noun: [], loan: [], adj: [], verb: [] };
  let section: keyof Lexicon | undefined;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const header = /^\[(noun|loan|adj|verb)\]$/.exec(line);
    if (header) section = header[1] as keyof Lexicon;
    else if (section) lexicon[section].push(...splitEntries(line, section));
  }
  return lexicon;
}

/** Multi-word verbs ("жұмыс істе", "жауап бер") stay together. */
function splitEntries(line: string, section: keyof Lexicon): string[] {
  if (section !== 'verb') return line.split(/\s+/);
  return line.replace(/(жұмыс|жауап|қарсы) /g, '$1_').split(/\s+/).map((w) => w.replace('_', ' '));
}
