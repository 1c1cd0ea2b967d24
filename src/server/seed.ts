import type { Db } from './platform/db';
import type { Logger } from './platform/logger';
import { importKatoClassifier, refreshKatoSearch, seedReferenceData } from './modules/kato';
import { countStaffUsers, createStaffUser } from './modules/staff';
import { calendarYears, seedStatutoryHolidays } from './modules/calendar';
import { demoAuthorityCaseIds, seedDemoCases, seedSupportReference } from './modules/support';
import { almatyToday, demoPeriod, seedDemoLetters } from './modules/correspondence';
import type { Role } from './platform/rbac';
import { markSearchTablesCurrent } from './modules/search-index';
import { seedKnowledgeBase } from './modules/knowledge';
import { buildSettlementCatalogue, countSettlements } from './modules/settlements';

export type Progress = (label: string, done: number, total: number) => void;

/** Reference data every installation needs: the KATO classifier and the priority regions. */
export async function seedReference(db: Db, progress?: Progress) {
  return db.transaction(async (tx) => {
    const result = await seedReferenceData(tx, () =>
      importKatoClassifier(tx, { onProgress: (done, total) => progress?.('KATO', done, total) }),
    );
    // Units loaded before search existed, or cleared for a tokenizer change, get their search columns.
    await refreshKatoSearch(tx, (done, total) => progress?.('KATO search', done, total));
    // Just imported, so keyed as the toolkit keys now: no rebuild needed (search-columns.ts).
    if (result.seeded) await markSearchTablesCurrent(tx, ['kato_units']);
    // Topics and the working-day calendar: kept as admins edited them, only what is missing is added.
    await seedSupportReference(tx);
    // The journey's categories, and the starter articles into an empty knowledge base.
    const articles = await seedKnowledgeBase(tx);
    if (articles) await markSearchTablesCurrent(tx, ['kb_translations']);
    await seedStatutoryHolidays(tx, calendarYears());
    // The advisor's catalogue: settlements, positions, distances, region statistics (real), and
    // demo stand-ins for the settlement indicators no public source has.
    if ((await countSettlements(tx)) === 0) {
      await buildSettlementCatalogue(tx, { onProgress: (done, total) => progress?.('Settlements', done, total) });
    }
    return result;
  });
}

/**
 * Demo accounts, one per role and one per demo front office. Their e-mails end in @demo.otandas.kz and the
 * console marks them as demo; a production install sets OTANDAS_DEMO_DATA=0.
 */
export const demoPassword = 'otandas-demo-2026';
export const demoAccounts: Array<{ email: string; displayName: string; role: Role; regionCode?: string }> = [
  { email: 'admin@demo.otandas.kz', displayName: 'Әкімші (демо)', role: 'admin' },
  { email: 'operator@demo.otandas.kz', displayName: 'Оператор (демо)', role: 'operator' },
  { email: 'front.akmola@demo.otandas.kz', displayName: 'Фронт-офис Ақмола (демо)', role: 'front_office', regionCode: '110000000' },
  // The other front offices the demo appeals come to, so each region's cases have someone of their own.
  { email: 'front.almaty@demo.otandas.kz', displayName: 'Фронт-офис Алматы (демо)', role: 'front_office', regionCode: '750000000' },
  { email: 'front.astana@demo.otandas.kz', displayName: 'Фронт-офис Астана (демо)', role: 'front_office', regionCode: '710000000' },
  { email: 'front.almaty-region@demo.otandas.kz', displayName: 'Фронт-офис Алматы облысы (демо)', role: 'front_office', regionCode: '190000000' },
  { email: 'front.zhambyl@demo.otandas.kz', displayName: 'Фронт-офис Жамбыл (демо)', role: 'front_office', regionCode: '310000000' },
  { email: 'front.east@demo.otandas.kz', displayName: 'Фронт-офис Шығыс Қазақстан (демо)', role: 'front_office', regionCode: '630000000' },
  { email: 'front.karaganda@demo.otandas.kz', displayName: 'Фронт-офис Қарағанды (демо)', role: 'front_office', regionCode: '350000000' },
  { email: 'front.kostanay@demo.otandas.kz', displayName: 'Фронт-офис Қостанай (демо)', role: 'front_office', regionCode: '390000000' },
  { email: 'front.pavlodar@demo.otandas.kz', displayName: 'Фронт-офис Павлодар (демо)', role: 'front_office', regionCode: '550000000' },
  { email: 'back@demo.otandas.kz', displayName: 'Бэк-офис (демо)', role: 'back_office' },
  { email: 'analyst@demo.otandas.kz', displayName: 'Талдаушы (демо)', role: 'analyst' },
  { email: 'media@demo.otandas.kz', displayName: 'Медиа (демо)', role: 'media' },
  { email: 'outreach@demo.otandas.kz', displayName: 'Диаспора (демо)', role: 'outreach' },
];

/** How many demo letters seedDemoLetters links to cases: every fourth of its 82. */
const linkedDemoLetters = 21;

/**
 * Demo data: the staff accounts (only into an install without staff), then
 * the half-year's appeals and the letters to government bodies, some of them
 * about the cases that wait for one. Each part does nothing when it exists.
 */
export async function seedDemo(db: Db, logger?: Logger, now = new Date()): Promise<{ staff: number; cases: number; letters: number }> {
  let staff = 0;
  if ((await countStaffUsers(db)) === 0) {
    const meta = { actor: null, ip: null, requestId: 'seed-demo' };
    await db.transaction(async (tx) => {
      for (const account of demoAccounts) await createStaffUser(tx, meta, { ...account, password: demoPassword });
    });
    staff = demoAccounts.length;
    logger?.info({ accounts: staff }, 'demo staff accounts created');
  }
  const started = performance.now();
  const period = demoPeriod(almatyToday(now));
  const { cases, people } = await seedDemoCases(db, { period, now });
  const waiting = await demoAuthorityCaseIds(db);
  // Spread over the half-year in order, as the letters are.
  const linked = waiting.length <= linkedDemoLetters ? waiting : Array.from({ length: linkedDemoLetters }, (_, k) => waiting[Math.floor((k * (waiting.length - 1)) / (linkedDemoLetters - 1))]!);
  const letters = await db.transaction((tx) => seedDemoLetters(tx, { caseIds: linked, now }));
  if (cases || letters.outgoing) logger?.info({ cases, people, letters: letters.outgoing + letters.replies, ms: Math.round(performance.now() - started) }, 'demo appeals and letters created');
  return { staff, cases, letters: letters.outgoing + letters.replies };
}

export function isDemoEmail(email: string): boolean {
  return email.endsWith('@demo.otandas.kz');
}
