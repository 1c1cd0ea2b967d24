import { eq, inArray, isNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { rankedSearchSql, searchPlan, toTsvectorSource } from '../../../lib/text/search';
import { cyrillicToLatin } from '../../../lib/text/transliteration';
import { numberedStatement, type Executor } from '../../platform/db';
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

/** Among names that match equally, regions before districts before rural okrugs before settlements. */
const levelOrder = `case level when 'oblast' then 0 when 'district' then 1 when 'sub_district' then 2 else 3 end`;

/**
 * Finds units by name in any script and word form: the query goes through
 * the same search tokens as the names (Latin and töte transliterated, Kazakh
 * stemmed and folded), so "Көкшетау", "кокшетау", "Kökşetau" all match.
 * Ranked like every Otandas search (rankedSearchSql): units holding the
 * query's rarer words first, so "Көкшетау қаласы" still finds the city
 * when a word is missing from its name. Tokens only: kato_units has no
 * folded-text column for pg_trgm yet.
 */
export async function searchKato(
  db: Executor,
  filter: { q: string; level?: string | undefined; regionCode?: string | undefined; limit: number },
): Promise<KatoSearchHit[]> {
  const plan = searchPlan(stripTypeAbbreviations(filter.q));
  if (!plan) return [];
  const ranked = rankedSearchSql(
    plan,
    {
      from: 'kato_units',
      key: 'code',
      vector: 'search_vector',
      where: (param) =>
        [filter.level ? `level = ${param(filter.level)}` : '', filter.regionCode ? `region_code = ${param(filter.regionCode)}` : '']
          .filter(Boolean)
          .join(' and '),
      tieBreak: levelOrder,
    },
    filter.limit,
  );
  const codes = (await db.execute<{ key: string }>(numberedStatement(ranked))).rows.map((row) => row.key);
  if (!codes.length) return [];
  const parent = alias(katoUnits, 'parent');
  const region = alias(katoUnits, 'region');
  const hits = await db
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
    .where(inArray(katoUnits.code, codes));
  const byCode = new Map(hits.map((hit) => [hit.code, hit]));
  return codes.flatMap((code) => byCode.get(code) ?? []);
}
