import { PGlite } from '@electric-sql/pglite';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer } from '../src/server/main';
import { loadConfig } from '../src/server/platform/config';
import { openDatabase } from '../src/server/platform/db';
import { demoAccounts, demoPassword } from '../src/server/seed';
import { medianMs, printResults, type BenchResult } from './harness';

const silentConfig = (dataDir: string) =>
  loadConfig({ ...process.env, HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'silent', JOBS_ENABLED: '0', DATABASE_URL: '' }, { dataDir });

/** Start on an empty data directory (migrate, KATO, demo data) against a restart on the same directory. */
async function coldStart(): Promise<BenchResult> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'otandas-bench-'));
  try {
    let started = performance.now();
    let server = await startServer({ config: silentConfig(dir), serveWeb: false });
    const cold = performance.now() - started;
    await server.stop();
    started = performance.now();
    server = await startServer({ config: silentConfig(dir), serveWeb: false });
    const warm = performance.now() - started;
    await server.stop();
    return {
      name: 'server start (no UI build)',
      subject: { label: 'first start', value: cold, unit: 'ms' },
      baseline: { label: 'restart', value: warm, unit: 'ms' },
      ratioNote: '× the restart',
      target: 'first start < 15 s',
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The shared-socket design against PGlite called in-process: the price of letting the CLI in. */
async function socketOverhead(): Promise<BenchResult> {
  const direct = await PGlite.create('memory://');
  const viaSocket = await openDatabase({ dataDir: 'memory://', poolSize: 4 });
  try {
    const query = 'select $1::int + 1 as n';
    const directMs = await medianMs(() => direct.query(query, [1]), 2000);
    const socketMs = await medianMs(() => viaSocket.pool.query(query, [1]), 2000);
    return {
      name: 'one query',
      subject: { label: 'pg over PGlite socket', value: socketMs * 1000, unit: 'µs' },
      baseline: { label: 'PGlite in-process', value: directMs * 1000, unit: 'µs' },
      ratioNote: '× in-process',
      target: '< 1 ms a query',
    };
  } finally {
    await direct.close();
    await viaSocket.close();
  }
}

/** An authenticated, audited API read against /healthz on the same server: the cost of session, RBAC and audit. */
async function apiOverhead(): Promise<BenchResult[]> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'otandas-bench-'));
  const server = await startServer({ config: silentConfig(dir), serveWeb: false });
  try {
    const admin = demoAccounts.find((a) => a.role === 'admin')!;
    /** A fresh browser: anonymous CSRF token and cookie, then a timed sign-in. Returns the session cookie and the time. */
    const signIn = async (): Promise<{ cookie: string; ms: number }> => {
      const session = await fetch(`${server.url}/api/v1/auth/session`);
      const anonymous = session.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
      const { csrfToken } = (await session.json()) as { csrfToken: string };
      const started = performance.now();
      const response = await fetch(`${server.url}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: anonymous, 'x-csrf-token': csrfToken },
        body: JSON.stringify({ email: admin.email, password: demoPassword }),
      });
      await response.arrayBuffer();
      const ms = performance.now() - started;
      if (response.status !== 200) throw new Error(`sign-in failed with ${response.status}`);
      return { cookie: response.headers.getSetCookie().map((c) => c.split(';')[0]).join('; '), ms };
    };
    const { cookie } = await signIn();
    const health = await medianMs(async () => (await fetch(`${server.url}/healthz`)).arrayBuffer(), 500);
    const users = await medianMs(async () => {
      const response = await fetch(`${server.url}/api/v1/staff/users`, { headers: { cookie } });
      if (response.status !== 200) throw new Error(`staff list failed with ${response.status}`);
      await response.arrayBuffer();
    }, 500);
    const signInTimes: number[] = [];
    for (let i = 0; i < 15; i++) signInTimes.push((await signIn()).ms);
    signInTimes.sort((a, b) => a - b);
    const signInMs = signInTimes[Math.floor(signInTimes.length / 2)]!;
    return [
      {
        name: 'staff list (session + RBAC + audit write)',
        subject: { label: 'GET /staff/users', value: users, unit: 'ms' },
        baseline: { label: 'GET /healthz', value: health, unit: 'ms' },
        ratioNote: '× healthz',
        target: '< 20 ms median',
      },
      {
        name: 'sign-in (scrypt N=2^15)',
        subject: { label: 'POST /auth/login', value: signInMs, unit: 'ms' },
        baseline: { label: 'GET /healthz', value: health, unit: 'ms' },
        ratioNote: '× healthz',
        target: '50–500 ms: slow for guessing, quick for people',
      },
    ];
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Foundation: start-up, the shared PGlite socket, and the cost of session, RBAC and audit per request. */
export async function run(): Promise<void> {
  console.log('\n## Foundation\n');
  printResults([await coldStart(), await socketOverhead(), ...(await apiOverhead())]);
}
