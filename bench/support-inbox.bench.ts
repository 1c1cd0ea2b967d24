/**
 * The support inbox under load with a million cases: GET /api/v1/cases with
 * filters and with q= search by number, name (Cyrillic and Latin), IIN and
 * phone, on the real server in a child process against a real PostgreSQL,
 * signed in as an operator (who sees every region); load from autocannon in
 * this process. The ceiling is a bare node:http server answering the newest
 * page with one SELECT on the same database.
 */
import { printResults, type BenchResult } from './harness';
import { appServerEnv, appServerNote } from './support/app-env';
import { startChild } from './support/children';
import { datasetPeople, loadDataset, phoneSql } from './support/dataset';
import { runLoad, type LoadResult } from './support/load';
import { openBenchDatabase, withClient } from './support/postgres';
import { createOperators, signInOperator } from './support/staff';

const cases = Number(process.env.SUPPORT_BENCH_CASES ?? 1_000_000);
const connections = Number(process.env.SUPPORT_BENCH_CONNECTIONS ?? 8);
const seconds = Number(process.env.SUPPORT_BENCH_SECONDS ?? 15);
const perKindSeconds = Math.max(3, Math.round(seconds / 3));

/** What operators ask for, with values taken from the loaded data: each kind a list of query strings. */
function inboxQueries(url: string): Promise<Array<{ kind: string; paths: string[] }>> {
  return withClient(url, async (client) => {
    const one = async <T>(text: string): Promise<T> => (await client.query(text)).rows[0] as T;
    const { regions, topics } = await one<{ regions: string[]; topics: string[] }>(
      `select (select array_agg(code) from kato_units where level = 'oblast') as regions, (select array_agg(code) from support_topics) as topics`,
    );
    const sample = async (text: string) => (await client.query<{ v: string }>(text)).rows.map((r) => r.v);
    const numbers = await sample(`select number as v from support_cases tablesample system (0.1) limit 50`);
    const names = await sample(`select distinct on (full_name) full_name as v from people tablesample system (0.1) limit 50`);
    const latinNames = await sample(`select distinct on (name_latin) name_latin as v from people tablesample system (0.1) where full_name ~ '^[A-Za-z]' limit 20`);
    const iins = await sample(`select iin as v from people tablesample system (0.1) where iin is not null limit 50`);
    const phones = await sample(`select ${phoneSql('n')} as v from generate_series(1, ${datasetPeople - 1}, ${Math.floor(datasetPeople / 50)}) n`);
    const surnames = await sample(`select distinct split_part(full_name, ' ', 1) as v from people tablesample system (0.1) where full_name !~ '^[A-Za-z]' limit 20`);
    const typedPhone = (p: string) => `+7 ${p.slice(2, 5)} ${p.slice(5, 8)} ${p.slice(8, 10)} ${p.slice(10)}`;
    const q = (value: string) => `/api/v1/cases?q=${encodeURIComponent(value)}`;
    return [
      { kind: 'newest', paths: ['/api/v1/cases'] },
      { kind: 'status=open', paths: ['/api/v1/cases?status=open'] },
      { kind: 'region', paths: regions.map((r) => `/api/v1/cases?region=${r}`) },
      { kind: 'region+status=new', paths: regions.map((r) => `/api/v1/cases?region=${r}&status=new`) },
      { kind: 'topic+status=open', paths: topics.map((t) => `/api/v1/cases?topic=${t}&status=open`) },
      { kind: 'assignee=none', paths: ['/api/v1/cases?assignee=none&status=new'] },
      { kind: 'due=overdue by due', paths: ['/api/v1/cases?due=overdue&sort=due'] },
      { kind: 'q=number', paths: numbers.map(q) },
      { kind: 'q=full name', paths: names.map(q) },
      { kind: 'q=Latin name', paths: latinNames.map(q) },
      { kind: 'q=surname', paths: surnames.map(q) },
      { kind: 'q=IIN', paths: iins.map(q) },
      { kind: 'q=phone', paths: phones.map(typedPhone).map(q) },
    ];
  });
}

const loadedCases = (url: string) =>
  withClient(url, async (client) => Number((await client.query<{ n: string }>('select count(*) as n from support_cases')).rows[0]!.n));

const describe = (r: LoadResult) => `${r.perSecond.toFixed(0)}/s, p50 ${r.p50.toFixed(1)} ms, p95 ${r.p95.toFixed(1)} ms, p99 ${r.p99.toFixed(1)} ms`;

export async function run(): Promise<void> {
  console.log(`\nsupport inbox: GET /api/v1/cases with ${cases.toLocaleString('en')} cases on real PostgreSQL`);
  const database = await openBenchDatabase('otandas_bench_inbox', 55502);
  if ('skip' in database) {
    console.log(`  skipped: ${database.skip}`);
    return;
  }
  try {
    console.log(`  database: ${database.origin}`);
    console.log(`  ${appServerNote}`);
    const app = await startChild('app-server.ts', appServerEnv(database.url, 'inbox'));
    const results: BenchResult[] = [];
    let mixed: LoadResult;
    try {
      if ((await loadedCases(database.url)) === cases) console.log(`  reusing the ${cases} cases loaded before`);
      else {
        console.log('  loading the data set:');
        await createOperators(database.url);
        await loadDataset(database.url, cases, (line) => console.log(line));
      }
      const cookie = await signInOperator(app.url);
      const kinds = await inboxQueries(database.url);
      console.log(`  load: autocannon in the bench process; each kind ${perKindSeconds} s on 4 connections, then all mixed ${seconds} s on ${connections}`);
      const load = (paths: string[], conns: number, secs: number) =>
        runLoad({ url: app.url, connections: conns, seconds: secs, expectStatus: 200, request: (n) => ({ method: 'GET', path: paths[n % paths.length]!, headers: { cookie } }) });
      await load(kinds.flatMap((k) => k.paths), connections, 3);
      for (const kind of kinds) {
        const result = await load(kind.paths, 4, perKindSeconds);
        console.log(`  ${kind.kind.padEnd(20)} ${describe(result)}`);
      }
      const all = kinds.flatMap((k) => k.paths.slice(0, 10));
      mixed = await load(all, connections, seconds);
      console.log(`  ${'all mixed'.padEnd(20)} ${describe(mixed)}`);
    } finally {
      await app.stop();
    }
    const ceilingServer = await startChild('ceiling-server.ts', { DATABASE_URL: database.url });
    let ceiling: LoadResult;
    try {
      const load = (secs: number) => runLoad({ url: ceilingServer.url, connections, seconds: secs, expectStatus: 200, request: () => ({ method: 'GET', path: '/' }) });
      await load(3);
      ceiling = await load(seconds);
      console.log(`  ${'ceiling'.padEnd(20)} ${describe(ceiling)} (bare node:http, one SELECT of the newest page)`);
    } finally {
      await ceilingServer.stop();
    }
    results.push(
      {
        name: `inbox p95, all kinds mixed, ${connections} connections`,
        subject: { label: 'GET /cases', value: mixed.p95, unit: 'ms' },
        baseline: { label: 'bare SELECT server', value: ceiling.p95, unit: 'ms' },
        ratioNote: '× the ceiling (lower is better)',
        target: 'p95 ≤ 50 ms',
      },
      {
        name: 'inbox requests per second',
        subject: { label: 'GET /cases', value: mixed.perSecond, unit: '/s' },
        baseline: { label: 'bare SELECT server', value: ceiling.perSecond, unit: '/s' },
        ratioNote: '× the ceiling (higher is better)',
      },
    );
    printResults(results);
  } finally {
    await database.close();
  }
}
