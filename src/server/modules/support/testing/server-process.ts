import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../../../../../bin/otandas.mjs', import.meta.url));

export type ServerExit = { code: number | null; signal: NodeJS.Signals | null };

export type ServerProcess = {
  url: string;
  pid: number;
  /** Settles when the process has exited, however it ended. */
  exited: Promise<ServerExit>;
  /** The last few kilobytes the server printed, for failure messages. */
  output(): string;
  /** Sends `signal` to the server's whole process group and waits for it to exit. */
  kill(signal?: NodeJS.Signals): Promise<ServerExit>;
};

const outputKept = 16_000;

async function waitUntilReady(url: string, exited: Promise<ServerExit>, deadline: number): Promise<void> {
  let gone = false;
  void exited.then(() => (gone = true));
  while (!gone && Date.now() < deadline) {
    const ready = await fetch(`${url}/readyz`).then((r) => r.ok, () => false);
    if (ready) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(gone ? 'the server exited before it was ready' : `${url}/readyz did not answer 200 in time`);
}

/**
 * Runs `otandas serve` the way `npm start` does, in its own process group so
 * a test can kill it outright, and waits until /readyz answers. `env` is laid
 * over the test's own environment; PORT 0 lets the system pick a free port.
 */
export async function startServerProcess(env: NodeJS.ProcessEnv, timeoutMs = 30_000): Promise<ServerProcess> {
  const child = spawn(process.execPath, [bin, 'serve', '--no-build'], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', ...env },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const pid = child.pid!;
  let output = '';
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-outputKept));
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise<ServerExit>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  const running = () => child.exitCode === null && child.signalCode === null;
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-pid, signal);
    } catch {
      // The group is gone already.
    }
  };
  // A server left behind by a test process that dies first would hold the port and data directory.
  const killOnExit = () => signalGroup('SIGKILL');
  process.once('exit', killOnExit);
  void exited.then(() => process.off('exit', killOnExit));

  const handle: ServerProcess = {
    url: '',
    pid,
    exited,
    output: () => output,
    async kill(signal = 'SIGKILL') {
      if (running()) signalGroup(signal);
      return exited;
    },
  };
  const deadline = Date.now() + timeoutMs;
  try {
    handle.url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the server did not start in ${timeoutMs} ms`)), timeoutMs);
      const announce = () => {
        const match = /Otandas is running at (\S+)/.exec(output);
        if (match) {
          clearTimeout(timer);
          child.stdout.off('data', announce);
          resolve(match[1]!);
        }
      };
      child.stdout.on('data', announce);
      void exited.then(({ code, signal }) => {
        clearTimeout(timer);
        reject(new Error(`the server exited (${code ?? signal}) before serving`));
      });
    });
    await waitUntilReady(handle.url, exited, deadline);
  } catch (error) {
    await handle.kill();
    throw new Error(`${(error as Error).message}\n--- server output ---\n${output}`);
  }
  return handle;
}
