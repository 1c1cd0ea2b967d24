/**
 * The relocation advisor's ranking (src/lib/ranking), in process, beside the
 * same ranking done in SQL on PostgreSQL over a table with the same data
 * (see settlements/sql.ts). Rows:
 * - 3,300 settlements (the priority regions), custom weights per run, the
 *   school must-have, top 50 with Pareto flags and contributions: p99;
 * - the same with 1,000 Monte Carlo samples of the weights (rank ranges);
 * - 1,000,000 synthetic settlements, top 50 with Pareto flags.
 * PostgreSQL is the server DATABASE_URL names or a throwaway cluster; without
 * either, the SQL figures are skipped with the reason. The engine rows use a
 * synthetic catalogue (settlements/synthetic.ts) so the SQL side has the same
 * data; the real catalogue (the 2025 priority regions, built from the shipped
 * files on PGlite) is ranked through the service (must-haves, DTOs) and over
 * HTTP against a server started here (see realCatalogue).
 */
import type { RankingTable } from '../src/lib/ranking';
import { DIMENSIONS, type DimensionWeights } from '../src/lib/contracts/settlements';
import { buildCandidateMask, prepareRanking, rankPrepared, type PreparedRanking, type RankRequest } from '../src/lib/ranking';
import { seededRandom } from '../src/lib/random';
import { printResults, type BenchResult } from './harness';
import { openBenchDatabase, withClient } from './support/postgres';
import { percentile } from './support/load';
import { columnOf, syntheticCatalogue } from './settlements/synthetic';
import { loadTable, rankingSql, rankRangesSql } from './settlements/sql';

const SMALL = 3_300;
const LARGE = 1_000_000;
const LIMIT = 50;
const RUNS = Number(process.env.SETTLEMENTS_BENCH_RUNS ?? 1000);
const SAMPLES = 1_000;
const MUST_HAVE = 'school';

/** A family's sliders: whole steps 0..5, at least one above 0. */
function weightStream(seed: number): () => DimensionWeights {
  const random = seededRandom(seed);
  return () => {
    const weights = Object.fromEntries(DIMENSIONS.map((d) => [d, Math.floor(random() * 6)])) as DimensionWeights;
    if (DIMENSIONS.every((d) => weights[d] === 0)) weights.education = 3;
    return weights;
  };
}

function request(table: RankingTable, weights: DimensionWeights, extra: Partial<RankRequest> = {}): RankRequest {
  const candidates = buildCandidateMask(table.size, [{ column: columnOf(table, MUST_HAVE), min: 1 }]);
  return { weights, candidates, method: 'weighted', limit: LIMIT, ...extra };
}

/** Sorted timings in ms of `runs` calls, after `warmup` untimed ones. */
async function timings(runs: number, warmup: number, fn: () => unknown): Promise<number[]> {
  const times: number[] = [];
  for (let i = -warmup; i < runs; i++) {
    const started = performance.now();
    await fn();
    if (i >= 0) times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b);
}

const describe = (label: string, times: number[]) =>
  console.log(`  ${label}: p50 ${percentile(times, 50).toFixed(2)} ms, p99 ${percentile(times, 99).toFixed(2)} ms, max ${times.at(-1)!.toFixed(2)} ms over ${times.length} runs`);

type InProcess = { small: number[]; samples: number[]; large: number[]; smallTable: RankingTable; largeTable: RankingTable; smallPrepared: PreparedRanking };

async function inProcess(): Promise<InProcess> {
  const smallTable = syntheticCatalogue(SMALL);
  const smallPrepared = prepareRanking(smallTable, { normalisation: 'minmax' });
  const nextWeights = weightStream(1);
  console.log(`\nsettlement ranking in process (synthetic catalogue, must-have ${MUST_HAVE}, top ${LIMIT} with Pareto and contributions)`);
  const small = await timings(RUNS, 100, () => rankPrepared(smallPrepared, request(smallTable, nextWeights())));
  describe(`${SMALL.toLocaleString('en')} settlements, weighted`, small);
  for (const method of ['geometric', 'topsis'] as const) {
    describe(`${SMALL.toLocaleString('en')} settlements, ${method}`, await timings(RUNS, 100, () => rankPrepared(smallPrepared, request(smallTable, nextWeights(), { method }))));
  }
  let seed = 0;
  const samples = await timings(30, 5, () => rankPrepared(smallPrepared, request(smallTable, nextWeights(), { robustness: { samples: SAMPLES, seed: ++seed } })));
  describe(`${SMALL.toLocaleString('en')} settlements, ${SAMPLES} Monte Carlo samples`, samples);
  describe(
    `  the same, TOPSIS`,
    await timings(10, 2, () => rankPrepared(smallPrepared, request(smallTable, nextWeights(), { method: 'topsis', robustness: { samples: SAMPLES, seed: ++seed } }))),
  );

  let started = performance.now();
  const largeTable = syntheticCatalogue(LARGE, 7);
  const generated = performance.now() - started;
  started = performance.now();
  const largePrepared = prepareRanking(largeTable, { normalisation: 'minmax' });
  console.log(`  ${LARGE.toLocaleString('en')} settlements: generated in ${generated.toFixed(0)} ms, prepared (normalised once) in ${(performance.now() - started).toFixed(0)} ms`);
  const large = await timings(15, 3, () => rankPrepared(largePrepared, request(largeTable, nextWeights())));
  describe(`${LARGE.toLocaleString('en')} settlements, weighted (mask built per request)`, large);
  const fixedMask = request(largeTable, nextWeights()).candidates;
  describe(`  the same, mask built once`, await timings(15, 3, () => rankPrepared(largePrepared, { ...request(largeTable, nextWeights()), candidates: fixedMask })));
  describe(`  the same, geometric`, await timings(8, 2, () => rankPrepared(largePrepared, { ...request(largeTable, nextWeights()), candidates: fixedMask, method: 'geometric' })));
  describe(`  the same, TOPSIS`, await timings(8, 2, () => rankPrepared(largePrepared, { ...request(largeTable, nextWeights()), candidates: fixedMask, method: 'topsis' })));
  const front = rankPrepared(largePrepared, { ...request(largeTable, nextWeights()), candidates: fixedMask, limit: 1000 });
  console.log(`  Pareto-optimal among the best 1,000 of ${front.total.toLocaleString('en')} candidates: ${front.items.filter((i) => i.pareto).length}`);
  return { small, samples, large, smallTable, largeTable, smallPrepared };
}

type Sql = { small: number[]; samples: number[]; large: number[] } | { skip: string };

async function inPostgres(run: InProcess): Promise<Sql> {
  const database = await openBenchDatabase('otandas_bench_settlements_rank', 55503);
  if ('skip' in database) return database;
  try {
    return await withClient(database.url, async (client) => {
      console.log(`\nthe same ranking in SQL on ${database.origin}`);
      await loadTable(client, 'rank_small', run.smallTable);
      const started = performance.now();
      await loadTable(client, 'rank_large', run.largeTable);
      console.log(`  ${LARGE.toLocaleString('en')} rows loaded in ${((performance.now() - started) / 1000).toFixed(0)} s`);
      const mustHave = run.smallTable.criteria.findIndex((c) => c.key === MUST_HAVE);
      const smallSql = rankingSql('rank_small', run.smallTable, mustHave, LIMIT);
      const largeSql = rankingSql('rank_large', run.largeTable, mustHave, LIMIT);
      // The same effective weights as in process, in points.
      const effective = (weights: DimensionWeights) => [...rankPrepared(run.smallPrepared, { weights, method: 'weighted', limit: 0 }).criterionWeights].map((w) => 100 * w);

      const check = weightStream(99)();
      const ours = rankPrepared(run.smallPrepared, request(run.smallTable, check)).items.map((i) => i.index);
      const theirs = (await client.query<{ id: number }>(smallSql, effective(check))).rows.map((r) => r.id);
      const shared = ours.filter((id) => theirs.includes(id)).length;
      console.log(`  same top ${LIMIT} as in process: ${shared} of ${LIMIT} settlements in common${shared === LIMIT && ours.every((id, k) => id === theirs[k]) ? ', in the same order' : ''}`);

      const nextWeights = weightStream(1);
      const small = await timings(Math.max(500, Math.min(RUNS, 1000)), 50, () => client.query(smallSql, effective(nextWeights())));
      describe(`${SMALL.toLocaleString('en')} rows, weighted min-max sum, top ${LIMIT}`, small);

      const weights = nextWeights();
      const result = rankPrepared(run.smallPrepared, request(run.smallTable, weights));
      const dimensions = run.smallPrepared.dimensions;
      const shares = new Float64Array(run.smallTable.criteria.length).fill(0);
      run.smallTable.criteria.forEach((criterion, c) => {
        const inDimension = run.smallTable.criteria.filter((x) => x.dimension === criterion.dimension).length;
        shares[c] = 1 / inDimension;
      });
      const random = seededRandom(5);
      const factors = Array.from({ length: SAMPLES * dimensions.length }, (_, k) => weights[dimensions[k % dimensions.length] as keyof DimensionWeights] * (0.5 + random()));
      const rangesSql = rankRangesSql('rank_small', run.smallTable, mustHave, dimensions, shares, SAMPLES);
      const page = result.items.map((i) => i.index);
      const samples = await timings(3, 1, () => client.query(rangesSql, [factors, page]));
      describe(`${SMALL.toLocaleString('en')} rows, ${SAMPLES} samples ranked with rank() over (partition by sample)`, samples);

      const large = await timings(3, 1, () => client.query(largeSql, effective(nextWeights())));
      describe(`${LARGE.toLocaleString('en')} rows, weighted min-max sum, top ${LIMIT}`, large);
      return { small, samples, large };
    });
  } finally {
    await database.close();
  }
}

/**
 * POST /api/v1/settlements/rank over HTTP against a running server at
 * `baseUrl`: p99 of 500 requests with varying weights, beside the in-process
 * p99. The body follows settlements.schema.ts's rankRequest; adjust it there
 * if the route wants more (a CSRF token, a session).
 */
export async function httpRankFigure(baseUrl: string, runs = 500): Promise<{ times: number[] }> {
  const nextWeights = weightStream(3);
  const url = new URL('/api/v1/settlements/rank', baseUrl);
  const times = await timings(runs, 50, async () => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ weights: nextWeights(), filters: { mustHave: [MUST_HAVE] }, method: 'weighted', limit: LIMIT }),
    });
    if (!response.ok) throw new Error(`POST ${url} answered ${response.status}: ${await response.text()}`);
    await response.arrayBuffer();
  });
  describe(`HTTP POST ${url.pathname}`, times);
  return { times };
}

type Real = { size: number; service: number[]; http: number[] };

/**
 * The real catalogue: a server on an in-memory PGlite database builds it at
 * start; the same family's request is timed through the module's service in
 * process and as POST /api/v1/settlements/rank over HTTP.
 */
async function realCatalogue(): Promise<Real> {
  const [{ startServer }, { loadConfig }, { openDatabase, migrateDatabase }, { seedReference }, settlements] = await Promise.all([
    import('../src/server/main'),
    import('../src/server/platform/config'),
    import('../src/server/platform/db'),
    import('../src/server/seed'),
    import('../src/server/modules/settlements'),
  ]);
  const database = await openDatabase({ dataDir: 'memory://', poolSize: 2 });
  const config = loadConfig({ ...process.env, HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'silent', JOBS_ENABLED: '0', OTANDAS_DEMO_DATA: '0', DATABASE_URL: '' }, { dataDir: 'memory://', secret: 'bench-secret-bench-secret-bench-secret-00' });
  const server = await startServer({ config, serveWeb: false });
  try {
    await migrateDatabase(database.db);
    await seedReference(database.db);
    const catalogue = await settlements.rankingCatalogue(database.db);
    console.log(`\nthe real catalogue: ${catalogue.size.toLocaleString('en')} settlements of the priority regions`);
    const body = (weights: DimensionWeights) => settlements.rankRequest.parse({ weights, filters: { mustHave: [MUST_HAVE] }, limit: LIMIT });
    const nextWeights = weightStream(2);
    const service = await timings(RUNS, 100, () => settlements.rankCatalogue(catalogue, body(nextWeights())));
    describe(`rankCatalogue (must-haves, engine, DTOs)`, service);
    const http = (await httpRankFigure(server.url, RUNS >= 500 ? 500 : RUNS)).times;
    return { size: catalogue.size, service, http };
  } finally {
    await server.stop();
    await database.close();
  }
}

export async function run(): Promise<void> {
  const real = await realCatalogue();
  const measured = await inProcess();
  const sql = await inPostgres(measured);
  const results: BenchResult[] = [];
  if ('skip' in sql) {
    console.log(`\nPostgreSQL baseline skipped: ${sql.skip}`);
    console.log(`  in process: ${SMALL} p99 ${percentile(measured.small, 99).toFixed(2)} ms; ${SAMPLES} samples p50 ${percentile(measured.samples, 50).toFixed(1)} ms; ${LARGE} p50 ${percentile(measured.large, 50).toFixed(1)} ms`);
  } else {
    const row = (name: string, ours: number, theirs: number, what: string, target: string): BenchResult => ({
      name,
      subject: { label: `rankPrepared ${what}`, value: ours, unit: 'ms' },
      baseline: { label: `PostgreSQL ${what}`, value: theirs, unit: 'ms' },
      ratioNote: '× PostgreSQL (lower is better)',
      target,
    });
    results.push(
      row(`rank ${SMALL.toLocaleString('en')} settlements`, percentile(measured.small, 99), percentile(sql.small, 99), 'p99', 'p99 ≤ 5 ms'),
      row(`${SAMPLES} Monte Carlo samples, ${SMALL.toLocaleString('en')}`, percentile(measured.samples, 50), percentile(sql.samples, 50), 'median', '≤ 200 ms'),
      row(`rank ${LARGE.toLocaleString('en')} synthetic`, percentile(measured.large, 50), percentile(sql.large, 50), 'median', '≤ 300 ms'),
    );
  }
  // The real catalogue's rows stand beside the SQL ranking of the same size when PostgreSQL ran, else beside the engine alone.
  const sqlP99 = 'skip' in sql ? null : percentile(sql.small, 99);
  const baseline = sqlP99 === null
    ? { label: `rankPrepared, synthetic ${SMALL.toLocaleString('en')}, p99`, value: percentile(measured.small, 99), unit: 'ms', note: 'the engine alone' }
    : { label: `PostgreSQL ${SMALL.toLocaleString('en')} rows, p99`, value: sqlP99, unit: 'ms', note: 'the SQL ranking (no HTTP)' };
  results.push(
    {
      name: `rank the real catalogue (${real.size.toLocaleString('en')}) in process, p99`,
      subject: { label: 'rankCatalogue', value: percentile(real.service, 99), unit: 'ms' },
      baseline,
      ratioNote: `× ${baseline.note} (lower is better)`,
      target: 'p99 ≤ 5 ms',
    },
    {
      name: `rank over HTTP, p99`,
      subject: { label: 'POST /settlements/rank', value: percentile(real.http, 99), unit: 'ms' },
      baseline,
      ratioNote: `× ${baseline.note} (lower is better)`,
      target: 'p99 ≤ 20 ms over HTTP',
    },
  );
  if (results.length) printResults(results);
}
