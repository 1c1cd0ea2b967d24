import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db';
import { katoSearchFields } from './kato.search';
import { katoUnits } from './kato.tables';

export const katoCsvPath = fileURLToPath(new URL('../../../../data/kz/kato_nk_rk_11-2025.csv', import.meta.url));

type KatoRow = typeof katoUnits.$inferInsert;

/** Splits one CSV line; KATO names contain commas inside quotes. */
export function parseCsvLine(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      fields.push(field);
      field = '';
    } else field += ch;
  }
  fields.push(field);
  return fields;
}

/**
 * The parent of a code is found by zeroing its segments from the right
 * (AB CD EF HHH) until an existing unit is met; some settlements hang off
 * another settlement rather than an okrug.
 */
export function parentCodeOf(code: string, known: ReadonlySet<string>): string | null {
  const candidates: string[] = [];
  if (code.slice(6) !== '000') {
    // Sub-settlement under a settlement (e.g. 613639180 → 613639100).
    if (code.slice(7) !== '00') candidates.push(`${code.slice(0, 7)}00`);
    candidates.push(`${code.slice(0, 6)}000`);
  }
  if (code.slice(4) !== '00000') candidates.push(`${code.slice(0, 4)}00000`);
  if (code.slice(2) !== '0000000') candidates.push(`${code.slice(0, 2)}0000000`);
  return candidates.find((c) => c !== code && known.has(c)) ?? null;
}

export async function readKatoCsv(file = katoCsvPath): Promise<KatoRow[]> {
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  const raw: Array<Omit<KatoRow, 'parentCode' | 'regionCode'>> = [];
  let header: string[] | undefined;
  for await (const line of lines) {
    if (!line.trim()) continue;
    const fields = parseCsvLine(line);
    if (!header) {
      header = fields;
      continue;
    }
    const row = Object.fromEntries(header.map((h, i) => [h, fields[i] ?? '']));
    if (!/^\d{9}$/.test(row.kato ?? '')) throw new Error(`Bad KATO code in ${file}: ${row.kato}`);
    raw.push({
      code: row.kato!,
      level: row.level!,
      typeCode: Number(row.type_code),
      nameKk: row.name_kk!,
      nameRu: row.name_ru!,
      classifierVersion: row.kato_version!,
    });
  }
  const known = new Set(raw.map((r) => r.code));
  return raw.map((r) => ({
    ...r,
    parentCode: parentCodeOf(r.code, known),
    regionCode: `${r.code.slice(0, 2)}0000000`,
    ...katoSearchFields(r),
  }));
}

/**
 * Loads the classifier, replacing units of the same code. Runs in batches so
 * the 15,594 rows go in a few round trips.
 */
export async function importKatoClassifier(
  db: Executor,
  options: { file?: string; onlyLevels?: string[] | undefined; onProgress?: (done: number, total: number) => void } = {},
): Promise<number> {
  const all = await readKatoCsv(options.file);
  const rows = options.onlyLevels ? all.filter((row) => options.onlyLevels!.includes(row.level)) : all;
  const batchSize = 1000;
  for (let i = 0; i < rows.length; i += batchSize) {
    await db
      .insert(katoUnits)
      .values(rows.slice(i, i + batchSize))
      .onConflictDoUpdate({
        target: katoUnits.code,
        set: {
          parentCode: sql`excluded.parent_code`,
          regionCode: sql`excluded.region_code`,
          level: sql`excluded.level`,
          typeCode: sql`excluded.type_code`,
          nameKk: sql`excluded.name_kk`,
          nameRu: sql`excluded.name_ru`,
          classifierVersion: sql`excluded.classifier_version`,
          nameLatin: sql`excluded.name_latin`,
          searchText: sql`excluded.search_text`,
        },
      });
    options.onProgress?.(Math.min(i + batchSize, rows.length), rows.length);
  }
  return rows.length;
}
