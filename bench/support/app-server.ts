/**
 * Child-process entry: the real Otandas server (migrations, reference data,
 * every middleware and route) on DATABASE_URL, configured by the environment
 * the benchmark passes. Prints {"url"} once it serves; stops on SIGTERM.
 */
import { startServer } from '../../src/server/main';

const server = await startServer({ buildWeb: false, serveWeb: false });
process.stdout.write(`${JSON.stringify({ url: server.url })}\n`);
process.once('SIGTERM', () => {
  void server.stop().finally(() => process.exit(0));
});
