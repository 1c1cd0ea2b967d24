import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { solveProofOfWork } from '../../../lib/contracts/proof-of-work';
import { openDatabase, type DatabaseHandle } from '../../platform/db';
import { createScratchPostgresDatabase } from '../../platform/testing';
import { accessCodeMatches } from './access-codes';
import { startServerProcess, type ServerProcess } from './testing/server-process';

/**
 * The public form's promise: once it answers 201 with a number and access
 * code, the appeal is stored. The real server is streamed appeals, killed
 * with SIGKILL mid-stream, restarted on the same data, and every
 * acknowledged appeal must be there. On PGlite the database dies with the
 * server, so this also checks that the embedded database has the commit on
 * disk before the answer goes out.
 */
const streams = 8;
/** Appeals acknowledged before the kill; the kill comes earlier if streaming takes longer than the limit. */
const acknowledgedBeforeKill = 300;
const streamingLimitMs = 10_000;
/** A cold start migrates and loads reference data; on a busy machine that takes tens of seconds. */
const startLimitMs = 90_000;
/** The status page allows 30 look-ups a minute per address; the latest acknowledged appeals are read through it. */
const readBackThroughApi = 20;

type Created = { number: string; accessCode: string };
type Attempt = {
  key: string;
  body: Record<string, unknown>;
  /** The POST left the client (the challenge and proof of work came first). */
  posted: boolean;
  created?: Created;
  /** What the client saw instead of an answer. */
  error?: string;
};

type Run = {
  id: string;
  url: string;
  attempts: Attempt[];
  acknowledged: number;
  killSent: boolean;
  kill(): void;
};

const appealFor = (run: string, stream: number, index: number) => ({
  topic: 'kandas_status',
  language: 'kk',
  message: `Сәлеметсіз бе! Қандас мәртебесін алу үшін қандай құжаттар керек? Өтініш ${run}/${stream}/${index}.`,
  consent: true,
  region: '110000000',
  person: { name: 'Жұмабай Нұрлан', email: `applicant.${run}.${stream}.${index}@example.org` },
});

const describeError = (error: unknown) => {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error as Error).message;
};

/** Files an appeal the way the portal does: a challenge, its proof of work, then the POST with an Idempotency-Key. */
async function postAppeal(url: string, attempt: Attempt): Promise<Response> {
  const challenge = (await (await fetch(`${url}/api/v1/appeals/challenge`)).json()) as { challenge: string; bits: number };
  const nonce = await solveProofOfWork(challenge.challenge, challenge.bits);
  attempt.posted = true;
  return fetch(`${url}/api/v1/appeals`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': attempt.key },
    body: JSON.stringify({ ...attempt.body, proof: { challenge: challenge.challenge, nonce } }),
  });
}

/** One client filing appeals one after another until the server is killed under it. */
async function fileUntilKilled(run: Run, stream: number): Promise<void> {
  for (let index = 0; !run.killSent; index += 1) {
    const attempt: Attempt = { key: `crash-${run.id}-${stream}-${index}`, body: appealFor(run.id, stream, index), posted: false };
    run.attempts.push(attempt);
    try {
      const response = await postAppeal(run.url, attempt);
      const text = await response.text();
      if (response.status !== 201) {
        attempt.error = `HTTP ${response.status} ${text}`;
        continue;
      }
      attempt.created = JSON.parse(text) as Created;
      run.acknowledged += 1;
      // Killed right after an answer, while the other streams wait for theirs.
      if (run.acknowledged >= acknowledgedBeforeKill) run.kill();
    } catch (error) {
      if (!run.killSent) {
        attempt.error = `before the kill: ${describeError(error)}`;
        continue;
      }
      attempt.error = describeError(error);
      return;
    }
  }
}

type CaseRow = { id: string; number: string; key: string; accessCodeHash: string };

async function storedCases(database: DatabaseHandle, run: string): Promise<Map<string, CaseRow>> {
  const { rows } = await database.pool.query<CaseRow>(
    `select id, number, idempotency_key as key, access_code_hash as "accessCodeHash" from support_cases where idempotency_key like $1`,
    [`web:crash-${run}-%`],
  );
  return new Map(rows.map((row) => [row.key.slice('web:'.length), row]));
}

describe('public intake across a crash', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'otandas-crash-'));
  const secret = randomBytes(32).toString('base64url');
  let env: NodeJS.ProcessEnv;
  let databaseUrl: string | undefined;
  let dropDatabase: () => Promise<void> = async () => {};
  let server: ServerProcess | undefined;
  let database: DatabaseHandle | undefined;

  before(async () => {
    if (process.env.DATABASE_URL) {
      const scratch = await createScratchPostgresDatabase(process.env.DATABASE_URL);
      databaseUrl = scratch.url;
      dropDatabase = scratch.drop;
    }
    env = {
      OTANDAS_DATA_DIR: path.join(dir, 'db'),
      DATABASE_URL: databaseUrl ?? '',
      OTANDAS_SECRET: secret,
      OTANDAS_DEMO_DATA: '0',
      APPEAL_POW_BITS: '4',
      APPEALS_PER_MINUTE: '1000000',
      LOG_LEVEL: 'warn',
    };
  });

  after(async () => {
    await database?.close().catch(() => undefined);
    await server?.kill();
    await dropDatabase().catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  });

  test('every appeal answered 201 before a SIGKILL is there after the restart, once', { timeout: 2 * startLimitMs - 10_000 }, async (t) => {
    const started = performance.now();
    const first = await startServerProcess(env, startLimitMs);
    server = first;
    const startedIn = performance.now() - started;

    const run: Run = {
      id: randomBytes(4).toString('hex'),
      url: first.url,
      attempts: [],
      acknowledged: 0,
      killSent: false,
      kill() {
        if (this.killSent) return;
        this.killSent = true;
        void first.kill('SIGKILL');
      },
    };
    const streaming = performance.now();
    const limit = setTimeout(() => run.kill(), streamingLimitMs);
    await Promise.all(Array.from({ length: streams }, (_, stream) => fileUntilKilled(run, stream)));
    clearTimeout(limit);
    const streamedMs = performance.now() - streaming;
    const exit = await first.exited;
    assert.equal(exit.signal, 'SIGKILL', `the server was killed, not stopped (${JSON.stringify(exit)})`);

    const failed = run.attempts.filter((a) => a.error?.startsWith('HTTP') || a.error?.startsWith('before the kill'));
    assert.deepEqual(failed.map((a) => a.error), [], `no appeal failed before the kill; the server said:\n${first.output()}`);
    const acknowledged = run.attempts.filter((a) => a.created);
    const cutOff = run.attempts.filter((a) => a.posted && !a.created);
    assert.ok(acknowledged.length > 0, 'appeals were acknowledged before the kill');
    assert.ok(cutOff.length > 0, 'at least one appeal was in flight when the server was killed');

    const restarting = performance.now();
    const second = await startServerProcess(env, startLimitMs);
    server = second;
    const restartedIn = performance.now() - restarting;
    database = await openDatabase({ databaseUrl, dataDir: env.OTANDAS_DATA_DIR!, shareRunning: true, poolSize: 2 });
    assert.equal(database.kind, databaseUrl ? 'postgres' : 'pglite-shared', 'the check reads the database the server uses');

    const stored = await storedCases(database, run.id);
    const lost = acknowledged.filter((a) => stored.get(a.key)?.number !== a.created!.number).map((a) => `${a.key} → ${a.created!.number}`);
    assert.deepEqual(lost, [], 'every acknowledged appeal is stored under its number');
    const wrongCode = acknowledged.filter((a) => {
      const row = stored.get(a.key)!;
      return !accessCodeMatches(secret, row.id, a.created!.accessCode, row.accessCodeHash);
    });
    assert.deepEqual(wrongCode.map((a) => a.key), [], 'every acknowledged access code opens its appeal');

    for (const attempt of acknowledged.slice(-readBackThroughApi)) {
      const { number, accessCode } = attempt.created!;
      const status = await fetch(`${second.url}/api/v1/appeals/status?number=${encodeURIComponent(number)}&code=${encodeURIComponent(accessCode)}`);
      const text = await status.text();
      assert.equal(status.status, 200, `${number}: ${text}`);
      assert.equal((JSON.parse(text) as { number: string }).number, number);
    }

    // Retrying a cut-off request with its key gives the case it made, if the commit made it, or makes one.
    let committedUnanswered = 0;
    for (const attempt of cutOff) {
      const committed = stored.get(attempt.key);
      if (committed) committedUnanswered += 1;
      const retry = await postAppeal(second.url, attempt);
      const text = await retry.text();
      assert.equal(retry.status, 201, `${attempt.key}: ${text}`);
      const created = JSON.parse(text) as Created;
      if (committed) assert.equal(created.number, committed.number, `${attempt.key} answers with the case filed before the kill`);
      attempt.created = created;
    }

    const afterRetries = await storedCases(database, run.id);
    const answered = run.attempts.filter((a) => a.created);
    assert.deepEqual(
      [...afterRetries.keys()].sort(),
      answered.map((a) => a.key).sort(),
      'exactly the answered appeals are stored: none lost, none without an answer',
    );
    const { rows: perMessage } = await database.pool.query<{ body: string; cases: number }>(
      `select e.body, count(distinct e.case_id)::int as cases from support_case_entries e where e.kind = 'message' and e.body like $1 group by e.body`,
      [`%Өтініш ${run.id}/%`],
    );
    assert.equal(perMessage.length, answered.length, 'one first message per answered appeal');
    assert.deepEqual(perMessage.filter((m) => m.cases !== 1), [], 'no appeal was filed twice');

    t.diagnostic(
      `${databaseUrl ? 'postgres' : 'pglite'}: start ${Math.round(startedIn)} ms, ${acknowledged.length} acknowledged in ${Math.round(streamedMs)} ms ` +
        `(${Math.round((acknowledged.length * 1000) / streamedMs)}/s over ${streams} streams), ${cutOff.length} cut off ` +
        `(${committedUnanswered} committed unanswered; client saw ${[...new Set(cutOff.map((a) => a.error))].join(', ')}), ` +
        `restart ${Math.round(restartedIn)} ms, total ${Math.round(performance.now() - started)} ms`,
    );
  });
});
