import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { startServer, type RunningServer } from '../server/main';
import { loadConfig } from '../server/platform/config';
import { createTestDatabase } from '../server/platform/testing';

const bin = fileURLToPath(new URL('../../bin/otandas.mjs', import.meta.url));

type Run = { code: number; stdout: string; stderr: string };

function otandas(args: string[], env: NodeJS.ProcessEnv, stdin?: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { env: { ...process.env, LOG_LEVEL: 'silent', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
    child.stdin.end(stdin ?? '');
  });
}

/**
 * The CLI against its own database: a PGlite data directory, or a fresh
 * PostgreSQL database in the CI lane.
 */
describe('otandas CLI', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'otandas-cli-'));
  let env: NodeJS.ProcessEnv;
  let closeDatabase: () => Promise<void> = async () => {};

  before(async () => {
    env = { OTANDAS_DATA_DIR: path.join(dir, 'db'), DATABASE_URL: '' };
    if (process.env.DATABASE_URL) {
      const database = await createTestDatabase({ migrate: false });
      env.DATABASE_URL = database.url;
      await database.pool.end();
      closeDatabase = () => database.close();
    }
  });
  after(async () => {
    await closeDatabase().catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  });

  test('--help lists the commands', async () => {
    const run = await otandas(['--help'], env);
    assert.equal(run.code, 0);
    for (const command of ['serve', 'migrate', 'seed', 'user', 'backup', 'restore', 'lang-detect']) assert.match(run.stdout, new RegExp(`\\b${command}\\b`));
    const userHelp = await otandas(['user', 'add', '--help'], env);
    assert.equal(userHelp.code, 0);
    assert.match(userHelp.stdout, /--password-stdin/);
  });

  test('lang-detect answers one line per input line', async () => {
    const input = ['Қандастарға көмек көрсету орталығы жұмыс істейді', 'Мы переехали в Кокшетау', 'Where can I get an IIN?', '', 'Qandastarğa kömek'];
    const run = await otandas(['lang-detect'], env, `${input.join('\n')}\n`);
    assert.equal(run.code, 0, run.stderr);
    const lines = run.stdout.trimEnd().split('\n').map((line) => line.split('\t'));
    assert.deepEqual(lines.map(([lang]) => lang), ['kk', 'ru', 'en', 'und', 'kk']);
    for (const [, confidence] of lines) assert.match(confidence!, /^(0|1)\.\d{3}$/);
  });

  test('bad arguments: one line on stderr, exit 2', async () => {
    const missing = await otandas(['user', 'add', '--email', 'a@b.kz'], env);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /--role/);
    const badRole = await otandas(['user', 'add', '--email', 'a@b.kz', '--role', 'king'], env);
    assert.equal(badRole.code, 2);
    const badEmail = await otandas(['user', 'add', '--email', 'not-an-email', '--role', 'admin', '--password-stdin'], env, 'long enough password');
    assert.equal(badEmail.code, 2);
    assert.equal(badEmail.stderr.trim().split('\n').length, 1, badEmail.stderr);
    const unknown = await otandas(['frobnicate'], env);
    assert.equal(unknown.code, 2);
  });

  test('user add reads the password from stdin; the admin can then sign in', async () => {
    const run = await otandas(['user', 'add', '--email', 'First.Admin@test.otandas.kz', '--role', 'admin', '--password-stdin'], env, 'a first admin password\n');
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /Created admin first\.admin@test\.otandas\.kz/);
    assert.doesNotMatch(run.stdout, /a first admin password/);
    const list = await otandas(['user', 'list', '--json'], env);
    const users = JSON.parse(list.stdout) as Array<{ email: string; role: string; active: boolean }>;
    assert.deepEqual(users.map((u) => [u.email, u.role, u.active]), [['first.admin@test.otandas.kz', 'admin', true]]);
  });

  test('user add without a password prints a generated one once; a short one is refused', async () => {
    const run = await otandas(['user', 'add', '--email', 'gen@test.otandas.kz', '--role', 'analyst'], env);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /Password \(shown once\): [A-Za-z0-9]{20}\n/);
    const short = await otandas(['user', 'add', '--email', 'short@test.otandas.kz', '--role', 'analyst', '--password-stdin'], env, 'short');
    assert.equal(short.code, 2);
  });

  test('a front office needs a real region', async () => {
    const none = await otandas(['user', 'add', '--email', 'fo@test.otandas.kz', '--role', 'front_office'], env);
    assert.equal(none.code, 2);
    assert.match(none.stderr, /region/i);
    await otandas(['seed'], env);
    const ok = await otandas(['user', 'add', '--email', 'fo@test.otandas.kz', '--role', 'front_office', '--region', '550000000'], env);
    assert.equal(ok.code, 0, ok.stderr);
  });

  test('user disable, and the list shows it', async () => {
    const run = await otandas(['user', 'disable', '--email', 'gen@test.otandas.kz'], env);
    assert.equal(run.code, 0, run.stderr);
    const list = await otandas(['user', 'list'], env);
    assert.match(list.stdout, /gen@test\.otandas\.kz\tanalyst\t-\tdisabled/);
    const missing = await otandas(['user', 'disable', '--email', 'nobody@test.otandas.kz'], env);
    assert.equal(missing.code, 1);
  });

  test('partner add prints the key once; list shows no key; disable marks it', async () => {
    const run = await otandas(['partner', 'add', '--name', 'Akimat of Pavlodar region'], env);
    assert.equal(run.code, 0, run.stderr);
    const key = /API key \(shown once\): (o311_[A-Za-z0-9_-]{32})\n/.exec(run.stdout)?.[1];
    assert.ok(key, run.stdout);
    const list = await otandas(['partner', 'list', '--json'], env);
    const partners = JSON.parse(list.stdout) as Array<{ id: string; name: string; active: boolean }>;
    assert.deepEqual(partners.map((p) => [p.name, p.active]), [['Akimat of Pavlodar region', true]]);
    assert.ok(!list.stdout.includes(key), 'the key is never shown again');
    const disabled = await otandas(['partner', 'disable', '--id', partners[0]!.id], env);
    assert.equal(disabled.code, 0, disabled.stderr);
    assert.match((await otandas(['partner', 'list'], env)).stdout, /Akimat of Pavlodar region\tdisabled/);
  });

  test('commands work while the server is running on the same database', async () => {
    let server: RunningServer | undefined;
    try {
      server = await startServer({
        config: loadConfig({ ...process.env, ...env, HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'silent', OTANDAS_DEMO_DATA: '0', JOBS_ENABLED: '0' }),
        serveWeb: false,
      });
      const added = await otandas(['user', 'add', '--email', 'live@test.otandas.kz', '--role', 'media', '--password-stdin'], env, 'added while serving');
      assert.equal(added.code, 0, added.stderr);
      const backupFile = path.join(dir, 'live.otandas.gz');
      const backup = await otandas(['backup', '--out', backupFile], env);
      assert.equal(backup.code, 0, backup.stderr);
      assert.ok(existsSync(backupFile));
      // The running server sees what the CLI wrote: sign in as the new account over HTTP.
      const session = await fetch(`${server.url}/api/v1/auth/session`);
      const cookie = session.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
      const { csrfToken } = (await session.json()) as { csrfToken: string };
      const login = await fetch(`${server.url}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
        body: JSON.stringify({ email: 'live@test.otandas.kz', password: 'added while serving' }),
      });
      assert.equal(login.status, 200);
    } finally {
      await server?.stop();
    }
  });

  test('backup then restore into an empty database', async () => {
    const backupFile = path.join(dir, 'full.otandas.gz');
    assert.equal((await otandas(['backup', '--out', backupFile], env)).code, 0);
    const refused = await otandas(['restore', backupFile], env);
    assert.equal(refused.code, 1);
    assert.match(refused.stderr, /not empty/);
    const otherEnv: NodeJS.ProcessEnv = { ...env, OTANDAS_DATA_DIR: path.join(dir, 'restored') };
    let closeOther = async () => {};
    if (process.env.DATABASE_URL) {
      const other = await createTestDatabase({ migrate: false });
      otherEnv.DATABASE_URL = other.url;
      await other.pool.end();
      closeOther = () => other.close();
    }
    try {
      const restored = await otandas(['restore', backupFile], otherEnv);
      assert.equal(restored.code, 0, restored.stderr);
      const list = await otandas(['user', 'list', '--json'], otherEnv);
      const emails = (JSON.parse(list.stdout) as Array<{ email: string }>).map((u) => u.email).sort();
      assert.deepEqual(emails, ['first.admin@test.otandas.kz', 'fo@test.otandas.kz', 'gen@test.otandas.kz', 'live@test.otandas.kz']);
      assert.equal((await otandas(['restore', path.join(dir, 'missing.gz')], otherEnv)).code, 2);
    } finally {
      await closeOther();
    }
  });
});
