/**
 * What the bot says to applicants, in the three languages. These texts go
 * out through Telegram, not the console, so they live with the channel.
 */
export type BotLanguage = 'kk' | 'ru' | 'en';

type Texts = {
  welcome: string;
  caseCreated: (number: string, accessCode: string | null) => string;
  replyHeader: (number: string) => string;
  noText: string;
  fileNotReceived: string;
  fileNotAccepted: string;
};

export const botTexts: Record<BotLanguage, Texts> = {
  kk: {
    welcome: 'Сәлеметсіз бе! Өтінішіңізді осында жазыңыз: мәтін, фото немесе құжат жіберуге болады. Біз оны тіркеп, нөмірін хабарлаймыз.',
    caseCreated: (number, code) =>
      `Өтінішіңіз тіркелді: № ${number}.${code ? ` Қол жеткізу коды: ${code}. Оны порталда өтініш күйін көру үшін сақтаңыз.` : ''} Жауап осы чатқа келеді; қосымша мәліметті осында жаза беріңіз.`,
    replyHeader: (number) => `№ ${number} өтініш бойынша жауап`,
    noText: '[Мәтінсіз файл]',
    fileNotReceived: '[Тіркелген файлды алу мүмкін болмады.]',
    fileNotAccepted: '[Тіркелген файл қабылданбады: тек PDF, суреттер және кеңсе құжаттары, 5 МБ дейін.]',
  },
  ru: {
    welcome: 'Здравствуйте! Напишите здесь своё обращение: можно отправить текст, фото или документ. Мы зарегистрируем его и сообщим номер.',
    caseCreated: (number, code) =>
      `Ваше обращение зарегистрировано: № ${number}.${code ? ` Код доступа: ${code}. Сохраните его, чтобы смотреть статус на портале.` : ''} Ответ придёт в этот чат; дополнения пишите сюда же.`,
    replyHeader: (number) => `Ответ по обращению № ${number}`,
    noText: '[Файл без текста]',
    fileNotReceived: '[Приложенный файл получить не удалось.]',
    fileNotAccepted: '[Приложенный файл не принят: только PDF, изображения и офисные документы до 5 МБ.]',
  },
  en: {
    welcome: 'Hello! Write your appeal here: you can send text, a photo or a document. We will register it and tell you its number.',
    caseCreated: (number, code) =>
      `Your appeal is registered: No. ${number}.${code ? ` Access code: ${code}. Keep it to check the status on the portal.` : ''} The answer will come to this chat; write any additions here.`,
    replyHeader: (number) => `Answer to appeal No. ${number}`,
    noText: '[A file without text]',
    fileNotReceived: '[The attached file could not be received.]',
    fileNotAccepted: '[The attached file was not accepted: only PDF, images and office documents up to 5 MB.]',
  },
};

export const isBotLanguage = (value: unknown): value is BotLanguage => value === 'kk' || value === 'ru' || value === 'en';
