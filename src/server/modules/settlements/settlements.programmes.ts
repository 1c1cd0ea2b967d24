/** The regional quota and aid an admin keeps, per region and year. */
import { desc, eq } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit';
import type { Executor } from '../../platform/db';
import { errors } from '../../platform/errors';
import type { RequestMeta } from '../../platform/http';
import { getKatoUnit } from '../kato';
import type { RegionProgrammeDto } from './settlements.schema';
import { regionProgrammes } from './settlements.tables';

type ProgrammeRow = typeof regionProgrammes.$inferSelect;

export const toProgrammeDto = (p: ProgrammeRow): RegionProgrammeDto => ({
  year: p.year,
  quota: p.quota,
  aid: p.aid,
  source: p.source,
  updatedAt: p.updatedAt.toISOString(),
});

async function requireRegion(db: Executor, code: string): Promise<void> {
  const unit = await getKatoUnit(db, code);
  if (unit.level !== 'oblast') throw errors.notFound('region');
}

export async function listRegionProgrammes(db: Executor, regionCode: string): Promise<RegionProgrammeDto[]> {
  await requireRegion(db, regionCode);
  const rows = await db.select().from(regionProgrammes).where(eq(regionProgrammes.regionCode, regionCode)).orderBy(desc(regionProgrammes.year));
  return rows.map(toProgrammeDto);
}

/** Sets a region's quota and aid for a year, and records who changed what. */
export async function saveRegionProgramme(
  db: Executor,
  meta: RequestMeta,
  regionCode: string,
  year: number,
  input: { quota: number | null; aid: RegionProgrammeDto['aid']; source: string | null },
): Promise<RegionProgrammeDto> {
  await requireRegion(db, regionCode);
  const values = { quota: input.quota, aid: input.aid, source: input.source, updatedBy: meta.actor?.id ?? null, updatedAt: new Date() };
  const [saved] = await db
    .insert(regionProgrammes)
    .values({ regionCode, year, ...values })
    .onConflictDoUpdate({ target: [regionProgrammes.regionCode, regionProgrammes.year], set: values })
    .returning();
  await recordAudit(db, meta, {
    action: 'region_programme.save',
    entityType: 'region_programme',
    entityId: `${regionCode}:${year}`,
    details: { quota: input.quota, aidChanged: input.aid !== null },
  });
  return toProgrammeDto(saved!);
}
