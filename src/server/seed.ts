import type { Db } from './platform/db';
import type { Logger } from './platform/logger';
import { importKatoClassifier, refreshKatoSearch, seedReferenceData } from './modules/kato';
import { countStaffUsers, createStaffUser } from './modules/staff';
import { calendarYears, seedStatutoryHolidays } from './modules/calendar';
import { seedSupportReference } from './modules/support';
import type { Role } from './platform/rbac';

export type Progress = (label: string, done: number, total: number) => void;

/** Reference data every installation needs: the KATO classifier and the priority regions. */
export async function seedReference(db: Db, progress?: Progress) {
  return db.transaction(async (tx) => {
    const result = await seedReferenceData(tx, () =>
      importKatoClassifier(tx, { onProgress: (done, total) => progress?.('KATO', done, total) }),
    );
    // Units loaded before search existed, or cleared for a tokenizer change, get their search columns.
    await refreshKatoSearch(tx, (done, total) => progress?.('KATO search', done, total));
    // Topics and the working-day calendar: kept as admins edited them, only what is missing is added.
    await seedSupportReference(tx);
    await seedStatutoryHolidays(tx, calendarYears());
    return result;
  });
}

/**
 * Demo accounts, one per role. Their e-mails end in @demo.otandas.kz and the
 * console marks them as demo; a production install sets OTANDAS_DEMO_DATA=0.
 */
export const demoPassword = 'otandas-demo-2026';
export const demoAccounts: Array<{ email: string; displayName: string; role: Role; regionCode?: string }> = [
  { email: 'admin@demo.otandas.kz', displayName: 'Әкімші (демо)', role: 'admin' },
  { email: 'operator@demo.otandas.kz', displayName: 'Оператор (демо)', role: 'operator' },
  { email: 'front.akmola@demo.otandas.kz', displayName: 'Фронт-офис Ақмола (демо)', role: 'front_office', regionCode: '110000000' },
  { email: 'back@demo.otandas.kz', displayName: 'Бэк-офис (демо)', role: 'back_office' },
  { email: 'analyst@demo.otandas.kz', displayName: 'Талдаушы (демо)', role: 'analyst' },
  { email: 'media@demo.otandas.kz', displayName: 'Медиа (демо)', role: 'media' },
  { email: 'outreach@demo.otandas.kz', displayName: 'Диаспора (демо)', role: 'outreach' },
];

export async function seedDemo(db: Db, logger?: Logger): Promise<{ staff: number }> {
  if ((await countStaffUsers(db)) > 0) return { staff: 0 };
  const meta = { actor: null, ip: null, requestId: 'seed-demo' };
  await db.transaction(async (tx) => {
    for (const account of demoAccounts) await createStaffUser(tx, meta, { ...account, password: demoPassword });
  });
  logger?.info({ accounts: demoAccounts.length }, 'demo staff accounts created');
  return { staff: demoAccounts.length };
}

export function isDemoEmail(email: string): boolean {
  return email.endsWith('@demo.otandas.kz');
}
