/**
 * Public intake under load: POST /api/v1/appeals on the real server, in a
 * child process, against a real PostgreSQL with durable commits; load from
 * autocannon in this process. The ceiling is a bare node:http server doing
 * the single INSERT of an equivalent appeal row on the same database.
 */
import { printResults, type BenchResult } from './harness';
import { allNames, appealMessages, phoneOf, spread, validIin } from './support/applicants';
import { appServerEnv, appServerNote } from './support/app-env';
import { startChild } from './support/children';
import { runLoad, type LoadOptions, type LoadResult } from './support/load';
import { makeDurable, openBenchDatabase, withClient } from './support/postgres';

const connections = Number(process.env.SUPPORT_BENCH_CONNECTIONS ?? 32);
const seconds = Number(process.env.SUPPORT_BENCH_SECONDS ?? 15);
const targetRate = 1000;

/** Topics a web appeal can be filed under without topic-specific fields, and the regions. */
function formChoices(url: string): Promise<{ topics: string[]; regions: string[] }> {
  return withClient(url, async (client) => {
    const topics = await client.query<{ code: string }>(
      `select code from support_topics where active and not exists (select 1 from jsonb_array_elements(fields) f where (f->>'required')::boolean) order by code`,
    );
    const regions = await client.query<{ code: string }>(`select code from kato_units where level = 'oblast' order by code`);
    return { topics: topics.rows.map((r) => r.code), regions: regions.rows.map((r) => r.code) };
  });
}

/** How many of the numbers the server answered with are stored, each once. */
function storedNumbers(url: string, numbers: string[]): Promise<number> {
  return withClient(url, async (client) => {
    const { rows } = await client.query<{ n: string }>('select count(*) as n from support_cases where number = any($1::text[])', [[...new Set(numbers)]]);
    return numbers.length === new Set(numbers).size ? Number(rows[0]!.n) : -1;
  });
}

/**
 * The n-th appeal: every tenth comes again from an earlier applicant (same
 * name and phone, so the person is matched, not registered), half give an IIN.
 */
function appealFor(names: string[], choices: { topics: string[]; regions: string[] }, runSalt: number) {
  return (n: number): LoadOptions['request'] extends (n: number) => infer R ? R : never => {
    const index = n + runSalt;
    const who = index % 10 === 0 ? Math.floor(index / 10) : index;
    const person: Record<string, string> = { name: names[spread(who, 7) % names.length]!, phone: phoneOf(who) };
    if (who % 2) person.iin = validIin(who);
    const body = {
      topic: choices.topics[spread(index, 11) % choices.topics.length],
      message: appealMessages[spread(index, 13) % appealMessages.length],
      consent: true,
      region: choices.regions[spread(index, 17) % choices.regions.length],
      person,
    };
    return { method: 'POST', path: '/api/v1/appeals', body: JSON.stringify(body) };
  };
}

const describe = (r: LoadResult) => `${r.perSecond.toFixed(0)}/s, p50 ${r.p50} ms, p99 ${r.p99} ms`;

export async function run(): Promise<void> {
  console.log('\nsupport intake: POST /api/v1/appeals on real PostgreSQL');
  const database = await openBenchDatabase('otandas_bench_intake', 55501);
  if ('skip' in database) {
    console.log(`  skipped: ${database.skip}`);
    return;
  }
  try {
    const durability = await makeDurable(database);
    console.log(`  database: ${database.origin}; ${durability}`);
    console.log(`  ${appServerNote}`);
    console.log(`  load: autocannon in the bench process, ${connections} connections, ${seconds} s after a 3 s warm-up`);
    const names = allNames();
    const app = await startChild('app-server.ts', appServerEnv(database.url, 'intake'));
    let saturated: LoadResult;
    let atTarget: LoadResult | null = null;
    const numbers: string[] = [];
    const collect = (body: Buffer) => {
      const answer = JSON.parse(body.toString('utf8')) as { number?: string; accessCode?: string };
      if (answer.number && answer.accessCode) numbers.push(answer.number);
    };
    try {
      const choices = await formChoices(database.url);
      const load = (salt: number, secs: number, rate?: number) =>
        runLoad({ url: app.url, connections, seconds: secs, rate, expectStatus: 201, request: appealFor(names, choices, salt), onBody: collect });
      await load(10_000_000, 3);
      saturated = await load(20_000_000, seconds);
      atTarget = await load(40_000_000, seconds, targetRate);
      const stored = await storedNumbers(database.url, numbers);
      console.log(`  every 201 committed: ${stored === numbers.length ? 'yes' : 'NO'} (${numbers.length} case numbers answered with 201, ${stored} of them in support_cases)`);
    } finally {
      await app.stop();
    }
    const ceilingServer = await startChild('ceiling-server.ts', { DATABASE_URL: database.url });
    let ceiling: LoadResult;
    try {
      const choices = await formChoices(database.url);
      const load = (salt: number, secs: number) =>
        runLoad({ url: ceilingServer.url, connections, seconds: secs, expectStatus: 201, request: appealFor(names, choices, salt) });
      await load(50_000_000, 3);
      ceiling = await load(60_000_000, seconds);
    } finally {
      await ceilingServer.stop();
    }
    console.log(`  app, as fast as it answers: ${describe(saturated)}`);
    console.log(`  app, offered ${targetRate}/s: ${describe(atTarget)} (autocannon's rate mode: each connection sends its share of a second at once, then waits)`);
    console.log(`  ceiling (bare node:http, one INSERT): ${describe(ceiling)}`);
    const results: BenchResult[] = [
      {
        name: 'appeals filed per second',
        subject: { label: 'POST /appeals', value: saturated.perSecond, unit: '/s' },
        baseline: { label: 'bare INSERT server', value: ceiling.perSecond, unit: '/s' },
        ratioNote: '× the ceiling (higher is better)',
        target: '≥ 1000/s',
      },
      {
        name: `p99 at ${targetRate}/s offered`,
        subject: { label: 'POST /appeals', value: atTarget.p99, unit: 'ms' },
        baseline: { label: 'bare INSERT server (saturated)', value: ceiling.p99, unit: 'ms' },
        ratioNote: '× the ceiling (lower is better)',
        target: '≤ 100 ms',
      },
    ];
    printResults(results);
  } finally {
    await database.close();
  }
}
