import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { buildApp } from './app';
import { createJobRunner } from './jobs';
import { emailSender, startSmtpReceiver, telegramSender } from './modules/support';
import { loadConfig, type Config } from './platform/config';
import { migrateDatabase, openDatabase, type DatabaseHandle } from './platform/db';
import { createLogger, type Logger } from './platform/logger';
import { seedDemo, seedReference } from './seed';
import { searchColumns } from './search-columns';
import { rebuildStaleSearchColumns } from './modules/search-index';
import { ensureWebBuild } from './web-build';

export type RunningServer = {
  url: string;
  port: number;
  database: DatabaseHandle;
  config: Config;
  stop(): Promise<void>;
};

export type StartOptions = {
  config?: Config;
  logger?: Logger;
  /** Build the web UI first when it is missing or stale (default true). */
  buildWeb?: boolean;
  serveWeb?: boolean;
};

/**
 * Starts Otandas: database (PGlite unless DATABASE_URL), migrations,
 * reference data, demo data when enabled, background jobs, HTTP.
 */
export async function startServer(options: StartOptions = {}): Promise<RunningServer> {
  const config = options.config ?? loadConfig();
  const logger = options.logger ?? createLogger(config.logLevel);
  const started = performance.now();
  if (options.serveWeb !== false && options.buildWeb !== false) await ensureWebBuild(logger);

  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, poolSize: config.databasePoolMax, logger, shareRunning: false });
  try {
    await migrateDatabase(database.db);
    const reference = await seedReference(database.db);
    if (reference.seeded) logger.info({ katoUnits: reference.katoUnits }, 'reference data loaded');
    if (config.demoData) await seedDemo(database.db, logger);
  } catch (error) {
    await database.close();
    throw error;
  }

  const runner = createJobRunner(database.db, config, logger, { email: emailSender(config), telegram: telegramSender(config) });
  if (config.jobsEnabled) await runner.start();
  const smtp = config.mail.listenPort !== undefined ? await startSmtpReceiver({ db: database.db, config, logger }) : null;

  const app = buildApp({ db: database.db, pool: database.pool, config, logger, serveWeb: options.serveWeb });
  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch: app.fetch, hostname: config.host, port: config.port }, () => resolve(s));
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}`;
  logger.info({ url, database: database.kind, ms: Math.round(performance.now() - started) }, 'Otandas is serving');
  // Search text written with older keys is rebuilt while the server serves; searches meanwhile use what is stored.
  const rebuilding = new AbortController();
  const rebuilt = rebuildStaleSearchColumns(database.db, searchColumns, { logger, signal: rebuilding.signal }).catch((error: unknown) =>
    logger.error({ err: error }, 'search keys rebuild failed'),
  );

  return {
    url,
    port,
    database,
    config,
    async stop() {
      rebuilding.abort();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await rebuilt;
      await smtp?.close();
      await runner.stop();
      await database.close();
    },
  };
}
