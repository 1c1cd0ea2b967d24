/**
 * Domain synonyms and abbreviations for query planning: people ask the
 * knowledge base and the support centre with an abbreviation (ИИН for ЖСН),
 * a Russian term in a Kazakh question (ВНЖ for ықтиярхат) or a colloquial
 * word (прописка). Each group below lists terms that mean the same thing in
 * Kazakh, Russian and English; a query word or a run of query words equal
 * to one term is searched as any term of its groups (see searchPlan).
 *
 * Only queries are expanded: documents are indexed as before.
 *
 * Terms are cut into words and keyed with the same pipeline as documents
 * (segments → words → wordKeys), at module load. Stop words inside a term
 * are left out, as they are in queries. A term matches query words when,
 * word by word, the term word's keys and the query word's keys share one.
 *
 * Weighting: an expanded word stays ONE term of the plan (its keys and the
 * group's alternatives OR-ed), so ranking.ts counts its document frequency
 * over the union of the group. The group is thus weighted like its most
 * common member, or a little lower: the concept's own document frequency.
 * This is deliberate: weighting by the rarest member would let a rare
 * spelling (IIN) lend a high idf to a common concept (ЖСН), so that the
 * expanded word outvoted the other words of the question.
 *
 * Keep groups to terms that are interchangeable in this domain; a term
 * whose keys are ambiguous in everyday Kazakh (тану: to recognise, таң:
 * morning, both key тан) is left out rather than drag in unrelated texts.
 */
import { segments, wordKeys, words } from './tokens';

export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  // Documents and identity
  ['ЖСН', 'ИИН', 'IIN', 'жеке сәйкестендіру нөмірі', 'индивидуальный идентификационный номер', 'individual identification number'],
  ['БСН', 'БИН', 'BIN', 'бизнес сәйкестендіру нөмірі'],
  ['жеке куәлік', 'удостоверение личности', 'ID card', 'identity card'],
  ['төлқұжат', 'паспорт', 'passport'],
  ['туу туралы куәлік', 'свидетельство о рождении', 'birth certificate'],
  ['неке туралы куәлік', 'свидетельство о браке', 'marriage certificate'],
  ['анықтама', 'справка'],
  ['апостиль', 'apostille'],
  ['нотариус', 'notary'],
  ['аударма', 'перевод', 'translation'],
  ['құжат', 'документ', 'document'],
  ['өтініш', 'арыз', 'заявление', 'application'],
  ['жүргізуші куәлігі', 'водительское удостоверение', 'водительские права', 'driving licence', "driver's license"],
  ['виза', 'visa'],
  ['шекара', 'граница', 'border'],
  ['кеден', 'таможня', 'customs'],
  // Status and residence
  ['ықтиярхат', 'тұруға рұқсат', 'вид на жительство', 'ВНЖ', 'residence permit'],
  ['азаматтық', 'гражданство', 'citizenship'],
  ['азамат', 'гражданин', 'citizen'],
  ['қандас', 'оралман', 'кандас', 'репатриант', 'repatriate', 'oralman'],
  ['қандас мәртебесі', 'статус кандаса', 'kandas status'],
  ['отандас', 'соотечественник', 'compatriot'],
  ['көші-қон', 'миграция', 'migration'],
  ['көші-қон полициясы', 'миграционная полиция', 'migration police'],
  ['көшіп келу', 'переселение', 'resettlement', 'relocation'],
  ['тіркеу', 'тіркелу', 'регистрация', 'прописка', 'registration'],
  ['тіркеуден шығу', 'выписка', 'deregistration'],
  ['тұрақты тұру', 'постоянное проживание', 'permanent residence'],
  ['уақытша тұру', 'временное проживание', 'temporary residence'],
  ['босқын', 'беженец', 'refugee'],
  ['шетелдік', 'иностранец', 'foreigner'],
  ['азаматтығы жоқ адам', 'лицо без гражданства', 'апатрид', 'stateless person'],
  // Offices and services
  ['ХҚКО', 'ЦОН', 'халыққа қызмет көрсету орталығы', 'центр обслуживания населения', 'public service centre', 'public service center'],
  ['электрондық үкімет', 'eGov', 'электронное правительство', 'e-government'],
  ['ЭЦҚ', 'ЭЦП', 'электрондық цифрлық қолтаңба', 'электронная цифровая подпись', 'digital signature'],
  ['әкімдік', 'акимат', 'akimat'],
  ['Еңбек министрлігі', 'Минтруда', 'Ministry of Labour'],
  ['ІІМ', 'МВД', 'Ішкі істер министрлігі', 'Министерство внутренних дел', 'Ministry of Internal Affairs'],
  ['СІМ', 'МИД', 'Сыртқы істер министрлігі', 'Министерство иностранных дел', 'Ministry of Foreign Affairs'],
  ['елшілік', 'посольство', 'embassy'],
  ['консулдық', 'консульство', 'consulate'],
  ['бейімдеу орталығы', 'центр адаптации', 'adaptation centre', 'adaptation center'],
  ['кірігу', 'интеграция', 'integration'],
  ['бейімделу', 'адаптация', 'adaptation'],
  // Programmes and support
  ['квота', 'өңірлік квота', 'региональная квота', 'quota'],
  ['субсидия', 'көшуге көмек', 'subsidy'],
  ['жәрдемақы', 'пособие', 'benefit', 'allowance'],
  ['зейнетақы', 'пенсия', 'pension'],
  ['зейнеткер', 'пенсионер', 'pensioner'],
  ['әлеуметтік көмек', 'социальная помощь', 'social assistance', 'social support'],
  ['атаулы әлеуметтік көмек', 'АӘК', 'АСП', 'адресная социальная помощь', 'targeted social assistance'],
  ['мүгедектік', 'инвалидность', 'disability'],
  ['көп балалы отбасы', 'многодетная семья', 'large family'],
  ['баспана', 'тұрғын үй', 'жильё', 'жилье', 'housing'],
  ['жалдамалы тұрғын үй', 'арендное жильё', 'арендное жилье', 'rental housing'],
  ['ипотека', 'mortgage'],
  ['несие', 'кредит', 'credit', 'loan'],
  ['жер телімі', 'земельный участок', 'land plot'],
  ['салық', 'налог', 'tax'],
  ['жұмыс', 'жұмысқа орналасу', 'трудоустройство', 'работа', 'employment', 'job'],
  ['жұмыссыз', 'безработный', 'unemployed'],
  ['еңбек шарты', 'трудовой договор', 'employment contract'],
  ['кәсіпкерлік', 'предпринимательство', 'entrepreneurship'],
  ['жеке кәсіпкер', 'ЖК', 'ИП', 'индивидуальный предприниматель', 'sole proprietor'],
  ['Еңбек биржасы', 'электронная биржа труда', 'Enbek.kz'],
  ['кәсіптік оқыту', 'профессиональное обучение', 'vocational training'],
  // Education and health
  ['диплом', 'білім туралы құжат', 'документ об образовании', 'diploma'],
  ['нострификация', 'nostrification', 'дипломды тану', 'признание диплома'],
  ['мектеп', 'школа', 'school'],
  ['балабақша', 'детский сад', 'детсад', 'kindergarten'],
  ['университет', 'жоғары оқу орны', 'ЖОО', 'вуз', 'university'],
  ['колледж', 'college'],
  ['ҰБТ', 'ЕНТ', 'ұлттық бірыңғай тестілеу', 'единое национальное тестирование', 'UNT'],
  ['грант', 'оқу гранты', 'grant', 'scholarship'],
  ['тіл курстары', 'языковые курсы', 'language courses'],
  ['мемлекеттік тіл', 'государственный язык', 'state language'],
  ['медициналық сақтандыру', 'МӘМС', 'ОСМС', 'міндетті әлеуметтік медициналық сақтандыру', 'обязательное социальное медицинское страхование', 'health insurance'],
  ['емхана', 'поликлиника', 'clinic'],
  ['аурухана', 'больница', 'hospital'],
  ['дәрігер', 'врач', 'doctor'],
  ['мұғалім', 'ұстаз', 'учитель', 'teacher'],
  ['емтихан', 'exam', 'examination'],
  // Everyday synonyms of the domain (general Kazakh, not drawn from any test collection)
  ['ақпарат', 'мәлімет', 'информация', 'information'],
  ['сұрақ', 'сауал', 'вопрос', 'question'],
  ['жалақы', 'еңбекақы', 'зарплата', 'salary', 'wage'],
  ['пәтер', 'квартира', 'apartment', 'flat'],
  ['жалдау', 'жалға алу', 'аренда', 'rent'],
  ['өтемақы', 'компенсация', 'compensation'],
  ['жеңілдік', 'льгота'],
  ['мекенжай', 'адрес', 'address'],
  ['тұрғылықты жер', 'место жительства', 'place of residence'],
  ['еңбек өтілі', 'жұмыс өтілі', 'трудовой стаж', 'work experience'],
  ['айыппұл', 'штраф'],
  ['сот', 'суд', 'court'],
  ['сақтандыру', 'страхование', 'insurance'],
  ['туыс', 'туысқан', 'родственник', 'relative'],
  ['тегін', 'бесплатно', 'бесплатный', 'free of charge'],
  ['неке', 'брак', 'marriage'],
  ['ажырасу', 'развод', 'divorce'],
  ['мерзім', 'срок', 'deadline'],
];

/** One term as its words' keys, stop words left out: [[keys of word 1], [keys of word 2], …]. */
export type TermKeys = string[][];

export type SynonymGroup = { terms: string[]; keys: TermKeys[] };

function termKeys(term: string): TermKeys {
  const out: TermKeys = [];
  for (const segment of segments(term)) {
    for (const word of words(segment)) {
      const keys = [...new Set(wordKeys(word, segment.lang))];
      if (keys.length) out.push(keys);
    }
  }
  return out;
}

/** The groups as keys, computed once. */
export const synonymGroups: readonly SynonymGroup[] = SYNONYM_GROUPS.map((terms) => ({
  terms: [...terms],
  keys: terms.map(termKeys).filter((keys) => keys.length > 0),
}));

/** The longest term, in words: how far a match is looked for. */
const MAX_TERM_WORDS = Math.max(...synonymGroups.flatMap((g) => g.keys.map((k) => k.length)));

/** Terms by the first key of their first word, for lookup. */
const byFirstKey = new Map<string, Array<{ group: number; term: TermKeys }>>();
synonymGroups.forEach((group, index) => {
  for (const term of group.keys) {
    for (const key of term[0]!) {
      const list = byFirstKey.get(key) ?? [];
      list.push({ group: index, term });
      byFirstKey.set(key, list);
    }
  }
});

const shares = (a: string[], b: string[]) => a.some((key) => b.includes(key));

export type SynonymMatch = {
  /** Index of the first query word of the match. */
  start: number;
  /** How many query words the match covers. */
  length: number;
  /** Every term of the matched groups, as keys (the matched term among them). */
  alternatives: TermKeys[];
};

/**
 * The longest term starting at query word `start`, given each query word's
 * keys, with the alternatives of every group holding a term of that length
 * there; null when no term starts there.
 */
export function synonymMatchAt(wordKeysList: string[][], start: number): SynonymMatch | null {
  const candidates = new Map<string, { group: number; term: TermKeys }>();
  for (const key of wordKeysList[start] ?? []) {
    for (const entry of byFirstKey.get(key) ?? []) candidates.set(`${entry.group}:${JSON.stringify(entry.term)}`, entry);
  }
  if (!candidates.size) return null;
  for (let length = Math.min(MAX_TERM_WORDS, wordKeysList.length - start); length >= 1; length--) {
    const groups = new Set<number>();
    for (const { group, term } of candidates.values()) {
      if (term.length !== length) continue;
      if (term.every((keys, i) => shares(keys, wordKeysList[start + i]!))) groups.add(group);
    }
    if (!groups.size) continue;
    const seen = new Set<string>();
    const alternatives: TermKeys[] = [];
    for (const group of [...groups].sort((a, b) => a - b)) {
      for (const term of synonymGroups[group]!.keys) {
        const id = JSON.stringify(term);
        if (!seen.has(id)) {
          seen.add(id);
          alternatives.push(term);
        }
      }
    }
    return { start, length, alternatives };
  }
  return null;
}
