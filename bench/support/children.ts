/** Servers under test run in child processes, never in the process that generates the load. */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

export type ChildServer = { url: string; pid: number; stop(): Promise<void> };

/**
 * Starts `node --import tsx <entry>` and waits for the {"url"} line it prints
 * when listening. SUPPORT_BENCH_PROFILE=dir writes a CPU profile of each
 * child there, to find where the time goes.
 */
export function startChild(entry: string, env: Record<string, string>): Promise<ChildServer> {
  const profileDir = process.env.SUPPORT_BENCH_PROFILE;
  const extraNodeArgs = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
  const child: ChildProcess = spawn(process.execPath, [...extraNodeArgs, '--import', 'tsx', path.join(import.meta.dirname, entry)], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null) child.kill('SIGTERM');
    await exited;
  };
  return new Promise((resolve, reject) => {
    let buffered = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      const line = buffered.split('\n').find((l) => l.startsWith('{"url"'));
      if (line) resolve({ url: (JSON.parse(line) as { url: string }).url, pid: child.pid!, stop });
    });
    child.once('exit', (code) => reject(new Error(`${entry} exited with ${code} before serving`)));
  });
}
