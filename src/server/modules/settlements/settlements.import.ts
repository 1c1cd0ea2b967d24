/**
 * Importing settlement indicators from a file, in two steps. The preview
 * reads and checks the file, compares it with the values in place and keeps
 * the rows it will write; the commit writes exactly those rows in one
 * transaction, so a file is never half-imported, and real values replace
 * the demo ones (is_demo false). Discarding keeps the report, not the rows.
 */
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit';
import { staffUsers } from '../../platform/auth';
import type { Executor } from '../../platform/db';
import { errors } from '../../platform/errors';
import { base64BodyBytes } from '../../platform/files';
import type { RequestMeta } from '../../platform/http';
import { bumpCatalogueVersion } from './settlements.ranking';
import type { IndicatorImportListItemDto } from './settlements.admin.schema';
import { indicatorFileMaxBytes, indicatorFileMaxLines, readIndicatorFile } from './settlements.import-file';
import { validateIndicatorLines, type ImportProblem } from './settlements.import-rows';
import type { ImportPreviewDto, IndicatorValueDto } from './settlements.schema';
import { indicatorImports, settlementIndicators, settlements, type IndicatorImportRow } from './settlements.tables';

/** The changes a preview lists; the summary counts them all. */
export const previewChangesShown = 50;
const writeBatch = 1000;

/** The JSON body that carries one file at the size limit, as base64. */
export const indicatorFileBodyBytes = base64BodyBytes(1, indicatorFileMaxBytes);
export const carriesIndicatorFile = (path: string) => path === '/api/v1/settlements/imports';

type ImportRecord = typeof indicatorImports.$inferSelect;
type CurrentValue = { value: number; year: number | null; source: string; isDemo: boolean };
type Change = { row: IndicatorImportRow; before: CurrentValue | null };
type Comparison = { newValues: number; changedValues: number; unchangedValues: number; replacesDemo: number; changes: Change[] };

const chunks = <T>(items: T[], size: number): T[][] => Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));

async function currentValues(db: Executor, codes: string[]): Promise<Map<string, CurrentValue>> {
  const current = new Map<string, CurrentValue>();
  for (const part of chunks(codes, 5000)) {
    const found = await db
      .select({ code: settlementIndicators.settlementCode, key: settlementIndicators.key, value: settlementIndicators.value, year: settlementIndicators.year, source: settlementIndicators.source, isDemo: settlementIndicators.isDemo })
      .from(settlementIndicators)
      .where(inArray(settlementIndicators.settlementCode, part));
    for (const { code, key, ...value } of found) current.set(`${code}:${key}`, value);
  }
  return current;
}

/** Sorts the rows into new, changed and unchanged values; a demo value is always replaced, even by the same number. */
async function compareWithCurrent(db: Executor, rows: IndicatorImportRow[]): Promise<Comparison> {
  const current = await currentValues(db, [...new Set(rows.map((r) => r.code))]);
  const result: Comparison = { newValues: 0, changedValues: 0, unchangedValues: 0, replacesDemo: 0, changes: [] };
  for (const row of rows) {
    const before = current.get(`${row.code}:${row.key}`) ?? null;
    if (!before) result.newValues += 1;
    else if (!before.isDemo && before.value === row.value && before.year === row.year && before.source === row.source) {
      result.unchangedValues += 1;
      continue;
    } else {
      result.changedValues += 1;
      if (before.isDemo) result.replacesDemo += 1;
    }
    result.changes.push({ row, before });
  }
  return result;
}

const asValue = (v: CurrentValue): IndicatorValueDto => ({ value: v.value, year: v.year, source: v.source, demo: v.isDemo });

async function describeChanges(db: Executor, changes: Change[]): Promise<ImportPreviewDto['changes']> {
  const shown = changes.slice(0, previewChangesShown);
  const codes = [...new Set(shown.map((c) => c.row.code))];
  const names = new Map(
    codes.length
      ? (await db.select({ code: settlements.code, kk: settlements.nameKk, ru: settlements.nameRu, en: settlements.nameLatin }).from(settlements).where(inArray(settlements.code, codes))).map(
          ({ code, ...name }) => [code, name],
        )
      : [],
  );
  return shown.map(({ row, before }) => ({
    kato: row.code,
    name: names.get(row.code) ?? { kk: row.code, ru: row.code, en: row.code },
    key: row.key,
    before: before ? asValue(before) : null,
    after: { value: row.value, year: row.year, source: row.source, demo: false },
  }));
}

function toDto(record: ImportRecord, changes: ImportPreviewDto['changes']): ImportPreviewDto {
  return {
    id: record.id,
    fileName: record.fileName,
    status: record.status as ImportPreviewDto['status'],
    summary: record.summary as ImportPreviewDto['summary'],
    problems: record.problems as ImportProblem[],
    changes,
    createdAt: record.createdAt.toISOString(),
    committedAt: record.committedAt?.toISOString() ?? null,
  };
}

/** Reads, checks and compares a file, and keeps it as a previewed import. */
export async function previewImport(db: Executor, meta: RequestMeta, input: { fileName: string; bytes: Buffer }, now = new Date()): Promise<ImportPreviewDto> {
  const file = await readIndicatorFile(input.bytes);
  const catalogue = new Set((await db.select({ code: settlements.code }).from(settlements)).map((s) => s.code));
  const checked = validateIndicatorLines(file, catalogue, { fileName: input.fileName, thisYear: now.getUTCFullYear() });
  const comparison = await compareWithCurrent(db, checked.rows);
  const summary = {
    lines: checked.lines,
    goodRows: checked.rows.length,
    badLines: checked.badLines,
    newValues: comparison.newValues,
    changedValues: comparison.changedValues,
    unchangedValues: comparison.unchangedValues,
    replacesDemo: comparison.replacesDemo,
  };
  const record = await db.transaction(async (tx) => {
    const [stored] = await tx
      .insert(indicatorImports)
      .values({ fileName: input.fileName, status: 'previewed', rows: checked.rows, problems: checked.problems, summary, createdBy: meta.actor?.id ?? null })
      .returning();
    await recordAudit(tx, meta, { action: 'indicator_import.preview', entityType: 'indicator_import', entityId: stored!.id, details: { fileName: input.fileName, ...summary } });
    return stored!;
  });
  return toDto(record, await describeChanges(db, comparison.changes));
}

async function findImport(db: Executor, id: string): Promise<ImportRecord> {
  const [record] = await db.select().from(indicatorImports).where(eq(indicatorImports.id, id));
  if (!record) throw errors.notFound('indicator_import');
  return record;
}

/** An import that has left the preview cannot be committed or discarded again. */
const notPreviewed = (record: ImportRecord) =>
  errors.conflict(record.status === 'committed' ? 'indicator_import_committed' : 'indicator_import_discarded', { status: record.status });

/** A previewed import shows what committing it would change now; a settled one, its report. */
export async function getImport(db: Executor, id: string): Promise<ImportPreviewDto> {
  const record = await findImport(db, id);
  if (record.status !== 'previewed') return toDto(record, []);
  return toDto(record, await describeChanges(db, (await compareWithCurrent(db, record.rows)).changes));
}

function foreignKeyViolation(error: unknown): boolean {
  for (let e = error as { code?: string; cause?: unknown } | undefined, depth = 0; e && depth < 3; e = e.cause as typeof e, depth += 1) {
    if (e.code === '23503') return true;
  }
  return false;
}

/**
 * Writes the previewed rows, all or none. Claiming the import (previewed →
 * committed) comes first, so a second commit of the same file waits for the
 * first and then finds it committed. If a settlement left the catalogue
 * since the preview, nothing is written and the file must be previewed again.
 */
export async function commitImport(db: Executor, meta: RequestMeta, id: string): Promise<ImportPreviewDto> {
  let committed: { record: ImportRecord; changes: Change[] };
  try {
    committed = await db.transaction(async (tx) => {
      const [record] = await tx
        .update(indicatorImports)
        .set({ status: 'committed', committedAt: new Date() })
        .where(and(eq(indicatorImports.id, id), eq(indicatorImports.status, 'previewed')))
        .returning();
      if (!record) throw notPreviewed(await findImport(tx, id));
      const { changes } = await compareWithCurrent(tx, record.rows);
      for (const batch of chunks(record.rows, writeBatch)) {
        await tx
          .insert(settlementIndicators)
          .values(batch.map((r) => ({ settlementCode: r.code, key: r.key, value: r.value, source: r.source, year: r.year, isDemo: false, importId: id })))
          .onConflictDoUpdate({
            target: [settlementIndicators.settlementCode, settlementIndicators.key],
            set: {
              value: sql`excluded.value`,
              source: sql`excluded.source`,
              year: sql`excluded.year`,
              isDemo: false,
              importId: id,
              updatedAt: sql`now()`,
            },
          });
      }
      await recordAudit(tx, meta, { action: 'indicator_import.commit', entityType: 'indicator_import', entityId: id, details: { fileName: record.fileName, written: record.rows.length } });
      return { record, changes };
    });
  } catch (error) {
    if (foreignKeyViolation(error)) throw errors.conflict('indicator_import_stale');
    throw error;
  }
  // Every server sees the sequence move and reloads its ranking table.
  await bumpCatalogueVersion(db);
  return toDto(committed.record, await describeChanges(db, committed.changes));
}

export async function discardImport(db: Executor, meta: RequestMeta, id: string): Promise<ImportPreviewDto> {
  return db.transaction(async (tx) => {
    const [record] = await tx
      .update(indicatorImports)
      .set({ status: 'discarded', rows: [] })
      .where(and(eq(indicatorImports.id, id), eq(indicatorImports.status, 'previewed')))
      .returning();
    if (!record) throw notPreviewed(await findImport(tx, id));
    await recordAudit(tx, meta, { action: 'indicator_import.discard', entityType: 'indicator_import', entityId: id, details: { fileName: record.fileName } });
    return toDto(record, []);
  });
}

/** The latest imports, newest first, without their rows. */
export async function listImports(db: Executor, limit = 50): Promise<IndicatorImportListItemDto[]> {
  const found = await db
    .select({
      id: indicatorImports.id,
      fileName: indicatorImports.fileName,
      status: indicatorImports.status,
      summary: indicatorImports.summary,
      createdAt: indicatorImports.createdAt,
      committedAt: indicatorImports.committedAt,
      createdByName: staffUsers.displayName,
    })
    .from(indicatorImports)
    .leftJoin(staffUsers, eq(staffUsers.id, indicatorImports.createdBy))
    .orderBy(desc(indicatorImports.createdAt))
    .limit(limit);
  return found.map((r) => ({
    ...r,
    status: r.status as IndicatorImportListItemDto['status'],
    summary: r.summary as IndicatorImportListItemDto['summary'],
    createdAt: r.createdAt.toISOString(),
    committedAt: r.committedAt?.toISOString() ?? null,
  }));
}

/** Decodes the uploaded base64; text that is not base64 is refused like any unreadable file. */
export function decodeIndicatorFile(contentBase64: string): Buffer {
  if (!/^[A-Za-z0-9+/=\s]+$/u.test(contentBase64)) throw errors.unprocessable('indicator_file_type');
  return Buffer.from(contentBase64, 'base64');
}

export { indicatorFileMaxBytes, indicatorFileMaxLines };
