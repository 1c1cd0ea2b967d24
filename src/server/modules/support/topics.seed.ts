import type { LocalizedText, TopicDocument, TopicField } from './support.tables';

/**
 * The support center's topics as the foundation's report lists them. The
 * deadlines follow the Administrative Procedure Code (15 working days for an
 * appeal, shorter for consultations); admins change them in the console.
 */
type TopicSeed = {
  code: string;
  name: LocalizedText;
  description: LocalizedText;
  team: 'front_office' | 'back_office' | 'contact_center';
  deadlineWorkingDays: number;
  fields: TopicField[];
  documents: TopicDocument[];
  keywords: string;
};

const doc = (code: string, kk: string, ru: string, en: string, required = true): TopicDocument => ({ code, name: { kk, ru, en }, required });

const countryField: TopicField = {
  code: 'country_of_origin',
  datatype: 'string',
  required: false,
  label: { kk: 'Қай елден келдіңіз', ru: 'Страна прибытия', en: 'Country you came from' },
};
const passport = doc('foreign_passport', 'Шетелдік паспорт', 'Иностранный паспорт', 'Foreign passport');
const photo = doc('photo', 'Фотосурет', 'Фотография', 'Photograph', false);

export const topicSeeds: TopicSeed[] = [
  {
    code: 'iin',
    name: { kk: 'ЖСН алу', ru: 'Получение ИИН', en: 'Getting an IIN' },
    description: { kk: 'Жеке сәйкестендіру нөмірін алу және түзету', ru: 'Получение и исправление индивидуального идентификационного номера', en: 'Getting or correcting the individual identification number' },
    team: 'front_office',
    deadlineWorkingDays: 5,
    fields: [countryField],
    documents: [passport, doc('notarized_translation', 'Паспорттың нотариат куәландырған аудармасы', 'Нотариально заверенный перевод паспорта', 'Notarised translation of the passport')],
    keywords: 'ЖСН ИИН IIN',
  },
  {
    code: 'kandas_status',
    name: { kk: 'Қандас мәртебесі', ru: 'Статус кандаса', en: 'Kandas status' },
    description: { kk: 'Қандас мәртебесін алу, ұзарту, куәлік', ru: 'Присвоение и продление статуса кандаса, удостоверение', en: 'Granting or extending kandas status; the certificate' },
    team: 'front_office',
    deadlineWorkingDays: 10,
    fields: [
      countryField,
      {
        code: 'family_size',
        datatype: 'number',
        required: false,
        label: { kk: 'Отбасы мүшелерінің саны', ru: 'Число членов семьи', en: 'Family members' },
      },
    ],
    documents: [passport, doc('birth_certificate', 'Туу туралы куәлік', 'Свидетельство о рождении', 'Birth certificate'), doc('nationality_proof', 'Ұлтын растайтын құжат', 'Документ, подтверждающий национальность', 'Document showing Kazakh nationality'), photo],
    keywords: 'қандас кандас оралман',
  },
  {
    code: 'temporary_registration',
    name: { kk: 'Уақытша тіркеу', ru: 'Временная регистрация', en: 'Temporary registration' },
    description: { kk: 'Тұрғылықты жері бойынша уақытша тіркелу', ru: 'Временная регистрация по месту пребывания', en: 'Temporary registration at the place of stay' },
    team: 'front_office',
    deadlineWorkingDays: 5,
    fields: [],
    documents: [passport, doc('housing_consent', 'Үй иесінің келісімі', 'Согласие собственника жилья', "Home owner's consent")],
    keywords: 'тіркеу прописка регистрация',
  },
  {
    code: 'residence_permit',
    name: { kk: 'Ықтиярхат', ru: 'Вид на жительство', en: 'Residence permit' },
    description: { kk: 'Тұруға ықтиярхат алу және ұзарту', ru: 'Получение и продление вида на жительство', en: 'Getting or extending a residence permit' },
    team: 'back_office',
    deadlineWorkingDays: 15,
    fields: [countryField],
    documents: [passport, doc('medical_certificate', 'Медициналық анықтама', 'Медицинская справка', 'Medical certificate'), doc('no_criminal_record', 'Сотталмағаны туралы анықтама', 'Справка об отсутствии судимости', 'Certificate of no criminal record'), photo],
    keywords: 'ықтиярхат ВНЖ residence',
  },
  {
    code: 'citizenship',
    name: { kk: 'Азаматтық', ru: 'Гражданство', en: 'Citizenship' },
    description: { kk: 'ҚР азаматтығын қабылдау, бұрынғы азаматтықтан шығу', ru: 'Приём в гражданство РК, выход из прежнего гражданства', en: 'Acquiring citizenship of Kazakhstan; renouncing a former one' },
    team: 'back_office',
    deadlineWorkingDays: 15,
    fields: [
      countryField,
      {
        code: 'former_citizenship_renounced',
        datatype: 'singlevaluelist',
        required: false,
        label: { kk: 'Бұрынғы азаматтықтан шықтыңыз ба', ru: 'Вышли ли вы из прежнего гражданства', en: 'Former citizenship renounced' },
        values: [
          { key: 'yes', name: { kk: 'Иә', ru: 'Да', en: 'Yes' } },
          { key: 'in_progress', name: { kk: 'Процесте', ru: 'В процессе', en: 'In progress' } },
          { key: 'no', name: { kk: 'Жоқ', ru: 'Нет', en: 'No' } },
        ],
      },
    ],
    documents: [passport, doc('residence_permit', 'Ықтиярхат', 'Вид на жительство', 'Residence permit'), doc('renunciation', 'Азаматтықтан шығу туралы құжат', 'Документ о выходе из гражданства', 'Proof of renunciation', false), photo],
    keywords: 'азаматтық гражданство citizenship',
  },
  {
    code: 'regional_quota',
    name: { kk: 'Өңірлік квота және көшуге көмек', ru: 'Региональная квота и помощь при переселении', en: 'Regional quota and relocation aid' },
    description: { kk: 'Өңірлік квотаға енгізу, көшу және тұрғын үй жалдау субсидиялары', ru: 'Включение в региональную квоту, субсидии на переезд и аренду жилья', en: 'Inclusion in the regional quota; subsidies for moving and rent' },
    team: 'front_office',
    deadlineWorkingDays: 10,
    fields: [
      {
        code: 'target_region',
        datatype: 'string',
        required: false,
        label: { kk: 'Көшкіңіз келетін өңір', ru: 'Регион переселения', en: 'Region you want to move to' },
      },
      {
        code: 'family_size',
        datatype: 'number',
        required: false,
        label: { kk: 'Отбасы мүшелерінің саны', ru: 'Число членов семьи', en: 'Family members' },
      },
    ],
    documents: [doc('kandas_certificate', 'Қандас куәлігі', 'Удостоверение кандаса', 'Kandas certificate'), doc('family_composition', 'Отбасы құрамы туралы анықтама', 'Справка о составе семьи', 'Family composition certificate')],
    keywords: 'квота көшу переселение субсидия',
  },
  {
    code: 'housing',
    name: { kk: 'Тұрғын үй', ru: 'Жильё', en: 'Housing' },
    description: { kk: 'Тұрғын үй кезегі, жалдау, баспана бағдарламалары', ru: 'Очередь на жильё, аренда, жилищные программы', en: 'Housing queue, renting, housing programmes' },
    team: 'front_office',
    deadlineWorkingDays: 15,
    fields: [],
    documents: [doc('kandas_certificate', 'Қандас куәлігі', 'Удостоверение кандаса', 'Kandas certificate', false)],
    keywords: 'баспана тұрғын үй жильё',
  },
  {
    code: 'employment',
    name: { kk: 'Жұмыспен қамту', ru: 'Трудоустройство', en: 'Employment' },
    description: { kk: 'Жұмыс іздеу, оқыту, кәсіпкерлікке гранттар', ru: 'Поиск работы, обучение, гранты на предпринимательство', en: 'Finding work, training, business grants' },
    team: 'front_office',
    deadlineWorkingDays: 10,
    fields: [
      {
        code: 'profession',
        datatype: 'string',
        required: false,
        label: { kk: 'Мамандығыңыз', ru: 'Ваша профессия', en: 'Your profession' },
      },
    ],
    documents: [doc('diploma', 'Диплом', 'Диплом', 'Diploma', false)],
    keywords: 'жұмыс работа job',
  },
  {
    code: 'education',
    name: { kk: 'Білім және дипломдар', ru: 'Образование и дипломы', en: 'Education and diplomas' },
    description: { kk: 'Оқуға түсу, квота, шетелдік дипломды тану (нострификация)', ru: 'Поступление, квота на обучение, признание иностранных дипломов (нострификация)', en: 'Admission, study quotas, recognition of foreign diplomas' },
    team: 'back_office',
    deadlineWorkingDays: 15,
    fields: [],
    documents: [doc('diploma', 'Диплом және қосымшасы', 'Диплом с приложением', 'Diploma with transcript'), doc('diploma_translation', 'Дипломның аудармасы', 'Перевод диплома', 'Translation of the diploma')],
    keywords: 'диплом нострификация оқу учёба',
  },
  {
    code: 'social_benefits',
    name: { kk: 'Әлеуметтік төлемдер және зейнетақы', ru: 'Социальные выплаты и пенсии', en: 'Social benefits and pensions' },
    description: { kk: 'Жәрдемақылар, зейнетақы, медициналық сақтандыру', ru: 'Пособия, пенсии, медицинское страхование', en: 'Allowances, pensions, health insurance' },
    team: 'back_office',
    deadlineWorkingDays: 15,
    fields: [],
    documents: [],
    keywords: 'зейнетақы пенсия жәрдемақы пособие',
  },
  {
    code: 'other',
    name: { kk: 'Басқа сұрақ', ru: 'Другой вопрос', en: 'Other question' },
    description: { kk: 'Басқа тақырыптағы өтініштер мен ұсыныстар', ru: 'Обращения и предложения на другие темы', en: 'Appeals and suggestions on other subjects' },
    team: 'contact_center',
    deadlineWorkingDays: 15,
    fields: [],
    documents: [],
    keywords: '',
  },
];
