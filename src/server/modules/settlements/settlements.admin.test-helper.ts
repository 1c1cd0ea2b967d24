import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import type { Db } from '../../platform/db';
import { settlements } from './settlements.tables';

/**
 * Puts `count` real KATO settlements (codes ending in 00) into the catalogue,
 * without indicators, and returns their codes in order. The classifier must
 * be loaded in full (createTestApp({ fullKato: true })).
 */
export async function insertCatalogueSettlements(db: Db, count: number): Promise<string[]> {
  const found = (
    await db.execute(sql`
      select code, name_kk, name_ru, coalesce(name_latin, name_kk) as name_latin, region_code
      from kato_units where level = 'settlement' and code like '%00'
      order by code limit ${count}`)
  ).rows as Array<{ code: string; name_kk: string; name_ru: string; name_latin: string; region_code: string }>;
  await db.insert(settlements).values(
    found.map((k) => ({
      code: k.code,
      nameKk: k.name_kk,
      nameRu: k.name_ru,
      nameLatin: k.name_latin,
      regionCode: k.region_code,
      districtCode: `${k.code.slice(0, 4)}00000`,
      kind: 'village',
    })),
  );
  return found.map((k) => k.code);
}

/** The same rows as an XLSX workbook's first sheet; numbers stay numbers, null leaves the cell empty. */
export async function xlsxOf(rows: Array<Array<string | number | boolean | null>>): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Indicators');
  rows.forEach((row, i) => {
    row.forEach((value, j) => {
      if (value !== null) sheet.getCell(i + 1, j + 1).value = value;
    });
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export const base64 = (content: string | Buffer) => Buffer.from(content).toString('base64');
