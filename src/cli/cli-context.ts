import { SingleBar } from 'cli-progress';
import { loadConfig, type Config } from '../server/platform/config';
import { migrateDatabase, openDatabase, type DatabaseHandle } from '../server/platform/db';
import { createLogger, type Logger } from '../server/platform/logger';
import { isAppError } from '../server/platform/errors';
import { translator } from '../lib/i18n';

/** A failure to report in one line; exit code 2 means the arguments were wrong. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

export type CliContext = { config: Config; logger: Logger; database: DatabaseHandle };

/**
 * Opens the database the way the server does. When a server already serves
 * the embedded database, the command connects through its socket, so every
 * command works while the server runs.
 */
export async function withDatabase<T>(run: (context: CliContext) => Promise<T>, options: { migrate?: boolean } = {}): Promise<T> {
  const config = loadConfig();
  const logger = createLogger(process.env.LOG_LEVEL ?? 'warn', process.stderr as never);
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, logger, shareRunning: true });
  try {
    if (options.migrate !== false) await migrateDatabase(database.db);
    return await run({ config, logger, database });
  } finally {
    await database.close();
  }
}

/** A progress bar on a terminal; plain lines when output goes to a file or CI log. */
export function progressReporter(label: string): { update(done: number, total: number): void; stop(): void } {
  if (!process.stderr.isTTY) {
    let lastPercent = -1;
    return {
      update(done, total) {
        const percent = total ? Math.floor((done / total) * 10) * 10 : 100;
        if (percent !== lastPercent) {
          lastPercent = percent;
          process.stderr.write(`${label}: ${done}/${total}\n`);
        }
      },
      stop() {},
    };
  }
  const bar = new SingleBar({ format: `${label} [{bar}] {percentage}% | {value}/{total}`, stream: process.stderr, hideCursor: true });
  let started = false;
  return {
    update(done, total) {
      if (!started) {
        bar.start(total, 0);
        started = true;
      }
      bar.setTotal(total);
      bar.update(done);
    },
    stop() {
      if (started) bar.stop();
    },
  };
}

/** Service errors become one translated line; validation problems exit 2 like bad arguments. */
export function explain(error: unknown): never {
  if (isAppError(error)) {
    const t = translator('en');
    const details = Array.isArray(error.details) ? ` (${error.details.map((d) => `${String(d.path)}: ${String(d.message)}`).join('; ')})` : '';
    throw new CliError(`${t(error.messageKey, error.params)}${details}`, error.status === 422 ? 2 : 1);
  }
  throw error;
}
