/**
 * The few words the Kazakh stemmer knows by name. Suffix rules alone cannot
 * tell кітап (a root) from жаса + -п (a converb), or жасады (жаса + -ды)
 * from алады (ал + -ады); these lists settle the commonest such cases. They
 * were written from general Kazakh vocabulary, not from any test collection.
 * Written with Kazakh letters; the stemmer folds them.
 */

/** Roots the stemmer never cuts into, because their ending looks like a suffix. */
export const PROTECTED_ROOTS: readonly string[] = [
  // -п, -ып/-іп look like the converb
  'кітап', 'мектеп', 'жауап', 'есеп', 'талап', 'себеп', 'сынып', 'тәртіп', 'кәсіп',
  // -ын/-ін look like the possessive + accusative (тұрғ-ы-н)
  'тұрғын', 'ойын', 'алтын', 'бүгін', 'жиын', 'келін', 'ағын', 'орын', 'мұрын', 'ерін', 'тегін',
  'түсін', 'көрін', 'ұсын',
  // -дан/-тан look like the ablative
  'аудан', 'майдан', 'бостан', 'сұлтан', 'қазақстан', 'өзбекстан', 'түрікменстан', 'қырғызстан',
  'тәжікстан', 'ауғанстан', 'пәкістан', 'үндістан', 'татарстан', 'дағыстан', 'башқұртстан',
  // -ы/-і, -сы/-сі, -шы/-ші look like the possessive or the agent noun
  'іні', 'сіңлі', 'қажы', 'жақсы', 'қарсы', 'шаршы', 'алматы', 'отбасы', 'кісі', 'көрші', 'ақы',
  'жалақы', 'зейнетақы', 'жәрдемақы',
  // -та/-де look like the locative
  'апта',
  // -сы after ы/і, which the sound rules refuse elsewhere (жартысы is жарты + сы)
  'жарты',
  // nouns whose possessive + accusative reading (Отан-ы, кеңес-і-н, азамат-ы-н) competes with a
  // shorter stem + a suffix (ота + ны, кеңе + сі, азам + атын); common in the texts we index
  'отан', 'кеңес', 'азамат', 'құжат', 'ақпарат', 'мемлекет', 'сурет',
];

/**
 * Verbs ending in -а/-е whose past (жасады = жаса + -ды) reads like the
 * present of a shorter root (жас + -ады). The present reading is refused
 * for them, so жасады, жасау, жасаған all reach жаса.
 */
export const VOWEL_FINAL_VERBS: readonly string[] = [
  'ойла', 'жаса', 'сақта', 'баста', 'қара', 'сана', 'сөйле', 'ізде', 'дайында', 'тазала', 'жина',
  'байла', 'арна', 'тыңда', 'сына', 'қабылда', 'қолда', 'анықта', 'жоспарла', 'қамта', 'төле', 'сұра',
  'бағала', 'өңде', 'есепте', 'сипатта', 'тұрақта',
  'істе', 'тірке', 'жалда', 'тағайында', 'ресімде', 'раста', 'ойна', 'жөнде', 'сайла',
];

/**
 * Time and place words that take the adjective suffix -ғы/-гі/-қы/-кі
 * directly (2024 жылғы, қазіргі, бүгінгі, кешегі, ішкі, сыртқы); elsewhere the
 * suffix follows only the locative (Алматыдағы). A closed list, because
 * after any other root the same letters are a к/қ-final noun + possessive
 * (жүрегі is жүрек + і, құлағы is құлақ + ы).
 */
export const TIME_PLACE_ROOTS: readonly string[] = [
  'жыл', 'биыл', 'былтыр', 'қазір', 'бүгін', 'кеше', 'ертең', 'бұрын', 'кейін', 'соң', 'әуел',
  'жаз', 'күз', 'қыс', 'көктем', 'таң', 'түн', 'кеш', 'күндіз', 'іш', 'сырт', 'арт',
];

/**
 * Roots that drop their last vowel before a vowel-initial suffix (халық →
 * халқы, орын → орны); the stemmer restores them.
 */
export const ELIDED_ROOTS: readonly string[] = [
  'халық', 'орын', 'мұрын', 'ауыз', 'ерін', 'қарын', 'мойын', 'көңіл', 'әріп', 'нарық', 'ғұрып', 'парық',
];
