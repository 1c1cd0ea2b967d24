/**
 * Stop words: the function words that carry no search meaning (conjunctions,
 * postpositions, pronouns, particles, auxiliaries). Small lists written for
 * Otandas; they are matched on the surface form before stemming (folded for
 * Kazakh, so "және" and "жане" both go).
 */
import { foldKazakh } from './fold';

export type SearchLanguage = 'kk' | 'ru' | 'en';

const kk = `
және мен бен пен да де та те ал бірақ алайда әрі не немесе я яғни әйтпесе егер онда сонда
себебі өйткені сондықтан сонымен дегенмен тіпті тек қана ғана ақ ма ме ба бе па пе ше ғой қой
үшін туралы арқылы бойынша жөнінде дейін шейін кейін соң бері қарай сияқты секілді тәрізді сайын
бойы ретінде қатысты арасында ішінде
мен сен сіз ол біз сендер сіздер олар менің сенің сіздің оның біздің олардың маған саған сізге
оған бізге оларға мені сені сізді оны бізді оларды өз өзі өзім өзіміз өздері
бұл осы сол мына анау мынау бұның осының соның мұның бұған осыған соған мұнда осында
бұдан одан содан бұл осындай сондай мұндай
кім не қай қандай қашан қайда неге неліктен қалай қанша неше
әр барлық бәрі басқа кейбір еш ешкім ештеңе бір
өте ең аса тым әлі енді тағы әрдайым да
емес еді екен деп деді дейді деген дегенде
`;

const ru = `
и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по только ее её мне
было вот от меня еще ещё нет о из ему когда даже ну ли если уже или ни быть был него до вас
там потом себя ей может они тут где есть надо ней для мы тебя их чем была сам без будто чего
раз тоже себе под будет ж тогда кто этот того потому этого какой ним здесь этом почти мой тем
чтобы нее были куда зачем всех можно при об другой хоть после над больше тот через эти нас про
всего них какая много разве эту моя свою этой перед том такой им более всегда между это также
который которая которые которых которого
`;

const en = `
a an the and or but nor of to in on at for with by from as into onto about over under up down
out off than then so too very is are was were be been being am do does did doing have has had
having will would shall should can could may might must it its this that these those he she they
we you i me my our your their his her them us him not no yes if when where which who whom whose
what why how all any both each few more most other some such only own same just also there here
`;

function wordSet(list: string): ReadonlySet<string> {
  return new Set(list.split(/\s+/u).filter(Boolean));
}

export const stopWords: Readonly<Record<SearchLanguage, ReadonlySet<string>>> = {
  kk: wordSet(kk),
  ru: wordSet(ru),
  en: wordSet(en),
};

const kkFolded: ReadonlySet<string> = new Set([...stopWords.kk].map(foldKazakh));

/** Whether a lower-case word is a stop word of the language (Kazakh compared folded). */
export function isStopWord(word: string, lang: SearchLanguage): boolean {
  if (lang === 'kk') return kkFolded.has(foldKazakh(word));
  return stopWords[lang].has(word);
}
