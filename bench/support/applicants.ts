/**
 * Made-up applicants for load: Kazakh names in Cyrillic and, for a share of
 * those writing from abroad, in Latin; Kazakhstani mobile numbers; valid
 * IINs. Deterministic in the index, so runs are comparable.
 */
import { iinCheckDigit } from '../../src/lib/identity';
import { toPassportLatin } from '../../src/lib/text/transliteration';

export const maleNames = [
  'Нұрлан', 'Ерлан', 'Серік', 'Бауыржан', 'Қайрат', 'Асқар', 'Дәурен', 'Ерболат', 'Жанболат', 'Мұрат', 'Талғат', 'Бекзат',
  'Арман', 'Нұрсұлтан', 'Әлібек', 'Ғалым', 'Дархан', 'Ержан', 'Қанат', 'Мейрам', 'Олжас', 'Рустем', 'Сәкен', 'Тимур',
  'Ұлан', 'Шыңғыс', 'Айдос', 'Бағдат', 'Ділмұрат', 'Жасұлан', 'Кенжебек', 'Марат', 'Нұржан', 'Саят', 'Төлеген', 'Азамат',
  'Болат', 'Дидар', 'Жомарт', 'Исатай', 'Қуаныш', 'Мақсат', 'Нұрбол', 'Руслан', 'Самат', 'Темірлан', 'Үсен', 'Ілияс',
];
export const femaleNames = [
  'Айгүл', 'Гүлнар', 'Жанар', 'Сәуле', 'Динара', 'Әсел', 'Айнұр', 'Бибігүл', 'Гаухар', 'Дана', 'Жібек', 'Зере', 'Камила',
  'Ләззат', 'Мөлдір', 'Нұргүл', 'Салтанат', 'Толқын', 'Ұлжан', 'Шынар', 'Айдана', 'Балжан', 'Гүлмира', 'Ақмарал', 'Меруерт',
  'Назерке', 'Перизат', 'Раушан', 'Сабина', 'Томирис', 'Әйгерім', 'Қарлығаш',
];
/** Fathers' names that surnames are made from: Жұмабай → Жұмабаев, Жұмабаева, Жұмабайұлы. */
const surnameRoots = [
  'Жұмабай', 'Сейіт', 'Әбдірахман', 'Қасым', 'Нұрпейіс', 'Байжан', 'Тоқтар', 'Оспан', 'Ахмет', 'Бекмұхамбет', 'Дүйсен',
  'Есен', 'Жақсылық', 'Ибрай', 'Кәрім', 'Мұхамед', 'Омар', 'Сарсен', 'Тұрсын', 'Шәріп', 'Әлімжан', 'Бейсен', 'Ермек',
  'Құдайберген', 'Мырзахмет', 'Нәбиев', 'Рахым', 'Сұлтан', 'Уәли', 'Хасен', 'Шәкен', 'Ысқақ', 'Абай', 'Бақыт', 'Жүсіп',
  'Қалиев', 'Мамыр', 'Оразалы', 'Сағынтай', 'Төле', 'Айтбай', 'Бөкей', 'Дәулет', 'Елеу', 'Жанұзақ', 'Ислям', 'Қожахмет',
  'Мәжит', 'Нұрғали', 'Сейфулла',
];

function surname(root: string, female: boolean, patronymic: boolean): string {
  const stem = root.replace(/(ев|ов)$/, '');
  if (patronymic) return `${stem}${female ? 'қызы' : 'ұлы'}`;
  const [base, ending] = stem.endsWith('й') ? [stem.slice(0, -1), 'ев'] : /[аәеоөұүыіи]$/.test(stem) ? [stem, 'ев'] : [stem, 'ов'];
  return `${base}${ending}${female ? 'а' : ''}`;
}

/** A well-spread pseudo-random number from an index, without state. */
export function spread(n: number, salt: number): number {
  let x = (n * 2654435761 + salt * 40503) >>> 0;
  x ^= x >>> 15;
  x = Math.imul(x, 2246822519) >>> 0;
  x ^= x >>> 13;
  return x >>> 0;
}

/** Every distinct full name the generator makes, Cyrillic and Latin. */
export function allNames(): string[] {
  const names: string[] = [];
  for (const patronymic of [false, true]) {
    for (const root of surnameRoots) {
      for (const [list, female] of [[maleNames, false], [femaleNames, true]] as const) {
        for (const first of list) {
          const cyrillic = `${surname(root, female, patronymic)} ${first}`;
          names.push(cyrillic);
          if (!patronymic) names.push(toPassportLatin(cyrillic, 'kk'));
        }
      }
    }
  }
  return [...new Set(names)];
}

export function validIin(n: number): string {
  const year = 50 + (n % 50);
  const month = 1 + (spread(n, 1) % 12);
  const day = 1 + (spread(n, 2) % 28);
  const marker = spread(n, 3) % 2 ? '3' : '4';
  for (let serial = spread(n, 4) % 9000; ; serial += 1) {
    const first11 = `${String(year).padStart(2, '0')}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}${marker}${String(serial).padStart(4, '0')}`;
    const check = iinCheckDigit(first11);
    if (check !== null) return `${first11}${check}`;
  }
}

/** A mobile number in the form people type it; the server stores +7XXXXXXXXXX. */
export function phoneOf(n: number): string {
  const operator = ['701', '702', '705', '707', '747', '771', '775', '777'][n % 8]!;
  const rest = String(1_000_000 + (n % 9_000_000)).slice(-7);
  return `+7 ${operator} ${rest.slice(0, 3)} ${rest.slice(3, 5)} ${rest.slice(5)}`;
}

export const appealMessages = [
  'Сәлеметсіз бе! Қандас мәртебесін алу үшін қандай құжаттар керек? Моңғолиядан көшіп келдік.',
  'Қандас мәртебесін ұзарту туралы сұрағым бар. Мәртебенің мерзімі келесі айда бітеді.',
  'Здравствуйте! Подскажите, как получить квоту на переселение в Павлодарскую область?',
  'Тұрғын үй алу кезегіне қалай тұруға болады? Отбасымызда бес адам бар.',
  'Добрый день. Когда будет выплачена субсидия на переезд? Документы сдали два месяца назад.',
  'Балаларды мектепке орналастыруға көмек керек. Құжаттарымыз Қытайдан келді.',
  'Hello, I would like to know how to apply for kandas status from Turkey.',
  'Жұмысқа орналасу бағдарламасына қатысқым келеді, қайда жүгінуім керек?',
];
