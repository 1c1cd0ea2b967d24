/**
 * Builds inflected Kazakh word forms by the grammar-book rules (vowel
 * harmony, consonant assimilation, п/к/қ voicing before a vowel), for the
 * property tests. Written independently of the stemmer's suffix table so
 * that the two check each other.
 */
const BACK = 'аоұы';
const FRONT = 'әөүіеи';
const VOWEL = BACK + FRONT + 'уэюяё';
const VOICELESS = 'кқпстфхцчшщ';

export type NounChain = { plural: boolean; possessive?: 'our' | 'your' | 'his'; case?: NounCase };
export type NounCase = 'gen' | 'acc' | 'dat' | 'loc' | 'abl' | 'ins';
export type VerbForm = 'past' | 'pastWe' | 'present' | 'participle' | 'participleLoc' | 'converb' | 'noun' | 'nounDat' | 'negPast' | 'negPresent';

export function isBack(word: string): boolean {
  for (let i = word.length - 1; i >= 0; i--) {
    if (BACK.includes(word[i]!)) return true;
    if (FRONT.includes(word[i]!)) return false;
  }
  return true;
}

const pick = (word: string, back: string, front: string) => (isBack(word) ? back : front);
const last = (word: string) => word.at(-1) ?? '';
const endsInVowel = (word: string) => 'аоұыәөүіеияюэё'.includes(last(word));

/** п/к/қ turn into б/г/ғ before a vowel-initial suffix. */
function voice(word: string): string {
  const map: Record<string, string> = { п: 'б', к: 'г', қ: 'ғ' };
  const end = last(word);
  return map[end] ? word.slice(0, -1) + map[end] : word;
}

function plural(word: string): string {
  const end = last(word);
  const consonant = endsInVowel(word) || 'рйу'.includes(end) ? 'л' : 'лмнңзж'.includes(end) ? 'д' : 'т';
  return word + consonant + pick(word, 'ар', 'ер');
}

function possessive(word: string, person: 'our' | 'your' | 'his'): string {
  const vowel = endsInVowel(word);
  const stem = vowel ? word : voice(word);
  if (person === 'his') return stem + (vowel ? pick(word, 'сы', 'сі') : pick(word, 'ы', 'і'));
  if (person === 'our') return stem + (vowel ? pick(word, 'мыз', 'міз') : pick(word, 'ымыз', 'іміз'));
  return stem + (vowel ? pick(word, 'ңыз', 'ңіз') : pick(word, 'ыңыз', 'іңіз'));
}

function nounCase(word: string, kase: NounCase, afterHis: boolean): string {
  const end = last(word);
  const vowel = endsInVowel(word) && end !== 'у';
  const voiceless = VOICELESS.includes(end);
  const nasal = 'мнң'.includes(end);
  if (afterHis) {
    const forms: Record<NounCase, string> = {
      gen: pick(word, 'ның', 'нің'),
      acc: 'н',
      dat: pick(word, 'на', 'не'),
      loc: pick(word, 'нда', 'нде'),
      abl: pick(word, 'нан', 'нен'),
      ins: 'мен',
    };
    return word + forms[kase];
  }
  switch (kase) {
    case 'gen':
      return word + (vowel || nasal ? 'н' : voiceless ? 'т' : 'д') + pick(word, 'ың', 'ің');
    case 'acc':
      return word + (vowel ? 'н' : voiceless ? 'т' : 'д') + pick(word, 'ы', 'і');
    case 'dat':
      return word + (voiceless ? pick(word, 'қа', 'ке') : pick(word, 'ға', 'ге'));
    case 'loc':
      return word + (voiceless ? 'т' : 'д') + pick(word, 'а', 'е');
    case 'abl':
      return word + (nasal ? 'н' : voiceless ? 'т' : 'д') + pick(word, 'ан', 'ен');
    case 'ins':
      return word + (voiceless ? 'пен' : 'зж'.includes(end) ? 'бен' : 'мен');
  }
}

export function inflectNoun(root: string, chain: NounChain): string {
  let word = chain.plural ? plural(root) : root;
  if (chain.possessive) word = possessive(word, chain.possessive);
  if (chain.case) word = nounCase(word, chain.case, chain.possessive === 'his');
  return word;
}

/** Verb roots are given without -у (кел, жаз, ойла, оқы). */
export function inflectVerb(root: string, form: VerbForm): string {
  const vowel = endsInVowel(root);
  const voiceless = VOICELESS.includes(last(root));
  const past = (stem: string) => stem + (VOICELESS.includes(last(stem)) ? 'т' : 'д') + pick(stem, 'ы', 'і');
  const present = (stem: string) =>
    endsInVowel(stem) ? (/[ыі]$/u.test(stem) ? stem.slice(0, -1) + 'и' : stem + 'й') + pick(stem, 'ды', 'ді') : stem + pick(stem, 'ады', 'еді');
  const negation = root + (voiceless ? pick(root, 'па', 'пе') : 'мнңзж'.includes(last(root)) ? pick(root, 'ба', 'бе') : pick(root, 'ма', 'ме'));
  const participle = root + (voiceless ? pick(root, 'қан', 'кен') : pick(root, 'ған', 'ген'));
  const verbalNoun = /[ыі]$/u.test(root) ? root.slice(0, -1) + 'у' : root + 'у';
  switch (form) {
    case 'past':
      return past(root);
    case 'pastWe':
      return past(root) + pick(root, 'қ', 'к');
    case 'present':
      return present(root);
    case 'participle':
      return participle;
    case 'participleLoc':
      return participle + pick(root, 'да', 'де');
    case 'converb':
      return vowel ? root + 'п' : voice(root) + pick(root, 'ып', 'іп');
    case 'noun':
      return verbalNoun;
    case 'nounDat':
      return verbalNoun + pick(root, 'ға', 'ге');
    case 'negPast':
      return past(negation);
    case 'negPresent':
      return present(negation);
  }
}

export const NOUN_CASES: readonly NounCase[] = ['gen', 'acc', 'dat', 'loc', 'abl', 'ins'];
export const VERB_FORMS: readonly VerbForm[] = [
  'past', 'pastWe', 'present', 'participle', 'participleLoc', 'converb', 'noun', 'nounDat', 'negPast', 'negPresent',
];

/** Every chain of plural? × possessive? × case?. */
export function allNounChains(): NounChain[] {
  const chains: NounChain[] = [];
  for (const plural of [false, true]) {
    for (const possessive of [undefined, 'our', 'your', 'his'] as const) {
      for (const kase of [undefined, ...NOUN_CASES]) {
        chains.push({ plural, ...(possessive ? { possessive } : {}), ...(kase ? { case: kase } : {}) });
      }
    }
  }
  return chains;
}

export { VOWEL };
