import { and, asc, eq, isNull, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { searchQuery, toTsvectorSource } from '../../../lib/text/search';
import { cyrillicToLatin } from '../../../lib/text/transliteration';
import type { Executor } from '../../platform/db';
import { katoUnits } from './kato.tables';

/**
 * KATO names carry type abbreviations (с., а., г., қ., с.о., а.о., Г.А.,
 * Қ.Ә.). They say nothing about which place is meant, so they are left out
 * of the search text; the words облысы, ауданы, область, район stay.
 */
export function stripTypeAbbreviations(name: string): string {
  return name
    .replace(/(^|[\s(])(с\.о\.|а\.о\.|п\.о\.|г\.а\.|қ\.ә\.|п\.а\.|к\.ә\.)/giu, '$1 ')
    .replace(/(^|[\s(])(с|п|г|а|к|қ|ст|рзд|ж\.д\.ст)\.(?=\s*\p{L})/giu, '$1 ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function katoSearchFields(unit: { nameKk: string; nameRu: string }): { nameLatin: string; searchText: string } {
  const kazakh = stripTypeAbbreviations(unit.nameKk);
  const russian = stripTypeAbbreviations(unit.nameRu);
  return {
    nameLatin: cyrillicToLatin(unit.nameKk),
    searchText: `${toTsvectorSource(kazakh, 'kk')} ${toTsvectorSource(russian, 'ru')}`.trim(),
  };
}

/** Fills the search columns of units that lack them (after an upgrade, or a tokenizer change that cleared them). */
export async function refreshKatoSearch(db: Executor, onProgress?: (done: number, total: number) => void): Promise<number> {
  const missing = await db
    .select({ code: katoUnits.code, nameKk: katoUnits.nameKk, nameRu: katoUnits.nameRu })
    .from(katoUnits)
    .where(isNull(katoUnits.searchText));
  const batchSize = 1000;
  for (let i = 0; i < missing.length; i += batchSize) {
    const batch = missing.slice(i, i + batchSize).map((unit) => ({ code: unit.code, ...katoSearchFields(unit) }));
    await db.execute(sql`
      update ${katoUnits} as k set name_latin = v.name_latin, search_text = v.search_text
      from json_to_recordset(${JSON.stringify(batch.map((b) => ({ code: b.code, name_latin: b.nameLatin, search_text: b.searchText })))}::json)
        as v(code varchar, name_latin text, search_text text)
      where k.code = v.code`);
    onProgress?.(Math.min(i + batchSize, missing.length), missing.length);
  }
  return missing.length;
}

export type KatoSearchHit = {
  code: string;
  level: string;
  nameKk: string;
  nameRu: string;
  nameLatin: string | null;
  parentNameKk: string | null;
  parentNameRu: string | null;
  regionNameKk: string;
  regionNameRu: string;
};

const levelOrder = sql`case ${katoUnits.level} when 'oblast' then 0 when 'district' then 1 when 'sub_district' then 2 else 3 end`;

/**
 * Finds units by name in any script and word form: the query goes through
 * the same search tokens as the names (Latin and töte transliterated, Kazakh
 * stemmed and folded), so "Көкшетау", "кокшетау", "Kökşetau" all match.
 */
export async function searchKato(
  db: Executor,
  filter: { q: string; level?: string | undefined; regionCode?: string | undefined; limit: number },
): Promise<KatoSearchHit[]> {
  const query = searchQuery(stripTypeAbbreviations(filter.q));
  if (!query) return [];
  const parent = alias(katoUnits, 'parent');
  const region = alias(katoUnits, 'region');
  const tsquery = sql`to_tsquery('simple', ${query})`;
  const conditions: SQL[] = [sql`${katoUnits.searchVector} @@ ${tsquery}`];
  if (filter.level) conditions.push(eq(katoUnits.level, filter.level));
  if (filter.regionCode) conditions.push(eq(katoUnits.regionCode, filter.regionCode));
  return db
    .select({
      code: katoUnits.code,
      level: katoUnits.level,
      nameKk: katoUnits.nameKk,
      nameRu: katoUnits.nameRu,
      nameLatin: katoUnits.nameLatin,
      parentNameKk: parent.nameKk,
      parentNameRu: parent.nameRu,
      regionNameKk: region.nameKk,
      regionNameRu: region.nameRu,
    })
    .from(katoUnits)
    .leftJoin(parent, eq(parent.code, katoUnits.parentCode))
    .innerJoin(region, eq(region.code, katoUnits.regionCode))
    .where(and(...conditions))
    .orderBy(sql`ts_rank(${katoUnits.searchVector}, ${tsquery}) desc`, levelOrder, asc(katoUnits.code))
    .limit(filter.limit);
}
