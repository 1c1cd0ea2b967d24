/**
 * The same ranking in PostgreSQL, as the benchmark's baseline: a table with
 * one float8 column per criterion (NULL where unknown), min-max normalised
 * over the whole table with window min/max, the weighted sum, the must-haves
 * as a filter, ORDER BY score DESC LIMIT 50. For the Monte Carlo figure, the
 * same dimension scores crossed with every sample's weights, ranked per
 * sample with rank(), and the page's 5th/95th percentile ranks.
 */
import type pg from 'pg';
import type { RankingTable } from '../../src/lib/ranking';

const BATCH = 20_000;
const column = (c: number) => `c${c}`;

export async function loadTable(client: pg.Client, name: string, table: RankingTable): Promise<void> {
  await client.query(`drop table if exists ${name}`);
  await client.query(`create table ${name} (id int primary key, ${table.criteria.map((_, c) => `${column(c)} float8`).join(', ')})`);
  const casts = table.criteria.map((_, c) => `$${c + 2}::float8[]`).join(', ');
  for (let from = 0; from < table.size; from += BATCH) {
    const to = Math.min(table.size, from + BATCH);
    const ids = Array.from({ length: to - from }, (_, k) => from + k);
    const values = table.columns.map((col) => Array.from(col.subarray(from, to), (x) => (Number.isNaN(x) ? null : x)));
    await client.query(`insert into ${name} select * from unnest($1::int[], ${casts})`, [ids, ...values]);
  }
  await client.query(`analyze ${name}`);
}

/** Each criterion min-max normalised over the whole table, flipped where lower is better, 0 where unknown, 1 on a constant column. */
function normalisedColumns(table: RankingTable): string[] {
  return table.criteria.map((criterion, c) => {
    const x = column(c);
    const lo = `min(${x}) over ()`;
    const hi = `max(${x}) over ()`;
    const scaled = criterion.direction === 'lower' ? `(${hi} - ${x})` : `(${x} - ${lo})`;
    return `coalesce(${scaled} / nullif(${hi} - ${lo}, 0), case when ${x} is null then 0 else 1 end) as n${c}`;
  });
}

/** Weighted sum of the normalised criteria, best 50 among the rows where `mustHave` (a criterion position) is 1. */
export function rankingSql(name: string, table: RankingTable, mustHave: number, limit: number): string {
  const score = table.criteria.map((_, c) => `$${c + 1}::float8 * n${c}`).join(' + ');
  return `select id, ${score} as score
    from (select id, ${column(mustHave)} as must, ${normalisedColumns(table).join(', ')} from ${name}) normalised
    where must = 1
    order by score desc, id
    limit ${limit}`;
}

/**
 * Rank ranges in SQL: dimension scores (share-weighted means of the
 * normalised criteria, `shares` per criterion) per candidate, crossed with
 * the samples; $1 is the flattened samples × dimensions array of sampled
 * dimension weights, $2 the page's ids.
 */
export function rankRangesSql(name: string, table: RankingTable, mustHave: number, dimensions: readonly string[], shares: Float64Array, samples: number): string {
  const dimensionScores = dimensions.map((d, a) => {
    const terms = table.criteria.flatMap((criterion, c) => (criterion.dimension === d && shares[c]! > 0 ? [`${shares[c]} * n${c}`] : []));
    return `${terms.length ? terms.join(' + ') : '0'} as d${a}`;
  });
  const sampled = dimensions.map((_, a) => `($1::float8[])[s * ${dimensions.length} + ${a + 1}] * d${a}`).join(' + ');
  return `with normalised as (
      select id, ${column(mustHave)} as must, ${normalisedColumns(table).join(', ')} from ${name}
    ), dims as (
      select id, ${dimensionScores.join(', ')} from normalised where must = 1
    ), ranked as (
      select id, rank() over (partition by s order by ${sampled} desc) as r
      from dims cross join generate_series(0, ${samples - 1}) as s
    )
    select id, percentile_disc(0.05) within group (order by r) as low, percentile_disc(0.95) within group (order by r) as high
    from ranked where id = any($2::int[]) group by id`;
}
