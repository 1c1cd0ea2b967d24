/**
 * The regional quota for kandas and the state aid, as published for 2026.
 * Admins keep them current in the console; seeding only fills a year a
 * region does not have yet.
 */
import type { LocalizedText } from '../../../lib/contracts/localized';
import type { Executor } from '../../platform/db';
import { regionProgrammes } from './settlements.tables';

const quotaSource2026 = 'Order of the Ministry of Labour and Social Protection of the Population on the 2026 regional quota, as reported in the press';

/** Kandas places by region in 2026 (8,278 people in total with internal migrants). */
export const quota2026: Record<string, number> = {
  '550000000': 977, // Pavlodar
  '110000000': 285, // Akmola
  '100000000': 264, // Abai
  '630000000': 200, // East Kazakhstan
  '590000000': 200, // North Kazakhstan
  '390000000': 200, // Kostanay
  '230000000': 125, // Atyrau
  '270000000': 30, // West Kazakhstan
};

const aid2026: LocalizedText = {
  kk: 'Квотаға енгізілген қандастарға: отбасы басшысы мен әр отбасы мүшесіне бір реттік көшу субсидиясы — 70 АЕК; бір жыл бойы ай сайын тұрғын үй жалдауға және коммуналдық қызметтерге 15–30 АЕК; тұрғын үйге арналған экономикалық ұтқырлық сертификаты. Қоныс аударушыларды жұмысқа алатын жұмыс берушілерге де қолдау шаралары қарастырылған.',
  ru: 'Кандасам, включённым в квоту: единовременная субсидия на переезд — 70 МРП на главу семьи и на каждого члена семьи; ежемесячно в течение года 15–30 МРП на аренду жилья и коммунальные услуги; сертификат экономической мобильности на жильё. Предусмотрены меры поддержки работодателей, принимающих переселенцев.',
  en: 'For kandas included in the quota: a one-time moving subsidy of 70 MCI for the head of the family and for each family member; 15–30 MCI a month for one year towards rent and utilities; a certificate of economic mobility for housing. Employers who take on resettled families are supported too.',
};

export async function seedRegionProgrammes(db: Executor): Promise<void> {
  await db
    .insert(regionProgrammes)
    .values(Object.entries(quota2026).map(([regionCode, quota]) => ({ regionCode, year: 2026, quota, aid: aid2026, source: quotaSource2026 })))
    .onConflictDoNothing();
}
