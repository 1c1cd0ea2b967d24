import type { LocalizedText } from './support.tables';

/** A few ready answers so the console is usable on day one; the knowledge base will supply more. */
export const cannedAnswerSeeds: Array<{ title: LocalizedText; body: LocalizedText; topicCode: string | null }> = [
  {
    title: { kk: 'Өтініш қабылданды', ru: 'Обращение принято', en: 'Appeal received' },
    body: {
      kk: 'Сәлеметсіз бе! Өтінішіңіз қабылданды және маманға жіберілді. Жауапты белгіленген мерзімде аласыз.',
      ru: 'Здравствуйте! Ваше обращение принято и передано специалисту. Ответ вы получите в установленный срок.',
      en: 'Hello! Your appeal has been received and passed to a specialist. You will get an answer within the set time.',
    },
    topicCode: null,
  },
  {
    title: { kk: 'ЖСН алу тәртібі', ru: 'Порядок получения ИИН', en: 'How to get an IIN' },
    body: {
      kk: 'ЖСН алу үшін шетелдік паспортыңызбен және оның нотариат куәландырған аудармасымен кез келген ХҚКО-ға немесе біздің өңірлік кеңсемізге келіңіз. ЖСН бір жұмыс күнінде беріледі.',
      ru: 'Для получения ИИН обратитесь в любой ЦОН или в наш региональный фронт-офис с иностранным паспортом и его нотариально заверенным переводом. ИИН выдаётся в течение одного рабочего дня.',
      en: 'To get an IIN, come to any public service center or to our regional front office with your foreign passport and its notarised translation. The IIN is issued within one working day.',
    },
    topicCode: 'iin',
  },
  {
    title: { kk: 'Қандас мәртебесіне құжаттар', ru: 'Документы для статуса кандаса', en: 'Documents for kandas status' },
    body: {
      kk: 'Қандас мәртебесін алу үшін: шетелдік паспорт, туу туралы куәлік, ұлтыңызды растайтын құжат және фотосурет қажет. Құжаттарды тұратын жеріңіздегі көші-қон қызметіне тапсырасыз.',
      ru: 'Для получения статуса кандаса нужны: иностранный паспорт, свидетельство о рождении, документ, подтверждающий национальность, и фотография. Документы подаются в миграционную службу по месту проживания.',
      en: 'For kandas status you need your foreign passport, birth certificate, a document showing your Kazakh nationality and a photograph. You submit them to the migration service where you live.',
    },
    topicCode: 'kandas_status',
  },
  {
    title: { kk: 'Қосымша ақпарат қажет', ru: 'Нужны дополнительные сведения', en: 'More information needed' },
    body: {
      kk: 'Өтінішіңізді қарау үшін қосымша ақпарат керек. Құжаттарыңыздың көшірмесін осы өтінішке жауап ретінде жіберіңіз.',
      ru: 'Для рассмотрения обращения нужны дополнительные сведения. Пришлите, пожалуйста, копии документов в ответ на это сообщение.',
      en: 'We need more information to consider your appeal. Please send copies of your documents in reply to this message.',
    },
    topicCode: null,
  },
];
