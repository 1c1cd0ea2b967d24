import { eq, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db';
import { seededRandom } from '../../../lib/random';
import { almatyToday } from './correspondence.service';
import { letterCases, letters } from './correspondence.tables';

/**
 * Demo letters carry this signatory and nothing else that marks them: the
 * numbers must look like a real register's. Find or remove them by it.
 */
export const demoLetterSignatory = 'Демо Д. Д. (демо)';

/** Addressees as official letters name them, in the language they are written in. */
const addressees = [
  'Министерство труда и социальной защиты населения Республики Казахстан',
  'Қазақстан Республикасы Еңбек және халықты әлеуметтік қорғау министрлігі',
  'Министерство иностранных дел Республики Казахстан',
  'Қазақстан Республикасы Сыртқы істер министрлігі',
  'Комитет миграционной службы Министерства внутренних дел Республики Казахстан',
  'Қазақстан Республикасы Ішкі істер министрлігінің Көші-қон қызметі комитеті',
  'Министерство просвещения Республики Казахстан',
  'Министерство науки и высшего образования Республики Казахстан',
  'Министерство здравоохранения Республики Казахстан',
  'Акимат Северо-Казахстанской области',
  'Солтүстік Қазақстан облысының әкімдігі',
  'Акимат Павлодарской области',
  'Акимат Костанайской области',
  'Акимат Восточно-Казахстанской области',
  'Абай облысының әкімдігі',
  'Акимат Акмолинской области',
  'Ұлытау облысының әкімдігі',
  'Посольство Республики Казахстан в Монголии',
  'Посольство Республики Казахстан в Республике Узбекистан',
];

const subjects = [
  'О содействии в присвоении статуса кандаса',
  'О включении в региональную квоту приема кандасов',
  'О предоставлении сведений о трудоустройстве кандасов',
  'О продлении срока временного проживания',
  'О признании документов об образовании',
  'О содействии в приеме в гражданство Республики Казахстан',
  'О местах в центре адаптации и интеграции кандасов',
  'О выплате субсидий на переселение',
  'О консульском содействии соотечественнику',
  'О приеме детей кандасов в общеобразовательные школы',
  'Кандас мәртебесін беру мәселесі бойынша',
  'Көшіп келген отандастарды жұмысқа орналастыру туралы',
  'Отандастарға тұрғын үй беру мәселесі туралы',
  'О документировании прибывших этнических казахов',
];

const addDays = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const isWeekend = (day: string) => [0, 6].includes(new Date(`${day}T00:00:00Z`).getUTCDay());

/**
 * The six months the demo covers: January–June of this year once June is
 * over, otherwise the six months up to today, so that no letter is dated in
 * the future.
 */
export function demoPeriod(today: string): { from: string; to: string } {
  const year = Number(today.slice(0, 4));
  if (today > `${year}-06-30`) return { from: `${year}-01-01`, to: `${year}-06-30` };
  const from = new Date(`${today}T00:00:00Z`);
  from.setUTCMonth(from.getUTCMonth() - 6);
  return { from: addDays(from.toISOString().slice(0, 10), 1), to: today };
}

/**
 * 82 outgoing letters ("Исх. № 1" … "Исх. № 82") spread over the working
 * days of six months; about 60 % answered by an incoming letter ("Вх. № …"),
 * some past their reply date; every fourth linked to one of `caseIds`.
 * Does nothing when demo letters already exist. Writes no audit entry: the
 * caller marks the data as demo.
 */
export async function seedDemoLetters(
  db: Executor,
  options: { caseIds?: string[]; now?: Date; count?: number } = {},
): Promise<{ outgoing: number; replies: number }> {
  const [existing] = await db.select({ n: sql<number>`count(*)::int` }).from(letters).where(eq(letters.signatory, demoLetterSignatory));
  if (existing && existing.n > 0) return { outgoing: 0, replies: 0 };
  const today = almatyToday(options.now);
  const { from, to } = demoPeriod(today);
  const days: string[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) if (!isWeekend(day)) days.push(day);
  const count = options.count ?? 82;
  const next = seededRandom(20_250_101);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  const caseIds = options.caseIds ?? [];
  const at = (day: string, hour: number) => new Date(`${day}T${String(hour).padStart(2, '0')}:00:00+05:00`);

  const plans: Array<{ answered: boolean; lag: number }> = [];
  const outgoing = Array.from({ length: count }, (_, i) => {
    const letterDate = days[Math.floor((i * days.length) / count)]!;
    const answered = next() < 0.62;
    const lag = 7 + Math.floor(next() * 30);
    // Letters that get answered mostly asked for an answer by a date; most of the others only informed.
    const expectsReply = next() < (answered ? 0.9 : 0.3);
    plans.push({ answered, lag });
    return {
      direction: 'outgoing',
      number: `Исх. № ${i + 1}`,
      letterDate,
      counterparty: pick(addressees),
      signatory: demoLetterSignatory,
      subject: pick(subjects),
      replyDueDate: expectsReply ? addDays(letterDate, 30) : null,
      createdAt: at(letterDate, 10 + (i % 7)),
      updatedAt: at(letterDate, 10 + (i % 7)),
    };
  });
  const inserted = await db.insert(letters).values(outgoing).returning({ id: letters.id, letterDate: letters.letterDate, counterparty: letters.counterparty, subject: letters.subject });

  const replies = inserted
    .map((letter, i) => ({ letter, i, ...plans[i]! }))
    .filter(({ letter, lag, answered }) => answered && addDays(letter.letterDate, lag) <= today)
    .map(({ letter, i, lag }) => ({ letter, i, replyDate: addDays(letter.letterDate, lag) }))
    .sort((a, b) => a.replyDate.localeCompare(b.replyDate));
  const replyRows = replies.length
    ? await db
        .insert(letters)
        .values(
          replies.map(({ letter, replyDate }, n) => ({
            direction: 'incoming',
            number: `Вх. № ${n + 1}`,
            letterDate: replyDate,
            counterparty: letter.counterparty,
            signatory: demoLetterSignatory,
            subject: letter.subject,
            inReplyToId: letter.id,
            createdAt: at(replyDate, 11),
            updatedAt: at(replyDate, 11),
          })),
        )
        .returning({ id: letters.id })
    : [];

  if (caseIds.length) {
    const links = inserted.flatMap((letter, i) => (i % 4 === 0 ? [{ letterId: letter.id, caseId: caseIds[(i / 4) % caseIds.length]! }] : []));
    replies.forEach(({ i }, n) => {
      if (i % 4 === 0) links.push({ letterId: replyRows[n]!.id, caseId: caseIds[(i / 4) % caseIds.length]! });
    });
    if (links.length) await db.insert(letterCases).values(links);
  }
  return { outgoing: inserted.length, replies: replyRows.length };
}
