/**
 * The Kazakh suffixes the stemmer strips, written in FOLDED spelling
 * (қ→к, ғ→г, ң→н, і→и, ә→а, ө→о, ү/ұ→у): the stemmer decides on folded
 * words only, so that a word typed without Kazakh letters stems the same.
 *
 * Folding keeps what harmony needs in the suffixes themselves: back
 * alternants carry а/ы, front ones е/і(→и), and those stay distinct. It blurs
 * it in the stems (ә→а, ө→о, ұ/ү→у), so a stem's harmony is only known when
 * its last vowel is ы (back) or е (front); see kazakh-stemmer.ts.
 */
import { foldKazakh } from './fold';
import { TIME_PLACE_ROOTS } from './kazakh-lexicon';

/** Slots, from the root outwards. A word is cut right to left with strictly falling slots. */
export const Slot = {
  rootVowel: 3, // the ы/і ending a verb root, cut only next to a verb form
  voice: 4, // passive and reflexive -ыл/-іл/-л, -ын/-ін/-н (беріледі, жасалады, алынады), only left of a verb form
  negation: 5, // -ма/-ба/-па (only left of a verb form)
  verbNoun: 6, // participles and verbal nouns: -ған, -атын, -у, -мақ (they decline like nouns)
  derivInner: 7, // -шы, -сыз, -лы; above the verbal nouns: оқу-шы, болған-дық
  derivOuter: 8, // -лық, -гер
  finite: 9, // -ды past, -ады present, -са conditional, -ып converb
  plural: 10,
  possessive: 11,
  case: 12,
  relative: 13, // -ғы/-гі after the locative: Алматыдағы
  predicative: 14, // personal endings: -мын, -сың, -мыз, -сыз, -сын
} as const;

export type Kind =
  | 'deriv'
  | 'negation'
  | 'verbNoun'
  | 'past'
  | 'present'
  | 'conditional'
  | 'converb'
  | 'plural'
  | 'poss1'
  | 'poss3'
  | 'possOther'
  | 'pastPerson'
  | 'case'
  | 'locative'
  | 'relative'
  | 'person';

/**
 * What the stem may end in, for consonant assimilation (folded letters):
 * A a vowel other than ы/і, I ы/і(→и), R р/й/у, L л, N м/н(ң), Z з/ж,
 * K voiceless and the rest. In the tables V stands for A and I.
 */
export type SoundClass = 'A' | 'I' | 'R' | 'L' | 'N' | 'Z' | 'K';
export type Harmony = 'back' | 'front' | 'neutral';

export interface Suffix {
  form: string;
  slot: number;
  kind: Kind;
  /** Sound classes the stem may end in. */
  after: ReadonlySet<SoundClass>;
  harmony: Harmony;
  /** Letters the stem must keep once this suffix is cut. */
  minStem: number;
  /** Marks a verb form: negation may be cut to its left. */
  verbal: boolean;
  needsVerbal: boolean;
  /** Only cut right after a personal ending (the present -й- of "жасаймыз"). */
  needsPerson: boolean;
  /** The next suffix to the left must be one of these (the -н of "қаласын" needs the possessive). */
  needs?: readonly Kind[];
  /** A letter the stem may not end in, finer than the sound classes. */
  notAfter?: string;
  /** What may follow this suffix on its right ('end': nothing); any when absent. */
  rightOf?: ReadonlySet<Kind | 'end'>;
  /** Only cut when the stem left is one of these roots (folded). */
  roots?: ReadonlySet<string>;
}

type Options = Partial<
  Pick<Suffix, 'minStem' | 'verbal' | 'needsVerbal' | 'needsPerson' | 'needs' | 'harmony' | 'rightOf' | 'notAfter' | 'roots'>
>;

export function soundClass(ch: string | undefined): SoundClass {
  if (ch === undefined) return 'K';
  if (ch === 'ы' || ch === 'и') return 'I';
  if ('аеоэюя'.includes(ch)) return 'A';
  if ('рйу'.includes(ch)) return 'R';
  if (ch === 'л') return 'L';
  if ('мн'.includes(ch)) return 'N';
  if ('зж'.includes(ch)) return 'Z';
  return 'K';
}

/** Harmony of a suffix from its vowels: а/ы back, е/и (і) front, none neutral. */
function harmonyOf(form: string): Harmony {
  if (/[аы]/u.test(form)) return 'back';
  if (/[еи]/u.test(form)) return 'front';
  return 'neutral';
}

const CONSONANT = 'RLNZK';
const VOICED = 'VRLNZ';

const table: Suffix[] = [];

function add(slot: number, kind: Kind, forms: string, after: string, options: Options = {}): void {
  for (const form of forms.split(' ')) {
    table.push({
      form,
      slot,
      kind,
      after: new Set(after.replace('V', 'AI').split('') as SoundClass[]),
      harmony: options.harmony ?? harmonyOf(form),
      minStem: options.minStem ?? 2,
      verbal: options.verbal ?? false,
      needsVerbal: options.needsVerbal ?? false,
      needsPerson: options.needsPerson ?? false,
      ...(options.needs ? { needs: options.needs } : {}),
      ...(options.rightOf ? { rightOf: options.rightOf } : {}),
      ...(options.notAfter ? { notAfter: options.notAfter } : {}),
      ...(options.roots ? { roots: options.roots } : {}),
    });
  }
}

const { rootVowel, voice, derivInner, derivOuter, negation, verbNoun, finite, plural, possessive, relative, predicative } = Slot;
const caseSlot = Slot.case;
const afterPoss3 = ['poss3'] as const;
// Case endings close a word; only the locative takes -ғы after it (Алматыдағы).
const wordEnd = new Set<Kind | 'end'>(['end']);
// The personal ending after a locative (үйдемін) is left out: it made қандасын read as қан + да + сын.
const afterLocative = new Set<Kind | 'end'>(['end', 'relative']);
// A finite verb form takes only its personal ending: келдім, келдік, келдіңіз, барсам.
const personOnly = new Set<Kind | 'end'>(['end', 'person', 'poss1', 'possOther', 'pastPerson']);
const verbForm = (rightOf: ReadonlySet<Kind | 'end'>): Options => ({ verbal: true, rightOf });

// Predicative personal endings (баламын, келеміз, болсын) and the 2nd person polite.
add(predicative, 'person', 'мын мин мыз миз', 'VRLN');
add(predicative, 'person', 'бын бин быз биз', 'Z');
add(predicative, 'person', 'пын пин пыз пиз', 'K');
add(predicative, 'person', 'сын син сыз сиз сындар синдер сыздар сиздер', VOICED + 'K', { minStem: 3 }); // not тү + сін

// -ғы/-гі makes an adjective of a locative: Алматыдағы, шетелдегі.
const relativeRight = new Set<Kind | 'end'>(['end', 'person']);
add(relative, 'relative', 'гы ги', 'V', { needs: ['locative'], rightOf: relativeRight });
// ... and of a time or place word directly (жылғы, бүгінгі, ішкі), only after the listed roots.
const timeRoots = new Set(TIME_PLACE_ROOTS.map(foldKazakh));
add(relative, 'relative', 'гы ги', VOICED, { rightOf: relativeRight, roots: timeRoots });
add(relative, 'relative', 'кы ки', 'K', { rightOf: relativeRight, roots: timeRoots });

// Cases.
const ending = (options: Options = {}): Options => ({ rightOf: wordEnd, ...options });
add(caseSlot, 'case', 'нын нин', 'VN', ending()); // genitive -ның/-нің
add(caseSlot, 'case', 'дын дин', 'RLZ', ending());
add(caseSlot, 'case', 'тын тин', 'K', ending());
// Accusative. Not after ы/і: тұрғыны is тұрғын + ы; the agent nouns in -шы get their own entry.
add(caseSlot, 'case', 'ны ни', 'A', ending({ minStem: 3 })); // күні is күн + і
add(caseSlot, 'case', 'шыны шини', VOICED + 'K', ending({ minStem: 3 })); // оқушыны
add(caseSlot, 'case', 'ды ди', 'RLNZ', ending());
add(caseSlot, 'case', 'ты ти', 'K', ending());
// қаласын, тілін, үйін.
add(caseSlot, 'case', 'н', 'V', ending({ needs: afterPoss3, harmony: 'neutral', minStem: 3 }));
add(caseSlot, 'case', 'га ге', VOICED, ending()); // dative -ға/-ге
add(caseSlot, 'case', 'ка ке', 'K', ending());
add(caseSlot, 'case', 'на не', 'V', ending({ needs: afterPoss3 }));
add(caseSlot, 'locative', 'да де', VOICED, { rightOf: afterLocative });
add(caseSlot, 'locative', 'та те', 'K', { rightOf: afterLocative });
add(caseSlot, 'locative', 'нда нде', 'V', { needs: afterPoss3, rightOf: afterLocative });
add(caseSlot, 'case', 'дан ден', 'VRLZ', ending()); // ablative
add(caseSlot, 'case', 'нан нен', 'N', ending());
add(caseSlot, 'case', 'нан нен', 'V', ending({ needs: afterPoss3 }));
add(caseSlot, 'case', 'тан тен', 'K', ending());
// The instrumental does not harmonise (always -мен/-бен/-пен).
add(caseSlot, 'case', 'мен менен', 'VRLN', ending({ harmony: 'neutral' }));
add(caseSlot, 'case', 'бен бенен', 'Z', ending({ harmony: 'neutral' }));
add(caseSlot, 'case', 'пен пенен', 'K', ending({ harmony: 'neutral' }));
// Equative and similative; ақша, құдай, Қытай show why they keep three letters.
add(caseSlot, 'case', 'ша ше', VOICED + 'K', ending({ minStem: 3 }));
add(caseSlot, 'case', 'нша нше', 'V', ending({ needs: afterPoss3 })); // мәліметінше
add(caseSlot, 'case', 'дай дей', VOICED, ending({ minStem: 3 }));
add(caseSlot, 'case', 'тай тей', 'K', ending({ minStem: 3 }));

// Possessive. The informal 2nd person singular (-ң/-ың) is left out: after
// folding it is a bare -н/-ын, the ending of too many roots (Отан, орын, заман).
// A possessive is followed by a case or nothing (жұмысын is жұмыс + ы + н, not жұм + ы + сын).
const possRight = new Set<Kind | 'end'>(['end', 'case', 'locative']);
// The 1st person singular (үйім, балам) is left out: rare in the texts we index, and
// -ым/-ім/-м ends too many roots (мұғалім, ұйым, адам). Only after a verb is -м cut (келдім).
add(possessive, 'poss1', 'м', 'V', { needs: ['past', 'conditional'], harmony: 'neutral', rightOf: wordEnd });
add(possessive, 'possOther', 'ымыз имиз', CONSONANT, { rightOf: possRight });
add(possessive, 'possOther', 'мыз миз', 'V', { rightOf: possRight });
add(possessive, 'possOther', 'ыныз иниз', CONSONANT, { rightOf: possRight }); // -ыңыз/-іңіз
add(possessive, 'possOther', 'ныз низ', 'V', { minStem: 3, rightOf: possRight }); // теңіз is not те + ңіз
// Not after д, which ends no Kazakh root: оқыды is оқы + ды, not оқыд + ы.
add(possessive, 'poss3', 'ы и', 'RLNZK', { notAfter: 'д', rightOf: possRight });
// Not after ы/і (облысы, жұмысы are облыс, жұмыс + ы), but оқушысы is.
add(possessive, 'poss3', 'сы си', 'A', { minStem: 3, rightOf: possRight }); // басы is бас + ы
add(possessive, 'poss3', 'шысы шиси', VOICED + 'K', { minStem: 3, rightOf: possRight });
// The 1st person plural of the past and the conditional: келдік, барсақ.
add(possessive, 'pastPerson', 'к', 'V', { needs: ['past', 'conditional'], harmony: 'neutral', rightOf: wordEnd });

add(plural, 'plural', 'лар лер', 'VR');
add(plural, 'plural', 'дар дер', 'LNZ');
add(plural, 'plural', 'тар тер', 'K');

// Finite verb forms. The past -ды after a consonant is also the accusative,
// so only after a vowel (ойлады, келмеді) does it mark a verb.
add(finite, 'past', 'ды ди', 'V', verbForm(personOnly));
add(finite, 'past', 'ды ди', 'RLNZ', { rightOf: personOnly });
add(finite, 'past', 'ты ти', 'K', { rightOf: personOnly });
// айтады, келеді; few verbs end in м, and оқымады is оқы + ма + ды.
add(finite, 'present', 'ады еди', CONSONANT, { ...verbForm(wordEnd), notAfter: 'м' });
add(finite, 'present', 'йды йди', 'V', verbForm(wordEnd)); // ойлайды
add(finite, 'present', 'иды иди', CONSONANT, verbForm(wordEnd)); // оқиды = оқы + йды
add(finite, 'present', 'й', 'V', { ...verbForm(personOnly), needsPerson: true, harmony: 'neutral' }); // жасаймыз
add(finite, 'conditional', 'са се', VOICED + 'K', { ...verbForm(personOnly), minStem: 3 });
add(finite, 'converb', 'ып ип', CONSONANT, verbForm(wordEnd));
add(finite, 'converb', 'ыпты ипти', CONSONANT, verbForm(personOnly)); // келіпті
add(finite, 'converb', 'п', 'V', { ...verbForm(wordEnd), minStem: 3, harmony: 'neutral' });
add(finite, 'converb', 'пты пти', 'V', { ...verbForm(personOnly), minStem: 3 });

// Participles and verbal nouns decline like nouns: келгенде, оқуға.
const anyRight = new Set<Kind | 'end'>(['end', 'deriv', 'plural', 'poss3', 'possOther', 'case', 'locative', 'person']);
add(verbNoun, 'verbNoun', 'ган ген', VOICED, verbForm(anyRight));
add(verbNoun, 'verbNoun', 'кан кен', 'K', verbForm(anyRight));
add(verbNoun, 'verbNoun', 'атын етин итын итин', CONSONANT, verbForm(anyRight));
add(verbNoun, 'verbNoun', 'йтын йтин', 'V', verbForm(anyRight));
// -у: оқу, келу; after a vowel (ойлау) the stem keeps three letters, so тау is not та + у.
add(verbNoun, 'verbNoun', 'у', CONSONANT, { ...verbForm(anyRight), harmony: 'neutral' });
add(verbNoun, 'verbNoun', 'у', 'V', { ...verbForm(anyRight), harmony: 'neutral', minStem: 3 });
// сабақ and тамақ are not verbs: -мақ keeps three letters.
add(verbNoun, 'verbNoun', 'мак мек', 'VRL', { ...verbForm(anyRight), minStem: 3 });
add(verbNoun, 'verbNoun', 'бак бек', 'NZ', { ...verbForm(anyRight), minStem: 3 });
add(verbNoun, 'verbNoun', 'пак пек', 'K', { ...verbForm(anyRight), minStem: 3 });

add(negation, 'negation', 'ма ме', 'VRL', { needsVerbal: true, verbal: true });
add(negation, 'negation', 'ба бе', 'NZ', { needsVerbal: true, verbal: true });
add(negation, 'negation', 'па пе', 'K', { needsVerbal: true, verbal: true });
// Passive and reflexive voice, between a verb root and a verb form: бер-іл-еді, жаса-л-ады, ал-ын-ады,
// төле-н-еді. Cut so that the passive reaches the active's key (беріледі and беру, тіркелу and тіркеу);
// only next to a verb form, so that ауыл, орын, заман are never cut. After a vowel the root keeps three
// letters: келу, болу, білу are roots in -л, not ке, бо, бі + -л.
add(voice, 'deriv', 'ыл ил', 'RNZK', { needsVerbal: true, verbal: true, notAfter: 'д' });
add(voice, 'deriv', 'ын ин', 'L', { needsVerbal: true, verbal: true });
add(voice, 'deriv', 'л н', 'A', { needsVerbal: true, verbal: true, minStem: 3, harmony: 'neutral' });
// A verb root's last ы/і goes with the verb form after it, as -у swallows it (оқы-ды, оқ-у).
add(rootVowel, 'deriv', 'ы и', CONSONANT, { needsVerbal: true, notAfter: 'д' });

add(derivOuter, 'deriv', 'лык лик', 'VR'); // -лық: достық, азаматтық
add(derivOuter, 'deriv', 'дык дик', 'LNZ');
add(derivOuter, 'deriv', 'тык тик', 'K');
add(derivOuter, 'deriv', 'гер', VOICED, { minStem: 3 }); // -гер/-кер: саясаткер
add(derivOuter, 'deriv', 'кер', 'K', { minStem: 3 });
add(derivInner, 'deriv', 'шы ши', VOICED + 'K', { minStem: 3 }); // -шы: жұмысшы (but көші is көш + і)
add(derivInner, 'deriv', 'сыз сиз', VOICED + 'K'); // -сыз: жұмыссыз
// -лы after a vowel (балалы) is left out: тілі, қолы, ауылы are тіл, қол, ауыл + -ы.
add(derivInner, 'deriv', 'лы ли', 'R'); // -лы: сулы, білімді, күшті
add(derivInner, 'deriv', 'ды ди', 'LNZ');
add(derivInner, 'deriv', 'ты ти', 'K');

/** Suffixes by form, for a look-up per candidate ending. */
export const suffixesByForm: ReadonlyMap<string, readonly Suffix[]> = (() => {
  const map = new Map<string, Suffix[]>();
  for (const suffix of table) {
    const list = map.get(suffix.form) ?? [];
    list.push(suffix);
    map.set(suffix.form, list);
  }
  return map;
})();

export const longestSuffix = Math.max(...table.map((s) => s.form.length));

export const allSuffixes: readonly Suffix[] = table;
