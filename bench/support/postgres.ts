/**
 * A real PostgreSQL server for the support benchmarks: the one DATABASE_URL
 * names (a scratch database is made on it and dropped afterwards), or a
 * throwaway cluster started with .ci/pg-cluster.sh. Null with a reason when
 * neither is possible, so the bench run can go on without it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';

export type BenchDatabase = { url: string; origin: string; restartDurable?: () => void; close(): Promise<void> };

const projectRoot = path.resolve(import.meta.dirname, '../..');
const clusterScript = path.join(projectRoot, '.ci/pg-cluster.sh');

/** The newest installed server version under /usr/lib/postgresql, as .ci/pg-cluster.sh picks it; '' when none. */
function newestVersion(): string {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return '';
  const versions = readdirSync(root).filter((version) => existsSync(path.join(root, version, 'bin', 'postgres')));
  return versions.sort((a, b) => Number(a) - Number(b)).at(-1) ?? '';
}

function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

/** Runs fn on a connection of its own, closed afterwards. */
export async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

const adminQuery = (url: string, text: string) => withClient(url, async (client) => void (await client.query(text)));

/**
 * The throwaway cluster starts without fsync, for fast tests. A benchmark of
 * writes needs commits on disk, as in production: the cluster is restarted
 * with PostgreSQL's durable defaults (a server DATABASE_URL names is used as
 * it is). Returns the settings in force.
 */
export async function makeDurable(database: BenchDatabase): Promise<string> {
  if (database.restartDurable) database.restartDurable();
  return withClient(database.url, async (client) => {
    const shown = await client.query<{ name: string; setting: string }>(
      `select name, setting from pg_settings where name in ('fsync', 'synchronous_commit', 'full_page_writes', 'wal_sync_method') order by name`,
    );
    return shown.rows.map((r) => `${r.name}=${r.setting}`).join(', ');
  });
}

/** A fresh, empty database named `name` for one benchmark. */
export async function openBenchDatabase(name: string, port: number): Promise<BenchDatabase | { skip: string }> {
  const given = process.env.DATABASE_URL;
  if (given) {
    // SUPPORT_BENCH_KEEP=1 keeps the scratch database (and its loaded data) for the next run.
    const keep = process.env.SUPPORT_BENCH_KEEP === '1';
    const exists = () => withClient(given, async (client) => (await client.query('select 1 from pg_database where datname = $1', [name])).rowCount === 1);
    if (!keep || !(await exists())) {
      await adminQuery(given, `drop database if exists ${name} with (force)`);
      await adminQuery(given, `create database ${name}`);
    }
    return {
      url: withDatabase(given, name),
      origin: `the server DATABASE_URL names (database ${name}${keep ? ', kept for the next run' : ', dropped afterwards'})`,
      close: async () => {
        if (!keep) await adminQuery(given, `drop database if exists ${name} with (force)`);
      },
    };
  }
  if (!newestVersion()) return { skip: 'no PostgreSQL server: set DATABASE_URL or install postgresql' };
  const dir = path.join('/tmp', `otandas-bench-${name}-${process.pid}`);
  rmSync(dir, { recursive: true, force: true });
  const url = execFileSync('bash', [clusterScript, 'start', dir, String(port)], { encoding: 'utf8' }).trim().split('\n').at(-1)!;
  const stop = () => {
    execFileSync('bash', [clusterScript, 'stop', dir], { stdio: 'ignore' });
    rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', stop);
  return {
    url,
    origin: 'a throwaway cluster from .ci/pg-cluster.sh',
    restartDurable: () => {
      const bin = path.join('/usr/lib/postgresql', newestVersion(), 'bin');
      const asOwner = (command: string, args: string[]) =>
        process.getuid?.() === 0 ? execFileSync('runuser', ['-u', 'postgres', '--', command, ...args], { stdio: 'ignore' }) : execFileSync(command, args, { stdio: 'ignore' });
      asOwner(path.join(bin, 'pg_ctl'), ['-D', path.join(dir, 'data'), '-l', path.join(dir, 'server.log'), '-w', '-t', '60', '-m', 'fast', '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=200`, 'restart']);
    },
    async close() {
      process.off('exit', stop);
      stop();
    },
  };
}
